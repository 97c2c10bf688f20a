"""Rules moved out of the accessibility adapters (issue 11): point weights, the zone figures
and the column the zone map is coloured by (no QGIS)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from RegionAtlas.regionatlas.accessibility.points import point_weights
from RegionAtlas.regionatlas.accessibility.zones import zone_figures, zone_map_column


def test_point_weights_numbers_numeric_text_and_what_is_not_a_number():
    weights = point_weights([3, "4.5", None, "many", 0.0, "-2"])
    assert weights[:2].tolist() == [3.0, 4.5]
    assert np.isnan(weights[2]) and np.isnan(weights[3])
    assert weights[4:].tolist() == [0.0, -2.0]
    assert point_weights([]).shape == (0,)


def test_zone_figures_place_origins_count_those_outside_and_weigh_by_one_without_population():
    squares = [shapely.box(0, 0, 10, 10), shapely.box(10, 0, 20, 10)]
    xy = np.array([[1.0, 1.0], [2.0, 2.0], [15.0, 5.0], [50.0, 50.0], [np.nan, np.nan]])
    minutes = {"shop": np.array([2.0, 8.0, 12.0, 1.0, 1.0])}
    frame, outside = zone_figures(xy, squares, ["0114", "0115"], None, minutes, (5, 10))
    assert outside == 2
    by_zone = frame.set_index("zone_id")
    assert by_zone.loc["0114", "population"] == 2  # each origin counts 1
    assert by_zone.loc["0115", "population"] == 1
    assert by_zone.loc["0114", "mean_shop"] == pytest.approx(5.0)
    assert by_zone.loc["0114", "within_shop_5"] == pytest.approx(50.0)
    assert by_zone.loc["0115", "within_shop_10"] == pytest.approx(0.0)
    weighted, _ = zone_figures(xy, squares, ["0114", "0115"], np.array([1, 3, 1, 1, 1.0]),
                               minutes, (5, 10))  # fmt: skip
    assert weighted.set_index("zone_id").loc["0114", "mean_shop"] == pytest.approx(6.5)


@pytest.mark.parametrize(
    "columns, bands, expected",
    [
        (["zone_id", "within_shop_5", "within_shop_10", "within_shop_30"], (5, 10, 30),
         "within_shop_10"),
        (["zone_id", "within_shop_7_5", "within_shop_15"], (7.5, 15), "within_shop_15"),
        (["zone_id", "within_shop_20"], (20,), "within_shop_20"),
        (["zone_id", "within_a_5", "within_b_5"], (5, 10), "within_a_5"),
        (["zone_id", "avg_cum_shop_30"], (5, 10), None),
    ],
)  # fmt: skip
def test_zone_map_column_is_the_share_within_the_second_bound(columns, bands, expected):
    assert zone_map_column(columns, bands) == expected


def test_median_minutes_of_the_pairs():
    from RegionAtlas.regionatlas.accessibility.measures import median_minutes

    assert median_minutes(np.array([3.0, 1.0, 10.0, 4.0])) == 3.5
    assert median_minutes(np.array([])) == 0.0
