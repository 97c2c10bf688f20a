"""regionatlas.commuting.zone_indicators: the row of a zone without commuting."""

from __future__ import annotations

from RegionAtlas.regionatlas.commuting.indicators import INDICATOR_FIELDS
from RegionAtlas.regionatlas.commuting.zone_indicators import indicators_without_commuting


def test_counts_are_zero_ratios_and_destination_null_id_kept():
    row = dict(zip(INDICATOR_FIELDS, indicators_without_commuting("0114")))
    assert len(row) == len(INDICATOR_FIELDS)
    assert row["unit_id"] == "0114"
    for name in ("employed_residents", "jobs", "self_flow", "out_commuters", "in_commuters"):
        assert row[name] == 0.0
    assert row["net_commuting"] == 0.0
    for name in ("sc_supply", "sc_demand", "job_ratio", "largest_destination", "p1", "p2"):
        assert row[name] is None
