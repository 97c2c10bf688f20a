"""Dataset and feature keys: stable across moves, never a password."""

from __future__ import annotations

import pytest
from RegionAtlas.regionatlas.notes.keys import dataset_key, feature_key


@pytest.mark.parametrize(
    ("provider", "source", "expected"),
    [
        ("ogr", "/home/a/plan/kommuner.gpkg|layername=kommuner", "ogr:kommuner.gpkg|kommuner"),
        ("ogr", "D:\\Projekt\\kommuner.gpkg|layername=kommuner|subset=\"lan\"='03'",
         "ogr:kommuner.gpkg|kommuner"),
        ("ogr", "/x/tatorter.shp", "ogr:tatorter.shp"),
        ("ogr", "/x/a.gpkg|layerid=2", "ogr:a.gpkg|2"),
        (
            "postgres",
            "dbname='plan' host=db.region.se port=5432 user='anna' password='hemligt' "
            'sslmode=disable key=\'id\' srid=3006 type=MultiPolygon table="planering"."kommuner" '
            "(geom)",
            "postgres:plan/planering.kommuner",
        ),
        ("postgres", "service='regiondb' table=\"public\".\"stråk\" (geom)",
         "postgres:regiondb/public.stråk"),
        ("delimitedtext", "file:///home/a/pendling%20data.csv?delimiter=;&xField=x",
         "delimitedtext:pendling data.csv"),
        ("wfs", "url='https://x/wfs' typename='k' password='p' user='u'",
         "wfs:url='https://x/wfs' typename='k' user='u'"),
    ],
)  # fmt: skip
def test_dataset_key(provider, source, expected):
    key = dataset_key(provider, source)
    assert key == expected
    assert "hemligt" not in key and "password" not in key


def test_dataset_key_ignores_the_folder():
    a = dataset_key("ogr", "/home/anna/projekt/kommuner.gpkg|layername=kommuner")
    b = dataset_key("ogr", "/mnt/share/kopia/kommuner.gpkg|layername=kommuner")
    assert a == b


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0114", "0114"), (114, "114"), (114.0, "114"), (None, None), ("  ", None), ("a-b", "a-b")],
)
def test_feature_key(value, expected):
    assert feature_key(value) == expected
