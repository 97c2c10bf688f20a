"""Tolbert-Sizer commuting zones on the US ACS 2009-2013 county flows (spec section 3)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.commuting.regions import (
    adjusted_rand_index,
    average_linkage_cut,
    tolbert_sizer_regions,
)
from RegionAtlas.regionatlas.commuting.regions.tolbert import _dense_cut


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


def _zones(shared_data, algorithm: str):
    key = algorithm
    if key not in _CACHE:
        table = _CACHE.setdefault("table", _us(shared_data))
        _CACHE[key] = tolbert_sizer_regions(table, 0.977, algorithm=algorithm)
    return _CACHE["table"], _CACHE[key]


def test_about_620_zones_and_ari_against_2010(shared_data):
    table, part = _zones(shared_data, "sparse")
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


def test_sparse_equals_dense_scipy_on_us_data(shared_data):
    """The sparse nearest-neighbour chain reproduces scipy's dense result exactly."""
    _, dense = _zones(shared_data, "dense")
    _, sparse = _zones(shared_data, "sparse")
    assert sparse.region_sets() == dense.region_sets()
    assert np.array_equal(sparse.region, dense.region)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_sparse_equals_dense_with_many_ties(seed):
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
            sparse, _ = average_linkage_cut(n, pairs[:, 0], pairs[:, 1], s, h)
            dense = _dense_cut(n, pairs[:, 0], pairs[:, 1], s, h)
            assert np.array_equal(sparse, dense), (n, h)


@pytest.mark.parametrize("seed", [1, 2])
def test_sparse_equals_dense_continuous(seed):
    rng = np.random.default_rng(seed)
    n = 300
    i = rng.integers(0, n, 1500)
    j = rng.integers(0, n, 1500)
    keep = i < j
    pairs = np.unique(np.column_stack([i[keep], j[keep]]), axis=0)
    s = rng.uniform(0.0, 0.999, len(pairs)) ** 3
    for h in (0.5, 0.9, 0.977, 0.999):
        sparse, _ = average_linkage_cut(n, pairs[:, 0], pairs[:, 1], s, h)
        assert np.array_equal(sparse, _dense_cut(n, pairs[:, 0], pairs[:, 1], s, h)), h


def test_cut_height_one_merges_everything():
    table = ODTable.from_records(["a", "b", "c"], ["b", "a", "c"], [5, 5, 5])
    part = tolbert_sizer_regions(table, 1.0)
    assert part.region_sets() == {frozenset("abc")}
