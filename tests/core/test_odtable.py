"""ODTable: the input rules of spec commuting-regions.md, one table of malformed inputs."""

from __future__ import annotations

import math

import numpy as np
import pytest
from RegionAtlas.regionatlas.commuting.odtable import ODTable, largest_destination
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.ids import id_sort_key, normalise_id


def od(rows):
    o, d, c = zip(*rows) if rows else ((), (), ())
    return ODTable.from_records(list(o), list(d), list(c), count_field="employed")


BAD_INPUTS = [
    # (rows, words the message must contain)
    ([("0114", "0180", "tolv")], ["Row 1", "'tolv' is not a number", "employed"]),
    ([("0114", "0180", 5), ("0115", "0180", "")], ["Row 2", "empty", "employed"]),
    ([("0114", "0180", 5), ("0115", "0180", -3)], ["Row 2", "negative"]),
    ([("0114", "0180", float("nan"))], ["Row 1", "employed"]),
    ([("0114", "0180", float("inf"))], ["Row 1", "not a finite number"]),
    ([("0114", None, 4)], ["Row 1", "id", "empty"]),
    ([], ["empty"]),
    ([("0114", "0180", 0), ("0180", "0114", 0)], ["no row with a count above zero"]),
]


@pytest.mark.parametrize("rows, words", BAD_INPUTS)
def test_bad_input_names_the_problem(rows, words):
    with pytest.raises(InputError) as err:
        od(rows)
    for word in words:
        assert word in str(err.value)


def test_ids_keep_leading_zeros_and_numeric_order():
    table = od([("0114", "0180", 3), ("114", "0180", 1), ("0180", "0180", 10), ("12", "0114", 2)])
    assert list(table.units) == ["12", "0114", "114", "0180"]
    assert table.units[0] == "12" and "0114" in table.units


def test_duplicates_are_summed_and_reported():
    table = od([("a", "b", 2), ("a", "b", 3), ("b", "b", 1), ("a", "b", "1")])
    assert table.matrix[0, 1] == 6
    assert any("summed" in m and "a->b" in m for m in table.messages)


def test_zero_rows_ignored_and_reported():
    table = od([("a", "b", 0), ("a", "a", 4)])
    assert table.nnz == 1
    assert any("zero" in m for m in table.messages)


def test_text_counts_like_ogr_csv():
    table = od([("a", "b", "1 234"), ("a", "c", "12,5"), ("b", "a", "7.0")])
    i = {u: k for k, u in enumerate(table.units)}
    assert table.matrix[i["a"], i["b"]] == 1234
    assert table.matrix[i["a"], i["c"]] == 12.5
    assert table.matrix[i["b"], i["a"]] == 7


def test_marginals():
    table = od([("a", "a", 5), ("a", "b", 3), ("b", "a", 1), ("c", "b", 2)])
    assert table.residents.tolist() == [8, 1, 2]
    assert table.jobs.tolist() == [6, 5, 0]
    assert table.self_flow.tolist() == [5, 0, 0]
    assert math.isclose(table.total, 11)


def test_largest_destination_tie_goes_to_smallest_id():
    table = od([("3", "2", 5), ("3", "10", 5), ("3", "3", 50), ("2", "3", 1)])
    best, flow = largest_destination(table)
    units = list(table.units)
    assert units[best[units.index("3")]] == "2"
    assert flow[units.index("3")] == 5
    assert best[units.index("10")] == -1  # no outflow at all


def test_normalise_id():
    assert normalise_id(114.0) == "114"
    assert normalise_id(" 0114 ") == "0114"
    assert normalise_id(float("nan")) is None
    assert normalise_id("NULL") is None
    assert id_sort_key("9") < id_sort_key("10") < id_sort_key("A")


def test_restricted_to_drops_flows_of_removed_units():
    table = od([("a", "b", 1), ("b", "c", 2), ("c", "a", 3)])
    sub = table.restricted_to(np.array([True, True, False]))
    assert list(sub.units) == ["a", "b"] and sub.total == 1
