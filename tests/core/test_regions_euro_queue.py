"""The parts the EURO iterations are made fast with: the least-valid queue and the vectorised
validity of many clusters (same answers as the plain formulas, to the last bit)."""

from __future__ import annotations

import numpy as np
from RegionAtlas.regionatlas.commuting.regions.euro_queue import LeastValidQueue
from RegionAtlas.regionatlas.commuting.regions.parameters import EuroParameters
from RegionAtlas.regionatlas.commuting.regions.validity import (
    validity_constants,
    validity_scalar,
    validity_scalars,
)


def test_validity_scalars_equal_the_scalar_formula_bit_for_bit():
    rng = np.random.default_rng(14)
    k = validity_constants(EuroParameters.checked(3500, 0.6667, 25000, 0.75))
    r = np.concatenate([rng.uniform(0, 40000, 3000), [0.0, 5.0, 25000.0, 3500.0, 100.0]])
    w = np.concatenate([rng.uniform(0, 40000, 3000), [5.0, 0.0, 25000.0, 3500.0, 100.0]])
    s = np.minimum(r, w) * np.concatenate([rng.uniform(0, 1.2, 3000), [0.5, 0.5, 1.0, 0.7, 1.0]])
    many = validity_scalars(r, w, s, k)
    one_by_one = [validity_scalar(a, b, c, k) for a, b, c in zip(r, w, s)]
    assert many.tolist() == one_by_one  # exact equality, not approximate
    assert (many == -np.inf).sum() == 2 and (many == 1.0).sum() >= 2


def test_queue_gives_the_least_valid_cluster_ties_by_number():
    version = [0] * 6
    q = LeastValidQueue(np.array([0.5, 0.3, 0.5, 1.0, 0.3, 2.0]), np.arange(6), version)
    got = []
    while (top := q.peek()) is not None:
        got.append(top)
        q.pop()
    # V >= 1 never comes out: the iterations stop there
    assert got == [(0.3, 1), (0.3, 4), (0.5, 0), (0.5, 2)]


def test_queue_against_a_plain_model_under_random_changes():
    """Random pushes, drops and pops against a dict of current validities: the queue returns
    what scanning every cluster for the smallest (V, cluster) with V < 1 returns."""
    rng = np.random.default_rng(7)
    n = 60
    start = np.round(rng.uniform(0, 1.3, n), 2)  # rounded: many equal validities
    version = [0] * n
    q = LeastValidQueue(start, np.arange(n), version)
    model = {c: float(v) for c, v in enumerate(start)}
    for _ in range(3000):
        op = rng.integers(0, 4)
        c = int(rng.integers(0, n))
        if op == 0:
            v = float(np.round(rng.uniform(0, 1.3), 2))
            q.push(v, c)
            model[c] = v
        elif op == 1:
            q.drop(c)
            model.pop(c, None)
        else:
            live = [(v, k) for k, v in model.items() if v < 1.0]
            expected = min(live) if live else None
            assert q.peek() == expected
            if expected is not None and op == 3:
                q.pop()
                del model[expected[1]]
