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


def test_consecutive_changes_counts_unchanged_regions_and_moved_units():
    from RegionAtlas.regionatlas.commuting.regions.change import consecutive_changes
    from RegionAtlas.regionatlas.commuting.regions.given_partition import partition_from_labels

    units = ["0114", "0115", "0117", "0120", "0123"]
    p1 = partition_from_labels(units, ["A", "A", "B", "B", "C"])
    p2 = partition_from_labels(units, ["A", "A", "B", "B", "B"])  # C joins B
    p3 = partition_from_labels(units, ["A", "B", "B", "B", "B"])  # 0115 moves to B
    change = region_change({2019: p1, 2020: p2, 2021: p3})
    table = consecutive_changes(change)
    assert table[["year_from", "year_to"]].values.tolist() == [[2019, 2020], [2020, 2021]]
    assert table["regions"].tolist() == [2, 2]
    assert table["unchanged"].tolist() == [1, 0]  # A kept in 2020; nothing identical in 2021
    assert table["changed_units"].tolist() == [1, 1]  # 0123 (C -> B), then 0115 (A -> B)
    assert table["mean_jaccard"].iloc[0] == pytest.approx((1 + 2 / 3) / 2)


def _inputs(*specs):
    frames = []
    for label, years in specs:
        frame = pd.DataFrame({"unit": [f"0{k}" for k in range(len(years))], "ar": years})
        frame.index = np.arange(1, len(frame) + 1)
        frames.append((label, frame, None))
    return frames


def test_inputs_by_year_split_by_field_or_one_year_per_input():
    from RegionAtlas.regionatlas.commuting.regions.change import inputs_by_year
    from RegionAtlas.regionatlas.errors import InputError

    one = _inputs(("la.csv", ["2022", "2019", 2022, "2020"]))
    got = inputs_by_year(one, "ar", [])
    assert [(y, label, g.index.tolist()) for y, label, g in got] == [
        (2019, "la.csv", [2]),
        (2020, "la.csv", [4]),
        (2022, "la.csv", [1, 3]),
    ]
    assert [y for y, _l, _g in inputs_by_year(one, "ar", ["2022", "2019"])] == [2019, 2022]
    with pytest.raises(InputError, match=r"No input has the year\(s\) 2031 in field 'ar'"):
        inputs_by_year(one, "ar", ["2019", "2031"])
    two = _inputs(("b", ["x"]), ("a", ["y"]))
    assert [(y, label) for y, label, _g in inputs_by_year(two, None, ["2024", "2023"])] == [
        (2023, "a"),
        (2024, "b"),
    ]
    named = [(label, frame, year) for (label, frame, _), year in zip(two, ["2010", "2011"])]
    assert [y for y, _l, _g in inputs_by_year(named, None, [])] == [2010, 2011]
    with pytest.raises(InputError, match="YEARS lists 1 year"):
        inputs_by_year(two, None, ["2023"])
    with pytest.raises(InputError, match="Cannot tell the year of input 'b'"):
        inputs_by_year(two, None, [])
    with pytest.raises(InputError, match="Year 2023 occurs in two inputs: 'b' and 'a'"):
        inputs_by_year(two, None, ["2023", "2023"])
    with pytest.raises(InputError, match="row 2: the year field 'ar' is empty"):
        inputs_by_year(_inputs(("c", ["2020", None])), "ar", [])
    with pytest.raises(InputError, match="needs two or more years; the inputs give 1: 2020"):
        inputs_by_year(_inputs(("d", ["2020", "2020"])), "ar", [])
