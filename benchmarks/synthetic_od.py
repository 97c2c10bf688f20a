"""Synthetic commuting OD tables from a gravity model, for benchmarks (not for tests).

Units are scattered over a square with log-normal employed residents. Each unit keeps most of
its residents at home and sends the rest to about ``flows_per_unit - 1`` destinations drawn
among its nearest neighbours with probability proportional to ``jobs_j * exp(-d_ij / scale)``
(a gravity model with exponential distance decay). The result has the shape of real
municipality tables: strong self-flows, many small flows, a few big centres.

Unit ids are six-digit numbers. ``id_order`` says how they follow the units' locations, which
decides how near in memory a unit's neighbours are (the cache behaviour of the methods' loops,
not their results' quality): ``"random"`` (the default) numbers units in the order they were
drawn, unrelated to where they lie (the worst case); ``"columns"`` by columns one unit wide,
then northward, the way SCB's grid-cell ids (easting, then northing) sort; ``"morton"`` in
Z order of the unit square they fall in (a quadtree order).
"""

from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree

ID_ORDERS = ("random", "columns", "morton")


def _interleave(v: np.ndarray) -> np.ndarray:
    """The bits of ``v`` (< 2**21) spread to every other place (for Z order)."""
    out = np.zeros_like(v)
    for bit in range(21):
        out |= ((v >> bit) & 1) << (2 * bit)
    return out


def id_rank(xy: np.ndarray, id_order: str) -> np.ndarray:
    """Each unit's number (0..n-1) under ``id_order`` (see the module docstring)."""
    n = len(xy)
    if id_order == "random":
        return np.arange(n)
    cell = np.floor(xy).astype(np.int64)
    if id_order == "columns":
        order = np.lexsort((xy[:, 1], cell[:, 0]))
    elif id_order == "morton":
        order = np.argsort(_interleave(cell[:, 0]) | (_interleave(cell[:, 1]) << 1), kind="stable")
    else:
        raise ValueError(f"id_order must be one of {ID_ORDERS}, not {id_order!r}")
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    return rank


def gravity_od(
    n_units: int, flows_per_unit: int = 20, *, seed: int = 0, id_order: str = "random"
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (origins, destinations, counts) as id strings and integer counts."""
    rng = np.random.default_rng(seed)
    side = np.sqrt(n_units)  # about one unit per unit area
    xy = rng.uniform(0, side, size=(n_units, 2))
    residents = np.maximum(rng.lognormal(mean=7.0, sigma=1.2, size=n_units).round(), 60)
    attraction = residents * rng.lognormal(0.0, 0.8, size=n_units)
    k = min(3 * flows_per_unit, n_units - 1)
    dist, nbr = cKDTree(xy).query(xy, k=k + 1)
    dist, nbr = dist[:, 1:], nbr[:, 1:]
    weight = attraction[nbr] * np.exp(-dist / 1.5)
    m = flows_per_unit - 1
    # choose m destinations per unit without replacement, proportional to weight (Gumbel top-k)
    keys = np.log(weight + 1e-300) + rng.gumbel(size=weight.shape)
    pick = np.argpartition(-keys, m - 1, axis=1)[:, :m]
    dest = np.take_along_axis(nbr, pick, axis=1)
    w = np.take_along_axis(weight, pick, axis=1)
    out_share = rng.beta(2.0, 5.0, size=n_units)  # share commuting out, mean about 0.29
    counts = np.maximum(
        np.floor(residents[:, None] * out_share[:, None] * w / w.sum(axis=1, keepdims=True)), 1.0
    )
    self_flow = residents - counts.sum(axis=1)
    origins = np.concatenate([np.repeat(np.arange(n_units), m), np.arange(n_units)])
    dests = np.concatenate([dest.ravel(), np.arange(n_units)])
    vals = np.concatenate([counts.ravel(), self_flow])
    keep = vals > 0
    ids = np.array([f"{i:06d}" for i in id_rank(xy, id_order)], dtype=object)
    return ids[origins[keep]], ids[dests[keep]], vals[keep]
