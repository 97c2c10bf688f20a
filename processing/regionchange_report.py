"""The report of ``regionatlas:regionchange`` in the user's language.

The numbers come from the core (``regionatlas.commuting.regions.change``: regions per year,
matches by Jaccard overlap, units that changed region); this module only words them.
"""

from __future__ import annotations

from ..i18n import tr
from ..regionatlas.commuting.regions.change import consecutive_changes
from ..regionatlas.report.html import img
from .charts import esc, html_page, html_table, key_value_table, regions_per_year_png


def report_html(method, kind: int, partitions, change, provenance) -> str:
    """The HTML report: the input, the method (``method``: name or None, source, parameters;
    None for given partitions), regions per year with a chart, the changes between
    consecutive years (the core's :func:`consecutive_changes`), the units that changed."""
    per_year, per_unit = change.per_year, change.per_unit
    kinds = [
        tr("partition tables"),
        tr("commuting OD tables, one method"),
        tr("LA indicator tables, SCB rule"),
    ]
    parts = [
        f"<h2>{esc(tr('Input'))}</h2>",
        key_value_table(
            [
                (tr("Kind of input"), kinds[kind]),
                (tr("Years"), ", ".join(str(y) for y in partitions)),
            ]
        ),
    ]
    if method is not None:
        name, source, used = method
        parts.append(f"<h2>{esc(tr('Method'))}</h2>")
        if name:
            parts.append(f"<p><b>{esc(name)}</b></p>")
        parts += [f"<p>{esc(tr('Source'))}: {esc(source)}</p>", key_value_table(used)]
    parts += [
        f"<h2>{esc(tr('Regions per year'))}</h2>",
        img(regions_per_year_png(per_year), tr("chart of regions per year"), "chart"),
    ]
    columns = list(per_year.columns)
    parts.append(html_table(columns, per_year[columns].values.tolist()))
    parts.append(f"<h2>{esc(tr('Changes between consecutive years'))}</h2>")
    rows = [
        [
            f"{r.year_from} → {r.year_to}",
            r.regions,
            r.unchanged,
            r.mean_jaccard,
            r.changed_units,
        ]
        for r in consecutive_changes(change, list(partitions)).itertuples()
    ]
    parts.append(
        html_table(
            [
                tr("Years"),
                tr("Regions (later year)"),
                tr("Unchanged regions (Jaccard 1)"),
                tr("Mean Jaccard"),
                tr("Units that changed region"),
            ],
            rows,
        )
    )
    changed_units = per_unit[per_unit["changed"].astype(bool)]
    if len(changed_units):
        parts.append(f"<h2>{esc(tr('Units that changed region'))}</h2>")
        cols = ["unit_id"] + [c for c in per_unit.columns if c.startswith("region_")]
        parts.append(html_table(cols, changed_units[cols].head(500).values.tolist()))
    parts.append(f"<h2>{esc(tr('Provenance'))}</h2><pre>{esc(provenance)}</pre>")
    return html_page(tr("Region change over time"), parts)
