"""regionatlas:structureimage and regionatlas:exportstructureimage through processing.run.

Exports are checked by opening the files: PDF page count and page size (parsed from the PDF
objects), PNG size and pixels of the style colours (not a blank canvas), SVG parsed with its
<text> elements. Cross-border flags are checked against the attributes of the sample.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QImage

#: Colours of the bundled styles (resources/styles/structure_*.qml).
NODE_COLOUR = "#2b1d4e"
CORRIDOR_COLOUR = "#4797cc"
BORDER_COLOUR = "#d55e00"
RANK_EXPRESSION = (
    'CASE WHEN "population" >= 8000 THEN 1 WHEN "population" >= 3000 THEN 2 '
    'WHEN "population" >= 1000 THEN 3 ELSE 4 END'
)
OUTPUT_KEYS = ("nodes", "corridors", "border_links", "regions")


# -- helpers ----------------------------------------------------------------------------------


@pytest.fixture
def ranked_nodes(provider, sample):
    """The sample's tätorter with a rank 1-4 from population (any ranked layer will do)."""
    import processing

    return processing.run(
        "native:fieldcalculator",
        {
            "INPUT": f"{sample['gpkg']}|layername=tatorter",
            "FIELD_NAME": "rank",
            "FIELD_TYPE": 1,
            "FORMULA": RANK_EXPRESSION,
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]


def image_params(sample, nodes, **extra):
    params = {
        "NODES": nodes,
        "NAME_FIELD": "namn",
        "RANK_FIELD": "rank",
        "SIZE_FIELD": "population",
        "BORDER_FIELD": "lanskod",
        "COUNTRY_FIELD": "landskod",
        "NODE_ID_FIELD": "kommunkod",
        "FLOWS": str(sample["csv"]),
        "ORIGIN_FIELD": "bostadskommun",
        "DESTINATION_FIELD": "arbetskommun",
        "COUNT_FIELD": "forvarvsarbetande",
        "YEAR_FIELD": "ar",
        "YEAR": "2023",
        "REGIONS": f"{sample['gpkg']}|layername=kommuner",
        "REGION_FIELD": "lanskod",
        "OUTPUT_NODES": "memory:",
        "OUTPUT_CORRIDORS": "memory:",
        "OUTPUT_BORDER_LINKS": "memory:",
        "OUTPUT_REGIONS": "memory:",
    }
    params.update(extra)
    return params


def styled_layers(results):
    """The outputs as styled layers, top first (what a person would see)."""
    from RegionAtlas.processing.structure_styles import apply_structure_style

    layers = []
    for key in OUTPUT_KEYS:
        layer = results[f"OUTPUT_{key.upper()}"]
        apply_structure_style(layer, key, rename=True)
        layers.append(layer)
    return layers


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page of a PDF.

    Parses the objects (Qt writes them uncompressed); when GDAL appends the georeference as an
    incremental update a page object appears twice with the same number: the last one counts.
    """
    data = path.read_bytes()
    assert data.startswith(b"%PDF-"), "not a PDF"
    objects = {}
    for match in re.finditer(rb"(\d+)\s+\d+\s+obj\b(.*?)endobj", data, re.S):
        objects[int(match.group(1))] = match.group(2)
    pages = []
    for body in objects.values():
        if re.search(rb"/Type\s*/Page(?![s\w])", body):
            box = re.search(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", body)
            pages.append((float(box.group(3)), float(box.group(4))))
    counts = [
        int(m.group(1)) for m in re.finditer(rb"/Type\s*/Pages\b.*?/Count\s+(\d+)", data, re.S)
    ]
    assert counts and counts[-1] == len(pages), (counts, len(pages))
    return pages


def colour_pixels(image: QImage, colour: str, step: int = 2) -> int:
    """Pixels of exactly ``colour`` (sampled every ``step`` pixels in both directions)."""
    want = QColor(colour).rgb() & 0xFFFFFF
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            if image.pixel(x, y) & 0xFFFFFF == want:
                count += 1
    return count


def county_of(sample):
    kommuner = QgsVectorLayer(f"{sample['gpkg']}|layername=kommuner", "k", "ogr")
    return {f["kommunkod"]: (f["lanskod"], f["landskod"]) for f in kommuner.getFeatures()}


# -- the algorithms are there -----------------------------------------------------------------


def test_provider_lists_structure_image_algorithms(provider):
    from qgis.core import QgsProcessingAlgorithm

    ids = {alg.id(): alg for alg in provider.algorithms()}
    assert "regionatlas:structureimage" in ids and "regionatlas:exportstructureimage" in ids
    export = ids["regionatlas:exportstructureimage"]
    assert export.flags() & QgsProcessingAlgorithm.FlagNoThreading
    names = {p.name() for p in export.parameterDefinitions()}
    assert {
        "LAYERS",
        "EXTENT",
        "FORMAT",
        "DPI",
        "EDITABLE_TEXT",
        "ATLAS_LAYER",
        "TITLE",
        "SUBTITLE",
        "SOURCE_TEXT",
        "OUTPUT_FOLDER",
    } <= names
    image = ids["regionatlas:structureimage"]
    names = {p.name() for p in image.parameterDefinitions()}
    assert {
        "NODES",
        "NAME_FIELD",
        "CLASS_FIELD",
        "RANK_FIELD",
        "BORDER_FIELD",
        "COUNTRY_FIELD",
        "FLOWS",
        "NETWORK",
        "REGIONS",
        "GREEN",
        "CORRIDOR_RULE",
        "CORRIDOR_VALUE",
        "WIDTH_CLASSES",
        "OUTPUT_NODES",
        "OUTPUT_CORRIDORS",
        "OUTPUT_BORDER_LINKS",
        "OUTPUT_REGIONS",
    } <= names
    for alg in (export, image):
        assert "Source" in alg.shortHelpString()


# -- the structure image ----------------------------------------------------------------------


def test_cross_border_flags_on_sample(run_alg, sample, ranked_nodes):
    """Every corridor whose ends lie in different counties or countries is flagged; no other."""
    results, fb = run_alg("regionatlas:structureimage", image_params(sample, ranked_nodes))
    where = county_of(sample)
    corridors = list(results["OUTPUT_CORRIDORS"].getFeatures())
    assert len(corridors) > 20
    flagged = set()
    for f in corridors:
        (county_a, country_a), (county_b, country_b) = where[f["from_id"]], where[f["to_id"]]
        expected = county_a != county_b or country_a != country_b
        assert f["cross_border"] == expected, (f["from_id"], f["to_id"])
        if expected:
            flagged.add((f["from_id"], f["to_id"]))
            assert f["border_crossed"]
            if country_a != country_b:
                assert "landskod" in f["border_crossed"]
        else:
            assert not f["border_crossed"]
        assert f["flow"] == pytest.approx(f["flow_from_to"] + f["flow_to_from"])
        assert f.geometry().constGet().nCoordinates() > 2  # curved
    assert flagged and len(flagged) < len(corridors)
    border = {(f["from_id"], f["to_id"]) for f in results["OUTPUT_BORDER_LINKS"].getFeatures()}
    assert border == flagged
    meta = json.loads(results["METADATA"])
    assert meta["algorithm"] == "regionatlas:structureimage"


def test_longest_corridor_limit(run_alg, sample, ranked_nodes):
    """MAX_LENGTH_KM drops long pairs before the rule picks corridors, and says so."""
    full, _ = run_alg("regionatlas:structureimage", image_params(sample, ranked_nodes))
    lengths = sorted(f["length_km"] for f in full["OUTPUT_CORRIDORS"].getFeatures())
    limit = lengths[len(lengths) // 2]
    results, fb = run_alg(
        "regionatlas:structureimage", image_params(sample, ranked_nodes, MAX_LENGTH_KM=limit)
    )
    kept = list(results["OUTPUT_CORRIDORS"].getFeatures())
    assert kept and all(f["length_km"] <= limit + 1e-6 for f in kept)
    # k largest per node now picks shorter partners instead of leaving nodes without links.
    assert len(kept) > len([x for x in lengths if x <= limit])
    assert "km apart" in fb.log
    with pytest.raises(QgsProcessingException, match="length limit"):
        run_alg("regionatlas:structureimage", image_params(sample, ranked_nodes, MAX_LENGTH_KM=0.5))


def test_corridors_drawn_largest_first_in_width_classes(run_alg, sample, ranked_nodes):
    params = image_params(sample, ranked_nodes, WIDTH_CLASSES=3, CURVED=False)
    results, _ = run_alg("regionatlas:structureimage", params)
    flows = [f["flow"] for f in results["OUTPUT_CORRIDORS"].getFeatures()]
    assert flows == sorted(flows, reverse=True)  # larger flows first, i.e. below
    classes = {f["width_class"] for f in results["OUTPUT_CORRIDORS"].getFeatures()}
    assert classes <= {1, 2, 3} and 3 in classes and 1 in classes
    for f in results["OUTPUT_CORRIDORS"].getFeatures():
        assert f.geometry().constGet().nCoordinates() == 2  # straight
    nodes = list(results["OUTPUT_NODES"].getFeatures())
    assert {f["rank"] for f in nodes} == {1, 2, 3, 4}
    assert all(f["label"] == (f["rank"] <= 2) for f in nodes)


@pytest.mark.parametrize(
    "rule, value, check",
    [
        ("threshold", 300, lambda flows, total: min(flows) >= 300),
        (
            "cumulative_share",
            0.5,
            lambda flows, total: sum(flows) >= 0.5 * total and sum(flows[:-1]) < 0.5 * total,
        ),
        ("dominant", 1, lambda flows, total: len(flows) > 0),
        ("k_largest", 1, lambda flows, total: len(flows) > 0),
    ],
)
def test_corridor_rules(run_alg, sample, ranked_nodes, rule, value, check):
    from RegionAtlas.regionatlas.structureimage import CORRIDOR_RULES

    params = image_params(
        sample, ranked_nodes, CORRIDOR_RULE=CORRIDOR_RULES.index(rule), CORRIDOR_VALUE=value
    )
    results, fb = run_alg("regionatlas:structureimage", params)
    flows = [f["flow"] for f in results["OUTPUT_CORRIDORS"].getFeatures()]
    # the symmetric total between different municipalities, from the CSV
    import csv

    total = 0.0
    with open(sample["csv"], newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["ar"] == "2023" and row["bostadskommun"] != row["arbetskommun"]:
                total += float(row["forvarvsarbetande"])
    assert check(flows, total), (rule, flows[:5], total)
    assert rule in fb.log


def test_routing_on_a_network_sums_flows_per_segment(run_alg, tmp_path):
    nodes = QgsVectorLayer(
        "Point?crs=EPSG:3006&field=id:string&field=name:string&field=rank:integer", "n", "memory"
    )
    feats = []
    for key, x, rank in (("A", 0, 1), ("B", 10_000, 2), ("C", 20_000, 2)):
        f = QgsFeature(nodes.fields())
        f.setAttributes([key, key, rank])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(500_000 + x, 6_500_000)))
        feats.append(f)
    nodes.dataProvider().addFeatures(feats)
    network = QgsVectorLayer("LineString?crs=EPSG:3006", "r", "memory")
    lines = []
    for x0, x1 in ((0, 10_000), (10_000, 20_000)):
        f = QgsFeature()
        f.setGeometry(
            QgsGeometry.fromPolylineXY(
                [QgsPointXY(500_000 + x0, 6_500_100), QgsPointXY(500_000 + x1, 6_500_100)]
            )
        )
        lines.append(f)
    network.dataProvider().addFeatures(lines)
    csv_path = tmp_path / "od.csv"
    csv_path.write_text("o,d,n\nA,C,10\nA,B,5\nB,A,1\n", encoding="utf-8")
    params = {
        "NODES": nodes,
        "NAME_FIELD": "name",
        "RANK_FIELD": "rank",
        "NODE_ID_FIELD": "id",
        "FLOWS": str(csv_path),
        "ORIGIN_FIELD": "o",
        "DESTINATION_FIELD": "d",
        "COUNT_FIELD": "n",
        "NETWORK": network,
        "CORRIDOR_RULE": 2,
        "CORRIDOR_VALUE": 1,
        "OUTPUT_NODES": "memory:",
        "OUTPUT_CORRIDORS": "memory:",
        "OUTPUT_BORDER_LINKS": "memory:",
    }
    results, fb = run_alg("regionatlas:structureimage", params)
    segments = sorted(
        (round(f.geometry().boundingBox().xMinimum()), f["flow"], f["pairs"])
        for f in results["OUTPUT_CORRIDORS"].getFeatures()
    )
    assert segments == [(500_000, 16.0, 2), (510_000, 10.0, 1)]
    assert "Routed 2 of 2" in fb.log


def test_network_without_flows_and_green_structure(run_alg, sample, ranked_nodes):
    """Without flows the network lines are the corridors (ends at the nearest nodes, flags
    from their attributes); green structure is generalised into its own output."""
    import processing

    nodes = list(ranked_nodes.getFeatures())
    a = next(f for f in nodes if f["landskod"] == "NO")
    b = next(f for f in nodes if f["landskod"] == "SE")
    network = QgsVectorLayer("LineString?crs=EPSG:3006", "plan", "memory")
    line = QgsFeature()
    line.setGeometry(QgsGeometry.fromPolylineXY([a.geometry().asPoint(), b.geometry().asPoint()]))
    network.dataProvider().addFeatures([line])
    green = processing.run(
        "native:buffer",
        {"INPUT": ranked_nodes, "DISTANCE": 3000, "DISSOLVE": True, "OUTPUT": "memory:"},
    )["OUTPUT"]
    params = image_params(
        sample, ranked_nodes, NETWORK=network, GREEN=green, OUTPUT_GREEN="memory:"
    )
    for key in ("FLOWS", "ORIGIN_FIELD", "DESTINATION_FIELD", "COUNT_FIELD", "YEAR_FIELD", "YEAR"):
        params.pop(key)
    results, _ = run_alg("regionatlas:structureimage", params)
    corridors = list(results["OUTPUT_CORRIDORS"].getFeatures())
    assert len(corridors) == 1 and corridors[0]["cross_border"] is True
    assert "landskod NO/SE" in corridors[0]["border_crossed"]
    assert results["OUTPUT_BORDER_LINKS"].featureCount() == 1
    assert results["OUTPUT_GREEN"].featureCount() == 1


def test_outputs_load_into_one_group_in_drawing_order(provider, sample, ranked_nodes):
    import processing

    project = QgsProject.instance()
    before = {g.name() for g in project.layerTreeRoot().findGroups()}
    params = image_params(sample, ranked_nodes)
    for key in ("OUTPUT_NODES", "OUTPUT_CORRIDORS", "OUTPUT_BORDER_LINKS", "OUTPUT_REGIONS"):
        params[key] = "TEMPORARY_OUTPUT"
    processing.runAndLoadResults("regionatlas:structureimage", params)
    groups = [g for g in project.layerTreeRoot().findGroups() if g.name() not in before]
    try:
        assert len(groups) == 1 and groups[0].name() == "Structure image"
        names = [child.layer().name() for child in groups[0].findLayers()]
        titles = ["Nodes", "Border links", "Corridors", "Functional regions"]
        # every layer's name carries the method and its key parameters (issue 15)
        assert names == [f"{t} – k largest per node 2 ≤ 150 km" for t in titles], names
        corridors = groups[0].findLayers()[2].layer()
        labels = [r.label() for r in corridors.renderer().rootRule().children()]
        assert any("persons" in label for label in labels), labels  # legend says the flows
        assert corridors.renderer().orderByEnabled()
        assert groups[0].findLayers()[0].layer().labelsEnabled()
    finally:
        for group in groups:
            ids = [child.layerId() for child in group.findLayers()]
            project.layerTreeRoot().removeChildNode(group)
            project.removeMapLayers(ids)


# -- export -----------------------------------------------------------------------------------


@pytest.fixture
def image(run_alg, sample, ranked_nodes):
    results, _ = run_alg("regionatlas:structureimage", image_params(sample, ranked_nodes))
    return results


def export_params(layers, folder, **extra):
    params = {
        "LAYERS": layers,
        "TITLE": "Exempelregion",
        "SUBTITLE": "Strukturbild 2023",
        "SOURCE_TEXT": "RegionAtlas sample",
        "DPI": 100,
        "OUTPUT_FOLDER": str(folder),
    }
    params.update(extra)
    return params


def test_export_pdf_png_svg(run_alg, image, tmp_path):
    layers = styled_layers(image)
    results, fb = run_alg(
        "regionatlas:exportstructureimage",
        export_params(layers, tmp_path, FORMAT=3, PARAMETERS_TEXT=image["METADATA"]),
    )
    pdf, png, svg = Path(results["PDF"]), Path(results["PNG"]), Path(results["SVG"])
    assert results["PAGES"] == 1
    # PDF: one A3 landscape page (420 x 297 mm = 1190.6 x 841.9 pt)
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    assert pages[0] == pytest.approx((1190.55, 841.89), abs=1.5)
    # PNG: A3 at 100 dpi, showing nodes and corridors in the style colours
    image_file = QImage(str(png))
    assert (image_file.width(), image_file.height()) == (1653, 1169)  # 420 x 297 mm
    assert colour_pixels(image_file, NODE_COLOUR) > 300
    assert colour_pixels(image_file, CORRIDOR_COLOUR) > 1000
    assert colour_pixels(image_file, BORDER_COLOUR) > 100
    # SVG: parses, editable text (the title is a <text> element)
    texts = svg_texts(svg)
    assert "Exempelregion" in texts and "Nodes" in texts and "Corridors" in texts, texts[:20]
    # no parameter dump on the map face (issue 15): how the image was made is in a
    # provenance file beside it and in the files' metadata
    everything = " ".join(texts)
    assert "regionatlas:structureimage" not in everything and "CORRIDOR_RULE" not in everything
    assert "Source: RegionAtlas sample" in everything and "Source: Source" not in everything
    provenance = Path(results["PROVENANCE"]).read_text(encoding="utf-8")
    assert "Build structure image [regionatlas:structureimage" in provenance
    assert "Corridor rule (CORRIDOR_RULE) = k largest per node" in provenance
    assert b"/Author (RegionAtlas" in pdf.read_bytes()  # the PDF's metadata
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "structure_image.pdf",
        "structure_image.png",
        "structure_image.svg",
        "structure_image_provenance.txt",
    ]  # and no temporary folder left behind
    assert json.loads(results["FILES"]) == [str(pdf), str(png), str(svg)]


def svg_texts(path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(t.itertext()) for t in root.iter() if t.tag.endswith("}text")]


def test_editable_text_switches_map_labels_between_text_and_outlines(run_alg, image, tmp_path):
    """Map labels (the node names) are <text> with EDITABLE_TEXT, outlines without it.
    (QGIS 3.22 writes the layout's own text items as text either way.)"""
    layers = styled_layers(image)
    top = {f["name"] for f in image["OUTPUT_NODES"].getFeatures() if f["rank"] == 1}
    texts = {}
    for editable in (True, False):
        results, _ = run_alg(
            "regionatlas:exportstructureimage",
            export_params(layers, tmp_path / str(editable), FORMAT=2, EDITABLE_TEXT=editable),
        )
        texts[editable] = set(svg_texts(results["SVG"]))
    assert top <= texts[True], top - texts[True]
    assert not top & texts[False]
    assert "Exempelregion" in texts[False]


def test_atlas_one_page_per_region(run_alg, image, tmp_path):
    layers = styled_layers(image)
    regions = image["OUTPUT_REGIONS"]
    n = regions.featureCount()
    assert n == 3
    results, _ = run_alg(
        "regionatlas:exportstructureimage",
        export_params(
            layers, tmp_path / "one", ATLAS_LAYER=regions, ATLAS_NAME_FIELD="name", DPI=50
        ),
    )
    assert results["PAGES"] == n
    assert len(pdf_pages(Path(results["PDF"]))) == n
    results, _ = run_alg(
        "regionatlas:exportstructureimage",
        export_params(
            layers,
            tmp_path / "many",
            ATLAS_LAYER=regions,
            ATLAS_SINGLE_FILE=False,
            DPI=50,
            FORMAT=3,
        ),
    )
    files = json.loads(results["FILES"])
    assert len([f for f in files if f.endswith(".pdf")]) == n
    assert len([f for f in files if f.endswith(".png")]) == n
    assert all(len(pdf_pages(Path(f))) == 1 for f in files if f.endswith(".pdf"))


def test_layers_in_another_crs_are_reprojected_and_said(
    run_alg, sample, ranked_nodes, tmp_path, kommuner_4326
):
    results, fb = run_alg(
        "regionatlas:structureimage", image_params(sample, ranked_nodes, REGIONS=kommuner_4326)
    )
    assert "reprojected" in fb.log and "EPSG:4326" in fb.log
    assert results["OUTPUT_REGIONS"].crs().authid() == "EPSG:3006"
    assert results["OUTPUT_REGIONS"].featureCount() == 3
    layers = [results["OUTPUT_NODES"], QgsVectorLayer(kommuner_4326, "kommuner 4326", "ogr")]
    out, fb = run_alg(
        "regionatlas:exportstructureimage", export_params(layers, tmp_path / "x", FORMAT=1, DPI=40)
    )
    assert "reprojected" in fb.log and "kommuner 4326 (EPSG:4326)" in fb.log


# -- bad input: one row per case --------------------------------------------------------------

BAD_IMAGE = [
    ("no class or rank field", {"RANK_FIELD": None}, ["class field or the rank field"]),
    (
        "threshold removes all",
        {"CORRIDOR_RULE": 2, "CORRIDOR_VALUE": 1e9},
        ["threshold", "removed every one"],
    ),
    (
        "node ids do not match",
        {"NODE_ID_FIELD": "tatort_id"},
        ["node id field 'tatort_id'", "OD ids"],
    ),
    ("year not in the table", {"YEAR": "2031"}, ["2031"]),
    ("flows without node id field", {"NODE_ID_FIELD": None}, ["node id field"]),
    ("borders without county field", {"BORDERS": "kommuner"}, ["county field of the borders"]),
]


@pytest.mark.parametrize("case, change, words", BAD_IMAGE, ids=[c[0] for c in BAD_IMAGE])
def test_bad_structure_image_input(run_alg, sample, ranked_nodes, tmp_path, case, change, words):
    params = image_params(sample, ranked_nodes, OUTPUT_CORRIDORS=str(tmp_path / "c.gpkg"))
    for key, value in change.items():
        if value is None:
            params.pop(key)
        elif key == "BORDERS":
            params[key] = f"{sample['gpkg']}|layername={value}"
        else:
            params[key] = value
    with pytest.raises(QgsProcessingException) as err:
        run_alg("regionatlas:structureimage", params)
    for word in words:
        assert word in str(err.value), str(err.value)
    assert not (tmp_path / "c.gpkg").exists()


def test_nodes_with_empty_rank_are_named(run_alg, sample, ranked_nodes):
    ranked_nodes.startEditing()
    first = next(ranked_nodes.getFeatures())
    ranked_nodes.changeAttributeValue(first.id(), ranked_nodes.fields().lookupField("rank"), None)
    ranked_nodes.commitChanges()
    with pytest.raises(QgsProcessingException) as err:
        run_alg("regionatlas:structureimage", image_params(sample, ranked_nodes))
    assert "1 node(s) have no value in the rank field 'rank'" in str(err.value)
    assert first["namn"] in str(err.value)


def _bad_template(tmp_path, kind):
    path = tmp_path / f"{kind}.qpt"
    if kind == "missing":
        return str(path)
    if kind == "broken":
        path.write_text("<Layout><not closed", encoding="utf-8")
    if kind == "no map":
        from RegionAtlas.processing.structure_layout import DEFAULT_TEMPLATE

        text = DEFAULT_TEMPLATE.read_text(encoding="utf-8").replace('id="map"', 'id="karta"')
        path.write_text(text, encoding="utf-8")
    return str(path)


BAD_EXPORT = [
    (
        "missing template",
        lambda tmp: {"TEMPLATE": _bad_template(tmp, "missing")},
        ["does not exist"],
    ),
    ("broken template", lambda tmp: {"TEMPLATE": _bad_template(tmp, "broken")}, ["broken"]),
    (
        "template without map",
        lambda tmp: {"TEMPLATE": _bad_template(tmp, "no map")},
        ["no item with the id 'map'"],
    ),
    (
        "folder not writable",
        lambda tmp: {"OUTPUT_FOLDER": str(_a_file(tmp) / "sub")},
        ["cannot be written"],
    ),
    ("atlas without features", lambda tmp: {"ATLAS_LAYER": _empty_layer()}, ["no features"]),
    ("no layers", lambda tmp: {"LAYERS": []}, ["LAYERS"]),
]


def _a_file(tmp_path):
    path = tmp_path / "a_file"
    path.write_text("not a folder", encoding="utf-8")
    return path


_KEEP = []


def _empty_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=name:string", "empty", "memory")
    _KEEP.append(layer)
    return layer


@pytest.mark.parametrize("case, change, words", BAD_EXPORT, ids=[c[0] for c in BAD_EXPORT])
def test_bad_export_input(run_alg, image, tmp_path, case, change, words):
    folder = tmp_path / "out"
    params = export_params(styled_layers(image), folder, FORMAT=3, DPI=40)
    params.update(change(tmp_path))
    with pytest.raises(QgsProcessingException) as err:
        run_alg("regionatlas:exportstructureimage", params)
    for word in words:
        assert word in str(err.value), str(err.value)
    # nothing half-written presented as a result
    assert not folder.exists() or not any(folder.iterdir())


# -- qgis_process: what a batch run calls ------------------------------------------------------


@pytest.mark.slow
@pytest.mark.qgis_process
def test_structure_image_and_export_in_qgis_process(qp, sample, ranked_nodes, tmp_path):
    """Build to GeoPackages, then export from those files: the layers get the bundled styles
    (pixels of the style colours in the PNG) and a PDF page."""
    import processing

    nodes = processing.run(
        "native:savefeatures", {"INPUT": ranked_nodes, "OUTPUT": str(tmp_path / "nodes.gpkg")}
    )["OUTPUT"]
    out = {k: str(tmp_path / f"{k}.gpkg") for k in ("n", "c", "b", "r")}
    params = image_params(sample, nodes)
    params.update(
        OUTPUT_NODES=out["n"],
        OUTPUT_CORRIDORS=out["c"],
        OUTPUT_BORDER_LINKS=out["b"],
        OUTPUT_REGIONS=out["r"],
    )
    proc = qp.alg("regionatlas:structureimage", params)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    result = qp.results(proc)
    assert json.loads(result["METADATA"])["algorithm"] == "regionatlas:structureimage"
    folder = tmp_path / "export"
    proc = qp.alg(
        "regionatlas:exportstructureimage",
        {
            "LAYERS": [out[k] for k in ("n", "b", "c", "r")],
            "FORMAT": 3,
            "DPI": 60,
            "TITLE": "Exempelregion",
            "OUTPUT_FOLDER": folder,
            "PARAMETERS_TEXT": result["METADATA"],
        },
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    exported = qp.results(proc)
    assert len(pdf_pages(Path(exported["PDF"]))) == 1
    png = QImage(exported["PNG"])
    assert colour_pixels(png, NODE_COLOUR, 1) > 50 and colour_pixels(png, CORRIDOR_COLOUR, 1) > 200
    assert "styled with the bundled" in proc.stdout + proc.stderr


# -- the bundled pipeline model ----------------------------------------------------------------

PIPELINE_OUTPUTS = (
    "indicators:INDICATORS",
    "regions:COMMUTING_REGIONS",
    "dominantflows:DOMINANT_NODES",
    "dominantflows:DOMINANT_LINKS",
    "hierarchy:HIERARCHY",
    "structureimage:NODES",
    "structureimage:CORRIDORS",
    "structureimage:BORDER_LINKS",
    "structureimage:REGIONS",
    "export_pdf:OUTPUT_FOLDER",
)


def pipeline_params(sample, folder, settlements=True):
    params = {
        **sample.od(),
        **sample.zones(),
        "ZONES_NAME_FIELD": "namn",
        "BORDER_FIELD": "lanskod",
        "TITLE": "Exempelregion",
    }
    if settlements:
        params.update(
            SETTLEMENTS=f"{sample['gpkg']}|layername=tatorter",
            SETTLEMENTS_ID_FIELD="tatort_id",
            SETTLEMENTS_NAME_FIELD="namn",
            SETTLEMENTS_ZONE_FIELD="kommunkod",
            SETTLEMENTS_BORDER_FIELD="lanskod",
            POPULATION_FIELD="population",
        )
    if settlements:  # and without settlements, leave the outputs out: they become temporary
        params.update({name: "TEMPORARY_OUTPUT" for name in PIPELINE_OUTPUTS})
    params["export_pdf:OUTPUT_FOLDER"] = str(folder)
    return params


def test_pipeline_model_has_stable_ids(provider):
    alg = provider.algorithm("pipeline")
    assert alg is not None and alg.id() == "regionatlas:pipeline"
    instance = alg.create()  # keep it alive while its definitions are read
    names = {p.name() for p in instance.parameterDefinitions()}
    assert set(PIPELINE_OUTPUTS) <= names
    assert {"INPUT", "ZONES", "SETTLEMENTS", "TITLE"} <= names


@pytest.mark.parametrize("settlements", [True, False], ids=["settlements", "zones as nodes"])
def test_pipeline_on_sample(run_alg, sample, tmp_path, settlements):
    results, fb = run_alg("regionatlas:pipeline", pipeline_params(sample, tmp_path, settlements))
    assert set(PIPELINE_OUTPUTS) <= set(results)
    nodes = results["structureimage:NODES"]
    expected_nodes = 135 if settlements else 39
    assert nodes.featureCount() == expected_nodes
    assert results["structureimage:CORRIDORS"].featureCount() > 20
    assert results["regions:COMMUTING_REGIONS"].featureCount() == (
        results["structureimage:REGIONS"].featureCount()
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "structure_image.pdf",
        "structure_image.png",
        "structure_image_provenance.txt",
    ]
    assert len(pdf_pages(tmp_path / "structure_image.pdf")) == 1
    png = QImage(str(tmp_path / "structure_image.png"))
    assert (png.width(), png.height()) == (2480, 1754) or (png.width(), png.height()) == (
        2480,
        1753,
    )
    assert colour_pixels(png, NODE_COLOUR, 3) > 50 and colour_pixels(png, CORRIDOR_COLOUR, 3) > 200


@pytest.mark.slow
@pytest.mark.qgis_process
def test_pipeline_in_qgis_process(qp, sample, tmp_path):
    folder = tmp_path / "out"
    params = pipeline_params(sample, folder)
    proc = qp.alg(
        "regionatlas:pipeline", {k: v for k, v in params.items() if v != "TEMPORARY_OUTPUT"}
    )
    assert proc.returncode == 0, proc.stderr[-3000:] + proc.stdout[-3000:]
    results = qp.results(proc)
    assert set(PIPELINE_OUTPUTS) <= set(results), sorted(results)
    assert (folder / "structure_image.pdf").stat().st_size > 0
    assert QImage(str(folder / "structure_image.png")).width() == 2480


def test_pipeline_dialog_reads_in_order_translated_without_fid(provider):
    """Tables before their fields, outputs last, required fields start empty, labels
    translated (issue 15)."""
    from RegionAtlas.processing.pipeline import parameter_labels

    instance = provider.algorithm("pipeline").create()
    names = [p.name() for p in instance.parameterDefinitions()]
    for table, fields in (
        ("INPUT", ("ORIGIN_FIELD", "DESTINATION_FIELD", "COUNT_FIELD", "YEAR_FIELD")),
        ("ZONES", ("ZONES_ID_FIELD", "ZONES_NAME_FIELD", "BORDER_FIELD")),
        ("SETTLEMENTS", ("SETTLEMENTS_ID_FIELD", "POPULATION_FIELD")),
    ):
        assert all(names.index(table) < names.index(f) for f in fields), names
    assert names.index("INPUT") == 0 and names.index("ZONES") < names.index("SETTLEMENTS")
    assert names[-1] == "export_pdf:OUTPUT_FOLDER"
    for p in instance.parameterDefinitions():
        assert p.description() == parameter_labels()[p.name()]
        assert "[optional]" not in p.description() and "(optional" not in p.description()
        if p.type() == "field" and not p.flags() & p.FlagOptional:
            assert p.defaultValue() == "", p.name()  # not the table's first field ("fid")


def test_county_and_national_borders_from_the_units(run_alg, sample, ranked_nodes):
    """Borders lie where units of different counties (countries) meet, never on the outline
    of the area; a national border is not drawn again as a county border (issue 15)."""
    kommuner = QgsVectorLayer(f"{sample['gpkg']}|layername=kommuner", "k", "ogr")
    params = image_params(
        sample,
        ranked_nodes,
        BORDERS=f"{sample['gpkg']}|layername=kommuner",
        BORDERS_FIELD="lanskod",
        BORDERS_COUNTRY_FIELD="landskod",
        OUTPUT_BORDERS="memory:",
    )
    results, _ = run_alg("regionatlas:structureimage", params)
    lines = {f["border_kind"]: f.geometry() for f in results["OUTPUT_BORDERS"].getFeatures()}
    assert set(lines) == {"national", "county"}
    units = [(f["lanskod"], f["landskod"], f.geometry()) for f in kommuner.getFeatures()]
    outline = QgsGeometry.unaryUnion([g for _c, _n, g in units])
    for kind, geom in lines.items():
        length = geom.length()
        assert length > 1000
        for k in range(1, 40):  # points along the line
            point = geom.interpolate(length * k / 40)
            near = [(c, n) for c, n, g in units if g.distance(point) < 50]
            if kind == "national":
                assert len({n for _c, n in near}) == 2, near
            else:
                assert len({c for c, _n in near}) >= 2 and len({n for _c, n in near}) == 1, near
            assert outline.contains(point) or len(near) >= 2


def test_source_line_is_not_doubled(provider):
    """ "Källa: SCB" stays as it is; a bare source gets "Source:" (issue 15)."""
    from RegionAtlas.processing.structure_layout import source_text

    assert source_text("Källa: SCB, 2022").startswith("Källa: SCB, 2022\nMade with RegionAtlas")
    assert source_text("Source: SSB").startswith("Source: SSB\n")
    assert source_text("SCB").startswith("Source: SCB\n")
    assert source_text("  ").startswith("Made with RegionAtlas")
