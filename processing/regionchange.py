"""regionatlas:regionchange - region enlargement over time (regionförstoring)."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterMultipleLayers,
)

from ..i18n import number, tr
from ..regionatlas.commuting.odtable import ODTable
from ..regionatlas.commuting.regions import region_change
from ..regionatlas.commuting.regions.change import (
    inputs_by_year,
    year_from_name,
)
from ..regionatlas.commuting.regions.given_partition import partition_from_labels
from ..regionatlas.errors import InputError
from .base import RegionAtlasAlgorithm
from .charts import (
    add_report_parameter,
    write_report,
)
from .declare import add_enum, add_metadata_output, add_sink, add_text
from .region_outputs import write_frame
from .regionchange_help import help_text
from .regionchange_report import report_html
from .regions_common import (
    DESTINATION_FIELD,
    METADATA,
    METHOD_SCB,
    OUTPUT_REPORT,
    P1_FIELD,
    P2_FIELD,
    UNIT_FIELD,
    add_method_parameters,
    la_regions_from_table,
    read_method,
    run_method,
)
from .regions_help import method_source
from .sinks import style_on_load
from .table_input import read_columns
from .zone_input import (
    add_zone_source_parameters,
    read_zones,
)

INPUTS = "INPUTS"
INPUT_TYPE = "INPUT_TYPE"
YEARS = "YEARS"
YEAR_FIELD = "YEAR_FIELD"
REGION_FIELD = "REGION_FIELD"
SIZE_FIELD = "SIZE_FIELD"
ORIGIN_FIELD = "ORIGIN_FIELD"
COUNT_FIELD = "COUNT_FIELD"
OUTPUT_YEARS = "OUTPUT_YEARS"
OUTPUT_UNITS = "OUTPUT_UNITS"
OUTPUT_MATCHES = "OUTPUT_MATCHES"

#: INPUT_TYPE choices (order is public API).
TYPE_PARTITIONS, TYPE_OD, TYPE_INDICATORS = 0, 1, 2

CHANGE_STYLE = "region_change_units.qml"


class RegionChangeAlgorithm(RegionAtlasAlgorithm):
    NAME = "regionchange"
    GROUP_ID = "regions"
    ICON = "regionatlas.svg"
    help_text = staticmethod(help_text)

    def display_name(self) -> str:
        return tr("Region change over time (region enlargement)")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                INPUTS,
                tr("Inputs: partition, OD or indicator tables (two or more years)"),
                QgsProcessing.SourceType.TypeVector,
            )
        )
        add_enum(
            self,
            INPUT_TYPE,
            tr("Kind of input"),
            [
                tr("Partition tables (unit, region)"),
                tr("Commuting OD tables (run one method)"),
                tr("LA indicator tables (unit, largest destination, p1, p2)"),
            ],
            TYPE_PARTITIONS,
        )
        for name, label, default in (
            (YEARS, tr("Years (comma-separated; one per input without a year field)"), None),
            (YEAR_FIELD, tr("Year field"), None),
            (UNIT_FIELD, tr("Unit field"), "unit_id"),
            (REGION_FIELD, tr("Region field (partition tables)"), "region_id"),
            (SIZE_FIELD, tr("Size field (partition tables; employed residents)"), None),
            (ORIGIN_FIELD, tr("Origin field (OD tables)"), None),
            (DESTINATION_FIELD, tr("Destination field (OD or indicator tables)"), None),
            (COUNT_FIELD, tr("Count field (OD tables)"), None),
            (P1_FIELD, tr("p1 field (indicator tables)"), "p1"),
            (P2_FIELD, tr("p2 field (indicator tables)"), "p2"),
        ):
            add_text(self, name, label, default)
        add_method_parameters(self)
        add_zone_source_parameters(self, optional=True)
        add_sink(self, OUTPUT_YEARS, tr("Region change: years"), "table")
        add_sink(self, OUTPUT_UNITS, tr("Region change: units"))
        add_sink(self, OUTPUT_MATCHES, tr("Region change: matches"), "table")
        add_report_parameter(self)
        add_metadata_output(self)

    # -- inputs ------------------------------------------------------------------------------
    def _field(self, parameters, name, context, required_for: str | None) -> str | None:
        value = (self.parameterAsString(parameters, name, context) or "").strip()
        if not value and required_for:
            raise QgsProcessingException(
                tr("Give the {name} parameter: it is needed for {kind}.").format(
                    name=name, kind=required_for
                )
            )
        return value or None

    def _read_inputs(self, parameters, context, feedback, kind):
        layers = self.parameterAsLayerList(parameters, INPUTS, context)
        if not layers:
            raise QgsProcessingException(tr("Choose two or more input tables (INPUTS)."))
        kind_name = [tr("partition tables"), tr("OD tables"), tr("indicator tables")][kind]
        need = {
            TYPE_PARTITIONS: (UNIT_FIELD, REGION_FIELD),
            TYPE_OD: (ORIGIN_FIELD, DESTINATION_FIELD, COUNT_FIELD),
            TYPE_INDICATORS: (UNIT_FIELD, DESTINATION_FIELD, P1_FIELD, P2_FIELD),
        }[kind]
        fields = {name: self._field(parameters, name, context, kind_name) for name in need}
        if kind == TYPE_PARTITIONS:
            fields[SIZE_FIELD] = self._field(parameters, SIZE_FIELD, context, None)
        year_field = self._field(parameters, YEAR_FIELD, context, None)
        years_text = self._field(parameters, YEARS, context, None)
        years = [y.strip() for y in (years_text or "").split(",") if y.strip()]
        columns = [f for f in fields.values() if f] + ([year_field] if year_field else [])
        inputs = []
        for i, layer in enumerate(layers):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user."))
            label = layer.name() or layer.source()
            frame = read_columns(layer, columns, feedback, tr("input '{name}'").format(name=label))
            frame.index = pd.RangeIndex(1, len(frame) + 1)
            inputs.append((label, frame, year_from_name(layer.name(), layer.source())))
            feedback.setProgress(20.0 * (i + 1) / len(layers))
        return inputs_by_year(inputs, year_field, years), fields

    def _partition(self, kind, year, label, frame, fields, choice, feedback, start, end):
        where = tr("Input '{name}', year {year}").format(name=label, year=year)
        try:
            if kind == TYPE_PARTITIONS:
                size = fields.get(SIZE_FIELD)
                return partition_from_labels(
                    frame[fields[UNIT_FIELD]].tolist(),
                    frame[fields[REGION_FIELD]].tolist(),
                    residents=frame[size].tolist() if size else None,
                    unit_field=fields[UNIT_FIELD],
                    region_field=fields[REGION_FIELD],
                    size_field=size or "",
                )
            if kind == TYPE_OD:
                table = ODTable.from_records(
                    frame[fields[ORIGIN_FIELD]].tolist(),
                    frame[fields[DESTINATION_FIELD]].tolist(),
                    frame[fields[COUNT_FIELD]].tolist(),
                    origin_field=fields[ORIGIN_FIELD],
                    destination_field=fields[DESTINATION_FIELD],
                    count_field=fields[COUNT_FIELD],
                    row_numbers=frame.index.to_numpy(),
                )
                return run_method(table, choice, feedback, None, start, end)
            return la_regions_from_table(frame, fields, choice)
        except InputError as exc:
            raise InputError(f"{where}: {exc}") from None

    # -- run ---------------------------------------------------------------------------------
    def run_algorithm(self, parameters, context, feedback) -> dict:
        kind = self.parameterAsEnum(parameters, INPUT_TYPE, context)
        choice = read_method(self, parameters, context)
        inputs, fields = self._read_inputs(parameters, context, feedback, kind)
        zones = read_zones(self, parameters, context, feedback)
        partitions = {}
        step = 50.0 / len(inputs)
        for k, (year, label, frame) in enumerate(inputs):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user."))
            start = 20.0 + k * step
            part = self._partition(
                kind, year, label, frame, fields, choice, feedback, start, start + step
            )
            partitions[year] = part
            feedback.pushInfo(
                tr("{year}: {regions} regions of {units} units.").format(
                    year=year, regions=part.n_regions, units=part.n_units
                )
            )
            feedback.setProgress(start + step)
        change = region_change(partitions)
        per_year, per_unit, matches = change.per_year, change.per_unit, change.matches
        provenance = self.provenance(parameters, context)
        results = {}
        results[OUTPUT_YEARS], _ = write_frame(
            self,
            parameters,
            OUTPUT_YEARS,
            context,
            feedback,
            per_year,
            ("largest_region", "size_measure"),
            start=75,
        )
        region_cols = tuple(c for c in per_unit.columns if c.startswith("region_"))
        results[OUTPUT_UNITS], written = write_frame(
            self,
            parameters,
            OUTPUT_UNITS,
            context,
            feedback,
            per_unit,
            ("unit_id", *region_cols),
            zones,
            start=80,
        )
        style_on_load(
            context,
            results[OUTPUT_UNITS],
            CHANGE_STYLE if zones is not None else None,
            provenance,
            tr("Units that changed region"),
        )
        style_on_load(context, results[OUTPUT_YEARS], None, provenance, tr("Regions per year"))
        results[OUTPUT_MATCHES], _ = write_frame(
            self,
            parameters,
            OUTPUT_MATCHES,
            context,
            feedback,
            matches,
            ("region_to", "region_from"),
            start=90,
        )
        style_on_load(context, results[OUTPUT_MATCHES], None, provenance, tr("Region matches"))
        n_changed = int(per_unit["changed"].sum())
        feedback.pushInfo(
            tr("Regions per year: {counts}. {n} unit(s) changed region at least once.").format(
                counts=", ".join(f"{y}: {n}" for y, n in zip(per_year.year, per_year.regions)),
                n=number(n_changed),
            )
        )
        report = self.parameterAsFileOutput(parameters, OUTPUT_REPORT, context)
        if report:
            write_report(
                report,
                report_html(
                    self._method_section(kind, choice), kind, partitions, change, provenance
                ),
            )
            results[OUTPUT_REPORT] = report
        results[METADATA] = provenance
        feedback.setProgress(100)
        return results

    @staticmethod
    def _method_section(kind, choice) -> tuple | None:
        """(name, source, parameters) of the method that made the regions, None for given
        partitions."""
        if kind == TYPE_OD:
            return choice.name, choice.source, list(choice.used_parameters().items())
        if kind == TYPE_INDICATORS:
            used = [
                ("CENTRE_MAX_OUT", choice.centre_max_out),
                ("CENTRE_MAX_SINGLE", choice.centre_max_single),
            ]
            return None, method_source(METHOD_SCB), used
        return None
