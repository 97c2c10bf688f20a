"""Adapters: read OD tables and zone layers from QGIS inputs for the core.

Every commuting algorithm has the same public parameters (INPUT, ORIGIN_FIELD,
DESTINATION_FIELD, COUNT_FIELD, optional YEAR_FIELD + YEAR), accepts any table or layer,
including a plain CSV path that OGR opens with every field as text, and reports problems
with the row, the field and the id. The core (:class:`ODTable`) does the validation; this
module only moves values out of QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..i18n import number, tr
from ..regionatlas.commuting.odcsv import rows_of_year
from ..regionatlas.commuting.odtable import MAX_EXAMPLES, ODTable
from ..regionatlas.errors import InputError
from ..regionatlas.ids import normalise_id
from .od_readers import read_csv_fast as _read_csv_fast
from .od_readers import read_features as _read_features
from .od_readers import read_ogr_arrow as _read_ogr_arrow
from .values import plain as _plain

INPUT = "INPUT"
ORIGIN_FIELD = "ORIGIN_FIELD"
DESTINATION_FIELD = "DESTINATION_FIELD"
COUNT_FIELD = "COUNT_FIELD"
YEAR_FIELD = "YEAR_FIELD"
YEAR = "YEAR"
ZONES = "ZONES"
ZONES_ID_FIELD = "ZONES_ID_FIELD"
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


def add_zone_source_parameters(alg, optional: bool, point_allowed: bool = False) -> None:
    """Declare ZONES and ZONES_ID_FIELD."""
    types = [QgsProcessing.SourceType.TypeVectorPolygon]
    if point_allowed:
        types.append(QgsProcessing.SourceType.TypeVectorPoint)
    alg.addParameter(
        QgsProcessingParameterFeatureSource(ZONES, tr("Zones (units)"), types, optional=optional)
    )
    alg.addParameter(
        QgsProcessingParameterField(
            ZONES_ID_FIELD, tr("Zone id field"), parentLayerParameterName=ZONES, optional=optional
        )
    )


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


def _field_name(alg, parameters, name: str, context, source, label: str, required: bool = True):
    value = alg.parameterAsString(parameters, name, context)
    if not value:
        if required:
            raise QgsProcessingException(tr("Choose the {label}.").format(label=label))
        return None
    if source.fields().lookupField(value) < 0:
        names = ", ".join(source.fields().names())
        raise QgsProcessingException(
            tr("The OD table has no field '{field}' ({label}). Its fields are: {names}.").format(
                field=value, label=label, names=names
            )
        )
    return value


def read_od(
    alg, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> ODTable:
    """Read and validate the OD table named by INPUT and the field parameters."""
    source = alg.parameterAsSource(parameters, INPUT, context)
    if source is None:
        raise QgsProcessingException(tr("The OD table (INPUT) could not be opened."))
    origin = _field_name(alg, parameters, ORIGIN_FIELD, context, source, tr("origin field"))
    destination = _field_name(
        alg, parameters, DESTINATION_FIELD, context, source, tr("destination field")
    )
    count = _field_name(alg, parameters, COUNT_FIELD, context, source, tr("count field"))
    year_field = _field_name(
        alg, parameters, YEAR_FIELD, context, source, tr("year field"), required=False
    )
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


@dataclass
class Zones:
    """Zone features keyed by id (text): geometry (repaired) and attributes."""

    crs: QgsCoordinateReferenceSystem
    geometry: dict[str, QgsGeometry] = field(default_factory=dict)
    features: dict[str, object] = field(default_factory=dict)
    fields: object = None
    id_field: str = ""
    is_point: bool = False


def id_field_index(source, id_field: str, no_field: str) -> int:
    """Index of ``id_field`` in ``source``; raises ``no_field`` (translated, with ``{field}``
    and ``{names}``) when the layer has no such field."""
    index = source.fields().lookupField(id_field)
    if index < 0:
        raise QgsProcessingException(
            no_field.format(field=id_field, names=", ".join(source.fields().names()))
        )
    return index


def features_by_id(source, id_index: int, id_field: str, no_value: str, not_unique: str):
    """(id, feature) for each feature of ``source``, the id being the normalised text of field
    ``id_index``. QGIS's own invalid-geometry check is off: the callers repair and report.

    Raises ``no_value`` (translated, with ``{fid}`` and ``{field}``) for a feature without an
    id, and after the last feature ``not_unique`` (with ``{field}`` and ``{ids}``) when ids
    repeat (only the first feature of each id is yielded).
    """
    seen, duplicates = set(), []
    request = QgsFeatureRequest().setInvalidGeometryCheck(
        QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
    )
    flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
    for feature in source.getFeatures(request, flags):
        key = normalise_id(_plain(feature.attributes()[id_index]))
        if key is None:
            raise QgsProcessingException(no_value.format(fid=feature.id(), field=id_field))
        if key in seen:
            duplicates.append(key)
            continue
        seen.add(key)
        yield key, feature
    if duplicates:
        raise QgsProcessingException(not_unique.format(field=id_field, ids=_examples(duplicates)))


def read_zones(
    alg, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> Zones | None:
    """Read ZONES keyed by ZONES_ID_FIELD; repair invalid geometries and say so."""
    source = alg.parameterAsSource(parameters, ZONES, context)
    if source is None:
        return None
    id_field = alg.parameterAsString(parameters, ZONES_ID_FIELD, context)
    if not id_field:
        raise QgsProcessingException(tr("Choose the zone id field (ZONES_ID_FIELD)."))
    id_index = id_field_index(
        source, id_field, tr("The zones have no field '{field}'. Their fields are: {names}.")
    )
    zones = Zones(crs=source.sourceCrs(), fields=source.fields(), id_field=id_field)
    zones.is_point = (
        QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    )
    repaired, empty = [], []
    for key, feature in features_by_id(
        source,
        id_index,
        id_field,
        tr("A zone (feature id {fid}) has no value in '{field}'."),
        tr("Zone ids must be unique; these occur more than once in '{field}': {ids}."),
    ):
        geom = feature.geometry()
        if geom is None or geom.isEmpty():
            empty.append(key)
        elif not geom.isGeosValid():
            fixed = geom.makeValid()
            if fixed.isEmpty():
                raise QgsProcessingException(
                    tr("Zone '{id}' has an invalid geometry that could not be repaired.").format(
                        id=key
                    )
                )
            geom = fixed
            repaired.append(key)
        zones.geometry[key] = geom
        zones.features[key] = feature
    if repaired:
        message = (
            tr("1 invalid zone geometry was repaired (makeValid): {ids}.")
            if len(repaired) == 1
            else tr("{n} invalid zone geometries were repaired (makeValid): {ids}.")
        )
        feedback.pushWarning(message.format(n=len(repaired), ids=_examples(repaired)))
    if empty:
        feedback.pushWarning(
            (
                tr("1 zone has no geometry and gets no lines: {ids}.")
                if len(empty) == 1
                else tr("{n} zones have no geometry and get no lines: {ids}.")
            ).format(n=len(empty), ids=_examples(empty))
        )
    return zones


def _examples(ids: list[str]) -> str:
    shown = ", ".join(ids[:MAX_EXAMPLES])
    return shown + (
        tr(" and {n} more").format(n=len(ids) - MAX_EXAMPLES) if len(ids) > MAX_EXAMPLES else ""
    )


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


def transform_to(zones: Zones, target: QgsCoordinateReferenceSystem, context) -> None:
    """Reproject the zone geometries in place."""
    transform = QgsCoordinateTransform(zones.crs, target, context.transformContext())
    for key, geom in zones.geometry.items():
        g = QgsGeometry(geom)
        g.transform(transform)
        zones.geometry[key] = g
    zones.crs = target
