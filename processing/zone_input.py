"""Adapters: zone layers and other features keyed by an id field, read from QGIS for the core.

Ids are the normalised text of the id field ("0114" keeps its zero); a feature without an id
or a repeated id is refused with the field and the ids; invalid zone geometries are repaired
(makeValid) and reported. Used by the commuting, settlement and accessibility adapters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ..i18n import tr
from ..regionatlas.commuting.odtable import MAX_EXAMPLES
from ..regionatlas.ids import normalise_id
from .values import id_field_index, unchecked_features
from .values import plain as _plain

ZONES = "ZONES"
ZONES_ID_FIELD = "ZONES_ID_FIELD"


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


@dataclass
class Zones:
    """Zone features keyed by id (text): geometry (repaired) and attributes."""

    crs: QgsCoordinateReferenceSystem
    geometry: dict[str, QgsGeometry] = field(default_factory=dict)
    features: dict[str, object] = field(default_factory=dict)
    fields: object = None
    id_field: str = ""
    is_point: bool = False


def features_by_id(source, id_index: int, id_field: str, no_value: str, not_unique: str):
    """(id, feature) for each feature of ``source``, the id being the normalised text of field
    ``id_index``. QGIS's own invalid-geometry check is off: the callers repair and report.

    Raises ``no_value`` (translated, with ``{fid}`` and ``{field}``) for a feature without an
    id, and after the last feature ``not_unique`` (with ``{field}`` and ``{ids}``) when ids
    repeat (only the first feature of each id is yielded).
    """
    seen, duplicates = set(), []
    for feature in unchecked_features(source):
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


def transform_to(zones: Zones, target: QgsCoordinateReferenceSystem, context) -> None:
    """Reproject the zone geometries in place."""
    transform = QgsCoordinateTransform(zones.crs, target, context.transformContext())
    for key, geom in zones.geometry.items():
        g = QgsGeometry(geom)
        g.transform(transform)
        zones.geometry[key] = g
    zones.crs = target


def reproject_zones(zones: Zones, target: QgsCoordinateReferenceSystem, context, feedback) -> None:
    """Reproject the zone geometries in place to ``target`` when both CRSs are known and
    differ, and say so."""
    if target.isValid() and zones.crs.isValid() and zones.crs != target:
        feedback.pushInfo(
            tr("The zones were reprojected from {source} to the network's {target}.").format(
                source=zones.crs.authid(), target=target.authid()
            )
        )
        transform_to(zones, target, context)
