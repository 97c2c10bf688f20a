"""The PxWeb network path through QGIS (QgsBlockingNetworkRequest) against a local HTTP
server that answers with a real stored SCB response (tests/data/statistics/README.md), and
the failure modes: unknown table, refused calls, HTTP error, timeout, answers cut off."""

from __future__ import annotations

import http.server
import json
import threading
import time
from pathlib import Path
from typing import ClassVar

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "statistics" / "scb"
TAB5974 = (DATA / "TAB5974_data.json").read_bytes()


class _Handler(http.server.BaseHTTPRequestHandler):
    bodies: ClassVar[list] = []

    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        _Handler.bodies.append((self.path, self.rfile.read(length)))
        table = self.path.split("/tables/")[1].split("/")[0]
        if table == "TAB5974":
            self._send(200, TAB5974)
        elif table == "BUSY":
            self._send(429, b'{"error": "Too many requests"}')
        elif table == "BROKEN":
            self._send(500, b"internal error")
        elif table == "SLOW":
            time.sleep(3)
            self._send(200, TAB5974)
        elif table == "CUTLENGTH":  # announces the whole answer, sends half, hangs up
            self.send_response(200)
            self.send_header("Content-Length", str(len(TAB5974)))
            self.end_headers()
            self.wfile.write(TAB5974[: len(TAB5974) // 2])
            self.wfile.flush()
            self.close_connection = True
        elif table == "CUT":  # no length, half the answer, then the connection closes
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(TAB5974[: len(TAB5974) // 2])
            self.close_connection = True
        else:
            self._send(404, b'{"error": "no such table"}')

    def _send(self, status, data):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def api():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/api/v2"
    server.shutdown()
    server.server_close()


def _provider(base_url):
    from RegionAtlas.regionatlas.statistics.providers import SCB, Provider

    return Provider("test", "local", base_url, SCB.max_cells, SCB.max_calls, SCB.window_s, "")


def test_real_response_through_qgis_network_and_cache(qgis_app, api, tmp_path):
    from RegionAtlas.processing.statistics_network import qgis_fetch
    from RegionAtlas.regionatlas.statistics.jsonstat import parse_jsonstat2
    from RegionAtlas.regionatlas.statistics.transport import ResponseCache, fetch_table

    _Handler.bodies.clear()
    cache = ResponseCache(tmp_path / "cache")
    selection = {"Kon": ["1", "2"], "Tid": ["2026"]}
    table = fetch_table(_provider(api), "TAB5974", selection, qgis_fetch(), cache)
    assert table.frame.equals(parse_jsonstat2(TAB5974).frame)
    path, body = _Handler.bodies[0]
    assert path == "/api/v2/tables/TAB5974/data?lang=sv&outputFormat=json-stat2"
    assert json.loads(body)["selection"] == [
        {"variableCode": "Kon", "valueCodes": ["1", "2"]},
        {"variableCode": "Tid", "valueCodes": ["2026"]},
    ]
    fetch_table(_provider(api), "TAB5974", selection, qgis_fetch(), cache)
    assert len(_Handler.bodies) == 1  # the second answer came from the disk cache


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ("NOSUCH", "does not know this table (HTTP 404)"),
        ("BUSY", "HTTP 429, too many requests"),
        ("BROKEN", "HTTP error 500"),
        ("SLOW", "did not answer within 0.5 s"),
        ("CUTLENGTH", "failed or was cut off"),
        ("CUT", "not complete JSON"),
    ],
)
def test_failures_are_clear_and_nothing_is_cached(qgis_app, api, tmp_path, table, words):
    from RegionAtlas.processing.statistics_network import qgis_fetch
    from RegionAtlas.regionatlas.errors import InputError
    from RegionAtlas.regionatlas.statistics.transport import ResponseCache, fetch_table

    cache = ResponseCache(tmp_path / "cache")
    with pytest.raises(InputError, match=words.replace("(", r"\(").replace(")", r"\)")):
        fetch_table(_provider(api), table, {"Kon": ["1"]}, qgis_fetch(timeout_s=0.5), cache)
    assert not (tmp_path / "cache").exists() or list((tmp_path / "cache").iterdir()) == []


def test_cache_lives_in_the_qgis_profile(qgis_app):
    from qgis.core import QgsApplication
    from RegionAtlas.processing.statistics_network import response_cache

    folder = response_cache().folder
    assert str(folder).startswith(QgsApplication.qgisSettingsDirPath().rstrip("/"))
    assert folder.parts[-3:] == ("cache", "regionatlas", "pxweb")
