"""The projected CRS used when the user's layers are in degrees: WGS 84 / UTM.

Zones are 6° of longitude wide from 180° W (zone 1), EPSG 32601-32660 north of the equator and
32701-32760 south of it, with the two exceptions of the UTM grid over Norway: zone 32 widened
to 3°-12° E between 56° and 64° N, and zones 31, 33, 35 and 37 over Svalbard (72°-84° N)
(Snyder, J. P. (1987), Map Projections - A Working Manual, USGS Professional Paper 1395,
p. 62; NGA (2014), The Universal Grids, NGA.SIG.0012_2.0.0_UTMUPS).
"""

from __future__ import annotations

import math

#: EPSG code of WGS 84 / UTM zone 0 north and south (add the zone number).
UTM_NORTH_BASE, UTM_SOUTH_BASE = 32600, 32700
#: Svalbard's zones by the longitude they start at (72°-84° N).
_SVALBARD_ZONES = ((0.0, 31), (9.0, 33), (21.0, 35), (33.0, 37))


def utm_zone(lon: float, lat: float) -> int:
    """UTM zone number (1-60) of a longitude/latitude in degrees."""
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise ValueError("longitude and latitude must be finite numbers")
    lon = (lon + 180.0) % 360.0 - 180.0
    if 56.0 <= lat < 64.0 and 3.0 <= lon < 12.0:
        return 32
    if 72.0 <= lat <= 84.0 and 0.0 <= lon < 42.0:
        zone = 31
        for start, number in _SVALBARD_ZONES:
            if lon >= start:
                zone = number
        return zone
    return int((lon + 180.0) // 6.0) % 60 + 1


def utm_epsg(lon: float, lat: float) -> int:
    """EPSG code of the WGS 84 / UTM zone of a longitude/latitude (326xx north, 327xx south)."""
    return (UTM_NORTH_BASE if lat >= 0 else UTM_SOUTH_BASE) + utm_zone(lon, lat)
