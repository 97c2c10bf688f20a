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
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import shapely

from ..errors import InputError


def service_area_bands(rows: Iterable[tuple[int, object, object]]) -> list[tuple[float, object]]:
    """``(minutes, polygon)`` per distinct threshold, ascending, the bands not overlapping.

    ``rows`` are ``(row number, minutes, shapely polygon)``; a row without a positive number of
    minutes is an error that names the row. Empty results (a band wholly inside a smaller
    one) are left out.
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
