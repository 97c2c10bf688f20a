"""Point labels without overlap (regionatlas.labels), and the interest/influence matrix that
uses them: "Länsstyrelsen Dalarna" used to be drawn on top of "Falu kommun"."""

from __future__ import annotations

import itertools
import random
import re

import pytest
from RegionAtlas.regionatlas.labels import Box, estimate_text_width, place_labels


def _no_overlaps(placements, points, radius):
    markers = [Box(x - radius, y - radius, 2 * radius, 2 * radius) for x, y in points]
    for a, b in itertools.combinations([p.box for p in placements], 2):
        assert a.overlap(b) == 0, (a, b)
    for placed in placements:
        for marker in markers:
            assert placed.box.overlap(marker) == 0


def test_a_lone_label_sits_right_of_its_point():
    (placed,) = place_labels([(50, 50)], [(40, 10)], 5, Box(0, 0, 200, 100))
    assert placed.box == Box(50 + 1.3 * 5, 45, 40, 10)
    assert not placed.leader and not placed.overlaps


def test_crowded_points_get_distinct_places_and_stay_inside():
    rng = random.Random(4)
    bounds = Box(0, 0, 480, 400)
    # 14 stakeholders in three cells of the matrix, long names: the case that overlapped
    points = [(300 + rng.uniform(-15, 15), 100 + rng.uniform(-15, 15)) for _ in range(6)]
    points += [(300 + rng.uniform(-15, 15), 180 + rng.uniform(-15, 15)) for _ in range(5)]
    points += [(220 + rng.uniform(-15, 15), 100 + rng.uniform(-15, 15)) for _ in range(3)]
    names = [f"Länsstyrelsen i län {i}" if i % 2 else f"Falu kommun {i}" for i in range(14)]
    sizes = [(estimate_text_width(n, 11), 14) for n in names]
    placements = place_labels(points, sizes, 6, bounds)
    assert not any(p.overlaps for p in placements)
    _no_overlaps(placements, points, 6)
    assert all(p.box.inside(bounds) for p in placements)
    assert any(p.leader for p in placements)  # some had to move out, joined by a line


def test_impossible_layouts_say_so():
    placements = place_labels([(10, 10)] * 3, [(90, 40)] * 3, 5, Box(0, 0, 100, 50))
    # three 90 x 40 labels cannot share a 100 x 50 chart: the later ones are reported
    assert placements[1].overlaps and placements[2].overlaps
    with pytest.raises(ValueError):
        place_labels([(0, 0)], [], 5, Box(0, 0, 10, 10))


def test_matrix_svg_labels_do_not_overlap():
    from RegionAtlas.regionatlas.notes import Stakeholder
    from RegionAtlas.regionatlas.notes.report import matrix_points, matrix_svg

    people = [
        Stakeholder("Länsstyrelsen Dalarna", "statlig myndighet", interest=4, influence=5),
        Stakeholder("Falu kommun", "kommun", interest=4, influence=5),
        Stakeholder("Borlänge kommun", "kommun", interest=4, influence=5),
        Stakeholder("Region Dalarna", "region", interest=5, influence=5),
        Stakeholder("Trafikverket Region Mitt", "statlig myndighet", interest=5, influence=4),
        Stakeholder("Dalarnas Hembygdsförbund", "förening", interest=5, influence=4),
    ]
    svg = matrix_svg(matrix_points(people))
    boxes = []
    for x, y, text in re.findall(r'<text x="([\d.]+)" y="([\d.]+)" font-size="11">([^<]+)<', svg):
        boxes.append(Box(float(x), float(y) - 11, estimate_text_width(text, 11), 11 * 1.25))
    assert len(boxes) == len(people)
    for a, b in itertools.combinations(boxes, 2):
        assert a.overlap(b) == 0
