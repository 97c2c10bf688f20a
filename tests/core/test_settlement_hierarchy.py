"""Settlement hierarchy rule tables, index mode and rank-size (spec section 2)."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.settlement import (
    PRESETS,
    classify_by_index,
    classify_by_rules,
    composite_centrality,
    parse_rule_table,
    preset_rule_table,
    rank_size,
)


def _tatorter(shared_data) -> pd.DataFrame:
    from osgeo import ogr

    ds = ogr.Open(str(shared_data("sweden", "tatorter2020_3006.gpkg")))
    layer = ds.GetLayer(0)
    rows = [
        {"id": f.GetField("code"), "population": f.GetField("pop"), "lan": f.GetField("lan_code")}
        for f in layer
    ]
    return pd.DataFrame(rows)


def test_population_preset_on_swedish_tatorter(shared_data):
    data = _tatorter(shared_data)
    assert len(data) == 2017
    res = classify_by_rules(data, "population_classes")
    counts = res.counts()
    # independent count with plain numpy comparisons
    pop = data["population"].to_numpy()
    expected = {
        ">= 50 000": int((pop >= 50000).sum()),
        "10 000 - 49 999": int(((pop >= 10000) & (pop < 50000)).sum()),
        "2 000 - 9 999": int(((pop >= 2000) & (pop < 10000)).sum()),
        "200 - 1 999": int(((pop >= 200) & (pop < 2000)).sum()),
    }
    assert counts == expected
    assert sum(counts.values()) == 2017  # every tätort has >= 200 inhabitants
    print("tatorter 2020 population classes:", counts)
    table = res.table.set_index("id")
    big = data.loc[data["population"].idxmax(), "id"]
    assert table.loc[big, "class_rank"] == 1
    assert table.loc[big, "matched_rule"] == ">= 50 000: population >= 50000"


def test_rank_size_per_region_on_tatorter(shared_data):
    data = _tatorter(shared_data)
    rs = rank_size(data["population"], data["lan"])
    assert len(rs) == 21 and (rs["n"].sum() == 2017)
    assert (rs["slope"] < 0).all() and rs["r2"].between(0, 1).all()
    whole = rank_size(data["population"])
    assert -1.5 < whole.loc[0, "slope"] < -0.5


def test_rank_size_exact_on_a_power_law():
    ranks = np.arange(1, 11)
    sizes = 1e6 * (ranks - 0.5) ** -1.2
    rs = rank_size(sizes)
    assert rs.loc[0, "slope"] == pytest.approx(-1.2)
    assert rs.loc[0, "r2"] == pytest.approx(1.0)
    rs2 = rank_size([100, 50, 0, np.nan], ["a", "a", "a", "a"], min_settlements=2)
    assert rs2.loc[0, "n"] == 2 and rs2.loc[0, "n_excluded"] == 2


def test_first_match_wins_and_and_or():
    rules = {
        "classes": [
            {
                "class": "Core",
                "combine": "AND",
                "conditions": [
                    {"indicator": "population", "op": ">=", "value": 1000},
                    {"indicator": "jobs", "op": ">=", "value": 500},
                ],
            },
            {
                "class": "Node",
                "combine": "OR",
                "conditions": [
                    {"indicator": "population", "op": ">=", "value": 1000},
                    {"indicator": "school", "op": "present"},
                ],
            },
        ],
        "fallback": "Other",
    }
    data = pd.DataFrame(
        {
            "id": ["1", "2", "3", "4"],
            "population": [2000, 2000, 10, 10],
            "jobs": [600, 10, 0, 0],
            "school": [0, 0, 1, 0],
        }
    )
    res = classify_by_rules(data, json.dumps(rules))
    t = res.table.set_index("id")
    assert t["class"].to_dict() == {"1": "Core", "2": "Node", "3": "Node", "4": "Other"}
    assert t["class_rank"].to_dict() == {"1": 1, "2": 2, "3": 2, "4": 3}
    assert t.loc["2", "matched_rule"] == "Node: population >= 1000 OR school present"
    assert "fallback" in t.loc["4", "matched_rule"]
    assert any("'Other'" in m and "4" in m for m in res.messages)


def test_rufs_preset():
    table = preset_rule_table("rufs_landsbygdsnod")
    assert "RUFS" in table.source and table.fallback
    data = pd.DataFrame(
        {
            "id": ["a", "b"],
            "population": [1200, 1200],
            "grocery": [1, 1],
            "school": [1, 1],
            "sports_ground": [True, True],
            "elderly_care": [1, 0],
            "pt_interchange": [2, 1],
        }
    )
    t = classify_by_rules(data, table).table.set_index("id")
    assert t.loc["a", "class"] == "Landsbygdsnod" and t.loc["b", "class"] != "Landsbygdsnod"
    assert all(p["source"] for p in PRESETS.values())


def test_malformed_rule_json():
    with pytest.raises(InputError, match=r"not valid JSON.*line 1, column"):
        parse_rule_table('{"classes": [')
    with pytest.raises(InputError, match="classes"):
        parse_rule_table("{}")
    with pytest.raises(InputError, match=r"Class 1 \('A'\).*conditions"):
        parse_rule_table({"classes": [{"class": "A"}]})
    with pytest.raises(InputError, match="unknown operator '=>'"):
        parse_rule_table(
            {
                "classes": [
                    {
                        "class": "A",
                        "conditions": [{"indicator": "population", "op": "=>", "value": 1}],
                    }
                ]
            }
        )
    with pytest.raises(InputError, match="must be a number"):
        parse_rule_table(
            {
                "classes": [
                    {
                        "class": "A",
                        "conditions": [{"indicator": "population", "op": ">=", "value": "lots"}],
                    }
                ]
            }
        )


def test_unknown_indicator_is_named():
    data = pd.DataFrame({"id": ["1"], "population": [5]})
    rules = {"classes": [{"class": "A", "conditions": [{"indicator": "jobs", "value": 1}]}]}
    with pytest.raises(InputError, match=r"indicator\(s\) 'jobs'.*Available: population"):
        classify_by_rules(data, rules)


def test_unmatched_settlements_are_named_and_fallback_offered():
    data = pd.DataFrame({"id": ["0114", "0115", "0116"], "population": [500, 50, np.nan]})
    rules = {
        "classes": [{"class": "Big", "conditions": [{"indicator": "population", "value": 100}]}]
    }
    with pytest.raises(InputError, match=r"2 settlement\(s\) match no class.*0115, 0116.*fallback"):
        classify_by_rules(data, rules)
    res = classify_by_rules(data, rules, fallback="Small")
    assert res.table.set_index("id").loc["0115", "class"] == "Small"


def test_index_mode_jenks_quantiles_fixed():
    rng = np.random.default_rng(1)
    n = 60
    data = pd.DataFrame(
        {
            "id": [str(i) for i in range(n)],
            "population": np.concatenate([rng.normal(1000, 50, 40), rng.normal(20000, 500, 20)]),
            "jobs": np.concatenate([rng.normal(300, 20, 40), rng.normal(9000, 300, 20)]),
        }
    )
    res = classify_by_index(data, {"population": 1, "jobs": 1}, method="jenks", n_classes=2)
    t = res.table
    # natural breaks separate the two groups exactly; class 1 = the high group
    assert (t["class_rank"].to_numpy() == np.where(np.arange(n) >= 40, 1, 2)).all()
    z = lambda x: (x - x.mean()) / x.std(ddof=0)  # noqa: E731  (population SD)
    expected = (z(data["population"]) + z(data["jobs"])) / 2
    assert np.allclose(t["index_value"], expected)
    q = classify_by_index(data, {"population": 1}, method="quantiles", n_classes=4).table
    assert sorted(q["class_rank"].value_counts().tolist()) == [15, 15, 15, 15]
    f = classify_by_index(
        data, {"population": 1}, standardise_how="rank", method="fixed", breaks=[0.5]
    ).table
    assert (f["class_rank"] == 1).sum() == 30 and f["index_value"].between(0, 1).all()
    assert "fixed breaks" in f["matched_rule"].iloc[0]


def test_index_mode_bad_input():
    data = pd.DataFrame({"id": ["1", "2", "3"], "population": [1, 2, np.nan]})
    with pytest.raises(InputError, match=r"'population' is missing for settlement\(s\) 3"):
        classify_by_index(data, {"population": 1})
    with pytest.raises(InputError, match="'jobs'"):
        classify_by_index(data, {"jobs": 1})
    data2 = pd.DataFrame({"id": ["1", "2", "3"], "population": [1, 1, 2]})
    with pytest.raises(InputError, match="different index values"):
        classify_by_index(data2, {"population": 1}, n_classes=3)


def test_rules_can_use_a_dominant_flow_role():
    data = pd.DataFrame(
        {
            "id": ["1", "2", "3"],
            "population": [60000, 60000, 900],
            "role": ["dominant", "dominated", None],
        }
    )
    rules = {
        "classes": [
            {
                "class": "Regional core",
                "conditions": [
                    {"indicator": "population", "op": ">=", "value": 50000},
                    {"indicator": "role", "op": "==", "value": "dominant"},
                ],
            },
            {"class": "Rest", "conditions": [{"indicator": "population", "op": ">=", "value": 0}]},
        ]
    }
    t = classify_by_rules(data, rules).table.set_index("id")
    assert t["class"].to_dict() == {"1": "Regional core", "2": "Rest", "3": "Rest"}
    assert "role == 'dominant'" in t.loc["1", "matched_rule"]
    bad = {
        "classes": [
            {
                "class": "A",
                "conditions": [
                    {"indicator": "role", "op": "==", "value": "dominant"},
                    {"indicator": "role", "op": ">=", "value": 1},
                ],
            }
        ]
    }
    with pytest.raises(InputError, match="both with text and with numbers"):
        classify_by_rules(data, bad)


def test_composite_centrality_preset_with_absent_indicators(shared_data):
    data = _tatorter(shared_data)
    res = composite_centrality(data[["id", "population"]])
    t = res.table
    assert sorted(t["class_rank"].unique().tolist()) == [1, 2, 3, 4]
    assert any("jobs" in m for m in res.messages)
    # class 1 holds the largest places: the index is monotone in population here
    top = t.loc[t["class_rank"] == 1, "id"]
    assert data.loc[data["id"].isin(top), "population"].min() > data["population"].median()
    with pytest.raises(InputError, match="at least one of the fields"):
        composite_centrality(data[["id", "lan"]])


def test_rank_size_of_column_per_region_keeps_ids_and_groups_sizes():
    from RegionAtlas.regionatlas.settlement.hierarchy import rank_size_of_column

    data = pd.DataFrame(
        {
            "pop": ["1000", 500, 250, "x", 90, 30, 10],
            "lan": ["01", "01", "01", "01", 3, 3, 3],
        }
    )
    table, sizes = rank_size_of_column(data, "pop", "lan")
    assert table["region"].tolist() == ["01", "3"]
    assert table["n"].tolist() == [3, 3] and table["n_excluded"].tolist() == [1, 0]
    assert set(sizes) == {"01", "3"}
    np.testing.assert_array_equal(sizes["01"][:3], [1000, 500, 250])
    assert np.isnan(sizes["01"][3])
    np.testing.assert_array_equal(sizes["3"], [90, 30, 10])
    expected = rank_size([1000, 500, 250])
    assert table["slope"].iloc[0] == pytest.approx(expected["slope"].iloc[0])
    whole, all_sizes = rank_size_of_column(data, "pop")
    assert list(all_sizes) == [None] and whole["n"].tolist() == [6]


def test_read_rule_table_names_the_file(tmp_path):
    from RegionAtlas.regionatlas.settlement.hierarchy import (
        PRESET_POPULATION,
        PRESETS,
        read_rule_table,
    )

    good = tmp_path / "orter.json"
    good.write_text(json.dumps(PRESETS[PRESET_POPULATION]), encoding="utf-8")
    assert read_rule_table(good).to_dict() == parse_rule_table(PRESETS[PRESET_POPULATION]).to_dict()
    with pytest.raises(InputError, match="saknas.json does not exist"):
        read_rule_table(tmp_path / "saknas.json")
    bad = tmp_path / "trasig.json"
    bad.write_text('{"classes": [', encoding="utf-8")
    with pytest.raises(InputError, match=r"Rule table trasig\.json: .*not valid JSON"):
        read_rule_table(bad)
