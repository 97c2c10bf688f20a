"""Geometries for the web: simplified and rounded GeoJSON (RFC 7946) in WGS 84.

Simplification is Douglas-Peucker with topology preserved (shapely ``simplify(...,
preserve_topology=True)``, GEOS TopologyPreservingSimplifier), so no polygon collapses or
self-intersects; neighbouring polygons are simplified one by one, so slivers of up to the
tolerance can open between them. RFC 7946 section 11.2 notes that six decimal places
(about 10 cm) are more than enough for GeoJSON coordinates; a map on screen needs less.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from shapely.geometry import mapping

from ..errors import InputError

#: Decimals kept in longitude and latitude: 1e-5 degree is at most 1.1 m on the ground
#: (RFC 7946 section 11.2 calls 6 decimals, about 10 cm, enough).
DEFAULT_DECIMALS = 5
MIN_DECIMALS, MAX_DECIMALS = 3, 7

#: Default simplification tolerance in metres: below one screen pixel at zoom 11 (about 76 m
#: per pixel at the equator on the Web Mercator tile grid), so municipalities look the same.
DEFAULT_TOLERANCE_M = 50.0

#: Metres per degree of latitude (WGS 84 mean meridian degree, 111.32 km); tolerances in
#: metres become degrees with it. A degree of longitude is shorter away from the equator, so
#: east-west the simplification is finer than asked, never coarser.
METRES_PER_DEGREE = 111_320.0


def tolerance_degrees(metres: float) -> float:
    if metres < 0 or not math.isfinite(metres):
        raise InputError(
            "The simplification tolerance must be 0 or more metres, not {value}.", value=metres
        )
    return metres / METRES_PER_DEGREE


def web_geometries(
    wkbs: list[bytes], tolerance_m: float = DEFAULT_TOLERANCE_M, decimals: int = DEFAULT_DECIMALS
) -> list[dict]:
    """GeoJSON geometry dicts of WKB geometries in WGS 84, simplified and rounded."""
    if not MIN_DECIMALS <= decimals <= MAX_DECIMALS:
        raise InputError(
            "Coordinate decimals must be between {low} and {high}, not {value}.",
            low=MIN_DECIMALS,
            high=MAX_DECIMALS,
            value=decimals,
        )
    if not wkbs:
        return []
    geoms = shapely.from_wkb(np.array(wkbs, dtype=object))
    tolerance = tolerance_degrees(tolerance_m)
    if tolerance > 0:
        geoms = shapely.simplify(geoms, tolerance, preserve_topology=True)
    geoms = shapely.transform(geoms, lambda xy: np.round(xy, decimals))
    # json writes mapping()'s nested tuples as arrays and its floats in shortest form.
    return [mapping(g) for g in geoms]
