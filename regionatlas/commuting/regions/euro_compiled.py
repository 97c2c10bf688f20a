"""The EURO/TTWA iterations (steps 2-6) as a compiled loop (numba), step for step the Python one.

Sources: Coombes M. & Bond S. (2008), *Travel-to-Work Areas: the 2007 review*, ONS (validity
X-equation, tie measure L, one unit at a time with a reserve list); Franconi L., D'Alò M. &
Ichim D. (2016), *Istat implementation of the algorithm to develop Labour Market Areas*, and
the behaviour of ISTAT's program LabourMarketAreas 3.4 read off its traces (spec
commuting-regions.md, sections 2 and 2b).

This module replays :meth:`.euro_run.EuroRun.iterate` and :meth:`.euro_run.EuroRun.assign_reserve`
(the readable reference) iteration by iteration: the same least-valid cluster (V, then the
lowest cluster number; the start validities read front to back, a binary heap of changed
clusters with lazy invalidation by version), the same unit leaving (largest external
relations, ties by the smallest id), the same best-linked cluster (largest L, ties by the
lowest number), the same acceptance rule and the ISTAT program's member-and-flow V of a
cluster that has just lost a member. Every sum and every V is computed with the same
floating-point operations in the same order as the Python code (no fast-math), so equal values
compare equal and ties fall the same way; the tests compare both engines' traces and
partitions with the ISTAT program's files and with each other.

numba-only code: numpy arrays in, arrays out. Without numba the kernels are None
(:func:`regionatlas.compiled.njit`) and the Python loop runs.

State shared with the caller (updated in place, so a run can stop after a number of
iterations to report progress and check for cancellation, and go on):

- ``um`` (per unit R, W, D in one row of four: the three values a step reads together share
  a cache line), ``cl`` (cluster of each unit, -1 none), ``cm`` (per cluster R_c, W_c, S_c
  in one row of four, likewise),
  ``head``, ``nxt``, ``prv``, ``size`` (each cluster's members as a linked list), ``version``;
- the queue: ``start_v``, ``start_c`` (the start validities sorted), ``heap_v``, ``heap_c``,
  ``heap_ver`` (capacity at least n + 1: when it fills, the stale entries are dropped, and
  at most one entry per cluster other than the one being pushed is current);
- ``ist``: iteration, start position, heap size, from-start flag, pending dismantled cluster
  (flag, cluster), first selected cluster, reserve count, event count, trace rows;
  ``fst``: the pending dismantled V, the first selected V;
- the reserve list ``res``, its events (``ev_*``) and the trace rows (``tr_*``, only when
  ``record``).
"""

from __future__ import annotations

import numpy as np

from ...compiled import njit

# indices of the integer state ``ist``
IT, POS, HSIZE, FROM_START, DIS_FLAG, DIS_C, FIRST_C, NRES, NEV, NTR = range(10)
N_INT_STATE = 10
# indices of the float state ``fst``
DIS_V, FIRST_V = range(2)
N_FLOAT_STATE = 2

#: Returned by :func:`iterate`: the least valid cluster is valid (or none is left): done.
DONE = 0
#: ``stop_at`` iterations reached: report progress, check for cancellation, call again.
PAUSED = 1
#: More than ``max_iterations`` iterations: the procedure does not converge.
NOT_CONVERGED = 2
#: The trace buffer may not hold the next iteration's rows: enlarge it and call again.
TRACE_FULL = 3

#: Up to this many neighbours, a unit's ties are grouped by searching the clusters already
#: seen rather than through a table over all clusters (the same ties in the same order; fewer
#: reads far apart in memory). Speed only.
FEW_NEIGHBOURS = 64

#: Reserve-list reason codes in ``ev_code`` (the letters A-F of :mod:`.euro_run`).
REASON_LETTERS = "ABCDEF"


def _v(r, w, s_int, tar_sc, tar_sz, span, slope, scale):
    """:func:`.validity.validity_scalar`, the same operations in the same order."""
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


def _less(va, ca, vera, vb, cb, verb):
    """``(va, ca, vera) < (vb, cb, verb)`` as Python compares tuples (the heapq order)."""
    if va != vb:
        return va < vb
    if ca != cb:
        return ca < cb
    return vera < verb


def _sift_down(hv, hc, hver, size, pos):
    # heapq._siftdown: move the item at pos up towards the root
    v, c, ver = hv[pos], hc[pos], hver[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if _less(v, c, ver, hv[parent], hc[parent], hver[parent]):
            hv[pos], hc[pos], hver[pos] = hv[parent], hc[parent], hver[parent]
            pos = parent
        else:
            break
    hv[pos], hc[pos], hver[pos] = v, c, ver


def _sift_up(hv, hc, hver, size, pos):
    # a plain sift towards the leaves: the heap property is all the queue relies on
    v, c, ver = hv[pos], hc[pos], hver[pos]
    while True:
        child = 2 * pos + 1
        if child >= size:
            break
        right = child + 1
        if right < size and _less(
            hv[right], hc[right], hver[right], hv[child], hc[child], hver[child]
        ):
            child = right
        if _less(hv[child], hc[child], hver[child], v, c, ver):
            hv[pos], hc[pos], hver[pos] = hv[child], hc[child], hver[child]
            pos = child
        else:
            break
    hv[pos], hc[pos], hver[pos] = v, c, ver


def _heap_pop(hv, hc, hver, size):
    """Remove the smallest entry; returns the new size."""
    size -= 1
    if size > 0:
        hv[0], hc[0], hver[0] = hv[size], hc[size], hver[size]
        _sift_up(hv, hc, hver, size, 0)
    return size


def _push(v, c, version, hv, hc, hver, ist):
    """:meth:`.euro_queue.LeastValidQueue.push`: cluster c changed, its V is now ``v``."""
    version[c] += 1
    if v < 1.0:
        size = ist[HSIZE]
        if size == hv.shape[0]:
            # full: keep the entries still current (at most one per cluster), re-heapify
            k = 0
            for e in range(size):
                if hver[e] == version[hc[e]]:
                    hv[k], hc[k], hver[k] = hv[e], hc[e], hver[e]
                    k += 1
            size = k
            for e in range(size // 2 - 1, -1, -1):
                _sift_up(hv, hc, hver, size, e)
        hv[size], hc[size], hver[size] = v, c, version[c]
        _sift_down(hv, hc, hver, size + 1, size)
        ist[HSIZE] = size + 1


def _tie_pass(i, start, end, idx, val, outward, table, cl, slot, tc, ta, tb, k):
    """Add the flows ``val[start:end]`` of i (to the units ``idx``: out flows when
    ``outward``, else in flows) to i's ties, from position ``k`` on; returns the new number of
    ties. The rows hold no zero flow (:func:`.euro_engine.flow_lists`); i itself is skipped.
    The Python loop's merged neighbour list holds the same flows in the same order, a missing
    direction there adding 0.0, which leaves a sum's bits as they are."""
    for e in range(start, end):
        f = val[e]
        j = idx[e]
        if j == i:
            continue
        c = cl[j]
        if c < 0:
            continue
        p = -1
        if table:
            p = slot[c]
            if p < 0:
                slot[c] = k
        else:
            # few neighbours: find the cluster among those seen (in cache), no table look-up
            for q in range(k):
                if tc[q] == c:
                    p = q
                    break
        if p < 0:
            tc[k] = c
            if outward:
                ta[k] = 0.0 + f
                tb[k] = 0.0
            else:
                ta[k] = 0.0
                tb[k] = 0.0 + f
            k += 1
        elif outward:
            ta[p] += f
        else:
            tb[p] += f
    return k


def _ties(i, ptr, idx, val, tptr, tidx, tval, cl, slot, tc, ta, tb):
    """i's ties to the clusters of its neighbours: ``tc[k]``, ``ta[k]`` = F[i,J], ``tb[k]`` =
    F[J,i], each summed from 0 over i's neighbours in ascending order (the sums of
    :meth:`.euro_run.EuroRun.ties`: out flows from i's row, in flows from i's row of the
    transpose). Returns their number."""
    s_out, e_out = ptr[i], ptr[i + 1]
    s_in, e_in = tptr[i], tptr[i + 1]
    table = (e_out - s_out) + (e_in - s_in) > FEW_NEIGHBOURS
    k = _tie_pass(i, s_out, e_out, idx, val, True, table, cl, slot, tc, ta, tb, 0)
    k = _tie_pass(i, s_in, e_in, tidx, tval, False, table, cl, slot, tc, ta, tb, k)
    if table:
        for p in range(k):
            slot[tc[p]] = -1
    return k


def _without(k, c, tc):
    """Leave cluster c out of the ties (``tc`` -1); returns its position or -1."""
    for p in range(k):
        if tc[p] == c:
            tc[p] = -1
            return p
    return -1


def _best(i, k, tc, ta, tb, um, cm):
    """:meth:`.euro_run.EuroRun.best_cluster`: the largest L, ties by the lowest number.
    Returns the position in the ties, or -1."""
    ri, wi = um[i, 0], um[i, 1]
    best, best_l, best_p = -1, -1.0, -1
    for p in range(k):
        c = tc[p]
        if c < 0:
            continue
        a = ta[p]
        b = tb[p]
        if a != 0.0:
            lval = a * a / (ri * cm[c, 1])
            if b != 0.0:
                lval += b * b / (cm[c, 0] * wi)
        else:
            lval = b * b / (cm[c, 0] * wi)
        if lval > best_l or (lval == best_l and c < best):
            best, best_l, best_p = c, lval, p
    return best_p


def _join(i, c, a, b, cl, um, cm, head, nxt, prv, size):
    cl[i] = c
    cm[c, 0] += um[i, 0]
    cm[c, 1] += um[i, 1]
    cm[c, 2] += a + b + um[i, 2]
    h = head[c]
    nxt[i] = h
    prv[i] = -1
    if h >= 0:
        prv[h] = i
    head[c] = i
    size[c] += 1


def _remove(i, a, b, cl, um, cm, head, nxt, prv, size, version):
    c = cl[i]
    cm[c, 0] -= um[i, 0]
    cm[c, 1] -= um[i, 1]
    cm[c, 2] -= a + b + um[i, 2]
    if prv[i] >= 0:
        nxt[prv[i]] = nxt[i]
    else:
        head[c] = nxt[i]
    if nxt[i] >= 0:
        prv[nxt[i]] = prv[i]
    nxt[i] = -1
    prv[i] = -1
    size[c] -= 1
    cl[i] = -1
    if size[c] == 0:
        cm[c, 0] = 0.0
        cm[c, 1] = 0.0
        cm[c, 2] = 0.0
        version[c] += 1


def _members_sorted(c, head, nxt, size):
    out = np.empty(size[c], dtype=np.int64)
    m = head[c]
    k = 0
    while m >= 0:
        out[k] = m
        k += 1
        m = nxt[m]
    out.sort()
    return out


def _most_external(c, mem, tptr, tidx, tval, cl, um):
    """:meth:`.euro_run.EuroRun.most_external` over the sorted members ``mem``; the inflow
    from inside c summed over m's row of the transpose in ascending order (m itself left out,
    as in the merged neighbour list)."""
    best, best_e = -1, -np.inf
    for m in mem:
        inside = 0.0
        for e in range(tptr[m], tptr[m + 1]):
            j = tidx[e]
            if cl[j] == c and j != m:
                inside += tval[e]
        ext = (um[m, 1] - um[m, 2] - inside) + um[m, 0] - um[m, 2]
        if ext > best_e:
            best, best_e = m, ext
    return best


def _dismantled_v(c, ptr, idx, val, cl, um, cm, head, nxt, k5):
    """:meth:`.euro_run.EuroRun.dismantled_validity` (the ISTAT program's V, spec 2b). The
    flows between members are read from the members' rows (a row's own diagonal is D[m],
    already counted)."""
    tar_sc, tar_sz, span, slope, scale = k5
    smin = np.inf
    m = head[c]
    while m >= 0:
        dm = um[m, 2]
        if 0.0 < dm < smin:
            smin = dm
        for e in range(ptr[m], ptr[m + 1]):
            f = val[e]
            if 0.0 < f < smin and cl[idx[e]] == c:
                smin = f
        m = nxt[m]
    if smin == np.inf:
        return _v(cm[c, 0], cm[c, 1], cm[c, 2], tar_sc, tar_sz, span, slope, scale)
    out = np.inf
    m = head[c]
    while m >= 0:
        v = _v(um[m, 0], um[m, 1], smin, tar_sc, tar_sz, span, slope, scale)
        if v < out:
            out = v
        m = nxt[m]
    return out


def _offer(i, k, tc, ta, tb, cl, um, cm, head, nxt, prv, size, version,
           hv, hc, hver, ist, k5):  # fmt: skip
    """:meth:`.euro_run.EuroRun.offer`: the cluster joined, -1 (no link) or -2 (no gain)."""
    tar_sc, tar_sz, span, slope, scale = k5
    p = _best(i, k, tc, ta, tb, um, cm)
    if p < 0:
        return -1
    t = tc[p]
    a = ta[p]
    b = tb[p]
    s_after = cm[t, 2] + (a + b + um[i, 2])
    after = _v(
        cm[t, 0] + um[i, 0], cm[t, 1] + um[i, 1], s_after, tar_sc, tar_sz, span, slope, scale
    )
    if after >= _v(cm[t, 0], cm[t, 1], cm[t, 2], tar_sc, tar_sz, span, slope, scale):
        _join(i, t, a, b, cl, um, cm, head, nxt, prv, size)
        _push(after, t, version, hv, hc, hver, ist)
        return t
    return -2


def _event(code, it, c, v, unit, ist, ev_code, ev_it, ev_cl, ev_v, ev_unit):
    e = ist[NEV]
    ev_code[e] = code
    ev_it[e] = it
    ev_cl[e] = c
    ev_v[e] = v
    ev_unit[e] = unit
    ist[NEV] = e + 1


def _row(it, c, v, sz, u, t, ist, tr_i, tr_v):
    e = ist[NTR]
    tr_i[e, 0] = it
    tr_i[e, 1] = c
    tr_i[e, 2] = sz
    tr_i[e, 3] = u
    tr_i[e, 4] = t
    tr_v[e] = v
    ist[NTR] = e + 1


def _iterate(ptr, idx, val, tptr, tidx, tval, um, k5, istat, max_iterations, stop_at,
             cl, cm, head, nxt, prv, size, version,
             start_v, start_c, hv, hc, hver, ist, fst,
             res, ev_code, ev_it, ev_cl, ev_v, ev_unit,
             record, tr_i, tr_v, slot, tc, ta, tb):  # fmt: skip
    """Steps 2-5 (:meth:`.euro_run.EuroRun.iterate`) until done, paused or out of room.

    Returns :data:`DONE`, :data:`PAUSED`, :data:`NOT_CONVERGED` or :data:`TRACE_FULL`. Trace
    rows (``record``): iteration, selected cluster, its size, unit, cluster joined (-1 reserve
    list), and the selected V; one iteration's rows sorted by unit. Reserve events: reason
    code (0-5 for A-F), iteration, selected cluster (minus the member's position for E/F), V,
    unit.
    """
    tar_sc, tar_sz, span, slope, scale = k5
    n = cl.shape[0]
    n_start = start_v.shape[0]
    while True:
        if ist[IT] >= stop_at:
            return PAUSED
        if record and tr_v.shape[0] - ist[NTR] < n + 1:
            return TRACE_FULL
        # -- peek (LeastValidQueue.peek) --
        pos = ist[POS]
        while pos < n_start and version[start_c[pos]] != 0:
            pos += 1
        ist[POS] = pos
        while ist[HSIZE] > 0 and hver[0] != version[hc[0]]:
            ist[HSIZE] = _heap_pop(hv, hc, hver, ist[HSIZE])
        from_queue = True
        v = 0.0
        c = -1
        if pos < n_start:
            sv, scl = start_v[pos], start_c[pos]
            if ist[HSIZE] > 0 and (hv[0] < sv or (hv[0] == sv and hc[0] < scl)):
                ist[FROM_START] = 0
                v, c = hv[0], hc[0]
            else:
                ist[FROM_START] = 1
                v, c = start_v[pos], start_c[pos]
        else:
            ist[FROM_START] = 0
            if ist[HSIZE] > 0:
                v, c = hv[0], hc[0]
            else:
                from_queue = False
        back = -1
        if ist[DIS_FLAG]:
            dv, dc = fst[DIS_V], ist[DIS_C]
            ist[DIS_FLAG] = 0
            if not from_queue or (dv < v or (dv == v and dc < c)):
                v, c, from_queue = dv, dc, False
            else:
                back = dc
        elif not from_queue:
            return DONE
        if from_queue:
            # LeastValidQueue.pop
            if ist[FROM_START]:
                ist[POS] += 1
                ist[FROM_START] = 0
            elif ist[HSIZE] > 0:
                ist[HSIZE] = _heap_pop(hv, hc, hver, ist[HSIZE])
        if back >= 0:
            _push(_v(cm[back, 0], cm[back, 1], cm[back, 2], tar_sc, tar_sz, span, slope, scale),
                  back, version, hv, hc, hver, ist)  # fmt: skip
        if v >= 1.0:
            return DONE
        it = ist[IT] + 1
        ist[IT] = it
        if it > max_iterations:
            return NOT_CONVERGED
        if ist[FIRST_C] < 0:
            ist[FIRST_C] = c
            fst[FIRST_V] = v
        sz = size[c]
        first_row = ist[NTR]
        if sz == 1:
            i = head[c]
            k = _ties(i, ptr, idx, val, tptr, tidx, tval, cl, slot, tc, ta, tb)
            # i leaves c, which is then empty
            cl[i] = -1
            head[c] = -1
            nxt[i] = -1
            prv[i] = -1
            size[c] = 0
            cm[c, 0] = 0.0
            cm[c, 1] = 0.0
            cm[c, 2] = 0.0
            version[c] += 1
            t = _offer(i, k, tc, ta, tb, cl, um, cm, head, nxt, prv, size,
                       version, hv, hc, hver, ist, k5)  # fmt: skip
            if t < 0:
                res[ist[NRES]] = i
                ist[NRES] += 1
                _event(1 if t == -1 else 0, it, c, v, i, ist, ev_code, ev_it, ev_cl, ev_v, ev_unit)
            if record:
                _row(it, c, v, sz, i, t, ist, tr_i, tr_v)
        else:
            before = _members_sorted(c, head, nxt, size)
            i = _most_external(c, before, tptr, tidx, tval, cl, um)
            k = _ties(i, ptr, idx, val, tptr, tidx, tval, cl, slot, tc, ta, tb)
            p = _without(k, c, tc)
            a = ta[p] if p >= 0 else 0.0
            b = tb[p] if p >= 0 else 0.0
            _remove(i, a, b, cl, um, cm, head, nxt, prv, size, version)
            t = _offer(i, k, tc, ta, tb, cl, um, cm, head, nxt, prv, size,
                       version, hv, hc, hver, ist, k5)  # fmt: skip
            if record:
                _row(it, c, v, sz, i, t, ist, tr_i, tr_v)
            if t < 0:
                res[ist[NRES]] = i
                ist[NRES] += 1
                _event(3 if t == -1 else 2, it, c, v, i, ist, ev_code, ev_it, ev_cl, ev_v, ev_unit)
            if istat and t == -1:
                # the remaining members are offered one by one at once (reasons E/F)
                for q in range(before.shape[0]):
                    m = before[q]
                    if m == i:
                        continue
                    own_v = _v(um[m, 0], um[m, 1], um[m, 2], tar_sc, tar_sz, span, slope, scale)
                    km = _ties(m, ptr, idx, val, tptr, tidx, tval, cl, slot, tc, ta, tb)
                    p = _without(km, c, tc)
                    a = ta[p] if p >= 0 else 0.0
                    b = tb[p] if p >= 0 else 0.0
                    _remove(m, a, b, cl, um, cm, head, nxt, prv, size, version)
                    tm = _offer(m, km, tc, ta, tb, cl, um, cm, head, nxt, prv,
                                size, version, hv, hc, hver, ist, k5)  # fmt: skip
                    if record:
                        _row(it, c, v, sz, m, tm, ist, tr_i, tr_v)
                    if tm < 0:
                        res[ist[NRES]] = m
                        ist[NRES] += 1
                        code = 5 if tm == -1 else 4
                        _event(code, it, -(q + 1), own_v, m, ist, ev_code, ev_it, ev_cl, ev_v,
                               ev_unit)  # fmt: skip
            elif size[c] > 0:
                if istat:
                    version[c] += 1  # its total V is not used in the next iteration
                    fst[DIS_V] = _dismantled_v(c, ptr, idx, val, cl, um, cm, head,
                                               nxt, k5)  # fmt: skip
                    ist[DIS_C] = c
                    ist[DIS_FLAG] = 1
                else:
                    _push(_v(cm[c, 0], cm[c, 1], cm[c, 2], tar_sc, tar_sz, span, slope, scale), c,
                          version, hv, hc, hver, ist)  # fmt: skip
        if record:
            # this iteration's rows by unit (the recorder's order); few rows: insertion sort
            for e in range(first_row + 1, ist[NTR]):
                row = tr_i[e].copy()
                rv = tr_v[e]
                f = e - 1
                while f >= first_row and tr_i[f, 3] > row[3]:
                    tr_i[f + 1] = tr_i[f]
                    tr_v[f + 1] = tr_v[f]
                    f -= 1
                tr_i[f + 1] = row
                tr_v[f + 1] = rv


def _assign_reserve(waiting, ptr, idx, val, tptr, tidx, tval, um, cl, cm, head,
                    nxt, prv, size, slot, tc, ta, tb):  # fmt: skip
    """Step 6 (:meth:`.euro_run.EuroRun.assign_reserve`): each waiting unit, in the given
    order, joins its best-linked cluster (no validity check); passes until one moves nobody.
    Returns the units left without a cluster."""
    while waiting.shape[0] > 0:
        rest = np.empty(waiting.shape[0], dtype=np.int64)
        n_rest = 0
        for i in waiting:
            k = _ties(i, ptr, idx, val, tptr, tidx, tval, cl, slot, tc, ta, tb)
            p = _best(i, k, tc, ta, tb, um, cm)
            if p < 0:
                rest[n_rest] = i
                n_rest += 1
            else:
                _join(i, tc[p], ta[p], tb[p], cl, um, cm, head, nxt, prv, size)
        if n_rest == waiting.shape[0]:
            break
        waiting = rest[:n_rest]
    return waiting


def _transpose(indptr, indices, data, shift, tptr, tidx, tval, tcol, sc_i, sc_c, sc_v, cursor):
    """The transpose of a CSR matrix into ``tptr`` (filled by the caller: the column counts'
    cumulative sums), ``tidx``, ``tval``: every column's rows in ascending order, as scipy's
    transpose by counting gives them, in two passes that write near each other.

    Pass 1 takes the entries in row order to the part of the output that holds their block
    of ``2**shift`` columns (one write front per block, ``tcol`` keeping the column); pass 2
    takes each block through the scratch arrays ``sc_*`` (room for the largest block) to its
    columns, within a few hundred kilobytes. Both passes keep the order in which they read,
    so each column's rows stay ascending. ``cursor``: room for one position per block and
    per column of a block.
    """
    n_rows = indptr.shape[0] - 1
    n_cols = tptr.shape[0] - 1
    width = 1 << shift
    n_blocks = (n_cols + width - 1) >> shift
    for b in range(n_blocks):
        cursor[b] = tptr[b << shift]
    for i in range(n_rows):
        for e in range(indptr[i], indptr[i + 1]):
            j = indices[e]
            b = j >> shift
            p = cursor[b]
            tidx[p] = i
            tval[p] = data[e]
            tcol[p] = j
            cursor[b] = p + 1
    for b in range(n_blocks):
        c0 = b << shift
        c1 = min(c0 + width, n_cols)
        s = tptr[c0]
        m = tptr[c1] - s
        for k in range(m):
            sc_i[k] = tidx[s + k]
            sc_c[k] = tcol[s + k]
            sc_v[k] = tval[s + k]
        for c in range(c0, c1):
            cursor[c - c0] = tptr[c]
        for k in range(m):
            c = sc_c[k] - c0
            p = cursor[c]
            tidx[p] = sc_i[k]
            tval[p] = sc_v[k]
            cursor[c] = p + 1


_jit = njit(cache=True, nogil=True)
if _jit is not None:
    _v = _jit(_v)
    _less = _jit(_less)
    _sift_down = _jit(_sift_down)
    _sift_up = _jit(_sift_up)
    _heap_pop = _jit(_heap_pop)
    _push = _jit(_push)
    _tie_pass = _jit(_tie_pass)
    _ties = _jit(_ties)
    _without = _jit(_without)
    _best = _jit(_best)
    _join = _jit(_join)
    _remove = _jit(_remove)
    _members_sorted = _jit(_members_sorted)
    _most_external = _jit(_most_external)
    _dismantled_v = _jit(_dismantled_v)
    _offer = _jit(_offer)
    _event = _jit(_event)
    _row = _jit(_row)
    iterate = _jit(_iterate)
    assign_reserve = _jit(_assign_reserve)
    transpose = _jit(_transpose)
else:
    iterate = None
    assign_reserve = None
    transpose = None
