"""Corridor selection, width classes, node ranks and border flags (no QGIS)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.settlement.dominant_flows import dominant_flows
from RegionAtlas.regionatlas.structureimage import (
    CorridorOptions,
    border_crossed,
    corridors_from_flows,
    node_ranks,
    symmetric_pairs,
)

#: A small region: A is the centre, B and C commute to it, D and E a pair on their own.
FLOWS = [
    ("A", "B", 10),
    ("B", "A", 90),
    ("C", "A", 60),
    ("A", "C", 5),
    ("B", "C", 20),
    ("C", "B", 4),
    ("D", "E", 7),
    ("E", "D", 3),
    ("A", "A", 500),
    ("D", "A", 2),
]


def columns(flows=FLOWS):
    o, d, v = zip(*flows)
    return list(o), list(d), list(v)


def pairs_of(frame: pd.DataFrame) -> set[tuple[str, str]]:
    return set(zip(frame["from_id"], frame["to_id"]))


def test_symmetric_pairs_sum_both_directions_and_drop_self():
    pairs = symmetric_pairs(*columns())
    rows = {(a, b): (ab, ba, f) for a, b, ab, ba, f in pairs.itertuples(index=False)}
    assert rows[("A", "B")] == (10, 90, 100)
    assert rows[("A", "C")] == (5, 60, 65)
    assert rows[("D", "E")] == (7, 3, 10)
    assert ("A", "A") not in rows


def test_ids_ordered_numerically_when_digits():
    pairs = symmetric_pairs(["10", "9"], ["9", "10"], [1, 2])
    assert list(zip(pairs["a"], pairs["b"])) == [("9", "10")]


def test_threshold_rule():
    frame = corridors_from_flows(*columns(), CorridorOptions("threshold", 24, 3))
    assert pairs_of(frame) == {("A", "B"), ("A", "C")} | {("B", "C")}
    assert list(frame["flow"]) == sorted(frame["flow"], reverse=True)


def test_k_largest_rule_keeps_each_nodes_largest_pairs():
    frame = corridors_from_flows(*columns(), CorridorOptions("k_largest", 1, 3))
    # A's, B's and C's largest pair is with A/B; D and E keep their pair.
    assert pairs_of(frame) == {("A", "B"), ("A", "C"), ("D", "E")}


def test_cumulative_share_rule_is_the_smallest_set_reaching_the_share():
    frame = corridors_from_flows(*columns(), CorridorOptions("cumulative_share", 0.7, 3))
    total = symmetric_pairs(*columns())["flow"].sum()
    assert frame["flow"].sum() >= 0.7 * total
    assert frame["flow"].iloc[:-1].sum() < 0.7 * total


def test_dominant_rule_matches_the_settlement_core():
    """Same links as regionatlas.settlement.dominant_flows(mode='largest')."""
    o, d, v = columns()
    frame = corridors_from_flows(o, d, v, CorridorOptions("dominant", 1, 3))
    result = dominant_flows(ODTable.from_records(o, d, v), mode="largest", ratio=1.0)
    expected = {tuple(sorted((a, b))) for a, b in zip(result.links["from"], result.links["to"])}
    assert pairs_of(frame) == expected and expected


def test_rule_that_removes_everything_says_which():
    with pytest.raises(InputError, match="'threshold' \\(value 1e\\+06\\) removed every one"):
        corridors_from_flows(*columns(), CorridorOptions("threshold", 1e6, 3))
    with pytest.raises(InputError, match="within a node"):
        corridors_from_flows(["A"], ["A"], [5], CorridorOptions())


@pytest.mark.parametrize(
    "options, words",
    [
        (CorridorOptions("k_largest", 1.5), "whole number"),
        (CorridorOptions("cumulative_share", 1.5), "at most 1"),
        (CorridorOptions("dominant", 0.5), "at least 1"),
        (CorridorOptions("k_largest", 2, 6), "between 3 and 5"),
        (CorridorOptions("nearest"), "Unknown corridor rule"),
    ],
)
def test_bad_options(options, words):
    with pytest.raises(InputError, match=words):
        corridors_from_flows(*columns(), options)


@pytest.mark.parametrize("classes", [3, 4, 5])
def test_width_classes(classes):
    rng = np.random.default_rng(1)
    n = 30
    o = [str(i) for i in range(n)]
    d = [str((i + 1) % n) for i in range(n)]
    v = rng.lognormal(5, 1.5, n)
    frame = corridors_from_flows(o, d, v, CorridorOptions("threshold", 0.001, classes))
    assert frame["width_class"].min() == 1 and frame["width_class"].max() == classes
    # monotone: a larger flow never has a thinner class
    ordered = frame.sort_values("flow")
    assert (np.diff(ordered["width_class"].to_numpy()) >= 0).all()


def test_border_flags_from_attributes():
    county = {"A": "05", "B": "05", "C": "06", "D": "09", "E": "09"}
    country = {"A": "SE", "B": "SE", "C": "SE", "D": "NO", "E": "NO"}
    frame = corridors_from_flows(
        *columns(),
        CorridorOptions("threshold", 1, 3),
        border=county,
        country=country,
        border_name="lanskod",
        country_name="landskod",
    )
    flags = dict(zip(zip(frame["from_id"], frame["to_id"]), frame["cross_border"]))
    texts = dict(zip(zip(frame["from_id"], frame["to_id"]), frame["border_crossed"]))
    assert flags[("A", "B")] is False or not flags[("A", "B")]
    assert flags[("A", "C")] and texts[("A", "C")] == "lanskod 05/06"
    assert flags[("A", "D")] and texts[("A", "D")] == "landskod NO/SE; lanskod 05/09"
    assert not flags[("D", "E")] and texts[("D", "E")] == ""


def test_border_crossed_unknown_and_without_attributes():
    assert border_crossed(("05", None), None) == (None, "")
    assert border_crossed(None, None) == (None, "")
    assert border_crossed(("05", None), ("SE", "NO")) == (True, "country NO/SE")
    assert border_crossed(("05", "05"), ("SE", "SE")) == (False, "")


def test_node_ranks_numeric_text_and_missing():
    ranks, labels, how = node_ranks(["a", "b", "c"], [3, 1, 3], field="class_rank")
    assert list(ranks) == [2, 1, 2] and labels == ["1", "3"] and "smallest" in how
    ranks, labels, _ = node_ranks(
        ["a", "b", "c", "d"], ["town", "city", "town", "village"], sizes=[5e3, 9e4, 7e3, 300]
    )
    assert labels == ["city", "town", "village"] and list(ranks) == [2, 1, 2, 3]
    ranks, labels, how = node_ranks(["a", "b", "c"], ["x", "y", "y"])
    assert labels == ["x", "y"] and "rarest" in how
    with pytest.raises(
        InputError, match="2 node\\(s\\) have no value in the class field 'klass': b, c"
    ):
        node_ranks(["a", "b", "c"], ["x", None, ""], field="klass")
    with pytest.raises(InputError, match="must hold numbers"):
        node_ranks(["a"], ["top"], field="rank", is_rank=True)
