"""Curves, region colours, generalisation and routing of the structure image (no QGIS)."""

from __future__ import annotations

import numpy as np
from RegionAtlas.regionatlas.structureimage import (
    DRAWING_ORDER,
    curve_corridor,
    generalisation_tolerance,
    region_colours,
    route_flows,
)
from RegionAtlas.regionatlas.structureimage.drawing import BEND_MAX, BEND_MIN, bend_share


def apex(line: np.ndarray, a, b) -> float:
    """Largest distance of the curve from the straight line a-b."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = b - a
    normal = np.array([-d[1], d[0]]) / np.hypot(*d)
    return float(np.abs((line - a) @ normal).max())


def test_curves_end_at_the_nodes_and_longer_ones_bend_more():
    short, _ = curve_corridor((0, 0), (10_000, 0), longest=100_000)
    long, _ = curve_corridor((0, 0), (100_000, 0), longest=100_000)
    for line, end in ((short, 10_000), (long, 100_000)):
        assert np.allclose(line[0], (0, 0)) and np.allclose(line[-1], (end, 0))
    assert apex(short, (0, 0), (10_000, 0)) / 10_000 < apex(long, (0, 0), (100_000, 0)) / 100_000
    assert np.isclose(apex(long, (0, 0), (100_000, 0)), BEND_MAX * 100_000, rtol=0.02)
    assert bend_share(0, 1) == BEND_MIN and bend_share(1, 1) == BEND_MAX


def test_curve_bends_away_from_an_unrelated_node():
    a, b = (0, 0), (100_000, 0)
    default, _ = curve_corridor(a, b, longest=100_000)
    side = np.sign(default[len(default) // 2][1])
    obstacle = np.array([[50_000, side * BEND_MAX * 100_000]])  # right on the default curve
    line, hits = curve_corridor(a, b, 100_000, obstacle, clearance=2_000)
    assert hits == 0
    assert np.sign(line[len(line) // 2][1]) == -side


def test_drawing_order_regions_bottom_nodes_top():
    assert DRAWING_ORDER[0] == "regions" and DRAWING_ORDER[-1] == "nodes"
    assert DRAWING_ORDER.index("corridors") < DRAWING_ORDER.index("border_links")


def test_region_colours_differ_between_neighbours():
    # a ring of 5 regions around a centre: needs 4 colours
    ring = [f"r{k}" for k in range(5)]
    adjacency = {r: {"c", ring[(k - 1) % 5], ring[(k + 1) % 5]} for k, r in enumerate(ring)}
    adjacency["c"] = set(ring)
    colours = region_colours(adjacency)
    for region, neighbours in adjacency.items():
        assert all(colours[region] != colours[n] for n in neighbours)
    assert max(colours.values()) <= 5


def test_generalisation_tolerance_scales_with_extent():
    assert generalisation_tolerance(300_000, 400_000) == 2 * generalisation_tolerance(
        150_000, 200_000
    )


def test_route_flows_sums_per_segment_and_reports_unrouted():
    network = [
        np.array([[0, 0], [10, 0]]),
        np.array([[10, 0], [20, 0], [30, 0]]),
        np.array([[100, 100], [110, 100]]),  # not connected
    ]
    starts = np.array([[0, 0], [0, 0], [10, 0], [0, 0]])
    ends = np.array([[30, 0], [10, 0], [20, 0], [110, 100]])
    result = route_flows(network, starts, ends, [5.0, 2.0, 1.0, 9.0], snap=0.5)
    pieces = sorted(
        (p.line, tuple(p.coords[0]), tuple(p.coords[-1]), p.flow) for p in result.pieces
    )
    assert pieces == [
        (0, (0.0, 0.0), (10.0, 0.0), 7.0),
        (1, (10.0, 0.0), (20.0, 0.0), 6.0),
        (1, (20.0, 0.0), (30.0, 0.0), 5.0),
    ]
    assert result.unrouted == [3]


def test_route_flows_respects_max_access():
    network = [np.array([[0, 0], [10, 0]])]
    result = route_flows(network, np.array([[0, 50]]), np.array([[10, 0]]), [1.0], max_access=5)
    assert result.unrouted == [0] and not result.pieces


def test_corridor_lines_straight_and_curved():
    from RegionAtlas.regionatlas.structureimage.drawing import corridor_lines

    starts = np.array([[0.0, 0.0], [0.0, 0.0]])
    ends = np.array([[100.0, 0.0], [0.0, 50.0]])
    lines, passing = corridor_lines(starts, ends, np.zeros((0, 2)), diagonal=200.0, curved=False)
    assert [line.tolist() for line in lines] == [[[0, 0], [100, 0]], [[0, 0], [0, 50]]]
    assert passing == 0
    lines, _ = corridor_lines(starts, ends, np.zeros((0, 2)), diagonal=200.0)
    for line, a, b in zip(lines, starts, ends):
        assert np.allclose(line[0], a) and np.allclose(line[-1], b) and len(line) > 2


def test_corridor_lines_bend_away_from_an_unrelated_node():
    from RegionAtlas.regionatlas.structureimage.drawing import CLEARANCE_SHARE, corridor_lines

    diagonal = 1000.0
    a, b = np.array([[0.0, 0.0]]), np.array([[400.0, 0.0]])
    free, _ = corridor_lines(a, b, np.zeros((0, 2)), diagonal)
    apex = free[0][len(free[0]) // 2]
    # An obstacle where the default curve would pass: the line takes the other side.
    lines, passing = corridor_lines(a, b, apex.reshape(1, 2), diagonal)
    gap = np.hypot(*(lines[0] - apex).T).min()
    assert passing == 0 and gap > diagonal * CLEARANCE_SHARE


def test_pairs_within_length():
    import pytest
    from RegionAtlas.regionatlas.errors import InputError
    from RegionAtlas.regionatlas.structureimage.corridors import pairs_within

    o = np.array([[0.0, 0.0], [0.0, 0.0], [np.nan, np.nan]])
    d = np.array([[3.0, 4.0], [30.0, 40.0], [1.0, 1.0]])
    assert pairs_within(o, d, 5.0).tolist() == [True, False, True]
    with pytest.raises(InputError, match="above 0"):
        pairs_within(o, d, 0)
