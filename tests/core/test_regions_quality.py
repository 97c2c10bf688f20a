"""Quality indicators of spec section 4 on real partitions."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.commuting.regions import (
    ISTAT_PARAMETERS,
    adjusted_rand_index,
    directed_modularity,
    euro_regions,
    partition_summary,
    region_border_areas,
    region_indicators,
    regions_crossing_border,
    scb_regions,
    scb_regions_from_frame,
)
from RegionAtlas.regionatlas.commuting.regions.quality import (
    centre_region_table,
    region_centres,
    region_table,
)


def test_region_indicators_brindisi(shared_data):
    frame = pd.read_csv(shared_data("italy", "brindisi_flows.csv"), dtype=str)
    table = ODTable.from_frame(frame, "community_live", "community_work", "amount")
    part = euro_regions(table, 1000, 0.6667, 10000, 0.75)
    reg = region_indicators(table, part, ISTAT_PARAMETERS)
    assert len(reg) == 9
    assert reg.R.sum() == pytest.approx(table.residents.sum())
    assert reg.W.sum() == pytest.approx(table.jobs.sum())
    assert (reg.sc_supply == reg.S / reg.R).all()
    # internal flows plus crossing flows are all flows
    summary = partition_summary(table, part, params=ISTAT_PARAMETERS)
    assert reg.S.sum() / table.total == pytest.approx(1 - summary["share_crossing"])
    assert summary["modularity"] == pytest.approx(0.6456, abs=5e-5)
    # the region named after 74001 (Brindisi) is the largest outside destination of most
    assert (reg.largest_outside_destination == "74001").sum() >= 5
    assert set(reg.centre) == set(part.region_ids)


def test_la_regions_crossing_county_borders(shared_data):
    frame = pd.read_csv(shared_data("sweden", "scb_la_2022.csv"), dtype=str)
    part = scb_regions_from_frame(frame, "kommun_kod", "largest_destination", "p1", "p2")
    county = {u: u[:2] for u in part.units}  # the first two digits of a kommunkod are the län
    crossing = regions_crossing_border(part, county)
    expected = [
        part.region_ids[k]
        for k in range(part.n_regions)
        if len({u[:2] for u in part.members(k)}) > 1
    ]
    assert crossing == expected
    assert 0 < len(crossing) < part.n_regions
    areas = region_border_areas(part, county)
    for k in range(part.n_regions):
        counties = sorted({u[:2] for u in part.members(k)})
        assert areas["border_areas"][k] == ",".join(counties)
        assert areas["crosses_border"][k] == (len(counties) > 1)


def test_modularity_and_ari_basics():
    table = ODTable.from_records(
        ["a", "a", "b", "c", "c", "d"], ["a", "b", "b", "c", "d", "d"], [5, 1, 5, 5, 1, 5]
    )
    q_two = directed_modularity(table, np.array([0, 0, 1, 1]))
    q_one = directed_modularity(table, np.array([0, 0, 0, 0]))
    assert q_one == pytest.approx(0.0)
    assert q_two > 0.4
    assert adjusted_rand_index([1, 1, 2, 2], ["x", "x", "y", "y"]) == pytest.approx(1.0)
    assert adjusted_rand_index([1, 1, 2, 2], [1, 2, 1, 2]) < 0


def _small_la():
    frame = pd.DataFrame(
        {
            "unit": ["0114", "0115", "0180", "0181", "0182"],
            "dest": ["0180", "0180", "0181", "0180", "0180"],
            "p1": ["0.10", "0.60", "0.10", "0.50", "0.10"],
            "p2": ["0.05", "0.50", "0.05", "0.40", "0.05"],
        }
    )
    return scb_regions_from_frame(frame, "unit", "dest", "p1", "p2")


def test_centre_region_table_counts_units_and_lists_centres():
    part = _small_la()
    table = centre_region_table(part)
    assert list(table.columns) == ["region_id", "region_name", "units", "centre"]
    assert table["units"].sum() == sum(1 for k in part.region.tolist() if k >= 0)
    for k, row in table.iterrows():
        members = part.members(k)
        assert row["units"] == len(members)
        centres = [u for u in members if part.role[part.units.tolist().index(u)] == "centre"]
        assert row["centre"] == ",".join(centres)
    assert region_centres(part) == table["centre"].tolist()
    assert "0114" in ",".join(table["centre"]) and "0180" in ",".join(table["centre"])
    with_border = centre_region_table(part, {u: u[:2] for u in part.units})
    assert with_border["crosses_border"].tolist() == [False] * part.n_regions


def test_region_table_keeps_the_methods_validity_only_when_asked():
    table = ODTable.from_records(
        ["a", "a", "b", "b", "c", "c"],
        ["a", "b", "b", "a", "c", "a"],
        [50, 10, 40, 5, 30, 8],
    )
    part = scb_regions(table)
    plain = region_table(table, part)
    assert plain.equals(region_indicators(table, part))
    part.diagnostics["validity"] = [9.0] * part.n_regions
    assert (region_table(table, part, method_validity=True)["V"] == 9.0).all()
    assert not (region_table(table, part)["V"] == 9.0).any()
    border = {"a": "X", "b": "Y", "c": "Y"}
    crossing = region_table(table, part, border=border)
    assert (
        crossing["crosses_border"].tolist()
        == region_border_areas(part, border)["crosses_border"].tolist()
    )


@pytest.mark.parametrize("listed", ["all units", "without D"])
def test_indicators_by_hand_with_a_unit_without_region(listed):
    """{A, B} and {C} are regions, D has none (listed with -1, or not in the partition)."""
    from RegionAtlas.regionatlas.commuting.regions.partition import build_partition

    flows = [("A", "A", 10), ("A", "B", 5), ("B", "A", 3), ("B", "C", 2), ("C", "C", 8),
             ("C", "D", 4), ("D", "D", 6), ("D", "A", 1), ("D", "C", 2)]  # fmt: skip
    table = ODTable.from_records(*map(list, zip(*flows)))
    units, labels = (table.units, [0, 0, 1, -1]) if listed == "all units" else (
        table.units[:3], [0, 0, 1]
    )  # fmt: skip
    part = build_partition(
        np.asarray(units), np.array(labels), method="test", parameters={}, jobs=None
    )
    reg = region_indicators(table, part)
    assert reg.R.tolist() == [20, 12] and reg.W.tolist() == [19, 12] and reg.S.tolist() == [18, 8]
    assert reg.largest_outside_destination.tolist() == [part.region_ids[1], "unit D"]
    assert reg.largest_outside_flow.tolist() == [2, 4]
    summary = partition_summary(table, part)
    q = ((18 - 20 * 19 / 41) + (8 - 12 * 12 / 41) + (6 - 9 * 10 / 41)) / 41
    assert summary["modularity"] == pytest.approx(q)
    assert summary["share_crossing"] == pytest.approx(9 / 41)
    assert directed_modularity(table, np.array([0, 0, 1, -1])) == pytest.approx(q)
