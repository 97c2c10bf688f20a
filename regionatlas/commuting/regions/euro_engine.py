"""Which loop runs the EURO iterations, and the driver of the compiled one.

``engine="python"`` runs :meth:`.euro_run.EuroRun.iterate` (the readable reference);
``"compiled"`` runs :mod:`.euro_compiled` (numba), which replays the same iterations step by
step; ``"auto"`` (the default) takes the compiled loop when numba is installed and otherwise
the Python loop, saying so once in the result's messages. Both give the same partitions,
reserve-list events and traces (tests/core/test_regions_euro_engines.py).

:class:`CompiledLoop` keeps the compiled loop's state in arrays over one :class:`.EuroRun`:
it runs the iterations in stretches of :data:`STRETCH` so that progress is reported and a
cancellation is seen between them, then writes the reserve list, its events and the trace
back as the Python loop records them.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from ...compiled import ENGINES, numba_missing_note, use_compiled
from ...errors import InputError
from .euro_run import EuroRun, ReserveEvent, TraceRecord

ENGINE_AUTO, ENGINE_PYTHON, ENGINE_COMPILED = ENGINES

#: Iterations of the compiled loop between two progress reports / cancellation checks.
STRETCH = 4096
#: Room in the compiled queue's heap, in units: a full heap drops its stale entries (at most
#: one entry per cluster is current), so any room >= 1 gives the same order; more room, fewer
#: clean-ups.
HEAP_ROOM = 2


def resolve_engine(engine: str) -> tuple[str, list[str]]:
    """``(engine that runs, messages)`` for the requested ``engine``
    (:func:`regionatlas.compiled.use_compiled`): ``"compiled"`` without numba is an error
    naming numba; ``"auto"`` without numba runs the Python loop and returns the message
    saying so."""
    if use_compiled(engine):
        return ENGINE_COMPILED, []
    if engine == ENGINE_PYTHON:
        return ENGINE_PYTHON, []
    return ENGINE_PYTHON, [numba_missing_note("EURO")]


def flow_lists(
    csr: sp.csr_array,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every unit's flows for the compiled loop, ``(ptr, idx, val, tptr, tidx, tval)``: the
    rows of F (out flows) and of its transpose (in flows) in CSR form, columns ascending.

    The compiled loop walks a unit's two rows where the Python loop walks one merged
    neighbour list (:class:`.EuroRun`): the same non-zero flows in the same ascending order, so
    every sum has the same bits, without building the merged lists (one transpose, no copy of
    F when it is canonical and has no stored zeros; the loop skips the diagonal).
    """
    if not csr.has_canonical_format or not np.all(csr.data != 0.0):
        csr = sp.csr_array(csr, copy=True)
        csr.sum_duplicates()
        csr.eliminate_zeros()
    idx = np.int32 if csr.shape[0] < 2**31 - 1 else np.int64
    ptr = csr.indptr.astype(np.int64)
    indices = csr.indices.astype(idx, copy=False)
    data = csr.data.astype(float, copy=False)
    return (ptr, indices, data, *transpose(ptr, indices, data, csr.shape[1]))


#: :func:`transpose` sorts the flows into blocks of ``2**TRANSPOSE_BLOCK_SHIFT`` columns first
#: (about 40 000 flows, a few hundred kilobytes at 20 flows per unit). Speed only.
TRANSPOSE_BLOCK_SHIFT = 11


def transpose(
    ptr: np.ndarray, indices: np.ndarray, data: np.ndarray, n_cols: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(tptr, tidx, tval)``: the CSR arrays of the transpose of ``(ptr, indices, data)``,
    every column's rows ascending (as ``sp.csr_array(csr.T)``), by the compiled two-pass
    transpose of :mod:`.euro_compiled`, whose writes stay near each other at 20 million
    flows where a one-pass transpose writes all over the output."""
    from . import euro_compiled as ec

    shift = TRANSPOSE_BLOCK_SHIFT
    tptr = np.zeros(n_cols + 1, dtype=np.int64)
    np.cumsum(np.bincount(indices, minlength=n_cols), out=tptr[1:])
    nnz = len(indices)
    tidx = np.empty(nnz, dtype=indices.dtype)
    tval = np.empty(nnz, dtype=float)
    tcol = np.empty(nnz, dtype=indices.dtype)
    edges = tptr[np.minimum(np.arange(0, n_cols + (1 << shift), 1 << shift), n_cols)]
    room = int(np.diff(edges).max(initial=0))
    sc_i = np.empty(room, dtype=indices.dtype)
    sc_c = np.empty(room, dtype=indices.dtype)
    sc_v = np.empty(room, dtype=float)
    cursor = np.empty(max(len(edges), 1 << shift), dtype=np.int64)
    ec.transpose(ptr, indices, data, shift, tptr, tidx, tval, tcol, sc_i, sc_c, sc_v, cursor)
    return tptr, tidx, tval


def rows_of_four(*columns: np.ndarray) -> np.ndarray:
    """An ``(n, 4)`` float array holding ``columns`` (up to four) side by side, its rows on
    32-byte boundaries, so that one row never spans two 64-byte cache lines: the loop reads
    a unit's or a cluster's three marginals with one memory access instead of three."""
    n = len(columns[0])
    buf = np.zeros(4 * n + 8)
    skip = (-buf.ctypes.data % 64) // 8  # the first row on a cache-line boundary
    out = buf[skip : skip + 4 * n].reshape(n, 4)
    for k, col in enumerate(columns):
        out[:, k] = col
    return out


class CompiledLoop:
    """Steps 2-6 of one :class:`.EuroRun` by the compiled kernels (:mod:`.euro_compiled`).

    The run must have been made with ``python_loop=False``; its cluster of every unit and
    cluster marginals are updated in place, so :mod:`.euro` reads the result as after the
    Python loop.
    """

    def __init__(self, run: EuroRun, record: bool):
        from . import euro_compiled as ec

        self.ec = ec
        self.run = run
        self.record = record
        n = run.n
        act = run.active
        # unit and cluster indices in 32 bits where they fit: half the memory the loop reads
        # at random (same values, same results)
        idx = np.int32 if n < 2**31 - 1 else np.int64
        self.cl = run.cl_np.astype(idx)
        self.um = rows_of_four(run.R_np, run.W_np, run.D_np)
        self.cm = rows_of_four(run.Rc_np, run.Wc_np, run.Sc_np)
        self.head = np.full(n, -1, dtype=idx)
        self.head[act] = act
        self.nxt = np.full(n, -1, dtype=idx)
        self.prv = np.full(n, -1, dtype=idx)
        self.size = np.zeros(n, dtype=idx)
        self.size[act] = 1
        self.version = np.zeros(n, dtype=np.int64)
        # the start validities below 1, sorted by (V, cluster) as LeastValidQueue sorts them
        keep = run.start_v < 1.0
        v, c = run.start_v[keep], act[keep]
        order = np.argsort(v, kind="stable")  # c is ascending: equal V stay by cluster
        self.start_v = np.ascontiguousarray(v[order])
        self.start_c = np.ascontiguousarray(c[order])
        cap = HEAP_ROOM * n + 1
        self.hv = np.empty(cap, dtype=float)
        self.hc = np.empty(cap, dtype=np.int64)
        self.hver = np.empty(cap, dtype=np.int64)
        self.ist = np.zeros(ec.N_INT_STATE, dtype=np.int64)
        self.ist[ec.FIRST_C] = -1
        self.ist[ec.DIS_C] = -1
        self.fst = np.zeros(ec.N_FLOAT_STATE, dtype=float)
        # a unit enters the reserve list at most once: n places are enough
        self.res = np.empty(n, dtype=np.int64)
        self.ev_code = np.empty(n, dtype=np.int64)
        self.ev_it = np.empty(n, dtype=np.int64)
        self.ev_cl = np.empty(n, dtype=np.int64)
        self.ev_v = np.empty(n, dtype=float)
        self.ev_unit = np.empty(n, dtype=np.int64)
        # the buffer grows when the next iteration's rows (at most n) may not fit
        rows = n + 2 if record else 1
        self.tr_i = np.zeros((rows, 5), dtype=np.int64)
        self.tr_v = np.zeros(rows, dtype=float)
        # at most one tie per out or in flow
        ptr, tptr = run.flows[0], run.flows[3]
        degree = int((np.diff(ptr) + np.diff(tptr)).max(initial=0))
        self.slot = np.full(n, -1, dtype=idx)
        self.tc = np.empty(degree + 1, dtype=idx)
        self.ta = np.empty(degree + 1, dtype=float)
        self.tb = np.empty(degree + 1, dtype=float)
        self.k5 = tuple(float(x) for x in run.k)

    def iterate(self, max_iterations: int) -> None:
        """Steps 2-5 until the least valid cluster has V >= 1 (as ``EuroRun.iterate``)."""
        ec, run = self.ec, self.run
        ist = self.ist
        n_active = max(len(run.active), 1)
        while True:
            status = ec.iterate(
                *run.flows, self.um, self.k5,
                run.istat, max_iterations, int(ist[ec.IT]) + STRETCH,
                self.cl, self.cm,
                self.head, self.nxt, self.prv, self.size, self.version,
                self.start_v, self.start_c, self.hv, self.hc, self.hver, ist, self.fst,
                self.res, self.ev_code, self.ev_it, self.ev_cl, self.ev_v, self.ev_unit,
                self.record, self.tr_i, self.tr_v, self.slot, self.tc, self.ta, self.tb,
            )  # fmt: skip
            if status == ec.PAUSED:
                run.fb.check()
                run.fb.progress(min(90.0, 10.0 + 80.0 * int(ist[ec.NRES]) / n_active))
            elif status == ec.TRACE_FULL:
                grow = self.tr_v.shape[0] + run.n + 2
                self.tr_i = np.concatenate([self.tr_i, np.zeros((grow, 5), dtype=np.int64)])
                self.tr_v = np.concatenate([self.tr_v, np.zeros(grow, dtype=float)])
            elif status == ec.NOT_CONVERGED:
                raise InputError(
                    "The EURO procedure did not converge within {steps} steps; "
                    "check the parameters (is TARGET_SC reachable at all?).",
                    steps=max_iterations,
                )
            else:
                break
        self._write_back()

    def _write_back(self) -> None:
        """The reserve list, its events, the first selected cluster and the trace, as the
        Python loop records them."""
        ec, run, ist = self.ec, self.run, self.ist
        units, number = run.units, run.number_np
        run.cl_np[:] = self.cl
        self._marginals_back()
        run.iterations = int(ist[ec.IT])
        if ist[ec.FIRST_C] >= 0:
            run.first_selected = (int(ist[ec.FIRST_C]), float(self.fst[ec.FIRST_V]))
        n_res, n_ev = int(ist[ec.NRES]), int(ist[ec.NEV])
        run.reserve = self.res[:n_res].tolist()
        cluster = self.ev_cl[:n_ev]
        shown = np.where(cluster >= 0, number[np.maximum(cluster, 0)], cluster)
        letters = np.array(list(ec.REASON_LETTERS), dtype=object)
        run.events = list(
            map(
                ReserveEvent._make,
                zip(
                    letters[self.ev_code[:n_ev]].tolist(),
                    self.ev_it[:n_ev].tolist(),
                    shown.tolist(),
                    self.ev_v[:n_ev].tolist(),
                    units[self.ev_unit[:n_ev]].tolist(),
                ),
            )
        )
        if self.record and run.recorder is not None:
            rows = self.tr_i[: int(ist[ec.NTR])]
            c = number[rows[:, 1]]
            to = np.where(rows[:, 4] >= 0, number[np.maximum(rows[:, 4], 0)], 0)
            for it, k, size, u, t, v in zip(
                rows[:, 0].tolist(),
                c.tolist(),
                rows[:, 2].tolist(),
                rows[:, 3].tolist(),
                to.tolist(),
                self.tr_v[: len(rows)].tolist(),
            ):
                run.recorder(TraceRecord(it, k, v, size, units[u], k, t))

    def assign_reserve(self) -> list[int]:
        """Step 6 as ``EuroRun.assign_reserve`` (same order, same passes); returns the units
        left without a cluster."""
        run = self.run
        waiting = sorted(run.reserve, reverse=True) if run.istat else list(run.reserve)
        rest = self.ec.assign_reserve(
            np.asarray(waiting, dtype=np.int64), *run.flows, self.um, self.cl, self.cm,
            self.head, self.nxt, self.prv, self.size, self.slot, self.tc, self.ta, self.tb,
        )  # fmt: skip
        run.cl_np[:] = self.cl
        self._marginals_back()
        return rest.tolist()

    def _marginals_back(self) -> None:
        """The cluster marginals into the run's arrays (read by :mod:`.euro` and the strict
        final steps)."""
        run = self.run
        run.Rc_np[:] = self.cm[:, 0]
        run.Wc_np[:] = self.cm[:, 1]
        run.Sc_np[:] = self.cm[:, 2]
