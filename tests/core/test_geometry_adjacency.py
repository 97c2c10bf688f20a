"""Region adjacency (regionatlas/geometry): which regions touch, with and without tolerance."""

from __future__ import annotations

import pytest
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.geometry import region_adjacency
from shapely.geometry import LineString, MultiPolygon, Polygon, box


def grid(n: int = 3, gap: float = 0.0) -> dict[str, Polygon]:
    """n x n unit squares with ids "r<row>c<col>", ``gap`` apart."""
    step = 1.0 + gap
    return {
        f"r{i}c{j}": box(j * step, i * step, j * step + 1, i * step + 1)
        for i in range(n)
        for j in range(n)
    }


def test_queen_neighbours_of_a_grid():
    adjacency = region_adjacency(grid())
    assert adjacency["r1c1"] == {f"r{i}c{j}" for i in range(3) for j in range(3)} - {"r1c1"}
    assert adjacency["r0c0"] == {"r0c1", "r1c0", "r1c1"}  # corners touch too
    assert all(key not in ns for key, ns in adjacency.items())
    assert all(a in adjacency[b] for a, ns in adjacency.items() for b in ns)  # symmetric


def test_tolerance_bridges_gaps_and_nothing_more():
    squares = grid(gap=0.01)
    assert all(not ns for ns in region_adjacency(squares).values())
    bridged = region_adjacency(squares, tolerance=0.012)
    assert bridged["r0c0"] == {"r0c1", "r1c0"}  # the diagonal neighbour is 0.0141 away
    assert region_adjacency(squares, tolerance=0.015)["r0c0"] == {"r0c1", "r1c0", "r1c1"}


def test_islands_empties_and_string_ids():
    regions = {
        "0114": box(0, 0, 1, 1),
        "0115": MultiPolygon([box(1, 0, 2, 1), box(10, 10, 11, 11)]),
        "0980": box(5, 5, 6, 6),  # an island
        "0999": Polygon(),
    }
    adjacency = region_adjacency(regions)
    assert adjacency == {"0114": {"0115"}, "0115": {"0114"}, "0980": set(), "0999": set()}
    with pytest.raises(InputError, match="tolerance"):
        region_adjacency(regions, tolerance=-1)


def test_borders_between_counties_and_countries_not_on_the_outline():
    from RegionAtlas.regionatlas.geometry.borders import border_lines

    # 2 x 3 unit squares: columns 0-1 county "01", column 2 county "02"; row 1 is country "NO"
    squares = {f"r{i}c{j}": box(j, i, j + 1, i + 1) for i in range(2) for j in range(3)}
    county = {k: "02" if k.endswith("c2") else "01" for k in squares}
    country = {k: "NO" if k.startswith("r1") else "SE" for k in squares}
    lines = dict(border_lines(squares, county))
    assert set(lines) == {"county"}
    assert lines["county"].hausdorff_distance(LineString([(2, 0), (2, 2)])) < 1e-6  # no outline
    # counties that also differ across the national border: that stretch is drawn once
    county = {k: county[k] + k[:2] for k in squares}
    both = dict(border_lines(squares, county, country))
    assert both["national"].hausdorff_distance(LineString([(0, 1), (3, 1)])) < 1e-6
    # the county border along y < 1 and y > 1, without any part on the national border
    assert both["county"].length == pytest.approx(2.0)
    assert both["county"].intersection(both["national"]).length == 0
    with pytest.raises(InputError, match="1 unit.*no county code.*r0c0"):
        border_lines(squares, {**county, "r0c0": None})
