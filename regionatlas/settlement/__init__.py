"""Settlement structure: dominant flows, settlement hierarchy, DEGURBA, polycentricity.

Pure-Python method core (no QGIS); the Processing algorithms ``regionatlas:dominantflows``,
``regionatlas:settlementhierarchy``, ``regionatlas:degurba``, ``regionatlas:degurbaunits``
and ``regionatlas:polycentricity`` call these functions. Spec: settlement-structure.md.
"""

from __future__ import annotations

from . import degurba_parameters
from .degurba import (
    DegurbaGrid,
    classify_grid,
    classify_units,
    classify_units_from_grid,
    unit_shares,
)
from .dominant_flows import MODES, ROLES, DominantFlowsResult, dominant_flows
from .hierarchy import (
    COMPOSITE_PRESET,
    PRESETS,
    HierarchyResult,
    RuleTable,
    classify_by_index,
    classify_by_rules,
    composite_centrality,
    parse_rule_table,
    preset_rule_table,
    rank_size,
)
from .polycentricity import (
    PolycentricityResult,
    functional_index,
    morphological_index,
    polycentricity,
)

__all__ = [
    "COMPOSITE_PRESET",
    "MODES",
    "PRESETS",
    "ROLES",
    "DegurbaGrid",
    "DominantFlowsResult",
    "HierarchyResult",
    "PolycentricityResult",
    "RuleTable",
    "classify_by_index",
    "classify_by_rules",
    "classify_grid",
    "classify_units",
    "classify_units_from_grid",
    "composite_centrality",
    "degurba_parameters",
    "dominant_flows",
    "functional_index",
    "morphological_index",
    "parse_rule_table",
    "polycentricity",
    "preset_rule_table",
    "rank_size",
    "unit_shares",
]
