"""Service areas in the structure image as non-overlapping time bands (no QGIS)."""

from __future__ import annotations

import pytest
import shapely
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.structureimage import service_area_bands
from shapely.geometry import box


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


def test_closing_fills_the_holes_of_a_road_lace_and_keeps_the_bands_nested():
    # a 10-minute lace: a grid of 0.5-wide roads 4 apart; the 20-minute area a wider square
    roads = [box(x, 0, x + 0.5, 16.5) for x in range(0, 17, 4)]
    roads += [box(0, y, 16.5, y + 0.5) for y in range(0, 17, 4)]
    rows = [(k, 10, g) for k, g in enumerate(roads, start=1)] + [(99, 20, box(-4, -4, 20, 20))]
    open_bands = dict(service_area_bands(rows))
    closed = dict(service_area_bands(rows, closing=2.5))
    assert open_bands[10].area < 0.3 * 16.5**2  # the lace
    assert closed[10].area == pytest.approx(16.5**2, rel=0.01)  # filled, edge kept
    assert closed[10].buffer(-0.01).within(box(0, 0, 16.5, 16.5))
    assert closed[10].intersection(closed[20]).area == pytest.approx(0, abs=1e-6)
    assert closed[20].area == pytest.approx(24**2 - closed[10].area, rel=0.01)
