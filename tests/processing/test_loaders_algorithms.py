"""regionatlas:loadscbcommuting and regionatlas:loadssbcommuting through processing.run,
against a local HTTP server that answers with real stored responses of the two APIs
(tests/data/statistics/README.md says what each file is and what it does not verify): the
table's metadata (GET) and data (POST) go through QgsBlockingNetworkRequest, the variables are
mapped by the loaders' own detection (or named in the advanced parameters where the stored
table is not a commuting table), and the OD table they write is read by
regionatlas:commutingindicators and regionatlas:commutingregions unchanged. Failure modes:
unknown table, variables not found, HTTP error, timeout, answer cut off, an answer that does
not match the query, a query split under the cell limit, codes that change between years,
cancel."""

from __future__ import annotations

import csv
import http.server
import json
import threading
import time
from pathlib import Path
from typing import ClassVar

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "statistics"
FILES = {
    "TAB5974": (DATA / "scb" / "TAB5974_metadata.json", DATA / "scb" / "TAB5974_data.json"),
    "05300": (DATA / "ssb" / "05300_metadata_v0.json", DATA / "ssb" / "05300_data.json"),
}


class _Handler(http.server.BaseHTTPRequestHandler):
    calls: ClassVar[list] = []

    def log_message(self, *args):
        pass

    def _table(self):
        return self.path.split("/tables/")[1].split("/")[0].split("?")[0]

    def do_GET(self):
        _Handler.calls.append(("GET", self.path, b""))
        table = self._table()
        base = table.split("-")[0]
        if base in FILES:
            self._send(200, FILES[base][0].read_bytes())
        else:
            self._send(404, b'{"error": "no such table"}')

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        _Handler.calls.append(("POST", self.path, body))
        table = self._table()
        base, _, mode = table.partition("-")
        data = FILES[base][1].read_bytes()
        if mode == "BROKEN":
            self._send(500, b"internal error")
        elif mode == "SLOW":
            time.sleep(3)
            self._send(200, data)
        elif mode == "CUT":
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.close_connection = True
        else:
            self._send(200, data)

    def _send(self, status, data):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a client that gave up (the timeout test) is expected, not an error


@pytest.fixture(scope="module")
def api():
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/api/v2"
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def fresh_cache(qgis_app, tmp_path, monkeypatch):
    """Each test starts with an empty response cache (in its own folder)."""
    from RegionAtlas.processing import commuting_loader
    from RegionAtlas.regionatlas.statistics.transport import ResponseCache

    monkeypatch.setattr(
        commuting_loader, "response_cache", lambda: ResponseCache(tmp_path / "cache")
    )
    _Handler.calls.clear()


def scb_params(api, out, **extra):
    """SCB's stored TAB5974 answer (2 cells: both sexes, 2026): two of its variables stand in
    for home and work region."""
    return {
        "TABLES": "TAB5974",
        "YEARS": "2026",
        "HOME_VARIABLE": "InrikesUtrikes",
        "WORK_VARIABLE": "Alder",
        "SELECT": "InrikesUtrikes=83; Alder=0",
        "BASE_URL": api,
        "OUTPUT": str(out),
        **extra,
    }


def ssb_params(api, out, **extra):
    """SSB's stored 05300 answer (6 x 8 x 1 x 9 cells)."""
    return {
        "TABLES": "05300",
        "YEARS": "1990-2025",
        "HOME_VARIABLE": "Avstand1",
        "WORK_VARIABLE": "Kulturtilbud",
        "SELECT": "Avstand1=*;Kulturtilbud=*",
        "BASE_URL": api,
        "OUTPUT": str(out),
        **extra,
    }


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def jsonstat_cells(path):
    """The answer's cells computed here straight from json-stat 2.0 (row-major, last
    dimension fastest), independently of the plugin's parser."""
    data = json.loads(Path(path).read_text("utf-8"))
    ids, sizes = data["id"], data["size"]
    codes = []
    for name in ids:
        index = data["dimension"][name]["category"]["index"]
        codes.append(sorted(index, key=index.get))
    cells = {}
    for position, value in enumerate(data["value"]):
        key, rest = [], position
        for size, dim_codes in zip(reversed(sizes), reversed(codes)):
            key.append(dim_codes[rest % size])
            rest //= size
        cells[tuple(reversed(key))] = value
    return ids, cells


def test_scb_loader_writes_the_od_table_of_scbs_answer(provider, api, tmp_path, feedback):
    import processing

    out = tmp_path / "od.csv"
    result = processing.run("regionatlas:loadscbcommuting", scb_params(api, out), feedback=feedback)
    ids, cells = jsonstat_cells(FILES["TAB5974"][1])
    both = cells[("83", "0", "1", "000005NO", "2026")] + cells[("83", "0", "2", "000005NO", "2026")]
    assert read_csv(out) == [
        {"origin": "83", "destination": "0", "employed": str(both), "year": "2026"}
    ]
    # the metadata was read first (GET), then the data asked for exactly the cells needed
    assert [c[0] for c in _Handler.calls] == ["GET", "POST"]
    assert _Handler.calls[0][1] == "/api/v2/tables/TAB5974/metadata?lang=sv&outputFormat=json-stat2"
    assert json.loads(_Handler.calls[1][2])["selection"] == [
        {"variableCode": "InrikesUtrikes", "valueCodes": ["83"]},
        {"variableCode": "Alder", "valueCodes": ["0"]},
        {"variableCode": "Kon", "valueCodes": ["1", "2"]},
        {"variableCode": "ContentsCode", "valueCodes": ["000005NO"]},
        {"variableCode": "Tid", "valueCodes": ["2026"]},
    ]
    meta = json.loads(result["METADATA"])
    assert meta["algorithm"] == "regionatlas:loadscbcommuting"
    source = meta["source"]
    assert source["table_of_year"] == {"2026": "TAB5974"}
    assert source["tables"]["TAB5974"].startswith("Folkmängd efter inrikes/utrikes född")
    assert source["licence"].startswith("CC0 1.0")
    assert source["retrieved"].endswith("+00:00") and source["series_breaks"] == []


def test_scb_loader_uses_sex_from_the_metadata_and_refuses_an_answer_that_does_not_match(
    provider, api, tmp_path
):
    """Men only asks for Kon=1; the stored answer holds both sexes, so it is refused."""
    from qgis.core import QgsProcessingException

    import processing

    out = tmp_path / "od.csv"
    with pytest.raises(QgsProcessingException, match="does not match the query: variable 'Kon'"):
        processing.run("regionatlas:loadscbcommuting", scb_params(api, out, SEX=1))
    assert json.loads(_Handler.calls[1][2])["selection"][2] == {
        "variableCode": "Kon",
        "valueCodes": ["1"],
    }
    assert not out.exists()


def test_variables_not_found_are_named(provider, api, tmp_path):
    from qgis.core import QgsProcessingException

    import processing

    params = scb_params(api, tmp_path / "od.csv", HOME_VARIABLE="", WORK_VARIABLE="")
    with pytest.raises(QgsProcessingException) as error:
        processing.run("regionatlas:loadscbcommuting", params)
    message = str(error.value)
    assert "Table TAB5974: found 0 variables for the home region" in message
    assert "Bostadskommun / Bostadsregion" in message
    assert "InrikesUtrikes (inrikes/utrikes född), Alder (ålder), Kon (kön)" in message
    assert not (tmp_path / "od.csv").exists()


def test_ssb_loader_on_ssbs_answer_feeds_the_commuting_algorithms(provider, api, tmp_path):
    import processing

    out = tmp_path / "od.gpkg"
    result = processing.run("regionatlas:loadssbcommuting", ssb_params(api, out, CHANGED_CODES=1))
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(out), "od", "ogr")
    rows = sorted(
        (f["origin"], f["destination"], f["year"], f["employed"]) for f in layer.getFeatures()
    )
    _ids, cells = jsonstat_cells(FILES["05300"][1])
    expected = sorted(
        (a, k, year, value)
        for (a, k, _c, year), value in cells.items()
        if value is not None and value > 0
    )
    assert rows == expected and len(rows) > 300
    assert {f.name() for f in layer.fields()} >= {"origin", "destination", "employed", "year"}
    assert layer.fields().field("origin").type() == layer.fields().field("year").type()  # text
    source = json.loads(result["METADATA"])["source"]
    assert source["licence"].startswith("CC BY 4.0")
    assert source["missing_cells"] == sum(v is None for v in cells.values())
    assert source["codes_changed_kept"]  # some units have no value in some years

    od = {
        "INPUT": str(out),
        "ORIGIN_FIELD": "origin",
        "DESTINATION_FIELD": "destination",
        "COUNT_FIELD": "employed",
        "YEAR_FIELD": "year",
        "YEAR": "2021",
    }
    indicators = processing.run("regionatlas:commutingindicators", {**od, "OUTPUT": "memory:"})[
        "OUTPUT"
    ]
    by_unit = {f["unit_id"]: f for f in indicators.getFeatures()}
    row_01 = sum(v for (a, _k, _c, y), v in cells.items() if a == "01" and y == "2021" and v)
    assert by_unit["01"]["employed_residents"] == row_01
    regions = processing.run(
        "regionatlas:commutingregions",
        {**od, "METHOD": 4, "OUTPUT": "memory:", "OUTPUT_REGIONS": "memory:"},
    )
    units = {f["unit_id"] for f in regions["OUTPUT"].getFeatures()}
    assert units == {a for (a, _k, _c, y), v in cells.items() if y == "2021" and v} | {
        k for (_a, k, _c, y), v in cells.items() if y == "2021" and v
    }


def test_codes_that_change_between_years_stop_the_load(provider, api, tmp_path):
    """In SSB's stored answer some units have no value in some years: by default that stops
    the load, naming the codes and the years."""
    from qgis.core import QgsProcessingException

    import processing

    out = tmp_path / "od.csv"
    with pytest.raises(QgsProcessingException) as error:
        processing.run("regionatlas:loadssbcommuting", ssb_params(api, out))
    message = str(error.value)
    assert "codes changed between the chosen years" in message
    assert "02 (not in 2021)" in message
    assert "carry the codes to the 2020 division" in message
    assert not out.exists()


def test_a_year_that_no_table_holds_is_named(provider, api, tmp_path):
    from qgis.core import QgsProcessingException

    import processing

    params = ssb_params(api, tmp_path / "od.csv", YEARS="2019")
    with pytest.raises(
        QgsProcessingException, match="No table holds the year 2019: 05300 has 1991-2021"
    ):
        processing.run("regionatlas:loadssbcommuting", params)


@pytest.mark.parametrize(
    ("tables", "timeout", "words"),
    [
        ("NOSUCH", 60, "does not know this table (HTTP 404)"),
        ("TAB5974-BROKEN", 60, "HTTP error 500"),
        ("TAB5974-SLOW", 0.5, "did not answer within 0.5 s"),
        ("TAB5974-CUT", 60, "not complete JSON"),
    ],
)
def test_network_failures_are_clear_and_write_nothing(
    provider, api, tmp_path, tables, timeout, words
):
    from qgis.core import QgsProcessingException

    import processing

    out = tmp_path / "od.csv"
    params = scb_params(api, out, TABLES=tables, TIMEOUT=timeout)
    with pytest.raises(QgsProcessingException) as error:
        processing.run("regionatlas:loadscbcommuting", params)
    assert words in str(error.value)
    assert not out.exists()
    assert not (tmp_path / "cache").exists() or list((tmp_path / "cache").iterdir()) == []


def test_a_query_over_the_cell_limit_is_split(provider, api, tmp_path, monkeypatch):
    """With a limit of one cell the two sexes go in two calls; each call's answer (here the
    stored two-cell answer) must hold exactly its part, so the mismatch is caught."""
    import dataclasses

    from qgis.core import QgsProcessingException
    from RegionAtlas.processing import loadscbcommuting
    from RegionAtlas.regionatlas.statistics import providers

    import processing

    monkeypatch.setattr(loadscbcommuting, "SCB", dataclasses.replace(providers.SCB, max_cells=1))
    with pytest.raises(QgsProcessingException, match="does not match the query"):
        processing.run("regionatlas:loadscbcommuting", scb_params(api, tmp_path / "od.csv"))
    posts = [json.loads(body)["selection"] for verb, _p, body in _Handler.calls if verb == "POST"]
    assert [p[2]["valueCodes"] for p in posts] == [["1"]]  # the first part, then refused
    assert not (tmp_path / "od.csv").exists()


def test_cancel_stops_before_anything_is_written(provider, api, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    import processing

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = tmp_path / "od.csv"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("regionatlas:loadscbcommuting", scb_params(api, out), feedback=feedback)
    assert not out.exists() and _Handler.calls == []


def test_progress_runs_to_the_end(provider, api, tmp_path):
    from qgis.core import QgsProcessingFeedback

    import processing

    seen = []
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(seen.append)
    processing.run(
        "regionatlas:loadscbcommuting", scb_params(api, tmp_path / "od.csv"), feedback=feedback
    )
    assert seen and seen == sorted(seen) and seen[-1] == 100


def test_the_loaders_are_in_the_data_group_with_their_sources_in_the_help(provider):
    for name, words in (
        ("loadscbcommuting", ("TAB1830", "AM0207", "CC0", "Region-Dalarna")),
        ("loadssbcommuting", ("03321", "KLASS", "CC BY 4.0", "statisticsnorway/pendling")),
        ("loadscbboundaries", ("geodata.scb.se", "DeSO_2025", "RegSO_2020", "CC0")),
    ):
        alg = provider.algorithm(name)
        assert alg.groupId() == "data"
        assert all(w in alg.shortHelpString() for w in words)
    assert provider.algorithm("loadscbcommuting").parameterDefinition("TABLES").defaultValue() == (
        "TAB1830,TAB5850,TAB333,TAB334"
    )
    assert (
        provider.algorithm("loadssbcommuting").parameterDefinition("TABLES").defaultValue()
        == "03321"
    )
