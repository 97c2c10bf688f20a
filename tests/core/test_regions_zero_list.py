"""Why units are in the EURO zero list (regions/zero_list.py) agrees with the list itself."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from RegionAtlas.regionatlas.commuting.regions import zero_list_mask
from RegionAtlas.regionatlas.commuting.regions.zero_list import zero_list_reasons


def test_each_zero_list_unit_gets_its_reason():
    units = np.array(["U1", "U2", "U3", "U4", "U5", "U6", "U7"], dtype=object)
    flows = {
        (2, 0): 3.0,  # U1 only receives: no employed residents
        (1, 2): 4.0,  # U2 only sends: no jobs
        (2, 3): 10.0,
        (3, 2): 8.0,
        (2, 2): 20.0,
        (3, 3): 15.0,
        (4, 4): 7.0,  # U5 lives and works in itself only
        (5, 5): 10.0,  # U6: its one outside flow goes to U7, which has no residents
        (5, 6): 2.0,
    }
    rows, cols = zip(*flows)
    matrix = sp.csr_array((list(flows.values()), (rows, cols)), shape=(7, 7))
    zero, _rest = zero_list_mask(matrix)
    assert units[zero].tolist() == ["U1", "U2", "U5", "U6", "U7"]
    reasons = zero_list_reasons(matrix, zero, units).set_index("unit")
    assert reasons["reason"].to_dict() == {
        "U1": "no_residents",
        "U2": "no_jobs",
        "U5": "self_only",
        "U6": "after_others",
        "U7": "no_residents",
    }
    assert reasons.loc["U5", "self_flow"] == 7.0


def test_reasons_of_a_partitions_zero_list():
    from RegionAtlas.regionatlas.commuting.odtable import ODTable
    from RegionAtlas.regionatlas.commuting.regions import euro_regions
    from RegionAtlas.regionatlas.commuting.regions.zero_list import partition_zero_list_reasons

    origins = ["0114", "0115", "0114", "0115", "0117", "0120"]
    destinations = ["0114", "0115", "0115", "0114", "0117", "0114"]
    counts = [900, 800, 100, 120, 50, 5]
    table = ODTable.from_records(origins, destinations, counts)
    partition = euro_regions(table, 100, 0.5, 500, 0.6)
    reasons = partition_zero_list_reasons(table, partition).set_index("unit")
    from RegionAtlas.regionatlas.commuting.regions.partition import ROLE_ZERO_LIST

    zero_units = partition.units[partition.role == ROLE_ZERO_LIST].tolist()
    assert zero_units
    assert sorted(reasons.index) == sorted(zero_units)
    assert reasons.loc["0117", "reason"] == "self_only"
    assert reasons.loc["0117", "self_flow"] == 50
    assert reasons.loc["0120", "reason"] == "no_jobs"
    whole = euro_regions(
        ODTable.from_records(origins[:4], destinations[:4], counts[:4]), 100, 0.5, 500, 0.6
    )
    assert partition_zero_list_reasons(table, whole).empty
