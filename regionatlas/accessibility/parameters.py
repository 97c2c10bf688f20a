"""Every number that defines RegionAtlas's accessibility measures, named once, with its source.

Spec: ``accessibility.md`` (RegionAtlas). Times are minutes, distances metres, speeds km/h.
"""

from __future__ import annotations

#: Speed of a line that has no speed of its own (km/h); the issue's default.
DEFAULT_SPEED_KMH = 50.0
#: Speed on the straight connector between a point and its network vertex: walking, 5 km/h
#: (spec accessibility.md, "default 5 km/h walking").
CONNECTOR_SPEED_KMH = 5.0
#: Points farther than this from the nearest network vertex are "not on the network" (m).
#: 2 km: beyond it the walking connector alone takes 24 minutes, so the time says more about
#: the point's location than about the network.
MAX_SNAP_M = 2000.0
#: End points closer than this are one vertex (m); 0 = exactly equal coordinates only.
TOLERANCE_M = 0.0
#: Cumulative-opportunity thresholds (minutes): spec accessibility.md "default 30, 45, 60";
#: 45 minutes is the commuting threshold of Sandow & Westin (2010), "The persevering
#: commuter - duration of long-distance commuting", Transportation Research A 44(6).
THRESHOLDS_MIN: tuple[float, ...] = (30.0, 45.0, 60.0)
#: Upper bounds of the population time bands (minutes): <5, 5-10, 10-30, >=30, as
#: Tillväxtanalys reports travel time to the nearest grocery store (spec accessibility.md).
TIME_BANDS_MIN: tuple[float, ...] = (5.0, 10.0, 30.0)
#: Half-life of the exponential (Hansen 1959) gravity decay, minutes: weight
#: ``exp(-beta t)`` with ``beta = ln 2 / half_life``. 20 minutes: half weight at 20 minutes
#: by car, close to the decay fitted to Swedish commuting (Johansson, Klaesson & Olsson 2003,
#: "Commuting distance and willingness to commute", beta ~0.03-0.04 per minute).
HALF_LIFE_MIN = 20.0
#: Speeds must lie in (0, MAX_SPEED_KMH]; a larger value is a unit error (m/s, mph tables...).
MAX_SPEED_KMH = 300.0
#: Service areas: the reached network portions are buffered by this distance (m) and merged.
SERVICE_AREA_BUFFER_M = 250.0
#: Memory for one block of Dijkstra rows (float64 cells): searches run in blocks of at most
#: this many cells, so a matrix never needs origins x vertices of memory at once.
BLOCK_CELLS = 16_000_000
