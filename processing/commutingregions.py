"""regionatlas:commutingregions - commuting regions from an OD table by one of five methods."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
)

from ..i18n import number as format_number
from ..i18n import tr
from ..regionatlas.commuting.regions import (
    partition_summary,
    region_border_areas,
    region_indicators,
)
from ..regionatlas.commuting.regions.zero_list import (
    REASON_AFTER_OTHERS,
    REASON_NO_JOBS,
    REASON_NO_RESIDENTS,
    REASON_SELF_ONLY,
    partition_zero_list_reasons,
)
from .base import RegionAtlasAlgorithm
from .charts import esc, html_page, scatter_png, write_report
from .od_input import (
    MISSING_ZONES,
    add_od_parameters,
    add_zone_parameters,
    check_od_against_zones,
    read_od,
    read_zones,
)
from .region_method import (
    MethodChoice,
    add_method_parameters,
    method_help,
    read_method,
    run_method,
)
from .regions_common import (
    BORDER_FIELD,
    METADATA,
    N_REGIONS,
    OUTPUT,
    OUTPUT_REPORT,
    ZONES_NAME_FIELD,
    add_region_outputs,
    add_zone_field_parameters,
    dissolve,
    html_table,
    img,
    key_value_table,
    region_colours,
    write_frame,
    write_region_outputs,
    zone_values,
)

MODULARITY = "MODULARITY"
#: Zero-list units explained one by one in the log at most.
MAX_ZERO_LIST_WARNINGS = 20

#: Columns of OUTPUT that are text.
UNIT_TEXT = ("unit_id", "region_id", "region_name", "role")


class CommutingRegionsAlgorithm(RegionAtlasAlgorithm):
    NAME = "commutingregions"
    GROUP_ID = "regions"
    ICON = "regionatlas.svg"

    def display_name(self) -> str:
        return tr("Commuting regions (labour-market regions)")

    def help_text(self) -> str:
        return (
            tr(
                "Groups the units (municipalities, zones) of a commuting OD table into "
                "functional regions by one of five methods: SCB local labour markets, the EURO "
                "method of the travel-to-work areas (ISTAT variant or strict), Tolbert-Sizer "
                "commuting zones, or network communities (Leiden). Every method reports the "
                "same indicators, so results can be compared: per region units, employed "
                "residents R, jobs W, internal flow S, both self-containments, validity V, "
                "centre; for the partition modularity, the share of commuters crossing a region "
                "border and the regions crossing an administrative border.<br><br>"
                "Sources: SCB, Lokala arbetsmarknader (LA) - beskrivning av metoden; Coombes, M. & "
                "Bond, S. (2008), Travel-to-Work Areas: the 2007 review, ONS, and Franconi, L. "
                "et al. (2016), Istat implementation of the algorithm to develop Labour Market "
                "Areas; Tolbert, C. M. & Sizer, M. (1996), U.S. commuting zones and labor "
                "market areas, USDA ERS; Traag, V. A. et al. (2019), From Louvain to Leiden, "
                "Scientific Reports 9. The report names the source of the method used.<br><br>"
                "<b>Parameters</b><br>"
                "<i>Commuting OD table</i>, <i>origin / destination / count field</i>, "
                "<i>year</i>: as in Commuting indicators (a CSV path works, all fields text; "
                "duplicate pairs are summed; bad rows are named).<br>"
            )
            + method_help()
            + tr(
                "<i>Zones</i> (optional polygons) with <i>zone id field</i>: OUTPUT becomes a "
                "map of the units and OUTPUT_REGIONS the dissolved region polygons. <i>When OD "
                "ids are missing from the zones</i>: fail (default) or drop those flows and "
                "warn (the regions are then computed without them). Zones without commuting are "
                "left out.<br>"
                "<i>Border field</i> (optional): a county or country field of the zones; each "
                "region says whether it crosses it (crosses_border, border_areas).<br>"
                "<i>Name field</i> (optional): zone names used for region names (the centre's "
                "name; SCB multi-centre regions join them with '-').<br>"
                "<i>Units</i> (OUTPUT): one row per unit: unit_id, region_id (the id of the "
                "region's centre), region_name, role (centre, member, zero-list: set aside "
                "because it has no residents, no jobs or only flows to itself; unassigned), R "
                "(employed residents), W (jobs), p1 (share working in another unit), p2 (share "
                "working in the largest destination).<br>"
                "<i>Regions</i> (OUTPUT_REGIONS): one row per region with units, R, W, S "
                "(internal flow), sc_supply (S/R), sc_demand (S/W), V (validity with the EURO "
                "parameters; for the EURO methods the value the method checked), centre, the "
                "largest outside destination and its flow, and with a border field "
                "crosses_border and border_areas. Polygons with zones, else a table.<br>"
                "<i>Report</i> (optional HTML): parameters, method and source, indicators, a "
                "size / self-containment chart with the validity curve, and the reserve-list "
                "events of the EURO method."
            )
        )

    def initAlgorithm(self, config=None) -> None:
        add_od_parameters(self)
        add_method_parameters(self)
        add_zone_parameters(self, optional=True)
        add_zone_field_parameters(self)
        add_region_outputs(
            self, tr("Commuting regions: units"), tr("Commuting regions: regions"), report=True
        )
        self.addOutput(QgsProcessingOutputNumber(MODULARITY, tr("Modularity Q")))

    def run_algorithm(self, parameters, context, feedback) -> dict:
        choice = read_method(self, parameters, context)
        table = read_od(self, parameters, context, feedback)
        zones = read_zones(self, parameters, context, feedback)
        names = border = None
        border_field = self.parameterAsString(parameters, BORDER_FIELD, context)
        if zones is not None:
            policy = self.parameterAsEnum(parameters, MISSING_ZONES, context)
            table = check_od_against_zones(table, zones, policy, feedback)
            units = set(table.units.tolist())
            without = [key for key in zones.features if key not in units]
            if without:
                feedback.pushInfo(
                    tr(
                        "{n} zone(s) have no commuting in the OD table and are left out: {ids}."
                    ).format(
                        n=format_number(len(without)),
                        ids=", ".join(without[:10]) + (" …" if len(without) > 10 else ""),
                    )
                )
            names = zone_values(
                zones, self.parameterAsString(parameters, ZONES_NAME_FIELD, context)
            )
            border = zone_values(zones, border_field)
        feedback.pushInfo(tr("Method: {name}.").format(name=choice.name))
        partition = run_method(table, choice, feedback, names)
        for message in partition.messages:
            feedback.pushInfo(message)
        self._explain_zero_list(table, partition, feedback)

        frame = partition.to_frame()
        regions = region_indicators(table, partition, choice.euro)
        if choice.is_euro and "validity" in partition.diagnostics:
            regions["V"] = np.asarray(partition.diagnostics["validity"], dtype=float)
        if border is not None:
            regions = regions.join(region_border_areas(partition, border))
        summary = partition_summary(table, partition, border, choice.euro)
        feedback.setProgress(82)

        geometries = colours = None
        if zones is not None:
            geometries = dissolve(zones, partition, feedback)
            colours = region_colours(geometries)
        provenance = self.provenance(parameters, context)
        dest, _ = write_frame(
            self, parameters, OUTPUT, context, feedback, frame, UNIT_TEXT, zones, start=84
        )
        region_names = dict(zip(partition.region_ids, partition.region_names))
        results = write_region_outputs(
            self,
            parameters,
            context,
            feedback,
            dest,
            regions,
            zones,
            (
                provenance,
                geometries,
                colours,
                region_names,
                tr("Commuting regions ({method}): units").format(method=choice.label()),
                tr("Commuting regions ({method})").format(method=choice.label()),
            ),
        )
        report = self.parameterAsFileOutput(parameters, OUTPUT_REPORT, context)
        if report:
            source_name = self.parameterAsString(parameters, "INPUT", context)
            year = self.parameterAsString(parameters, "YEAR", context)
            text = self._report(
                choice,
                partition,
                regions,
                summary,
                table,
                border_field,
                provenance,
                [(tr("OD table"), source_name), (tr("Year"), year or "-")],
            )
            write_report(report, text)
            results[OUTPUT_REPORT] = report
        feedback.pushInfo(
            tr(
                "{regions} regions ({one} of one unit), {without} unit(s) without a region; "
                "modularity Q = {q}; {share} % of commuters cross a region border."
            ).format(
                regions=format_number(summary["regions"]),
                one=format_number(summary["one_unit_regions"]),
                without=format_number(summary["units_without_region"]),
                q=format_number(summary["modularity"], 4),
                share=format_number(100 * summary["share_crossing"], 1),
            )
        )
        if border is not None:
            feedback.pushInfo(
                tr("{n} region(s) cross the border in '{field}': {ids}.").format(
                    n=format_number(summary["n_regions_crossing_border"]),
                    field=border_field,
                    ids=", ".join(summary["regions_crossing_border"]) or "-",
                )
            )
        feedback.setProgress(100)
        results.update(
            {
                METADATA: provenance,
                N_REGIONS: partition.n_regions,
                MODULARITY: summary["modularity"],
            }
        )
        return results

    @staticmethod
    def _explain_zero_list(table, partition, feedback) -> None:
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

    @staticmethod
    def _report(
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
            + (
                f" ({esc(tr('variant'))}: {esc(str(partition.variant))})"
                if partition.variant
                else ""
            )
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
                (tr("First selected cluster and its validity"), f"{first[0]}: {first[1]:.9f}")
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
        parts.append(_events_html(partition))
        if partition.messages:
            parts.append(f"<h2>{esc(tr('Log'))}</h2><ul>")
            parts += [f"<li>{esc(m)}</li>" for m in partition.messages]
            parts.append("</ul>")
        parts.append(f"<h2>{esc(tr('Provenance'))}</h2><pre>{esc(provenance)}</pre>")
        return html_page(tr("Commuting regions"), parts)


def _events_html(partition) -> str:
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
