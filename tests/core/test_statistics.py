"""The statistics core (regionatlas/statistics) on a real stored PxWebApi 2 response of SCB
(tests/data/statistics/README.md): json-stat2 parsing, query splitting under the cell limit,
the rate limiter, the response cache, the fetch loop and the OD reshaping."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from RegionAtlas.regionatlas.errors import Cancelled, InputError
from RegionAtlas.regionatlas.statistics.jsonstat import parse_jsonstat2
from RegionAtlas.regionatlas.statistics.od import od_frame
from RegionAtlas.regionatlas.statistics.providers import SCB, Provider
from RegionAtlas.regionatlas.statistics.query import cells, data_body, data_url, split_selection
from RegionAtlas.regionatlas.statistics.transport import RateLimiter, ResponseCache, fetch_table

DATA = Path(__file__).resolve().parents[1] / "data" / "statistics" / "scb"
TAB5974 = (DATA / "TAB5974_data.json").read_bytes()


def test_real_response_parses_to_the_cells_in_order():
    table = parse_jsonstat2(TAB5974)
    assert table.dimensions == ["InrikesUtrikes", "Alder", "Kon", "ContentsCode", "Tid"]
    rows = table.frame[["Kon", "Tid", "InrikesUtrikes", "value"]].values.tolist()
    assert rows == [["1", "2026", "83", 50080.0], ["2", "2026", "83", 47361.0]]
    assert table.labels["Kon"] == {"1": "män", "2": "kvinnor"}
    assert table.metadata["table"] == "TAB5974" and table.metadata["source"] == "SCB"


def test_the_provider_limits_are_scbs_own():
    config = json.loads((DATA / "config.json").read_text("utf-8"))
    assert SCB.max_cells == config["maxDataCells"]
    assert (SCB.max_calls, SCB.window_s) == (config["maxCallsPerTimeWindow"], config["timeWindow"])
    assert SCB.licence == config["license"]


def test_cells_follow_the_json_stat_row_major_order():
    """json-stat 2.0 ("value"): the last dimension varies fastest. A format example built
    here from the specification, not a response of any API."""
    dataset = {
        "class": "dataset",
        "version": "2.0",
        "id": ["home", "work", "year"],
        "size": [2, 3, 2],
        "dimension": {
            "home": {"category": {"index": {"0114": 0, "0115": 1}}},
            "work": {"category": {"index": ["0114", "0115", "0117"]}},
            "year": {"category": {"index": {"2022": 0, "2023": 1}}},
        },
        "value": list(range(12)),
    }
    frame = parse_jsonstat2(json.dumps(dataset)).frame
    for _, row in frame.iterrows():
        i = ["0114", "0115"].index(row["home"])
        j = ["0114", "0115", "0117"].index(row["work"])
        k = ["2022", "2023"].index(row["year"])
        assert row["value"] == i * 6 + j * 2 + k


def test_response_cut_in_the_middle_is_refused():
    with pytest.raises(InputError, match="not complete JSON"):
        parse_jsonstat2(TAB5974[: len(TAB5974) // 2], "http://x/data")


def test_response_with_missing_values_is_refused():
    data = json.loads(TAB5974)
    data["value"] = data["value"][:1]
    with pytest.raises(InputError, match="1 values for 2 cells"):
        parse_jsonstat2(json.dumps(data))


def test_missing_cells_stay_missing_with_their_symbol():
    data = json.loads(TAB5974)
    data["value"][1] = None
    data["status"] = {"1": ".."}
    table = parse_jsonstat2(json.dumps(data))
    assert table.frame["value"].isna().tolist() == [False, True]
    assert table.frame["status"].tolist() == ["", ".."]


def test_split_covers_every_cell_exactly_once_under_the_limit():
    selection = {
        "A": [f"a{i}" for i in range(7)],
        "B": ["b0", "b1", "b2", "b3", "b4"],
        "C": ["c0", "c1", "c2"],
    }
    for limit in (1, 4, 10, 15, 36, 105, 1000):
        parts = split_selection(selection, limit)
        assert all(cells(p) <= limit for p in parts)
        seen = [c for p in parts for c in itertools.product(*p.values())]
        assert sorted(seen) == sorted(itertools.product(*selection.values()))
    assert len(split_selection(selection, 1000)) == 1


def test_sweden_od_for_two_years_fits_in_few_calls():
    kommuner = [f"{i:04d}" for i in range(290)]
    selection = {"Bostadskommun": kommuner, "Arbetsstallekommun": kommuner, "Tid": ["2022", "2023"]}
    parts = split_selection(selection, SCB.max_cells)
    assert len(parts) == 2 and all(cells(p) <= SCB.max_cells for p in parts)


def test_bad_queries_are_refused():
    with pytest.raises(InputError, match="'Kon'"):
        split_selection({"Kon": []}, 10)
    with pytest.raises(InputError, match="twice"):
        split_selection({"Kon": ["1", "1"]}, 10)
    with pytest.raises(InputError, match="not a table id"):
        data_url(SCB.base_url, "../../etc")
    assert json.loads(data_body({"Kon": ["1"]})) == {
        "selection": [{"variableCode": "Kon", "valueCodes": ["1"]}]
    }


def test_rate_limiter_waits_for_the_window():
    now = [0.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(30, 10.0, clock=lambda: now[0], sleep=sleep)
    for _ in range(30):
        limiter.wait()
        now[0] += 0.1
    assert slept == []
    limiter.wait()  # the 31st call within 10 s waits until the first leaves the window
    assert slept == [pytest.approx(7.0)]


def _fetcher(responses):
    calls = []

    def fetch(url, body):
        calls.append((url, body))
        return responses[len(calls) - 1] if isinstance(responses, list) else responses

    return fetch, calls


def test_fetch_table_caches_parsed_responses_only(tmp_path):
    cache = ResponseCache(tmp_path / "cache")
    selection = {"Kon": ["1", "2"], "Tid": ["2026"]}
    fetch, calls = _fetcher([TAB5974[:100], TAB5974, TAB5974])
    with pytest.raises(InputError, match="not complete JSON"):
        fetch_table(SCB, "TAB5974", selection, fetch, cache)
    assert list((tmp_path / "cache").glob("*")) == []  # the cut response is not kept
    table = fetch_table(SCB, "TAB5974", selection, fetch, cache)
    again = fetch_table(SCB, "TAB5974", selection, fetch, cache)
    assert len(calls) == 2  # the third came from the cache
    assert again.frame.equals(table.frame)


def test_fetch_table_splits_checks_each_part_and_stops_on_cancel():
    """Over the limit the query is split (here: one sex per call). Each part's answer must
    hold exactly that part: the stored answer holds both sexes, so joining it twice (and
    counting every person twice) is refused at the first part."""
    small = Provider("t", "test", "http://127.0.0.1/api/v2", 1, 100, 1.0, "")
    fetch, calls = _fetcher(TAB5974)
    with pytest.raises(InputError, match="does not match the query: variable 'Kon'"):
        fetch_table(small, "TAB5974", {"Kon": ["1", "2"]}, fetch)
    assert [json.loads(body)["selection"] for _url, body in calls] == [
        [{"variableCode": "Kon", "valueCodes": ["1"]}]
    ]
    fits = Provider("t", "test", "http://127.0.0.1/api/v2", 2, 100, 1.0, "")
    table = fetch_table(fits, "TAB5974", {"Kon": ["1", "2"]}, fetch)
    assert len(calls) == 2 and table.metadata["calls"] == 1 and len(table.frame) == 2
    with pytest.raises(Cancelled):
        fetch_table(small, "TAB5974", {"Kon": ["1", "2"]}, fetch, cancelled=lambda: True)


def test_od_frame_sums_over_sex_and_keeps_text_ids():
    table = parse_jsonstat2(TAB5974)
    od = od_frame(table, "InrikesUtrikes", "Alder", "Tid", sum_over=("Kon",))
    assert od.values.tolist() == [["83", "0", 97441, "2026"]]
    with pytest.raises(InputError, match="'Kon' holds 2 values"):
        od_frame(table, "InrikesUtrikes", "Alder", "Tid")
    with pytest.raises(InputError, match="no variable 'Region'"):
        od_frame(table, "Region", "Alder", "Tid")
