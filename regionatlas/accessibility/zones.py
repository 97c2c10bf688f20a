"""Which zone each origin lies in (for the zone aggregates), with shapely's STRtree."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import shapely

from .measures import minutes_label, zone_aggregates


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


def zone_map_column(columns: Sequence[str], bands: Sequence[float]) -> str | None:
    """The column the zone map is coloured by: the share of the population within the second
    band bound (10 minutes with the default bands 5, 10, 30, the usual "within 10 minutes"
    of service analyses such as Tillväxtverket's Pipos), else the first ``within_`` column;
    None when there is none (no nearest measure)."""
    within = [c for c in columns if c.startswith("within_")]
    if not within:
        return None
    if len(bands) > 1:
        label = minutes_label(bands[1])
        return next((c for c in within if c.endswith(f"_{label}")), within[0])
    return within[0]


def zone_figures(
    xy: np.ndarray,
    zones: list,
    zone_ids: Sequence[str],
    population: np.ndarray | None,
    minutes: dict[str, np.ndarray],
    bands: Sequence[float],
    averages: dict[str, np.ndarray] | None = None,
) -> tuple[pd.DataFrame, int]:
    """(figures per zone, origins in no zone): each origin (``xy``) placed in its zone
    (:func:`zones_of_points`; ``zones`` shapely polygons in the order of ``zone_ids``), then
    :func:`~regionatlas.accessibility.measures.zone_aggregates`."""
    zone_of = zones_of_points(xy, zones)
    frame = zone_aggregates(zone_of, zone_ids, population, minutes, bands, averages)
    return frame, int((zone_of < 0).sum())
