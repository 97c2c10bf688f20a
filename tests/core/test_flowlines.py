"""Flow-line selection: filters, shares, width classes and border flags."""

from __future__ import annotations

import pytest
from RegionAtlas.regionatlas.commuting.flowlines import (
    FlowLineOptions,
    classify_widths,
    select_flow_lines,
)
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.errors import InputError

ROWS = [
    ("A", "A", 100),
    ("A", "B", 50),
    ("A", "C", 30),
    ("A", "D", 20),
    ("B", "A", 10),
    ("B", "B", 40),
    ("C", "D", 5),
]


@pytest.fixture
def table():
    o, d, c = zip(*ROWS)
    return ODTable.from_records(list(o), list(d), list(c))


def pairs(frame):
    return {(o, d) for o, d in zip(frame.origin, frame.destination)}


def test_all_flows_without_filters_and_no_self_flows(table):
    frame = select_flow_lines(table, FlowLineOptions())
    assert pairs(frame) == {("A", "B"), ("A", "C"), ("A", "D"), ("B", "A"), ("C", "D")}
    ab = frame[(frame.origin == "A") & (frame.destination == "B")].iloc[0]
    assert ab.flow == 50 and ab.reverse_flow == 10 and ab.total_flow == 60
    assert ab.share_of_outflow == pytest.approx(50 / 100)  # of A's 100 out-commuters
    assert ab.rank_in_origin == 1


def test_k_largest(table):
    frame = select_flow_lines(table, FlowLineOptions(k_largest=1))
    assert pairs(frame) == {("A", "B"), ("B", "A"), ("C", "D")}


def test_min_flow(table):
    frame = select_flow_lines(table, FlowLineOptions(min_flow=20))
    assert pairs(frame) == {("A", "B"), ("A", "C"), ("A", "D")}


def test_cumulative_share_keeps_until_threshold_reached(table):
    # A: 0.5, 0.8, 1.0 cumulative -> threshold 0.7 keeps B and C (C crosses 0.7).
    frame = select_flow_lines(table, FlowLineOptions(cumulative_share=0.7))
    assert {d for o, d in pairs(frame) if o == "A"} == {"B", "C"}
    frame = select_flow_lines(table, FlowLineOptions(cumulative_share=0.5))
    assert {d for o, d in pairs(frame) if o == "A"} == {"B"}


def test_filters_combine(table):
    frame = select_flow_lines(table, FlowLineOptions(k_largest=2, min_flow=40))
    assert pairs(frame) == {("A", "B")}


def test_merge_pairs(table):
    frame = select_flow_lines(table, FlowLineOptions(merge_pairs=True))
    ab = frame[(frame.origin == "A") & (frame.destination == "B")].iloc[0]
    assert ab.flow == 60
    assert ("B", "A") not in pairs(frame)


def test_cross_border_from_attribute_only(table):
    border = {"A": "05", "B": "05", "C": "06", "D": "06"}
    frame = select_flow_lines(table, FlowLineOptions(), border)
    flags = {(o, d): f for o, d, f in zip(frame.origin, frame.destination, frame.cross_border)}
    assert flags == {
        ("A", "B"): False,
        ("A", "C"): True,
        ("A", "D"): True,
        ("B", "A"): False,
        ("C", "D"): False,
    }


def test_width_classes_monotone_and_in_range():
    values = [1, 2, 5, 10, 100, 1000, 1000]
    classes = classify_widths(values, 5)
    assert classes[0] == 1 and classes[-1] == 5
    assert all(a <= b for a, b in zip(classes, classes[1:]))


@pytest.mark.parametrize(
    "options, word",
    [
        (FlowLineOptions(k_largest=0), "at least 1"),
        (FlowLineOptions(cumulative_share=1.5), "at most 1"),
        (FlowLineOptions(min_flow=-1), ">= 0"),
        (FlowLineOptions(width_classes=12), "between"),
    ],
)
def test_bad_options(table, options, word):
    with pytest.raises(InputError, match=word):
        select_flow_lines(table, options)


def test_legend_classes_per_border_group():
    import pandas as pd
    from RegionAtlas.regionatlas.commuting.flowlines import legend_classes

    lines = pd.DataFrame(
        {
            "flow": [500.0, 40.0, 35.0, 120.0],
            "width_class": [3, 1, 1, 2],
            "cross_border": [False, True, False, None],
        }
    )
    within, across = legend_classes(lines, with_border=True)
    assert within == {3: (500.0, 500.0), 1: (35.0, 35.0), 2: (120.0, 120.0)}
    assert across == {1: (40.0, 40.0)}
    every, none = legend_classes(lines, with_border=False)
    assert every[1] == (35.0, 40.0) and none is None
