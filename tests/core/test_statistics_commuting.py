"""The commuting loaders' core (regionatlas/statistics/commuting.py, metadata.py, reform.py):
metadata of real stored answers (tests/data/statistics/README.md), variable detection,
query building, series breaks, code changes between years, and the Norwegian 2020 reform
carried with SSB's own code changes, checked against SSB's real commuting tables of 2017,
2019 and 2020 in ../shared/data (table 03321 via statisticsnorway/pendling)."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.statistics.commuting import (
    SCB_COMMUTING,
    SSB_COMMUTING,
    CommutingRequest,
    build_selection,
    changed_codes,
    crossed_breaks,
    find_roles,
    parse_select,
    parse_years,
)
from RegionAtlas.regionatlas.statistics.metadata import metadata_url, parse_metadata
from RegionAtlas.regionatlas.statistics.reform import (
    SPLITS_DROP,
    CodeChanges,
    carry_od,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "statistics"
TAB5974_META = (DATA / "scb" / "TAB5974_metadata.json").read_bytes()
SSB05300_META = (DATA / "ssb" / "05300_metadata_v0.json").read_bytes()


def test_metadata_of_scbs_answer_lists_variables_codes_and_roles():
    meta = parse_metadata(TAB5974_META, "TAB5974")
    assert [v.code for v in meta.variables] == [
        "InrikesUtrikes",
        "Alder",
        "Kon",
        "ContentsCode",
        "Tid",
    ]
    alder = meta.variable("Alder")
    assert alder.codes[:3] == ["0", "1", "2"] and alder.codes[-1] == "105+"
    assert len(alder.codes) == 106 and alder.elimination
    assert meta.variable("Tid").role == "time" and meta.variable("ContentsCode").role == "metric"
    assert meta.variable("Kon").texts == {"1": "män", "2": "kvinnor"}
    assert not meta.variable("Tid").elimination
    assert meta.title.startswith("Folkmängd efter inrikes/utrikes född")


def test_metadata_of_ssbs_v1_answer_is_read_too():
    meta = parse_metadata(SSB05300_META, "05300")
    assert [v.code for v in meta.variables] == ["Avstand1", "Kulturtilbud", "ContentsCode", "Tid"]
    assert meta.variable("Tid").role == "time" and meta.variable("Tid").codes[-1] == "2021"
    assert meta.variable("Avstand1").texts["01"] == "Under 1 km"


@pytest.mark.parametrize(
    ("raw", "words"),
    [(TAB5974_META[:500], "not complete JSON"), (b'{"error": "x"}', "does not describe a table")],
)
def test_broken_metadata_is_named(raw, words):
    with pytest.raises(InputError, match=words):
        parse_metadata(raw, "TAB5974", "http://x/tables/TAB5974/metadata")


def test_metadata_url_and_table_ids():
    assert metadata_url("https://a/api/v2/", "TAB1830") == (
        "https://a/api/v2/tables/TAB1830/metadata?lang=sv&outputFormat=json-stat2"
    )
    with pytest.raises(InputError, match="not a table id"):
        metadata_url("https://a/api/v2", "../x")


def test_patterns_find_the_commuting_variables_and_refuse_otherwise():
    meta = parse_metadata(TAB5974_META, "TAB5974")
    with pytest.raises(InputError) as error:
        find_roles(meta, SCB_COMMUTING, CommutingRequest())
    assert "Table TAB5974: found 0 variables for the home region" in str(error.value)
    assert "Alder (ålder)" in str(error.value)
    # The same table with its variables renamed as in SCB's commuting tables (Region Dalarna's
    # documented codes): the patterns find them by code and by text.
    for variable, code, label in (
        (meta.variables[0], "Bostadskommun", "bostadskommun"),
        (meta.variables[1], "Arbetsstallekommun", "arbetsställekommun"),
    ):
        variable.code, variable.label = code, label
    roles = find_roles(meta, SCB_COMMUTING, CommutingRequest())
    assert (roles.home, roles.work, roles.time, roles.sex, roles.contents) == (
        "Bostadskommun",
        "Arbetsstallekommun",
        "Tid",
        "Kon",
        "ContentsCode",
    )
    meta.variables[0].code = "X"  # found by its text now
    assert find_roles(meta, SCB_COMMUTING, CommutingRequest()).home == "X"
    ssb = parse_metadata(SSB05300_META, "05300")
    ssb.variables[0].code, ssb.variables[1].code = "Bokommuen", "ArbstedKomm"
    roles = find_roles(ssb, SSB_COMMUTING, CommutingRequest())
    assert (roles.home, roles.work, roles.sex) == ("Bokommuen", "ArbstedKomm", None)


def test_selection_uses_municipality_codes_counties_sex_and_fixed_values():
    meta = parse_metadata(TAB5974_META, "TAB5974")
    request = CommutingRequest(home_variable="InrikesUtrikes", work_variable="Alder")
    roles = find_roles(meta, SCB_COMMUTING, request)
    # no 4-digit (municipality) code in these two variables: said so
    with pytest.raises(InputError, match="variable InrikesUtrikes .* no municipality code"):
        build_selection(meta, roles, SCB_COMMUTING, request, ["2026"], False)
    request.select = parse_select("InrikesUtrikes=13,23; Alder=*")
    selection, sum_over = build_selection(meta, roles, SCB_COMMUTING, request, ["2026"], False)
    assert selection == {
        "InrikesUtrikes": ["13", "23"],
        "Alder": meta.variable("Alder").codes,
        "Kon": ["1", "2"],
        "ContentsCode": ["000005NO"],
        "Tid": ["2026"],
    }
    assert sum_over == ("Kon",)
    request.sex = 2
    assert build_selection(meta, roles, SCB_COMMUTING, request, ["2026"], False)[0]["Kon"] == ["2"]
    request.select = parse_select("InrikesUtrikes=99")
    with pytest.raises(InputError, match="no value 99; it has 13, 23, 83"):
        build_selection(meta, roles, SCB_COMMUTING, request, ["2026"], False)
    request.select = parse_select("Nosuch=1")
    with pytest.raises(InputError, match="no variable 'Nosuch'"):
        build_selection(meta, roles, SCB_COMMUTING, request, ["2026"], False)


def test_a_variable_that_cannot_be_left_out_must_be_chosen():
    meta = parse_metadata(TAB5974_META, "TAB5974")
    meta.variable("Alder").elimination = False
    request = CommutingRequest(
        home_variable="InrikesUtrikes", work_variable="Kon", select={"InrikesUtrikes": ["83"]}
    )
    request.select["Kon"] = ["1"]
    roles = find_roles(meta, SCB_COMMUTING, request)
    with pytest.raises(InputError, match=r"variable Alder \(ålder\) has 106 values"):
        build_selection(meta, roles, SCB_COMMUTING, request, ["2026"], False)


def test_text_parameters():
    assert parse_years("2019, 2021-2023;2020K4") == (["2019", "2020K4"], [(2021, 2023)])
    with pytest.raises(InputError, match="runs backwards"):
        parse_years("2023-2021")
    assert parse_select(" Alder = 16+ ; ContentsCode=A,B ") == {
        "Alder": ["16+"],
        "ContentsCode": ["A", "B"],
    }
    with pytest.raises(InputError, match="not of the form"):
        parse_select("Alder")


def test_series_breaks_crossed_by_the_chosen_years():
    breaks = SCB_COMMUTING.series_breaks
    assert crossed_breaks(breaks, ["2021", "2022"]) == []
    assert [b.after for b in crossed_breaks(breaks, ["2019", "2020"])] == [2020]
    assert [b.after for b in crossed_breaks(breaks, ["2003", "2023"])] == [2004, 2019, 2020]


def test_changed_codes_are_the_units_missing_in_some_years():
    od = pd.DataFrame(
        {
            "origin": ["0101", "0101", "3001", "0101"],
            "destination": ["0101", "0101", "3001", "3001"],
            "employed": [5, 6, 7, 1],
            "year": ["2019", "2020", "2020", "2019"],
        }
    )
    assert changed_codes(od) == {"3001": ["2019"]}
    assert changed_codes(od[od["year"] == "2020"]) == {}


# -- the 2020 reform, on SSB's own commuting tables -----------------------------------------------


def _ssb_od(shared_data, year: int) -> pd.DataFrame:
    path = shared_data("norway", f"commuting_{year}.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return pd.DataFrame(
        {
            "origin": [r["home_kommune"] for r in rows],
            "destination": [r["work_kommune"] for r in rows],
            "employed": [int(r["employed"]) for r in rows],
            "year": [str(year)] * len(rows),
        }
    )


def test_shipped_code_changes_are_ssbs_klass_list():
    changes = CodeChanges.read()
    assert sorted(changes.waves) == [2018, 2020]
    assert len(changes.waves[2020]) + len(changes.waves[2018]) == 363  # old codes
    assert changes.carry("0125", 2019) == ["3014"]  # Eidsberg -> Indre Østfold
    assert changes.carry("0702", 2017) == ["3802"]  # Holmestrand 2018, then 2020
    assert changes.carry("1601", 2017) == ["5001"]  # Trondheim
    assert changes.carry("1601", 2018) == ["1601"]  # already past the 2018 change
    assert changes.carry("0301", 2019) == ["0301"]  # Oslo kept its code
    assert changes.carry("1850", 2019) == ["1806", "1875"]  # Tysfjord was split
    assert changes.carry("3001", 2020) == ["3001"]


@pytest.mark.parametrize("year", [2017, 2018, 2019])
def test_carried_codes_are_the_2020_municipalities(shared_data, year):
    """SSB's table of {year}, carried to 2020, has the municipalities of SSB's 2020 table,
    except those whose territory was split (their flows are dropped and counted). Known gap:
    Rindal (1567) moved county on 1 January 2019 (code 5061); the stored KLASS list holds the
    2018 and 2020 changes only, so 1567 of 2017 and 2018 stays as it is (and the loader's
    check of codes between years stops on it)."""
    od = _ssb_od(shared_data, year)
    od2020 = _ssb_od(shared_data, 2020)
    codes_2020 = set(od2020["origin"]) | set(od2020["destination"])
    with pytest.raises(InputError, match="1850 -> 1806, 1875"):
        carry_od(od, CodeChanges.read())
    carried, record = carry_od(od, CodeChanges.read(), SPLITS_DROP)
    codes = set(carried["origin"]) | set(carried["destination"])
    assert codes - codes_2020 == ({"1567"} if year < 2019 else set())
    # 2020 municipalities not reached: those fed (also) by split territory, and Rindal
    assert codes_2020 - codes <= {"5061", "1806", "1875", "5402", "5412", "5426", "5055"}
    assert set(record["split_codes"]) == {"1850", "1852", "1903", "1940"} | (
        {"1613"} if year < 2018 else {"5012"}
    )
    assert carried["employed"].sum() + record["persons_dropped"] == od["employed"].sum()
    assert not carried.duplicated(["origin", "destination", "year"]).any()


def test_merged_municipalities_add_up():
    od = pd.DataFrame(
        {
            "origin": ["0122", "0123", "0301"],
            "destination": ["0301", "0301", "0301"],
            "employed": [10, 20, 30],
            "year": ["2019", "2019", "2019"],
        }
    )
    carried, record = carry_od(od, CodeChanges.read())
    assert carried.values.tolist() == [
        ["0301", "0301", 30, "2019"],
        ["3014", "0301", 30, "2019"],
    ]
    assert record["codes_changed"] == 2
