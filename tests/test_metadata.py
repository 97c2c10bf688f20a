"""metadata.txt is complete and consistent with the code."""

from __future__ import annotations

import configparser
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def metadata():
    cfg = configparser.ConfigParser()
    cfg.read(REPO / "metadata.txt", encoding="utf-8")
    return cfg["general"]


def test_required_keys():
    meta = metadata()
    for key in (
        "name",
        "qgisMinimumVersion",
        "description",
        "about",
        "version",
        "author",
        "email",
        "tags",
        "homepage",
        "tracker",
        "repository",
        "icon",
        "category",
    ):
        assert meta.get(key), key
    assert meta["name"] == "RegionAtlas"
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["hasProcessingProvider"] == "yes"
    assert (REPO / meta["icon"]).exists()


def test_version_matches_core():
    from RegionAtlas.regionatlas import __version__

    assert metadata()["version"] == __version__


def test_running_qgis_is_in_range():
    from qgis.core import Qgis

    major, minor = (int(x) for x in metadata()["qgisMinimumVersion"].split(".")[:2])
    assert Qgis.QGIS_VERSION_INT >= major * 10000 + minor * 100
