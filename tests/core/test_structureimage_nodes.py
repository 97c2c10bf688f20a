"""Nodes and flows of the structure image (no QGIS): the representative node per OD id, what
is lost when matching flows to nodes, the length limit, labels and the extent's defaults."""

from __future__ import annotations

import numpy as np
import pytest
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.structureimage.extent import (
    AUTO_LENGTH_SHARE,
    MIN_AUTO_LENGTH_KM,
    automatic_max_length,
)
from RegionAtlas.regionatlas.structureimage.nodes import (
    labelled,
    match_flows,
    representative_nodes,
)


def test_representative_is_top_rank_then_largest_then_name():
    keys = ["0114", "0114", "0114", "0115", None]
    ranks = [2, 1, 1, 3, 1]
    sizes = [90_000, 500, 800, 10, 1e9]
    names = ["B", "C", "A", "D", "E"]
    assert representative_nodes(keys, ranks, sizes, names) == {"0114": 2, "0115": 3}
    # equal rank and size: the name decides
    assert representative_nodes(["1", "1"], [1, 1], [5, 5], ["Ö", "Å"]) == {"1": 1}


def table(rows):
    o, d, v = zip(*rows)
    return ODTable.from_arrays(list(o), list(d), list(v))


def test_match_flows_counts_what_has_no_node():
    t = table(
        [("01", "02", 10), ("02", "01", 5), ("01", "09", 7), ("09", "08", 3), ("01", "01", 50)]
    )
    rows, cols, vals = t.coo()
    xy = {"01": (0.0, 0.0), "02": (1000.0, 0.0)}
    m = match_flows(t.units, rows, cols, vals, xy)
    assert sorted(zip(m.origins, m.destinations, m.counts)) == [
        ("01", "01", 50.0),
        ("01", "02", 10.0),
        ("02", "01", 5.0),
    ]
    assert m.lost_persons == 10.0 and m.missing_ids == ["08", "09"]
    assert m.too_long == 0


def test_length_limit_drops_far_pairs_and_says_how_many():
    t = table([("01", "02", 10), ("01", "03", 20), ("03", "01", 1)])
    rows, cols, vals = t.coo()
    xy = {"01": (0.0, 0.0), "02": (1000.0, 0.0), "03": (200_000.0, 0.0)}
    m = match_flows(t.units, rows, cols, vals, xy, max_length=150_000)
    assert list(zip(m.origins, m.destinations)) == [("01", "02")]
    assert (m.too_long, m.too_long_persons) == (2, 21.0)
    with pytest.raises(InputError, match="length limit.*0.5 km"):
        match_flows(t.units, rows, cols, vals, xy, max_length=500)


def test_no_matching_id_names_the_field_and_examples():
    t = table([("114", "115", 10)])
    rows, cols, vals = t.coo()
    with pytest.raises(InputError) as err:
        match_flows(t.units, rows, cols, vals, {"0114": (0, 0)}, id_field="kommunkod")
    assert "'kommunkod'" in str(err.value) and "114" in str(err.value) and "0114" in str(err.value)
    with pytest.raises(InputError, match="within a node"):
        t = table([("0114", "0114", 10), ("0114", "9", 1)])
        rows, cols, vals = t.coo()
        match_flows(t.units, rows, cols, vals, {"0114": (0, 0)})


def test_labels_by_rank_within_a_budget():
    ranks = [1, 2, 2, 3, 2, 1]
    sizes = [10, 50, 40, 1000, None, 5]
    assert labelled(ranks, sizes, 2).tolist() == [True, True, True, False, True, True]
    # budget 3: both rank-1 nodes, then the largest rank-2 node
    assert labelled(ranks, sizes, 2, budget=3).tolist() == [True, True, False, False, False, True]
    assert labelled(ranks, sizes, 0, budget=3).tolist() == [False] * 6


def test_automatic_length_limit_follows_the_extent_above_a_floor():
    # a region (100 x 80 km): the floor, daily commuting reach
    assert automatic_max_length(100_000, 80_000) == MIN_AUTO_LENGTH_KM * 1000
    # a country (Norway in UTM 33: about 1 100 x 1 550 km): a share of the diagonal
    limit = automatic_max_length(1_100_000, 1_550_000)
    assert limit == pytest.approx(AUTO_LENGTH_SHARE * np.hypot(1_100_000, 1_550_000))
    assert 150_000 < limit < 300_000  # Oslo - Tromsø (1 150 km) is far outside
