"""Adapters of regionatlas:structureimage: QGIS layers -> plain data, plain data -> QGIS.

Nodes become dicts of plain values with (x, y) in the target CRS; the network becomes numpy
vertex arrays; polygons become shapely geometries grouped by region id. Nothing here decides
anything about the method: that is in ``regionatlas/structureimage``.
"""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsWkbTypes,
)

from ..regionatlas.ids import normalise_id
from .shapes import from_wkb
from .values import chosen_field
from .values import plain as _plain


def field_index(alg, source, parameters, name, context, label, required=False):
    """Index of the field chosen for parameter ``name``; None when not chosen."""
    return chosen_field(alg, parameters, name, context, source, label if required else None)[1]


def read_node_features(source, indexes: dict, target, context) -> list[dict]:
    """One dict per node feature with a geometry: fid, x, y and the plain values of the
    fields in ``indexes`` (key -> field index or None)."""
    transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
    nodes = []
    for feature in source.getFeatures():
        geom = feature.geometry()
        if geom is None or geom.isEmpty():
            continue
        if geom.type() != QgsWkbTypes.GeometryType.PointGeometry:
            geom = geom.pointOnSurface()
        geom = QgsGeometry(geom)
        if not transform.isShortCircuited():
            geom.transform(transform)
        point = geom.asPoint() if not geom.isMultipart() else geom.asMultiPoint()[0]
        attrs = feature.attributes()
        node = {"fid": feature.id(), "x": point.x(), "y": point.y()}
        for key, i in indexes.items():
            node[key] = None if i is None else _plain(attrs[i])
        nodes.append(node)
    return nodes


def read_lines(source, target, context) -> list[np.ndarray]:
    """Vertices (n, 2) of every part of every line of ``source`` in ``target``."""
    transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
    lines = []
    for feature in source.getFeatures():
        geom = QgsGeometry(feature.geometry())
        if geom.isEmpty():
            continue
        if not transform.isShortCircuited():
            geom.transform(transform)
        parts = geom.asMultiPolyline() if geom.isMultipart() else [geom.asPolyline()]
        for part in parts:
            if len(part) >= 2:
                lines.append(np.array([[p.x(), p.y()] for p in part]))
    return lines


def read_polygon_groups(source, target, context, key_index, name_index):
    """(key -> shapely polygons, key -> value of the name field or None): features grouped by
    the key field (each feature its own group without one), repaired and reprojected."""
    transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
    groups: dict[str, list] = {}
    names: dict[str, str] = {}
    request = QgsFeatureRequest().setInvalidGeometryCheck(
        QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
    )
    for feature in source.getFeatures(request):
        geom = QgsGeometry(feature.geometry())
        if geom.isEmpty():
            continue
        if not geom.isGeosValid():
            geom = geom.makeValid()
        if not transform.isShortCircuited():
            geom.transform(transform)
        attrs = feature.attributes()
        key = normalise_id(_plain(attrs[key_index])) if key_index is not None else None
        key = key if key is not None else str(feature.id())
        groups.setdefault(key, []).append(to_shapely(geom))
        if name_index is not None and key not in names:
            names[key] = normalise_id(_plain(attrs[name_index]))  # None when empty
    return groups, names


def to_shapely(geom: QgsGeometry):
    return shapely.force_2d(shapely.from_wkb(bytes(geom.asWkb())))


def from_shapely(geometry) -> QgsGeometry:
    return from_wkb(shapely.to_wkb(geometry))


def polyline(coords) -> QgsGeometry:
    return QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in coords])


def read_minute_polygons(source, target, context, minutes_index: int) -> list[tuple]:
    """``(row number, minutes, shapely geometry)`` of every polygon of ``source`` in
    ``target`` (row numbers from 1 in the layer's order, for messages)."""
    transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
    request = QgsFeatureRequest().setInvalidGeometryCheck(
        QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
    )
    rows = []
    for row, feature in enumerate(source.getFeatures(request), start=1):
        geom = QgsGeometry(feature.geometry())
        minutes = _plain(feature.attributes()[minutes_index])
        if geom.isEmpty():
            rows.append((row, minutes, None))
            continue
        if not transform.isShortCircuited():
            geom.transform(transform)
        rows.append((row, minutes, to_shapely(geom)))
    return rows
