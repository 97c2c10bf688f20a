"""The output passes of the EURO method (issue 14): the same numbers by the shorter way.

The validity of every final region is taken from the run's own cluster totals when every sum
of flows is exact (whole-number flows), and summed over the region's units and flows
otherwise; the unit indicators reuse the sums of the zero-list pass. Both must give, bit for
bit, what the plain computation over the matrix gives.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.commuting.regions import euro, euro_regions, validity, zero_list_mask
from RegionAtlas.regionatlas.commuting.regions.parameters import EuroParameters
from RegionAtlas.regionatlas.commuting.regions.partition import unit_indicators
from RegionAtlas.regionatlas.errors import InputError

#: Counts with no exact binary fraction: sums depend on their order.
FRACTIONS = np.array([0.1, 0.3, 0.7, 1.1, 2.2, 3.3, 10.1, 0.01])
WHOLE = np.array([1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 1000.0])


def _table(rng: np.random.Generator, n: int, pool: np.ndarray, zero_units: int = 0) -> ODTable:
    ids = [f"{k:04d}" for k in range(n)]
    flows = int(rng.integers(2 * n, 6 * n))
    o, d = rng.integers(0, n - zero_units, flows), rng.integers(0, n - zero_units, flows)
    c = rng.choice(pool, flows)
    own = rng.choice([0.0, 10.0, 100.0, 500.0], n) * pool[0]
    # the last units only have flows to themselves: the zero list takes them
    frame = pd.DataFrame(
        {
            "o": [ids[k] for k in o] + ids,
            "d": [ids[k] for k in d] + ids,
            "n": np.concatenate([c, own + (own == 0) * pool[-1]]),
        }
    )
    frame = frame.groupby(["o", "d"], as_index=False)["n"].sum()
    return ODTable.from_frame(frame.astype({"n": str}), "o", "d", "n")


def _plain_validity(table: ODTable, part, params: EuroParameters) -> np.ndarray:
    """V per final region by the plain sums over the zero-list-free matrix (as before issue
    14's output passes): R, W over the region's units, S over its internal flows."""
    _, m = zero_list_mask(table.matrix)
    r = np.asarray(m.sum(axis=1)).ravel()
    w = np.asarray(m.sum(axis=0)).ravel()
    k, nreg = part.region, part.n_regions
    ok = k >= 0
    rr = np.bincount(k[ok], weights=r[ok], minlength=nreg)
    ww = np.bincount(k[ok], weights=w[ok], minlength=nreg)
    coo = m.tocoo()
    same = (k[coo.row] == k[coo.col]) & (k[coo.row] >= 0)
    ss = np.bincount(k[coo.row[same]], weights=coo.data[same], minlength=nreg)
    return np.atleast_1d(validity(rr, ww, ss, params))


@pytest.mark.parametrize("engine", ["python", "compiled"])
@pytest.mark.parametrize("variant", ["istat", "textbook", "strict"])
@pytest.mark.parametrize("fractional", [False, True])
def test_region_validity_bit_for_bit(engine, variant, fractional):
    rng = np.random.default_rng(7 + fractional)
    pool = FRACTIONS if fractional else WHOLE
    checked = 0
    for case in range(40):
        n = int(rng.integers(8, 50))
        table = _table(rng, n, pool, zero_units=case % 3)
        assert euro.exact_integer_sums(table.matrix) is (not fractional)
        total = float(table.total)
        params = EuroParameters.checked(total / 20, 0.5, total / 4, 0.6)
        try:
            part = euro_regions(
                table, total / 20, 0.5, total / 4, 0.6, variant=variant, engine=engine
            )
        except InputError:
            continue
        # the unit indicators are the table's, zero list or not
        for x, y in zip((part.residents, part.jobs, part.p1, part.p2), unit_indicators(table)):
            assert x.tobytes() == y.tobytes()
        got = part.diagnostics["validity"]
        want = _plain_validity(table, part, params)
        assert [x.hex() for x in got.tolist()] == [x.hex() for x in want.tolist()]
        checked += part.n_regions
    assert checked > 100


@pytest.mark.parametrize("chunk", [1, 2, 1 << 20])
def test_exact_integer_sums(monkeypatch, chunk):
    monkeypatch.setattr(euro, "EXACT_CHECK_CHUNK", chunk)
    m = sp.csr_array(np.array([[3.0, 1.0, 0.0], [0.0, 2.0, 7.0], [1.0, 0.0, 4.0]]))
    assert euro.exact_integer_sums(m)
    for k in range(m.nnz):  # a fraction anywhere, in any chunk
        m.data[k] += 0.5
        assert not euro.exact_integer_sums(m)
        m.data[k] -= 0.5
    m.data[0] = 2.0**53
    assert not euro.exact_integer_sums(m)  # the sum is no longer exact


def test_unit_indicators_from_the_zero_list_sums():
    rng = np.random.default_rng(3)
    for pool in (WHOLE, FRACTIONS):
        table = _table(rng, 40, pool)
        zero, _, sums = euro._zero_list(table.matrix)
        assert not zero.any()
        a = unit_indicators(table)
        b = unit_indicators(table, sums)
        for x, y in zip(a, b):
            assert x.tobytes() == y.tobytes()


def test_zero_list_leaves_the_table_alone():
    """The zero-list pass shares the table's arrays when it sets nothing aside: neither it
    nor the run may write to them; zero_list_mask still hands out a copy."""
    table = _table(np.random.default_rng(4), 30, FRACTIONS)
    before = [a.copy() for a in (table.matrix.indptr, table.matrix.indices, table.matrix.data)]
    total = float(table.total)
    for engine in ("python", "compiled"):
        euro_regions(table, total / 20, 0.5, total / 4, 0.6, variant="strict", engine=engine)
    after = (table.matrix.indptr, table.matrix.indices, table.matrix.data)
    assert all(np.array_equal(x, y) for x, y in zip(before, after))
    _, m = zero_list_mask(table.matrix)
    assert not np.shares_memory(m.data, table.matrix.data)
