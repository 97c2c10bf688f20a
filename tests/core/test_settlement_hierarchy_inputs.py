"""regionatlas.settlement.hierarchy_inputs: services, RUFS services, weights and breaks."""

from __future__ import annotations

import pandas as pd
import pytest
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.settlement.hierarchy import classify_by_rules
from RegionAtlas.regionatlas.settlement.hierarchy_inputs import (
    ID_COLUMN,
    SERVICES,
    composite_weights,
    indicator_frame,
    parse_breaks,
    parse_weights,
    rufs_rule_table,
    services_indicator,
    uses_indicator,
)


def test_services_indicator_sums_counts_and_flags():
    frame = pd.DataFrame(
        {"id": ["a", "b", "c"], "shop": [2, None, 1], "school": [True, False, "1"]}
    )
    assert services_indicator(frame, ["shop", "school"], "id").tolist() == [3.0, 0.0, 2.0]
    frame["shop"] = [2, "många", 1]
    with pytest.raises(InputError, match="'shop'.*b"):
        services_indicator(frame, ["shop"], "id")


def test_rufs_rule_with_own_services():
    frame = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "population": [1200, 1500, 900],
            "livs": [1, 0, 1],
            "skola": [1, 1, 1],
        }
    )
    rules = rufs_rule_table(["livs", "skola"])
    assert rules.indicators == ["population", "livs", "skola"]
    assert uses_indicator(rules, "livs") and not uses_indicator(rules, "grocery")
    result = classify_by_rules(frame, rules, id_column="id", fallback=rules.fallback)
    assert result.table.set_index("id")["class_rank"].to_dict() == {"a": 1, "b": 2, "c": 2}
    assert "grocery" in rufs_rule_table().indicators


def test_weights_and_breaks_as_typed():
    assert parse_weights(" population=2, jobs = 1 ") == {"population": 2.0, "jobs": 1.0}
    assert parse_weights('{"services": 0.5}') == {"services": 0.5}
    assert parse_weights("") is None
    for bad, words in [("population", "indicator=weight"), ("jobs=x", "'jobs'"), ("{1", "JSON")]:
        with pytest.raises(InputError, match=words):
            parse_weights(bad)
    assert parse_breaks("0.5; 1,2") == [0.5, 1.0, 2.0]
    with pytest.raises(InputError, match="'1, two'"):
        parse_breaks("1, two")


def test_composite_weights_on_the_indicators_given():
    weights, absent = composite_weights(["population", "services", "namn"])
    assert weights == {"population": 1.0, "services": 1.0}
    assert absent == ["jobs", "in_commuting"]
    with pytest.raises(InputError, match="at least one"):
        composite_weights(["namn"])


def test_indicator_frame_names_indicators_and_sums_services():
    attributes = pd.DataFrame(
        {"pop": [1200, 300], "shop": [1, None], "school": [True, False], "name": ["a", "b"]}
    )
    frame, used = indicator_frame(
        attributes, ["0114", "0115"], {"population": "pop", "jobs": None}, ["shop", "school"]
    )
    assert frame[ID_COLUMN].tolist() == ["0114", "0115"]
    assert frame["population"].tolist() == [1200, 300]
    assert "jobs" not in frame.columns
    assert frame[SERVICES].tolist() == [2.0, 0.0]
    assert frame["name"].tolist() == ["a", "b"]
    assert used == {"population": "pop", SERVICES: "shop+school"}
    assert list(attributes.columns) == ["pop", "shop", "school", "name"]


def test_indicator_frame_without_services_has_no_services_column():
    frame, used = indicator_frame(pd.DataFrame({"j": [5]}), ["1"], {"jobs": "j"})
    assert SERVICES not in frame.columns
    assert used == {"jobs": "j"}
