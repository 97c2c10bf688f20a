"""Compiled merge loop of the Tolbert-Sizer average linkage (numba; imported only with numba).

Method: average-linkage agglomeration by the nearest-neighbour chain (Murtagh 1983; Muellner
2011, *Modern hierarchical, agglomerative clustering algorithms*) in scipy's order, on the
sparse distance graph of Tolbert & Sizer (1996) proportional flows; see tolbert.py. This
module replays :func:`tolbert.average_linkage_cut`'s Python loop step by step: the same chain
(started at the lowest active cluster, the previous element kept unless another is strictly
closer, else the lowest index at the smallest distance, unlisted pairs at exactly 1.0), the
same merged index (the larger), the same floating-point expressions for the merged distances
(``(nx * dx + ny * dy) / (nx + ny)`` with 1.0 for a missing pair), the same cache of nearest
neighbours and the same lazy stop below the cut. So it gives the same merges, ties included.

Layout (arrays only). Each pair of clusters at distance < 1 is one *edge* ``e``, one row of
``edges``: its distance ``edges[e, 0]`` (NaN: gone) and the XOR of its two ends
``edges[e, 1]`` (so the other end from one end is one XOR, and both values share a cache
line: the loop is bound by memory access). Each cluster lists the ids of its edges in a
segment ``pool[start : start + length]`` of one shared pool (capacity ``cap``; ``deg`` live
edges). A merge of x into y re-labels x's edges to clusters that y does not touch (the edge id
stays in the neighbour's list, so the neighbour's list needs no change), updates y's edge
where both touch the neighbour and drops x's, then appends the re-labelled ids to y's segment
(moved to the end of the pool when full; the pool is compacted, or grown, when its end is
reached). Dropped ids stay in a neighbour's list until that list is next scanned. Work per
merge is that of the Python dicts: the two merged lists, plus one scan of a neighbour's list
when its nearest neighbour is next needed and was one of the merged pair (otherwise the
cached nearest is updated in place, see :func:`_renew`).

Progress and cancellation: :func:`run` stops after ``limit`` merges with its whole state in
the arrays, so the caller reports progress and checks for cancellation between calls.
"""

from __future__ import annotations

import numpy as np

from ...compiled import njit as _njit

njit = _njit(cache=True)

DIRTY = -2  # nearest-neighbour cache entry to recompute (as tolbert._DIRTY)
#: slots of the state vector ``st``
ACTIVE, MERGES, BELOW, HOT, CHAIN, POOL_TOP = range(6)


@njit
def proportional_flows(n, indptr, indices, data, residents, cap):
    """tolbert.proportional_flows in one pass per row: pairs ``i < j`` in ``(i, j)``
    order with ``PF = (F[i, j] + F[j, i]) / min(R[i], R[j])`` (the cap when that minimum is
    0), capped. ``F[j, i]`` (``j > i``) comes from the lower triangle grouped by column
    (a counting sort, rows ascending), merged with row i's upper triangle (columns sorted:
    the matrix is canonical CSR)."""
    count = np.zeros(n + 1, np.int64)
    for row in range(n):
        for t in range(indptr[row], indptr[row + 1]):
            if indices[t] < row:
                count[indices[t] + 1] += 1
    for col in range(n):
        count[col + 1] += count[col]
    low_hi = np.empty(count[n], np.int64)
    low_val = np.empty(count[n], data.dtype)
    fill = count[:n].copy()
    for row in range(n):
        for t in range(indptr[row], indptr[row + 1]):
            col = indices[t]
            if col < row:
                low_hi[fill[col]] = row
                low_val[fill[col]] = data[t]
                fill[col] += 1
    size = count[n]
    for row in range(n):
        for t in range(indptr[row], indptr[row + 1]):
            if indices[t] > row:
                size += 1
    out_i = np.empty(size, np.int64)
    out_j = np.empty(size, np.int64)
    out_pf = np.empty(size, np.float64)
    w = 0
    for lo in range(n):
        t = indptr[lo]
        end = indptr[lo + 1]
        while t < end and indices[t] <= lo:
            t += 1
        u = count[lo]
        u_end = count[lo + 1]
        while t < end or u < u_end:
            if u == u_end or (t < end and indices[t] < low_hi[u]):
                hi = indices[t]
                total = data[t]
                t += 1
            elif t == end or low_hi[u] < indices[t]:
                hi = low_hi[u]
                total = low_val[u]
                u += 1
            else:
                hi = low_hi[u]
                total = data[t] + low_val[u]
                t += 1
                u += 1
            denom = min(residents[lo], residents[hi])
            pf = total / denom if denom > 0 else np.inf
            out_i[w] = lo
            out_j[w] = hi
            out_pf[w] = min(pf, cap)
            w += 1
    return out_i[:w], out_j[:w], out_pf[:w]


@njit
def _other(edges, e, u):
    return np.int64(edges[e, 1]) ^ u


@njit
def build(n, a, b, dist, spare):
    """Edge arrays, per-cluster segments of edge ids (``spare`` free entries at the end of
    the pool), and each unit's nearest neighbour (smallest distance, lowest index among equal
    ones; inf and -1 without neighbours)."""
    m = len(a)
    deg = np.zeros(n, np.int64)
    for e in range(m):
        deg[a[e]] += 1
        deg[b[e]] += 1
    start = np.empty(n, np.int64)
    pos = 0
    for u in range(n):
        start[u] = pos
        pos += deg[u]
    pool = np.empty(pos + spare, np.int32)
    fill = start.copy()
    for e in range(m):
        pool[fill[a[e]]] = e
        fill[a[e]] += 1
        pool[fill[b[e]]] = e
        fill[b[e]] += 1
    edges = np.empty((m, 2), np.float64)
    nn_d = np.full(n, np.inf)
    nn_k = np.full(n, -1, np.int64)
    for e in range(m):
        d = dist[e]
        edges[e, 0] = d
        edges[e, 1] = a[e] ^ b[e]
        for u, k in ((a[e], b[e]), (b[e], a[e])):
            if d < nn_d[u] or (d == nn_d[u] and k < nn_k[u]):
                nn_d[u] = d
                nn_k[u] = k
    st = np.zeros(6, np.int64)
    st[POOL_TOP] = pos
    st[ACTIVE] = n
    return edges, pool, start, deg.copy(), deg.copy(), deg, nn_d, nn_k, st


@njit
def _next_active(nxt, k):
    """Lowest active cluster index >= k (skip list with path compression)."""
    root = k
    while nxt[root] != root:
        root = nxt[root]
    while nxt[k] != root:
        nk = nxt[k]
        nxt[k] = root
        k = nk
    return root


@njit
def _nearest(x, edges, pool, start, length, nn_d, nn_k):
    """Cached nearest neighbour of x; recomputed (and x's segment compacted) when dirty."""
    if nn_k[x] != DIRTY:
        return nn_d[x], nn_k[x]
    s = start[x]
    w = 0
    best_d = np.inf
    best_k = -1
    for t in range(s, s + length[x]):
        e = pool[t]
        if edges[e, 0] != edges[e, 0]:
            continue
        pool[s + w] = e
        w += 1
        d = edges[e, 0]
        k = _other(edges, e, x)
        if d < best_d or (d == best_d and k < best_k):
            best_d = d
            best_k = k
    length[x] = w
    nn_d[x] = best_d
    nn_k[x] = best_k
    return best_d, best_k


@njit
def _renew(k, x, y, d, nn_d, nn_k):
    """Cache of k after x merged into y, k's distance to y now ``d``. The Python loop marks
    k dirty; here a cache entry that was neither x nor y stays the smallest of k's other
    (unchanged) distances, so the new nearest is the smaller of it and (d, y), lower index
    on ties: the value a recomputation would find."""
    c = nn_k[k]
    if c == x or c == y or c == DIRTY:
        nn_k[k] = DIRTY
    elif d < nn_d[k] or (d == nn_d[k] and y < c):
        nn_d[k] = d
        nn_k[k] = y


@njit
def _compact(pool, start, length, cap, size, edges, top, need):
    """Move the live segments of active clusters to the front of the pool (dropping gone
    edges) and return (pool, new top); grow the pool when less than ``need`` stays free."""
    active = np.flatnonzero(size > 0)
    order = active[np.argsort(start[active])]
    w = 0
    for u in order:
        s = start[u]
        start[u] = w
        for t in range(s, s + length[u]):
            e = pool[t]
            if edges[e, 0] == edges[e, 0]:
                pool[w] = e
                w += 1
        length[u] = w - start[u]
        cap[u] = length[u]
    if w + need > len(pool) - len(pool) // 4:
        bigger = np.empty(2 * (w + need) + 1024, np.int32)
        bigger[:w] = pool[:w]
        pool = bigger
    return pool, w


@njit
def run(
    n,
    height,
    limit,
    st,
    edges,
    pool,
    start,
    length,
    cap,
    deg,
    size,
    nn_d,
    nn_k,
    nxt,
    parent,
    mark,
    hot,
    chain,
    cdist,
):
    """Continue the merges for at most ``limit`` merges; returns (finished, pool).

    One step is tolbert.average_linkage_cut's loop body: grow the chain to a reciprocal pair
    (x, y) at distance ``cur``, merge x into the larger index, update the distances."""
    n_active = st[ACTIVE]
    merges = st[MERGES]
    n_below = st[BELOW]
    hot_top = st[HOT]
    chain_len = st[CHAIN]
    top = st[POOL_TOP]
    done = 0
    finished = True
    while n_active > 1:
        if done >= limit:
            finished = False
            break
        if chain_len == 0:
            # any_below(): some pair of clusters still at distance <= height?
            below = False
            while hot_top > 0:
                w = hot[hot_top - 1]
                if size[w] > 0:
                    d, _ = _nearest(w, edges, pool, start, length, nn_d, nn_k)
                    if d <= height:
                        below = True
                        break
                hot_top -= 1
            if not below:
                break
            chain[0] = _next_active(nxt, 0)
            chain_len = 1
        while True:
            x = chain[chain_len - 1]
            m, mi = _nearest(x, edges, pool, start, length, nn_d, nn_k)
            if m >= 1.0 and n_active - 1 > deg[x]:
                # a cluster without a listed pair to x is at distance exactly 1.0
                s = start[x]
                for t in range(s, s + length[x]):
                    e = pool[t]
                    if edges[e, 0] == edges[e, 0]:
                        mark[_other(edges, e, x)] = 0
                k = _next_active(nxt, 0)
                while k == x or mark[k] == 0:
                    k = _next_active(nxt, k + 1)
                for t in range(s, s + length[x]):
                    e = pool[t]
                    if edges[e, 0] == edges[e, 0]:
                        mark[_other(edges, e, x)] = -1
                if m > 1.0 or k < mi:
                    m = 1.0
                    mi = k
            if chain_len > 1:
                # scipy's scan keeps the previous chain element unless something is closer;
                # cdist holds d(previous, x), which cannot change while both are on the chain
                y = chain[chain_len - 2]
                cur = cdist[chain_len - 1]
                if m < cur:
                    y = mi
                    cur = m
                else:
                    break
            else:
                y = mi
                cur = m
            if chain_len == len(chain):
                # the chain holds distinct clusters; longer means the kernel is wrong
                raise RuntimeError("nearest-neighbour chain longer than the number of clusters")
            chain[chain_len] = y
            cdist[chain_len] = cur
            chain_len += 1
        chain_len -= 2
        merges += 1
        done += 1
        if x > y:
            x, y = y, x
        nx = size[x]
        ny = size[y]
        tot = nx + ny
        # y's live edges: compact its segment, drop the pair x-y, mark the others
        sy = start[y]
        live_y = 0
        for t in range(sy, sy + length[y]):
            e = pool[t]
            if edges[e, 0] != edges[e, 0]:
                continue
            k = _other(edges, e, y)
            if k == x:
                edges[e, 0] = np.nan
                continue
            pool[sy + live_y] = e
            live_y += 1
            mark[k] = e
        length[y] = live_y
        need = live_y + length[x]
        if need > cap[y]:
            new_cap = 2 * need
            if top + new_cap > len(pool):
                pool, top = _compact(pool, start, length, cap, size, edges, top, new_cap)
            sy = start[y]
            for t in range(live_y):
                pool[top + t] = pool[sy + t]
            start[y] = top
            cap[y] = new_cap
            top += new_cap
        sy = start[y]
        w = live_y
        sx = start[x]
        for t in range(sx, sx + length[x]):
            e = pool[t]
            if edges[e, 0] != edges[e, 0]:
                continue
            k = _other(edges, e, x)
            if k == y:
                edges[e, 0] = np.nan
                continue
            dx = edges[e, 0]
            ey = mark[k]
            if ey >= 0:
                # both touch k: d(x+y, k) = (|x| d(x,k) + |y| d(y,k)) / (|x| + |y|)
                d = (nx * dx + ny * edges[ey, 0]) / tot
                edges[ey, 0] = d
                edges[e, 0] = np.nan
                deg[k] -= 1
                mark[k] = -3  # done (the y-only pass below skips it)
            else:
                # only x touches k: d(y,k) is 1.0
                d = (nx * dx + ny * 1.0) / tot
                edges[e, 0] = d
                edges[e, 1] = np.int64(edges[e, 1]) ^ x ^ y
                pool[sy + w] = e
                w += 1
            _renew(k, x, y, d, nn_d, nn_k)
        for t in range(sy, sy + live_y):
            e = pool[t]
            k = _other(edges, e, y)
            if mark[k] >= 0:
                # only y touches k: d(x,k) is 1.0
                d = (nx + ny * edges[e, 0]) / tot
                edges[e, 0] = d
                _renew(k, x, y, d, nn_d, nn_k)
            mark[k] = -1
        length[y] = w
        deg[y] = w
        deg[x] = 0
        length[x] = 0
        nn_k[y] = DIRTY
        hot[hot_top] = y
        hot_top += 1
        size[y] = tot
        size[x] = 0
        nxt[x] = x + 1
        n_active -= 1
        if cur <= height:
            # a merge above the cut forms a cluster that never merges below it again
            parent[x] = y
            n_below += 1
    st[ACTIVE] = n_active
    st[MERGES] = merges
    st[BELOW] = n_below
    st[HOT] = hot_top
    st[CHAIN] = chain_len
    st[POOL_TOP] = top
    return finished, pool


@njit
def labels_from_parents(parent):
    """Flat zone of every unit from the union-find parents, numbered 0.. by first unit."""
    n = len(parent)
    label = np.empty(n, np.int64)
    of_root = np.full(n, -1, np.int64)
    count = 0
    for u in range(n):
        root = u
        while parent[root] != root:
            root = parent[root]
        a = u
        while parent[a] != root:
            up = parent[a]
            parent[a] = root
            a = up
        if of_root[root] < 0:
            of_root[root] = count
            count += 1
    for u in range(n):
        label[u] = of_root[parent[u]]
    return label
