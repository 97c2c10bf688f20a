"""Route corridor flows on a network and sum the flow per network segment.

Spec structure-image.md: "optionally route on a supplied network layer and sum flows per
segment". The network's lines are split at their vertices into edges; line ends and vertices
closer than ``snap`` are joined. Each node pair goes the shortest way (Dijkstra, edge length)
between the network vertices nearest to its two nodes; a pair whose node lies further than
``max_access`` from the network, or whose ends are not connected, is *unrouted* (the caller
draws it straight and says so). The result is one piece per run of consecutive edges of an
input line that carry the same flow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

#: A pair whose node lies further from the network than this share of the map's diagonal is
#: drawn straight, not routed (a node off the network's area would take a long detour).
MAX_ACCESS_SHARE = 0.05
#: Network vertices closer than this share of the map's diagonal (at least MIN_SNAP_M) are
#: one node: digitising noise, not a gap.
SNAP_SHARE, MIN_SNAP_M = 1e-6, 0.01


@dataclass
class RoutedPiece:
    line: int  #: index of the input line
    coords: np.ndarray
    flow: float
    pairs: list[int] = field(default_factory=list)  #: indices of the pairs routed over it


@dataclass
class RoutingResult:
    pieces: list[RoutedPiece]
    unrouted: list[int]
    pair_paths: dict[int, list[int]]  #: pair -> its edge ids (for tests)


def route_flows(
    lines: Sequence[np.ndarray],
    starts: np.ndarray,
    ends: np.ndarray,
    flows: Sequence[float],
    *,
    snap: float = 1.0,
    max_access: float = float("inf"),
    cancelled=lambda: False,
) -> RoutingResult:
    """Route pair k from ``starts[k]`` to ``ends[k]`` (x, y) carrying ``flows[k]``."""
    coords, owner, position = [], [], []
    for k, line in enumerate(lines):
        line = np.asarray(line, dtype=float)
        if len(line) < 2:
            continue
        coords.append(line[:, :2])
        owner.append(np.full(len(line), k))
        position.append(np.arange(len(line)))
    if not coords:
        return RoutingResult([], list(range(len(flows))), {})
    xy = np.vstack(coords)
    owner_arr = np.concatenate(owner)
    keys = np.round(xy / snap).astype(np.int64)
    _, node_of_vertex = np.unique(keys, axis=0, return_inverse=True)
    node_of_vertex = node_of_vertex.ravel()
    n_nodes = int(node_of_vertex.max()) + 1
    node_xy = np.zeros((n_nodes, 2))
    node_xy[node_of_vertex] = xy

    # Edges between consecutive vertices of the same line.
    same = owner_arr[:-1] == owner_arr[1:]
    u = node_of_vertex[:-1][same]
    v = node_of_vertex[1:][same]
    length = np.hypot(*(xy[1:][same] - xy[:-1][same]).T)
    frame = pd.DataFrame({"a": np.minimum(u, v), "b": np.maximum(u, v), "w": length})
    frame = frame[frame["a"] != frame["b"]]
    best = frame.groupby(["a", "b"])["w"].min().reset_index()
    graph = sp.coo_array(
        (
            np.concatenate([best["w"], best["w"]]) + 1e-9,
            (np.concatenate([best["a"], best["b"]]), np.concatenate([best["b"], best["a"]])),
        ),
        shape=(n_nodes, n_nodes),
    ).tocsr()

    tree = cKDTree(node_xy)
    d_start, n_start = tree.query(np.asarray(starts, dtype=float))
    d_end, n_end = tree.query(np.asarray(ends, dtype=float))
    edge_flow: dict[tuple[int, int], float] = {}
    edge_pairs: dict[tuple[int, int], list[int]] = {}
    unrouted: list[int] = []
    paths: dict[int, list[int]] = {}
    sources = sorted(set(int(s) for s in n_start))
    if sources:
        _, pred = dijkstra(graph, directed=False, indices=sources, return_predecessors=True)
    row_of = {s: k for k, s in enumerate(sources)}
    for k, flow in enumerate(flows):
        if cancelled():
            break
        if d_start[k] > max_access or d_end[k] > max_access:
            unrouted.append(k)
            continue
        s, t = int(n_start[k]), int(n_end[k])
        if s == t:
            unrouted.append(k)
            continue
        p = pred[row_of[s]]
        if p[t] < 0:
            unrouted.append(k)
            continue
        node, path = t, []
        while node != s:
            prev = int(p[node])
            key = (min(prev, node), max(prev, node))
            edge_flow[key] = edge_flow.get(key, 0.0) + float(flow)
            edge_pairs.setdefault(key, []).append(k)
            path.append(key)
            node = prev
        paths[k] = path

    pieces: list[RoutedPiece] = []
    start = 0
    for k, line in enumerate(lines):
        n = len(line)
        if n < 2:
            continue
        nodes = node_of_vertex[start : start + n]
        pts = xy[start : start + n]
        start += n
        run: list[int] = []
        run_flow = None
        for i in range(n - 1):
            key = (min(nodes[i], nodes[i + 1]), max(nodes[i], nodes[i + 1]))
            f = edge_flow.get((int(key[0]), int(key[1])), 0.0)
            if run and f != run_flow:
                _close(pieces, k, pts, run, run_flow, edge_pairs, nodes)
                run = []
            run.append(i)
            run_flow = f
        if run:
            _close(pieces, k, pts, run, run_flow, edge_pairs, nodes)
    return RoutingResult(pieces, unrouted, paths)


def route_corridors(
    lines: Sequence[np.ndarray],
    starts: np.ndarray,
    ends: np.ndarray,
    flows: Sequence[float],
    diagonal: float,
    cancelled=lambda: False,
) -> RoutingResult:
    """:func:`route_flows` with the snapping distance and the longest access to the network
    scaled to the map's ``diagonal`` (SNAP_SHARE, MAX_ACCESS_SHARE)."""
    return route_flows(
        lines,
        starts,
        ends,
        flows,
        snap=max(diagonal * SNAP_SHARE, MIN_SNAP_M),
        max_access=diagonal * MAX_ACCESS_SHARE,
        cancelled=cancelled,
    )


def _close(pieces, line, pts, run, flow, edge_pairs, nodes) -> None:
    if not flow:
        return
    i0, i1 = run[0], run[-1] + 1
    pairs: set[int] = set()
    for i in run:
        key = (int(min(nodes[i], nodes[i + 1])), int(max(nodes[i], nodes[i + 1])))
        pairs.update(edge_pairs.get(key, ()))
    pieces.append(RoutedPiece(line, pts[i0 : i1 + 1].copy(), float(flow), sorted(pairs)))


@dataclass
class RoutedClasses:
    """Width class and border flags of each routed piece, and the width class of each
    unrouted pair (drawn straight), on one scale over all of them."""

    piece_classes: list[int]
    piece_cross: list[bool | None]
    piece_crossed: list[str]
    unrouted_classes: list[int]


def merge_flags(flags: Sequence[bool | None]) -> bool | None:
    """One cross-border flag for a segment carrying several pairs: True when any pair crosses,
    False when every pair is known not to, else None (unknown)."""
    if any(f is True for f in flags):
        return True
    if flags and all(f is False for f in flags):
        return False
    return None


def classify_routed(
    result: RoutingResult,
    pair_flows: Sequence[float],
    cross: Sequence[bool | None],
    crossed: Sequence[str],
    width_classes: int,
) -> RoutedClasses:
    """Width classes over the routed segments' summed flows and the unrouted pairs' flows
    together (one legend), and each segment's merged border flag and border texts."""
    from ..width_classes import classify_widths

    flows = [p.flow for p in result.pieces] + [float(pair_flows[k]) for k in result.unrouted]
    classes = [int(c) for c in classify_widths(np.array(flows), width_classes)] if flows else []
    n = len(result.pieces)
    return RoutedClasses(
        piece_classes=classes[:n],
        piece_cross=[merge_flags([cross[k] for k in p.pairs]) for p in result.pieces],
        piece_crossed=[
            "; ".join(sorted({crossed[k] for k in p.pairs if crossed[k]})) for p in result.pieces
        ],
        unrouted_classes=classes[n:],
    )


def nearest_nodes(
    lines: Sequence[np.ndarray], node_xy: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Index of the node nearest to the first and to the last vertex of each line (k-d tree):
    without flows, the network's lines are the corridors and their ends take these nodes."""
    tree = cKDTree(np.asarray(node_xy, dtype=float).reshape(-1, 2))
    first = np.array([np.asarray(line, dtype=float)[0, :2] for line in lines]).reshape(-1, 2)
    last = np.array([np.asarray(line, dtype=float)[-1, :2] for line in lines]).reshape(-1, 2)
    return tree.query(first)[1].astype(int), tree.query(last)[1].astype(int)
