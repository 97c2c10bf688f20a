"""Defaults of a structure image that follow the map's extent, so that the default map reads
well for a municipality group, a county, a country or two.

Spec structure-image.md ("Cartography": a readable map out of the box) and issue 10 §4: on a
whole country, corridors between every pair with commuting draw a capital's long-distance
links across the map (Oslo - Tromsø), and labels on every class-2 place cover it.

Corridor length. A corridor is a link a reader sees between *neighbouring* centres. By default
pairs further apart than ``AUTO_LENGTH_SHARE`` of the extent's diagonal are left out before the
corridor rule chooses (the rule then picks each node's largest partners within reach). The
limit never falls below ``MIN_AUTO_LENGTH_KM``, the reach of daily commuting (about 1.5 h by
road or regional train: Stockholm - Norrköping 160 km, Oslo - Hamar 120 km), so a regional map
keeps all its commuting links and only national maps are thinned: Sweden's and Norway's
diagonals (~1 800 km) give about 215 km.

Labels. Node names are shown for ranks 1..LABELLED_RANKS, but on no more than
``LABEL_BUDGET`` nodes (the best-ranked, then the largest): about the names an A3 map holds
at 8-9 pt without covering the corridors. Overlapping labels are further thinned by QGIS.
"""

from __future__ import annotations

import math

#: Share of the extent's diagonal that is the longest corridor by default.
AUTO_LENGTH_SHARE = 0.12
#: The automatic limit never goes below the reach of daily commuting (km).
MIN_AUTO_LENGTH_KM = 150.0
#: At most this many node names are shown by default.
LABEL_BUDGET = 40


def map_diagonal(width: float, height: float) -> float:
    """The diagonal of an extent (map units), at least 1: the extent of a single node is a
    point, and the lengths scaled to the diagonal must not all be 0."""
    return math.hypot(width, height) or 1.0


def automatic_max_length(width: float, height: float) -> float:
    """The default longest corridor (map units, metres) for an extent of ``width`` x
    ``height`` metres."""
    diagonal = math.hypot(width, height)
    return max(AUTO_LENGTH_SHARE * diagonal, MIN_AUTO_LENGTH_KM * 1000.0)
