"""Service areas in a structure image: nested isochrones as non-overlapping time bands.

A service-area layer (e.g. the output of ``regionatlas:serviceareas``) holds one polygon per
destination and threshold; polygons of different destinations and of one destination's
thresholds overlap. Drawn as they are, light transparent fills pile up and the colour of a
place says how many polygons cover it, not how far it is. The structure image shows instead,
per threshold T (ascending), the area reached within T minutes and not within a smaller
threshold: the union of all polygons with ``minutes <= T`` minus that union for the previous
threshold. Each place then has the colour of the shortest travel time band that reaches it,
as in the graduated isochrone maps of accessibility studies (e.g. Oliver, Schuurman & Hall
2007, network-buffer service areas; the RegionAtlas spec accessibility.md, "Service areas").

Network-buffer service areas are a lace of buffered roads; on a regional map their holes are
noise. Before the bands are cut, each cumulative area is generalised by a morphological
closing (dilation then erosion by the same distance; Serra 1982, Image Analysis and
Mathematical Morphology), the amalgamation of area features of cartographic generalisation
(McMaster & Shea 1992, Generalization in Digital Cartography): gaps narrower than twice the
distance are filled, the outer edge stays where it was. Closing keeps nested areas nested, so
the bands still do not overlap. The distance is ``CLOSING_SHARE`` of the map's diagonal.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import shapely

from ..errors import InputError

#: Closing distance of the service areas as a share of the map's diagonal (about 1.6 km on a
#: 130 km region: the holes between roads of a rural network close, valleys of the areas stay).
CLOSING_SHARE = 0.012
#: Vertices of a quarter circle in the closing's buffers (coarse: the result is generalised).
CLOSING_QUAD_SEGMENTS = 4
#: Simplification tolerance before the closing, as a share of the closing distance.
CLOSING_SIMPLIFY_SHARE = 0.1


def closing_distance(width: float, height: float) -> float:
    """The closing distance (map units) for a map of ``width`` x ``height``."""
    return CLOSING_SHARE * math.hypot(width, height)


def service_area_bands(
    rows: Iterable[tuple[int, object, object]], closing: float = 0.0
) -> list[tuple[float, object]]:
    """``(minutes, polygon)`` per distinct threshold, ascending, the bands not overlapping.

    ``rows`` are ``(row number, minutes, shapely polygon)``; a row without a positive number of
    minutes is an error that names the row. ``closing`` > 0: each cumulative area is closed by
    that distance first (see the module). Empty results (a band wholly inside a smaller one)
    are left out.
    """
    by_minutes: dict[float, list] = {}
    for row, minutes, geometry in rows:
        try:
            value = float(minutes)
        except (TypeError, ValueError):
            value = math.nan
        if not math.isfinite(value) or value <= 0:
            raise InputError(
                "Service areas (SERVICE_AREAS), feature {row}: the field 'minutes' must be a "
                "positive number of minutes, not {value!r}.",
                row=row,
                value=minutes,
            )
        if geometry is not None and not shapely.is_empty(geometry):
            by_minutes.setdefault(value, []).append(geometry)
    bands = []
    reached = None
    for minutes in sorted(by_minutes):
        within = shapely.union_all(shapely.make_valid(by_minutes[minutes]))
        if closing > 0:
            within = close(within, closing)
        if reached is not None:
            within = shapely.union(within, reached)
            band = shapely.difference(within, reached)
        else:
            band = within
        band = _polygons_only(band)
        if band is not None:
            bands.append((minutes, band))
        reached = within
    return bands


def close(geometry, distance: float):
    """Morphological closing of ``geometry`` by ``distance``. Closing contains the original;
    the polygonal buffers only approximate it (thin parts can shrink), so the original is
    added back."""
    # The outline is simplified first (a tenth of the distance: far below what the closing
    # changes) so that the buffers have fewer vertices to offset, and the parts are grown one
    # by one and merged (GEOS grows one large multipolygon several times slower).
    simple = shapely.simplify(geometry, distance * CLOSING_SIMPLIFY_SHARE)
    parts = shapely.get_parts(simple)
    grown = shapely.union_all(shapely.buffer(parts, distance, quad_segs=CLOSING_QUAD_SEGMENTS))
    closed = shapely.buffer(grown, -distance, quad_segs=CLOSING_QUAD_SEGMENTS)
    return shapely.union(shapely.make_valid(closed), geometry)


def _polygons_only(geometry):
    """The polygonal part of ``geometry`` (differences can leave slivers of lines), or None."""
    if geometry is None or shapely.is_empty(geometry):
        return None
    parts = [
        g
        for g in shapely.get_parts(geometry)
        if g.geom_type in ("Polygon", "MultiPolygon") and g.area > 0
    ]
    if not parts:
        return None
    return shapely.multipolygons(
        [p for g in parts for p in shapely.get_parts(g)]  # every part a Polygon
    )
