"""regionatlas:loadscbboundaries through processing.run against a local WFS stand-in.

No stored answer of SCB's WFS was found (tests/data/statistics/README.md). The answers here are
built in the form the service is documented to give (GeoJSON FeatureCollection with
numberMatched, paged by startIndex/count, filtered by CQL_FILTER on lanskod; fields desokod,
regsokod, kommunkod, lanskod), from real municipality polygons of SCB (../shared/data/sweden,
2024 boundaries): each municipality of Norrbotten (county 25) is cut in two "DeSO" halves. So
this verifies the requests, paging, the count check, the codes as text and the dissolving to
municipalities (compared with the original polygons), not SCB's real answers."""

from __future__ import annotations

import http.server
import json
import re
import threading
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import pytest


def _halves(shared_data):
    """(properties, GeoJSON geometry) of two halves of each Norrbotten municipality."""
    import shapely
    from osgeo import ogr
    from shapely import box

    source = ogr.Open(str(shared_data("sweden", "kommuner_3006.gpkg")))
    layer = source.GetLayer(0)
    layer.SetAttributeFilter("code LIKE '25%'")
    municipalities, features = {}, []
    for feature in layer:
        code = feature.GetField("code")
        geometry = shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))
        municipalities[code] = geometry
        minx, miny, maxx, maxy = geometry.bounds
        middle = (minx + maxx) / 2
        for i, part in enumerate(
            (
                geometry.intersection(box(minx - 1, miny - 1, middle, maxy + 1)),
                geometry.intersection(box(middle, miny - 1, maxx + 1, maxy + 1)),
            ),
            start=1,
        ):
            features.append(
                {
                    "type": "Feature",
                    "id": f"DeSO_2025.{len(features) + 1}",
                    "geometry": json.loads(shapely.to_geojson(part)),
                    "properties": {
                        "desokod": f"{code}A{i:04d}",
                        "regsokod": f"{code}R00{i}",
                        "kommunkod": code,
                        "lanskod": code[:2],
                        "version": "2025_v2",
                    },
                }
            )
    return municipalities, features


class _Handler(http.server.BaseHTTPRequestHandler):
    features: ClassVar[list] = []
    calls: ClassVar[list] = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        _Handler.calls.append((url.path, query))
        if url.path.endswith("/nosuch/wfs"):
            return self._send(404, b"not found")
        chosen = list(_Handler.features)
        if "CQL_FILTER" in query:
            wanted = set(re.findall(r"'(\d+)'", query["CQL_FILTER"]))
            chosen = [f for f in chosen if f["properties"]["lanskod"] in wanted]
        chosen.sort(key=lambda f: f["properties"][query["sortBy"]])
        start, count = int(query["startIndex"]), int(query["count"])
        page = chosen[start : start + count]
        matched = len(chosen) + (5 if url.path.endswith("/short/wfs") else 0)
        body = json.dumps(
            {
                "type": "FeatureCollection",
                "features": page,
                "totalFeatures": matched,
                "numberMatched": matched,
                "numberReturned": len(page),
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3006"}},
            }
        ).encode()
        if url.path.endswith("/cut/wfs"):
            body = body[: len(body) // 2]
        self._send(200, body)

    def _send(self, status, data):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def wfs(shared_data):
    municipalities, features = _halves(shared_data)
    _Handler.features = features
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", municipalities
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def small_pages(monkeypatch):
    from RegionAtlas.regionatlas.statistics import geodata

    monkeypatch.setattr(geodata, "PAGE_SIZE", 10)
    _Handler.calls.clear()


def test_municipalities_are_deso_dissolved_with_codes_as_text(provider, wfs, tmp_path):
    from qgis.core import QgsVectorLayer

    import processing

    base, municipalities = wfs
    out = tmp_path / "kommuner.gpkg"
    result = processing.run(
        "regionatlas:loadscbboundaries",
        {
            "LEVEL": 0,
            "COUNTIES": "25",
            "BASE_URL": f"{base}/geoserver/stat/wfs",
            "OUTPUT": str(out),
        },
    )
    layer = QgsVectorLayer(str(out), "k", "ogr")
    assert layer.crs().authid() == "EPSG:3006"
    got = {f["kommunkod"]: f for f in layer.getFeatures()}
    assert set(got) == set(municipalities) and len(got) == 14
    for code, feature in got.items():
        assert feature["lanskod"] == "25"
        original = municipalities[code]
        geometry = feature.geometry()
        assert abs(geometry.area() - original.area) < 1e-6 * original.area
        assert geometry.asWkt(0) and geometry.isGeosValid()
    # 28 halves in pages of 10: three calls, each filtered on the county, sorted, paged
    queries = [q for _path, q in _Handler.calls]
    assert [(q["startIndex"], q["count"]) for q in queries] == [
        ("0", "10"),
        ("10", "10"),
        ("20", "10"),
    ]
    assert {q["typeNames"] for q in queries} == {"stat:DeSO_2025"}
    assert {q["CQL_FILTER"] for q in queries} == {"lanskod IN ('25')"}
    assert {q["srsName"] for q in queries} == {"EPSG:3006"}
    source = json.loads(result["METADATA"])["source"]
    assert source["layer"] == "stat:DeSO_2025" and source["licence"].startswith("CC0")
    assert source["dissolved_by"] == "kommunkod" and source["features"] == 14


def test_deso_keep_their_codes(provider, wfs):
    import processing

    base, municipalities = wfs
    layer = processing.run(
        "regionatlas:loadscbboundaries",
        {"LEVEL": 1, "BASE_URL": f"{base}/wfs", "OUTPUT": "memory:"},
    )["OUTPUT"]
    rows = sorted((f["desokod"], f["kommunkod"], f["regsokod"]) for f in layer.getFeatures())
    assert len(rows) == 2 * len(municipalities)
    assert rows[0] == ("2505A0001", "2505", "2505R001")
    assert [f.name() for f in layer.fields()] == ["desokod", "regsokod", "kommunkod", "lanskod"]


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("nosuch/wfs", "nothing at this address (HTTP 404)"),
        ("cut/wfs", "not complete GeoJSON"),
        ("short/wfs", "announced 33 features of stat:DeSO_2025 but sent 28"),
    ],
)
def test_failures_write_nothing(provider, wfs, tmp_path, path, words):
    from qgis.core import QgsProcessingException

    import processing

    base, _ = wfs
    out = tmp_path / "b.gpkg"
    with pytest.raises(QgsProcessingException) as error:
        processing.run(
            "regionatlas:loadscbboundaries",
            {"LEVEL": 1, "BASE_URL": f"{base}/{path}", "OUTPUT": str(out)},
        )
    assert words in str(error.value)
    assert not out.exists()


def test_a_bad_county_code_is_named(provider, wfs):
    from qgis.core import QgsProcessingException

    import processing

    base, _ = wfs
    with pytest.raises(QgsProcessingException, match="'Norrbotten' is not a county code"):
        processing.run(
            "regionatlas:loadscbboundaries",
            {"LEVEL": 0, "COUNTIES": "Norrbotten", "BASE_URL": base, "OUTPUT": "memory:"},
        )
