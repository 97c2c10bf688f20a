"""Origins and destinations joined to the network (spec accessibility.md, "Network").

Each point is joined to its nearest network vertex (k-d tree); the straight line to it is
covered at the connector speed and its length and time are kept per point. A point farther
than ``max_snap`` metres is *not on the network*: it gets no travel times and is listed, never
silently dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from ..errors import InputError
from ..ids import example_list
from .network import RoadNetwork


@dataclass
class Located:
    """Points with their vertex (-1 when not on the network) and connector length/time."""

    ids: np.ndarray  # object array of text ids
    vertex: np.ndarray
    snap_m: np.ndarray
    connector_min: np.ndarray
    weight: np.ndarray | None = None  # population (origins) or opportunities (destinations)
    category: np.ndarray | None = None  # object array of text categories (destinations)

    @property
    def on_network(self) -> np.ndarray:
        return self.vertex >= 0

    @property
    def off_network_ids(self) -> list[str]:
        return [str(i) for i in self.ids[~self.on_network]]

    def subset(self, mask: np.ndarray) -> Located:
        def pick(values):
            return None if values is None else values[mask]

        return Located(
            self.ids[mask],
            self.vertex[mask],
            self.snap_m[mask],
            self.connector_min[mask],
            pick(self.weight),
            pick(self.category),
        )


def point_weights(values: Sequence[object]) -> np.ndarray:
    """Weights (population, opportunities) as numbers, as a table field gives them: numbers,
    numeric text or nothing. What is not a number (empty, text) becomes NaN, which
    :func:`locate` refuses as a missing weight, naming the points."""
    out = np.full(len(values), np.nan)
    for k, value in enumerate(values):
        try:
            out[k] = float(value) if value is not None else np.nan
        except (TypeError, ValueError):
            pass
    return out


def locate(
    network: RoadNetwork,
    ids: Sequence[str],
    xy: np.ndarray,
    connector_kmh: float,
    max_snap: float,
    what: str = "ORIGINS",
    weight: Sequence[float] | None = None,
    category: Sequence[str] | None = None,
) -> Located:
    """Join points to their nearest vertex. ``what`` names the parameter in messages."""
    ids = np.asarray([str(i) for i in ids], dtype=object)
    if len(ids) == 0:
        raise InputError("{what} has no points.", what=what)
    uniq, counts = np.unique(ids.astype(str), return_counts=True)
    if (counts > 1).any():
        raise InputError(
            "Ids in {what} must be unique; these occur more than once: {ids}.",
            what=what,
            ids=example_list(list(uniq[counts > 1])),
        )
    if not connector_kmh > 0:
        raise InputError(
            "CONNECTOR_SPEED is {value} km/h; it must be above 0.", value=connector_kmh
        )
    if max_snap < 0:
        raise InputError("MAX_SNAP is {value} m; it cannot be negative.", value=max_snap)
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    bad = ~np.isfinite(xy).all(axis=1)
    distance, vertex = cKDTree(network.xy).query(np.where(bad[:, None], 0.0, xy))
    vertex = np.asarray(vertex, dtype=np.int64)
    off = bad | (distance > max_snap)
    vertex[off] = -1
    distance = np.where(bad, np.nan, distance)
    w = None
    if weight is not None:
        w = np.asarray(weight, dtype=float)
        wrong = ~np.isfinite(w) | (w < 0)
        if wrong.any():
            raise InputError(
                "{what}: {n} point(s) have a missing or negative weight: {ids}.",
                what=what,
                n=int(wrong.sum()),
                ids=example_list(list(ids[wrong])),
            )
    cat = None if category is None else np.asarray([str(c) for c in category], dtype=object)
    return Located(
        ids=ids,
        vertex=vertex,
        snap_m=distance,
        connector_min=distance / (connector_kmh * 1000.0 / 60.0),
        weight=w,
        category=cat,
    )


def require_on_network(points: Located, what: str) -> Located:
    """The points on the network; raises when none is."""
    if not points.on_network.any():
        raise InputError(
            "No point of {what} is within MAX_SNAP of the network ({n} points); check the "
            "layers' CRS and MAX_SNAP.",
            what=what,
            n=len(points.ids),
        )
    return points.subset(points.on_network)
