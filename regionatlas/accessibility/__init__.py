"""Accessibility on the road network: travel times, nearest service, opportunities within T
minutes, gravity, 2SFCA, population by time band, service areas.

Spec: RegionAtlas ``accessibility.md``. Pure Python (numpy, scipy.sparse.csgraph, shapely);
the Processing algorithms ``regionatlas:traveltimes``, ``regionatlas:accessibility`` and
``regionatlas:serviceareas`` only convert layers and call these functions.
"""

from .measures import (
    nearest_by_category,
    opportunity_measures,
    travel_time_matrix,
    zone_aggregates,
)
from .network import RoadNetwork, build_network
from .points import Located, locate, require_on_network
from .serviceareas import service_areas
from .speeds import resolve_directions, resolve_speeds, speed_table

__all__ = [
    "Located",
    "RoadNetwork",
    "build_network",
    "locate",
    "nearest_by_category",
    "opportunity_measures",
    "require_on_network",
    "resolve_directions",
    "resolve_speeds",
    "service_areas",
    "speed_table",
    "travel_time_matrix",
    "zone_aggregates",
]
