"""Structure images (strukturbild): corridors, border links, generalisation, drawing order.

Pure Python (numpy, pandas, scipy): the Processing algorithms ``regionatlas:structureimage``
and ``regionatlas:exportstructureimage`` read QGIS layers, call these functions and write the
results. Spec: ../shared/specs/structure-image.md.
"""

from .corridors import (
    CORRIDOR_RULES,
    DEFAULT_RULE_VALUES,
    DEFAULT_WIDTH_CLASSES,
    MAX_WIDTH_CLASSES,
    MIN_WIDTH_CLASSES,
    CorridorOptions,
    border_crossed,
    corridors_from_flows,
    node_ranks,
    symmetric_pairs,
)
from .drawing import (
    DRAWING_ORDER,
    LABELLED_RANKS,
    curve_corridor,
    generalisation_tolerance,
    region_colours,
)
from .routing import route_flows
from .serviceareas import closing_distance, service_area_bands

__all__ = [
    "CORRIDOR_RULES",
    "DEFAULT_RULE_VALUES",
    "DEFAULT_WIDTH_CLASSES",
    "DRAWING_ORDER",
    "LABELLED_RANKS",
    "MAX_WIDTH_CLASSES",
    "MIN_WIDTH_CLASSES",
    "CorridorOptions",
    "border_crossed",
    "closing_distance",
    "corridors_from_flows",
    "curve_corridor",
    "generalisation_tolerance",
    "node_ranks",
    "region_colours",
    "route_flows",
    "service_area_bands",
    "symmetric_pairs",
]
