"""Region enlargement over time on the Norwegian OD tables 2017-2022 (issue 3)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.commuting.regions import (
    euro_regions,
    match_regions,
    partitions_over_years,
    region_change,
    scb_regions,
)

YEARS = range(2017, 2023)


@pytest.fixture
def norway(shared_data):
    return {
        y: ODTable.from_frame(
            pd.read_csv(shared_data("norway", f"commuting_{y}.csv"), dtype=str),
            "home_kommune",
            "work_kommune",
            "employed",
        )
        for y in YEARS
    }


@pytest.mark.parametrize("method", [scb_regions, euro_regions], ids=["scb", "euro"])
def test_norway_region_change(norway, method):
    parts = partitions_over_years(norway, method)
    change = region_change(parts)
    per_year = change.per_year
    assert per_year.year.tolist() == list(YEARS)
    assert per_year.regions.tolist() == [parts[y].n_regions for y in YEARS]
    # the municipal reform of 2020: 422 -> 356 municipalities in the tables
    units = {y: parts[y].n_units for y in YEARS}
    assert units[2019] > units[2020]
    # sizes are employed residents; Oslo's region is the largest every year
    assert per_year.size_measure.eq("employed residents").all()
    assert per_year.largest_region.str.contains("0301").all()
    assert ((per_year.largest_share > 0.2) & (per_year.largest_share < 0.5)).all()
    for row, y in zip(per_year.itertuples(), YEARS):
        p = parts[y]
        sizes = np.bincount(p.region[p.region >= 0], weights=p.residents[p.region >= 0])
        assert row.mean_size == pytest.approx(sizes.mean())
        assert row.median_size == pytest.approx(np.median(sizes))
    # per unit: one column per year and change flags; units present both years only
    pu = change.per_unit
    assert {f"region_{y}" for y in YEARS} <= set(pu.columns)
    assert pu.unit_id.is_unique
    # matches: one row per region of the later year, Jaccard in [0, 1]; 0 only for regions
    # made of municipalities that did not exist the year before (the 2020 reform)
    m = change.matches
    for y1 in list(YEARS)[1:]:
        assert (m.year_to == y1).sum() == parts[y1].n_regions
    assert ((m.jaccard >= 0) & (m.jaccard <= 1)).all()
    assert (m.region_from.isna() == (m.jaccard == 0)).all()
    assert set(m.year_to[m.jaccard == 0]) <= {2018, 2020}  # Trøndelag 2018, reform 2020


def test_matching_identical_partitions(norway):
    p = scb_regions(norway[2021])
    m = match_regions(p, p)
    assert (m.jaccard == 1.0).all()
    assert (m.region_from == m.region_to).all()
    change = region_change({2021: p, 2022: p})
    assert not change.per_unit.changed.any()


def test_year_from_a_name_and_years_in_order():
    from RegionAtlas.regionatlas.commuting.regions.change import ordered_years, year_from_name

    assert year_from_name("LA regions", "/data/la_2019/scb_la_2022.csv") == "2022"
    assert year_from_name("pendling 1970 till 2019") == "2019"
    assert year_from_name("kommuner_20220101", "x") is None  # inside a longer number
    assert year_from_name("", None) is None
    assert ordered_years(["2022", "1970", "2019"]) == [
        ("1970", 1970),
        ("2019", 2019),
        ("2022", 2022),
    ]
    assert [y for _k, y in ordered_years(["2019b", "2019a"])] == ["2019a", "2019b"]
