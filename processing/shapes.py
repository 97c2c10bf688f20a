"""Adapters: QGIS geometries as plain coordinates and shapely shapes for the core."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import QgsGeometry, QgsWkbTypes


def points_xy(geometries, transform=None) -> np.ndarray:
    """(n, 2) coordinates of each geometry's point (a point on the surface of lines and
    polygons), transformed by ``transform`` when given; NaN for a missing or empty one."""
    xy = []
    for geom in geometries:
        if geom is None or geom.isEmpty():
            xy.append((np.nan, np.nan))
            continue
        point = QgsGeometry(geom)
        if QgsWkbTypes.geometryType(point.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
            point = point.pointOnSurface()
        if transform is not None:
            point.transform(transform)
        p = point.asPoint()
        xy.append((p.x(), p.y()))
    return np.array(xy, dtype=float).reshape(-1, 2)


def shapely_shapes(geometries) -> list:
    """Each geometry as a shapely shape (an empty polygon for a missing or empty one)."""
    return [
        shapely.from_wkb(bytes(g.asWkb()))
        if g is not None and not g.isEmpty()
        else shapely.Polygon()
        for g in geometries
    ]


def from_wkb(wkb: bytes, multi: bool = False) -> QgsGeometry:
    """A QGIS geometry from WKB (a shapely shape's ``.wkb``, a stored copy); ``multi``: as its
    multi type."""
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    if multi:
        geometry.convertToMultiType()
    return geometry
