"""The geometry family of a layer of noted features (no QGIS)."""

from __future__ import annotations

import shapely
from RegionAtlas.regionatlas.notes.output_geometry import MIXED, output_family


def _wkb(geometry) -> bytes:
    return shapely.to_wkb(geometry)


def test_one_family_mixed_families_and_none():
    point, multipoint = shapely.Point(1, 2), shapely.MultiPoint([(0, 0), (1, 1)])
    line = shapely.LineString([(0, 0), (1, 1)])
    square = shapely.box(0, 0, 1, 1)
    assert output_family([_wkb(point), _wkb(multipoint), None]) == "point"
    assert output_family([_wkb(line), _wkb(shapely.MultiLineString([line]))]) == "line"
    assert output_family([_wkb(square), None, b""]) == "polygon"
    assert output_family([_wkb(square), _wkb(point)]) == MIXED
    assert output_family([None, b""]) is None
    assert output_family([]) is None
    assert output_family([_wkb(shapely.GeometryCollection([point]))]) is None
