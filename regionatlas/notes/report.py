"""The knowledge-base report ("kunskapsunderlag") and the interest/influence matrix (no Qt).

Why here: the report algorithm, the stakeholder register and the tests all need the same
grouping of notes (theme, then place) and the same placement of stakeholders in the matrix;
keeping it pure Python makes both testable without QGIS and lets a notebook make the report.

The matrix is the power/interest grid of Mendelow (1991, "Environmental scanning: the impact
of the stakeholder concept", Proc. ICIS) as used in Swedish planning guidance: influence on
the vertical axis, interest on the horizontal, both scored 1-5 (``model.SCORE_MIN/MAX``),
quadrants split at the scale's midpoint (3 counts as high).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Optional, TextIO

from ..labels import Box, estimate_text_width, place_labels
from .model import SCORE_MAX, SCORE_MIN, THEMES, Stakeholder

#: A score at or above this counts as "high" in the matrix quadrants (midpoint of 1-5).
QUADRANT_SPLIT = 3

#: Quadrant ids (high influence?, high interest?) -> English label; the UI translates them.
QUADRANTS: dict[tuple[bool, bool], str] = {
    (True, True): "Manage closely",
    (True, False): "Keep satisfied",
    (False, True): "Keep informed",
    (False, False): "Monitor",
}

#: Place name used for notes without a linked feature.
NO_PLACE = "—"


@dataclass(frozen=True)
class MatrixPoint:
    """A stakeholder's position in the matrix; ``x``/``y`` in score units (1-5) with a small
    offset so that stakeholders with the same scores do not hide each other."""

    uuid: str
    label: str
    interest: int
    influence: int
    x: float
    y: float
    quadrant: str


def quadrant(interest: int, influence: int) -> str:
    """The English label of the matrix quadrant of these scores."""
    return QUADRANTS[(influence >= QUADRANT_SPLIT, interest >= QUADRANT_SPLIT)]


def matrix_points(stakeholders: Iterable[Stakeholder], spread: float = 0.28) -> list[MatrixPoint]:
    """Positions of the stakeholders in the interest/influence matrix.

    Stakeholders with the same (interest, influence) are spread on a small circle of radius
    *spread* (score units) around the cell centre, in the order of their organisation name,
    so the chart is deterministic.
    """
    import math

    cells: dict[tuple[int, int], list[Stakeholder]] = {}
    for s in sorted(stakeholders, key=lambda s: (s.organisation.casefold(), s.uuid)):
        cells.setdefault((s.interest, s.influence), []).append(s)
    points = []
    for (interest, influence), members in cells.items():
        n = len(members)
        for i, s in enumerate(members):
            dx = dy = 0.0
            if n > 1:
                angle = 2 * math.pi * i / n + math.pi / 4
                dx, dy = spread * math.cos(angle), spread * math.sin(angle)
            points.append(
                MatrixPoint(
                    s.uuid,
                    s.organisation,
                    interest,
                    influence,
                    interest + dx,
                    influence + dy,
                    quadrant(interest, influence),
                )
            )
    return sorted(points, key=lambda p: (p.label.casefold(), p.uuid))


def label_order(points: Sequence[MatrixPoint]) -> list[MatrixPoint]:
    """The order in which the matrix's labels are placed: the stakeholders to manage closely
    (high influence and interest) first, so they get the best positions."""
    return sorted(points, key=lambda p: (-p.influence, -p.interest, p.label.casefold(), p.uuid))


@dataclass
class MatrixTexts:
    """The words on the chart (translated by the caller)."""

    title: str = "Interest/influence matrix"
    interest: str = "Interest"
    influence: str = "Influence"
    quadrants: Mapping[str, str] = field(default_factory=lambda: {q: q for q in QUADRANTS.values()})


def matrix_svg(
    points: Sequence[MatrixPoint],
    texts: Optional[MatrixTexts] = None,
    width: int = 720,
    height: int = 480,
) -> str:
    """The matrix as a standalone SVG document (for the HTML report and the PDF)."""
    texts = texts or MatrixTexts()
    esc = html.escape
    # the right margin leaves room for the labels of the right-most column (score 5);
    # labels to the left would run into those of score 3-4 in the same row
    left, right, top, bottom = 60, 130, 36, 50
    pw, ph = width - left - right, height - top - bottom
    span = SCORE_MAX - SCORE_MIN + 1  # 0.5 margin each side of the scores

    def sx(v: float) -> float:
        return left + (v - SCORE_MIN + 0.5) / span * pw

    def sy(v: float) -> float:
        return top + ph - (v - SCORE_MIN + 0.5) / span * ph

    mid = QUADRANT_SPLIT - 0.5
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="white"/>',
        f'<text x="{width / 2:.1f}" y="20" text-anchor="middle" font-size="15" '
        f'font-weight="bold">{esc(texts.title)}</text>',
    ]
    fills = {
        "Manage closely": "#f4d6cc",
        "Keep satisfied": "#f7ebc9",
        "Keep informed": "#d8e8f3",
        "Monitor": "#e8e8e8",
    }
    for (high_infl, high_int), name in QUADRANTS.items():
        x0 = sx(mid) if high_int else sx(SCORE_MIN - 0.5)
        x1 = sx(SCORE_MAX + 0.5) if high_int else sx(mid)
        y0 = sy(SCORE_MAX + 0.5) if high_infl else sy(mid)
        y1 = sy(mid) if high_infl else sy(SCORE_MIN - 0.5)
        parts.append(
            f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" height="{y1 - y0:.1f}" '
            f'fill="{fills[name]}" stroke="#999"/>'
        )
        parts.append(
            f'<text x="{(x0 + x1) / 2:.1f}" y="{y0 + 16:.1f}" text-anchor="middle" '
            f'fill="#666" font-style="italic">{esc(texts.quadrants.get(name, name))}</text>'
        )
    for v in range(SCORE_MIN, SCORE_MAX + 1):
        parts.append(f'<text x="{sx(v):.1f}" y="{top + ph + 16}" text-anchor="middle">{v}</text>')
        parts.append(f'<text x="{left - 10}" y="{sy(v) + 4:.1f}" text-anchor="end">{v}</text>')
    parts.append(
        f'<text x="{left + pw / 2:.1f}" y="{height - 10}" text-anchor="middle" '
        f'font-weight="bold">{esc(texts.interest)} →</text>'
    )
    parts.append(
        f'<text x="16" y="{top + ph / 2:.1f}" text-anchor="middle" font-weight="bold" '
        f'transform="rotate(-90 16 {top + ph / 2:.1f})">{esc(texts.influence)} →</text>'
    )
    ordered = label_order(points)
    centres = [(sx(p.x), sy(p.y)) for p in ordered]
    label_size = 11.0
    placements = place_labels(
        centres,
        [(estimate_text_width(p.label, label_size), label_size * 1.25) for p in ordered],
        marker_radius=6.0,
        bounds=Box(2, 26, width - 4, height - 28),
    )
    for cx, cy in centres:
        parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="6" fill="#1f5fa8" stroke="white"/>')
    for p, (cx, cy), placed in zip(ordered, centres, placements):
        box = placed.box
        if placed.leader:
            ex = min(max(cx, box.x), box.x + box.width)
            ey = min(max(cy, box.y), box.y + box.height)
            parts.append(
                f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" '
                f'stroke="#555" stroke-width="0.8"/>'
            )
        parts.append(
            f'<text x="{box.x:.1f}" y="{box.y + label_size:.1f}" font-size="{label_size:g}">'
            f"{esc(p.label)}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts)


# -- the knowledge-base report -----------------------------------------------------------


@dataclass
class ReportTexts:
    """Headings and labels of the report (translated by the caller)."""

    title: str = "Knowledge base: stakeholder notes"
    #: "{notes} on {places} from {stakeholders}." with the three counts below filled in
    summary: str = "{notes} on {places} from {stakeholders}."
    notes_one: str = "{n} note"
    places_one: str = "{n} place"
    places_many: str = "{n} places"
    stakeholders_one: str = "{n} stakeholder"
    stakeholders_many: str = "{n} stakeholders"
    map_title: str = "Where the notes are"
    algorithm: str = "Algorithm"
    version: str = "Version"
    parameter: str = "Parameter"
    value: str = "Value"
    contents: str = "Contents"
    stakeholders: str = "Stakeholders"
    organisation: str = "Organisation"
    type: str = "Type"
    role: str = "Contact role"
    interest: str = "Interest"
    influence: str = "Influence"
    involvement: str = "How and when to involve"
    theme: str = "Theme"
    no_place: str = "Not linked to a place"
    no_stakeholder: str = "no stakeholder"
    provenance: str = "How this report was made"
    notes_count: str = "{n} notes"


def count_text(n: int, one: str, many: str) -> str:
    """ "1 note" / "2 notes": the singular template for exactly one, else the plural."""
    return (one if n == 1 else many).format(n=n)


def provenance_html(provenance: str, texts: ReportTexts) -> str:
    """How the report was made, as a readable table (algorithm, version, one row per
    parameter), not one long line of JSON; text that is not JSON is shown wrapped."""
    import json

    esc = html.escape
    try:
        record = json.loads(provenance)
        parameters = record["parameters"]
    except (ValueError, TypeError, KeyError):
        return f'<p class="provenance">{esc(provenance)}</p>\n'
    rows = [
        f"<tr><th>{esc(texts.algorithm)}</th><td>{esc(str(record.get('algorithm', '')))}</td></tr>",
        f"<tr><th>{esc(texts.version)}</th><td>{esc(str(record.get('version', '')))}</td></tr>",
    ]
    for name in sorted(parameters):
        value = parameters[name]
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        rows.append(f"<tr><td>{esc(name)}</td><td>{esc(shown)}</td></tr>")
    return (
        f'<table class="provenance"><tr><th>{esc(texts.parameter)}</th>'
        f"<th>{esc(texts.value)}</th></tr>\n" + "\n".join(rows) + "</table>\n"
    )


def place_name(row: Mapping[str, Any]) -> str:
    """A readable place name of an export row: its label copy, else its feature key."""
    label = row.get("label")
    if label:
        return str(label)
    key = row.get("feature_key")
    return str(key) if key else NO_PLACE


def group_rows(
    rows: Iterable[Mapping[str, Any]],
    progress=None,
    cancelled=None,
) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Export rows grouped theme -> place -> rows (newest first within a place).

    Themes follow the vocabulary order (``model.THEMES``), places their name; a note linked
    to several places appears under each. ``geometry_wkb`` is dropped to keep memory low.
    """
    groups: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for i, row in enumerate(rows):
        if cancelled is not None and i % 5000 == 0 and cancelled():
            from ..errors import Cancelled

            raise Cancelled()
        slim = {k: v for k, v in row.items() if k != "geometry_wkb"}
        place = place_name(row) if row.get("dataset_key") else NO_PLACE
        groups.setdefault(row["theme"], {}).setdefault(place, []).append(slim)
        if progress is not None and i % 20000 == 0:
            progress(i)
    order = {t: i for i, t in enumerate(THEMES)}
    result = {}
    for theme in sorted(groups, key=lambda t: (order.get(t, len(order)), t)):
        places = groups[theme]
        result[theme] = {
            p: sorted(places[p], key=lambda r: (r["created"] or ""), reverse=True)
            for p in sorted(places, key=lambda p: (p == NO_PLACE, p.casefold()))
        }
    return result


_CSS = """
body { font-family: sans-serif; max-width: 60em; margin: 2em auto; color: #222; }
h1 { border-bottom: 2px solid #1f5fa8; }
h2 { color: #1f5fa8; margin-top: 1.6em; }
h3 { margin-bottom: 0.3em; }
table { border-collapse: collapse; }
td, th { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
.note { margin: 0.4em 0 0.8em 1em; }
.meta { color: #555; font-size: 90%; }
.text { white-space: pre-wrap; }
.provenance { color: #555; font-size: 85%; }
.provenance td { overflow-wrap: anywhere; }
"""


def write_report_html(
    out: TextIO,
    groups: Mapping[str, Mapping[str, Sequence[Mapping[str, Any]]]],
    stakeholders: Sequence[Stakeholder],
    *,
    texts: Optional[ReportTexts] = None,
    labels: Optional[Mapping[str, str]] = None,
    matrix: str = "",
    provenance: str = "",
    notes_map: str = "",
) -> int:
    """Write the report as one HTML document to *out*; returns the number of note entries.

    *labels* translate vocabulary values for display (stored values are Swedish words).
    *matrix* is the chart as HTML: an inline SVG document or an ``<img>`` element; so is
    *notes_map* (:func:`regionatlas.notes.notes_map.notes_map_svg`).
    """
    texts = texts or ReportTexts()
    labels = labels or {}
    esc = html.escape

    def lab(value: Optional[str]) -> str:
        return esc(labels.get(value or "", value or ""))

    n_notes = len({r["note_uuid"] for places in groups.values() for rs in places.values()
                   for r in rs})  # fmt: skip
    n_places = len({p for places in groups.values() for p in places if p != NO_PLACE})
    out.write('<!DOCTYPE html>\n<html><head><meta charset="utf-8">')
    out.write(f"<title>{esc(texts.title)}</title><style>{_CSS}</style></head><body>\n")
    out.write(f"<h1>{esc(texts.title)}</h1>\n<p>")
    out.write(
        esc(
            texts.summary.format(
                notes=count_text(n_notes, texts.notes_one, texts.notes_count),
                places=count_text(n_places, texts.places_one, texts.places_many),
                stakeholders=count_text(
                    len(stakeholders), texts.stakeholders_one, texts.stakeholders_many
                ),
            )
        )
    )
    out.write("</p>\n")
    if notes_map:
        out.write(f"<h2>{esc(texts.map_title)}</h2>\n<div>{notes_map}</div>\n")
    if groups:
        out.write(f"<h2>{esc(texts.contents)}</h2>\n<ul>\n")
        for i, (theme, places) in enumerate(groups.items()):
            count = len({r["note_uuid"] for rs in places.values() for r in rs})
            out.write(
                f'<li><a href="#theme{i}">{lab(theme)}</a> '
                f"({esc(count_text(count, texts.notes_one, texts.notes_count))})</li>\n"
            )
        out.write("</ul>\n")
    out.write(f"<h2>{esc(texts.stakeholders)}</h2>\n")
    if matrix:
        out.write(f"<div>{matrix}</div>\n")
    if stakeholders:
        out.write(
            f"<table><tr><th>{esc(texts.organisation)}</th><th>{esc(texts.type)}</th>"
            f"<th>{esc(texts.role)}</th><th>{esc(texts.interest)}</th>"
            f"<th>{esc(texts.influence)}</th><th>{esc(texts.involvement)}</th></tr>\n"
        )
        for s in sorted(stakeholders, key=lambda s: s.organisation.casefold()):
            out.write(
                f"<tr><td>{esc(s.organisation)}</td><td>{lab(s.type)}</td>"
                f"<td>{esc(s.contact_role)}</td><td>{s.interest}</td><td>{s.influence}</td>"
                f"<td>{esc(s.involvement)}</td></tr>\n"
            )
        out.write("</table>\n")
    entries = 0
    for i, (theme, places) in enumerate(groups.items()):
        out.write(f'<h2 id="theme{i}">{esc(texts.theme)}: {lab(theme)}</h2>\n')
        for place, rows in places.items():
            name = texts.no_place if place == NO_PLACE else place
            out.write(f"<h3>{esc(name)}</h3>\n")
            chunk = []
            for r in rows:
                who = r.get("organisation") or texts.no_stakeholder
                meta = " · ".join(
                    x
                    for x in (
                        esc((r.get("created") or "")[:10]),
                        esc(who),
                        lab(r.get("kind")),
                        lab(r.get("stance")),
                        lab(r.get("status")),
                        esc(r.get("author") or ""),
                    )
                    if x
                )
                chunk.append(
                    f'<div class="note"><div class="meta">{meta}</div>'
                    f'<div class="text">{esc(r.get("text") or "")}</div></div>\n'
                )
                entries += 1
            out.write("".join(chunk))
    if provenance:
        out.write(f"<h2>{esc(texts.provenance)}</h2>\n")
        out.write(provenance_html(provenance, texts))
    out.write("</body></html>\n")
    return entries
