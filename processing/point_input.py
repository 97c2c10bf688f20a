"""Adapters shared by the accessibility algorithms: the points on the road network.

Declares a point layer and its id field (public API: ORIGINS, ORIGINS_ID_FIELD, DESTINATIONS,
DESTINATIONS_ID_FIELD), reads each feature's point (polygons by their point on surface) in the
network's CRS with its id, weight and category, and lets the core (``locate``) join them to
the network and check them.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ..i18n import tr
from ..regionatlas.accessibility import locate
from ..regionatlas.accessibility.points import point_weights
from ..regionatlas.ids import example_list, normalise_id
from .network_input import CONNECTOR_SPEED, MAX_SNAP
from .values import chosen_field, unchecked_features
from .values import plain as _plain

ORIGINS = "ORIGINS"
ORIGINS_ID_FIELD = "ORIGINS_ID_FIELD"
DESTINATIONS = "DESTINATIONS"
DESTINATIONS_ID_FIELD = "DESTINATIONS_ID_FIELD"


def add_point_parameters(alg, name: str, id_name: str, label: str, id_label: str) -> None:
    """Declare a point layer (points or polygons) and its id field."""
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            name,
            label,
            [
                QgsProcessing.SourceType.TypeVectorPoint,
                QgsProcessing.SourceType.TypeVectorPolygon,
            ],
        )
    )
    alg.addParameter(QgsProcessingParameterField(id_name, id_label, parentLayerParameterName=name))


def read_points(
    alg,
    parameters: dict,
    name: str,
    id_name: str,
    context,
    feedback,
    network,
    network_crs,
    weight_name: str | None = None,
    category_name: str | None = None,
):
    """Located points of layer ``name`` (polygons by their point on surface), reprojected to
    the network's CRS when needed (and said so). Returns (Located, {id: QgsGeometry})."""
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    id_field = alg.parameterAsString(parameters, id_name, context)
    if not id_field:
        raise QgsProcessingException(tr("Choose the id field ({name}).").format(name=id_name))
    id_i = chosen_field(alg, parameters, id_name, context, source)[1]
    weight_i = (
        chosen_field(alg, parameters, weight_name, context, source)[1] if weight_name else None
    )
    cat_i = (
        chosen_field(alg, parameters, category_name, context, source)[1] if category_name else None
    )
    transform = None
    if network_crs.isValid() and source.sourceCrs().isValid() and source.sourceCrs() != network_crs:
        transform = QgsCoordinateTransform(
            source.sourceCrs(), network_crs, context.transformContext()
        )
        feedback.pushInfo(
            tr(
                "{name} is in {source}; its points were reprojected to the network's {target}."
            ).format(name=name, source=source.sourceCrs().authid(), target=network_crs.authid())
        )
    ids, xy, weights, cats, geoms, no_geometry = [], [], [], [], {}, []
    is_point = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    for feature in unchecked_features(source):
        attributes = feature.attributes()
        key = normalise_id(_plain(attributes[id_i]))
        if key is None:
            raise QgsProcessingException(
                tr("{name}: feature {fid} has no value in '{field}'.").format(
                    name=name, fid=feature.id(), field=id_field
                )
            )
        geom = feature.geometry()
        point = None
        if geom is not None and not geom.isEmpty():
            point = QgsGeometry(geom) if is_point else geom.pointOnSurface()
            if transform is not None:
                point.transform(transform)
            if point.isMultipart():
                point = QgsGeometry.fromPointXY(point.asMultiPoint()[0])
        if point is None or point.isEmpty():
            no_geometry.append(key)
            xy.append((np.nan, np.nan))
        else:
            p = point.asPoint()
            xy.append((p.x(), p.y()))
            geoms[key] = point
        ids.append(key)
        if weight_i is not None:
            weights.append(_plain(attributes[weight_i]))
        if cat_i is not None:
            value = normalise_id(_plain(attributes[cat_i]))
            if value is None:
                raise QgsProcessingException(
                    tr("{name}: feature '{id}' has no category in '{field}'.").format(
                        name=name,
                        id=key,
                        field=alg.parameterAsString(parameters, category_name, context),
                    )
                )
            cats.append(value)
    if no_geometry:
        feedback.pushWarning(
            tr("{name}: {n} feature(s) have no geometry: {ids}.").format(
                name=name, n=len(no_geometry), ids=example_list(no_geometry)
            )
        )
    located = locate(
        network,
        ids,
        np.array(xy, dtype=float).reshape(-1, 2),
        alg.parameterAsDouble(parameters, CONNECTOR_SPEED, context),
        alg.parameterAsDouble(parameters, MAX_SNAP, context),
        what=name,
        weight=point_weights(weights) if weight_i is not None else None,
        category=cats if cat_i is not None else None,
    )
    off = located.off_network_ids
    if off:
        feedback.pushWarning(
            tr(
                "{name}: {n} of {total} point(s) are farther than MAX_SNAP from the network (or "
                "have no geometry) and get no travel times: {ids}."
            ).format(name=name, n=len(off), total=len(ids), ids=example_list(off))
        )
    return located, geoms
