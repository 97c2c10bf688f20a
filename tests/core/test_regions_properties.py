"""Property tests (hypothesis) for every commuting-region method."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.commuting.regions import (
    TTWA_PARAMETERS,
    euro_regions,
    leiden_regions,
    partition_summary,
    region_indicators,
    scb_regions,
    tolbert_sizer_regions,
    validity,
)
from RegionAtlas.regionatlas.errors import InputError

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def od_tables(draw, max_units: int = 14):
    n = draw(st.integers(2, max_units))
    ids = [str(100 + 7 * k) for k in range(n)]
    n_flows = draw(st.integers(n, 4 * n))
    o = draw(st.lists(st.integers(0, n - 1), min_size=n_flows, max_size=n_flows))
    d = draw(st.lists(st.integers(0, n - 1), min_size=n_flows, max_size=n_flows))
    c = draw(st.lists(st.integers(1, 5000), min_size=n_flows, max_size=n_flows))
    # most people work where they live
    selfs = draw(st.lists(st.integers(0, 20000), min_size=n, max_size=n))
    origins = [ids[k] for k in o] + ids
    dests = [ids[k] for k in d] + ids
    counts = c + selfs
    return ODTable.from_records(origins, dests, counts)


def _euro_params(table: ODTable) -> tuple[float, float, float, float]:
    total = float(table.total)
    return (total / 20, 0.5, total / 4, 0.7)


def _run(method: str, table: ODTable):
    if method == "euro":
        return euro_regions(table, *_euro_params(table))
    if method == "strict":
        return euro_regions(table, *_euro_params(table), variant="strict")
    if method == "scb":
        return scb_regions(table)
    if method == "tolbert":
        return tolbert_sizer_regions(table, 0.9)
    return leiden_regions(table)


METHODS = ["euro", "strict", "scb", "tolbert", "leiden"]


@pytest.mark.parametrize("method", METHODS)
@SETTINGS
@given(table=od_tables())
def test_every_unit_in_exactly_one_region_or_zero_list(method, table):
    try:
        part = _run(method, table)
    except InputError:
        assume(False)
        return
    assert list(part.units) == list(table.units)
    sets = part.region_sets()
    members = [u for s in sets for u in s]
    assert len(members) == len(set(members))  # disjoint
    without = set(part.unassigned())
    assert set(members) | without == set(table.units)
    assert not (set(members) & without)
    for u, k, role in zip(part.units, part.region, part.role):
        assert (k < 0) == (role in ("zero-list", "unassigned")), (u, k, role)
    # every region has exactly its centre(s) among its members
    for k in range(part.n_regions):
        centres = [
            u for u in part.members(k) if part.role[part.units.tolist().index(u)] == "centre"
        ]
        assert centres


@pytest.mark.parametrize("method", METHODS)
@SETTINGS
@given(table=od_tables())
def test_region_indicators_sum_to_totals(method, table):
    try:
        part = _run(method, table)
    except InputError:
        assume(False)
        return
    reg = region_indicators(table, part)
    r, w = table.residents, table.jobs
    free = part.region < 0
    assert reg["R"].sum() + r[free].sum() == pytest.approx(r.sum())
    assert reg["W"].sum() + w[free].sum() == pytest.approx(w.sum())
    assert reg["units"].sum() + free.sum() == table.n
    assert (reg["S"] <= reg["R"] + 1e-9).all() and (reg["S"] <= reg["W"] + 1e-9).all()
    summary = partition_summary(table, part)
    assert 0.0 <= summary["share_crossing"] <= 1.0
    assert -1.0 <= summary["modularity"] <= 1.0


@SETTINGS
@given(table=od_tables())
def test_strict_euro_regions_are_all_valid(table):
    params = _euro_params(table)
    try:
        part = euro_regions(table, *params, variant="strict")
    except InputError:
        assume(False)
        return
    reg = region_indicators(table, part)
    p = type(TTWA_PARAMETERS).checked(*params)
    # validity on the matrix the method used (zero-list flows removed) ...
    assert (part.diagnostics["validity"] >= 1.0).all()
    # ... and recomputed independently from the region indicators when there is no zero list
    if not part.zero_list():
        v = validity(reg["R"].to_numpy(), reg["W"].to_numpy(), reg["S"].to_numpy(), p)
        assert (np.atleast_1d(v) >= 1.0 - 1e-12).all()


@pytest.mark.parametrize("method", METHODS)
@SETTINGS
@given(table=od_tables(), offset=st.integers(1, 5000))
def test_relabelling_ids_keeps_the_partition(method, table, offset):
    """Ids renamed in an order-preserving way (numbers shifted, a prefix added) give the
    same partition: the methods depend on ids only through their order (ties)."""
    try:
        part = _run(method, table)
    except InputError:
        assume(False)
        return
    mapping = {u: f"X{int(u) + offset:08d}" for u in table.units}
    o, d, c = table.coo()
    relabelled = ODTable.from_records(
        [mapping[u] for u in table.units[o]], [mapping[u] for u in table.units[d]], c.tolist()
    )
    part2 = _run(method, relabelled)
    expected = {frozenset(mapping[u] for u in s) for s in part.region_sets()}
    assert part2.region_sets() == expected
    assert {mapping[u] for u in part.unassigned()} == set(part2.unassigned())
