"""build_partition against a plain model (issue 14: the vectorised numbering and centres).

Regions are numbered by their first unit in unit order; each region's centre is its unit with
the most jobs, ties by the smallest index, a missing W (NaN) counting as the lowest; the
region is named after its centre. Every method's result goes through build_partition.
"""

from __future__ import annotations

import math

import numpy as np
from RegionAtlas.regionatlas.commuting.regions.partition import build_partition


def _model(labels: list[int], jobs: list[float] | None):
    order: list[int] = []
    members: dict[int, list[int]] = {}
    for i, c in enumerate(labels):
        if c >= 0:
            if c not in members:
                order.append(c)
                members[c] = []
            members[c].append(i)
    region = [order.index(c) if c >= 0 else -1 for c in labels]
    w = [0.0] * len(labels) if jobs is None else jobs

    def key(i: int) -> float:
        return -math.inf if math.isnan(w[i]) else w[i]

    centres = []
    for c in order:
        best = members[c][0]
        for i in members[c][1:]:
            if key(i) > key(best):
                best = i
        centres.append(best)
    return region, centres


def test_numbering_and_centres_as_the_plain_model():
    rng = np.random.default_rng(17)
    seen_nan_centre_choice = 0
    for _ in range(2000):
        n = int(rng.integers(0, 25))
        units = np.array([f"{k:03d}" for k in range(n)], dtype=object)
        labels = (rng.integers(-1, max(1, n // 2), n) * rng.choice([1, 5])).tolist()
        jobs = None if rng.integers(6) == 0 else rng.choice([0.0, 1.0, 2.0, np.nan, 5.0], n)
        names = None if rng.integers(2) else {u: "Ort " + u for u in units[: n // 2]}
        part = build_partition(units, labels, method="m", parameters={}, jobs=jobs, names=names)
        region, centres = _model(labels, None if jobs is None else jobs.tolist())
        assert part.region.tolist() == region
        assert part.region_ids == [units[c] for c in centres]
        want_names = [(names or {}).get(units[c], units[c]) for c in centres]
        assert part.region_names == want_names
        assert sorted(np.flatnonzero(part.role == "centre").tolist()) == sorted(centres)
        if jobs is not None:
            lab = np.asarray(labels)
            seen_nan_centre_choice += any(
                np.isnan(jobs[lab == c]).any() for c in set(labels) if c >= 0
            )
    assert seen_nan_centre_choice > 100
