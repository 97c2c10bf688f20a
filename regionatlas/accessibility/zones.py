"""Which zone each origin lies in (for the zone aggregates), with shapely's STRtree."""

from __future__ import annotations

import numpy as np
import shapely


def zones_of_points(xy: np.ndarray, zones: list) -> np.ndarray:
    """Index into ``zones`` (shapely polygons) of the zone containing each point; -1 for
    none. A point on a shared border goes to the zone listed first."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    out = np.full(len(xy), -1, dtype=np.int64)
    ok = np.isfinite(xy).all(axis=1)
    if not ok.any() or not zones:
        return out
    tree = shapely.STRtree(zones)
    points = shapely.points(xy[ok])
    point_i, zone_i = tree.query(points, predicate="intersects")
    order = np.lexsort((zone_i, point_i))
    point_i, zone_i = point_i[order], zone_i[order]
    first = np.ones(len(point_i), dtype=bool)
    first[1:] = point_i[1:] != point_i[:-1]
    idx = np.flatnonzero(ok)
    out[idx[point_i[first]]] = zone_i[first]
    return out
