"""EURO method / travel-to-work areas (TTWA), ISTAT variant and strict variant.

Sources: Coombes M. & Bond S. (2008), *Travel-to-Work Areas: the 2007 review*, ONS (the
validity "X-equation" and the tie measure L); Eurostat (2020), *European Harmonised Labour
Market Areas - methodology*; Franconi L., D'Alò M. & Ichim D. (2016), *Istat implementation of
the algorithm to develop Labour Market Areas* and ISTAT's LabourMarketAreas package (the
one-unit-at-a-time procedure with a reserve list). Implemented from spec commuting-regions.md
section 2 and these published descriptions.

Why it is fast: the ISTAT R implementation recomputes cluster marginals from the full matrix at
every step. Here every cluster keeps its marginals ``R_c``, ``W_c``, ``S_c`` and they are
updated incrementally when one unit moves (cost: the unit's number of flows). The cluster with
the lowest validity comes from a heap keyed by ``(V, cluster number)`` with lazy invalidation
(a version counter per cluster), so one step costs ``O(deg(i) + log n)`` and the whole run is
near-linear in the number of flows.

Three details the spec leaves open or states differently were settled against the reference
results (Brindisi, Sardinia, NICD; all reproduced exactly):

- step 4: the unit leaving a several-unit cluster c is linked only to the *other* clusters
  (going straight back into c would make c the least valid cluster again, for ever);
- step 4: the leaving unit maximises ``(W[i] - F[i,i]) + (outflow from i to outside c)``, the
  mirror image of the spec's "inflow from outside c + (R[i] - F[i,i])"; the literal formula
  gives 37 areas for Sardinia and 779 for NICD instead of 36 and 778;
- step 6: a reserve-list unit goes to the cluster of the single unit j with the largest
  ``L(i, j)`` (a unit-to-unit link, as ISTAT's procedure assigns a community to the cluster of
  its most closely tied community); linking to whole clusters gives Sardinia no area with
  V = 0.938. Each round links all waiting units against the clusters of the round's start.

Validity and L follow the spec literally (V = 1 when SC = 1; s not capped at 1; ties in V by
the lowest cluster number, ties in L by the lowest cluster number or unit index).
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from typing import Any

import numpy as np
import scipy.sparse as sp

from ...errors import InputError
from ..odtable import ODTable
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

VARIANT_ISTAT = "istat"
VARIANT_STRICT = "strict"
VARIANTS = (VARIANT_ISTAT, VARIANT_STRICT)


def validity(
    residents: np.ndarray | float,
    jobs: np.ndarray | float,
    internal: np.ndarray | float,
    params: EuroParameters,
) -> np.ndarray | float:
    """Validity V of clusters (the X-equation, Coombes & Bond 2008; spec section 2).

    ``Y = min(SC/tarSC, 1)``, ``s = max((tarSZ - R)/(tarSZ - minSZ), 0)`` (not capped at 1),
    ``Z = 1 - (1 - minSC/tarSC) s``, ``V = Y Z tarSC/minSC``, and ``V = 1`` when SC = 1.
    A cluster is valid when ``V >= 1``. Works on scalars and arrays.
    """
    r = np.asarray(residents, dtype=float)
    w = np.asarray(jobs, dtype=float)
    s_int = np.asarray(internal, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        sc = np.minimum(np.where(r > 0, s_int / r, 0.0), np.where(w > 0, s_int / w, 0.0))
    y = np.minimum(sc / params.target_sc, 1.0)
    s = np.maximum((params.target_size - r) / (params.target_size - params.min_size), 0.0)
    z = 1.0 - (1.0 - params.min_sc / params.target_sc) * s
    v = y * z * params.target_sc / params.min_sc
    v = np.where(sc >= 1.0, 1.0, v)
    if v.ndim == 0:
        return float(v)
    return v


def _validity_scalar(
    r: float, w: float, s_int: float, k: tuple[float, float, float, float]
) -> float:
    # k = (tarSC, tarSZ, tarSZ - minSZ, 1 - minSC/tarSC, tarSC/minSC) packed for speed
    tar_sc, tar_sz, span, slope, scale = k
    if r <= 0.0 or w <= 0.0:
        return -np.inf
    sc = s_int / r if s_int / r < s_int / w else s_int / w
    if sc >= 1.0:
        return 1.0
    y = sc / tar_sc
    if y > 1.0:
        y = 1.0
    s = (tar_sz - r) / span
    if s < 0.0:
        s = 0.0
    return y * (1.0 - slope * s) * scale


def zero_list_mask(matrix: sp.csr_array) -> tuple[np.ndarray, sp.csr_array]:
    """Units set aside before clustering (spec section 2, step 0), and the matrix without them.

    Repeatedly removes units with R = 0, W = 0, or whose only flow is to themselves (they
    cannot be linked to any other unit); removing a unit also removes its flows, which can make
    further units qualify, hence the repetition.
    """
    n = matrix.shape[0]
    active = np.ones(n, dtype=bool)
    m = sp.csr_array(matrix, copy=True)
    while True:
        r = np.asarray(m.sum(axis=1)).ravel()
        w = np.asarray(m.sum(axis=0)).ravel()
        d = m.diagonal()
        bad = active & ((r <= 0) | (w <= 0) | ((r <= d) & (w <= d)))
        if not bad.any():
            return ~active, m
        active &= ~bad
        keep = sp.diags(active.astype(float))
        m = sp.csr_array(keep @ m @ keep)
        m.eliminate_zeros()


class _EuroRun:
    """Mutable state of one run; cluster numbers are unit indices (spec step 1)."""

    def __init__(self, matrix: sp.csr_array, params: EuroParameters, fb: Feedback, trace: bool):
        self.p = params
        self.k = (
            params.target_sc,
            params.target_size,
            params.target_size - params.min_size,
            1.0 - params.min_sc / params.target_sc,
            params.target_sc / params.min_sc,
        )
        self.fb = fb
        n = matrix.shape[0]
        self.n = n
        csr = sp.csr_array(matrix)
        csr.sort_indices()
        self.R = np.asarray(csr.sum(axis=1)).ravel().tolist()
        self.W = np.asarray(csr.sum(axis=0)).ravel().tolist()
        self.D = csr.diagonal().tolist()
        off = sp.csr_array(csr - sp.diags(csr.diagonal()))
        off.eliminate_zeros()
        off.sort_indices()
        offt = sp.csr_array(off.T)
        offt.sort_indices()
        self.out_idx, self.out_val = _rows(off)
        self.in_idx, self.in_val = _rows(offt)
        self.cl: list[int] = [-1] * n
        self.Rc = [0.0] * n
        self.Wc = [0.0] * n
        self.Sc = [0.0] * n
        self.members: list[set[int] | None] = [None] * n
        self.version = [0] * n
        self.heap: list[tuple[float, int, int]] = []
        self.reserve: list[int] = []
        self.events: list[dict[str, Any]] = []
        self.trace: list[tuple[Any, ...]] | None = [] if trace else None
        self.first_selected: tuple[int, float] | None = None
        self.steps = 0

    # -- cluster primitives -----------------------------------------------------------------
    def V(self, c: int) -> float:
        return _validity_scalar(self.Rc[c], self.Wc[c], self.Sc[c], self.k)

    def push(self, c: int) -> None:
        self.version[c] += 1
        heapq.heappush(self.heap, (self.V(c), c, self.version[c]))

    def start(self, active: np.ndarray) -> None:
        for i in np.flatnonzero(active).tolist():
            self.cl[i] = i
            self.Rc[i] = self.R[i]
            self.Wc[i] = self.W[i]
            self.Sc[i] = self.D[i]
            self.members[i] = {i}
        self.heap = [(self.V(i), i, 0) for i in np.flatnonzero(active).tolist()]
        heapq.heapify(self.heap)

    def links(self, i: int) -> tuple[dict[int, float], dict[int, float]]:
        """Flows from unit i to each cluster and from each cluster to i (self excluded)."""
        cl = self.cl
        fo: dict[int, float] = {}
        for j, f in zip(self.out_idx[i], self.out_val[i]):
            c = cl[j]
            if c >= 0:
                fo[c] = fo.get(c, 0.0) + f
        fi: dict[int, float] = {}
        for j, f in zip(self.in_idx[i], self.in_val[i]):
            c = cl[j]
            if c >= 0:
                fi[c] = fi.get(c, 0.0) + f
        return fo, fi

    def best_cluster(
        self, i: int, fo: dict[int, float], fi: dict[int, float], exclude: int = -1
    ) -> int:
        """Cluster with the largest tie L(i, J) (Coombes & Bond 2008); ties: lowest number."""
        ri, wi = self.R[i], self.W[i]
        best, best_l = -1, -1.0
        for c in sorted(set(fo) | set(fi)):
            if c == exclude:
                continue
            a = fo.get(c, 0.0)
            b = fi.get(c, 0.0)
            wc, rc = self.Wc[c], self.Rc[c]
            lval = (a * a / (ri * wc) if a > 0 else 0.0) + (b * b / (rc * wi) if b > 0 else 0.0)
            if lval > best_l:
                best, best_l = c, lval
        return best

    def best_unit_cluster(self, i: int) -> int:
        """Cluster of the unit j with the largest tie ``L(i, j)`` (unit to unit); -1 if none.

        Used for the final reserve-list assignment (step 6). Linking the waiting unit to the
        single most closely tied unit (rather than to a whole cluster) is what reproduces the
        ISTAT reference result for Sardinia (one area with V = 0.938 after step 6).
        """
        ri, wi = self.R[i], self.W[i]
        sc = {}
        for j, f in zip(self.out_idx[i], self.out_val[i]):
            if self.cl[j] >= 0:
                sc[j] = sc.get(j, 0.0) + f * f / (ri * self.W[j])
        for j, f in zip(self.in_idx[i], self.in_val[i]):
            if self.cl[j] >= 0:
                sc[j] = sc.get(j, 0.0) + f * f / (self.R[j] * wi)
        if not sc:
            return -1
        best, best_l = -1, -1.0
        for j in sorted(sc):
            if sc[j] > best_l:
                best, best_l = j, sc[j]
        return self.cl[best]

    def join(self, i: int, c: int, a: float, b: float) -> None:
        self.cl[i] = c
        self.Rc[c] += self.R[i]
        self.Wc[c] += self.W[i]
        self.Sc[c] += a + b + self.D[i]
        self.members[c].add(i)

    def leave(self, i: int) -> None:
        c = self.cl[i]
        a = b = 0.0
        cl = self.cl
        for j, f in zip(self.out_idx[i], self.out_val[i]):
            if cl[j] == c:
                a += f
        for j, f in zip(self.in_idx[i], self.in_val[i]):
            if cl[j] == c:
                b += f
        self.Rc[c] -= self.R[i]
        self.Wc[c] -= self.W[i]
        self.Sc[c] -= a + b + self.D[i]
        self.members[c].discard(i)
        cl[i] = -1
        if not self.members[c]:
            self.members[c] = None
            self.Rc[c] = self.Wc[c] = self.Sc[c] = 0.0
            self.version[c] += 1

    def external(self, c: int) -> int:
        """Member with the largest external relations (spec step 4); ties: smallest id.

        ``ext(i) = (W[i] - F[i,i]) + (outflow from i to units outside c)``: every commuter into
        i from another unit plus i's residents working outside the cluster. This orientation
        (the mirror image of the formula written in the spec) is the one that reproduces the
        reference results for Sardinia (36 areas) and the NICD example (778 areas); the literal
        spec formula gives 37 and 779.
        """
        cl = self.cl
        best, best_e = -1, -1.0
        for i in sorted(self.members[c]):
            out_inside = 0.0
            for j, f in zip(self.out_idx[i], self.out_val[i]):
                if cl[j] == c:
                    out_inside += f
            e = (self.W[i] - self.D[i]) + (self.R[i] - self.D[i] - out_inside)
            if e > best_e:
                best, best_e = i, e
        return best

    # -- steps 2-5 ---------------------------------------------------------------------------
    def iterate(self, units: np.ndarray, max_steps: int) -> None:
        heap = self.heap
        n_active = sum(1 for m in self.members if m is not None)
        while heap:
            v, c, ver = heapq.heappop(heap)
            if ver != self.version[c] or self.members[c] is None:
                continue
            if v >= 1.0:
                heapq.heappush(heap, (v, c, ver))
                break
            self.steps += 1
            if self.steps > max_steps:
                raise InputError(
                    "The EURO procedure did not converge within {steps} steps; "
                    "check the parameters (is TARGET_SC reachable at all?).",
                    steps=max_steps,
                )
            if self.steps % 512 == 0:
                self.fb.check()
                self.fb.progress(min(90.0, 90.0 * len(self.reserve) / max(n_active, 1) + 10.0))
            if self.first_selected is None:
                self.first_selected = (c, v)
            if len(self.members[c]) == 1:
                i = c if c in self.members[c] else next(iter(self.members[c]))
                self.leave(i)
                multi = False
            else:
                i = self.external(c)
                self.leave(i)
                self.push(c)
                multi = True
            fo, fi = self.links(i)
            # the unit that left a several-unit cluster is linked to the *other* clusters:
            # going straight back would select the same cluster again for ever
            target = self.best_cluster(i, fo, fi, exclude=c if multi else -1)
            action = "reserve"
            if target >= 0:
                a, b = fo.get(target, 0.0), fi.get(target, 0.0)
                before = self.V(target)
                after = _validity_scalar(
                    self.Rc[target] + self.R[i],
                    self.Wc[target] + self.W[i],
                    self.Sc[target] + a + b + self.D[i],
                    self.k,
                )
                if after >= before:
                    self.join(i, target, a, b)
                    self.push(target)
                    action = "joined"
            if action == "reserve":
                self.reserve.append(i)
                self.events.append(
                    {
                        "step": self.steps,
                        "action": "reserve",
                        "unit": units[i],
                        "from_cluster": units[c],
                        "validity": v,
                        "best_cluster": None if target < 0 else units[target],
                        "reason": "no flows to any cluster"
                        if target < 0
                        else "joining would lower the receiving cluster's validity",
                    }
                )
            if self.trace is not None:
                self.trace.append(
                    (
                        self.steps,
                        units[c],
                        v,
                        units[i],
                        multi,
                        action,
                        None if target < 0 else units[target],
                    )
                )

    # -- step 6 ------------------------------------------------------------------------------
    def assign_reserve(self, units: np.ndarray) -> list[int]:
        """ISTAT step 6: reserve units join, without a validity check, until nothing changes.

        Each unit goes to the cluster of its most closely tied clustered unit (largest
        ``L(i, j)``, see :meth:`best_unit_cluster`). Each round links every waiting unit to the
        clusters as they stand at the start of the round (so the order of the reserve list
        does not matter), then moves them all; units linked to no clustered unit wait for the
        next round and stay unassigned when a round moves nobody.
        """
        waiting = sorted(self.reserve)
        while waiting:
            moves = []
            rest = []
            for i in waiting:
                t = self.best_unit_cluster(i)
                if t >= 0:
                    moves.append((i, t))
                else:
                    rest.append(i)
            if not moves:
                break
            for i, t in moves:
                fo, fi = self.links(i)
                self.join(i, t, fo.get(t, 0.0), fi.get(t, 0.0))
                self.events.append(
                    {
                        "step": "final",
                        "action": "assigned",
                        "unit": units[i],
                        "to_cluster": units[t],
                    }
                )
            waiting = rest
        for i in waiting:
            self.events.append(
                {"step": "final", "action": "unassigned", "unit": units[i], "to_cluster": None}
            )
        return waiting

    def assign_reserve_strict(self, units: np.ndarray) -> list[int]:
        """Strict step 6: a reserve unit joins its best-linked cluster only if it stays valid.

        Units are taken in id order, each linked (largest L) to the clusters as they stand,
        and the pass is repeated until nothing moves. A unit whose best cluster would become
        invalid stays unassigned, as zones stay unassigned in the CURDS/ONS FORTRAN program
        (Coombes & Bond 2008) - on the NICD example this leaves 6 units besides the 49 of the
        zero list (FORTRAN: 14) and reproduces 709 of its 785 TTWAs identically.
        """
        waiting = sorted(self.reserve)
        moved = True
        while moved and waiting:
            moved = False
            rest = []
            for i in waiting:
                fo, fi = self.links(i)
                t = self.best_cluster(i, fo, fi)
                if t >= 0:
                    a, b = fo.get(t, 0.0), fi.get(t, 0.0)
                    after = _validity_scalar(
                        self.Rc[t] + self.R[i],
                        self.Wc[t] + self.W[i],
                        self.Sc[t] + a + b + self.D[i],
                        self.k,
                    )
                    if after >= 1.0:
                        self.join(i, t, a, b)
                        self.events.append(
                            {
                                "step": "final",
                                "action": "assigned",
                                "unit": units[i],
                                "to_cluster": units[t],
                            }
                        )
                        moved = True
                        continue
                rest.append(i)
            waiting = rest
        for i in waiting:
            self.events.append(
                {"step": "final", "action": "unassigned", "unit": units[i], "to_cluster": None}
            )
        return waiting

    def dissolve_invalid(self, units: np.ndarray, waiting: list[int]) -> list[int]:
        """Strict variant: dissolve the least valid cluster and reallocate its units by L.

        Repeats until every cluster has V >= 1 (Coombes & Bond 2008: the final TTWAs all meet
        the validity criterion). Units that link to no remaining cluster stay unassigned.
        """
        heap = [(self.V(c), c) for c in range(self.n) if self.members[c] is not None]
        heapq.heapify(heap)
        waiting = list(waiting)
        while heap:
            v, c = heapq.heappop(heap)
            if self.members[c] is None:
                continue
            cur = self.V(c)
            if cur != v:
                heapq.heappush(heap, (cur, c))
                continue
            if v >= 1.0:
                break
            self.fb.check()
            self.events.append(
                {"step": "strict", "action": "dissolved", "unit": units[c], "validity": v}
            )
            freed = sorted(self.members[c])
            for i in freed:
                self.leave(i)
            pending = sorted(set(waiting) | set(freed))
            changed = True
            while changed:
                changed = False
                moves = []
                rest = []
                for i in pending:
                    fo, fi = self.links(i)
                    t = self.best_cluster(i, fo, fi)
                    (moves if t >= 0 else rest).append((i, t) if t >= 0 else i)
                for i, t in moves:
                    fo, fi = self.links(i)
                    self.join(i, t, fo.get(t, 0.0), fi.get(t, 0.0))
                    heapq.heappush(heap, (self.V(t), t))
                    self.events.append(
                        {
                            "step": "strict",
                            "action": "assigned",
                            "unit": units[i],
                            "to_cluster": units[t],
                        }
                    )
                    changed = True
                pending = rest
            waiting = pending
        return waiting


def _rows(m: sp.csr_array) -> tuple[list[list[int]], list[list[float]]]:
    indptr = m.indptr.tolist()
    idx = m.indices.tolist()
    val = m.data.tolist()
    return (
        [idx[indptr[k] : indptr[k + 1]] for k in range(m.shape[0])],
        [val[indptr[k] : indptr[k + 1]] for k in range(m.shape[0])],
    )


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
    max_steps: int | None = None,
    progress: ProgressCallback = None,
    cancelled: CancelCallback = None,
) -> Partition:
    """Travel-to-work areas by the EURO method (spec commuting-regions.md, section 2).

    Parameters
    ----------
    table:
        The validated OD table.
    min_size, min_sc, target_size, target_sc:
        The validity thresholds (UK TTWA defaults 3500, 0.6667, 25000, 0.75; ISTAT example
        1000, 0.6667, 10000, 0.75; see :mod:`.parameters`).
    variant:
        ``"istat"``: reserve-list units are finally assigned to the cluster with the largest
        tie L without a validity check (ISTAT LabourMarketAreas; some final areas may have
        V < 1). ``"strict"``: the validity check stays on in step 6 - a reserve unit joins its
        best-linked cluster only if that cluster stays valid, otherwise it is left unassigned -
        and any invalid cluster would be dissolved and its units reallocated, so every final
        area has V >= 1 (as in the CURDS/ONS TTWA program, Coombes & Bond 2008).
    names:
        Optional unit id -> name mapping used for region names.
    keep_trace:
        Keep every selection step in ``diagnostics["trace"]`` as tuples
        ``(step, cluster id, V, unit moved, from several-unit cluster, "joined"|"reserve",
        target cluster id)``; cluster ids are the id of the unit the cluster started from.
    progress, cancelled:
        Optional callbacks (percent 0-100; return True to stop, raises ``Cancelled``).

    Returns
    -------
    Partition
        ``role`` is centre (unit with most jobs; names the area), member, zero-list (step 0)
        or unassigned. ``events`` lists, in order, the reserve-list events as dicts:
        ``{"step": k, "action": "reserve", "unit", "from_cluster", "validity", "best_cluster",
        "reason"}`` during steps 2-5, ``{"step": "final", "action": "assigned"|"unassigned",
        "unit", "to_cluster"}`` in step 6 and ``{"step": "strict", "action": "dissolved"|
        "assigned", ...}`` in the strict variant; every event also has the ``region_id`` the
        unit finally belongs to (None without a region). Clusters are named by the id of the
        unit they started from. ``diagnostics`` has ``first_selected`` (cluster id, V),
        ``steps``, ``reserve_list_size``, ``validity`` (array, per region index) and
        ``trace`` (with ``keep_trace``).
    """
    params = EuroParameters.checked(min_size, min_sc, target_size, target_sc)
    if variant not in VARIANTS:
        raise InputError(
            "Unknown EURO variant {variant!r}: use one of {variants}.",
            variant=variant,
            variants=", ".join(VARIANTS),
        )
    fb = Feedback(progress, cancelled)
    units = table.units
    zero, m = zero_list_mask(table.matrix)
    messages = list(table.messages)
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
    run = _EuroRun(m, params, fb, keep_trace)
    run.start(~zero)
    n_active = int((~zero).sum())
    run.iterate(units, max_steps if max_steps is not None else 50 * n_active + 1000)
    fb.progress(90.0)
    in_reserve = len(run.reserve)
    if variant == VARIANT_STRICT:
        waiting = run.assign_reserve_strict(units)
        # safeguard: every cluster is valid when step 5 stops and step 6 keeps it so; should
        # a cluster be invalid all the same, it is dissolved and its units reallocated
        waiting = run.dissolve_invalid(units, waiting)
    else:
        waiting = run.assign_reserve(units)
    fb.progress(98.0)
    labels = np.asarray(run.cl, dtype=np.int64)
    r_all, w_all, p1, p2 = unit_indicators(table)
    messages.append(
        f"EURO method, {variant} variant: {run.steps} step(s), {in_reserve} unit(s) went to "
        f"the reserve list, {len(waiting)} could not be assigned."
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
        events=run.events,
        messages=messages,
        p1=p1,
        p2=p2,
    )
    # validity per final region, with the matrix used by the method (zero list removed)
    k = part.region
    nreg = part.n_regions
    ok = k >= 0
    rr = np.bincount(k[ok], weights=np.asarray(run.R)[ok], minlength=nreg)
    ww = np.bincount(k[ok], weights=np.asarray(run.W)[ok], minlength=nreg)
    coo = m.tocoo()
    same = (k[coo.row] == k[coo.col]) & (k[coo.row] >= 0)
    ss = np.bincount(k[coo.row[same]], weights=coo.data[same], minlength=nreg)
    v = validity(rr, ww, ss, params)
    region_of = part.region_of()
    for event in part.events:
        event["region_id"] = region_of.get(event["unit"])
    part.diagnostics.update(
        {
            "first_selected": None
            if run.first_selected is None
            else (units[run.first_selected[0]], run.first_selected[1]),
            "steps": run.steps,
            "reserve_list_size": in_reserve,
            "validity": np.atleast_1d(v),
            "trace": run.trace,
        }
    )
    return part
