"""Commuting indicators against hand computation (toy table and Norway 2022)."""

from __future__ import annotations

import csv
import math
from collections import defaultdict

import numpy as np
import pandas as pd
import pytest
from RegionAtlas.regionatlas.commuting.indicators import INDICATOR_FIELDS, commuting_indicators
from RegionAtlas.regionatlas.commuting.odtable import ODTable


def test_toy_table_by_hand():
    # A: 80 live and work in A, 15 go to B, 5 to C. B: 40 at home, 10 to A. C: only works in B.
    table = ODTable.from_records(
        ["A", "A", "A", "B", "B", "C"], ["A", "B", "C", "B", "A", "B"], [80, 15, 5, 40, 10, 7]
    )
    frame = commuting_indicators(table).set_index("unit_id")
    assert list(frame.reset_index().columns) == list(INDICATOR_FIELDS)
    a, b, c = frame.loc["A"], frame.loc["B"], frame.loc["C"]
    assert a.employed_residents == 100 and a.jobs == 90 and a.self_flow == 80
    assert a.out_commuters == 20 and a.in_commuters == 10 and a.net_commuting == -10
    assert a.largest_destination == "B"
    assert math.isclose(a.p1, 0.20) and math.isclose(a.p2, 0.15)
    assert math.isclose(a.sc_supply, 0.8) and math.isclose(a.sc_demand, 80 / 90)
    assert math.isclose(b.job_ratio, 62 / 50)
    # C has no jobs and no self-flow: demand-side SC and job ratio are 0/0 or 0/x.
    assert c.jobs == 5 and c.sc_supply == 0 and c.p1 == 1.0 and c.p2 == 1.0
    table2 = ODTable.from_records(["A", "B"], ["B", "B"], [3, 4])
    frame2 = commuting_indicators(table2).set_index("unit_id")
    assert np.isnan(frame2.loc["A", "sc_demand"])  # A has no jobs: 0/0 is missing, not 0


NORWAY_CHECK = ["0301", "3024", "5001", "1804", "3001"]


def test_norway_2022_against_hand_computation(shared_data):
    path = shared_data("norway", "commuting_2022.csv")
    frame = pd.read_csv(path, dtype=str)
    table = ODTable.from_frame(frame, "home_kommune", "work_kommune", "employed")
    result = commuting_indicators(table).set_index("unit_id")
    # Independent computation with plain Python over the CSV rows.
    out_of = defaultdict(dict)
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out_of[row["home_kommune"]][row["work_kommune"]] = float(row["employed"])
    for unit in NORWAY_CHECK:
        flows = out_of[unit]
        r = sum(flows.values())
        w = sum(dests.get(unit, 0.0) for dests in out_of.values())
        s = flows.get(unit, 0.0)
        others = {d: v for d, v in flows.items() if d != unit}
        top = max(others.values())
        till = min((d for d, v in others.items() if v == top), key=lambda x: (int(x), x))
        got = result.loc[unit]
        assert got.employed_residents == r
        assert got.jobs == w
        assert got.self_flow == s
        assert got.largest_destination == till
        assert math.isclose(got.p1, (r - s) / r)
        assert math.isclose(got.p2, top / r)
        assert math.isclose(got.sc_demand, s / w)
    # Oslo's largest destination and its self-containment, read off the data by hand.
    assert result.loc["0301", "largest_destination"] == "3024"  # Bærum
    assert result.loc["0301", "sc_supply"] == pytest.approx(327755 / 397199)


def test_scb_centres_use_the_named_thresholds():
    from RegionAtlas.regionatlas.commuting.indicators import scb_centres

    frame = pd.DataFrame({"p1": [0.20, 0.21, 0.10, np.nan], "p2": [0.075, 0.01, 0.076, np.nan]})
    assert scb_centres(frame).tolist() == [True, False, False, False]
    assert scb_centres(frame, max_out=0.25, max_single=0.08).tolist() == [True, True, True, False]
