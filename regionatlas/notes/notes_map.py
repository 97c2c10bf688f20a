"""A small map of where the notes are, for the knowledge-base report (SVG, no Qt).

Each linked feature is drawn from the geometry copy kept with its links (so features that no
longer exist are on the map too), simplified to the map's resolution, with a dot sized by its
number of notes (area proportional to the count, the usual proportional-symbol rule, e.g.
Slocum et al., "Thematic Cartography and Geovisualization") and the names of the places with
most notes, placed without overlap (:mod:`regionatlas.labels`).
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Optional

from ..labels import Box, estimate_text_width, place_labels

#: Places named on the map (the ones with most notes); the others are dots only.
MAX_LABELS = 12
#: Dot radius (px) of a place with one note; area grows with the count.
BASE_RADIUS = 3.5


@dataclass
class NotedPlace:
    """A linked feature: its name, its geometry copy (WKB) and the notes on it."""

    label: str
    geometry_wkb: Optional[bytes]
    notes: set[str] = field(default_factory=set)


def collect_places(
    rows: Iterable[Mapping[str, Any]], places: dict[tuple[str, str], NotedPlace]
) -> Iterable[Mapping[str, Any]]:
    """Pass export rows through unchanged while gathering the linked places into ``places``
    (keyed by dataset and feature key), so one pass over the store feeds report and map."""
    for row in rows:
        if row.get("dataset_key") and row.get("feature_key"):
            key = (row["dataset_key"], row["feature_key"])
            place = places.get(key)
            if place is None:
                label = row.get("label") or row.get("feature_key")
                place = places[key] = NotedPlace(str(label), row.get("geometry_wkb"))
            elif place.geometry_wkb is None and row.get("geometry_wkb"):
                place.geometry_wkb = row["geometry_wkb"]
            place.notes.add(row["note_uuid"])
        yield row


def _path(geometry, sx, sy) -> str:
    parts = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.geom_type != "Polygon":
            continue
        for ring in [polygon.exterior, *polygon.interiors]:
            coords = list(ring.coords)
            if len(coords) < 3:
                continue
            parts.append("M" + " L".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y, *_ in coords) + " Z")
    return " ".join(parts)


def notes_map_svg(
    places: Iterable[NotedPlace], width: int = 720, height: int = 480, title: str = ""
) -> str:
    """The map as a standalone SVG document ("" when no place has a geometry)."""
    import shapely

    drawn = []
    for place in places:
        if not place.geometry_wkb:
            continue
        geometry = shapely.from_wkb(place.geometry_wkb)
        if geometry is None or geometry.is_empty:
            continue
        drawn.append((place, geometry))
    if not drawn:
        return ""
    bounds = shapely.total_bounds([g for _p, g in drawn])
    x0, y0, x1, y1 = (float(v) for v in bounds)
    span = max(x1 - x0, y1 - y0) or 1000.0
    x0, x1 = x0 - span * 0.05, x1 + span * 0.05
    y0, y1 = y0 - span * 0.05, y1 + span * 0.05
    top = 28 if title else 6
    scale = min((width - 12) / (x1 - x0), (height - top - 6) / (y1 - y0))
    ox = (width - (x1 - x0) * scale) / 2
    oy = top + (height - top - 6 - (y1 - y0) * scale) / 2

    def sx(x: float) -> float:
        return ox + (x - x0) * scale

    def sy(y: float) -> float:
        return oy + (y1 - y) * scale

    tolerance = 1.0 / scale  # one pixel
    esc = html.escape
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="white"/>',
    ]
    if title:
        parts.append(
            f'<text x="{width / 2:.1f}" y="18" text-anchor="middle" font-size="15" '
            f'font-weight="bold">{esc(title)}</text>'
        )
    dots = []
    for place, geometry in sorted(drawn, key=lambda pg: -pg[1].area):
        simple = shapely.simplify(geometry, tolerance, preserve_topology=True)
        if simple.geom_type in ("Polygon", "MultiPolygon"):
            path = _path(simple, sx, sy)
            if path:
                parts.append(
                    f'<path d="{path}" fill="#e4ebf2" stroke="#8da4bd" stroke-width="0.7"/>'
                )
        elif simple.geom_type in ("LineString", "MultiLineString"):
            for line in getattr(simple, "geoms", [simple]):
                points = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y, *_ in line.coords)
                parts.append(
                    f'<polyline points="{points}" fill="none" stroke="#8da4bd" stroke-width="1.2"/>'
                )
        anchor = shapely.point_on_surface(geometry)
        radius = BASE_RADIUS * math.sqrt(len(place.notes))
        dots.append((place, sx(anchor.x), sy(anchor.y), radius))
    dots.sort(key=lambda d: (-len(d[0].notes), d[0].label.casefold()))
    for place, cx, cy, r in dots:
        parts.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.1f}" fill="#d7301f" '
            f'fill-opacity="0.85" stroke="white"><title>{esc(place.label)}: '
            f"{len(place.notes)}</title></circle>"
        )
    named = dots[:MAX_LABELS]
    placements = place_labels(
        [(cx, cy) for _p, cx, cy, _r in named],
        [(estimate_text_width(p.label, 11), 14) for p, *_ in named],
        marker_radius=max((r for *_x, r in named), default=BASE_RADIUS),
        bounds=Box(2, top, width - 4, height - top - 2),
    )
    for (place, *_xy), placed in zip(named, placements):
        if placed.overlaps:
            continue  # a name that would cover another is left to the dot's tooltip
        parts.append(
            f'<text x="{placed.box.x:.1f}" y="{placed.box.y + 11:.1f}" fill="#222" '
            f'stroke="white" stroke-width="3" paint-order="stroke">{esc(place.label)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)
