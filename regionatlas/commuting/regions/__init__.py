"""Commuting regions: SCB LA, EURO/TTWA (ISTAT and strict), Tolbert-Sizer, Leiden; quality
indicators and region change over time. Pure Python (numpy/scipy/pandas; igraph for
the network method): no qgis or Qt import. Method specification: commuting-regions.md.
"""

from __future__ import annotations

from .change import RegionChange, match_regions, partitions_over_years, region_change
from .euro import VARIANT_ISTAT, VARIANT_STRICT, euro_regions, validity, zero_list_mask
from .leiden import leiden_regions
from .parameters import ISTAT_PARAMETERS, TTWA_PARAMETERS, EuroParameters
from .partition import ROLES, UNIT_FIELDS, Partition, build_partition
from .quality import (
    REGION_FIELDS,
    adjusted_rand_index,
    directed_modularity,
    partition_summary,
    region_border_areas,
    region_indicators,
    regions_crossing_border,
)
from .scb import scb_regions, scb_regions_from_frame, scb_regions_from_indicators
from .tolbert import average_linkage_cut, proportional_flows, tolbert_sizer_regions

__all__ = [
    "ISTAT_PARAMETERS",
    "REGION_FIELDS",
    "ROLES",
    "TTWA_PARAMETERS",
    "UNIT_FIELDS",
    "VARIANT_ISTAT",
    "VARIANT_STRICT",
    "EuroParameters",
    "Partition",
    "RegionChange",
    "adjusted_rand_index",
    "average_linkage_cut",
    "build_partition",
    "directed_modularity",
    "euro_regions",
    "leiden_regions",
    "match_regions",
    "partition_summary",
    "partitions_over_years",
    "proportional_flows",
    "region_border_areas",
    "region_change",
    "region_indicators",
    "regions_crossing_border",
    "scb_regions",
    "scb_regions_from_frame",
    "scb_regions_from_indicators",
    "tolbert_sizer_regions",
    "validity",
    "zero_list_mask",
]
