"""EURO method / travel-to-work areas (TTWA): ISTAT-compatible, textbook and strict variants.

Sources: Coombes M. & Bond S. (2008), *Travel-to-Work Areas: the 2007 review*, ONS (the
validity "X-equation", the tie measure L, one unit at a time with a reserve list); Eurostat
(2020), *European Harmonised Labour Market Areas - methodology*; Franconi L., D'Alò M. & Ichim
D. (2016), *Istat implementation of the algorithm to develop Labour Market Areas*, and the
behaviour of ISTAT's program LabourMarketAreas 3.4 read off its traces (spec
commuting-regions.md, sections 2 and 2b). Implemented from these descriptions.

Variants:

- ``"istat"`` (default): reproduces ISTAT's program step by step (spec 2b), which is what
  produces ISTAT's and Eurostat's published areas: after a unit leaves a cluster of several
  units, that cluster's V in the next iteration is the program's member-and-flow minimum (so
  it is usually taken apart one member per iteration); step 6 assigns reserve-list units
  without a validity check, in descending id order. Checked iteration by iteration against
  the program's traces for Brindisi, Sardinia (two parameter sets) and the UK NICD example.
- ``"textbook"``: the published procedure with every V from cluster totals; step 6 as above
  but in the order units entered the reserve list. Some final areas may have V < 1.
- ``"strict"``: textbook iterations, then the validity check stays on in step 6 (a reserve
  unit joins only if its best-linked cluster stays valid, otherwise it stays unassigned) and
  any invalid cluster would be dissolved: every final area has V >= 1, as in the CURDS/ONS
  TTWA program.

Against the CURDS/ONS FORTRAN program's output for the UK NICD example (785 TTWAs, 3500 /
0.6667 / 25000 / 0.75): strict 716 identical TTWAs, adjusted Rand index 0.821 on the zones
both assign, smallest V 1.0000; textbook 715 (0.808); ISTAT-compatible 714 (0.743, the same
as ISTAT's R program). Not matched: the FORTRAN program forms 785 areas where these rules
form 779 (it keeps more small areas, often single zones, apart), its 69 other TTWAs hold 289
zones grouped differently, and it leaves 14 zones unassigned that these rules assign (strict
leaves 6 others unassigned). The published descriptions (Coombes & Bond 2008) do not state a
rule that reproduces this; dissolving the whole least valid cluster and reallocating all its
zones (the older CURDS procedure) gives 687 identical, so it is not used.

The iterations themselves are in :mod:`.euro_run` (the readable Python loop) and
:mod:`.euro_compiled` (the same loop compiled with numba, step for step; chosen by
:mod:`.euro_engine`), the strict final steps in :mod:`.euro_strict`.

Speed (ISTAT variant, synthetic gravity-model tables with ids in random spatial order,
2 shared cores, ``benchmarks/country_scale.py``, 2026-11-30; medians of 3-11 runs per process,
pooled over 8 processes at 2M and 7 at 20M): 2M flows / 100k units 0.44 s with the compiled
loop (0.36-0.51 s between processes; Python loop 3.0 s), 20M flows / 1M units 5.28 s (4.9-5.9
s; Python loop about 34 s), peak 0.7 GB above the OD table (was 1.8 GB); growth n^1.08 from
2M to 20M flows on the pooled medians, n^1.00-1.15 pairing single processes. The iterations
grow 10.0 times, but with 1M units the arrays the loop reads at random no longer fit in the
processor's caches: the loop takes 1.9-2.5 µs per iteration at 100k units and 3.3-3.9 µs at
1M (about 60 % of the time at 20M flows), so the cost depends on how unit ids follow
geography (``--id-order``: Z order 2M 0.45 s / 20M 4.11 s, column order as SCB grid ids 0.32
/ 4.70 s). Renumbering the units for locality inside the method (reverse Cuthill-McKee) made
the loop 13 % faster but costs more than it saves (2 s at 20M flows). The compiled loop walks
each unit's row of F and of its transpose (:func:`.euro_engine.flow_lists`), keeps each unit's
and cluster's marginals in one cache line, and the final validity comes from the run's own
cluster totals when every flow sum is exact. numba compiles the loop once per installation
(about 9-23 s, cached beside the module); later processes load it in 0.3 s.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import scipy.sparse as sp

from ...errors import InputError
from ..odtable import ODTable
from .euro_engine import ENGINE_AUTO, ENGINE_COMPILED, ENGINES, CompiledLoop, resolve_engine
from .euro_run import RESERVE_REASONS, EuroRun, ReserveEvent, TraceRecord
from .euro_strict import assign_reserve_strict, dissolve_invalid
from .parameters import (
    TTWA_MIN_SC,
    TTWA_MIN_SIZE,
    TTWA_TARGET_SC,
    TTWA_TARGET_SIZE,
    EuroParameters,
)
from .partition import (
    CancelCallback,
    Feedback,
    Partition,
    ProgressCallback,
    build_partition,
    unit_indicators,
)
from .validity import validity

VARIANT_ISTAT = "istat"
VARIANT_TEXTBOOK = "textbook"
VARIANT_STRICT = "strict"
VARIANTS = (VARIANT_ISTAT, VARIANT_TEXTBOOK, VARIANT_STRICT)

__all__ = [
    "ENGINES",
    "VARIANTS",
    "VARIANT_ISTAT",
    "VARIANT_STRICT",
    "VARIANT_TEXTBOOK",
    "ReserveEvent",
    "TraceRecord",
    "euro_regions",
    "validity",
    "zero_list_mask",
]


def zero_list_mask(matrix: sp.csr_array) -> tuple[np.ndarray, sp.csr_array]:
    """Units set aside before clustering (spec section 2, step 0), and the matrix without them.

    Repeatedly removes units with R = 0, W = 0, or whose only flow is to themselves (they
    cannot be linked to any other unit); removing a unit also removes its flows, which can make
    further units qualify, hence the repetition.
    """
    zero, m, _ = _zero_list(matrix)
    return zero, (sp.csr_array(m, copy=True) if not zero.any() else m)


def _zero_list(
    matrix: sp.csr_array,
) -> tuple[np.ndarray, sp.csr_array, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """:func:`zero_list_mask`, and the row sums, column sums and diagonal of the matrix it
    returns (computed once here, used by the iterations). When no unit is set aside the
    matrix shares ``matrix``'s arrays (no copy; nothing writes to it)."""
    active = np.ones(matrix.shape[0], dtype=bool)
    m = sp.csr_array(matrix)
    while True:
        r = np.asarray(m.sum(axis=1)).ravel()
        w = np.asarray(m.sum(axis=0)).ravel()
        d = m.diagonal()
        bad = active & ((r <= 0) | (w <= 0) | ((r <= d) & (w <= d)))
        if not bad.any():
            return ~active, m, (r, w, d)
        active &= ~bad
        keep = sp.diags(active.astype(float))
        m = sp.csr_array(keep @ m @ keep)
        m.eliminate_zeros()


#: Sums of whole numbers stay exact in binary floating point below this bound (2**53).
EXACT_INTEGER_BOUND = 2.0**53
#: Flows checked at a time by :func:`exact_integer_sums` (speed only).
EXACT_CHECK_CHUNK = 1 << 20


def exact_integer_sums(matrix: sp.csr_array) -> bool:
    """Whether every flow is a whole number and all of them add up to less than
    :data:`EXACT_INTEGER_BOUND`: then every sum of flows, in any order and with any
    subtractions of flows added before, is exact, so it has the same bits however it was
    computed."""
    data = matrix.data
    # in chunks through one small buffer: no temporary as large as the table
    buf = np.empty(min(len(data), EXACT_CHECK_CHUNK))
    for start in range(0, len(data), EXACT_CHECK_CHUNK):
        part = data[start : start + EXACT_CHECK_CHUNK]
        whole = np.floor(part, out=buf[: len(part)])
        if not np.array_equal(whole, part):
            return False
    return bool(data.sum() < EXACT_INTEGER_BOUND)


def region_validity(
    run: EuroRun,
    matrix: sp.csr_array,
    labels: np.ndarray,
    region: np.ndarray,
    n_regions: int,
    params: EuroParameters,
    exact: bool,
) -> np.ndarray:
    """V of every final region (index ``0 .. n_regions-1``; ``region`` per unit, ``labels``
    the run's cluster per unit), from the matrix the method used (zero list removed).

    With ``exact`` (:func:`exact_integer_sums`) R, W and S of each region are the run's own
    cluster totals (kept up to date as units moved; exact, so bit for bit the sums over the
    region's units and flows); otherwise R and W are summed per region over its units and S
    over the flows inside it, in the matrix's order.
    """
    ok = region >= 0
    if exact:
        cluster = np.zeros(n_regions, dtype=np.int64)
        cluster[region[ok]] = labels[ok]  # every unit of a region has the region's cluster
        rr, ww, ss = run.Rc_np[cluster], run.Wc_np[cluster], run.Sc_np[cluster]
    else:
        rr = np.bincount(region[ok], weights=run.R_np[ok], minlength=n_regions)
        ww = np.bincount(region[ok], weights=run.W_np[ok], minlength=n_regions)
        k_row = np.repeat(region, np.diff(matrix.indptr))  # the flows row by row, as stored
        same = k_row == region[matrix.indices]
        same &= k_row >= 0
        ss = np.bincount(k_row[same], weights=matrix.data[same], minlength=n_regions)
    return np.atleast_1d(validity(rr, ww, ss, params))


def _event_dicts(run: EuroRun) -> list[dict[str, Any]]:
    """Reserve-list events as the dicts of :attr:`Partition.events` (steps 2-5)."""
    # cluster number k (1..n) started from the k-th active unit; E/F events have k < 0
    k = np.fromiter((e.selected_cluster for e in run.events), np.int64, len(run.events))
    started = run.units[run.active[np.maximum(k, 1) - 1]].tolist() if len(k) else []
    return [
        {
            "step": e.iteration,
            "action": "reserve",
            "unit": e.unit,
            "reason_code": e.reason,
            "reason": RESERVE_REASONS[e.reason],
            "cluster_number": e.selected_cluster,
            "from_cluster": start if e.selected_cluster > 0 else "-",
            "validity": e.selected_v,
            "best_cluster": None,
        }
        for e, start in zip(run.events, started)
    ]


def euro_regions(
    table: ODTable,
    min_size: float = TTWA_MIN_SIZE,
    min_sc: float = TTWA_MIN_SC,
    target_size: float = TTWA_TARGET_SIZE,
    target_sc: float = TTWA_TARGET_SC,
    *,
    variant: str = VARIANT_ISTAT,
    names: Mapping[str, str] | None = None,
    keep_trace: bool = False,
    recorder: Callable[[TraceRecord], None] | None = None,
    max_steps: int | None = None,
    progress: ProgressCallback = None,
    cancelled: CancelCallback = None,
    engine: str = ENGINE_AUTO,
) -> Partition:
    """Travel-to-work areas by the EURO method (spec commuting-regions.md, sections 2 and 2b).

    Parameters
    ----------
    table:
        The validated OD table.
    min_size, min_sc, target_size, target_sc:
        The validity thresholds (UK TTWA defaults 3500, 0.6667, 25000, 0.75; ISTAT example
        1000, 0.6667, 10000, 0.75; see :mod:`.parameters`).
    variant:
        ``"istat"`` (ISTAT-compatible, the default), ``"textbook"`` (every V from cluster
        totals) or ``"strict"`` (every final area valid); see the module docstring.
    names:
        Optional unit id -> name mapping used for region names.
    keep_trace:
        Keep every iteration in ``diagnostics["trace"]`` as :class:`TraceRecord` rows (one per
        unit whose cluster changed, numbered as the ISTAT program numbers clusters).
    recorder:
        Optional callback receiving each :class:`TraceRecord` as it happens.
    max_steps:
        Safety limit on the iterations (default ``50 n + 1000``).
    progress, cancelled:
        Optional callbacks (percent 0-100; return True to stop, raises ``Cancelled``).
    engine:
        ``"auto"`` (default: the compiled loop of :mod:`.euro_compiled` when numba is
        installed, else the Python loop, and the messages say so), ``"python"`` (the readable
        reference loop of :mod:`.euro_run`) or ``"compiled"`` (numba required). Both loops
        give the same partition, events and trace; with the compiled loop ``recorder``
        receives the records after the iterations rather than during them.

    Returns
    -------
    Partition
        ``role`` is centre (unit with most jobs; names the area), member, zero-list (step 0)
        or unassigned. ``events`` lists, in order, the reserve-list events of steps 2-5 as
        dicts ``{"step": iteration, "action": "reserve", "unit", "reason_code" (A-F),
        "reason", "cluster_number", "from_cluster" (id of the unit the cluster started from),
        "validity"}``, then ``{"step": "final", "action": "assigned"|"unassigned", "unit",
        "to_cluster"}`` for step 6 and ``{"step": "strict", "action": "dissolved", ...}`` in
        the strict variant; every event also has the ``region_id`` the unit finally belongs
        to. ``diagnostics`` has ``first_selected`` (cluster id, V), ``steps`` (iterations),
        ``reserve_list_size``, ``reserve_events`` (:class:`ReserveEvent` rows),
        ``clusters_before_final_step`` and ``clusters`` (per unit the program's cluster
        number, 0 = none), ``validity`` (array per region index), ``trace`` and ``engine``
        (``"python"`` or ``"compiled"``, the loop that ran).
    """
    params = EuroParameters.checked(min_size, min_sc, target_size, target_sc)
    if variant not in VARIANTS:
        raise InputError(
            "Unknown EURO variant {variant!r}: use one of {variants}.",
            variant=variant,
            variants=", ".join(VARIANTS),
        )
    engine, engine_messages = resolve_engine(engine)
    fb = Feedback(progress, cancelled)
    units = table.units
    zero, m, sums = _zero_list(table.matrix)
    messages = list(table.messages) + engine_messages
    if zero.all():
        raise InputError(
            "Every unit falls in the zero list (no employed residents, no jobs, or flows only to "
            "itself): there is nothing to cluster. Check that the OD table has flows between units."
        )
    if zero.any():
        messages.append(
            f"{int(zero.sum())} unit(s) set aside in the zero list (no residents, no jobs or only "
            f"flows to themselves): {', '.join(units[zero][:10])}"
            + (" ..." if zero.sum() > 10 else "")
        )
    fb.progress(2.0)
    fb.check()
    trace: list[TraceRecord] | None = [] if keep_trace else None
    hook = recorder
    if trace is not None:
        hook = trace.append if recorder is None else (lambda r: (trace.append(r), recorder(r)))
    run = EuroRun(
        m,
        params,
        ~zero,
        units,
        istat_compatible=variant == VARIANT_ISTAT,
        feedback=fb,
        recorder=hook,
        python_loop=engine != ENGINE_COMPILED,
        sums=sums if m.dtype == np.float64 else None,
    )
    n_active = int((~zero).sum())
    steps = max_steps if max_steps is not None else 50 * n_active + 1000
    loop = CompiledLoop(run, record=hook is not None) if engine == ENGINE_COMPILED else None
    if loop is not None:
        loop.iterate(steps)
    else:
        run.iterate(steps)
    fb.progress(90.0)
    before = run.cluster_numbers()
    in_reserve = len(run.reserve)
    events = _event_dicts(run)
    reserve_set = set(run.reserve)
    dissolved: list[int] = []
    if variant == VARIANT_STRICT:
        if loop is not None:
            run.python_state()  # the strict final steps are Python (a few passes)
        waiting = assign_reserve_strict(run)
        waiting, dissolved = dissolve_invalid(run, waiting)
    else:
        waiting = run.assign_reserve() if loop is None else loop.assign_reserve()
    # the unit index of every event, in order (run.reserve and run.events go together)
    event_units = list(run.reserve[: len(events)])
    for c in dissolved:
        events.append({"step": "strict", "action": "dissolved", "unit": units[c], "validity": None})
        event_units.append(c)
    waiting_set = set(waiting)
    for i in sorted(reserve_set | waiting_set):
        event_units.append(i)
        c = run.cl[i]
        events.append(
            {
                "step": "final",
                "action": "unassigned" if c < 0 else "assigned",
                "unit": units[i],
                "to_cluster": None if c < 0 else units[c],
            }
        )
    fb.progress(98.0)
    labels = np.asarray(run.cl, dtype=np.int64)
    # the table's own sums when the zero list took nothing away (the same matrix)
    r_all, w_all, p1, p2 = unit_indicators(table, None if zero.any() else sums)
    messages.append(
        f"EURO method, {variant} variant: {run.iterations} iteration(s), {in_reserve} unit(s) "
        f"went to the reserve list, {len(waiting)} could not be assigned."
    )
    part = build_partition(
        units,
        labels,
        method="euro",
        parameters=params.as_dict(),
        jobs=w_all,
        residents=r_all,
        zero_list=zero,
        names=names,
        variant=variant,
        events=events,
        messages=messages,
        p1=p1,
        p2=p2,
    )
    v = region_validity(run, m, labels, part.region, part.n_regions, params, exact_integer_sums(m))
    # the region of each event's unit (part.units are the table's units, in the same order)
    rid = part.region_ids
    at = np.asarray(event_units, dtype=np.int64)
    for event, k in zip(part.events, part.region[at].tolist()):
        event["region_id"] = rid[k] if k >= 0 else None
    part.diagnostics.update(
        {
            "first_selected": None
            if run.first_selected is None
            else (units[run.first_selected[0]], run.first_selected[1]),
            "steps": run.iterations,
            "reserve_list_size": in_reserve,
            "reserve_events": list(run.events),
            "clusters_before_final_step": before,
            "clusters": run.cluster_numbers(),
            "validity": v,
            "trace": trace,
            "engine": engine,
        }
    )
    return part
