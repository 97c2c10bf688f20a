"""Small pure helpers of the region algorithms: given partitions, validity curve, map colouring."""

from __future__ import annotations

import numpy as np
import pytest
from RegionAtlas.regionatlas.commuting.regions import (
    ISTAT_PARAMETERS,
    TTWA_PARAMETERS,
    region_change,
    validity,
)
from RegionAtlas.regionatlas.commuting.regions.given_partition import partition_from_labels
from RegionAtlas.regionatlas.commuting.regions.validity_curve import validity_threshold
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.map_colouring import greedy_colouring


def test_partition_from_labels_keeps_codes_and_ids():
    p = partition_from_labels(
        ["0115", "0114", "0180", "9999"],
        ["LA2201", "LA2201", "LA2201", None],
        residents=[5, 7, 9, 1],
    )
    assert p.units.tolist() == ["0114", "0115", "0180", "9999"]
    assert p.region_ids == ["LA2201"]
    assert p.region_sets() == {frozenset({"0114", "0115", "0180"})}
    assert p.role.tolist() == ["member", "member", "member", "unassigned"]
    assert p.residents.tolist() == [7, 5, 9, 1]
    assert "no region" in p.messages[0]


def test_partition_from_labels_sizes_feed_region_change():
    a = partition_from_labels(["1", "2", "3"], ["A", "A", "B"], residents=["10", "20", "5"])
    b = partition_from_labels(["1", "2", "3"], ["A", "A", "A"], residents=["10", "20", "5"])
    change = region_change({2020: a, 2021: b})
    assert change.per_year.size_measure.tolist() == ["employed residents"] * 2
    assert change.per_year.largest_share.tolist() == pytest.approx([30 / 35, 1.0])
    assert change.per_unit.set_index("unit_id")["changed"].to_dict() == {
        "1": False,
        "2": False,
        "3": True,
    }


@pytest.mark.parametrize(
    ("units", "regions", "sizes", "words"),
    [
        ([], [], None, ["empty"]),
        (["1", None], ["A", "A"], None, ["row 2", "empty"]),
        (["1", "1"], ["A", "B"], None, ["row 2", "'1'", "twice"]),
        (["1", "2"], [None, ""], None, ["no unit has a region"]),
        (["1", "2"], ["A", "B"], ["5", "x"], ["row 2", "'x'", "'size'"]),
        (["1", "2"], ["A", "B"], ["5", "-1"], ["row 2", "0 or more"]),
    ],
)
def test_partition_from_labels_bad_input(units, regions, sizes, words):
    with pytest.raises(InputError) as err:
        partition_from_labels(units, regions, residents=sizes, label="2021")
    for word in words:
        assert word in str(err.value)
    assert str(err.value).startswith("2021: ")


@pytest.mark.parametrize("params", [TTWA_PARAMETERS, ISTAT_PARAMETERS])
def test_validity_threshold_is_the_curve_v_equals_one(params):
    sizes = np.geomspace(params.min_size, params.target_size * 4, 50)
    sc = validity_threshold(sizes, params)
    assert np.isfinite(sc).all()
    # on the curve V = 1 (R = W, S = SC * R), a little below it V < 1
    assert validity(sizes, sizes, sc * sizes, params) == pytest.approx(np.ones_like(sizes))
    assert (validity(sizes, sizes, 0.99 * sc * sizes, params) < 1).all()
    assert sc[0] == pytest.approx(params.target_sc)
    assert sc[-1] == pytest.approx(params.min_sc)
    assert (np.diff(sc) <= 1e-12).all()  # larger regions need less self-containment
    below = validity_threshold([params.min_size * 0.5], params)
    assert np.isnan(below).all()


def test_map_colouring_neighbours_differ_and_is_deterministic():
    # a wheel: a hub touching a ring of 6 (needs 3 colours, 4 when the ring is odd)
    ring = [f"r{k}" for k in range(7)]
    adjacency = {"hub": set(ring)}
    for k, r in enumerate(ring):
        adjacency.setdefault(r, set()).update({ring[k - 1], ring[(k + 1) % 7]})
    colours = greedy_colouring(adjacency, 8)
    for a, ns in adjacency.items():
        for b in ns:
            assert colours[a] != colours[b]
    assert colours == greedy_colouring(adjacency, 8)
    assert set(colours.values()) <= set(range(8))
    # too few colours: still a colour each, with as few clashes as greedy can
    few = greedy_colouring(adjacency, 2)
    assert set(few) == set(adjacency) and set(few.values()) <= {0, 1}
    with pytest.raises(ValueError):
        greedy_colouring(adjacency, 0)


def test_map_colouring_adds_colours_only_when_asked():
    # an odd wheel needs 4 colours: with 2 and add_colours, neighbours still differ
    ring = [f"r{k}" for k in range(7)]
    adjacency = {"hub": set(ring)}
    for k, r in enumerate(ring):
        adjacency.setdefault(r, set()).update({ring[k - 1], ring[(k + 1) % 7]})
    grown = greedy_colouring(adjacency, 2, add_colours=True)
    for a, ns in adjacency.items():
        assert all(grown[a] != grown[b] for b in ns)
    assert max(grown.values()) == 3
    assert max(greedy_colouring(adjacency, 2).values()) == 1
