"""Generalised outlines, routed segment classes, snapping and page geometry (no QGIS)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from RegionAtlas.regionatlas.structureimage import route_flows
from RegionAtlas.regionatlas.structureimage.layout import (
    fit_aspect,
    is_portrait,
    nice_step,
    scalebar_step_km,
    with_margin,
)
from RegionAtlas.regionatlas.structureimage.outlines import chaikin_ring, generalise_polygons
from RegionAtlas.regionatlas.structureimage.routing import (
    classify_routed,
    merge_flags,
    nearest_nodes,
)
from shapely.geometry import Polygon, box


def jagged(x0: float, width: float, teeth: int = 40) -> Polygon:
    """A 10 km tall region with a 30 m saw-tooth right edge (below the tolerance: what
    generalisation should remove)."""
    ys = np.linspace(0, 10_000, 2 * teeth + 1)
    right = [(x0 + width + (30 if k % 2 else 0), y) for k, y in enumerate(ys)]
    return Polygon([(x0, 0), *right, (x0, 10_000)])


def test_chaikin_doubles_vertices_and_cuts_corners():
    square = np.array([(0, 0), (4, 0), (4, 4), (0, 4), (0, 0)], dtype=float)
    once = chaikin_ring(square, 1, 0.25)
    assert len(once) == 9 and np.allclose(once[0], once[-1])
    assert np.allclose(once[:2], [(1, 0), (3, 0)])  # points at 1/4 and 3/4 of the edge
    assert Polygon(once).area == pytest.approx(16 - 4 * 0.5 * 1 * 1)


def test_regions_are_generalised_inside_themselves_and_coloured_apart():
    left = jagged(0, 5_000)
    right = shapely.difference(box(0, 0, 12_000, 10_000), left)
    lake = box(20_000, 0, 21_000, 1_000)
    groups = {"2": [right], "1": [left], "3": [lake]}
    out = generalise_polygons(groups, (0, 0, 21_000, 10_000))
    assert [o.key for o in out] == ["1", "2", "3"]
    by_key = {o.key: o for o in out}
    for o in out:
        g = o.geometry
        assert g.geom_type == "MultiPolygon" and g.is_valid and not g.is_empty
        # inside the region (clipped), and not much smaller than it
        region = shapely.union_all(groups[o.key])
        assert shapely.difference(g, region).area < 1e-6 * region.area
        if o.key != "3":  # (Chaikin rounds a lone 4-vertex square off by a third)
            assert g.area > 0.75 * region.area
    assert by_key["1"].geometry.intersection(by_key["2"].geometry).area < 1e-6
    # the saw tooth is gone: the right edge bulges once instead of zig-zagging 24 times
    xy = shapely.get_coordinates(by_key["1"].geometry)
    edge = xy[(xy[:, 0] > 2_500) & (xy[:, 1] > 2_000) & (xy[:, 1] < 8_000)]
    edge = edge[np.argsort(edge[:, 1])]
    turns = np.count_nonzero(np.diff(np.sign(np.diff(edge[:, 0]))))
    assert len(edge) >= 2 and turns <= 2
    assert by_key["1"].colour != by_key["2"].colour
    assert by_key["1"].units == 1 and by_key["1"].area_km2 == pytest.approx(left.area / 1e6)


def test_smoothed_outlines_never_cover_the_neighbour_in_a_concave_corner():
    """Chaikin cuts a concave corner outwards (over the neighbour): the clip keeps it inside."""
    ell = shapely.difference(box(0, 0, 10_000, 10_000), box(5_000, 5_000, 10_000, 10_000))
    notch = box(5_000, 5_000, 10_000, 10_000)
    out = {
        o.key: o.geometry
        for o in generalise_polygons({"L": [ell], "N": [notch]}, (0, 0, 10_000, 10_000))
    }
    assert out["L"].intersection(notch).area < 1e-6
    assert out["N"].intersection(ell).area < 1e-6


def test_green_areas_are_dissolved_and_not_clipped_or_coloured():
    out = generalise_polygons(
        {"park": [box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)]},
        (0, 0, 50_000, 50_000),
        regions=False,
    )
    assert len(out) == 1 and out[0].units == 2 and out[0].colour == 1
    assert len(shapely.get_parts(out[0].geometry)) == 1


def test_routed_segments_share_one_width_scale_and_merge_border_flags():
    lines = [np.array([[0, 0], [10, 0]]), np.array([[10, 0], [20, 0]])]
    starts = np.array([[0, 0], [0, 0], [10, 0], [500, 500]])
    ends = np.array([[20, 0], [10, 0], [20, 0], [600, 600]])
    flows = [10.0, 5.0, 2.0, 1000.0]
    result = route_flows(lines, starts, ends, flows, snap=0.5, max_access=5)
    assert result.unrouted == [3]
    classes = classify_routed(
        result, flows, [True, False, None, False], ["lan 01/02", "", "", ""], 3
    )
    by_flow = {p.flow: k for k, p in enumerate(result.pieces)}
    assert set(by_flow) == {15.0, 12.0}
    first, second = by_flow[15.0], by_flow[12.0]
    assert classes.piece_cross[first] is True and classes.piece_crossed[first] == "lan 01/02"
    assert classes.piece_cross[second] is True  # pair 0 crosses, pair 2 unknown
    assert classes.unrouted_classes == [3]  # the unrouted 1 000 on the same scale: widest
    assert classes.piece_classes[first] >= classes.piece_classes[second]
    assert merge_flags([False, False]) is False and merge_flags([False, None]) is None
    assert merge_flags([]) is None


def test_network_ends_take_the_nearest_node():
    nodes = np.array([[0, 0], [100, 0], [50, 80]])
    lines = [np.array([[1, 1], [40, 0], [99, 2]]), np.array([[52, 75], [3, -2]])]
    first, last = nearest_nodes(lines, nodes)
    assert first.tolist() == [0, 2] and last.tolist() == [1, 0]


def test_page_geometry():
    assert is_portrait(800, 1600) and not is_portrait(1000, 1050)
    assert with_margin((0, 0, 100, 50), 0.1) == (-10, -10, 110, 60)
    # a tall extent on a wide frame grows in width only, about its centre
    assert fit_aspect((0, 0, 100, 200), 300, 150) == (-150, 0, 250, 200)
    assert fit_aspect((0, 0, 400, 100), 100, 100) == (0, -150, 400, 250)
    assert [nice_step(v) for v in (0.3, 1, 7, 19.9, 20, 480)] == [1, 1, 5, 10, 20, 200]
    assert scalebar_step_km(1_300) == 200


def test_side_panel_for_tall_extents():
    from RegionAtlas.regionatlas.structureimage.layout import side_panel_extent

    # Sweden-like: 640 x 1 540 km on a 277 x 375 mm frame, a 90 mm legend column
    extent = side_panel_extent((0, 0, 640, 1540), 277, 375, 90)
    assert extent is not None
    xmin, ymin, xmax, ymax = extent
    assert (xmin, ymin, ymax) == (0, 0, 1540)  # data against the left edge, full height
    assert (xmax - xmin) / (ymax - ymin) == pytest.approx(277 / 375)  # the frame's shape
    data_mm = 640 / (1540 / 375)
    assert data_mm + 90 <= 277
    # Norway-like (1 100 x 1 550 km) leaves no room for the column: keep the usual layout
    assert side_panel_extent((0, 0, 1100, 1550), 277, 375, 90) is None
