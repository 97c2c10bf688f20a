"""The nearest-destination search (regionatlas/accessibility/search.py) against the
implementation it replaced and against the full travel time matrix, on random networks with
one-way streets, connectors, disconnected parts and a cut-off."""

from __future__ import annotations

import numpy as np
import pytest
from RegionAtlas.regionatlas.accessibility import (
    build_network,
    locate,
    require_on_network,
    travel_time_matrix,
)
from RegionAtlas.regionatlas.accessibility.search import _OFFSET, nearest
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra


def previous_nearest(network, origins, destinations, limit=np.inf):
    """The search as it was before the virtual sources were appended to the CSR arrays
    directly (a COO round trip per call); kept here as the reference."""
    n = network.n_vertices
    k = len(destinations.ids)
    base = network.backward.graph.tocoo()
    rows = np.concatenate([base.row, n + np.arange(k)])
    cols = np.concatenate([base.col, destinations.vertex])
    data = np.concatenate([base.data, destinations.connector_min + _OFFSET])
    graph = csr_matrix((data, (rows, cols)), shape=(n + k, n + k))
    dist = dijkstra(
        graph,
        directed=True,
        indices=n + np.arange(k),
        limit=limit + _OFFSET if np.isfinite(limit) else np.inf,
        min_only=True,
    )
    minutes = dist[origins.vertex] - _OFFSET + origins.connector_min
    return np.where(np.isfinite(minutes) & (minutes <= limit), minutes, np.inf)


def random_case(seed: int, n_points: int = 400, n_lines: int = 900):
    """Straight roads between random points (a few long ones crossing without a shared
    vertex), random speeds and directions, plus an island that nothing reaches."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 20_000, (n_points, 2))
    a = rng.integers(0, n_points, n_lines)
    b = (a + rng.integers(1, 12, n_lines)) % n_points
    lines = [np.array([xy[i], xy[j]]) for i, j in zip(a, b)]
    island = [[[50_000, 0], [50_000, 1_000]], [[50_000, 1_000], [51_000, 1_000]]]
    lines += [np.array(line, dtype=float) for line in island]
    speeds = rng.choice([30.0, 50.0, 70.0, 90.0], len(lines))
    directions = rng.choice([0, 0, 0, 1, -1], len(lines)).astype(np.int8)
    net = build_network(lines, speeds, directions)
    jitter = rng.normal(0, 40, (n_points, 2))
    o_xy = np.vstack([xy + jitter, [[50_000, 500]]])
    origins = require_on_network(
        locate(net, [f"o{k}" for k in range(len(o_xy))], o_xy, 5.0, 500.0), "ORIGINS"
    )
    pick = rng.choice(n_points, 25, replace=False)
    d_xy = xy[pick] + rng.normal(0, 60, (25, 2))
    dest = require_on_network(
        locate(net, [f"d{k}" for k in range(25)], d_xy, 5.0, 500.0), "DESTINATIONS"
    )
    return net, origins, dest


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("limit", [np.inf, 12.0])
def test_nearest_is_identical_to_the_previous_search_and_to_the_matrix(seed, limit):
    net, origins, dest = random_case(seed)
    minutes, which = nearest(net, origins, dest, limit)
    want = previous_nearest(net, origins, dest, limit)
    assert np.array_equal(np.isinf(minutes), np.isinf(want))
    finite = np.isfinite(want)
    assert finite.sum() > 40 and (~finite).sum() >= 1  # reached ones and the island
    np.testing.assert_allclose(minutes[finite], want[finite], rtol=0, atol=1e-9)
    # The full matrix (every destination searched on its own) agrees, and the destination
    # returned is one that takes exactly that time.
    matrix = travel_time_matrix(net, origins, dest)
    best = matrix.groupby("origin_id").minutes.min()
    got = dict(zip(origins.ids, minutes))
    for oid, t in best.items():
        if t <= limit:
            assert got[oid] == pytest.approx(t, abs=1e-9)
        else:
            assert np.isinf(got[oid])
    times = {(o, d): t for o, d, t in matrix[["origin_id", "destination_id", "minutes"]].values}
    for k in np.flatnonzero(finite):
        assert which[k] >= 0
        assert times[(origins.ids[k], dest.ids[which[k]])] == pytest.approx(minutes[k], abs=1e-9)
    assert (which[~finite] == -1).all()
