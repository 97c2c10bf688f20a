"""The iterations of the EURO/TTWA method (steps 1-6 of spec commuting-regions.md, section 2).

Sources: Coombes M. & Bond S. (2008), *Travel-to-Work Areas: the 2007 review*, ONS (validity
X-equation, tie measure L, one unit at a time with a reserve list); Franconi L., D'Alò M. &
Ichim D. (2016), *Istat implementation of the algorithm to develop Labour Market Areas*, and the
behaviour of ISTAT's program LabourMarketAreas 3.4 as read off its traces (spec section 2b).

One :class:`EuroRun` holds the state of one run: the cluster of every unit and each cluster's
marginals ``R_c``, ``W_c``, ``S_c``, updated incrementally when one unit moves (cost: that
unit's flows), and a heap of ``(V, cluster number)`` with lazy invalidation, so one iteration
costs ``O(deg(i) + log n)``.

Two rule sets (``istat_compatible``):

- ISTAT-compatible (spec 2b): in the iteration right after a unit has left a cluster c with
  several units, c's V is the smallest V over its remaining members m and the flows ``F[a,b]``
  between two remaining members (``R = R[m]``, ``W = W[m]``, ``S = F[a,b]``), so c is usually
  taken apart one member per iteration; when the leaving unit has no flow to any other cluster
  (reason D), the remaining members are offered one by one at once (reasons E/F); step 6 takes
  the reserve-list units in descending id order.
- textbook: every V from cluster totals, step 6 in the order the units entered the reserve
  list.

Every iteration can be recorded (:class:`TraceRecord`), numbered as the ISTAT program numbers
clusters (1..n in ascending unit id after the zero list), so that tests replay them against
the program's own trace.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp

from ...errors import InputError
from .parameters import EuroParameters
from .partition import Feedback

#: Reasons a unit goes to the reserve list (the letters of the ISTAT program's records).
RESERVE_NO_GAIN = "A"  # one-unit cluster: joining the best-linked cluster would lower its V
RESERVE_NO_LINK = "B"  # one-unit cluster: no flow to any other cluster
RESERVE_LEAVER_NO_GAIN = "C"  # unit leaving a cluster with several units: no gain
RESERVE_LEAVER_NO_LINK = "D"  # unit leaving a cluster with several units: no link
RESERVE_FALLBACK_NO_GAIN = "E"  # remaining member offered after D: no gain
RESERVE_FALLBACK_NO_LINK = "F"  # remaining member offered after D: no link

RESERVE_REASONS = {
    RESERVE_NO_GAIN: "joining its best-linked cluster would lower that cluster's validity",
    RESERVE_NO_LINK: "no flows to any other cluster",
    RESERVE_LEAVER_NO_GAIN: "it left a cluster of several units; joining its best-linked "
    "cluster would lower that cluster's validity",
    RESERVE_LEAVER_NO_LINK: "it left a cluster of several units and has no flows to any other "
    "cluster",
    RESERVE_FALLBACK_NO_GAIN: "its cluster was taken apart; joining its best-linked cluster "
    "would lower that cluster's validity",
    RESERVE_FALLBACK_NO_LINK: "its cluster was taken apart and it has no flows to any other "
    "cluster",
}


class TraceRecord(NamedTuple):
    """One unit whose cluster changed in one iteration (the ISTAT program's trace rows).

    Cluster numbers are the program's (1..n in ascending unit id after the zero list);
    ``to_cluster`` 0 is the reserve list; ``selected_members`` is the selected cluster's size
    when it was selected.
    """

    iteration: int
    selected_cluster: int
    selected_v: float
    selected_members: int
    unit: str
    from_cluster: int
    to_cluster: int


class ReserveEvent(NamedTuple):
    """A unit sent to the reserve list, with the ISTAT program's reason letter (A-F).

    For E/F (a remaining member offered at once after D) ``selected_cluster`` is minus the
    member's position in ascending id order among the cluster's members at selection and
    ``selected_v`` the member's own V, as the program records them.
    """

    reason: str
    iteration: int
    selected_cluster: int
    selected_v: float
    unit: str


def validity_scalar(r: float, w: float, s_int: float, k: tuple[float, ...]) -> float:
    """V of one cluster (the X-equation) from ``k`` = :func:`validity_constants`."""
    tar_sc, tar_sz, span, slope, scale = k
    if r <= 0.0 or w <= 0.0:
        return -np.inf
    sc = s_int / r if r > w else s_int / w
    if sc >= 1.0:
        return 1.0
    y = sc / tar_sc
    if y > 1.0:
        y = 1.0
    s = (tar_sz - r) / span
    if s < 0.0:
        s = 0.0
    return y * (1.0 - slope * s) * scale


def validity_constants(params: EuroParameters) -> tuple[float, float, float, float, float]:
    """``(tarSC, tarSZ, tarSZ - minSZ, 1 - minSC/tarSC, tarSC/minSC)`` for the X-equation."""
    return (
        params.target_sc,
        params.target_size,
        params.target_size - params.min_size,
        1.0 - params.min_sc / params.target_sc,
        params.target_sc / params.min_sc,
    )


def _rows(m: sp.csr_array) -> tuple[list[list[int]], list[list[float]]]:
    indptr = m.indptr.tolist()
    idx = m.indices.tolist()
    val = m.data.tolist()
    return (
        [idx[indptr[k] : indptr[k + 1]] for k in range(m.shape[0])],
        [val[indptr[k] : indptr[k + 1]] for k in range(m.shape[0])],
    )


class EuroRun:
    """State of one run. Cluster ``c`` is the index of the unit it started from (step 1)."""

    def __init__(
        self,
        matrix: sp.csr_array,
        params: EuroParameters,
        active: np.ndarray,
        units: np.ndarray,
        *,
        istat_compatible: bool,
        feedback: Feedback,
        recorder: Callable[[TraceRecord], None] | None = None,
    ):
        self.k = validity_constants(params)
        self.istat = istat_compatible
        self.fb = feedback
        self.recorder = recorder
        self.units = units
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
        act = np.flatnonzero(active).tolist()
        #: the program's cluster numbers: 1..n in ascending unit id after the zero list
        self.number = [0] * n
        for rank, i in enumerate(act):
            self.number[i] = rank + 1
        self.cl = [-1] * n
        self.Rc = [0.0] * n
        self.Wc = [0.0] * n
        self.Sc = [0.0] * n
        self.members: list[set[int] | None] = [None] * n
        self.version = [0] * n
        for i in act:
            self.cl[i] = i
            self.Rc[i] = self.R[i]
            self.Wc[i] = self.W[i]
            self.Sc[i] = self.D[i]
            self.members[i] = {i}
        self.heap = [(self.V(i), i, 0) for i in act]
        heapq.heapify(self.heap)
        self.reserve: list[int] = []
        self.events: list[ReserveEvent] = []
        self.first_selected: tuple[int, float] | None = None
        self.iterations = 0

    # -- cluster primitives -----------------------------------------------------------------
    def V(self, c: int) -> float:
        return validity_scalar(self.Rc[c], self.Wc[c], self.Sc[c], self.k)

    def push(self, c: int) -> None:
        self.version[c] += 1
        heapq.heappush(self.heap, (self.V(c), c, self.version[c]))

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
        """Cluster with the largest tie ``L(i, J)`` (Coombes & Bond 2008); ties: lowest number.

        ``L(i,J) = F[i,J]^2 / (R[i] W_J) + F[J,i]^2 / (R_J W[i])`` with cluster totals; -1 when
        i has no flow to any cluster other than ``exclude``.
        """
        ri, wi = self.R[i], self.W[i]
        best, best_l = -1, -1.0
        for c in fo.keys() | fi.keys():
            if c == exclude:
                continue
            a = fo.get(c, 0.0)
            b = fi.get(c, 0.0)
            lval = a * a / (ri * self.Wc[c]) + b * b / (self.Rc[c] * wi)
            if lval > best_l or (lval == best_l and c < best):
                best, best_l = c, lval
        return best

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

    def most_external(self, c: int) -> int:
        """Member with the largest external relations (spec step 4); ties: smallest id.

        ``ext(i) = (inflow to i from units outside c) + (R[i] - F[i,i])``.
        """
        cl = self.cl
        best, best_e = -1, -1.0
        for i in sorted(self.members[c]):
            inflow = 0.0
            for j, f in zip(self.in_idx[i], self.in_val[i]):
                if cl[j] != c:
                    inflow += f
            e = inflow + self.R[i] - self.D[i]
            if e > best_e:
                best, best_e = i, e
        return best

    def dismantled_validity(self, c: int) -> float:
        """V of cluster c in the iteration after a member left it (ISTAT program, spec 2b).

        The smallest V over every remaining member m and every flow ``F[a,b]`` between two
        remaining members (a = b included), with ``R = R[m]``, ``W = W[m]``, ``S = F[a,b]``.
        V grows with S below SC = 1 (and SC >= 1 for the smallest flow means V = 1 for all),
        so the smallest flow gives the minimum. Without any internal flow the cluster's totals
        are used (a case the reference traces do not contain).
        """
        mem = self.members[c]
        smin = np.inf
        for a in mem:
            d = self.D[a]
            if 0.0 < d < smin:
                smin = d
            for j, f in zip(self.out_idx[a], self.out_val[a]):
                if f < smin and j in mem:
                    smin = f
        if smin == np.inf:
            return self.V(c)
        return min(validity_scalar(self.R[m], self.W[m], smin, self.k) for m in mem)

    def offer(self, i: int, exclude: int) -> int:
        """Step 3: move unit i (in no cluster) to its best-linked cluster if that gains.

        Returns the cluster, or -1 (no flow to any cluster but ``exclude``) or -2 (joining
        would lower the cluster's V). A move is accepted when ``V(J with i) >= V(J)``.
        """
        fo, fi = self.links(i)
        t = self.best_cluster(i, fo, fi, exclude)
        if t < 0:
            return -1
        a = fo.get(t, 0.0)
        b = fi.get(t, 0.0)
        after = validity_scalar(
            self.Rc[t] + self.R[i], self.Wc[t] + self.W[i], self.Sc[t] + a + b + self.D[i], self.k
        )
        if after >= self.V(t):
            self.join(i, t, a, b)
            self.push(t)
            return t
        return -2

    # -- steps 2-5 ---------------------------------------------------------------------------
    def iterate(self, max_iterations: int) -> None:
        """Steps 2-5 until the least valid cluster has V >= 1."""
        heap = self.heap
        members = self.members
        version = self.version
        number = self.number
        units = self.units
        n_active = sum(1 for m in members if m is not None)
        dismantled: tuple[float, int] | None = None  # (V, cluster) valid for one iteration
        it = 0
        while True:
            while heap and (heap[0][2] != version[heap[0][1]] or members[heap[0][1]] is None):
                heapq.heappop(heap)
            from_heap = bool(heap)
            if from_heap:
                v, c = heap[0][0], heap[0][1]
            if dismantled is not None:
                dv, dc = dismantled
                dismantled = None
                if not from_heap or (dv, dc) < (v, c):
                    v, c, from_heap = dv, dc, False
                else:
                    self.push(dc)
            elif not from_heap:
                break
            if v >= 1.0:
                if not from_heap:
                    self.push(c)
                break
            if from_heap:
                heapq.heappop(heap)
            it += 1
            if it > max_iterations:
                raise InputError(
                    "The EURO procedure did not converge within {steps} steps; "
                    "check the parameters (is TARGET_SC reachable at all?).",
                    steps=max_iterations,
                )
            if it % 512 == 0:
                self.fb.check()
                self.fb.progress(min(90.0, 10.0 + 80.0 * len(self.reserve) / max(n_active, 1)))
            if self.first_selected is None:
                self.first_selected = (c, v)
            size = len(members[c])
            rows: list[tuple[int, int]] = []  # (unit, to cluster index or -1)
            if size == 1:
                i = next(iter(members[c]))
                self.leave(i)
                t = self.offer(i, -1)
                if t < 0:
                    self._reserve(RESERVE_NO_LINK if t == -1 else RESERVE_NO_GAIN, it, c, v, i)
                rows.append((i, t))
            else:
                before = sorted(members[c])
                i = self.most_external(c)
                self.leave(i)
                t = self.offer(i, c)
                rows.append((i, t))
                if t < 0:
                    code = RESERVE_LEAVER_NO_LINK if t == -1 else RESERVE_LEAVER_NO_GAIN
                    self._reserve(code, it, c, v, i)
                if self.istat and t == -1:
                    # the remaining members are offered one by one at once (reasons E/F)
                    for m in sorted(members[c]):
                        own_v = validity_scalar(self.R[m], self.W[m], self.D[m], self.k)
                        self.leave(m)
                        tm = self.offer(m, c)
                        rows.append((m, tm))
                        if tm < 0:
                            code = (
                                RESERVE_FALLBACK_NO_LINK if tm == -1 else RESERVE_FALLBACK_NO_GAIN
                            )
                            pos = -(before.index(m) + 1)
                            self.events.append(ReserveEvent(code, it, pos, own_v, units[m]))
                            self.reserve.append(m)
                elif members[c] is not None:
                    if self.istat:
                        version[c] += 1  # its total V is not used in the next iteration
                        dismantled = (self.dismantled_validity(c), c)
                    else:
                        self.push(c)
            if self.recorder is not None:
                for u, t in sorted(rows):
                    self.recorder(
                        TraceRecord(
                            it, number[c], v, size, units[u], number[c], number[t] if t >= 0 else 0
                        )
                    )
        self.iterations = it

    def _reserve(self, code: str, it: int, c: int, v: float, i: int) -> None:
        self.reserve.append(i)
        self.events.append(ReserveEvent(code, it, self.number[c], v, self.units[i]))

    # -- step 6 ------------------------------------------------------------------------------
    def assign_reserve(self) -> list[int]:
        """Step 6: reserve-list units join their best-linked cluster, no validity check.

        Units are taken one at a time, each linked (largest L with cluster totals) to the
        clusters as they stand, in passes until a pass moves nobody. Order: descending unit id
        in the ISTAT-compatible rules (what reproduces the program's final partitions), the
        order of entry into the reserve list in the textbook rules. Returns the units left
        without a cluster (no flow to any cluster).
        """
        waiting = sorted(self.reserve, reverse=True) if self.istat else list(self.reserve)
        while waiting:
            rest = []
            for i in waiting:
                fo, fi = self.links(i)
                t = self.best_cluster(i, fo, fi)
                if t < 0:
                    rest.append(i)
                else:
                    self.join(i, t, fo.get(t, 0.0), fi.get(t, 0.0))
            if len(rest) == len(waiting):
                break
            waiting = rest
        return waiting

    def cluster_numbers(self) -> np.ndarray:
        """Per unit the program's number of its cluster (0: reserve list or zero list)."""
        number = self.number
        return np.asarray([number[c] if c >= 0 else 0 for c in self.cl], dtype=np.int64)
