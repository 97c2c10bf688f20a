"""Tolbert-Sizer commuting zones (USDA Economic Research Service).

Sources: Tolbert C. M. & Sizer M. (1996), *U.S. Commuting Zones and Labor Market Areas: A 1990
Update*, USDA ERS Staff Paper AGES-9614; Fowler C. S., Rhubart D. C. & Jensen L. (2016),
*Reassessing and Revising Commuting Zones for 2010*; spec commuting-regions.md section 3.

Proportional flow between units i and j: ``PF[i,j] = (F[i,j] + F[j,i]) / min(RLF[i], RLF[j])``
with RLF the resident labour force (R, row sums), capped at 0.999; distance ``1 - PF``;
average-linkage hierarchical clustering cut at height h (0.977 for 2010/2020, 0.98 for 1990).

Sparse formulation (why it is exact, and equal to scipy's result). Pairs without a flow have
distance exactly 1. The average-linkage (Lance-Williams) update of a merged cluster is
``d(x+y, k) = (|x| d(x,k) + |y| d(y,k)) / (|x| + |y|)``: a size-weighted mean, so a pair that is
at distance 1 from both parts stays at exactly 1.0 (integer weights, exact in floating point).
The dense distance matrix is therefore represented without loss by one dict per cluster of
its neighbours at distance < 1, plus an implicit 1.0 for everybody else; memory and work
follow the flows, not n^2.

On this representation the nearest-neighbour-chain algorithm (Murtagh 1983; Muellner 2011,
*Modern hierarchical, agglomerative clustering algorithms*) runs step for step as in scipy's
``linkage(method="average")``: the chain starts at the lowest active cluster index; the
nearest neighbour is found with the same rule (the previous chain element unless a strictly
smaller distance exists, else the lowest index among the smallest distances, non-neighbours
at 1.0 included); the merged cluster keeps the larger index; distances are updated with the
same floating-point expression. Equal distances are frequent in real tables (small integer
flows, the 0.999 cap: only 68 930 of the 101 840 US county PF values are distinct) and the
merge order decides how they are resolved, so copying scipy's order is what makes the zones
identical to the dense computation, not just close (tested on the US data and on random
tie-heavy inputs).

Why the whole chain, and not each group of units linked below the cut on its own (or a
global queue of pairs by distance and a tie key): with ties, scipy's zones depend on where the
chain enters a group, and that depends on pairs above the cut. Example (a test): units 1-7
and 5-7 at distance 0.3, cut 0.5; with a further pair 0-5 at 0.99 the chain starts at 0, goes
to 5, then 7, and merges 5-7; without it, it starts at 1 and merges 1-7. So the merge order
is emulated globally, one merge at a time. Each cluster's nearest neighbour is cached and
recomputed (C-level ``min`` over its dict) only after one of its distances changed; the first
ones come vectorised from the sparse matrix.

Two engines run this loop. The Python loop below (dicts of neighbours) is the readable
reference; tolbert_compiled.py replays it step by step with numba (arrays of edges and
per-cluster edge lists; the proportional flows in one pass too) and is used when numba is
installed (``engine="auto"``). Both make the same merges (tests compare them with each other,
with scipy and with a plain NN-chain, ties included). Measured with
benchmarks/country_scale.py (2 shared cores, one other job running, 2026-11-30; median of 3):
at 2 M flows (100 000 units) the compiled engine takes 0.5 s and 106 MB (Python loop: 4.2 s,
336 MB); at 20 M flows (1 M units) 10.8 s wall, 7.7 s CPU, 1.3 GB (Python loop, one run:
55 s, 3.7 GB). Both are bound by memory access (cluster lists and edges out of cache), which
is why 10 times the flows take 13-21 times as long. Compiling takes 8-20 s once per
installation (numba's cache, next to the module); a new process then loads it in under 2 s.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import scipy.sparse as sp

from ...compiled import numba_missing_note, use_compiled
from ...errors import InputError
from ..odtable import ODTable
from .parameters import TOLBERT_CUT_HEIGHT, TOLBERT_PF_CAP, check_share
from .partition import (
    CancelCallback,
    Feedback,
    Partition,
    ProgressCallback,
    build_partition,
    unit_indicators,
)

_DIRTY = -2  # nearest-neighbour cache entry to recompute
_BLOCK = 65_536  # units per block when the neighbour dicts are built
_PROGRESS_EVERY = 4096  # merges between progress reports and cancellation checks
#: free room in the compiled loop's pool of neighbour lists, as a share of the listed pairs
#: (the merged lists grow into it; the pool is compacted or grown when it is used up)
_POOL_SPARE = 0.5


def proportional_flows(
    table: ODTable, cap: float = TOLBERT_PF_CAP, *, engine: str = "auto"
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unit pairs ``i < j`` with a flow in either direction and their proportional flow PF.

    Returns ``(i, j, pf)``, ordered by ``(i, j)``. A unit without employed residents has
    RLF = 0; its pairs get the cap (the flow is then infinitely large relative to RLF).
    ``engine`` as in :func:`average_linkage_cut`: the compiled version makes one pass over
    the rows merging ``F[i, j]`` and ``F[j, i]`` (the same values, in the same order).
    """
    m = table.matrix
    r = table.residents
    if use_compiled(engine):
        from .tolbert_compiled import proportional_flows as compiled_pf

        if not m.has_canonical_format:
            m = m.copy()
            m.sum_duplicates()
        return compiled_pf(m.shape[0], m.indptr, m.indices, m.data, r, float(cap))
    m = sp.coo_array(m)
    off = m.row != m.col
    i, j, v = m.row[off].astype(np.int64), m.col[off].astype(np.int64), m.data[off]
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    sym = sp.coo_array((v, (lo, hi)), shape=table.matrix.shape).tocsr()
    sym.sum_duplicates()
    c = sym.tocoo()
    denom = np.minimum(r[c.row], r[c.col])
    with np.errstate(divide="ignore", invalid="ignore"):
        pf = np.where(denom > 0, c.data / np.where(denom > 0, denom, 1.0), np.inf)
    pf = np.minimum(pf, cap)
    return c.row.astype(np.int64), c.col.astype(np.int64), pf


def _initial_nearest(
    n: int, ptr: np.ndarray, keys: np.ndarray, dist: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per unit: the smallest listed distance and its lowest-index neighbour (inf, -1 without
    neighbours); scipy's rule for the first nearest-neighbour step, vectorised."""
    counts = np.diff(ptr)
    nonempty = np.flatnonzero(counts)
    nn_d = np.full(n, np.inf)
    nn_k = np.full(n, -1, dtype=np.int64)
    if len(nonempty):
        starts = ptr[nonempty]
        nn_d[nonempty] = np.minimum.reduceat(dist, starts)
        rows = np.repeat(np.arange(n, dtype=np.int64), counts)
        at_min = np.where(dist == nn_d[rows], keys, n)
        nn_k[nonempty] = np.minimum.reduceat(at_min, starts)
    return nn_d, nn_k


def _neighbour_dicts(
    n: int, ptr: np.ndarray, keys: np.ndarray, dist: np.ndarray
) -> list[dict[int, float] | None]:
    """One ``{neighbour: distance}`` dict per unit, built a block of units at a time (no list
    of all pairs in memory); keys are shared ``int`` objects (one per unit, not one per pair)."""
    ids = list(range(n))
    take = ids.__getitem__
    nb: list[dict[int, float] | None] = []
    for start in range(0, n, _BLOCK):
        stop = min(start + _BLOCK, n)
        lo, hi = int(ptr[start]), int(ptr[stop])
        k = list(map(take, keys[lo:hi].tolist()))
        v = dist[lo:hi].tolist()
        p = (ptr[start : stop + 1] - lo).tolist()
        nb.extend(dict(zip(k[p[u] : p[u + 1]], v[p[u] : p[u + 1]])) for u in range(stop - start))
    return nb


def average_linkage_cut(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    similarity: np.ndarray,
    height: float,
    *,
    feedback: Feedback | None = None,
    engine: str = "auto",
) -> tuple[np.ndarray, int]:
    """Flat clusters of average linkage on a sparse similarity graph, cut at ``height``.

    Distances are ``1 - similarity`` for the listed pairs ``(i, j)`` (unique, ``i != j``) and
    1 for all others;
    clusters joined at a distance ``<= height`` share a label (scipy ``fcluster`` semantics).
    Returns labels (0..k-1, numbered by first unit) and the number of merges below the cut.
    The result equals ``fcluster(linkage(dense, "average"), height, "distance")`` exactly,
    ties included; see the module docstring.

    ``engine``: ``"auto"`` (the compiled loop of tolbert_compiled.py when numba is
    installed, else the Python loop), ``"python"`` or ``"compiled"``; both loops make the
    same merges.
    """
    fb = feedback or Feedback()
    compiled = use_compiled(engine)
    if height >= 1.0:
        return np.zeros(n, dtype=np.int64), max(n - 1, 0)
    off = i != j
    a, b = i[off], j[off]
    dist = 1.0 - np.asarray(similarity, dtype=float)[off]
    if compiled:
        return _compiled_cut(n, a, b, dist, height, fb)
    return _python_cut(n, a, b, dist, height, fb)


def _compiled_cut(
    n: int, a: np.ndarray, b: np.ndarray, dist: np.ndarray, height: float, fb: Feedback
) -> tuple[np.ndarray, int]:
    """The merge loop of :func:`_python_cut`, replayed step by step in tolbert_compiled.py,
    called ``_PROGRESS_EVERY`` merges at a time for progress and cancellation."""
    from . import tolbert_compiled as tc

    edges, pool, start, length, cap, deg, nn_d, nn_k, st = tc.build(
        n,
        np.ascontiguousarray(a, dtype=np.int64),
        np.ascontiguousarray(b, dtype=np.int64),
        dist,
        int(2 * len(dist) * _POOL_SPARE) + 16,
    )
    del a, b, dist
    hot = np.empty(2 * n + 1, dtype=np.int64)
    first_hot = np.flatnonzero(nn_d <= height)[::-1]
    hot[: len(first_hot)] = first_hot
    st[tc.HOT] = len(first_hot)
    del first_hot
    size = np.ones(n, dtype=np.int64)
    nxt = np.arange(n + 1, dtype=np.int64)
    parent = np.arange(n, dtype=np.int64)
    mark = np.full(n, -1, dtype=np.int64)
    chain = np.empty(n + 1, dtype=np.int64)
    cdist = np.empty(n + 1, dtype=np.float64)
    while True:
        finished, pool = tc.run(
            n, height, _PROGRESS_EVERY, st, edges, pool, start, length, cap, deg, size,
            nn_d, nn_k, nxt, parent, mark, hot, chain, cdist,
        )  # fmt: skip
        if finished:
            break
        fb.check()
        fb.progress(10.0 + 85.0 * int(st[tc.MERGES]) / n)  # at most n - 1 merges
    return tc.labels_from_parents(parent), int(st[tc.BELOW])


def _python_cut(
    n: int, a: np.ndarray, b: np.ndarray, dist: np.ndarray, height: float, fb: Feedback
) -> tuple[np.ndarray, int]:
    """The merge loop in Python (dicts of neighbours): the readable reference of the
    compiled loop."""
    both = sp.csr_array(
        (np.concatenate([dist, dist]), (np.concatenate([a, b]), np.concatenate([b, a]))),
        shape=(n, n),
    )
    ptr, keys, values = both.indptr, both.indices, both.data
    del a, b, dist
    nn_d_arr, nn_k_arr = _initial_nearest(n, ptr, keys, values)
    # clusters that may still have a partner at distance <= height (checked lazily)
    hot: list[int] = np.flatnonzero(nn_d_arr <= height)[::-1].tolist()
    nn_d: list[float] = nn_d_arr.tolist()
    nn_k: list[int] = nn_k_arr.tolist()  # -1: no neighbour; _DIRTY: recompute when needed
    del nn_d_arr, nn_k_arr
    nb = _neighbour_dicts(n, ptr, keys, values)
    del both, ptr, keys, values
    size = [1] * n
    n_active = n
    nxt = list(range(n + 1))  # skip list: lowest active cluster index >= k

    def next_active(k: int) -> int:
        root = k
        while nxt[root] != root:
            root = nxt[root]
        while nxt[k] != root:
            nxt[k], k = root, nxt[k]
        return root

    def nearest(x: int) -> tuple[float, int]:
        """Smallest listed distance of cluster x, lowest index among equal ones (cached)."""
        k = nn_k[x]
        if k != _DIRTY:
            return nn_d[x], k
        nbx = nb[x]
        d, k = min(zip(nbx.values(), nbx.keys())) if nbx else (math.inf, -1)
        nn_d[x] = d
        nn_k[x] = k
        return d, k

    def any_below() -> bool:
        """Whether some pair of clusters is still at distance <= height (once a cluster's
        nearest distance is above the cut it stays there: merged distances are means)."""
        while hot:
            w = hot[-1]
            if size[w] and nearest(w)[0] <= height:
                return True
            hot.pop()
        return False

    parent = list(range(n))  # union-find of the flat zones (merges <= height only)
    chain: list[int] = []
    merges = 0
    n_below_merges = 0
    while n_active > 1:
        if not chain:
            if not any_below():
                break
            chain.append(next_active(0))
        while True:
            x = chain[-1]
            nbx = nb[x]
            m, mi = nearest(x)
            if m >= 1.0 and n_active - 1 > len(nbx):
                # a cluster without a listed pair to x is at distance exactly 1.0
                k = next_active(0)
                while k == x or k in nbx:
                    k = next_active(k + 1)
                if m > 1.0 or k < mi:
                    m, mi = 1.0, k
            if len(chain) > 1:
                # scipy's scan keeps the previous chain element unless something is closer
                y = chain[-2]
                cur = nbx.get(y, 1.0)
                if m < cur:
                    y, cur = mi, m
                else:
                    break
            else:
                y, cur = mi, m
            chain.append(y)
        # x and y are reciprocal nearest neighbours at distance `cur`: merge them into the
        # larger index
        del chain[-2:]
        merges += 1
        if merges % _PROGRESS_EVERY == 0:
            fb.check()
            fb.progress(10.0 + 85.0 * merges / n)  # at most n - 1 merges
        if x > y:
            x, y = y, x
        nx, ny = size[x], size[y]
        tot = nx + ny
        # scipy's update d(x+y, k) = (|x| d(x,k) + |y| d(y,k)) / (|x|+|y|), the same float
        # operations; a missing pair counts 1.0. Neighbours' cached nearest stay valid
        # unless it was x or y and the new distance is larger
        nbx, nby = nb[x], nb[y]
        nb[x] = None
        nbx.pop(y, None)
        nby.pop(x, None)
        y_only = nby.keys() - nbx.keys()
        for k, dx in nbx.items():
            d = (nx * dx + ny * nby.get(k, 1.0)) / tot
            nby[k] = d
            nbk = nb[k]
            del nbk[x]
            nbk[y] = d
            nn_k[k] = _DIRTY
        for k in y_only:
            d = (nx + ny * nby[k]) / tot
            nby[k] = d
            nb[k][y] = d
            nn_k[k] = _DIRTY
        nn_k[y] = _DIRTY
        hot.append(y)
        size[y] = tot
        size[x] = 0
        nxt[x] = x + 1
        n_active -= 1
        if cur <= height:
            # a merge above the cut forms a cluster that never merges below it again
            parent[x] = y
            n_below_merges += 1

    def find(a: int) -> int:
        root = a
        while parent[root] != root:
            root = parent[root]
        while parent[a] != root:
            parent[a], a = root, parent[a]
        return root

    roots = np.array([find(a) for a in range(n)], dtype=np.int64)
    _, first, inv = np.unique(roots, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    return rank[inv], n_below_merges


def _dense_cut(
    n: int, i: np.ndarray, j: np.ndarray, similarity: np.ndarray, height: float
) -> np.ndarray:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    if n == 1:
        return np.zeros(1, dtype=np.int64)
    dist = np.ones((n, n))
    dist[i, j] = 1.0 - similarity
    dist[j, i] = 1.0 - similarity
    np.fill_diagonal(dist, 0.0)
    z = linkage(squareform(dist, checks=False), method="average")
    lab = fcluster(z, t=height, criterion="distance")
    _, first, inv = np.unique(lab, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    return rank[inv]


def tolbert_sizer_regions(
    table: ODTable,
    cut_height: float = TOLBERT_CUT_HEIGHT,
    *,
    algorithm: str = "sparse",
    pf_cap: float = TOLBERT_PF_CAP,
    names: Mapping[str, str] | None = None,
    progress: ProgressCallback = None,
    cancelled: CancelCallback = None,
    engine: str = "auto",
) -> Partition:
    """Commuting zones by average-linkage clustering of proportional flows (spec section 3).

    Parameters
    ----------
    cut_height:
        Height h in 0..1 at which the tree is cut (0.977 for the 2010/2020 zones).
    algorithm:
        ``"sparse"`` (default: scipy's average linkage emulated on the flows only, identical
        result, near-linear in flows; see module docstring) or ``"dense"`` (scipy ``linkage``
        on the full n x n distance matrix, for checking).
    pf_cap:
        Upper cap of PF (0.999, Tolbert & Sizer 1996).
    engine:
        Loops of the proportional flows and of the sparse algorithm's merges: ``"auto"``
        (compiled with numba when it is installed, else Python, and the messages say so),
        ``"python"`` or ``"compiled"`` (an error without numba). The zones are the same;
        ``diagnostics["engine"]`` says which ran.

    Several years can be averaged by passing an ODTable whose counts are the mean of the
    years' tables. Every unit ends in a zone (a unit without flows is a one-unit zone); the
    centre of a zone is its unit with the most jobs.
    """
    h = check_share(cut_height, "CUT_HEIGHT")
    if algorithm not in ("sparse", "dense"):
        raise InputError(
            "Unknown algorithm {algorithm!r}: use 'sparse' or 'dense'.", algorithm=algorithm
        )
    compiled = use_compiled(engine)
    fb = Feedback(progress, cancelled)
    i, j, pf = proportional_flows(table, pf_cap, engine="compiled" if compiled else "python")
    fb.progress(10.0)
    messages = list(table.messages)
    r_all, w_all, p1, p2 = unit_indicators(table)
    isolated = np.ones(table.n, dtype=bool)
    isolated[i] = False
    isolated[j] = False
    if isolated.any():
        messages.append(
            f"{int(isolated.sum())} unit(s) have no flow to or from another unit and form "
            f"one-unit zones: {', '.join(table.units[isolated][:10])}"
        )
    diagnostics: dict = {}
    if algorithm == "dense":
        labels = _dense_cut(table.n, i, j, pf, h)
    else:
        if not compiled and engine == "auto":
            messages.append(numba_missing_note("Tolbert-Sizer"))
        labels, merges = average_linkage_cut(
            table.n, i, j, pf, h, feedback=fb, engine="compiled" if compiled else "python"
        )
        diagnostics["merges_below_cut"] = merges
        diagnostics["engine"] = "compiled" if compiled else "python"
    fb.progress(95.0)
    part = build_partition(
        table.units,
        labels,
        method="tolbert-sizer",
        parameters={"CUT_HEIGHT": h, "PF_CAP": pf_cap},
        jobs=w_all,
        residents=r_all,
        names=names,
        variant=algorithm,
        messages=messages,
        p1=p1,
        p2=p2,
        diagnostics=diagnostics,
    )
    fb.progress(100.0)
    return part
