"""regionatlas:commutingindicators - per-unit commuting indicators from an OD table."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsWkbTypes,
)

from ..i18n import number as format_number
from ..i18n import tr
from ..regionatlas.commuting.indicators import (
    commuting_indicators,
    scb_centres,
)
from ..regionatlas.commuting.regions.parameters import SCB_CENTRE_MAX_OUT, SCB_CENTRE_MAX_SINGLE
from ..regionatlas.commuting.zone_indicators import indicators_without_commuting
from .attribute_display import style_presented_on_load
from .base import RegionAtlasAlgorithm
from .declare import add_metadata_output, add_sink
from .od_input import (
    MISSING_ZONES,
    add_od_parameters,
    add_zone_parameters,
    check_od_against_zones,
    read_od,
)
from .regions_help import scb_thresholds
from .sinks import add_features, combine_fields, frame_rows, open_sink, qgs_fields, table_features
from .zone_input import read_zones

OUTPUT = "OUTPUT"
METADATA = "METADATA"


class CommutingIndicatorsAlgorithm(RegionAtlasAlgorithm):
    NAME = "commutingindicators"
    GROUP_ID = "commuting"
    ICON = "indicators.svg"

    def display_name(self) -> str:
        return tr("Commuting indicators")

    def help_text(self) -> str:
        return tr(
            "Computes, for every unit (municipality, zone) of a commuting OD table, the "
            "indicators used to delineate labour-market regions: employed residents R (row "
            "sum), jobs W (column sum), the flow within the unit, out- and in-commuters, net "
            "commuting W - R, self-containment on the supply side (F[i,i]/R) and the demand "
            "side (F[i,i]/W), the job ratio W/R, the largest destination outside the unit "
            "(ties: smallest id) and SCB's p1 (share working in another unit) and p2 (share "
            "working in the largest destination).<br><br>"
            "Sources: SCB, Lokala arbetsmarknader (LA) - beskrivning av metoden (p1, p2 and "
            "the centre rule p1 <= {p1}, p2 <= {p2}); Coombes, M. &amp; Bond, S. (2008), "
            "Travel-to-Work Areas: the 2007 review, ONS (self-containment on the supply and "
            "demand side).<br><br>"
            "<b>Parameters</b><br>"
            "<i>Commuting OD table</i>: one row per origin-destination pair; a CSV path works "
            "(all fields text). Duplicate pairs are summed, zero rows ignored; a missing id, "
            "a non-numeric, negative, NaN or infinite count stops with the row named.<br>"
            "<i>Origin / destination / count field</i>: home unit, work unit, employed persons."
            "<br><i>Year field / Year to use</i>: pick one year of a multi-year table.<br>"
            "<i>Zones</i> (optional) with <i>zone id field</i>: the output is then the zones "
            "with the indicators joined (a styled map); zones without commuting get zeros. "
            "<i>When OD ids are missing from the zones</i>: fail (default) or drop those "
            "flows and warn.<br>"
            "<i>Output</i>: a table (or the zones) with unit_id, employed_residents, jobs, "
            "self_flow, out_commuters, in_commuters, net_commuting, sc_supply, sc_demand, "
            "job_ratio, largest_destination, p1, p2. Ratios with a zero denominator are NULL."
        ).format(**scb_thresholds())

    def initAlgorithm(self, config=None) -> None:
        add_od_parameters(self)
        add_zone_parameters(self, optional=True)
        add_sink(self, OUTPUT, tr("Commuting indicators"))
        add_metadata_output(self)

    def run_algorithm(self, parameters, context, feedback) -> dict:
        table = read_od(self, parameters, context, feedback)
        zones = read_zones(self, parameters, context, feedback)
        if zones is not None:
            policy = self.parameterAsEnum(parameters, MISSING_ZONES, context)
            table = check_od_against_zones(table, zones, policy, feedback)
        feedback.setProgress(50)
        frame = commuting_indicators(table)
        provenance = self.provenance(parameters, context)
        indicator_fields = qgs_fields(frame, text_columns=("unit_id", "largest_destination"))

        if zones is None:
            sink, dest_id = open_sink(
                self, parameters, OUTPUT, context, indicator_fields, QgsWkbTypes.Type.NoGeometry
            )
            features = table_features(indicator_fields, frame_rows(frame))
        else:
            fields = combine_fields(zones.fields, indicator_fields)
            source = self.parameterAsSource(parameters, "ZONES", context)
            sink, dest_id = open_sink(
                self, parameters, OUTPUT, context, fields, source.wkbType(), zones.crs
            )
            by_unit = {row[0]: row for row in frame_rows(frame)}
            without = [key for key in zones.features if key not in by_unit]
            if without:
                feedback.pushWarning(
                    tr(
                        "{n} zone(s) have no commuting in the OD table; they get zeros: {ids}."
                    ).format(
                        n=format_number(len(without)),
                        ids=", ".join(without[:5]) + (" …" if len(without) > 5 else ""),
                    )
                )
            features = []
            for key, zone in zones.features.items():
                row = by_unit.get(key) or indicators_without_commuting(key)
                feature = QgsFeature(fields)
                feature.setGeometry(zones.geometry[key])
                feature.setAttributes(list(zone.attributes()) + row)
                features.append(feature)
        add_features(sink, features, feedback)
        style = "commuting_indicators.qml" if zones is not None else None
        style_presented_on_load(context, dest_id, style, provenance, tr("Commuting indicators"))
        feedback.pushInfo(
            tr("{n} units; {centres} with p1 <= {p1} and p2 <= {p2} (SCB centre rule).").format(
                n=format_number(len(frame)),
                centres=format_number(int(scb_centres(frame).sum())),
                p1=format_number(SCB_CENTRE_MAX_OUT, 2),
                p2=format_number(SCB_CENTRE_MAX_SINGLE, 3),
            )
        )
        return {OUTPUT: dest_id, METADATA: provenance}
