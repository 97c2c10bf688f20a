"""The web atlas core (regionatlas/webatlas): geometries for the web, the folder writer's
safety (never overwrites the user's files, never leaves a half-written folder), notes only
when allowed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely
from RegionAtlas.regionatlas.errors import Cancelled, InputError
from RegionAtlas.regionatlas.webatlas import (
    LegendEntry,
    WebAtlas,
    WebFeature,
    WebLayer,
    write_web_atlas,
)
from RegionAtlas.regionatlas.webatlas.geometry import METRES_PER_DEGREE, web_geometries
from RegionAtlas.regionatlas.webatlas.model import is_notes_layer, parse_provenance
from RegionAtlas.regionatlas.webatlas.writer import MANIFEST
from shapely.geometry import Polygon, shape

ASSETS = Path(__file__).resolve().parents[2] / "resources" / "web"


def _wiggly(n=400):
    """A 0.1-degree square whose south edge has n vertices zig-zagging by about 1 m."""
    south = [(15.0 + 0.1 * i / n, 60.0 + (0.00001 if i % 2 else 0.0)) for i in range(n + 1)]
    return Polygon([*south, (15.1, 60.1), (15.0, 60.1)])


def test_rounding_keeps_the_decimals_asked():
    (geometry,) = web_geometries([shapely.to_wkb(_wiggly())], tolerance_m=0, decimals=3)
    coords = [c for ring in geometry["coordinates"] for c in ring]
    assert all(round(x, 3) == x and round(y, 3) == y for x, y in coords)
    # tolerance 0: nothing simplified before rounding
    (exact,) = web_geometries([shapely.to_wkb(_wiggly())], tolerance_m=0, decimals=7)
    assert len(exact["coordinates"][0]) == len(_wiggly().exterior.coords)


def test_simplification_drops_vertices_below_the_tolerance_only():
    polygon = _wiggly()
    (simple,) = web_geometries([shapely.to_wkb(polygon)], tolerance_m=50, decimals=6)
    result = shape(simple)
    assert len(simple["coordinates"][0]) < 10 < len(polygon.exterior.coords)
    # no point of the result is farther from the original than the tolerance (in degrees)
    assert polygon.hausdorff_distance(result) <= 50 / METRES_PER_DEGREE + 1e-6
    assert result.is_valid and result.area == pytest.approx(polygon.area, rel=1e-3)


def test_bad_numbers_are_refused():
    with pytest.raises(InputError, match="decimals"):
        web_geometries([shapely.to_wkb(_wiggly())], decimals=12)
    with pytest.raises(InputError, match="tolerance"):
        web_geometries([shapely.to_wkb(_wiggly())], tolerance_m=-1)


def _layer(name="Regioner", n=3, **extra):
    features = [
        WebFeature(
            shapely.to_wkb(shapely.Point(15 + i, 60)),
            {"id": f"0{i}", "value": 1.5 * i, "missing": float("nan")},
            i % 2,
            label=f"Ort {i}",
        )
        for i in range(n)
    ]
    legend = [LegendEntry("a", fill="#ff0000"), LegendEntry("b", fill="#0000ff")]
    return WebLayer(name, "point", features, legend, [("id", "Kod"), ("value", "Värde")], **extra)


def test_writes_the_folder_with_geojson_data(tmp_path):
    atlas = WebAtlas("Titel <&>", "sv", [_layer()])
    written = write_web_atlas(atlas, tmp_path / "atlas", ASSETS)
    folder = tmp_path / "atlas"
    assert written.index == folder / "index.html"
    page = written.index.read_text("utf-8")
    assert "<title>Titel &lt;&amp;&gt;</title>" in page and 'lang="sv"' in page
    assert '<script src="data/layer01.js"></script>' in page
    assert (folder / "vendor" / "leaflet" / "leaflet.js").is_file()
    text = (folder / "data" / "layer01.js").read_text("utf-8")
    collection = json.loads(text[len("RegionAtlasData.layers.push(") : -3])
    assert [f["properties"]["id"] for f in collection["features"]] == ["00", "01", "02"]
    assert collection["features"][0]["properties"]["missing"] is None  # NaN -> null
    assert [f["ra"]["legend"] for f in collection["features"]] == [0, 1, 0]
    assert collection["regionatlas"]["popupFields"] == [["id", "Kod"], ["value", "Värde"]]
    assert written.size_bytes == sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atlas"]


def test_replaces_an_earlier_atlas_but_never_other_files(tmp_path):
    folder = tmp_path / "atlas"
    write_web_atlas(WebAtlas("Ett", "en", [_layer(n=3)]), folder, ASSETS)
    write_web_atlas(WebAtlas("Två", "en", [_layer(n=5)]), folder, ASSETS)
    manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    assert manifest["title"] == "Två" and manifest["layers"][0]["features"] == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atlas"]

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    with pytest.raises(InputError, match="already holds other files"):
        write_web_atlas(WebAtlas("T", "en", [_layer()]), mine, ASSETS)
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


def test_cancel_leaves_nothing_and_keeps_the_earlier_atlas(tmp_path):
    folder = tmp_path / "atlas"
    write_web_atlas(WebAtlas("Ett", "en", [_layer()]), folder, ASSETS)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    with pytest.raises(Cancelled):
        write_web_atlas(
            WebAtlas("Två", "en", [_layer(), _layer("B")]), folder, ASSETS, cancelled=lambda: True
        )
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atlas"]


def test_notes_only_when_allowed(tmp_path):
    notes = _layer("Synpunkter", is_notes=True)
    with pytest.raises(InputError, match="INCLUDE_NOTES"):
        write_web_atlas(WebAtlas("T", "en", [notes]), tmp_path / "a", ASSETS)
    assert list(tmp_path.iterdir()) == []
    write_web_atlas(WebAtlas("T", "en", [notes], include_notes=True), tmp_path / "a", ASSETS)
    assert (tmp_path / "a" / "index.html").is_file()


def test_notes_layers_are_recognised():
    made = json.dumps({"algorithm": "regionatlas:exportnotes", "parameters": {}})
    assert is_notes_layer(["a"], made)
    assert is_notes_layer(["note_uuid", "text", "author", "theme"], "")
    assert not is_notes_layer(["kommunkod", "text"], "")
    assert parse_provenance("") == {}
    assert parse_provenance("fil.gpkg") == {"text": "fil.gpkg"}


def test_bad_atlas_is_refused(tmp_path):
    with pytest.raises(InputError, match="language"):
        write_web_atlas(WebAtlas("T", "de", [_layer()]), tmp_path / "a", ASSETS)
    with pytest.raises(InputError, match="at least one layer"):
        write_web_atlas(WebAtlas("T", "en", []), tmp_path / "a", ASSETS)
    broken = _layer()
    broken.features[0].legend_index = 7
    with pytest.raises(InputError, match="legend entry 7"):
        write_web_atlas(WebAtlas("T", "en", [broken]), tmp_path / "a", ASSETS)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "source, expected",
    [
        ("/home/me/data/kommuner.gpkg|layername=kommuner", "kommuner.gpkg layername=kommuner"),
        ("/home/me/data/tatorter.shp", "tatorter.shp"),
        ("C:\\Users\\me\\data\\lan.gpkg|layername=lan|subset=x", "lan.gpkg layername=lan"),
        ("", ""),
    ],
)
def test_source_label_names_the_file_never_the_folder(source, expected):
    from RegionAtlas.regionatlas.webatlas.model import source_label

    assert source_label(source) == expected


@pytest.mark.parametrize(
    "source, name, expected",
    [
        ("/data/exempel.gpkg|layername=kommuner", "exempel", "kommuner"),
        ("/data/exempel.gpkg|layername=vagar|subset=x", "exempel", "vagar"),
        ("/data/exempel.gpkg|layername=kommuner", "Kommuner 2024", None),
        ("/data/tatorter.shp", "tatorter", None),
    ],
)
def test_file_table_name_only_for_layers_named_after_their_file(source, name, expected):
    from RegionAtlas.regionatlas.webatlas.model import file_table_name

    assert file_table_name(source, name) == expected
