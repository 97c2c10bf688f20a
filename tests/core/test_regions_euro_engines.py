"""The two loops of the EURO iterations give the same result, step by step (issue 14).

The compiled loop (regions/euro_compiled.py, numba) replays the readable Python loop
(regions/euro_run.py): on many random small tables with many ties (equal flows, equal sizes,
so equal L, V and external relations), both loops must give the same trace (every iteration,
V to the last bit), the same reserve-list events, the same partition before and after step 6,
in all three variants. The reference traces of ISTAT's program are replayed by both loops in
test_regions_euro_istat_reference.py.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from RegionAtlas.regionatlas import compiled
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.commuting.regions import euro_engine, euro_regions
from RegionAtlas.regionatlas.errors import Cancelled, InputError

VARIANTS = ["istat", "textbook", "strict"]


#: Counts with no exact binary fraction (weighted survey flows): sums and V depend on the order
#: of the additions, so only the same operations in the same order give the same bits.
FRACTIONS = np.array([0.1, 0.3, 0.7, 1.1, 2.2, 3.3, 10.1, 0.01])


def _table(
    rng: np.random.Generator, n: int, flows: int, values: int, fractional: bool = False
) -> ODTable:
    """Random OD table of n units; counts drawn from a few values so that ties abound."""
    ids = [f"{k:04d}" for k in range(n)]  # leading zeros: ids stay text
    o = rng.integers(0, n, flows)
    d = rng.integers(0, n, flows)
    pool = FRACTIONS if fractional else np.array([1, 2, 5, 10, 20, 50, 100, 1000])
    c = rng.choice(pool[:values], flows)
    own = rng.choice([0, 10, 100, 500], n) * (1.1 if fractional else 1)
    origins = [ids[k] for k in o] + ids
    dests = [ids[k] for k in d] + ids
    counts = np.concatenate([c, own]).tolist()
    frame = pd.DataFrame({"o": origins, "d": dests, "n": counts}).query("n > 0")
    frame = frame.groupby(["o", "d"], as_index=False)["n"].sum()
    return ODTable.from_frame(frame.astype({"n": str}), "o", "d", "n")


def _params(table: ODTable, rng: np.random.Generator) -> tuple[float, float, float, float]:
    total = float(table.total)
    min_sc = float(rng.choice([0.3, 0.5, 0.6667]))
    return (total / rng.choice([40, 20, 8]), min_sc, total / rng.choice([6, 3]), min_sc + 0.1)


def _both(table: ODTable, params, variant: str):
    return [
        euro_regions(table, *params, variant=variant, keep_trace=True, engine=engine)
        for engine in ("python", "compiled")
    ]


def assert_same_run(py, nb) -> None:
    """Identical step by step: trace, reserve events, partitions, diagnostics."""
    assert py.diagnostics["engine"] == "python" and nb.diagnostics["engine"] == "compiled"
    a, b = py.diagnostics["trace"], nb.diagnostics["trace"]
    k = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    assert a == b, f"first differing trace row {k}: python {a[k : k + 1]}, compiled {b[k : k + 1]}"
    # V compared exactly (TraceRecord equality), and its bits too (-0.0 == 0.0)
    assert [r.selected_v.hex() for r in a] == [r.selected_v.hex() for r in b]
    assert py.diagnostics["reserve_events"] == nb.diagnostics["reserve_events"]
    assert py.diagnostics["steps"] == nb.diagnostics["steps"]
    assert py.diagnostics["first_selected"] == nb.diagnostics["first_selected"]
    for key in ("clusters_before_final_step", "clusters"):
        assert py.diagnostics[key].tolist() == nb.diagnostics[key].tolist(), key
    assert py.region_sets() == nb.region_sets()
    assert py.unassigned() == nb.unassigned()
    assert py.events == nb.events
    assert py.diagnostics["validity"].tolist() == nb.diagnostics["validity"].tolist()
    for part in (py, nb):
        # every event names the region its unit finally belongs to
        region_of = dict(zip(part.units.tolist(), part.region.tolist()))
        for event in part.events:
            k = region_of[event["unit"]]
            assert event["region_id"] == (part.region_ids[k] if k >= 0 else None), event


@pytest.mark.parametrize("variant", VARIANTS)
def test_random_tables_with_ties_same_run(variant):
    """120 random tables per variant (8-60 units, counts from few values: many ties)."""
    rng = np.random.default_rng(14)
    moved = reserved = 0
    for _ in range(120):
        n = int(rng.integers(8, 61))
        table = _table(rng, n, int(rng.integers(2 * n, 6 * n)), int(rng.integers(1, 5)))
        params = _params(table, rng)
        py, nb = _both(table, params, variant)
        assert_same_run(py, nb)
        moved += len(py.diagnostics["trace"])
        reserved += len(py.diagnostics["reserve_events"])
    # the tables exercise the loop: many moves, many reserve-list entries
    assert moved > 2000 and reserved > 200


@pytest.mark.parametrize("variant", VARIANTS)
def test_random_fractional_tables_same_bits(variant):
    """Fractional counts: every V and L is rounded, so a sum taken in another order (or a
    fused multiply-add) changes the last bits and, through the ties, the run."""
    rng = np.random.default_rng(41)
    for _ in range(100):
        n = int(rng.integers(8, 50))
        table = _table(rng, n, int(rng.integers(2 * n, 8 * n)), int(rng.integers(3, 9)), True)
        py, nb = _both(table, _params(table, rng), variant)
        assert_same_run(py, nb)


@st.composite
def tied_tables(draw):
    n = draw(st.integers(3, 16))
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.sampled_from([1, 2, 4])),
            min_size=n,
            max_size=5 * n,
        )
    )
    own = draw(st.lists(st.sampled_from([0, 1, 4, 8]), min_size=n, max_size=n))
    ids = [f"{k:03d}" for k in range(n)]
    frame = pd.DataFrame(
        [(ids[a], ids[b], c) for a, b, c in pairs]
        + [(ids[k], ids[k], c) for k, c in enumerate(own)],
        columns=["o", "d", "n"],
    )
    frame = frame[frame.n > 0].groupby(["o", "d"], as_index=False)["n"].sum()
    return ODTable.from_frame(frame.astype(str), "o", "d", "n")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=tied_tables(), variant=st.sampled_from(VARIANTS), scale=st.sampled_from([4, 10]))
def test_hypothesis_tables_same_run(table, variant, scale):
    total = float(table.total)
    params = (total / (2 * scale), 0.5, total / scale, 0.6)
    try:
        py = euro_regions(table, *params, variant=variant, keep_trace=True, engine="python")
    except InputError:  # e.g. every unit in the zero list: the compiled loop must say the same
        with pytest.raises(InputError):
            euro_regions(table, *params, variant=variant, engine="compiled")
        return
    nb = euro_regions(table, *params, variant=variant, keep_trace=True, engine="compiled")
    assert_same_run(py, nb)


def test_small_stretches_full_heap_and_growing_trace_same_run(monkeypatch):
    """The compiled loop paused after every iteration (progress, cancellation), its heap at the
    smallest room (stale entries dropped on nearly every push) and its trace buffer grown
    many times: the same run."""
    monkeypatch.setattr(euro_engine, "STRETCH", 1)
    monkeypatch.setattr(euro_engine, "HEAP_ROOM", 1)
    rng = np.random.default_rng(3)
    for _ in range(20):
        table = _table(rng, 50, 250, 3)
        params = _params(table, rng)
        seen: list[float] = []
        py = euro_regions(table, *params, keep_trace=True, engine="python")
        nb = euro_regions(table, *params, keep_trace=True, engine="compiled", progress=seen.append)
        assert_same_run(py, nb)
        if py.diagnostics["steps"] > 1:
            assert len(seen) >= py.diagnostics["steps"]  # a report between iterations


def test_cancel_between_stretches(monkeypatch):
    monkeypatch.setattr(euro_engine, "STRETCH", 2)
    table = _table(np.random.default_rng(5), 60, 300, 3)
    params = (table.total / 20, 0.5, table.total / 3, 0.6)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3  # after the zero list and two stretches

    with pytest.raises(Cancelled):
        euro_regions(table, *params, engine="compiled", cancelled=cancelled)
    assert len(calls) == 4


def test_not_converging_is_an_input_error_in_both_loops():
    table = _table(np.random.default_rng(8), 40, 200, 3)
    params = (table.total / 20, 0.5, table.total / 3, 0.6)
    for engine in ("python", "compiled"):
        with pytest.raises(InputError, match="did not converge within 3 steps"):
            euro_regions(table, *params, max_steps=3, engine=engine)


def test_recorder_gets_the_same_records():
    table = _table(np.random.default_rng(9), 30, 150, 2)
    params = (table.total / 20, 0.5, table.total / 3, 0.6)
    got = {}
    for engine in ("python", "compiled"):
        rows: list = []
        euro_regions(table, *params, recorder=rows.append, engine=engine)
        got[engine] = rows
    assert got["python"] and got["python"] == got["compiled"]


def test_unknown_engine():
    table = _table(np.random.default_rng(1), 10, 30, 2)
    with pytest.raises(InputError, match="Unknown engine 'fast'"):
        euro_regions(table, engine="fast")


def test_without_numba_the_python_loop_runs_and_says_so(monkeypatch):
    """numba made unimportable: "auto" runs the Python loop (the same partition) and the
    messages say so once; "compiled" is an error naming numba."""
    import sys

    table = _table(np.random.default_rng(2), 40, 200, 3)
    params = (table.total / 20, 0.5, table.total / 3, 0.6)
    with_numba = euro_regions(table, *params)
    assert with_numba.diagnostics["engine"] == "compiled"
    assert not any("numba" in m for m in with_numba.messages)
    monkeypatch.setitem(sys.modules, "numba", None)  # "import numba" now fails
    assert not compiled.numba_available() and compiled.njit(cache=True) is None
    part = euro_regions(table, *params)
    assert part.diagnostics["engine"] == "python"
    assert part.region_sets() == with_numba.region_sets()
    notes = [m for m in part.messages if "numba" in m]
    assert notes == [compiled.numba_missing_note("EURO")]
    assert "EURO ran its Python loop" in notes[0]
    with pytest.raises(InputError, match="numba"):
        euro_regions(table, *params, engine="compiled")
    # the Python loop asked for by name needs no numba and says nothing about it
    assert not any("numba" in m for m in euro_regions(table, *params, engine="python").messages)


def _messy_matrix(rng: np.random.Generator, n: int, canonical: bool = False):
    """A random n x n CSR matrix with a stored zero and a diagonal, and unless ``canonical``
    unsorted indices and a duplicate entry: what ODTable never holds, but ODTable(...)
    accepts."""
    import scipy.sparse as sp

    dense = rng.choice([0.0, 0.0, 0.0, 0.1, 1.0, 7.3], (n, n))
    dense[rng.random((n, n)) < 0.05] = 0.0
    coo = sp.coo_array(dense)
    order = rng.permutation(coo.nnz)
    rows, cols, data = coo.row[order], coo.col[order], coo.data[order].copy()
    if len(data):
        data[0] = 0.0  # a stored zero
        # a duplicate: one flow split over two entries (0.7 + 0.3 sums with rounding, as F)
        rows = np.append(rows, rows[-1])
        cols = np.append(cols, cols[-1])
        data = np.append(data, 0.3)
    csr = sp.csr_array((data, (rows, cols)), shape=(n, n))
    if canonical:
        csr.sum_duplicates()  # drops the zero: store one again, still canonical
        if csr.nnz:
            csr.data[int(rng.integers(csr.nnz))] = 0.0
        assert csr.has_canonical_format
    else:
        csr.has_sorted_indices = False
    return csr


def test_flow_lists_hold_the_merged_neighbour_lists():
    """The compiled loop's rows of F and of its transpose hold, unit by unit, the same
    neighbours, ascending, with the same values as the Python loop's merged lists (off-diagonal
    part plus its transpose), also from a matrix with unsorted indices, a stored zero, a
    duplicate and a diagonal."""
    import scipy.sparse as sp
    from RegionAtlas.regionatlas.commuting.regions.euro_engine import flow_lists

    rng = np.random.default_rng(12)
    for _ in range(30):
        n = int(rng.integers(1, 40))
        csr = _messy_matrix(rng, n, canonical=bool(rng.integers(2)))
        ptr, idx, val, tptr, tidx, tval = flow_lists(csr)
        off = sp.csr_array(csr - sp.diags(csr.diagonal()))
        off.eliminate_zeros()
        both = sp.csr_array(off.astype(complex) + 1j * sp.csr_array(off.T))
        both.sort_indices()
        for i in range(n):
            out = {
                int(j): float(v)
                for j, v in zip(idx[ptr[i] : ptr[i + 1]], val[ptr[i] : ptr[i + 1]])
                if j != i and v != 0.0
            }
            inn = {
                int(j): float(v)
                for j, v in zip(tidx[tptr[i] : tptr[i + 1]], tval[tptr[i] : tptr[i + 1]])
                if j != i and v != 0.0
            }
            assert list(out) == sorted(out) and list(inn) == sorted(inn)
            assert 0.0 not in val and 0.0 not in tval  # the loop relies on it
            s, e = both.indptr[i], both.indptr[i + 1]
            merged = both.indices[s:e].tolist()
            assert sorted(set(out) | set(inn)) == merged
            assert [out.get(j, 0.0) for j in merged] == both.data[s:e].real.tolist()
            assert [inn.get(j, 0.0) for j in merged] == both.data[s:e].imag.tolist()


@pytest.mark.parametrize("variant", VARIANTS)
def test_messy_matrices_same_run(variant):
    """An ODTable made directly from a matrix with unsorted indices, stored zeros,
    duplicates and a diagonal: both loops give the same run (the compiled loop skips the
    zeros and the diagonal that its rows hold)."""
    rng = np.random.default_rng(23)
    runs = 0
    for _ in range(40):
        n = int(rng.integers(6, 40))
        csr = _messy_matrix(rng, n, canonical=bool(rng.integers(2)))
        csr.data *= rng.choice([1.0, 10.0, 100.0])
        table = ODTable(units=np.array([f"{k:03d}" for k in range(n)], dtype=object), matrix=csr)
        total = float(csr.sum())
        params = (total / 20, 0.5, total / 4, 0.6)
        try:
            py = euro_regions(table, *params, variant=variant, keep_trace=True, engine="python")
        except InputError:
            continue
        nb = euro_regions(table, *params, variant=variant, keep_trace=True, engine="compiled")
        assert_same_run(py, nb)
        runs += len(py.diagnostics["trace"])
    assert runs > 100


def test_transpose_equals_scipy(monkeypatch):
    """The compiled two-pass transpose gives scipy's transpose array for array: columns
    spread over several blocks (small blocks here), empty rows and columns, one full column."""
    import scipy.sparse as sp

    rng = np.random.default_rng(31)
    for shift in (0, 1, 3, 11):
        monkeypatch.setattr(euro_engine, "TRANSPOSE_BLOCK_SHIFT", shift)
        for _ in range(20):
            n = int(rng.integers(1, 60))
            dense = rng.choice([0.0, 0.0, 0.0, 0.0, 0.1, 3.0], (n, n))
            dense[:, int(rng.integers(n))] = rng.random(n) + 0.5  # one full column
            csr = sp.csr_array(dense)
            want = sp.csr_array(csr.T)
            ptr = csr.indptr.astype(np.int64)
            tptr, tidx, tval = euro_engine.transpose(ptr, csr.indices, csr.data, n)
            assert tptr.tolist() == want.indptr.tolist()
            assert tidx.tolist() == want.indices.tolist()
            assert tval.tolist() == want.data.tolist()
