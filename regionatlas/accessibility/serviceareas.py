"""Service areas (isochrones): the area from which a destination is reached within T minutes.

Recipe (documented so that a map can be read): one search per destination on the reversed
graph gives every vertex's time to it (its connector included). An arc u->v of the network is
*reached* where a traveller starting on it and driving on to v arrives in time: all of it
when ``t(v) + t_uv <= T``, else the share ``(T - t(v)) / t_uv`` of it next to v when
``t(v) < T``. The reached parts (cut out of the road lines with shapely's ``substring``) and
the destination point are buffered by ``buffer_m`` metres and merged into one polygon per
destination and threshold ("buffered network" isochrone; cf. the network-buffer service areas of
Oliver, Schuurman & Hall 2007, "Comparing circular and network buffers to examine the influence
of land use on walking for leisure and errands", International Journal of Health Geographics
6:41). Unlike a convex or concave hull it never covers land far from any road.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import shapely
from scipy.sparse.csgraph import dijkstra
from shapely.geometry import LineString, Point
from shapely.ops import substring

from ..errors import Cancelled
from .network import RoadNetwork
from .parameters import SERVICE_AREA_BUFFER_M
from .points import Located

#: Segments per quarter circle of the buffer's round ends (GEOS default 8; 4 is smooth at
#: map scale and about twice as fast).
BUFFER_QUAD_SEGS = 4


def service_areas(
    network: RoadNetwork,
    destinations: Located,
    thresholds: Sequence[float],
    buffer_m: float = SERVICE_AREA_BUFFER_M,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[tuple[str, float, shapely.Geometry]]:
    """(destination id, minutes, polygon) per destination and threshold, largest first."""
    thresholds = sorted(thresholds, reverse=True)
    arcs = network.forward
    head = arcs.graph.indices
    arc_min = arcs.graph.data
    lines = [LineString(np.asarray(c, dtype=float)[:, :2]) for c in network.lines]
    out = []
    for k in range(len(destinations.ids)):
        if cancelled is not None and cancelled():
            raise Cancelled()
        vertex = int(destinations.vertex[k])
        conn = float(destinations.connector_min[k])
        t = dijkstra(network.backward.graph, indices=vertex, limit=max(thresholds) - conn)
        t = t + conn
        site = Point(network.xy[vertex]) if np.isfinite(conn) else None
        for limit in thresholds:
            via_head = t[head] + arc_min
            full = np.flatnonzero(via_head <= limit)
            part = np.flatnonzero((via_head > limit) & (t[head] < limit))
            # Both directions of a two-way road give the same whole piece: keep one.
            lo = np.minimum(arcs.from_m[full], arcs.to_m[full])
            _, first = np.unique(np.column_stack([arcs.line[full], lo]), axis=0, return_index=True)
            pieces = [site] if site is not None else []
            for a in full[np.sort(first)]:
                pieces.append(_piece(lines, arcs, a, 1.0))
            for a in part:
                pieces.append(_piece(lines, arcs, a, (limit - t[head[a]]) / arc_min[a]))
            if conn <= limit:
                # Buffering each piece and merging is several times faster than buffering
                # one collection of overlapping lines (GEOS), with the same polygon.
                buffered = shapely.buffer(
                    np.array(pieces, dtype=object), buffer_m, quad_segs=BUFFER_QUAD_SEGS
                )
                geometry = shapely.union_all(buffered)
                out.append((str(destinations.ids[k]), float(limit), geometry))
        if progress is not None:
            progress((k + 1) / len(destinations.ids))
    return out


def _piece(lines, arcs, a: int, fraction: float):
    start, end = float(arcs.from_m[a]), float(arcs.to_m[a])
    cut_from = end - fraction * (end - start)
    lo, hi = sorted((cut_from, end))
    line = lines[int(arcs.line[a])]
    if lo <= 0.0 and hi >= line.length:
        return line  # the whole line (most arcs): no need to cut
    return substring(line, lo, hi)
