"""Polycentricity: morphological (rank-size) and functional (Green 2007), spec section 4."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.settlement import (
    functional_index,
    morphological_index,
    polycentricity,
)


def test_two_equal_centres_with_symmetric_flows():
    # d = (100, 100): sigma_d = 0; Delta = 200 / (2 * 1 * 100) = 1 -> P_F = 1
    res = functional_index(np.array([[0, 100], [100, 0]]))
    assert res["p_functional"] == pytest.approx(1.0)
    assert res["density"] == pytest.approx(1.0) and res["sigma_d"] == 0


def test_one_dominant_centre_is_low():
    # all flows go to centre 0: d = (100, 0); sigma_d = 50 = sigma_dmax -> 0
    res = functional_index(np.array([[0, 0], [100, 0]]))
    assert res["p_functional"] == pytest.approx(0.0)
    assert res["density"] == pytest.approx(0.5)
    # three centres, all commuting to the first: d = (60, 0, 0)
    three = functional_index(np.array([[0, 0, 0], [30, 0, 0], [30, 0, 0]]))
    sigma = np.std([60, 0, 0])
    assert three["sigma_d"] == pytest.approx(sigma)
    assert three["sigma_dmax"] == pytest.approx(30.0)  # std of (0, 60)
    assert three["density"] == pytest.approx(60 / (3 * 2 * 30))
    assert three["p_functional"] == pytest.approx((1 - sigma / 30) * 60 / 180)
    assert three["p_functional"] < 0.1


def test_asymmetric_by_hand():
    # F = [[0, 10], [30, 0]]: d = (30, 10); sigma_d = 10; sigma_dmax = std(0, 30) = 15
    # Delta = 40 / (2 * 30) = 2/3 -> P_F = (1 - 10/15) * 2/3 = 2/9
    res = functional_index(np.array([[5, 10], [30, 7]]))  # the diagonal is ignored
    assert res["p_functional"] == pytest.approx(2 / 9)


def test_morphological_index():
    slope, pm = morphological_index([1000, 1000, 1000])
    assert slope == 0 and pm == 1.0
    slope, pm = morphological_index([1000, 500, 1000 / 3])  # Zipf: size ~ 1/rank
    assert slope == pytest.approx(-1.0) and pm == pytest.approx(0.5)
    slope, pm = morphological_index([100000, 1000])
    assert slope == pytest.approx(-math.log(100) / math.log(2)) and pm < 0.15


def _centres():
    return pd.DataFrame(
        {
            "id": ["a1", "a2", "a3", "b1", "b2", "b3", "c1"],
            "region": ["A", "A", "A", "B", "B", "B", "C"],
            "size": [1000, 1000, 10, 90000, 1000, 500, 300],
        }
    )


def test_polycentricity_per_region_with_flows():
    flows = ODTable.from_records(
        ["a1", "a2", "b2", "b3", "b1"], ["a2", "a1", "b1", "b1", "b1"], [50, 50, 80, 40, 999]
    )
    res = polycentricity(_centres(), n=2, flows=flows, on_too_few="flag")
    t = res.table.set_index("region")
    assert t.loc["A", "centres"] == "a1,a2"  # the two largest (tie by id)
    assert t.loc["A", "p_morphological"] == 1.0
    assert t.loc["A", "p_functional"] == pytest.approx(1.0)
    assert t.loc["B", "centres"] == "b1,b2"
    assert t.loc["B", "p_functional"] == pytest.approx(0.0)  # b2 -> b1 only
    assert t.loc["B", "p_morphological"] < 0.2
    assert bool(t.loc["C", "too_few_centres"]) and np.isnan(t.loc["C", "p_morphological"])
    assert "fewer" in t.loc["C", "note"]
    assert any("C" in m for m in res.messages)


def test_fewer_centres_than_n_is_an_error_by_default():
    with pytest.raises(InputError, match=r"1 region\(s\) have fewer than 3 centres: C \(1\)"):
        polycentricity(_centres(), n=3)
    with pytest.raises(InputError, match="2..5"):
        polycentricity(_centres(), n=6)


def test_missing_fields_and_centres_outside_od():
    with pytest.raises(InputError, match="'population'"):
        polycentricity(_centres(), size_column="population")
    flows = ODTable.from_records(["a1"], ["a2"], [5])
    res = polycentricity(_centres().iloc[:6], n=2, flows=flows)
    assert any("not in the OD table" in m for m in res.messages)
    assert res.table.set_index("region").loc["B", "p_functional"] == 0.0
