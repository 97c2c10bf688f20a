"""The map of where the notes are (regionatlas.notes.notes_map), drawn without Qt."""

from __future__ import annotations

import re

import shapely
from RegionAtlas.regionatlas.notes.notes_map import NotedPlace, collect_places, notes_map_svg


def _square(x, y, size=1000):
    return shapely.to_wkb(shapely.box(x, y, x + size, y + size))


def test_map_draws_each_place_with_a_dot_sized_by_its_notes():
    places = [
        NotedPlace("Falun", _square(0, 0), {"a", "b", "c", "d"}),
        NotedPlace("Borlänge", _square(3000, 0), {"e"}),
        NotedPlace("Utan geometri", None, {"f"}),
    ]
    svg = notes_map_svg(places, title="Var anteckningarna finns")
    assert svg.startswith("<svg") and "Var anteckningarna finns" in svg
    assert svg.count("<path") == 2
    radii = {
        label: float(r)
        for r, label in re.findall(r'<circle [^>]*r="([\d.]+)"[^>]*><title>([^:]+):', svg)
    }
    assert set(radii) == {"Falun", "Borlänge"}
    assert abs(radii["Falun"] / radii["Borlänge"] - 2.0) < 0.05  # area ~ count (4 vs 1)
    assert ">Falun</text>" in svg and ">Borlänge</text>" in svg
    # the whole drawing keeps inside the page
    for x, y in re.findall(r'cx="([\d.]+)" cy="([\d.]+)"', svg):
        assert 0 <= float(x) <= 720 and 0 <= float(y) <= 480
    assert notes_map_svg([NotedPlace("x", None, {"a"})]) == ""


def test_collect_places_passes_rows_through_and_counts_notes_per_place():
    rows = [
        {"note_uuid": "n1", "dataset_key": "k", "feature_key": "01", "label": "A",
         "geometry_wkb": _square(0, 0)},
        {"note_uuid": "n2", "dataset_key": "k", "feature_key": "01", "label": "A",
         "geometry_wkb": _square(0, 0)},
        {"note_uuid": "n2", "dataset_key": "k", "feature_key": "02", "label": None,
         "geometry_wkb": None},
        {"note_uuid": "n3", "dataset_key": None, "feature_key": None, "label": None,
         "geometry_wkb": None},
    ]  # fmt: skip
    places: dict = {}
    assert list(collect_places(rows, places)) == rows
    assert {k: (p.label, len(p.notes)) for k, p in places.items()} == {
        ("k", "01"): ("A", 2),
        ("k", "02"): ("02", 1),
    }
