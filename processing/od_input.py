"""Adapters: read OD tables from QGIS inputs for the core, and check their ids against zones.

Every commuting algorithm has the same public parameters (INPUT, ORIGIN_FIELD,
DESTINATION_FIELD, COUNT_FIELD, optional YEAR_FIELD + YEAR), accepts any table or layer,
including a plain CSV path that OGR opens with every field as text, and reports problems
with the row, the field and the id. The core (:class:`ODTable`) does the validation; this
module only moves values out of QGIS. Zone layers are read by ``zone_input`` (its names are
re-exported here for the adapters that import them from this module).
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..i18n import number, tr
from ..regionatlas.commuting.odcsv import rows_of_year
from ..regionatlas.commuting.odtable import ODTable
from ..regionatlas.errors import InputError
from .od_readers import read_csv_fast as _read_csv_fast
from .od_readers import read_features as _read_features
from .od_readers import read_ogr_arrow as _read_ogr_arrow
from .values import chosen_field
from .zone_input import Zones, _examples, add_zone_source_parameters

INPUT = "INPUT"
ORIGIN_FIELD = "ORIGIN_FIELD"
DESTINATION_FIELD = "DESTINATION_FIELD"
COUNT_FIELD = "COUNT_FIELD"
YEAR_FIELD = "YEAR_FIELD"
YEAR = "YEAR"
MISSING_ZONES = "MISSING_ZONES"

#: MISSING_ZONES choices (order is public API).
MISSING_FAIL, MISSING_DROP = 0, 1


def add_od_parameters(alg) -> None:
    """Declare INPUT and its field parameters on ``alg``."""
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            INPUT,
            tr("Commuting OD table (layer, table or CSV)"),
            [QgsProcessing.SourceType.TypeVector],
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            ORIGIN_FIELD, tr("Origin (home unit) field"), parentLayerParameterName=INPUT
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            DESTINATION_FIELD, tr("Destination (work unit) field"), parentLayerParameterName=INPUT
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            COUNT_FIELD, tr("Count field (employed persons)"), parentLayerParameterName=INPUT
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            YEAR_FIELD, tr("Year field"), parentLayerParameterName=INPUT, optional=True
        )
    )
    alg.addParameter(QgsProcessingParameterString(YEAR, tr("Year to use"), optional=True))


def add_zone_parameters(alg, optional: bool, point_allowed: bool = False) -> None:
    """Declare ZONES, ZONES_ID_FIELD and MISSING_ZONES."""
    add_zone_source_parameters(alg, optional, point_allowed)
    alg.addParameter(
        QgsProcessingParameterEnum(
            MISSING_ZONES,
            tr("When OD ids are missing from the zones"),
            [tr("Fail"), tr("Drop those flows and warn")],
            defaultValue=MISSING_FAIL,
        )
    )


def read_od(
    alg, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> ODTable:
    """Read and validate the OD table named by INPUT and the field parameters."""
    source = alg.parameterAsSource(parameters, INPUT, context)
    if source is None:
        raise QgsProcessingException(tr("The OD table (INPUT) could not be opened."))
    origin, destination, count = (
        chosen_field(alg, parameters, name, context, source, label)[0]
        for name, label in (
            (ORIGIN_FIELD, tr("origin field")),
            (DESTINATION_FIELD, tr("destination field")),
            (COUNT_FIELD, tr("count field")),
        )
    )
    year_field = chosen_field(alg, parameters, YEAR_FIELD, context, source)[0]
    year = alg.parameterAsString(parameters, YEAR, context).strip() if YEAR in parameters else ""
    if year and not year_field:
        raise QgsProcessingException(
            tr("A year was given but no year field: choose the year field.")
        )

    names = [origin, destination, count] + ([year_field] if year_field else [])
    columns = _read_csv_fast(parameters.get(INPUT), names, feedback)
    if columns is None:
        columns = _read_ogr_arrow(alg, parameters, context, names, feedback)
    if columns is None:
        columns = _read_features(source, names, feedback)
    feedback.setProgress(40)
    rows = np.arange(1, len(columns[0]) + 1)
    if year_field:
        columns, rows = rows_of_year(columns, year_field, year, rows)
    table = ODTable.from_records(
        columns[0],
        columns[1],
        columns[2],
        origin_field=origin,
        destination_field=destination,
        count_field=count,
        row_numbers=rows,
    )
    for message in table.messages:
        feedback.pushInfo(message)
    feedback.pushInfo(
        tr("OD table: {rows} rows, {units} units, {flows} flows, {total} persons.").format(
            rows=number(len(rows)),
            units=number(table.n),
            flows=number(table.nnz),
            total=number(table.total),
        )
    )
    return table


def drop_missing_ids(
    table: ODTable,
    known,
    field: str,
    policy: int,
    feedback: QgsProcessingFeedback,
    texts: tuple[str, str, str],
    empty_error: type[Exception] = QgsProcessingException,
) -> ODTable:
    """Ids of the OD table that are not in ``known``: fail, or drop their flows and warn.

    ``texts`` are translated: which ids are missing from ``field`` (with ``{n}``, ``{field}``,
    ``{ids}`` and ``{persons}``), the hint added when the policy is MISSING_FAIL, and the
    ``empty_error`` raised when no flow remains after dropping.
    """
    missing, is_missing, lost = table.unknown_units(known)
    if not missing:
        return table
    missing_text, hint, none_left = texts
    text = missing_text.format(
        n=number(len(missing)), field=field, ids=_examples(missing), persons=number(lost)
    )
    if policy == MISSING_FAIL:
        raise QgsProcessingException(text + " " + hint)
    feedback.pushWarning(text + " " + tr("Those flows were dropped."))
    sub = table.restricted_to(~is_missing)
    if sub.nnz == 0:
        raise empty_error(none_left)
    return sub


def check_od_against_zones(
    table: ODTable, zones: Zones, policy: int, feedback: QgsProcessingFeedback
) -> ODTable:
    """Ids of the OD table that are not zones: fail, or drop their flows and warn."""
    texts = (
        tr(
            "{n} id(s) of the OD table are not in the zones' field '{field}': {ids} "
            "({persons} persons in their flows)."
        ),
        tr("Check the id fields (leading zeros?) or choose 'Drop those flows and warn'."),
        tr("No flows remain after dropping the ids missing from the zones."),
    )
    return drop_missing_ids(
        table, set(zones.features), zones.id_field, policy, feedback, texts, InputError
    )
