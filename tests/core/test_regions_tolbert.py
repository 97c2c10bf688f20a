"""Tolbert-Sizer commuting zones on the US ACS 2009-2013 county flows (spec section 3).

Every exactness test runs for both merge loops: the Python loop (``engine="python"``) and
the compiled one (``engine="compiled"``, tolbert_compiled.py; skipped without numba)."""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.commuting.regions import (
    adjusted_rand_index,
    average_linkage_cut,
    proportional_flows,
    tolbert,
    tolbert_sizer_regions,
)
from RegionAtlas.regionatlas.commuting.regions.tolbert import _dense_cut
from RegionAtlas.regionatlas.compiled import numba_available
from RegionAtlas.regionatlas.errors import InputError

needs_numba = pytest.mark.skipif(not numba_available(), reason="numba is not installed")
ENGINES = [
    pytest.param("python", id="python"),
    pytest.param("compiled", id="compiled", marks=needs_numba),
]


def _us(shared_data) -> ODTable:
    f = pd.read_csv(shared_data("us", "acs_2009_2013_county_flows.csv"), dtype=str)
    home_state = pd.to_numeric(f.h_state_fips, errors="coerce")
    work_state = pd.to_numeric(f.w_state_fips, errors="coerce")
    # flows abroad: work state code above 56 or missing (NA); Puerto Rico homes likewise
    f = f[(work_state <= 56) & (home_state <= 56)]
    origin = f.h_state_fips.str.zfill(2) + f.h_county_fips.str.zfill(3)
    # the work state code has three digits ("001"): normalise to the two-digit FIPS
    dest = f.w_state_fips.astype(int).astype(str).str.zfill(2) + f.w_county_fips.str.zfill(3)
    return ODTable.from_records(origin.tolist(), dest.tolist(), f.flow.tolist())


_CACHE: dict = {}


def _zones(shared_data, algorithm: str, engine: str = "python"):
    key = (algorithm, engine)
    if key not in _CACHE:
        if "table" not in _CACHE:
            _CACHE["table"] = _us(shared_data)
        table = _CACHE["table"]
        _CACHE[key] = tolbert_sizer_regions(table, 0.977, algorithm=algorithm, engine=engine)
    return _CACHE["table"], _CACHE[key]


@pytest.mark.parametrize("engine", ENGINES)
def test_about_620_zones_and_ari_against_2010(shared_data, engine):
    table, part = _zones(shared_data, "sparse", engine)
    assert part.diagnostics["engine"] == engine
    assert part.variant == "sparse"
    assert 600 <= part.n_regions <= 640
    assert sum(len(s) for s in part.region_sets()) == table.n
    cz = pd.read_csv(shared_data("us", "cz2010_fowler.csv"), encoding="latin-1", dtype=str)
    cz["fips"] = cz.FIPS.str.zfill(5)
    official = dict(zip(cz.fips, cz.OUT10))
    ours = part.region_of()
    common = sorted(set(official) & set(ours))
    assert len(common) >= 3100
    ari = adjusted_rand_index([ours[u] for u in common], [official[u] for u in common])
    assert ari == pytest.approx(0.79, abs=0.02)


@pytest.mark.parametrize("engine", ENGINES)
def test_sparse_equals_dense_scipy_on_us_data(shared_data, engine):
    """The sparse nearest-neighbour chain reproduces scipy's dense result exactly."""
    _, dense = _zones(shared_data, "dense")
    _, sparse = _zones(shared_data, "sparse", engine)
    assert sparse.region_sets() == dense.region_sets()
    assert np.array_equal(sparse.region, dense.region)
    assert sparse.diagnostics["merges_below_cut"] == len(sparse.units) - sparse.n_regions


@needs_numba
def test_both_engines_same_flows_and_merges_on_us_data(shared_data):
    table, python = _zones(shared_data, "sparse", "python")
    _, compiled = _zones(shared_data, "sparse", "compiled")
    assert np.array_equal(python.region, compiled.region)
    assert python.diagnostics["merges_below_cut"] == compiled.diagnostics["merges_below_cut"]
    for a, b in zip(
        proportional_flows(table, engine="python"), proportional_flows(table, engine="compiled")
    ):
        assert a.dtype == b.dtype and np.array_equal(a, b)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_sparse_equals_dense_with_many_ties(seed, engine):
    rng = np.random.default_rng(seed)
    for _ in range(40):
        n = int(rng.integers(2, 60))
        m = int(rng.integers(1, 4 * n))
        i = rng.integers(0, n, m)
        j = rng.integers(0, n, m)
        keep = i < j
        pairs = np.unique(np.column_stack([i[keep], j[keep]]), axis=0)
        if len(pairs) == 0:
            continue
        s = rng.integers(1, 5, len(pairs)) / 5.0  # few distinct values: ties everywhere
        for h in (0.3, 0.6, 0.8, 0.95):
            sparse, _ = average_linkage_cut(n, pairs[:, 0], pairs[:, 1], s, h, engine=engine)
            dense = _dense_cut(n, pairs[:, 0], pairs[:, 1], s, h)
            assert np.array_equal(sparse, dense), (n, h)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("seed", [1, 2])
def test_sparse_equals_dense_continuous(seed, engine):
    rng = np.random.default_rng(seed)
    n = 300
    i = rng.integers(0, n, 1500)
    j = rng.integers(0, n, 1500)
    keep = i < j
    pairs = np.unique(np.column_stack([i[keep], j[keep]]), axis=0)
    s = rng.uniform(0.0, 0.999, len(pairs)) ** 3
    for h in (0.5, 0.9, 0.977, 0.999):
        sparse, _ = average_linkage_cut(n, pairs[:, 0], pairs[:, 1], s, h, engine=engine)
        assert np.array_equal(sparse, _dense_cut(n, pairs[:, 0], pairs[:, 1], s, h)), h


@pytest.mark.parametrize("engine", ENGINES)
def test_cut_height_one_merges_everything(engine):
    table = ODTable.from_records(["a", "b", "c"], ["b", "a", "c"], [5, 5, 5])
    part = tolbert_sizer_regions(table, 1.0, engine=engine)
    assert part.region_sets() == {frozenset("abc")}


def _reference_cut(n: int, i, j, similarity, height: float) -> np.ndarray:
    """Average linkage by the nearest-neighbour chain on a dense matrix, written plainly from
    Muellner (2011), *Modern hierarchical, agglomerative clustering algorithms*, with scipy's
    conventions (chain starts at the lowest active cluster; the previous chain element is
    kept unless another is strictly closer, else the lowest index; the merged cluster takes
    the larger index); flat clusters are the unions of merges at distance <= height."""
    d = [[1.0] * n for _ in range(n)]
    for a, b, s in zip(i.tolist(), j.tolist(), similarity.tolist()):
        d[a][b] = d[b][a] = 1.0 - s
    size = [1] * n
    label = list(range(n))
    chain: list[int] = []
    for _ in range(n - 1):
        if not chain:
            chain.append(min(k for k in range(n) if size[k]))
        while True:
            x = chain[-1]
            y = chain[-2] if len(chain) > 1 else -1
            best = d[x][y] if y >= 0 else float("inf")
            for k in range(n):
                if size[k] and k != x and d[x][k] < best:
                    best, y = d[x][k], k
            if len(chain) > 1 and y == chain[-2]:
                break
            chain.append(y)
        del chain[-2:]
        x, y = min(x, y), max(x, y)
        for k in range(n):
            if size[k] and k not in (x, y):
                d[y][k] = d[k][y] = (size[x] * d[x][k] + size[y] * d[y][k]) / (size[x] + size[y])
        if best <= height:
            label = [label[y] if lab == label[x] else lab for lab in label]
        size[y] += size[x]
        size[x] = 0
    _, first, inv = np.unique(label, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    return rank[inv]


@st.composite
def _tie_graphs(draw):
    """Small similarity graphs with few distinct values (ties everywhere), isolated units and
    several components."""
    n = draw(st.integers(1, 24))
    pairs = draw(
        st.sets(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]),
            max_size=3 * n,
        )
    )
    pairs = sorted(pairs)
    levels = draw(st.sampled_from([(0.25, 0.5, 0.75), (0.2, 0.4, 0.6, 0.8, 1.0), (0.5,)]))
    s = draw(st.lists(st.sampled_from(levels), min_size=len(pairs), max_size=len(pairs)))
    height = draw(st.sampled_from([0.3, 0.5, 0.6, 0.75, 0.9, 0.977]))
    i = np.array([p[0] for p in pairs], dtype=np.int64)
    j = np.array([p[1] for p in pairs], dtype=np.int64)
    return n, i, j, np.array(s, dtype=float), height


@settings(max_examples=300, deadline=None)
@given(graph=_tie_graphs())
def test_sparse_equals_plain_reference_and_scipy_with_ties(graph):
    """Both engines against the plain NN-chain and scipy, on tie-heavy random graphs."""
    n, i, j, s, height = graph
    reference = _reference_cut(n, i, j, s, height)
    for engine in ("python", "compiled") if numba_available() else ("python",):
        sparse, merges = average_linkage_cut(n, i, j, s, height, engine=engine)
        assert np.array_equal(sparse, reference), engine
        assert merges == n - (sparse.max() + 1 if n else 0)
    if n > 1:
        assert np.array_equal(reference, _dense_cut(n, i, j, s, height))


@needs_numba
@pytest.mark.parametrize("spare", [0.0, 0.5])
@pytest.mark.parametrize("seed", [5, 6, 7])
def test_engines_identical_on_larger_tie_heavy_graphs(seed, spare, monkeypatch):
    """Hundreds of units, merges above and below the cut, ties everywhere; with no spare
    room in the compiled loop's pool every growing list forces a compaction or a new pool."""
    monkeypatch.setattr(tolbert, "_POOL_SPARE", spare)
    rng = np.random.default_rng(seed)
    for _ in range(6):
        n = int(rng.integers(100, 600))
        m = int(rng.integers(n, 8 * n))
        i = rng.integers(0, n, m)
        j = (i + rng.integers(1, 40, m)) % n  # local links: long chains, big clusters
        lo, hi = np.minimum(i, j), np.maximum(i, j)
        pairs = np.unique(np.column_stack([lo, hi]), axis=0)
        s = rng.integers(0, 6, len(pairs)) / 6.0
        for h in (0.4, 0.8, 0.977):
            python = average_linkage_cut(n, pairs[:, 0], pairs[:, 1], s, h, engine="python")
            compiled = average_linkage_cut(n, pairs[:, 0], pairs[:, 1], s, h, engine="compiled")
            assert np.array_equal(python[0], compiled[0]) and python[1] == compiled[1], (n, h)


def _reference_pf(table: ODTable, cap: float) -> dict[tuple[int, int], float]:
    """PF from its definition, pair by pair (Tolbert & Sizer 1996)."""
    dense = table.matrix.toarray()
    r = dense.sum(axis=1)
    out = {}
    for a in range(table.n):
        for b in range(a + 1, table.n):
            flow = dense[a, b] + dense[b, a]
            if dense[a, b] or dense[b, a]:
                low = min(r[a], r[b])
                out[(a, b)] = min(flow / low, cap) if low > 0 else cap
    return out


@pytest.mark.parametrize("engine", ENGINES)
def test_proportional_flows_by_definition(engine):
    rng = np.random.default_rng(11)
    for _ in range(20):
        n = int(rng.integers(2, 30))
        m = int(rng.integers(1, 5 * n))
        ids = [f"{k:03d}" for k in range(n)]
        o = rng.integers(0, n, m)
        d = rng.integers(0, n, m)
        counts = rng.integers(1, 50, m).tolist()
        o_ids = [*(ids[k] for k in o), ids[0]]
        d_ids = [*(ids[k] for k in d), "999"]  # a workplace without employed residents
        table = ODTable.from_records(o_ids, d_ids, [*counts, 7])
        assert table.residents[table.n - 1] == 0
        i, j, pf = proportional_flows(table, 0.999, engine=engine)
        want = _reference_pf(table, 0.999)
        assert list(zip(i.tolist(), j.tolist())) == sorted(want)
        assert np.allclose(pf, [want[p] for p in sorted(want)], rtol=1e-15, atol=0)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_pair_above_the_cut_decides_a_tie_below_it(engine):
    """Why the whole chain is emulated, not each group of units linked below the cut: with
    scipy's chain order a pair at distance 0.99 (above the cut 0.5) changes which of two tied
    pairs at 0.3 merges first, and so the zones. Units 1-7 and 5-7 are at 0.3."""
    i = np.array([1, 5, 0])
    j = np.array([7, 7, 5])
    s = np.array([0.7, 0.7, 0.01])
    without, _ = average_linkage_cut(8, i[:2], j[:2], s[:2], 0.5, engine=engine)
    with_far_pair, _ = average_linkage_cut(8, i, j, s, 0.5, engine=engine)
    assert without[1] == without[7] != without[5]
    assert with_far_pair[5] == with_far_pair[7] != with_far_pair[1]
    assert np.array_equal(with_far_pair, _dense_cut(8, i, j, s, 0.5))
    assert np.array_equal(without, _dense_cut(8, i[:2], j[:2], s[:2], 0.5))


@pytest.mark.parametrize("engine", ENGINES)
def test_tie_in_a_neighbours_nearest_goes_to_the_lowest_index(engine):
    """After a merge a neighbour can be equally close to the merged cluster and to another,
    lower-numbered one: its nearest stays the lower one (found by a random search)."""
    pairs = np.array(
        [[0, 2], [0, 10], [1, 3], [1, 4], [1, 9], [2, 9], [2, 10], [3, 6], [3, 8], [4, 8],
         [6, 7], [6, 8], [7, 10], [8, 9]]
    )  # fmt: skip
    s = np.array([1, 2, 2, 1, 2, 1, 1, 2, 2, 2, 1, 2, 1, 2]) / 4.0
    sparse, _ = average_linkage_cut(11, pairs[:, 0], pairs[:, 1], s, 0.8, engine=engine)
    assert np.array_equal(sparse, _dense_cut(11, pairs[:, 0], pairs[:, 1], s, 0.8))
    assert np.array_equal(sparse, _reference_cut(11, pairs[:, 0], pairs[:, 1], s, 0.8))


@pytest.mark.parametrize("engine", ENGINES)
def test_progress_rises_during_the_merges(engine):
    rng = np.random.default_rng(3)
    n = 9000
    o = rng.integers(0, n, 4 * n)
    d = (o + rng.integers(1, 4, 4 * n)) % n
    ids = [f"{k:05d}" for k in range(n)]
    table = ODTable.from_records(
        [ids[k] for k in o] + ids, [ids[k] for k in d] + ids, [5] * (4 * n) + [20] * n
    )
    seen: list[float] = []
    tolbert_sizer_regions(table, 0.977, progress=seen.append, engine=engine)
    inside = [p for p in seen if 10.0 < p < 95.0]
    assert inside, seen
    assert seen == sorted(seen) and 0.0 <= seen[0] and seen[-1] == 100.0


@pytest.mark.parametrize("engine", ENGINES)
def test_cancel_stops_the_merges(engine):
    from RegionAtlas.regionatlas.errors import Cancelled

    rng = np.random.default_rng(4)
    n = 20000
    i = rng.integers(0, n, 3 * n)
    j = (i + rng.integers(1, 50, 3 * n)) % n
    pairs = np.unique(np.column_stack([np.minimum(i, j), np.maximum(i, j)]), axis=0)
    s = rng.uniform(0.1, 0.9, len(pairs))
    calls: list[int] = []
    feedback = tolbert.Feedback(cancelled=lambda: calls.append(1) or len(calls) > 1)
    with pytest.raises(Cancelled):
        average_linkage_cut(n, pairs[:, 0], pairs[:, 1], s, 0.977, feedback=feedback,
                            engine=engine)  # fmt: skip
    assert len(calls) == 2


def test_without_numba_the_python_loop_runs_and_says_so(monkeypatch):
    rng = np.random.default_rng(8)
    ids = [f"{k:04d}" for k in range(300)]
    o = rng.integers(0, 300, 2000)
    d = (o + rng.integers(0, 5, 2000)) % 300
    table = ODTable.from_records([ids[k] for k in o], [ids[k] for k in d], [3] * 2000)
    with_python = tolbert_sizer_regions(table, 0.977, engine="python")
    assert with_python.diagnostics["engine"] == "python"
    assert not [m for m in with_python.messages if "numba" in m]
    monkeypatch.setitem(sys.modules, "numba", None)  # import numba now fails
    auto = tolbert_sizer_regions(table, 0.977)
    notes = [m for m in auto.messages if "numba" in m]
    assert len(notes) == 1 and "Tolbert-Sizer" in notes[0] and "Python loop" in notes[0]
    assert auto.diagnostics["engine"] == "python"
    assert np.array_equal(auto.region, with_python.region)
    with pytest.raises(InputError, match="numba"):
        tolbert_sizer_regions(table, 0.977, engine="compiled")
    with pytest.raises(InputError, match="numba"):
        average_linkage_cut(3, np.array([0]), np.array([1]), np.array([0.5]), 0.6,
                            engine="compiled")  # fmt: skip


@needs_numba
def test_auto_uses_the_compiled_loop_when_numba_is_there():
    table = ODTable.from_records(["a", "b", "c"], ["b", "a", "a"], [5, 5, 1])
    part = tolbert_sizer_regions(table, 0.977)
    assert part.diagnostics["engine"] == "compiled"
    assert not [m for m in part.messages if "numba" in m]


def test_unknown_engine_is_refused():
    table = ODTable.from_records(["a", "b"], ["b", "a"], [5, 5])
    for algorithm in ("sparse", "dense"):
        with pytest.raises(InputError, match="engine 'fast'"):
            tolbert_sizer_regions(table, 0.977, algorithm=algorithm, engine="fast")
