"""regionatlas:laregionsfromindicators - SCB LA regions from p1, p2 and largest destination."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
)

from ..i18n import number, tr
from ..regionatlas.commuting.regions.partition import ROLE_CENTRE
from ..regionatlas.commuting.regions.quality import centre_region_table
from .base import RegionAtlasAlgorithm, core_text
from .declare import add_enum, add_field, add_source
from .la_codes import add_la_codes, add_la_year_parameter
from .od_input import INPUT
from .region_outputs import (
    add_region_outputs,
    add_zone_field_parameters,
    method_label,
    write_partition,
    zone_values,
)
from .regions_common import (
    BORDER_FIELD,
    DESTINATION_FIELD,
    METADATA,
    N_REGIONS,
    P1_FIELD,
    P2_FIELD,
    UNIT_FIELD,
    add_method_parameters,
    la_regions_from_table,
    read_method,
)
from .regions_help import scb_thresholds
from .table_input import chosen_field_name, read_columns
from .zone_input import (
    add_zone_source_parameters,
    read_zones,
)

NAME_FIELD = "NAME_FIELD"
SIZE_FIELD = "SIZE_FIELD"
MISSING_ZONES = "MISSING_ZONES"

#: MISSING_ZONES choices (order is public API).
MISSING_FAIL, MISSING_SKIP = 0, 1


class LaRegionsFromIndicatorsAlgorithm(RegionAtlasAlgorithm):
    NAME = "laregionsfromindicators"
    GROUP_ID = "regions"
    ICON = "regionatlas.svg"

    def display_name(self) -> str:
        return tr("LA regions from indicators (SCB rule)")

    def help_text(self) -> str:
        return tr(
            "Applies SCB's rule for local labour markets (LA regions) to a table that already "
            "holds, per unit, its largest destination and the shares p1 and p2 - such as SCB's "
            "published LA files. A unit is a centre when p1 <= CENTRE_MAX_OUT and p2 <= "
            "CENTRE_MAX_SINGLE; every other unit follows its largest destination until it "
            "reaches a centre; units that are each other's largest destination (Stockholm and "
            "Solna) form one multi-centre region. This is how SCB's published partitions are "
            "checked: the 2022 file gives SCB's 67 regions exactly.<br><br>"
            "Source: Statistics Sweden (SCB), Lokala arbetsmarknader (LA) - method "
            "description (Lokala arbetsmarknader - beskrivning av metoden).<br><br>"
            "<b>Parameters</b><br>"
            "<i>Indicator table</i>: one row per unit (a CSV path works, all fields text; "
            "decimal commas are accepted).<br>"
            "<i>Unit field</i>: the unit id (text, leading zeros kept).<br>"
            "<i>Largest destination field</i>: the id of the unit where most of the unit's "
            "out-commuters work; it must itself be a unit of the table (empty: none).<br>"
            "<i>p1 field</i>: share of the employed residents working in another unit (0..1)."
            "<br><i>p2 field</i>: share working in the largest destination (0..1).<br>"
            "<i>Name field</i> (optional): unit names, used for region names (the centres' "
            "names joined with '-').<br>"
            "<i>Size field</i> (optional): employed residents per unit. The largest centre "
            "of a multi-centre region comes first in its name and gives its LA code; without "
            "sizes the centres are in id order.<br>"
            "<i>SCB: year of the data</i> (LA_YEAR, optional): gives each region SCB's LA "
            "code, LA + the year's last two digits + a number in the order of the main "
            "centre's municipality code (LA2201 Stockholm-Solna). Without a year, or when the "
            "numbering depends on which centre is the largest and no size field says it, the "
            "field la_code stays empty and the log says why.<br>"
            "<i>Centre max. p1 / p2</i> (CENTRE_MAX_OUT {p1}, CENTRE_MAX_SINGLE {p2}): SCB's "
            "thresholds.<br>"
            "<i>Zones</i> (optional polygons) with <i>zone id field</i>: OUTPUT becomes a map "
            "and OUTPUT_REGIONS the dissolved regions. <i>When units are missing from the "
            "zones</i>: fail (default) or leave them off the map and warn (the regions are "
            "computed on the whole table either way).<br>"
            "<i>Border field</i> (optional): county or country field of the zones; each region "
            "says whether it crosses it.<br>"
            "<i>Units</i> (OUTPUT): unit_id, region_id (the centre's id; centres joined with "
            "'-'), la_code, region_name, role (centre, member, unassigned), R and W (empty: "
            "not in an indicator table), p1, p2.<br>"
            "<i>Regions</i> (OUTPUT_REGIONS): region_id, la_code, region_name, units, centre, "
            "and with a border field crosses_border and border_areas; polygons with zones, "
            "else a table."
        ).format(**scb_thresholds())

    def initAlgorithm(self, config=None) -> None:
        add_source(self, INPUT, tr("Indicator table (layer, table or CSV)"), ("table",))
        for name, label in (
            (UNIT_FIELD, tr("Unit field")),
            (DESTINATION_FIELD, tr("Largest destination field")),
            (P1_FIELD, tr("p1 field (share working in another unit)")),
            (P2_FIELD, tr("p2 field (share working in the largest destination)")),
        ):
            add_field(self, name, label, INPUT)
        add_field(self, NAME_FIELD, tr("Name field"), INPUT, optional=True)
        add_method_parameters(self, with_method=False)
        add_zone_source_parameters(self, optional=True)
        add_enum(
            self,
            MISSING_ZONES,
            tr("When units are missing from the zones"),
            [tr("Fail"), tr("Leave them off the map and warn")],
            MISSING_FAIL,
        )
        add_field(
            self,
            SIZE_FIELD,
            tr("Size field (employed residents; orders the centres)"),
            INPUT,
            optional=True,
        )
        add_la_year_parameter(self)
        add_zone_field_parameters(self, with_name=False)
        add_region_outputs(self, tr("LA regions: units"), tr("LA regions: regions"), report=False)

    def run_algorithm(self, parameters, context, feedback) -> dict:
        choice = read_method(self, parameters, context, with_method=False)
        source = self.parameterAsSource(parameters, INPUT, context)
        if source is None:
            raise QgsProcessingException(tr("The indicator table (INPUT) could not be opened."))
        fields = {
            name: chosen_field_name(self, parameters, name, context, label)
            for name, label in (
                (UNIT_FIELD, tr("unit field")),
                (DESTINATION_FIELD, tr("largest destination field")),
                (P1_FIELD, tr("p1 field")),
                (P2_FIELD, tr("p2 field")),
            )
        }
        name_field = self.parameterAsString(parameters, NAME_FIELD, context) or None
        size_field = self.parameterAsString(parameters, SIZE_FIELD, context) or None
        columns = list(fields.values()) + [f for f in (name_field, size_field) if f]
        frame = read_columns(source, columns, feedback, tr("indicator table"))
        feedback.setProgress(20)
        partition = la_regions_from_table(
            frame,
            fields,
            choice,
            name_field=name_field,
            size_field=size_field,
            progress=lambda p: feedback.setProgress(20 + 0.5 * p),
            cancelled=feedback.isCanceled,
        )
        for message in partition.messages:
            feedback.pushInfo(core_text(message))

        zones = read_zones(self, parameters, context, feedback)
        border = None
        border_field = self.parameterAsString(parameters, BORDER_FIELD, context)
        if zones is not None:
            missing = [u for u in partition.units.tolist() if u not in zones.features]
            if missing:
                text = tr(
                    "{n} unit(s) of the table are not in the zones' field '{field}': {ids}."
                ).format(
                    n=number(len(missing)),
                    field=zones.id_field,
                    ids=", ".join(missing[:5]) + (" …" if len(missing) > 5 else ""),
                )
                if self.parameterAsEnum(parameters, MISSING_ZONES, context) == MISSING_FAIL:
                    raise QgsProcessingException(
                        text
                        + " "
                        + tr(
                            "Check the id fields (leading zeros?) or choose 'Leave them off the "
                            "map and warn'."
                        )
                    )
                feedback.pushWarning(text)
            border = zone_values(zones, border_field)

        regions = centre_region_table(partition, border)
        units, regions = add_la_codes(
            self, parameters, context, feedback, partition, partition.to_frame(), regions
        )
        feedback.setProgress(80)
        provenance = self.provenance(parameters, context)
        label = method_label(choice)
        titles = (
            tr("LA regions ({method}): units").format(method=label),
            tr("LA regions ({method})").format(method=label),
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
            units=units,
        )
        feedback.pushInfo(
            tr(
                "{regions} LA regions from {units} units ({centres} centre units; centre rule "
                "p1 <= {a:g} and p2 <= {b:g})."
            ).format(
                regions=partition.n_regions,
                units=partition.n_units,
                centres=int((partition.role == ROLE_CENTRE).sum()),
                a=choice.centre_max_out,
                b=choice.centre_max_single,
            )
        )
        results.update({METADATA: provenance, N_REGIONS: partition.n_regions})
        return results
