"""Service areas in the structure image (regionatlas:structureimage SERVICE_AREAS ->
OUTPUT_SERVICE_AREAS): bands written from real service areas of the sample, the bundled style
with a legend from the data, the layer group's drawing order, and the exported legend."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from qgis.core import (
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

THRESHOLDS = (10.0, 20.0, 30.0)


@pytest.fixture(scope="module")
def service_areas(provider_module, sample):
    """Service areas around the sample's health centres (vardcentral) on its road network."""
    import processing

    gpkg = sample["gpkg"]
    return processing.run(
        "regionatlas:serviceareas",
        {
            "NETWORK": f"{gpkg}|layername=vagar",
            "SPEED_FIELD": "hastighet",
            "ONEWAY_FIELD": "oneway",
            "MAX_SNAP": 3000,
            "CONNECTOR_SPEED": 30,
            "DESTINATIONS": f"{gpkg}|layername=service|subset=\"kategori\" = 'vardcentral'",
            "DESTINATIONS_ID_FIELD": "service_id",
            "THRESHOLDS": ",".join(f"{t:g}" for t in THRESHOLDS),
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]


@pytest.fixture(scope="module")
def provider_module(qgis_processing):
    from qgis.core import QgsApplication
    from RegionAtlas.processing.provider import RegionAtlasProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("regionatlas") is None:
        keep = RegionAtlasProvider()
        registry.addProvider(keep)
        yield keep
    else:
        yield registry.providerById("regionatlas")


def image_params(sample, areas, **extra):
    params = {
        "NODES": f"{sample['gpkg']}|layername=tatorter",
        "NAME_FIELD": "namn",
        "CLASS_FIELD": "namn",
        "SIZE_FIELD": "population",
        "SERVICE_AREAS": areas,
        "OUTPUT_NODES": "memory:",
        "OUTPUT_CORRIDORS": "memory:",
        "OUTPUT_BORDER_LINKS": "memory:",
        "OUTPUT_SERVICE_AREAS": "memory:",
        "NETWORK": f"{sample['gpkg']}|layername=vagar",
    }
    params.update(extra)
    return params


def test_service_areas_become_time_bands(run_alg, sample, service_areas):
    results, fb = run_alg("regionatlas:structureimage", image_params(sample, service_areas))
    bands = results["OUTPUT_SERVICE_AREAS"]
    rows = [(f["minutes"], f.geometry()) for f in bands.getFeatures()]
    assert [m for m, _ in rows] == sorted(THRESHOLDS, reverse=True)  # drawing order
    by_minutes = dict(rows)
    every = QgsGeometry.unaryUnion([f.geometry() for f in service_areas.getFeatures()])
    union = QgsGeometry.unaryUnion([g for _, g in rows])
    # The bands cover what the service areas cover, generalised: the holes of the road lace
    # closed (more area), never farther out than the closing distance (1.2 % of the map's
    # diagonal, under 2 km here) ...
    assert every.difference(union).area() < 1e-3 * every.area()
    assert union.area() > 1.5 * every.area()
    assert union.difference(every.buffer(2000, 4)).area() < 1e-3 * union.area()
    # ... the 10-minute band holds the 10-minute areas, and the bands never overlap
    within_10 = QgsGeometry.unaryUnion(
        [f.geometry() for f in service_areas.getFeatures() if f["minutes"] == 10]
    )
    assert within_10.difference(by_minutes[10.0]).area() < 1e-3 * within_10.area()
    for a in THRESHOLDS:
        for b in THRESHOLDS:
            if a < b:
                assert by_minutes[a].intersection(by_minutes[b]).area() < 1e-3 * every.area()
                # a place reached within a minutes is never in the band of b minutes
                assert by_minutes[b].intersection(within_10).area() < 1e-3 * within_10.area()
    for feature in bands.getFeatures():
        assert feature["area_km2"] == pytest.approx(feature.geometry().area() / 1e6)
    assert "3 service-area bands" in fb.log


def test_style_and_legend_from_the_data(run_alg, sample, service_areas):
    from RegionAtlas.processing.structure_styles import apply_structure_style, structure_layer_key

    results, _ = run_alg("regionatlas:structureimage", image_params(sample, service_areas))
    layer = results["OUTPUT_SERVICE_AREAS"]
    assert structure_layer_key(layer) == "service_areas"
    assert apply_structure_style(layer, "service_areas", rename=True)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == (
        "minutes"
    )
    labels = [r.label() for r in renderer.ranges()]
    assert labels == ["within 10 minutes", "within 20 minutes", "within 30 minutes"]
    # each band falls in its own class, shortest time darkest, all light (transparent)
    for feature in layer.getFeatures():
        assert renderer.rangeForValue(feature["minutes"]).label() == (
            f"within {feature['minutes']:g} minutes"
        )
    colours = [r.symbol().color() for r in renderer.ranges()]
    assert colours[0].lightness() < colours[-1].lightness()
    assert all(r.symbol().opacity() <= 0.5 for r in renderer.ranges())
    assert layer.name() == "Service areas"


def test_loaded_into_the_group_under_borders_corridors_and_nodes(provider, sample, service_areas):
    import processing

    project = QgsProject.instance()
    before = {g.name() for g in project.layerTreeRoot().findGroups()}
    params = image_params(sample, service_areas)
    for key in ("OUTPUT_NODES", "OUTPUT_CORRIDORS", "OUTPUT_BORDER_LINKS", "OUTPUT_SERVICE_AREAS"):
        params[key] = "TEMPORARY_OUTPUT"
    processing.runAndLoadResults("regionatlas:structureimage", params)
    groups = [g for g in project.layerTreeRoot().findGroups() if g.name() not in before]
    try:
        assert len(groups) == 1
        names = [child.layer().name().split(" – ")[0] for child in groups[0].findLayers()]
        assert names == ["Nodes", "Border links", "Corridors", "Service areas"], names
        areas = groups[0].findLayers()[-1].layer()
        assert areas.renderer().ranges()[0].label() == "within 10 minutes"
    finally:
        for group in groups:
            ids = [child.layerId() for child in group.findLayers()]
            project.layerTreeRoot().removeChildNode(group)
            project.removeMapLayers(ids)


def test_exported_legend_says_within_minutes(run_alg, sample, service_areas, tmp_path):
    results, _ = run_alg("regionatlas:structureimage", image_params(sample, service_areas))
    # as a model passes them: read back from files, unstyled, nodes first
    layers = []
    for key in ("OUTPUT_NODES", "OUTPUT_CORRIDORS", "OUTPUT_SERVICE_AREAS"):
        layer = results[key]
        path = tmp_path / f"{key}.gpkg"
        from qgis.core import QgsVectorFileWriter

        options = QgsVectorFileWriter.SaveVectorOptions()
        QgsVectorFileWriter.writeAsVectorFormatV2(
            layer, str(path), QgsProject.instance().transformContext(), options
        )
        layers.append(QgsVectorLayer(str(path), key, "ogr"))
    exported, fb = run_alg(
        "regionatlas:exportstructureimage",
        {
            "LAYERS": layers,
            "TITLE": "Exempelregion",
            "FORMAT": 2,
            "DPI": 50,
            "OUTPUT_FOLDER": str(tmp_path / "out"),
        },
    )
    root = ET.parse(exported["SVG"]).getroot()
    texts = ["".join(t.itertext()) for t in root.iter() if t.tag.endswith("}text")]
    assert "Service areas" in texts, texts[:30]
    assert {"within 10 minutes", "within 20 minutes", "within 30 minutes"} <= set(texts)
    assert "styled with the bundled service_areas style" in fb.log


def test_service_areas_without_minutes_are_refused(run_alg, sample):
    areas = f"{sample['gpkg']}|layername=kommuner"
    with pytest.raises(QgsProcessingException, match="SERVICE_AREAS.*'minutes'"):
        run_alg("regionatlas:structureimage", image_params(sample, areas))
