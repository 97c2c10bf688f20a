"""Colouring of a map's regions so that touching regions differ: the one routine for commuting
regions (processing/regions_common.py) and structure images (structureimage/drawing.py).

Greedy colouring in Welsh-Powell order (Welsh, D. J. A. & Powell, M. B. (1967), An upper bound
for the chromatic number of a graph and its application to timetabling problems, The Computer
Journal 10(1), 85-86): regions with most neighbours first; each takes the least used colour
among those no neighbour has, which spreads the palette over the map. Deterministic: the same
map gives the same colours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np


def greedy_colouring(
    adjacency: Mapping[str, Iterable[str]],
    n_colours: int,
    order: Iterable[str] | None = None,
    *,
    add_colours: bool = False,
) -> dict[str, int]:
    """Colour index ``0 ..`` per region so that touching regions differ.

    ``adjacency`` maps a region to its neighbours (made symmetric here); ties in the
    Welsh-Powell order go by ``order`` (default: by id). When no colour of the ``n_colours``
    is free, the region gets a new colour with ``add_colours``, otherwise the colour least
    used among its neighbours (neighbours then share it: the palette is too small).
    """
    if n_colours < 1:
        raise ValueError("n_colours must be at least 1")
    keys = list(order) if order is not None else sorted(adjacency, key=str)
    for key in adjacency:
        if key not in keys:
            keys.append(key)
    rank = {k: i for i, k in enumerate(keys)}
    neighbours = {k: {n for n in adjacency.get(k, ()) if n != k and n in rank} for k in keys}
    for k, ns in list(neighbours.items()):
        for n in ns:
            neighbours[n].add(k)
    colour: dict[str, int] = {}
    used = np.zeros(n_colours, dtype=np.int64)
    for key in sorted(keys, key=lambda k: (-len(neighbours[k]), rank[k])):
        taken = np.zeros(len(used), dtype=np.int64)
        for n in neighbours[key]:
            if n in colour:
                taken[colour[n]] += 1
        free = np.flatnonzero(taken == 0)
        if len(free):
            c = int(free[np.argmin(used[free])])
        elif add_colours:
            c = len(used)
            used = np.append(used, 0)
        else:
            c = int(np.lexsort((used, taken))[0])
        colour[key] = c
        used[c] += 1
    return colour
