"""The search engine: Dijkstra on the sparse graph (``scipy.sparse.csgraph``) with a cut-off.

- Many-to-many (matrix, cumulative, gravity, 2SFCA): one search per *distinct vertex* of the
  smaller side (points sharing a vertex are searched once), forward from origins or on the
  reversed graph from destinations, in blocks of rows so memory stays bounded
  (:data:`parameters.BLOCK_CELLS`). Times of point pairs add both connectors.
- Nearest destination (per category): one multi-source search on the reversed graph from a
  virtual source per destination point whose arc to its vertex carries the point's connector
  time (``min_only=True``), not one search per origin.

Dijkstra (1959), "A note on two problems in connexion with graphs", Numerische Mathematik 1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from ..errors import Cancelled
from .network import Arcs, RoadNetwork
from .parameters import BLOCK_CELLS
from .points import Located

#: Added to the virtual sources' arcs so that none has zero weight, subtracted afterwards.
_OFFSET = 1.0


@dataclass
class PairBlock:
    """Point pairs of one block: origin and destination point indices, minutes, metres."""

    origin: np.ndarray
    destination: np.ndarray
    minutes: np.ndarray
    metres: np.ndarray | None


def _path_metres(pred: np.ndarray, arcs: Arcs, n: int) -> np.ndarray:
    """Metres along each shortest-time path, from a block of predecessor rows.

    Pointer doubling: each vertex holds the metres to an ancestor and that ancestor; every
    round doubles the span, so a block takes log2(path length) vectorised rounds.
    """
    rows = np.arange(pred.shape[0])[:, None]
    valid = pred >= 0
    keys = np.where(valid, pred.astype(np.int64) * n + np.arange(n)[None, :], 0)
    pos = np.searchsorted(arcs.keys, keys)
    pos = np.minimum(pos, len(arcs.keys) - 1)
    acc = np.where(valid, arcs.metres[pos], 0.0)
    up = np.where(valid, pred, -1).astype(np.int64)
    while (up >= 0).any():
        has = up >= 0
        safe = np.where(has, up, 0)
        acc = np.where(has, acc + acc[rows, safe], acc)
        up = np.where(has, up[rows, safe], -1)
    return acc


def iter_pairs(
    network: RoadNetwork,
    origins: Located,
    destinations: Located,
    limit: float = np.inf,
    with_metres: bool = False,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[PairBlock]:
    """Every origin-destination pair of points reached within ``limit`` minutes (connectors
    included), in blocks. Both sides must be on the network (see ``require_on_network``)."""
    o_vert, o_inv = np.unique(origins.vertex, return_inverse=True)
    d_vert, d_inv = np.unique(destinations.vertex, return_inverse=True)
    from_destinations = len(d_vert) < len(o_vert)
    if from_destinations:
        src_vert, src_inv, src_conn = d_vert, d_inv, destinations.connector_min
        tgt_vert, tgt_inv, tgt_conn = o_vert, o_inv, origins.connector_min
    else:
        src_vert, src_inv, src_conn = o_vert, o_inv, origins.connector_min
        tgt_vert, tgt_inv, tgt_conn = d_vert, d_inv, destinations.connector_min
    arcs = network.arcs(from_destinations)
    n = network.n_vertices
    # Points of each source vertex, grouped (CSR-like) so a block expands without loops.
    src_order = np.argsort(src_inv, kind="stable")
    src_start = np.searchsorted(src_inv[src_order], np.arange(len(src_vert) + 1))
    cells = max(n, len(tgt_inv), 1) * (4 if with_metres else 1)
    block = max(1, int(BLOCK_CELLS // cells))
    search_limit = limit - float(np.min(src_conn)) if np.isfinite(limit) else np.inf
    for first in range(0, len(src_vert), block):
        if cancelled is not None and cancelled():
            raise Cancelled()
        rows = src_vert[first : first + block]
        result = dijkstra(
            arcs.graph,
            directed=True,
            indices=rows,
            limit=search_limit,
            return_predecessors=with_metres,
        )
        dist, pred = result if with_metres else (result, None)
        vertex_time = dist[:, tgt_vert]  # (rows, distinct target vertices)
        metres_v = _path_metres(pred, arcs, n)[:, tgt_vert] if with_metres else None
        # Expand rows -> source points and columns -> target points.
        lo, hi = src_start[first], src_start[min(first + block, len(src_vert))]
        s_points = src_order[lo:hi]
        s_row = src_inv[s_points] - first
        r_idx, c_idx = np.nonzero(np.isfinite(vertex_time[s_row][:, tgt_inv]))
        sp = s_points[r_idx]
        tp = c_idx
        row = s_row[r_idx]
        minutes = vertex_time[row, tgt_inv[tp]] + src_conn[sp] + tgt_conn[tp]
        ok = minutes <= limit
        sp, tp, row, minutes = sp[ok], tp[ok], row[ok], minutes[ok]
        metres = None
        if with_metres:
            metres = (
                metres_v[row, tgt_inv[tp]]
                + (destinations.snap_m[sp] if from_destinations else origins.snap_m[sp])
                + (origins.snap_m[tp] if from_destinations else destinations.snap_m[tp])
            )
        if from_destinations:
            yield PairBlock(tp, sp, minutes, metres)
        else:
            yield PairBlock(sp, tp, minutes, metres)
        if progress is not None:
            progress(min(first + block, len(src_vert)) / len(src_vert))


def _with_virtual_sources(graph: csr_matrix, vertex: np.ndarray, weight: np.ndarray) -> csr_matrix:
    """``graph`` with one vertex appended per entry of ``vertex``, each with a single arc to
    that vertex of the given weight. The CSR arrays are extended in place of a COO round trip
    (sorting 2 million arcs again per category cost more than the arcs' own search set-up)."""
    n, k = graph.shape[0], len(vertex)
    indptr = np.concatenate([graph.indptr, graph.indptr[-1] + np.arange(1, k + 1)])
    indices = np.concatenate([graph.indices, np.asarray(vertex, dtype=graph.indices.dtype)])
    data = np.concatenate([graph.data, np.asarray(weight, dtype=float)])
    return csr_matrix((data, indices, indptr), shape=(n + k, n + k))


def nearest(
    network: RoadNetwork, origins: Located, destinations: Located, limit: float = np.inf
) -> tuple[np.ndarray, np.ndarray]:
    """Minutes from every origin to its nearest destination (inf if none within ``limit``)
    and that destination's index (-1). One multi-source search on the reversed graph."""
    n = network.n_vertices
    k = len(destinations.ids)
    graph = _with_virtual_sources(
        network.backward.graph, destinations.vertex, destinations.connector_min + _OFFSET
    )
    dist, _pred, source = dijkstra(
        graph,
        directed=True,
        indices=n + np.arange(k),
        limit=limit + _OFFSET if np.isfinite(limit) else np.inf,
        min_only=True,
        return_predecessors=True,
    )
    minutes = dist[origins.vertex] - _OFFSET + origins.connector_min
    which = source[origins.vertex].astype(np.int64) - n
    reached = np.isfinite(minutes) & (minutes <= limit)
    minutes = np.where(reached, minutes, np.inf)
    which = np.where(reached, which, -1)
    return minutes, which
