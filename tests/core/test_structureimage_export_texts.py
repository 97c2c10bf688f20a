"""Rules of the exported structure image moved out of the adapters (issue 11): file names,
the source line, the provenance records, routing scaled to the map, the nodes corridors bend
around and cross-border flags (no QGIS)."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from RegionAtlas.regionatlas.structureimage.corridors import nullable_flag
from RegionAtlas.regionatlas.structureimage.drawing import OBSTACLE_RANKS, obstacles
from RegionAtlas.regionatlas.structureimage.extent import map_diagonal
from RegionAtlas.regionatlas.structureimage.layout import is_file_name
from RegionAtlas.regionatlas.structureimage.page_texts import (
    names_its_source,
    provenance_records,
    recorded_parameters,
)
from RegionAtlas.regionatlas.structureimage.routing import route_corridors


@pytest.mark.parametrize("name", ["structure_image", "Strukturbild Västra Götaland", "a.b-c"])
def test_plain_file_names_are_accepted(name):
    assert is_file_name(name)


@pytest.mark.parametrize("name", ["a/b", "a\\b", "c:d", "what?", "x*", 'q"', "<x>", "a|b"])
def test_file_names_with_forbidden_characters_are_refused(name):
    assert not is_file_name(name)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Källa: SCB", True),
        ("Source: Statistics Sweden", True),
        ("data: Lantmäteriet", True),
        ("SCB 2023", False),
        ("Bearbetning: Region X", False),
        ("Statistics Sweden, source of the flows", False),
    ],
)
def test_source_texts_that_name_their_source(text, expected):
    assert names_its_source(text) is expected


def test_provenance_records_keep_plain_text_and_algorithm_records_only():
    record = {"algorithm": "regionatlas:structureimage", "parameters": {"CURVED": True}}
    lines, records = provenance_records(
        "made by hand", [json.dumps(record), "not json", None, json.dumps({"other": 1})]
    )
    assert lines == ["made by hand"]
    assert records == [record]
    lines, records = provenance_records(json.dumps(record), [])
    assert lines == [] and records == [record]


def test_recorded_parameters_leave_out_layers_outputs_paths_and_empty_values():
    record = {
        "algorithm": "regionatlas:structureimage",
        "parameters": {
            "WIDTH_CLASSES": 5,
            "CURVED": True,
            "NODES": "tätorter",
            "OUTPUT_CORRIDORS": "memory:",
            "BORDER_FIELD": "",
            "TITLE": None,
            "TEMPLATE": "/home/me/a3.qpt",
            "STYLE": "C:\\styles\\x.qml",
            "SOURCE": "<layer>",
            "CORRIDOR_RULE": 1,
        },
    }
    assert recorded_parameters(record) == [
        ("CORRIDOR_RULE", 1),
        ("CURVED", True),
        ("WIDTH_CLASSES", 5),
    ]


def test_route_corridors_snaps_and_limits_access_by_the_diagonal():
    # Two lines meeting 0.5 mm apart (joined) and a third far away.
    lines = [
        np.array([[0.0, 0.0], [1000.0, 0.0]]),
        np.array([[1000.0005, 0.0], [2000.0, 0.0]]),
    ]
    starts = np.array([[0.0, 10.0], [0.0, 5000.0]])
    ends = np.array([[2000.0, 10.0], [2000.0, 10.0]])
    result = route_corridors(lines, starts, ends, [7.0, 3.0], diagonal=10_000.0)
    # Pair 1's start is 4990 m off the network, more than 5 % of the diagonal: not routed.
    assert result.unrouted == [1]
    assert sorted(p.flow for p in result.pieces) == [7.0, 7.0]
    # With a larger map the same access is allowed.
    wide = route_corridors(lines, starts, ends, [7.0, 3.0], diagonal=200_000.0)
    assert wide.unrouted == []


def test_nullable_flags_of_a_corridor_frame():
    flags = pd.array([True, False, pd.NA], dtype="boolean")
    assert [nullable_flag(v) for v in flags] == [True, False, None]
    assert nullable_flag(None) is None
    assert nullable_flag(float("nan")) is None
    assert nullable_flag(np.bool_(True)) is True


def test_obstacles_are_the_nodes_of_the_top_ranks():
    xy = [[0.0, 0.0], [1.0, 1.0], [2.0, 2.0], [3.0, 3.0]]
    ranks = [1, OBSTACLE_RANKS, OBSTACLE_RANKS + 1, 2]
    assert obstacles(xy, ranks).tolist() == [[0.0, 0.0], [1.0, 1.0], [3.0, 3.0]]
    assert obstacles([], []).shape == (0, 2)


def test_map_diagonal_is_at_least_one_unit():
    assert map_diagonal(3000.0, 4000.0) == 5000.0
    assert map_diagonal(0.0, 0.0) == 1.0
