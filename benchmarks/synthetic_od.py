"""Synthetic commuting OD tables from a gravity model, for benchmarks (not for tests).

Units are scattered over a square with log-normal employed residents. Each unit keeps most of
its residents at home and sends the rest to about ``flows_per_unit - 1`` destinations drawn
among its nearest neighbours with probability proportional to ``jobs_j * exp(-d_ij / scale)``
(a gravity model with exponential distance decay). The result has the shape of real
municipality tables: strong self-flows, many small flows, a few big centres.
"""

from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree


def gravity_od(
    n_units: int, flows_per_unit: int = 20, *, seed: int = 0
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
    ids = np.array([f"{i:06d}" for i in range(n_units)], dtype=object)
    return ids[origins[keep]], ids[dests[keep]], vals[keep]
