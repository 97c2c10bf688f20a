"""The ISTAT-compatible EURO variant replayed against ISTAT's own program (spec section 2b).

Data-driven: every ``*_trace.csv`` found in ``shared/data/*/istat_reference/`` is one case
(file names give ``<data set>_<minSZ>_<minSC>_<tarSZ>_<tarSC>``). For each case the run's
iterations are compared row by row with the program's trace, and the first differing
iteration is reported (selected cluster as the program numbers them, its V to 1e-9, the units
moved and where, incl. to the reserve list). Then the partition before the final reserve step,
the final partition (as sets of sets, never counts) and the reserve-list events (reasons A-F)
must be identical to the program's files where they exist. Every case runs with both loops:
the readable Python loop and the compiled one (numba), which replays it step by step.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.commuting.regions import euro_regions

#: data set name in the reference file names -> (flows file, origin, destination, count)
FLOWS = {
    "brindisi": (("italy", "brindisi_flows.csv"), "community_live", "community_work", "amount"),
    "sardinia": (("italy", "sardinia_flows.csv"), "community_live", "community_work", "amount"),
    "nicd": (("uk_nicd", "flows.csv"), "o", "d", "f"),
}

V_TOLERANCE = 1e-9
#: both loops of the EURO iterations (regions/euro_engine.py)
ENGINES = ["python", "compiled"]

# as in conftest.py (collection needs the folder before any fixture exists)
SHARED_DATA = Path(
    os.environ.get(
        "REGIONATLAS_SHARED_DATA", Path(__file__).resolve().parents[2].parent / "shared" / "data"
    )
)


def _cases() -> list[Path]:
    return sorted(SHARED_DATA.glob("*/istat_reference/*_trace.csv"))


def _case_id(path: Path) -> str:
    return path.name[: -len("_trace.csv")]


def _parse(path: Path) -> tuple[str, tuple[float, float, float, float]]:
    name, *numbers = _case_id(path).split("_")
    return name, tuple(float(x) for x in numbers)


_RUNS: dict[str, object] = {}


def _run(path: Path, engine: str = "python"):
    """The ISTAT-variant run of one case with its trace by one loop (computed once per
    session)."""
    key = (_case_id(path), engine)
    if key not in _RUNS:
        name, params = _parse(path)
        (folder, file), o, d, f = FLOWS[name]
        frame = pd.read_csv(SHARED_DATA / folder / file, dtype=str)
        table = ODTable.from_frame(frame, o, d, f)
        _RUNS[key] = euro_regions(table, *params, keep_trace=True, engine=engine)
        assert _RUNS[key].diagnostics["engine"] == engine
    return _RUNS[key]


def _sibling(path: Path, kind: str) -> Path:
    return path.with_name(f"{_case_id(path)}_{kind}.csv")


def _cases_with(kind: str) -> list[Path]:
    """The reference cases that have a ``kind`` file (Brindisi ships its trace only): the
    test is parametrised over those, so nothing is skipped."""
    return [p for p in CASES if _sibling(p, kind).exists()]


def first_trace_difference(ours, reference: pd.DataFrame) -> str | None:
    """Text naming the first iteration where the two traces differ; None when identical."""
    ref_rows = list(reference.itertuples(index=False))
    for k in range(max(len(ref_rows), len(ours))):
        if k >= len(ref_rows):
            return f"row {k}: ours has more rows, first extra {ours[k]}"
        if k >= len(ours):
            return (
                f"row {k}: ours stopped at iteration {ours[-1].iteration}, reference {ref_rows[k]}"
            )
        a, b = ref_rows[k], ours[k]
        same = (
            a.iteration == b.iteration
            and a.selected_cluster == b.selected_cluster
            and abs(a.selected_V - b.selected_v) <= V_TOLERANCE
            and a.selected_members == b.selected_members
            and a.community == b.unit
            and a.from_cluster == b.from_cluster
            and a.to_cluster == b.to_cluster
        )
        if not same:
            return (
                f"first differing iteration {a.iteration}: reference selects cluster "
                f"{a.selected_cluster} (V={a.selected_V:.10f}, {a.selected_members} members) and "
                f"moves {a.community} {a.from_cluster}->{a.to_cluster}; ours selects cluster "
                f"{b.selected_cluster} (V={b.selected_v:.10f}, {b.selected_members} members) "
                f"and moves {b.unit} {b.from_cluster}->{b.to_cluster}"
            )
    return None


def _groups(mapping: dict[str, int]) -> tuple[set[frozenset[str]], frozenset[str]]:
    """(clusters as a set of frozensets, units in cluster 0)."""
    by: dict[int, set[str]] = {}
    for unit, c in mapping.items():
        by.setdefault(int(c), set()).add(unit)
    none = frozenset(by.pop(0, set()))
    return {frozenset(g) for g in by.values()}, none


def _reference_partition(path: Path) -> dict[str, int]:
    ref = pd.read_csv(path, dtype=str)
    return dict(zip(ref.community, ref.cluster.astype(int)))


def _our_partition(part, key: str) -> dict[str, int]:
    numbers = part.diagnostics[key]
    zero = set(part.zero_list())
    return {u: int(c) for u, c in zip(part.units.tolist(), numbers.tolist()) if u not in zero}


CASES = _cases()
IDS = [_case_id(p) for p in CASES]


def test_reference_cases_found():
    """The six reference runs of issue 10 are all there (guards the data-driven tests)."""
    if not SHARED_DATA.exists():
        pytest.skip("reference data not available")
    assert len(CASES) >= 4, [p.name for p in CASES]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("path", CASES, ids=IDS)
def test_trace_replayed_iteration_by_iteration(path, engine):
    part = _run(path, engine)
    reference = pd.read_csv(path, dtype={"community": str})
    ours = part.diagnostics["trace"]
    assert first_trace_difference(ours, reference) is None, first_trace_difference(ours, reference)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("path", _cases_with("before_final_reserve_step"), ids=_case_id)
def test_partition_before_final_reserve_step(path, engine):
    ref_path = _sibling(path, "before_final_reserve_step")
    part = _run(path, engine)
    ours = _groups(_our_partition(part, "clusters_before_final_step"))
    ref = _groups(_reference_partition(ref_path))
    assert ours[1] == ref[1], "reserve list differs"
    assert ours[0] == ref[0]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("path", _cases_with("partition"), ids=_case_id)
def test_final_partition(path, engine):
    ref_path = _sibling(path, "partition")
    part = _run(path, engine)
    ref_groups, ref_none = _groups(_reference_partition(ref_path))
    # the program's final cluster numbers ...
    ours = _groups(_our_partition(part, "clusters"))
    assert ours == (ref_groups, ref_none)
    # ... and the Partition users get: the same regions, compared as sets of sets
    assert part.region_sets() == ref_groups
    assert set(part.unassigned()) - set(part.zero_list()) == set(ref_none)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("path", _cases_with("reserve_events"), ids=_case_id)
def test_reserve_events(path, engine):
    ref_path = _sibling(path, "reserve_events")
    part = _run(path, engine)
    ref = list(pd.read_csv(ref_path, dtype={"community": str}).itertuples(index=False))
    ours = part.diagnostics["reserve_events"]
    assert len(ours) == len(ref)
    for a, b in zip(ref, ours):
        assert (a.reason, a.iteration, a.selected_cluster, a.community) == (
            b.reason,
            b.iteration,
            b.selected_cluster,
            b.unit,
        ), (a, b)
        assert abs(a.selected_V - b.selected_v) <= V_TOLERANCE, (a, b)
    # the same events reach the user, with the reason in words
    reserve = [e for e in part.events if e["action"] == "reserve"]
    assert [(e["unit"], e["reason_code"]) for e in reserve] == [
        (a.community, a.reason) for a in ref
    ]


def test_first_difference_is_reported():
    """The comparison names the first differing iteration (it must not pass everything)."""
    from RegionAtlas.regionatlas.commuting.regions.euro_run import TraceRecord

    reference = pd.DataFrame(
        {
            "iteration": [1, 2],
            "selected_cluster": [18, 4],
            "selected_V": [0.7277270682, 0.7660713433],
            "selected_members": [1, 1],
            "community": ["74018", "74004"],
            "from_cluster": [18, 4],
            "to_cluster": [16, 16],
        }
    )
    good = [
        TraceRecord(1, 18, 0.72772706821, 1, "74018", 18, 16),
        TraceRecord(2, 4, 0.7660713433, 1, "74004", 4, 16),
    ]
    assert first_trace_difference(good, reference) is None
    moved_elsewhere = [good[0], good[1]._replace(to_cluster=0)]
    assert "iteration 2" in first_trace_difference(moved_elsewhere, reference)
    off_v = [good[0]._replace(selected_v=0.7277270702), good[1]]
    assert "iteration 1" in first_trace_difference(off_v, reference)


@pytest.mark.parametrize("path", CASES, ids=IDS)
def test_vectorised_member_scans_replay_the_trace(path, monkeypatch):
    """Large clusters are scanned by one vectorised pass (speed only): forced on for every
    cluster, the run still replays the program's trace and gives the same partition."""
    from RegionAtlas.regionatlas.commuting.regions import euro_run

    monkeypatch.setattr(euro_run, "VECTOR_MIN_MEMBERS", 1)
    name, params = _parse(path)
    (folder, file), o, d, f = FLOWS[name]
    frame = pd.read_csv(SHARED_DATA / folder / file, dtype=str)
    part = euro_regions(
        ODTable.from_frame(frame, o, d, f), *params, keep_trace=True, engine="python"
    )
    reference = pd.read_csv(path, dtype={"community": str})
    assert first_trace_difference(part.diagnostics["trace"], reference) is None, (
        first_trace_difference(part.diagnostics["trace"], reference)
    )
    assert part.region_sets() == _run(path).region_sets()
