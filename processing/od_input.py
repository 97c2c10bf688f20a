"""Adapters: read OD tables and zone layers from QGIS inputs for the core.

Every commuting algorithm has the same public parameters (INPUT, ORIGIN_FIELD,
DESTINATION_FIELD, COUNT_FIELD, optional YEAR_FIELD + YEAR), accepts any table or layer,
including a plain CSV path that OGR opens with every field as text, and reports problems
with the row, the field and the id. The core (:class:`ODTable`) does the validation; this
module only moves values out of QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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

from ..i18n import tr
from ..regionatlas.commuting.odtable import MAX_EXAMPLES, ODTable
from ..regionatlas.errors import InputError
from ..regionatlas.ids import normalise_id

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


def add_zone_parameters(alg, optional: bool, point_allowed: bool = False) -> None:
    """Declare ZONES, ZONES_ID_FIELD and MISSING_ZONES."""
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
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(names, source.fields())
    idx = [source.fields().lookupField(n) for n in names]
    origins, destinations, counts, rows = [], [], [], []
    years_seen: set[str] = set()
    total = source.featureCount() or 1
    for k, feature in enumerate(source.getFeatures(request), start=1):
        if k % 50000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user."))
            feedback.setProgress(min(40.0, 40.0 * k / total))
        attrs = feature.attributes()
        if year_field:
            y = normalise_id(_plain(attrs[idx[3]]))
            years_seen.add(y)
            if year and y != year:
                continue
        origins.append(_plain(attrs[idx[0]]))
        destinations.append(_plain(attrs[idx[1]]))
        counts.append(_plain(attrs[idx[2]]))
        rows.append(k)
    if year_field and not year:
        years = sorted(y for y in years_seen if y is not None)
        if len(years) > 1:
            raise QgsProcessingException(
                tr("The table holds several years ({years}): choose one in 'Year to use'.").format(
                    years=", ".join(years)
                )
            )
    if year and not rows:
        raise QgsProcessingException(
            tr("No row has year {year} in field '{field}'. Years present: {years}.").format(
                year=year, field=year_field, years=", ".join(sorted(y for y in years_seen if y))
            )
        )
    table = ODTable.from_records(
        origins,
        destinations,
        counts,
        origin_field=origin,
        destination_field=destination,
        count_field=count,
        row_numbers=rows,
    )
    for message in table.messages:
        feedback.pushInfo(message)
    feedback.pushInfo(
        tr("OD table: {rows} rows, {units} units, {flows} flows, {total} persons.").format(
            rows=len(rows), units=table.n, flows=table.nnz, total=f"{table.total:,.0f}"
        )
    )
    return table


def _plain(value):
    """QVariant NULL -> None; everything else unchanged."""
    try:
        from qgis.PyQt.QtCore import QVariant

        if isinstance(value, QVariant) and value.isNull():
            return None
    except ImportError:  # pragma: no cover
        pass
    if value is None:
        return None
    if hasattr(value, "isNull") and callable(value.isNull) and value.isNull():
        return None
    return value


@dataclass
class Zones:
    """Zone features keyed by id (text): geometry (repaired) and attributes."""

    crs: QgsCoordinateReferenceSystem
    geometry: dict[str, QgsGeometry] = field(default_factory=dict)
    features: dict[str, object] = field(default_factory=dict)
    fields: object = None
    id_field: str = ""
    is_point: bool = False


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
    id_index = source.fields().lookupField(id_field)
    if id_index < 0:
        raise QgsProcessingException(
            tr("The zones have no field '{field}'. Their fields are: {names}.").format(
                field=id_field, names=", ".join(source.fields().names())
            )
        )
    zones = Zones(crs=source.sourceCrs(), fields=source.fields(), id_field=id_field)
    zones.is_point = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PointGeometry
    repaired, duplicates, empty = [], [], []
    # Read without QGIS's own invalid-geometry check: we repair and report ourselves.
    request = QgsFeatureRequest().setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    flags = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    for feature in source.getFeatures(request, flags):
        key = normalise_id(_plain(feature.attributes()[id_index]))
        if key is None:
            raise QgsProcessingException(
                tr("A zone (feature id {fid}) has no value in '{field}'.").format(
                    fid=feature.id(), field=id_field
                )
            )
        if key in zones.features:
            duplicates.append(key)
            continue
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
    if duplicates:
        raise QgsProcessingException(
            tr("Zone ids must be unique; these occur more than once in '{field}': {ids}.").format(
                field=id_field, ids=_examples(duplicates)
            )
        )
    if repaired:
        feedback.pushWarning(
            tr("{n} invalid zone geometries were repaired (makeValid): {ids}.").format(
                n=len(repaired), ids=_examples(repaired)
            )
        )
    if empty:
        feedback.pushWarning(
            tr("{n} zones have no geometry and get no lines: {ids}.").format(
                n=len(empty), ids=_examples(empty)
            )
        )
    return zones


def _examples(ids: list[str]) -> str:
    shown = ", ".join(ids[:MAX_EXAMPLES])
    return shown + (
        tr(" and {n} more").format(n=len(ids) - MAX_EXAMPLES) if len(ids) > MAX_EXAMPLES else ""
    )


def check_od_against_zones(
    table: ODTable, zones: Zones, policy: int, feedback: QgsProcessingFeedback
) -> ODTable:
    """Ids of the OD table that are not zones: fail, or drop their flows and warn."""
    known = set(zones.features)
    missing = [u for u in table.units if u not in known]
    if not missing:
        return table
    import numpy as np

    r, c, v = table.coo()
    is_missing = np.isin(table.units, np.array(missing, dtype=object))
    lost = float(v[is_missing[r] | is_missing[c]].sum())
    text = tr(
        "{n} id(s) of the OD table are not in the zones' field '{field}': {ids} "
        "({persons} persons in their flows)."
    ).format(n=len(missing), field=zones.id_field, ids=_examples(missing), persons=f"{lost:,.0f}")
    if policy == MISSING_FAIL:
        raise QgsProcessingException(
            text
            + " "
            + tr("Check the id fields (leading zeros?) or choose 'Drop those flows and warn'.")
        )
    feedback.pushWarning(text + " " + tr("Those flows were dropped."))
    sub = table.restricted_to(~is_missing)
    if sub.nnz == 0:
        raise InputError(tr("No flows remain after dropping the ids missing from the zones."))
    return sub


def transform_to(zones: Zones, target: QgsCoordinateReferenceSystem, context) -> None:
    """Reproject the zone geometries in place."""
    transform = QgsCoordinateTransform(zones.crs, target, context.transformContext())
    for key, geom in zones.geometry.items():
        g = QgsGeometry(geom)
        g.transform(transform)
        zones.geometry[key] = g
    zones.crs = target
