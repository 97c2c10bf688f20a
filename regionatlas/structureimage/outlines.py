"""Generalised outlines of the regions and green areas of a structure image.

Spec structure-image.md ("Cartography"): "regions as soft translucent fills with a generalised
outline". The recipe, per region (the polygons of one region id dissolved first):

1. shrink the region by ``REGION_INSET_SHARE`` x the tolerance (regions only): smoothing
   pushes concave corners outwards, over the neighbour; smoothing a slightly shrunk outline
   keeps neighbours apart;
2. simplify with the tolerance (Douglas & Peucker 1973), the tolerance being
   ``GENERALISE_SHARE`` of the extent's diagonal (:func:`generalisation_tolerance`);
3. smooth ``SMOOTH_ITERATIONS`` times by Chaikin's corner cutting (Chaikin 1974) with offset
   ``SMOOTH_OFFSET`` (each edge replaced by its points at 1/4 and 3/4);
4. clip to the region itself (regions only), so that no outline covers its neighbour.

A step that would leave nothing valid falls back to the dissolved region (made valid). Regions
get colour numbers from their adjacency (neighbours within the tolerance never share a fill).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from ..errors import Cancelled
from ..geometry import region_adjacency
from ..ids import id_sort_key
from .drawing import (
    REGION_INSET_SHARE,
    SMOOTH_ITERATIONS,
    SMOOTH_OFFSET,
    generalisation_tolerance,
    region_colours,
)


@dataclass
class Outline:
    key: str
    geometry: object  #: shapely MultiPolygon
    units: int  #: polygons dissolved into it
    area_km2: float  #: of the dissolved region, before generalisation
    colour: int  #: 1..k, neighbours differ (regions; 1 for green areas)


def chaikin_ring(coords: np.ndarray, iterations: int, offset: float) -> np.ndarray:
    """A closed ring (first vertex repeated last) smoothed by Chaikin's corner cutting."""
    pts = np.asarray(coords, dtype=float)[:-1, :2]
    for _ in range(iterations):
        if len(pts) < 3:
            break
        nxt = np.roll(pts, -1, axis=0)
        out = np.empty((2 * len(pts), 2))
        out[0::2] = (1 - offset) * pts + offset * nxt
        out[1::2] = offset * pts + (1 - offset) * nxt
        pts = out
    return np.vstack([pts, pts[:1]])


def smooth(geometry, iterations: int = SMOOTH_ITERATIONS, offset: float = SMOOTH_OFFSET):
    """Every ring of a (multi)polygon smoothed by :func:`chaikin_ring`."""
    polygons = []
    for part in getattr(geometry, "geoms", [geometry]):
        if not isinstance(part, Polygon) or part.is_empty:
            continue
        shell = chaikin_ring(np.asarray(part.exterior.coords), iterations, offset)
        holes = [
            chaikin_ring(np.asarray(r.coords), iterations, offset)
            for r in part.interiors
            if len(r.coords) >= 4
        ]
        polygons.append(Polygon(shell, holes))
    return MultiPolygon(polygons) if polygons else Polygon()


def _multi(geometry) -> MultiPolygon:
    """Only the polygonal parts, as one MultiPolygon."""
    parts = [
        g
        for g in shapely.get_parts(geometry)
        if isinstance(g, (Polygon, MultiPolygon)) and not g.is_empty
    ]
    flat = []
    for g in parts:
        flat.extend(g.geoms if isinstance(g, MultiPolygon) else [g])
    return MultiPolygon(flat)


def _usable(geometry) -> bool:
    return geometry is not None and not geometry.is_empty and geometry.is_valid


def generalise_outline(merged, tolerance: float, inside: bool):
    """Steps 1-4 of the recipe for one dissolved geometry (``inside``: regions, whose outline
    must stay inside the region; green areas are only simplified and smoothed)."""
    base = merged
    if inside:
        inner = merged.buffer(-tolerance * REGION_INSET_SHARE, quad_segs=4)
        base = inner if _usable(inner) else merged
    geom = smooth(shapely.simplify(base, tolerance, preserve_topology=True))
    if not _usable(geom):
        return _multi(shapely.make_valid(merged))
    if inside:
        clipped = shapely.intersection(geom, merged)
        if _usable(clipped):
            geom = clipped
    return _multi(geom)


def generalise_polygons(
    groups: Mapping[str, Sequence[object]],
    extent: tuple[float, float, float, float],
    *,
    regions: bool = True,
    cancelled: Callable[[], bool] | None = None,
) -> list[Outline]:
    """One generalised outline per key of ``groups`` (key -> shapely polygons), in id order.

    ``extent`` (xmin, ymin, xmax, ymax) of the whole map sets the tolerance. ``regions``: the
    outlines are functional regions (shrunk, clipped, coloured by adjacency); otherwise green
    structure (simplified and smoothed only).
    """
    if not groups:
        return []
    xmin, ymin, xmax, ymax = extent
    tolerance = generalisation_tolerance(xmax - xmin, ymax - ymin)
    merged = {}
    for key, geoms in groups.items():
        valid = [g if g.is_valid else shapely.make_valid(g) for g in geoms]
        merged[key] = shapely.union_all(valid) if len(valid) > 1 else valid[0]
    colours = {}
    if regions:
        colours = region_colours(region_adjacency(merged, tolerance))
    out = []
    for key in sorted(merged, key=id_sort_key):
        if cancelled is not None and cancelled():
            raise Cancelled("Generalising the outlines was cancelled.")
        out.append(
            Outline(
                key=key,
                geometry=generalise_outline(merged[key], tolerance, inside=regions),
                units=len(groups[key]),
                area_km2=float(merged[key].area) / 1e6,
                colour=colours.get(key, 1),
            )
        )
    return out
