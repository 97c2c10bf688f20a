"""Pure helpers for presenting a partition: the validity curve of the size / self-containment
chart and a colouring of regions in which neighbours differ.

The validity curve is the boundary ``V = 1`` of the EURO X-equation (Coombes & Bond 2008; spec
commuting-regions.md section 2): for a region of size R (employed residents) it gives the
self-containment SC a region needs to be valid. Solving ``V = Y Z tarSC / minSC = 1`` with
``Y = SC / tarSC`` gives ``SC = minSC / Z(R)``; below ``minSZ`` that would exceed ``tarSC``
(where Y is capped), so no region smaller than ``minSZ`` is valid unless SC = 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np

from .parameters import EuroParameters


def validity_threshold(sizes: np.ndarray | Iterable[float], params: EuroParameters) -> np.ndarray:
    """Self-containment needed for ``V >= 1`` at each size; NaN where no SC < 1 suffices."""
    r = np.asarray(list(sizes) if not isinstance(sizes, np.ndarray) else sizes, dtype=float)
    s = np.maximum((params.target_size - r) / (params.target_size - params.min_size), 0.0)
    z = 1.0 - (1.0 - params.min_sc / params.target_sc) * s
    with np.errstate(divide="ignore", invalid="ignore"):
        sc = np.where(z > 0, params.min_sc / np.where(z > 0, z, 1.0), np.nan)
    # Y is capped at 1: more than tarSC does not help, so beyond it the curve does not exist
    return np.where(sc <= params.target_sc + 1e-12, sc, np.nan)


def map_colouring(
    adjacency: Mapping[str, Iterable[str]], n_colours: int, order: Iterable[str] | None = None
) -> dict[str, int]:
    """Colour index ``0 .. n_colours-1`` per region so that touching regions differ.

    Greedy colouring in Welsh-Powell order (most neighbours first, ties by the given
    ``order`` or by id): each region takes the least used colour among those no neighbour
    has. With fewer colours than needed, it takes the colour least used among its neighbours.
    Deterministic: the same map gives the same colours.
    """
    if n_colours < 1:
        raise ValueError("n_colours must be at least 1")
    keys = list(order) if order is not None else sorted(adjacency)
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
        taken = np.zeros(n_colours, dtype=np.int64)
        for n in neighbours[key]:
            if n in colour:
                taken[colour[n]] += 1
        free = np.flatnonzero(taken == 0)
        if len(free):
            c = int(free[np.argmin(used[free])])
        else:
            c = int(np.lexsort((used, taken))[0])
        colour[key] = c
        used[c] += 1
    return colour
