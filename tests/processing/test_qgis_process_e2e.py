"""End to end through the real qgis_process executable, as a batch run would call it."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = [pytest.mark.qgis_process, pytest.mark.slow]


def test_list_shows_provider_and_algorithms(qp):
    out = qp("list").stdout
    assert "RegionAtlas" in out
    assert "regionatlas:commutingindicators" in out and "regionatlas:flowlines" in out


def test_flowlines_on_sample(qp, sample, tmp_path):
    target = tmp_path / "lines.gpkg"
    params = {
        **sample.od("2019"),
        **sample.zones(),
        "BORDER_FIELD": "landskod",
        "K_LARGEST": 2,
        "OUTPUT": target,
    }
    proc = qp.alg("regionatlas:flowlines", params)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    assert Path(qp.results(proc)["OUTPUT"]).exists()
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(target), "lines", "ogr")
    feats = list(layer.getFeatures())
    assert feats and all(f["origin"] != f["destination"] for f in feats)
    assert any(f["cross_border"] for f in feats)  # SE <-> NO commuting exists in the sample


def test_indicators_on_norway_csv(qp, shared_data, tmp_path):
    csv_path = shared_data("norway", "commuting_2022.csv")
    target = tmp_path / "ind.gpkg"
    params = {
        "INPUT": csv_path,
        "ORIGIN_FIELD": "home_kommune",
        "DESTINATION_FIELD": "work_kommune",
        "COUNT_FIELD": "employed",
        "OUTPUT": target,
    }
    proc = qp.alg("regionatlas:commutingindicators", params, as_json=False)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    from qgis.core import QgsVectorLayer

    rows = {f["unit_id"]: f for f in QgsVectorLayer(str(target), "i", "ogr").getFeatures()}
    assert len(rows) == 356
    assert rows["0301"]["largest_destination"] == "3024"


def test_flowlines_on_norway_csv(qp, shared_data, tmp_path):
    target = tmp_path / "no_lines.gpkg"
    params = {
        "INPUT": shared_data("norway", "commuting_2022.csv"),
        "ORIGIN_FIELD": "home_kommune",
        "DESTINATION_FIELD": "work_kommune",
        "COUNT_FIELD": "employed",
        "ZONES": shared_data("norway", "kommuner2020_4326.gpkg"),
        "ZONES_ID_FIELD": "KOMMUNENR",
        "MISSING_ZONES": 1,
        "OUTPUT": target,
    }
    proc = qp.alg("regionatlas:flowlines", params, as_json=False)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    assert "EPSG:32633" in proc.stdout + proc.stderr


def test_bad_input_is_a_message_not_a_traceback(qp, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("from,to,n\n01,02,5\n02,01,tolv\n", encoding="utf-8")
    params = {
        "INPUT": bad,
        "ORIGIN_FIELD": "from",
        "DESTINATION_FIELD": "to",
        "COUNT_FIELD": "n",
        "OUTPUT": tmp_path / "o.gpkg",
    }
    proc = qp.alg("regionatlas:commutingindicators", params, as_json=False)
    text = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "Row 2: 'tolv' is not a number in field 'n'" in text
    assert "Traceback" not in text
    assert not (tmp_path / "o.gpkg").exists()
