"""CSV files that are not UTF-8 through processing.run (issue 10, section 3): Windows-1252 and
UTF-8 with a byte order mark are read right (no "G\ufffdvle"), anything else is refused with
the file and the byte named, and nothing is written."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

OD_ROWS = [
    ("Gävle", "Gävle", 120),
    ("Gävle", "Malmö", 7),
    ("Malmö", "Malmö", 300),
    ("Malmö", "Gävle", 2),
    ("Örebro", "Örebro", 90),
    ("Örebro", "Gävle", 3),
]


def write_od(path, encoding, ragged=False):
    lines = ["bostad;arbete;antal"] + [f"{o};{d};{n}" for o, d, n in OD_ROWS]
    if ragged:  # a row with an extra field: the direct reader hands over to OGR
        lines[1] += ";extra"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return str(path)


def indicator_params(path, out):
    return {
        "INPUT": path,
        "ORIGIN_FIELD": "bostad",
        "DESTINATION_FIELD": "arbete",
        "COUNT_FIELD": "antal",
        "OUTPUT": out,
    }


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
@pytest.mark.parametrize("ragged", [False, True])
def test_swedish_names_survive_commuting_indicators(run_alg, tmp_path, encoding, ragged):
    path = write_od(tmp_path / "pendling.csv", encoding, ragged)
    out = str(tmp_path / "ind.gpkg")
    results, fb = run_alg("regionatlas:commutingindicators", indicator_params(path, out))
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(results["OUTPUT"], "x", "ogr")
    rows = {f["unit_id"]: f for f in layer.getFeatures()}
    assert set(rows) == {"Gävle", "Malmö", "Örebro"}
    assert rows["Gävle"]["largest_destination"] == "Malmö"
    assert rows["Örebro"]["out_commuters"] == 3
    said_1252 = "read as Windows-1252" in fb.log
    assert said_1252 == (encoding == "cp1252")
    assert ("Read the CSV file directly" in fb.log) == (not ragged)


def test_indicator_table_in_windows_1252_through_ogr(run_alg, tmp_path):
    """laregionsfromindicators reads its CSV through QGIS (OGR): the layer gets the encoding."""
    text = (
        "kod;namn;till;p1;p2\r\n"
        "2180;Gävle;1280;0,10;0,05\r\n"
        "1280;Malmö;2180;0,12;0,06\r\n"
        "1880;Örebro;2180;0,30;0,20\r\n"
    )
    path = tmp_path / "la.csv"
    path.write_bytes(text.encode("cp1252"))
    results, fb = run_alg(
        "regionatlas:laregionsfromindicators",
        {
            "INPUT": str(path),
            "UNIT_FIELD": "kod",
            "DESTINATION_FIELD": "till",
            "P1_FIELD": "p1",
            "P2_FIELD": "p2",
            "NAME_FIELD": "namn",
            "OUTPUT": "memory:",
            "OUTPUT_REGIONS": "memory:",
        },
    )
    names = {f["region_name"] for f in results["OUTPUT_REGIONS"].getFeatures()}
    assert names == {"Gävle", "Malmö"}
    assert "read as Windows-1252" in fb.log


def test_file_that_is_not_text_is_refused_naming_file_and_byte(run_alg, tmp_path):
    path = tmp_path / "pendling.csv"
    path.write_bytes("bostad;arbete;antal\r\nGävle;Malmö;7\r\n".encode("utf-16"))
    out = tmp_path / "ind.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run_alg("regionatlas:commutingindicators", indicator_params(str(path), str(out)))
    text = str(err.value)
    assert str(path) in text and "byte 0 on line 1" in text and "UTF-8" in text
    assert not out.exists()


def _indicator_rows(layer):
    return sorted(
        tuple(None if v is None or v != v else v for v in f.attributes())
        for f in layer.getFeatures()
    )


def test_od_layer_read_through_gdal_arrow_equals_feature_by_feature(run_alg, sample, monkeypatch):
    """A GeoPackage OD table is read as column batches (GDAL's Arrow stream): the indicators
    equal those from QGIS's features and those from the same table as CSV."""
    from RegionAtlas.processing import od_input

    params = {**sample.od(), "INPUT": f"{sample['gpkg']}|layername=pendling", "OUTPUT": "memory:"}
    fast, fb = run_alg("regionatlas:commutingindicators", params)
    assert "GDAL Arrow stream" in fb.log
    monkeypatch.setattr(od_input, "_read_ogr_arrow", lambda *args: None)
    slow, fb_slow = run_alg("regionatlas:commutingindicators", params)
    assert "GDAL Arrow stream" not in fb_slow.log
    from_csv, _ = run_alg("regionatlas:commutingindicators", {**sample.od(), "OUTPUT": "memory:"})
    rows = _indicator_rows(fast["OUTPUT"])
    assert len(rows) == 39
    assert rows == _indicator_rows(slow["OUTPUT"]) == _indicator_rows(from_csv["OUTPUT"])
