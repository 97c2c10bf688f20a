"""The log and the report of ``regionatlas:commutingregions`` in the user's language.

The numbers come from the core (``regionatlas.commuting.regions``: the partition, its region
indicators and summary, the zero-list reasons); this module only words them.
"""

from __future__ import annotations

import numpy as np

from ..i18n import number as format_number
from ..i18n import tr
from ..regionatlas.commuting.regions.zero_list import (
    REASON_AFTER_OTHERS,
    REASON_NO_JOBS,
    REASON_NO_RESIDENTS,
    REASON_SELF_ONLY,
    partition_zero_list_reasons,
)
from ..regionatlas.report.html import img
from .base import core_text
from .charts import esc, html_page, html_table, key_value_table, scatter_png
from .regions_common import (
    MethodChoice,
)

#: Zero-list units explained one by one in the log at most.
MAX_ZERO_LIST_WARNINGS = 20


def log_zero_list(table, partition, feedback) -> None:
    """Say for each zero-list unit why it was set aside (the core's reasons)."""
    reasons = partition_zero_list_reasons(table, partition)
    texts = {
        REASON_NO_RESIDENTS: tr("it has no employed residents"),
        REASON_NO_JOBS: tr("it has no jobs"),
        REASON_AFTER_OTHERS: tr("its remaining flows go to units that were set aside"),
    }
    for row in reasons.head(MAX_ZERO_LIST_WARNINGS).itertuples():
        if row.reason == REASON_SELF_ONLY:
            reason = tr("its only flows are to itself ({n} persons)").format(
                n=format_number(row.self_flow)
            )
        else:
            reason = texts[row.reason]
        feedback.pushWarning(
            tr("Unit '{unit}' is set aside in the zero list (no region): {reason}.").format(
                unit=row.unit, reason=reason
            )
        )
    if len(reasons) > MAX_ZERO_LIST_WARNINGS:
        feedback.pushWarning(
            tr("{n} more units are in the zero list (see the units output, role).").format(
                n=format_number(len(reasons) - MAX_ZERO_LIST_WARNINGS)
            )
        )


def report_html(
    choice: MethodChoice,
    partition,
    regions,
    summary,
    table,
    border_field,
    provenance,
    input_items,
) -> str:
    parts = [
        f"<h2>{esc(tr('Method'))}</h2>",
        f"<p><b>{esc(choice.name)}</b>"
        + (f" ({esc(tr('variant'))}: {esc(str(partition.variant))})" if partition.variant else "")
        + "</p>",
        f"<p>{esc(tr('Source'))}: {esc(choice.source)}</p>",
        f"<h2>{esc(tr('Parameters'))}</h2>",
        key_value_table(list(choice.used_parameters().items())),
    ]
    if not choice.is_euro:
        parts.append(
            "<p>"
            + esc(
                tr(
                    "Validity V is computed with the EURO parameters MIN_SIZE {a:g}, MIN_SC "
                    "{b:g}, TARGET_SIZE {c:g}, TARGET_SC {d:g}; this method does not use "
                    "them."
                ).format(
                    a=choice.euro.min_size,
                    b=choice.euro.min_sc,
                    c=choice.euro.target_size,
                    d=choice.euro.target_sc,
                )
            )
            + "</p>"
        )
    parts += [
        f"<h2>{esc(tr('Input'))}</h2>",
        key_value_table(
            [
                *input_items,
                (tr("Units"), table.n),
                (tr("Flows (origin-destination pairs)"), table.nnz),
                (tr("Employed persons"), float(table.total)),
            ]
        ),
        f"<h2>{esc(tr('Partition'))}</h2>",
    ]
    items = [
        (tr("Regions"), summary["regions"]),
        (tr("One-unit regions"), summary["one_unit_regions"]),
        (tr("Units without a region"), summary["units_without_region"]),
        (tr("Modularity Q"), summary["modularity"]),
        (tr("Share of commuters crossing a region border"), summary["share_crossing"]),
        (tr("Regions with V < 1"), summary["invalid_regions"]),
        (tr("Lowest validity V"), float(regions["V"].min()) if len(regions) else None),
    ]
    if "regions_crossing_border" in summary:
        items.append(
            (
                tr("Regions crossing '{field}'").format(field=border_field),
                ", ".join(summary["regions_crossing_border"]) or "-",
            )
        )
    first = partition.diagnostics.get("first_selected")
    if first is not None:
        items.append(
            (
                tr("First selected cluster and its validity"),
                f"{first[0]}: {format_number(first[1], 9)}",
            )
        )
    parts.append(key_value_table(items))
    parts.append(f"<h2>{esc(tr('Size and self-containment'))}</h2>")
    parts.append(
        img(
            scatter_png(regions, choice.euro),
            tr("size / self-containment scatter with the validity curve"),
            "scatter",
        )
    )
    parts.append(
        "<p>"
        + esc(
            tr(
                "Each point is a region. Regions above the curve are valid (V >= 1); no "
                "region smaller than MIN_SIZE can be valid unless it is fully self-contained."
            )
        )
        + "</p>"
    )
    parts.append(f"<h2>{esc(tr('Regions'))}</h2>")
    columns = ["region_id", "region_name", "units", "R", "W", "S", "sc_supply", "sc_demand"]
    columns += ["V", "centre"] + (["crosses_border"] if "crosses_border" in regions else [])
    parts.append(html_table(columns, regions[columns].values.tolist()))
    parts.append(f"<h2 id='events'>{esc(tr('Reserve-list events'))}</h2>")
    parts.append(events_html(partition))
    if partition.messages:
        parts.append(f"<h2>{esc(tr('Log'))}</h2><ul>")
        parts += [f"<li>{esc(core_text(m))}</li>" for m in partition.messages]
        parts.append("</ul>")
    parts.append(f"<h2>{esc(tr('Provenance'))}</h2><pre>{esc(provenance)}</pre>")
    return html_page(tr("Commuting regions"), parts)


def events_html(partition) -> str:
    """The EURO steps (reserve list, assignments, dissolved clusters) as a list."""
    if not partition.events:
        if partition.method == "euro":
            return "<p class='events'>" + esc(tr("No unit went to the reserve list.")) + "</p>"
        return "<p class='events'>" + esc(tr("This method has no reserve list.")) + "</p>"
    items = []
    for event in partition.events:
        step = event.get("step")
        unit = event.get("unit")
        action = event.get("action")
        if action == "reserve":
            text = tr(
                "step {step}: unit {unit} left cluster {src} (V = {v:.4f}) and went to the "
                "reserve list: {reason} (best cluster {best})"
            ).format(
                step=step,
                unit=unit,
                src=event.get("from_cluster"),
                v=float(event.get("validity", np.nan)),
                reason=event.get("reason", ""),
                best=event.get("best_cluster") or "-",
            )
        elif action == "assigned":
            text = tr("{step}: unit {unit} assigned to cluster {to}").format(
                step=step, unit=unit, to=event.get("to_cluster")
            )
        elif action == "unassigned":
            text = tr("{step}: unit {unit} could not be assigned").format(step=step, unit=unit)
        elif action == "dissolved":
            text = tr("{step}: cluster {unit} (V = {v:.4f}) is not valid and was dissolved").format(
                step=step, unit=unit, v=float(event.get("validity", np.nan))
            )
        else:
            text = f"{step}: {action} {unit}"
        text += " " + tr("(final region: {region})").format(region=event.get("region_id") or "-")
        items.append(f"<li>{esc(text)}</li>")
    return "<ol class='events'>" + "".join(items) + "</ol>"
