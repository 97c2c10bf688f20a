"""Which regions are neighbours: region id -> the ids of the regions it touches.

Two regions are neighbours when their polygons share a point or lie within ``tolerance`` of
each other ("queen" contiguity; the tolerance bridges the slivers and gaps of generalised or
separately digitised boundaries). Used to give touching regions different colours (greedy map
colouring, Welsh & Powell 1967) and, by the region methods, to test contiguity.

A bulk query of shapely's STRtree (sort-tile-recursive R-tree, Leutenegger et al. 1997) finds
the candidate pairs, so the cost is near-linear in the number of regions for map-like inputs.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import shapely
from shapely import STRtree

from ..errors import InputError
from ..ids import id_sort_key


def region_adjacency(
    geometries: Mapping[str, object], tolerance: float = 0.0
) -> dict[str, set[str]]:
    """Region id -> ids of the regions within ``tolerance`` (map units) of it.

    ``geometries``: region id -> shapely (multi)polygon. Empty or missing geometries have no
    neighbours. Every id is a key of the result (ids without neighbours map to an empty set).
    """
    if tolerance < 0:
        raise InputError("The adjacency tolerance must be >= 0 (got {value}).", value=tolerance)
    keys = sorted(geometries, key=id_sort_key)
    result: dict[str, set[str]] = {key: set() for key in keys}
    geoms = np.array([geometries[k] for k in keys], dtype=object)
    present = np.array([g is not None and not shapely.is_empty(g) for g in geoms], dtype=bool)
    if present.sum() < 2:
        return result
    index = np.flatnonzero(present)
    tree = STRtree(geoms[index])
    if tolerance > 0:
        left, right = tree.query(geoms[index], predicate="dwithin", distance=tolerance)
    else:
        left, right = tree.query(geoms[index], predicate="intersects")
    for a, b in zip(index[left], index[right]):
        if a != b:
            result[keys[a]].add(keys[b])
            result[keys[b]].add(keys[a])
    return result
