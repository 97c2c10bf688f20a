"""The iterations of the EURO/TTWA method (steps 1-6 of spec commuting-regions.md, section 2).

Sources: Coombes M. & Bond S. (2008), *Travel-to-Work Areas: the 2007 review*, ONS (validity
X-equation, tie measure L, one unit at a time with a reserve list); Franconi L., D'Alò M. &
Ichim D. (2016), *Istat implementation of the algorithm to develop Labour Market Areas*, and the
behaviour of ISTAT's program LabourMarketAreas 3.4 as read off its traces (spec section 2b).

One :class:`EuroRun` holds the state of one run: the cluster of every unit and each cluster's
marginals ``R_c``, ``W_c``, ``S_c``, updated incrementally when one unit moves (cost: that
unit's flows), and the least valid cluster next in a :class:`.euro_queue.LeastValidQueue`
(the start validities sorted once, a heap for changed clusters, lazy invalidation), so one
iteration costs ``O(deg(i) + log h)``. The work per flow is one dictionary update (a unit's
ties to each cluster, both directions in one complex number) and one score per linked
cluster; the members of a large cluster are scanned in one vectorised pass. Every value is
computed with the same floating-point operations in the same order as the plain formulas, so
ties (equal V, equal L, equal external relations) are broken exactly as the ISTAT program
breaks them.

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

This loop is the readable reference; :mod:`.euro_compiled` replays it step by step as a
compiled (numba) loop, used when numba is installed (:mod:`.euro_engine`).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp

from ...errors import InputError
from .euro_queue import LeastValidQueue
from .parameters import EuroParameters
from .partition import Feedback
from .validity import validity_constants, validity_scalar, validity_scalars

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


def without(ties: dict[int, complex], c: int) -> tuple[dict[int, complex], float, float]:
    """``ties`` without cluster c, and the flows to and from c (0 when c is not there)."""
    x = ties.pop(c, None)
    if x is None:
        return ties, 0.0, 0.0
    return ties, x.real, x.imag


#: From this many members on, a cluster's members are scanned by one vectorised pass over their
#: flows (:meth:`EuroRun.member_flows`) rather than a loop (same values; speed only).
VECTOR_MIN_MEMBERS = 24

#: A unit's ties: cluster -> flow from the unit to the cluster + 1j * flow from the cluster to
#: it (one complex number adds both directions at once, each part exactly as a float would).
Ties = dict[int, complex]


class EuroRun:
    """State of one run. Cluster ``c`` is the index of the unit it started from (step 1).

    The flows are held once per unit as a merged neighbour list in CSR form (``nb``: every
    unit j with ``F[i,j] > 0`` or ``F[j,i] > 0``, j != i; ``fc``: ``F[i,j] + 1j F[j,i]``, with
    the views ``fo`` = ``F[i,j]`` and ``fi`` = ``F[j,i]``), so that one pass over a unit's
    neighbours gives both directions grouped by cluster. Cluster marginals are kept in
    ``array('d')`` (scalar work), with numpy views for the vectorised passes.
    """

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
        python_loop: bool = True,
        sums: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
    ):
        self.k = validity_constants(params)
        self.istat = istat_compatible
        self.fb = feedback
        self.recorder = recorder
        self.units = units
        n = matrix.shape[0]
        self.n = n
        csr = sp.csr_array(matrix, dtype=float)
        if sums is None:
            r = np.asarray(csr.sum(axis=1)).ravel()
            w = np.asarray(csr.sum(axis=0)).ravel()
            diag = csr.diagonal()
        else:  # computed from this matrix by the caller
            r, w, diag = sums
        self.R = array("d", r.tobytes())
        self.W = array("d", w.tobytes())
        self.D = array("d", diag.tobytes())
        self.csr = csr
        self.nb = None
        if python_loop:
            self.merged_lists()
        else:  # the rows of F and of its transpose, walked by the compiled loop
            from .euro_engine import flow_lists

            self.flows = flow_lists(csr)
        act = np.flatnonzero(active)
        #: the program's cluster numbers: 1..n in ascending unit id after the zero list
        number = np.zeros(n, dtype=np.int64)
        number[act] = np.arange(1, len(act) + 1)
        self.number_np = number
        cl = np.full(n, -1, dtype=np.int64)
        cl[act] = act
        self.cl = array("q", cl.tobytes())
        # numpy views of the same memory, for the vectorised passes over several members
        self.cl_np = np.frombuffer(self.cl, dtype=np.int64)
        self.R_np = np.frombuffer(self.R, dtype=float)
        self.W_np = np.frombuffer(self.W, dtype=float)
        self.D_np = np.frombuffer(self.D, dtype=float)
        on = np.zeros(n, dtype=bool)
        on[act] = True
        self.Rc = array("d", np.where(on, r, 0.0).tobytes())
        self.Wc = array("d", np.where(on, w, 0.0).tobytes())
        self.Sc = array("d", np.where(on, diag, 0.0).tobytes())
        self.Rc_np = np.frombuffer(self.Rc, dtype=float)
        self.Wc_np = np.frombuffer(self.Wc, dtype=float)
        self.Sc_np = np.frombuffer(self.Sc, dtype=float)
        # every start V with the scalar formula's operations, so that equal validities compare
        # equal whichever way they were computed
        self.active = act
        self.start_v = validity_scalars(r[act], w[act], diag[act], self.k)
        self.reserve: list[int] = []
        self.events: list[ReserveEvent] = []
        self.first_selected: tuple[int, float] | None = None
        self.iterations = 0
        if python_loop:
            self.python_state()
            self.queue = LeastValidQueue(self.start_v, act, self.version)

    def merged_lists(self) -> None:
        """The merged neighbour lists (class docstring) of the Python loop."""
        off = sp.csr_array(self.csr - sp.diags(self.csr.diagonal()))
        off.eliminate_zeros()
        # out flows as the real part, in flows as the imaginary part: one merged pattern
        both = sp.csr_array(off.astype(complex) + 1j * sp.csr_array(off.T))
        both.sort_indices()
        self.ptr_np = both.indptr.astype(np.int64)
        self.nb = both.indices.astype(np.int64)
        self.fc = np.ascontiguousarray(both.data)
        self.fo = self.fc.real  # views, no copies
        self.fi = self.fc.imag

    def python_state(self) -> None:
        """The Python structures of the loop (neighbour offsets, numbers and versions as
        lists, every cluster's members as a set), made from the arrays as they stand: at the
        start, or after the compiled loop (.euro_engine) for the strict final steps."""
        if self.nb is None:
            self.merged_lists()
        self.ptr = self.ptr_np.tolist()
        self.number = self.number_np.tolist()
        members: list[set[int] | None] = [None] * self.n
        for i, c in enumerate(self.cl_np.tolist()):
            if c >= 0:
                if members[c] is None:
                    members[c] = {i}
                else:
                    members[c].add(i)
        self.members = members
        self.version = [0] * self.n

    # -- cluster primitives -----------------------------------------------------------------
    def V(self, c: int) -> float:
        return validity_scalar(self.Rc[c], self.Wc[c], self.Sc[c], self.k)

    def push(self, c: int, v: float | None = None) -> None:
        """(Re)enter cluster c in the queue with its V (``v`` when already known)."""
        self.queue.push(self.V(c) if v is None else v, c)

    def ties(self, i: int) -> Ties:
        """i's ties to every cluster (its own included): ``{J: F[i,J] + 1j * F[J,i]}``.

        Each part is summed in the order of i's neighbour list, from 0.
        """
        s, e = self.ptr[i], self.ptr[i + 1]
        out: Ties = {}
        get = out.get
        for c, z in zip(self.cl_np[self.nb[s:e]].tolist(), self.fc[s:e].tolist()):
            out[c] = get(c, 0j) + z
        out.pop(-1, None)  # neighbours in no cluster
        return out

    def best_cluster(self, i: int, ties: Ties) -> tuple[int, float, float]:
        """Cluster with the largest tie ``L(i, J)`` (Coombes & Bond 2008); ties: lowest number.

        ``L(i,J) = F[i,J]^2 / (R[i] W_J) + F[J,i]^2 / (R_J W[i])`` with cluster totals, over
        the clusters in ``ties``. Returns ``(J, F[i,J], F[J,i])``; J = -1 when there is none.
        """
        ri, wi = self.R[i], self.W[i]
        rc, wc = self.Rc, self.Wc
        best, best_l, best_z = -1, -1.0, 0j
        for c, z in ties.items():
            # a zero term is left out: x + 0.0 == x, so L is the same to the last bit
            a = z.real
            b = z.imag
            if a:
                lval = a * a / (ri * wc[c])
                if b:
                    lval += b * b / (rc[c] * wi)
            else:
                lval = b * b / (rc[c] * wi)
            if lval > best_l or (lval == best_l and c < best):
                best, best_l, best_z = c, lval, z
        return best, best_z.real, best_z.imag

    def join(self, i: int, c: int, a: float, b: float) -> None:
        """Unit i joins cluster c; ``a``, ``b``: flows from i to c and from c to i."""
        self.cl[i] = c
        self.Rc[c] += self.R[i]
        self.Wc[c] += self.W[i]
        self.Sc[c] += a + b + self.D[i]
        self.members[c].add(i)

    def remove(self, i: int, a: float, b: float) -> None:
        """Unit i leaves its cluster c; ``a``, ``b``: flows from i to c and from c to i."""
        c = self.cl[i]
        self.Rc[c] -= self.R[i]
        self.Wc[c] -= self.W[i]
        self.Sc[c] -= a + b + self.D[i]
        self.members[c].discard(i)
        self.cl[i] = -1
        if not self.members[c]:
            self.members[c] = None
            self.Rc[c] = self.Wc[c] = self.Sc[c] = 0.0
            self.version[c] += 1

    def detach(self, i: int) -> Ties:
        """Unit i leaves its cluster; returns its ties to the *other* clusters."""
        c = self.cl[i]
        ties, a, b = without(self.ties(i), c)
        self.remove(i, a, b)
        return ties

    def leave(self, i: int) -> None:
        self.detach(i)

    def member_flows(self, c: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Cluster c's members (ascending) and, for the entries of their neighbour lists that
        link two members of c, the entry (position in ``nb``/``fo``/``fi``, row order) and the
        position of its member in the first array."""
        mem = np.fromiter(sorted(self.members[c]), dtype=np.int64, count=len(self.members[c]))
        starts = self.ptr_np[mem]
        lengths = self.ptr_np[mem + 1] - starts
        ends = np.cumsum(lengths)
        idx = np.arange(int(ends[-1]) if len(ends) else 0) + np.repeat(
            starts - ends + lengths, lengths
        )
        owner = np.repeat(np.arange(len(mem)), lengths)
        inside = self.cl_np[self.nb[idx]] == c
        return mem, idx[inside], owner[inside]

    def most_external(self, c: int) -> int:
        """Member with the largest external relations (spec step 4); ties: smallest id.

        ``ext(i) = (inflow to i from units outside c) + (R[i] - F[i,i])``. Each member's
        inflow from inside c is summed in the order of its neighbour list, by a loop for a
        small cluster and by ``bincount`` (which adds in input order too) for a large one.
        """
        if len(self.members[c]) >= VECTOR_MIN_MEMBERS:
            mem, idx, owner = self.member_flows(c)
            inflow = np.bincount(owner, weights=self.fi[idx], minlength=len(mem))
            r, w, d = self.R_np[mem], self.W_np[mem], self.D_np[mem]
            ext = (w - d - inflow) + r - d
            return int(mem[int(np.argmax(ext))])
        cl = self.cl
        best, best_e = -1, -np.inf
        for i in sorted(self.members[c]):
            s, e = self.ptr[i], self.ptr[i + 1]
            inside = 0.0
            for j, f in zip(self.nb[s:e].tolist(), self.fi[s:e].tolist()):
                if cl[j] == c:
                    inside += f
            ext = (self.W[i] - self.D[i] - inside) + self.R[i] - self.D[i]
            if ext > best_e:
                best, best_e = i, ext
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
        if len(mem) >= VECTOR_MIN_MEMBERS:
            members, idx, _ = self.member_flows(c)
            d = self.D_np[members]
            f = self.fo[idx]
            d, f = d[d > 0.0], f[f > 0.0]
            smin = float(min(d.min(initial=np.inf), f.min(initial=np.inf)))
        elif len(mem) == 1:  # no flow between two members but the member's own
            (m,) = mem
            smin = self.D[m] if self.D[m] > 0.0 else np.inf
        else:
            cl = self.cl
            smin = np.inf
            for m in mem:
                d = self.D[m]
                if 0.0 < d < smin:
                    smin = d
                s, e = self.ptr[m], self.ptr[m + 1]
                for j, f in zip(self.nb[s:e].tolist(), self.fo[s:e].tolist()):
                    if 0.0 < f < smin and cl[j] == c:
                        smin = f
        if smin == np.inf:
            return self.V(c)
        k, r, w = self.k, self.R, self.W
        return min(validity_scalar(r[m], w[m], smin, k) for m in mem)

    def offer(self, i: int, ties: Ties) -> int:
        """Step 3: move unit i (in no cluster) to its best-linked cluster if that gains.

        ``ties`` are i's ties to the candidate clusters. Returns the cluster, or -1 (no flow
        to any candidate) or -2 (joining would lower the cluster's V). A move is accepted
        when ``V(J with i) >= V(J)``.
        """
        t, a, b = self.best_cluster(i, ties)
        if t < 0:
            return -1
        after = validity_scalar(
            self.Rc[t] + self.R[i], self.Wc[t] + self.W[i], self.Sc[t] + (a + b + self.D[i]), self.k
        )
        if after >= self.V(t):
            self.join(i, t, a, b)
            self.push(t, after)  # after the join V(t) is exactly ``after``
            return t
        return -2

    # -- steps 2-5 ---------------------------------------------------------------------------
    def iterate(self, max_iterations: int) -> None:
        """Steps 2-5 until the least valid cluster has V >= 1."""
        queue = self.queue
        members = self.members
        cl, r_c, w_c, s_c = self.cl, self.Rc, self.Wc, self.Sc
        number = self.number
        units = self.units
        n_active = sum(1 for m in members if m is not None)
        dismantled: tuple[float, int] | None = None  # (V, cluster) valid for one iteration
        it = 0
        while True:
            top = queue.peek()
            from_queue = top is not None
            if from_queue:
                v, c = top
            back = -1  # a cluster whose member-and-flow V was not the lowest
            if dismantled is not None:
                dv, dc = dismantled
                dismantled = None
                if not from_queue or (dv, dc) < (v, c):
                    v, c, from_queue = dv, dc, False
                else:
                    back = dc
            elif not from_queue:
                break
            if from_queue:
                queue.pop()
            if back >= 0:
                self.push(back)  # from the next iteration on, its V from its totals
            if v >= 1.0:
                break
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
                (i,) = members[c]
                ties = self.ties(i)  # no entry for c: i's own flow is not in its neighbour list
                # i leaves c, which is then empty (remove() without its arithmetic)
                cl[i] = -1
                members[c] = None
                r_c[c] = w_c[c] = s_c[c] = 0.0
                queue.drop(c)
                t = self.offer(i, ties)
                if t < 0:
                    self._reserve(RESERVE_NO_LINK if t == -1 else RESERVE_NO_GAIN, it, c, v, i)
                rows.append((i, t))
            else:
                before = sorted(members[c])
                i = self.most_external(c)
                t = self.offer(i, self.detach(i))
                rows.append((i, t))
                if t < 0:
                    code = RESERVE_LEAVER_NO_LINK if t == -1 else RESERVE_LEAVER_NO_GAIN
                    self._reserve(code, it, c, v, i)
                if self.istat and t == -1:
                    # the remaining members are offered one by one at once (reasons E/F)
                    for m in sorted(members[c]):
                        own_v = validity_scalar(self.R[m], self.W[m], self.D[m], self.k)
                        # members still waiting to be offered are not candidates
                        ties = without(self.detach(m), c)[0]
                        tm = self.offer(m, ties)
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
                        queue.drop(c)  # its total V is not used in the next iteration
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
                t, a, b = self.best_cluster(i, self.ties(i))
                if t < 0:
                    rest.append(i)
                else:
                    self.join(i, t, a, b)
            if len(rest) == len(waiting):
                break
            waiting = rest
        return waiting

    def cluster_numbers(self) -> np.ndarray:
        """Per unit the program's number of its cluster (0: reserve list or zero list)."""
        cl = self.cl_np
        return np.where(cl >= 0, self.number_np[np.maximum(cl, 0)], 0)
