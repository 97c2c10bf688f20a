"""The road network as a sparse directed graph of travel times (minutes).

Spec: RegionAtlas ``accessibility.md`` ("Network"). Each line is cut into edges at its end
points and at every vertex it shares with another line (OpenStreetMap ways meet at shared
nodes, NVDB links at their end nodes); lines that only cross, without a common vertex, are not
connected (bridges, tunnels). Vertices closer than ``tolerance`` metres are one vertex
(single-linkage clusters, as QGIS's topology tolerance). Edge time = length / speed; a line is
passable both ways unless its direction says otherwise. Parallel edges keep the fastest.

The result holds one CSR matrix per direction (rows = from-vertex) for
``scipy.sparse.csgraph.dijkstra``, with the metres of each arc aligned to the matrix's data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from ..errors import InputError
from .speeds import BACKWARD, FORWARD


@dataclass
class Arcs:
    """Directed arcs sorted by (from, to), as a CSR matrix of minutes plus aligned metres."""

    graph: csr_matrix
    metres: np.ndarray
    keys: np.ndarray  # from * n + to, ascending (for predecessor look-ups)
    line: np.ndarray  # index of the line each arc lies on
    from_m: np.ndarray  # distance along that line of the arc's start (m)
    to_m: np.ndarray  # ... and of its end

    @property
    def tail(self) -> np.ndarray:
        return np.repeat(np.arange(self.graph.shape[0]), np.diff(self.graph.indptr))


@dataclass
class RoadNetwork:
    """Vertices (x, y) and arcs in both orientations: ``forward`` for searches from origins,
    ``backward`` (every arc reversed) for searches towards destinations."""

    xy: np.ndarray
    forward: Arcs
    backward: Arcs
    lines: list[np.ndarray] = field(repr=False, default_factory=list)
    dropped_lines: int = 0

    @property
    def n_vertices(self) -> int:
        return int(self.xy.shape[0])

    @property
    def n_arcs(self) -> int:
        return int(self.forward.graph.nnz)

    def arcs(self, towards_destinations: bool) -> Arcs:
        return self.backward if towards_destinations else self.forward

    def components(self) -> np.ndarray:
        """Weakly connected component label of every vertex."""
        return connected_components(self.forward.graph, directed=True, connection="weak")[1]


def _unique_rows(xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (x, y) rows and the index of each row among them (a lexsort: several times
    faster than ``np.unique(axis=0)`` on millions of points)."""
    order = np.lexsort((xy[:, 1], xy[:, 0]))
    ordered = xy[order]
    new = np.ones(len(xy), dtype=bool)
    new[1:] = np.any(ordered[1:] != ordered[:-1], axis=1)
    group = np.cumsum(new) - 1
    inverse = np.empty(len(xy), dtype=np.int64)
    inverse[order] = group
    return ordered[new], inverse


def _clusters(xy: np.ndarray, tolerance: float) -> np.ndarray:
    """Cluster label per point: equal coordinates, or single linkage within ``tolerance``."""
    unique, inverse = _unique_rows(xy)
    if tolerance <= 0:
        return inverse
    pairs = cKDTree(unique).query_pairs(tolerance, output_type="ndarray")
    n = len(unique)
    link = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    return connected_components(link, directed=False)[1][inverse]


def _arcs(src, dst, minutes, metres, line, from_m, to_m, n: int) -> Arcs:
    """Arcs sorted by (src, dst); of parallel arcs the fastest is kept."""
    order = np.lexsort((minutes, dst, src))
    src, dst = src[order], dst[order]
    keys = src.astype(np.int64) * n + dst
    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    keep = order[first]
    src, dst, keys = src[first], dst[first], keys[first]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
    graph = csr_matrix((minutes[keep], dst.astype(np.int32), indptr), shape=(n, n))
    return Arcs(graph, metres[keep], keys, line[keep], from_m[keep], to_m[keep])


def build_network(
    lines: Sequence[np.ndarray],
    speeds_kmh: np.ndarray,
    directions: np.ndarray | None = None,
    tolerance: float = 0.0,
) -> RoadNetwork:
    """The routable graph of ``lines`` (each an (k, 2) array of x, y in metres).

    ``speeds_kmh`` per line (> 0, see :func:`speeds.resolve_speeds`); ``directions`` per
    line (0 both ways, 1 along the line only, -1 against it only).
    """
    n_lines = len(lines)
    speeds_kmh = np.asarray(speeds_kmh, dtype=float)
    if directions is None:
        directions = np.zeros(n_lines, dtype=np.int8)
    if tolerance < 0:
        raise InputError("TOLERANCE is {value} m; it cannot be negative.", value=tolerance)
    if np.any(~(speeds_kmh > 0)):
        raise InputError("Every speed must be above 0 km/h.")
    sizes = np.array([len(c) for c in lines], dtype=np.int64)
    usable = sizes >= 2
    if n_lines == 0 or not usable.any():
        raise InputError("NETWORK has no line with two or more vertices: there are no roads.")
    coords = np.concatenate(
        [np.asarray(c, dtype=float)[:, :2] for c, ok in zip(lines, usable) if ok]
    )
    line_of = np.repeat(np.flatnonzero(usable), sizes[usable])
    start = np.ones(len(coords), dtype=bool)
    start[1:] = line_of[1:] != line_of[:-1]
    end = np.roll(start, -1)
    end[-1] = True
    seg = np.zeros(len(coords))
    seg[1:] = np.hypot(*(coords[1:] - coords[:-1]).T)
    seg[start] = 0.0
    along = np.cumsum(seg)
    along -= np.repeat(along[start], sizes[usable])  # distance along its own line

    cluster = _clusters(coords, tolerance)
    shared = np.bincount(cluster)[cluster] >= 2
    is_node = start | end | shared
    node_at = np.flatnonzero(is_node)
    same_line = line_of[node_at[1:]] == line_of[node_at[:-1]]
    a, b = node_at[:-1][same_line], node_at[1:][same_line]
    u_c, v_c = cluster[a], cluster[b]
    metres = along[b] - along[a]
    keep = (u_c != v_c) & (metres > 0)
    a, b, u_c, v_c, metres = a[keep], b[keep], u_c[keep], v_c[keep], metres[keep]
    if len(a) == 0:
        raise InputError(
            "NETWORK has no edge between two different vertices (every line is a loop or has "
            "zero length): there is nothing to route on."
        )
    # Compact vertex numbers; a vertex lies where the first of its cluster's points lies.
    used, vertex = np.unique(np.concatenate([u_c, v_c]), return_inverse=True)
    u, v = vertex[: len(u_c)], vertex[len(u_c) :]
    first_point = np.full(cluster.max() + 1, -1, dtype=np.int64)
    first_point[cluster[::-1]] = np.arange(len(cluster))[::-1]
    xy = coords[first_point[used]]
    n = len(used)

    line = line_of[a]
    minutes = metres / (speeds_kmh[line] * 1000.0 / 60.0)
    direction = np.asarray(directions)[line]
    fwd = direction != BACKWARD
    bwd = direction != FORWARD
    src = np.concatenate([u[fwd], v[bwd]])
    dst = np.concatenate([v[fwd], u[bwd]])
    mins = np.concatenate([minutes[fwd], minutes[bwd]])
    mets = np.concatenate([metres[fwd], metres[bwd]])
    lin = np.concatenate([line[fwd], line[bwd]])
    from_m = np.concatenate([along[a][fwd], along[b][bwd]])
    to_m = np.concatenate([along[b][fwd], along[a][bwd]])
    forward = _arcs(src, dst, mins, mets, lin, from_m, to_m, n)
    backward = _arcs(dst, src, mins, mets, lin, to_m, from_m, n)
    return RoadNetwork(
        xy=xy,
        forward=forward,
        backward=backward,
        lines=list(lines),
        dropped_lines=int((~usable).sum()),
    )
