"""regionatlas:commutingregions - commuting regions from an OD table by one of five methods."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
)

from ..i18n import number as format_number
from ..i18n import tr
from ..regionatlas.commuting.regions.quality import partition_summary, region_table
from .base import RegionAtlasAlgorithm, core_text
from .charts import write_report
from .commutingregions_report import log_zero_list, report_html
from .la_codes import add_la_codes, add_la_year_parameter
from .od_input import (
    MISSING_ZONES,
    add_od_parameters,
    add_zone_parameters,
    check_od_against_zones,
    read_od,
)
from .region_outputs import (
    add_region_outputs,
    add_zone_field_parameters,
    method_label,
    write_partition,
    zone_values,
)
from .regions_common import (
    BORDER_FIELD,
    METADATA,
    METHOD_SCB,
    N_REGIONS,
    OUTPUT_REPORT,
    ZONES_NAME_FIELD,
    add_method_parameters,
    read_method,
    run_method,
)
from .regions_help import method_help
from .zone_input import read_zones

MODULARITY = "MODULARITY"


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
                "method of the travel-to-work areas (ISTAT-compatible, strict or textbook "
                "variant), Tolbert-Sizer "
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
                "<i>SCB: year of the data</i> (LA_YEAR, optional; the year to use when empty): "
                "with the SCB method each region gets SCB's LA code (field la_code): LA + the "
                "year's last two digits + a number in the order of the municipality code of the "
                "region's largest centre (LA2201 Stockholm-Solna). Without a year la_code stays "
                "empty.<br>"
                "<i>Units</i> (OUTPUT): one row per unit: unit_id, region_id (the id of the "
                "region's centre), la_code (SCB method), region_name, role (centre, member, "
                "zero-list: set aside because it has no residents, no jobs or only flows to "
                "itself; unassigned), R "
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
        add_la_year_parameter(self)
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
            feedback.pushInfo(core_text(message))
        log_zero_list(table, partition, feedback)

        regions = region_table(table, partition, choice.euro, border, choice.is_euro)
        units = None
        if choice.index == METHOD_SCB:
            units, regions = add_la_codes(
                self,
                parameters,
                context,
                feedback,
                partition,
                partition.to_frame(),
                regions,
                self.parameterAsString(parameters, "YEAR", context).strip(),
            )
        summary = partition_summary(table, partition, border, choice.euro)
        feedback.setProgress(82)

        provenance = self.provenance(parameters, context)
        label = method_label(choice)
        titles = (
            tr("Commuting regions ({method}): units").format(method=label),
            tr("Commuting regions ({method})").format(method=label),
        )
        results = write_partition(
            self,
            parameters,
            context,
            feedback,
            partition,
            regions,
            zones,
            provenance,
            titles,
            start=84,
            units=units,
        )
        report = self.parameterAsFileOutput(parameters, OUTPUT_REPORT, context)
        if report:
            source_name = self.parameterAsString(parameters, "INPUT", context)
            year = self.parameterAsString(parameters, "YEAR", context)
            text = report_html(
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
