"""ODTable: the input rules of spec commuting-regions.md, one table of malformed inputs."""

from __future__ import annotations

import math

import numpy as np
import pytest
from RegionAtlas.regionatlas.commuting.odtable import (
    ODTable,
    largest_destination,
    largest_destination_and_ties,
)
from RegionAtlas.regionatlas.commuting.regions.scb import follow_links
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.ids import id_order, id_sort_key, normalise_id


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


# -- country scale: the fast paths give exactly what the plain definitions give ----------------


def _random_rows(rng, n_rows, n_ids):
    pool = ["0114", "114", "12", "0180", "a", "B", "Gävle", " 7 ", "7", "x y", "99", "007"]
    pool += [f"{k:05d}" for k in range(n_ids)]
    o = rng.choice(pool, size=n_rows).tolist()
    d = rng.choice(pool, size=n_rows).tolist()
    c = rng.integers(0, 5, size=n_rows).astype(float).tolist()
    return o, d, c


def _reference_matrix(o, d, c):
    """F as a dict from the definitions: normalised ids, zero rows dropped, duplicates summed."""
    flows: dict[tuple[str, str], float] = {}
    for a, b, v in zip(o, d, c):
        if v > 0:
            key = (normalise_id(a), normalise_id(b))
            flows[key] = flows.get(key, 0.0) + v
    return flows


@pytest.mark.parametrize("seed", range(8))
def test_arrow_pandas_and_list_columns_give_the_same_table(seed):
    pa = pytest.importorskip("pyarrow")
    rng = np.random.default_rng(seed)
    o, d, c = _random_rows(rng, 400, 30)
    c[0] = 1.0  # at least one flow
    expected = _reference_matrix(o, d, c)
    units = sorted({u for pair in expected for u in pair}, key=id_sort_key)
    text_counts = [f"{v:g}" for v in c]
    for columns in (
        (o, d, c),
        (np.array(o, dtype=object), np.array(d, dtype=object), np.array(c)),
        (pa.array(o), pa.chunked_array([d[:150], d[150:]]), pa.array(text_counts)),
    ):
        table = ODTable.from_records(*columns)
        assert table.units.tolist() == units
        got = {(table.units[i], table.units[j]): v for i, j, v in zip(*sp_nonzero(table))}
        assert got == expected


def sp_nonzero(table):
    r, c, v = table.coo()
    return r.tolist(), c.tolist(), v.tolist()


def test_arrow_counts_that_need_the_full_parser_are_still_read():
    pa = pytest.importorskip("pyarrow")
    table = ODTable.from_records(
        pa.array(["a", "a", "b"]), pa.array(["b", "c", "a"]), pa.array(["1 234", "12,5", " 7 "])
    )
    assert table.matrix[0, 1] == 1234 and table.matrix[0, 2] == 12.5 and table.matrix[1, 0] == 7
    with pytest.raises(InputError, match="Row 2: 'tolv' is not a number in field 'count'"):
        ODTable.from_records(pa.array(["a", "a"]), pa.array(["b", "c"]), pa.array(["1", "tolv"]))
    with pytest.raises(InputError, match="Row 2: the id in field 'destination' is empty"):
        ODTable.from_records(pa.array(["a", "a"]), pa.array(["b", None]), pa.array(["1", "2"]))


def test_id_order_is_sorted_with_the_key_function():
    rng = np.random.default_rng(3)
    pool = ["0114", "114", "12", "a", "B", "ä", "Z9", "007", "7", "9" * 20, "", "ab", "a b"]
    pool += ["٣", "10", "a\x00", "abcdefghijk", "abcdefghij", "€", "\U0001f600", "SE0114"]
    pool += ["0", "00", "000", "05", "5"]  # all-zero ids: the shorter first
    for _ in range(500):
        ids = list(rng.choice(pool, size=int(rng.integers(1, 12))))
        assert [ids[k] for k in id_order(ids)] == sorted(ids, key=id_sort_key)


def _brute_largest(table):
    dense = table.matrix.toarray()
    best, flow, ties = [], [], []
    for i in range(table.n):
        row = dense[i].copy()
        row[i] = 0
        top = row.max() if table.n > 1 else 0
        if top <= 0:
            best.append(-1), flow.append(0.0), ties.append(0)
        else:
            best.append(int(np.flatnonzero(row == top)[0]))
            flow.append(top)
            ties.append(int((row == top).sum()))
    return best, flow, ties


@pytest.mark.parametrize("seed", range(20))
def test_largest_destination_per_row_argmax_matches_brute_force(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 15))
    k = int(rng.integers(1, 60))
    o = rng.integers(0, n, k).astype(str).tolist()
    d = rng.integers(0, n, k).astype(str).tolist()
    c = rng.integers(1, 4, k).tolist()  # small counts: many ties
    table = ODTable.from_records(o, d, c)
    best, flow, ties = largest_destination_and_ties(table)
    assert (best.tolist(), flow.tolist(), ties.tolist()) == _brute_largest(table)


def _reference_follow_links(centre, till):
    """The walk of spec section 1, step 2, one unit at a time (the definition)."""
    n = len(centre)
    label = np.full(n, -2, dtype=np.int64)
    groups = []
    for i in np.flatnonzero(centre).tolist():
        label[i] = len(groups)
        groups.append([i])
    state = np.zeros(n, dtype=np.int8)
    state[centre] = 2
    for start in range(n):
        if state[start]:
            continue
        path, i = [], start
        while i >= 0 and state[i] == 0:
            state[i] = 1
            path.append(i)
            i = int(till[i])
        if i >= 0 and state[i] == 1:
            cycle = path[path.index(i) :]
            groups.append(sorted(cycle))
            for u in cycle:
                label[u], state[u] = len(groups) - 1, 2
            path, end = path[: path.index(i)], len(groups) - 1
        else:
            end = -1 if i < 0 else int(label[i])
        for u in path:
            label[u], state[u] = end, 2
    return label.tolist(), groups


def test_vectorised_follow_links_equals_the_walk():
    rng = np.random.default_rng(7)
    for _ in range(1500):
        n = int(rng.integers(1, 25))
        centre = rng.random(n) < rng.random()
        till = rng.integers(-1, n, size=n)
        till[till == np.arange(n)] = -1
        label, groups = follow_links(centre, till)
        assert (label.tolist(), groups) == _reference_follow_links(centre, till)


def test_unknown_units_and_the_persons_their_flows_carry():
    t = ODTable.from_records(
        ["0114", "0114", "9999", "0115"], ["0115", "9999", "0114", "8888"], [5, 7, 2, 3]
    )
    missing, mask, lost = t.unknown_units({"0114", "0115"})
    assert missing == ["8888", "9999"]
    assert t.units[mask].tolist() == ["8888", "9999"]
    assert lost == 12.0  # 7 + 2 + 3, not the 5 between known units
    none, none_mask, none_lost = t.unknown_units(set(t.units))
    assert none == [] and not none_mask.any() and none_lost == 0.0


def test_rows_of_year_keeps_one_year_and_its_row_numbers():
    from RegionAtlas.regionatlas.commuting.odcsv import rows_of_year

    columns = [
        np.array(["01", "01", "02", "02"], dtype=object),
        np.array(["02", "02", "01", "01"], dtype=object),
        np.array(["5", "6", "7", "8"], dtype=object),
        np.array(["2022", 2023, "2023", "2022"], dtype=object),
    ]
    rows = np.arange(1, 5)
    kept, kept_rows = rows_of_year(columns, "ar", "2023", rows)
    assert kept_rows.tolist() == [2, 3]
    assert [c.tolist() for c in kept] == [["01", "02"], ["02", "01"], ["6", "7"]]
    with pytest.raises(InputError, match=r"several years \(2022, 2023\)"):
        rows_of_year(columns, "ar", "", rows)
    with pytest.raises(InputError, match=r"No row has year 2031 in field 'ar'"):
        rows_of_year(columns, "ar", "2031", rows)
    one_year = [*columns[:3], np.array(["2023"] * 4, dtype=object)]
    same, same_rows = rows_of_year(one_year, "ar", "", rows)
    assert same_rows.tolist() == [1, 2, 3, 4] and len(same) == 3


@pytest.mark.parametrize("seed", range(6))
def test_digit_ids_fast_path_gives_the_same_table(seed):
    """Digit-only Arrow ids take the integer-key path; the table is what the definitions give,
    with "0114"/"114"/"00114" kept apart and ordered by number, then more leading zeros first."""
    pa = pytest.importorskip("pyarrow")
    rng = np.random.default_rng(seed)
    pool = ["0114", "114", "00114", "0", "00", "7", "007", "99999999999999999", "10000000000000000"]
    pool += [f"{k:0{w}d}" for k, w in zip(rng.integers(0, 10**6, 60), rng.integers(1, 9, 60))]
    o = rng.choice(pool, size=500).tolist()
    d = rng.choice(pool, size=500).tolist()
    c = rng.integers(0, 4, size=500).astype(float).tolist()
    c[0] = 2.0
    expected = _reference_matrix(o, d, c)
    units = sorted({u for pair in expected for u in pair}, key=id_sort_key)
    table = ODTable.from_records(pa.array(o), pa.chunked_array([d[:200], d[200:]]), pa.array(c))
    assert table.units.tolist() == units
    got = {(table.units[i], table.units[j]): v for i, j, v in zip(*sp_nonzero(table))}
    assert got == expected
    # the same rows as lists (general path) give the same table
    plain = ODTable.from_records(o, d, c)
    assert plain.units.tolist() == units
    assert (plain.matrix != table.matrix).nnz == 0


def test_digit_ids_longer_than_the_key_or_not_digits_take_the_general_path():
    pa = pytest.importorskip("pyarrow")
    long_id = "1" * 18
    for ids in (["0114", long_id], ["0114", " 114"], ["0114", "١٢"], ["0114", "12a"]):
        table = ODTable.from_records(pa.array(ids), pa.array(ids[::-1]), pa.array([1.0, 2.0]))
        normalised = sorted({normalise_id(i) for i in ids}, key=id_sort_key)
        assert table.units.tolist() == normalised


@pytest.mark.parametrize("exclude_diagonal", [False, True])
def test_row_maximum_compiled_pass_equals_numpy(monkeypatch, exclude_diagonal):
    """The compiled pass of row_maximum (large tables, numba installed) gives the numpy
    pass's arrays: ties to the smallest column, rows without a positive value, the diagonal
    left out or not, stored zeros, unsorted columns, an infinite value."""
    import scipy.sparse as sp
    from RegionAtlas.regionatlas.commuting import odtable

    pytest.importorskip("numba")
    rng = np.random.default_rng(5)
    for _ in range(60):
        n = int(rng.integers(1, 30))
        dense = rng.choice([0.0, 0.0, 0.0, 1.0, 2.0, 2.0, 0.5], (n, n))
        coo = sp.coo_array(dense)
        order = rng.permutation(coo.nnz)
        data = coo.data[order].copy()
        if len(data):
            data[0] = 0.0  # a stored zero
        if len(data) > 1 and rng.integers(4) == 0:
            data[1] = np.inf  # never from a validated table; no maximum in that row
        m = sp.csr_array((data, (coo.row[order], coo.col[order])), shape=(n, n))
        if rng.integers(2):
            m.has_sorted_indices = False
        out = {}
        for name, limit in (("numpy", 10**12), ("compiled", 0)):
            monkeypatch.setattr(odtable, "COMPILED_MIN_FLOWS", limit)
            out[name] = odtable.row_maximum(m, exclude_diagonal=exclude_diagonal)
        for a, b in zip(out["numpy"], out["compiled"]):
            assert a.dtype == b.dtype and a.tolist() == b.tolist()
