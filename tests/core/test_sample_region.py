"""The generated sample region: deterministic, complete, with the structure the demo needs."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pandas as pd
import pytest
from RegionAtlas.regionatlas.commuting.indicators import commuting_indicators
from RegionAtlas.regionatlas.commuting.odtable import ODTable

GENERATOR = Path(__file__).resolve().parents[2] / "resources" / "sample" / "generate_sample.py"


def load_generator():
    spec = importlib.util.spec_from_file_location("generate_sample", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    gen = load_generator()
    folder = tmp_path_factory.mktemp("sample")
    return gen, gen.generate(folder)


def test_deterministic(sample, tmp_path):
    gen, files = sample
    again = gen.generate(tmp_path)
    digest = lambda p: hashlib.sha256(Path(p).read_bytes()).hexdigest()  # noqa: E731
    assert digest(files["csv"]) == digest(again["csv"])


def test_layers_and_codes(sample):
    from osgeo import ogr

    _, files = sample
    ds = ogr.Open(str(files["gpkg"]))
    kommuner = ds.GetLayerByName("kommuner")
    tatorter = ds.GetLayerByName("tatorter")
    assert 35 <= kommuner.GetFeatureCount() <= 45
    assert 100 <= tatorter.GetFeatureCount() <= 150
    codes = [f.GetField("kommunkod") for f in kommuner]
    assert all(code.startswith("0") and len(code) == 4 for code in codes)
    countries = {f.GetField("landskod") for f in kommuner}
    counties = {f.GetField("lanskod") for f in kommuner}
    assert countries == {"SE", "NO"} and len(counties - {"09"}) == 2
    for feature in tatorter:
        assert feature.GetField("population") > 0 and feature.GetField("jobs") >= 0


def test_commuting_has_centres_satellites_and_cross_border_flows(sample):
    _, files = sample
    frame = pd.read_csv(files["csv"], dtype=str)
    assert set(frame["ar"]) == {"2019", "2023"}
    kommuner = {}
    from osgeo import ogr

    ds = ogr.Open(str(files["gpkg"]))  # keep the data source alive while reading its layer
    for f in ds.GetLayerByName("kommuner"):
        kommuner[f.GetField("kommunkod")] = f.GetField("landskod")
    year = frame[frame["ar"] == "2023"]
    table = ODTable.from_frame(year, "bostadskommun", "arbetskommun", "forvarvsarbetande")
    ind = commuting_indicators(table)
    centres = ind[(ind.p1 <= 0.2) & (ind.p2 <= 0.075)]
    satellites = ind[ind.p2 > 0.15]
    assert 3 <= len(centres) <= 25 and len(satellites) >= 5
    cross = year[year.bostadskommun.map(kommuner) != year.arbetskommun.map(kommuner)]
    assert cross["forvarvsarbetande"].astype(int).sum() > 100
