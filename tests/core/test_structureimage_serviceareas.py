"""Service areas in the structure image as non-overlapping time bands (no QGIS)."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import box

from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.structureimage import service_area_bands


def test_bands_are_the_area_first_reached_within_each_threshold():
    # Two destinations, nested isochrones each; the 20-minute areas overlap each other and
    # the other destination's 10-minute area.
    rows = [
        (1, 20.0, box(0, 0, 4, 4)),
        (2, 10.0, box(1, 1, 2, 2)),
        (3, 20.0, box(3, 0, 7, 4)),
        (4, 10.0, box(5, 1, 6, 2)),
        (5, 10.0, box(3.5, 1, 4.5, 2)),  # a third destination, inside both 20-minute areas
    ]
    bands = service_area_bands(rows)
    assert [m for m, _ in bands] == [10.0, 20.0]
    within_10, band_20 = bands[0][1], bands[1][1]
    assert within_10.area == pytest.approx(3.0)
    assert band_20.area == pytest.approx(7 * 4 - 3.0)  # the union minus the 10-minute area
    assert shapely.intersection(within_10, band_20).area == pytest.approx(0.0)
    assert shapely.union(within_10, band_20).equals(box(0, 0, 7, 4))
    assert all(g.geom_type == "MultiPolygon" for _, g in bands)


def test_a_band_wholly_inside_a_smaller_one_is_left_out():
    rows = [(1, 10.0, box(0, 0, 2, 2)), (2, 30.0, box(0, 0, 1, 1))]
    assert [m for m, _ in service_area_bands(rows)] == [10.0]


@pytest.mark.parametrize("value", [None, "tio", 0, -5, float("nan")])
def test_minutes_must_be_positive_numbers(value):
    with pytest.raises(InputError) as info:
        service_area_bands([(1, 10, box(0, 0, 1, 1)), (2, value, box(0, 0, 2, 2))])
    assert "feature 2" in str(info.value) and "minutes" in str(info.value)
