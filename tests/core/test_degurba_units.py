"""regionatlas.settlement.degurba_units: units classified on grids read with nodata as NaN."""

from __future__ import annotations

import numpy as np
import pytest
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.settlement.degurba_units import classify_units_on_grid

NAN = np.nan


def test_units_keep_their_order_and_unclassified_units_are_listed():
    classes = np.array([[30.0, 30.0, 11.0], [11.0, 11.0, NAN]])
    units = np.array([[1, 1, 0], [0, 0, -1]])  # unit "c" covers no cell; nodata outside
    pop = np.array([[100.0, 200.0, 5.0], [1.0, 1.0, NAN]])
    result = classify_units_on_grid(classes, units, pop, ["0114", "0115", "c"], level=1)
    assert result.table["unit_id"].tolist() == ["0114", "0115", "c"]
    assert result.table["class_l1"].tolist()[:2] == [1, 3]
    assert result.unclassified == ["c"]


def test_class_nodata_inside_a_unit_is_refused_with_the_count():
    classes = np.array([[NAN, NAN], [11.0, 11.0]])
    with pytest.raises(InputError, match="2 nodata cell"):
        classify_units_on_grid(classes, np.zeros((2, 2), int), np.ones((2, 2)), ["a"])


def test_population_nodata_refused_unless_counted_as_nobody():
    classes = np.full((2, 2), 11.0)
    pop = np.array([[1.0, NAN], [1.0, 1.0]])
    units = np.zeros((2, 2), int)
    with pytest.raises(InputError, match="nodata"):
        classify_units_on_grid(classes, units, pop, ["a"])
    result = classify_units_on_grid(classes, units, pop, ["a"], population_nodata_as_zero=True)
    assert result.table["population"].iloc[0] == 3


def test_land_nodata_counts_as_no_land():
    classes = np.array([[11.0, 10.0]])
    units = np.zeros((1, 2), int)
    land = np.array([[1.0, NAN]])
    result = classify_units_on_grid(classes, units, np.zeros((1, 2)), ["a"], land_share=land)
    with_zero = classify_units_on_grid(
        classes, units, np.zeros((1, 2)), ["a"], land_share=np.array([[1.0, 0.0]])
    )
    assert result.table.equals(with_zero.table)
