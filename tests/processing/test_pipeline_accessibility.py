"""The bundled pipeline (regionatlas:pipeline) with and without its optional accessibility
steps: through processing.run and through the real qgis_process."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

ACCESS_OUTPUTS = (
    "serviceareas:SERVICE_AREAS",
    "structureimage:SERVICE_AREAS",
    "accessibility:ACCESSIBILITY",
    "accessibility:ACCESSIBILITY_ZONES",
)
#: The other outputs of the model (a bare model needs every output given).
COMMUTING_OUTPUTS = (
    "indicators:INDICATORS",
    "regions:COMMUTING_REGIONS",
    "dominantflows:DOMINANT_NODES",
    "dominantflows:DOMINANT_LINKS",
    "hierarchy:HIERARCHY",
    "structureimage:NODES",
    "structureimage:CORRIDORS",
    "structureimage:BORDER_LINKS",
    "structureimage:REGIONS",
)
#: The 20-minute colour of resources/styles/structure_service_areas.qml (the 10-minute one
#: has the hue of a region fill of the sample).
WITHIN_20_COLOUR = "#9e9ac8"


def base_params(sample, folder) -> dict:
    return {
        **sample.od(),
        **sample.zones(),
        "ZONES_NAME_FIELD": "namn",
        "BORDER_FIELD": "lanskod",
        "SETTLEMENTS": f"{sample['gpkg']}|layername=tatorter",
        "SETTLEMENTS_ID_FIELD": "tatort_id",
        "SETTLEMENTS_NAME_FIELD": "namn",
        "SETTLEMENTS_ZONE_FIELD": "kommunkod",
        "SETTLEMENTS_BORDER_FIELD": "lanskod",
        "POPULATION_FIELD": "population",
        "TITLE": "Exempelregion",
        "export_pdf:OUTPUT_FOLDER": str(folder),
    }


def access_params(sample) -> dict:
    gpkg = sample["gpkg"]
    return {
        "NETWORK": f"{gpkg}|layername=vagar",
        "SPEED_FIELD": "hastighet",
        "ONEWAY_FIELD": "oneway",
        "MAX_SNAP": 3000,
        "CONNECTOR_SPEED": 30,
        "SERVICE_POINTS": f"{gpkg}|layername=service|subset=\"kategori\" = 'vardcentral'",
        "SERVICE_ID_FIELD": "service_id",
        "SERVICE_CATEGORY_FIELD": "kategori",
        "THRESHOLDS": "10,20,30",
        "ORIGINS": f"{gpkg}|layername=befolkning",
        "ORIGINS_ID_FIELD": "ruta_id",
        "ORIGINS_POPULATION_FIELD": "befolkning",
    }


def blended_pixels(image: QImage, colour: str, step: int = 3) -> int:
    """Pixels whose colour lies between white and ``colour`` (a light transparent fill of it
    over a pale background): hue within 12 degrees, clearly saturated, lighter than the
    dark nodes."""
    want = QColor(colour)
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = QColor(image.pixel(x, y))
            if (
                c.hslSaturation() > 60
                and c.lightness() > 90
                and abs(c.hslHue() - want.hslHue()) < 12
            ):
                count += 1
    return count


def layer_of(value) -> QgsVectorLayer:
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "x", "ogr")


def test_pipeline_with_network_draws_service_areas_and_keeps_accessibility(
    run_alg, sample, tmp_path
):
    params = {**base_params(sample, tmp_path), **access_params(sample)}
    params.update({name: "TEMPORARY_OUTPUT" for name in ACCESS_OUTPUTS})
    results, fb = run_alg("regionatlas:pipeline", params)
    assert set(ACCESS_OUTPUTS) <= set(results), sorted(results)
    areas = layer_of(results["serviceareas:SERVICE_AREAS"])
    bands = layer_of(results["structureimage:SERVICE_AREAS"])
    assert sorted({f["minutes"] for f in areas.getFeatures()}) == [10, 20, 30]
    assert [f["minutes"] for f in bands.getFeatures()] == [30, 20, 10]
    access = layer_of(results["accessibility:ACCESSIBILITY"])
    population = QgsVectorLayer(f"{sample['gpkg']}|layername=befolkning", "p", "ogr")
    assert access.featureCount() == population.featureCount()
    assert any("vardcentral" in name for name in access.fields().names()), access.fields().names()
    zones = layer_of(results["accessibility:ACCESSIBILITY_ZONES"])
    assert zones.featureCount() == 39  # the pipeline's zones
    png = QImage(str(tmp_path / "structure_image.png"))
    with_areas = blended_pixels(png, WITHIN_20_COLOUR)
    assert with_areas > 5000


def test_pipeline_without_network_has_no_accessibility_steps(run_alg, sample, tmp_path):
    results, fb = run_alg("regionatlas:pipeline", base_params(sample, tmp_path))
    assert not set(ACCESS_OUTPUTS) & set(results), sorted(results)
    assert results["structureimage:NODES"].featureCount() == 135
    png = QImage(str(tmp_path / "structure_image.png"))
    assert blended_pixels(png, WITHIN_20_COLOUR) < 1000


def test_pipeline_without_origins_draws_service_areas_only(run_alg, sample, tmp_path):
    params = {**base_params(sample, tmp_path), **access_params(sample)}
    for name in ("ORIGINS", "ORIGINS_ID_FIELD", "ORIGINS_POPULATION_FIELD"):
        params.pop(name)
    results, fb = run_alg("regionatlas:pipeline", params)
    assert "structureimage:SERVICE_AREAS" in results
    assert "accessibility:ACCESSIBILITY" not in results
    assert "accessibility step is left out" in fb.log


@pytest.mark.parametrize(
    "change, words",
    [
        ({"NETWORK": None}, "SERVICE_POINTS, ORIGINS, SPEED_FIELD, ONEWAY_FIELD given without"),
        ({"SERVICE_POINTS": None}, "no services (SERVICE_POINTS)"),
        ({"SERVICE_ID_FIELD": None}, "SERVICE_ID_FIELD"),
        ({"ORIGINS_ID_FIELD": None}, "ORIGINS_ID_FIELD"),
    ],
    ids=["services without network", "network without services", "no service id", "no origin id"],
)
def test_pipeline_accessibility_inputs_that_do_not_fit(run_alg, sample, tmp_path, change, words):
    params = {**base_params(sample, tmp_path), **access_params(sample)}
    for name in change:
        params.pop(name)
    with pytest.raises(QgsProcessingException, match=re.escape(words)):
        run_alg("regionatlas:pipeline", params)
    assert not list(Path(tmp_path).glob("*.pdf"))


@pytest.mark.slow
@pytest.mark.qgis_process
@pytest.mark.parametrize("network", [True, False], ids=["with network", "without network"])
def test_pipeline_accessibility_in_qgis_process(qp, sample, tmp_path, network):
    folder = tmp_path / "out"
    gpkg = tmp_path / "pipeline.gpkg"
    params = base_params(sample, folder)
    if network:
        params.update(access_params(sample))
        params["accessibility:ACCESSIBILITY"] = (
            f"ogr:dbname='{gpkg}' table=\"accessibility\" (geom)"
        )
    proc = qp.alg("regionatlas:pipeline", params)
    assert proc.returncode == 0, proc.stderr[-3000:] + proc.stdout[-3000:]
    results = qp.results(proc)
    assert ("structureimage:SERVICE_AREAS" in results) == network, sorted(results)
    assert ("accessibility:ACCESSIBILITY" in results) == network
    if network:
        kept = QgsVectorLayer(f"{gpkg}|layername=accessibility", "a", "ogr")
        assert kept.isValid() and kept.featureCount() > 0
    png = QImage(str(folder / "structure_image.png"))
    assert png.width() == 2480
    assert (blended_pixels(png, WITHIN_20_COLOUR) > 5000) == network


@pytest.mark.slow
@pytest.mark.qgis_process
def test_bare_model_file_with_network_in_qgis_process(qp, sample, tmp_path):
    """The bundled .model3 itself (as the model designer runs it) with every input of the
    accessibility steps and every output given: all steps run, service areas in the image."""
    from RegionAtlas.processing.pipeline import MODEL

    folder = tmp_path / "out"
    params = {**base_params(sample, folder), **access_params(sample)}
    for output in (*COMMUTING_OUTPUTS, *ACCESS_OUTPUTS):
        params[output] = str(tmp_path / f"{output.replace(':', '_')}.gpkg")
    proc = qp.alg(str(MODEL), params)
    assert proc.returncode == 0, proc.stderr[-3000:] + proc.stdout[-3000:]
    bands = QgsVectorLayer(str(tmp_path / "structureimage_SERVICE_AREAS.gpkg"), "b", "ogr")
    assert [f["minutes"] for f in bands.getFeatures()] == [30, 20, 10]
    kept = QgsVectorLayer(str(tmp_path / "accessibility_ACCESSIBILITY.gpkg"), "a", "ogr")
    assert kept.featureCount() > 0
    png = QImage(str(folder / "structure_image.png"))
    assert blended_pixels(png, WITHIN_20_COLOUR) > 5000
