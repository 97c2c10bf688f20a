"""regionatlas:laregionsfromindicators - SCB LA regions from p1, p2 and largest destination."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..i18n import number, tr
from ..regionatlas.commuting.regions import region_border_areas, scb_regions_from_frame
from ..regionatlas.commuting.regions.partition import ROLE_CENTRE
from .base import RegionAtlasAlgorithm
from .od_input import INPUT, add_zone_source_parameters, read_zones
from .region_outputs import (
    add_la_codes,
    add_la_year_parameter,
    add_region_outputs,
    add_zone_field_parameters,
    dissolve,
    method_label,
    write_frame,
    write_region_outputs,
    zone_values,
)
from .regions_common import (
    BORDER_FIELD,
    METADATA,
    N_REGIONS,
    OUTPUT,
    add_method_parameters,
    read_method,
    region_colours,
)
from .table_input import read_columns

UNIT_FIELD = "UNIT_FIELD"
DESTINATION_FIELD = "DESTINATION_FIELD"
P1_FIELD = "P1_FIELD"
P2_FIELD = "P2_FIELD"
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
            "<i>Centre max. p1 / p2</i> (CENTRE_MAX_OUT 0.20, CENTRE_MAX_SINGLE 0.075): SCB's "
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
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                INPUT,
                tr("Indicator table (layer, table or CSV)"),
                [QgsProcessing.SourceType.TypeVector],
            )
        )
        for name, label in (
            (UNIT_FIELD, tr("Unit field")),
            (DESTINATION_FIELD, tr("Largest destination field")),
            (P1_FIELD, tr("p1 field (share working in another unit)")),
            (P2_FIELD, tr("p2 field (share working in the largest destination)")),
        ):
            self.addParameter(
                QgsProcessingParameterField(name, label, parentLayerParameterName=INPUT)
            )
        self.addParameter(
            QgsProcessingParameterField(
                NAME_FIELD, tr("Name field"), parentLayerParameterName=INPUT, optional=True
            )
        )
        add_method_parameters(self, with_method=False)
        add_zone_source_parameters(self, optional=True)
        self.addParameter(
            QgsProcessingParameterEnum(
                MISSING_ZONES,
                tr("When units are missing from the zones"),
                [tr("Fail"), tr("Leave them off the map and warn")],
                defaultValue=MISSING_FAIL,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                SIZE_FIELD,
                tr("Size field (employed residents; orders the centres)"),
                parentLayerParameterName=INPUT,
                optional=True,
            )
        )
        add_la_year_parameter(self)
        add_zone_field_parameters(self, with_name=False)
        add_region_outputs(self, tr("LA regions: units"), tr("LA regions: regions"), report=False)

    def run_algorithm(self, parameters, context, feedback) -> dict:
        choice = read_method(self, parameters, context, with_method=False)
        source = self.parameterAsSource(parameters, INPUT, context)
        if source is None:
            raise QgsProcessingException(tr("The indicator table (INPUT) could not be opened."))
        fields = {}
        for name, label in (
            (UNIT_FIELD, tr("unit field")),
            (DESTINATION_FIELD, tr("largest destination field")),
            (P1_FIELD, tr("p1 field")),
            (P2_FIELD, tr("p2 field")),
        ):
            value = self.parameterAsString(parameters, name, context)
            if not value:
                raise QgsProcessingException(tr("Choose the {label}.").format(label=label))
            fields[name] = value
        name_field = self.parameterAsString(parameters, NAME_FIELD, context) or None
        size_field = self.parameterAsString(parameters, SIZE_FIELD, context) or None
        columns = list(fields.values()) + [f for f in (name_field, size_field) if f]
        frame = read_columns(source, columns, feedback, tr("indicator table"))
        feedback.setProgress(20)
        partition = scb_regions_from_frame(
            frame,
            fields[UNIT_FIELD],
            fields[DESTINATION_FIELD],
            fields[P1_FIELD],
            fields[P2_FIELD],
            choice.centre_max_out,
            choice.centre_max_single,
            name_field=name_field,
            size_field=size_field,
            progress=lambda p: feedback.setProgress(20 + 0.5 * p),
            cancelled=feedback.isCanceled,
        )
        for message in partition.messages:
            feedback.pushInfo(message)

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

        out = partition.to_frame()
        centres: list[list[str]] = [[] for _ in range(partition.n_regions)]
        for unit, k, role in zip(
            partition.units.tolist(), partition.region.tolist(), partition.role.tolist()
        ):
            if k >= 0 and role == ROLE_CENTRE:
                centres[k].append(unit)
        regions = pd.DataFrame(
            {
                "region_id": partition.region_ids,
                "region_name": partition.region_names,
                "units": np.bincount(
                    partition.region[partition.region >= 0], minlength=partition.n_regions
                ),
                "centre": [",".join(c) for c in centres],
            }
        )
        out, regions = add_la_codes(self, parameters, context, feedback, partition, out, regions)
        if border is not None:
            regions = regions.join(region_border_areas(partition, border))
        geometries = colours = None
        if zones is not None:
            geometries = dissolve(zones, partition, feedback)
            colours = region_colours(geometries)
        feedback.setProgress(80)
        provenance = self.provenance(parameters, context)
        names = dict(zip(partition.region_ids, partition.region_names))
        dest, _ = write_frame(
            self,
            parameters,
            OUTPUT,
            context,
            feedback,
            out,
            ("unit_id", "region_id", "la_code", "region_name", "role"),
            zones,
        )
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
                names,
                tr("LA regions ({method}): units").format(method=method_label(choice)),
                tr("LA regions ({method})").format(method=method_label(choice)),
            ),
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
