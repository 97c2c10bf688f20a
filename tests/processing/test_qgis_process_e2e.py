"""End to end through the real qgis_process executable, as a batch run would call it."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
QGIS_PROCESS = Path("/usr/bin/qgis_process.bin")

pytestmark = [pytest.mark.qgis_process, pytest.mark.slow]


@pytest.fixture(scope="module")
def qp(tmp_path_factory):
    if not QGIS_PROCESS.exists():
        pytest.skip("qgis_process.bin is not installed")
    profile = tmp_path_factory.mktemp("qgis-profile")
    env = dict(os.environ)
    env.update(
        QGIS_PLUGINPATH=str(REPO / ".build" / "plugins"),
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(next((REPO / ".venv" / "lib").glob("python3*/site-packages"))),
    )
    subprocess.run(
        [str(QGIS_PROCESS), "plugins", "enable", "RegionAtlas"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )

    def run(*args):
        proc = subprocess.run(
            [str(QGIS_PROCESS), *args], env=env, capture_output=True, text=True, timeout=300
        )
        return proc

    return run


def test_list_shows_provider_and_algorithms(qp):
    out = qp("list").stdout
    assert "RegionAtlas" in out
    assert "regionatlas:commutingindicators" in out and "regionatlas:flowlines" in out


def test_flowlines_on_sample(qp, sample, tmp_path):
    target = tmp_path / "lines.gpkg"
    proc = qp(
        "--json",
        "run",
        "regionatlas:flowlines",
        "--",
        f"INPUT={sample['csv']}",
        "ORIGIN_FIELD=bostadskommun",
        "DESTINATION_FIELD=arbetskommun",
        "COUNT_FIELD=forvarvsarbetande",
        "YEAR_FIELD=ar",
        "YEAR=2019",
        f"ZONES={sample['gpkg']}|layername=kommuner",
        "ZONES_ID_FIELD=kommunkod",
        "BORDER_FIELD=landskod",
        "K_LARGEST=2",
        f"OUTPUT={target}",
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    result = json.loads(proc.stdout[proc.stdout.index("{") :])
    assert Path(result["results"]["OUTPUT"]).exists()
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(target), "lines", "ogr")
    feats = list(layer.getFeatures())
    assert feats and all(f["origin"] != f["destination"] for f in feats)
    assert any(f["cross_border"] for f in feats)  # SE <-> NO commuting exists in the sample


def test_indicators_on_norway_csv(qp, shared_data, tmp_path):
    csv_path = shared_data("norway", "commuting_2022.csv")
    target = tmp_path / "ind.gpkg"
    proc = qp(
        "run",
        "regionatlas:commutingindicators",
        "--",
        f"INPUT={csv_path}",
        "ORIGIN_FIELD=home_kommune",
        "DESTINATION_FIELD=work_kommune",
        "COUNT_FIELD=employed",
        f"OUTPUT={target}",
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    from qgis.core import QgsVectorLayer

    rows = {f["unit_id"]: f for f in QgsVectorLayer(str(target), "i", "ogr").getFeatures()}
    assert len(rows) == 356
    assert rows["0301"]["largest_destination"] == "3024"


def test_flowlines_on_norway_csv(qp, shared_data, tmp_path):
    target = tmp_path / "no_lines.gpkg"
    proc = qp(
        "run",
        "regionatlas:flowlines",
        "--",
        f"INPUT={shared_data('norway', 'commuting_2022.csv')}",
        "ORIGIN_FIELD=home_kommune",
        "DESTINATION_FIELD=work_kommune",
        "COUNT_FIELD=employed",
        f"ZONES={shared_data('norway', 'kommuner2020_4326.gpkg')}",
        "ZONES_ID_FIELD=KOMMUNENR",
        "MISSING_ZONES=1",
        f"OUTPUT={target}",
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    assert "EPSG:32633" in proc.stdout + proc.stderr


def test_bad_input_is_a_message_not_a_traceback(qp, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("from,to,n\n01,02,5\n02,01,tolv\n", encoding="utf-8")
    proc = qp(
        "run",
        "regionatlas:commutingindicators",
        "--",
        f"INPUT={bad}",
        "ORIGIN_FIELD=from",
        "DESTINATION_FIELD=to",
        "COUNT_FIELD=n",
        f"OUTPUT={tmp_path / 'o.gpkg'}",
    )
    text = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "Row 2: 'tolv' is not a number in field 'n'" in text
    assert "Traceback" not in text
    assert not (tmp_path / "o.gpkg").exists()
