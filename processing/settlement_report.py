"""The report and log of ``regionatlas:settlementhierarchy`` in the user's language.

The numbers come from the core (``regionatlas.settlement.hierarchy``: classes, rank-size after
the rank-size rule of Zipf, fitted as ln(size) = a + b ln(rank - 1/2), Gabaix & Ibragimov 2011);
this module only words them.
"""

from __future__ import annotations

import numpy as np

from ..i18n import number, tr
from ..regionatlas.report.charts import rank_size_png
from .charts import esc, html_page, html_table, in_own_thread

REPORT_CSS = (
    "body{font-family:sans-serif;max-width:60em;margin:1em auto}"
    "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}"
    "td.n{text-align:right}"
)


def log_rank_size(feedback, sizes_table, size_name: str, region_field: str | None) -> None:
    """One log line per region of the rank-size table: its slope and R², or too few."""
    for row in sizes_table.itertuples():
        label = row.region if region_field else tr("all settlements")
        if np.isnan(row.slope):
            feedback.pushInfo(
                tr("Rank-size {region}: {n} settlements, too few for a line.").format(
                    region=label, n=row.n
                )
            )
        else:
            feedback.pushInfo(
                tr("Rank-size {region} ({size}): slope {slope}, R² {r2}, {n} settlements.").format(
                    region=label,
                    size=size_name,
                    slope=number(row.slope, 3),
                    r2=number(row.r2, 3),
                    n=number(row.n),
                )
            )


def chart_png(sizes_table, size_name, frame_sizes) -> str:
    """Rank-size chart as base64 PNG (the core's chart with translated words)."""
    labels = {
        "all": tr("all settlements"),
        "x": tr("rank - 1/2 (log scale)"),
        "y": tr("{size} (log scale)").format(size=size_name),
        "title": tr("Rank-size"),
    }
    return rank_size_png(sizes_table, frame_sizes, labels)


def report_html_of(result, sizes_table, chart_sizes, size_name, region_field, provenance) -> str:
    """The HTML report: classes, rules or index, rank-size table and chart, provenance."""
    counts = result.counts()
    parts = [f"<p>{esc(tr('Method'))}: {esc(result.method)}</p>"]
    if result.source:
        parts.append(f"<p>{esc(tr('Source'))}: {esc(result.source)}</p>")
    parts.append(f"<h2>{esc(tr('Settlements per class'))}</h2>")
    parts.append(html_table([tr("Class"), tr("Settlements")], [[k, n] for k, n in counts.items()]))
    rules = result.table.drop_duplicates("class").sort_values("class_rank")
    if result.table["index_value"].isna().all():
        parts.append(f"<h2>{esc(tr('Rules'))}</h2><ol>")
        for text in rules["matched_rule"]:
            parts.append(f"<li>{esc(str(text))}</li>")
        parts.append("</ol>")
    for message in result.messages:
        parts.append(f"<p>{esc(message)}</p>")
    if sizes_table is not None:
        parts.append(f"<h2>{esc(tr('Rank-size'))}</h2>")
        parts.append(
            "<p>"
            + esc(
                tr(
                    "Slope b of ln({size}) = a + b ln(rank - 1/2); b = -1 is Zipf's law, a "
                    "flatter line (b nearer 0) means more equal settlements."
                ).format(size=size_name)
            )
            + "</p>"
        )
        rows = [
            [row.region if region_field else tr("all settlements"), row.n, row.slope, row.r2]
            for row in sizes_table.itertuples()
        ]
        parts.append(html_table([tr("Region"), tr("Settlements"), tr("Slope"), tr("R²")], rows))
        if chart_sizes:
            png = in_own_thread(chart_png, sizes_table, size_name, chart_sizes)
            parts.append(f"<p><img alt='rank-size chart' src='data:image/png;base64,{png}'></p>")
    parts.append(f"<h2>{esc(tr('Provenance'))}</h2><pre>{esc(provenance)}</pre>")
    return html_page(tr("Settlement hierarchy"), parts, REPORT_CSS)
