"""regionatlas:exportwebatlas through processing.run, opened in a real browser.

The atlas of the sample region (commuting regions as a categorized layer, commuting
indicators graduated, flow lines with the bundled rule-based style, settlements as a single
symbol with labels) is opened in headless Chromium (Debian's chromium + chromium-driver,
driven by selenium) from disk and from a local web server: no console error, every feature of
every layer drawn in the colour its QGIS renderer gives it, legends as in QGIS, a real click
on a municipality opens its popup, the layer switcher hides layers and their legends.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
STYLES = REPO / "resources" / "styles"
#: Chromium flags for a headless run as root on a closed network (architecture notes).
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
)


def _categorized(layer, field):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSymbol
    from qgis.PyQt.QtGui import QColor

    palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d"]
    values = sorted({f[field] for f in layer.getFeatures()})
    categories = []
    for i, value in enumerate(values):
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(palette[i % len(palette)]))
        categories.append(QgsRendererCategory(value, symbol, f"Region {value}"))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))


def _graduated(layer, field):
    from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange, QgsSymbol
    from qgis.PyQt.QtGui import QColor

    values = sorted(f[field] for f in layer.getFeatures() if f[field] is not None)
    cut = values[len(values) // 2]
    ranges = []
    for low, high, color, label in (
        (values[0], cut, "#fee8c8", "low"),
        (cut, values[-1], "#e34a33", "high"),
    ):
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(color))
        ranges.append(QgsRendererRange(low, high, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer(field, ranges))


def _with_provenance(results):
    """The output layer with its provenance in the metadata, as the plugin's post-processor
    writes it when QGIS loads the output (processing.run loads nothing)."""
    layer = results["OUTPUT"]
    metadata = layer.metadata()
    metadata.setAbstract(results["METADATA"])
    layer.setMetadata(metadata)
    return layer


def _labelled(layer, field):
    from qgis.core import QgsPalLayerSettings, QgsVectorLayerSimpleLabeling

    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.enabled = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


@pytest.fixture(scope="module")
def atlas(sample, tmp_path_factory, qgis_processing):
    """The exported atlas folder and the QGIS layers it was made from."""
    from qgis.core import QgsApplication, QgsVectorLayer
    from RegionAtlas.processing.provider import RegionAtlasProvider

    import processing

    registry = QgsApplication.processingRegistry()
    if registry.providerById("regionatlas") is None:
        provider = RegionAtlasProvider()
        registry.addProvider(provider)
        atlas.keep = provider
    od = {**sample.od(), **sample.zones()}
    units = _with_provenance(
        processing.run("regionatlas:commutingregions", {**od, "METHOD": 0, "OUTPUT": "memory:"})
    )
    units.setName("Kommuner och regioner")
    _categorized(units, "region_id")
    indicators = _with_provenance(
        processing.run("regionatlas:commutingindicators", {**od, "OUTPUT": "memory:"})
    )
    indicators.setName("Självförsörjning")
    _graduated(indicators, "p1")
    flows = _with_provenance(
        processing.run(
            "regionatlas:flowlines", {**od, "BORDER_FIELD": "lanskod", "OUTPUT": "memory:"}
        )
    )
    flows.setName("Pendlingsströmmar")
    _message, ok = flows.loadNamedStyle(str(STYLES / "flowlines.qml"))
    assert ok
    towns = QgsVectorLayer(f"{sample['gpkg']}|layername=tatorter", "Tätorter", "ogr")
    towns.setFieldAlias(towns.fields().lookupField("population"), "Folkmängd")
    _labelled(towns, "namn")
    layers = [units, indicators, flows, towns]
    folder = tmp_path_factory.mktemp("webatlas") / "atlas"
    results = processing.run(
        "regionatlas:exportwebatlas",
        {"LAYERS": layers, "TITLE": "Exempelregion", "LANGUAGE": 2, "OUTPUT_FOLDER": str(folder)},
    )
    return {"folder": folder, "results": results, "layers": layers}


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("chromium and chromium-driver are not installed (scripts/setup.sh --tests)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.binary_location = str(CHROMIUM)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


def _open(browser, url):
    browser.get(url)
    assert browser.execute_script("return !!(window.RegionAtlas && window.RegionAtlas.ready)")
    return [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


def _expected_colours(layer):
    """Per feature (QGIS order) the colour QGIS draws it with: fill for polygons and points,
    stroke for lines. Rule-based: the first rule whose filter holds, else the ELSE rule
    (one level of rules, as in the bundled styles)."""
    from qgis.core import (
        QgsExpression,
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsRenderContext,
        QgsRuleBasedRenderer,
    )

    context = QgsRenderContext()
    scope = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setExpressionContext(scope)
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    colours = []
    for feature in layer.getFeatures():
        scope.setFeature(feature)
        if isinstance(renderer, QgsRuleBasedRenderer):
            rules = renderer.rootRule().children()
            matching = [
                r
                for r in rules
                if not r.isElse() and QgsExpression(r.filterExpression()).evaluate(scope)
            ]
            rule = (matching or [r for r in rules if r.isElse()])[0]
            colours.append(rule.symbol().color().name())
        else:
            colours.append(renderer.symbolForFeature(feature, context).color().name())
    renderer.stopRender(context)
    return colours


def test_page_from_disk_draws_every_feature_in_its_qgis_colour(atlas, browser):
    errors = _open(browser, (atlas["folder"] / "index.html").as_uri())
    assert errors == []
    keys = browser.execute_script("return RegionAtlas.order")
    # polygons, then lines, then points (drawing order), each a layer of the export
    names = [browser.execute_script(f"return RegionAtlas.layers['{k}'].meta.name") for k in keys]
    assert names == ["Kommuner och regioner", "Självförsörjning", "Pendlingsströmmar", "Tätorter"]
    by_name = {layer.name(): layer for layer in atlas["layers"]}
    for key, name in zip(keys, names):
        layer = by_name[name]
        drawn = browser.execute_script(f"return RegionAtlas.drawnFeatures('{key}')")
        assert drawn == layer.featureCount() > 0, name
        kind = browser.execute_script(f"return RegionAtlas.layers['{key}'].meta.geometry")
        attribute = "stroke" if kind == "line" else "fill"
        colours = browser.execute_script(
            f"return RegionAtlas.layers['{key}'].features.map("
            f"l => l._path.getAttribute('{attribute}'))"
        )
        assert colours == _expected_colours(layer), name


def test_legends_are_the_qgis_legends(atlas, browser):
    _open(browser, (atlas["folder"] / "index.html").as_uri())
    blocks = browser.execute_script(
        "return Array.from(document.querySelectorAll('.ra-legend-layer')).map(d => "
        "[d.querySelector('h3').textContent, "
        "Array.from(d.querySelectorAll('li span')).map(s => s.textContent)])"
    )
    expected = [
        [
            layer.name(),
            [
                item.label() or layer.name()
                for item in layer.renderer().legendSymbolItems()
                if item.symbol() is not None
            ],
        ]
        for layer in atlas["layers"]
    ]
    assert blocks == expected
    assert browser.find_element("css selector", ".ra-legend h2").text == "Teckenförklaring"
    assert browser.find_elements("css selector", ".leaflet-control-scale-line")


def test_click_opens_the_popup_of_the_municipality_clicked(atlas, browser):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
    from selenium.webdriver.common.action_chains import ActionChains

    _open(browser, (atlas["folder"] / "index.html").as_uri())
    # Hide every layer but the municipalities with the layer switcher, as a user would.
    for label in browser.find_elements("css selector", ".leaflet-control-layers-overlays label"):
        if "Kommuner och regioner" not in label.text:
            label.find_element("css selector", "input").click()
    legend = browser.execute_script(
        "return Array.from(document.querySelectorAll('.ra-legend-layer h3'))"
        ".map(h => h.textContent)"
    )
    assert legend == ["Kommuner och regioner"]
    assert browser.execute_script("return document.querySelectorAll('path.ra-layer03').length") == 0
    units = atlas["layers"][0]
    transform = QgsCoordinateTransform(
        units.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    map_element = browser.find_element("id", "map")
    checked = 0
    for feature in list(units.getFeatures())[:: max(1, units.featureCount() // 4)]:
        # no popup in the way, no pan animation running from the previous one
        browser.execute_script("RegionAtlas.map.closePopup(); RegionAtlas.map.stop();")
        point = feature.geometry().pointOnSurface()
        point.transform(transform)
        xy = point.asPoint()
        # bring the point to the middle of the map (clear of the controls), then click it
        x, y = browser.execute_script(
            "var m = RegionAtlas.map, ll = [arguments[0], arguments[1]];"
            "m.setView(ll, m.getZoom(), {animate: false});"
            "var p = m.latLngToContainerPoint(ll); return [p.x, p.y];",
            xy.y(),
            xy.x(),
        )
        size = map_element.size
        ActionChains(browser).move_to_element_with_offset(
            map_element, x - size["width"] / 2, y - size["height"] / 2
        ).click().perform()
        popup = browser.find_element("css selector", ".leaflet-popup-content .ra-popup")
        rows = dict(
            browser.execute_script(
                "return Array.from(arguments[0].querySelectorAll('tr')).map("
                "r => [r.querySelector('th').textContent, r.querySelector('td').textContent])",
                popup,
            )
        )
        assert rows["unit_id"] == feature["unit_id"], rows
        assert rows["region_id"] == str(feature["region_id"])
        checked += 1
    assert checked >= 4


def test_labels_show_when_few_features_are_in_view(atlas, browser):
    """Labels (the QGIS label field) are open for the layer's features when at most 60 of
    them are in view, and closed when more are (a readable map at every zoom)."""
    _open(browser, (atlas["folder"] / "index.html").as_uri())
    key = browser.execute_script(
        "return RegionAtlas.order.find(k => RegionAtlas.layers[k].meta.name === 'Tätorter')"
    )
    names = [f["namn"] for f in atlas["layers"][3].getFeatures()]
    state = (
        f"var fs = RegionAtlas.layers['{key}'].features, b = RegionAtlas.map.getBounds();"
        "return [fs.filter(l => b.contains(l.getLatLng())).length,"
        "fs.map(l => l.isTooltipOpen() ? l.getTooltip().getContent() : null)];"
    )
    seen = set()
    for zoom_in in (0, 2, 3):
        browser.execute_script(
            f"var m = RegionAtlas.map, l = RegionAtlas.layers['{key}'].features[0];"
            f"m.setView(l.getLatLng(), m.getZoom() + {zoom_in}, {{animate: false}});"
        )
        in_view, labels = browser.execute_script(state)
        few = in_view <= 60
        seen.add(few)
        assert labels == (names if few else [None] * len(names)), (zoom_in, in_view)
    assert seen == {True, False}  # both cases were met


def test_popup_uses_field_aliases(atlas, browser, tmp_path):
    _open(browser, (atlas["folder"] / "index.html").as_uri())
    key = browser.execute_script(
        "return RegionAtlas.order.find(k => RegionAtlas.layers[k].meta.name === 'Tätorter')"
    )
    html = browser.execute_script(
        f"var l = RegionAtlas.layers['{key}'].features[0]; l.openPopup();"
        "return document.querySelector('.leaflet-popup-content').innerHTML"
    )
    first = next(iter(atlas["layers"][3].getFeatures()))
    assert "Folkmängd" in html and ">population<" not in html
    assert first["namn"] in html  # the popup title: the layer's display expression
    shot = tmp_path / "webatlas.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 20_000


def test_provenance_of_every_layer_is_shown(atlas, browser):
    _open(browser, (atlas["folder"] / "index.html").as_uri())
    browser.find_element("css selector", ".ra-about summary").click()
    blocks = browser.find_elements("css selector", ".ra-provenance")
    assert len(blocks) == 4
    text = browser.find_element("css selector", ".ra-about").text
    for algorithm in (
        "regionatlas:commutingregions",
        "regionatlas:commutingindicators",
        "regionatlas:flowlines",
    ):
        assert algorithm in text
    assert "exempelregion.gpkg" in text  # the settlements have no RegionAtlas provenance


def test_page_from_a_web_server(atlas, browser):
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(atlas["folder"])
    )
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        errors = _open(browser, f"http://127.0.0.1:{server.server_port}/index.html")
        assert errors == []
        counts = browser.execute_script(
            "return RegionAtlas.order.map(k => RegionAtlas.drawnFeatures(k))"
        )
        assert sum(counts) == sum(layer.featureCount() for layer in atlas["layers"])
    finally:
        server.shutdown()
        server.server_close()


def test_output_folder_and_metadata(atlas):
    folder = atlas["folder"]
    results = atlas["results"]
    assert results["INDEX"] == str(folder / "index.html")
    assert (folder / "vendor" / "leaflet" / "LICENSE").is_file()
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert results["SIZE_BYTES"] == size
    manifest = json.loads((folder / "regionatlas-webatlas.json").read_text("utf-8"))
    assert manifest["provenance"]["algorithm"] == "regionatlas:exportwebatlas"
    assert [layer["features"] for layer in manifest["layers"]] == [
        layer.featureCount() for layer in atlas["layers"]
    ]
    # the data files are GeoJSON inside one line of JavaScript
    text = (folder / "data" / "layer01.js").read_text("utf-8")
    prefix = "RegionAtlasData.layers.push("
    assert text.startswith(prefix) and text.endswith(");\n")
    collection = json.loads(text[len(prefix) : -3])
    assert collection["type"] == "FeatureCollection"
    assert collection["regionatlas"]["name"] == "Kommuner och regioner"


def test_notes_are_refused_unless_allowed_and_nothing_is_written(sample, tmp_path, run_alg):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    notes = QgsVectorLayer(
        "Point?crs=EPSG:3006&field=note_uuid:string&field=author:string&field=text:string",
        "Synpunkter",
        "memory",
    )
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    feature = QgsFeature(notes.fields())
    feature.setAttributes(["a1", "Kim", "Bussen går för sällan"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(500000, 6500000)))
    notes.dataProvider().addFeatures([feature])
    folder = tmp_path / "atlas"
    with pytest.raises(QgsProcessingException, match="INCLUDE_NOTES"):
        run_alg("regionatlas:exportwebatlas", {"LAYERS": [notes], "OUTPUT_FOLDER": str(folder)})
    assert not folder.exists() and list(tmp_path.iterdir()) == []
    results, _fb = run_alg(
        "regionatlas:exportwebatlas",
        {"LAYERS": [notes], "INCLUDE_NOTES": True, "LANGUAGE": 1, "OUTPUT_FOLDER": str(folder)},
    )
    page = (folder / "index.html").read_text("utf-8")
    assert '"notes": true' in page and "stakeholder notes" in page


def test_folder_with_other_files_is_never_overwritten(sample, tmp_path, run_alg):
    from qgis.core import QgsProcessingException

    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "report.docx").write_text("the user's own file")
    with pytest.raises(QgsProcessingException, match="already holds other files"):
        run_alg(
            "regionatlas:exportwebatlas",
            {"LAYERS": [f"{sample['gpkg']}|layername=kommuner"], "OUTPUT_FOLDER": str(folder)},
        )
    assert [p.name for p in folder.iterdir()] == ["report.docx"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]  # no partial folder left


def test_layer_read_from_file_gets_the_bundled_style(tmp_path, run_alg, sample):
    """Under qgis_process layers come from files: flowlines.gpkg gets flowlines.qml."""
    flows = tmp_path / "flowlines.gpkg"
    run_alg(
        "regionatlas:flowlines",
        {**sample.od(), **sample.zones(), "BORDER_FIELD": "lanskod", "OUTPUT": str(flows)},
    )
    results, fb = run_alg(
        "regionatlas:exportwebatlas",
        {"LAYERS": [str(flows)], "OUTPUT_FOLDER": str(tmp_path / "atlas"), "LANGUAGE": 1},
    )
    assert "flowlines.qml" in fb.log
    text = (tmp_path / "atlas" / "data" / "layer01.js").read_text("utf-8")
    legend = json.loads(text[len("RegionAtlasData.layers.push(") : -3])["regionatlas"]["legend"]
    assert [e["label"] for e in legend] == ["Within the border", "Across the border"]
    shutil.rmtree(tmp_path / "atlas")
    # commuting_regions.qml draws every region with its "all other values" category
    regions = tmp_path / "commuting_regions.gpkg"
    run_alg(
        "regionatlas:commutingregions",
        {**sample.od(), **sample.zones(), "OUTPUT": "memory:", "OUTPUT_REGIONS": str(regions)},
    )
    run_alg(
        "regionatlas:exportwebatlas",
        {"LAYERS": [str(regions)], "OUTPUT_FOLDER": str(tmp_path / "atlas")},
    )
    manifest = json.loads((tmp_path / "atlas" / "regionatlas-webatlas.json").read_text("utf-8"))
    from qgis.core import QgsVectorLayer

    count = QgsVectorLayer(str(regions), "r", "ogr").featureCount()
    assert manifest["layers"][0]["features"] == count > 1


@pytest.mark.parametrize(
    ("locale", "lang", "word"), [("sv_SE", "sv", "Om kartan"), ("en_GB", "en", "About the map")]
)
def test_language_follows_qgis_by_default(sample, tmp_path, run_alg, locale, lang, word):
    from qgis.PyQt.QtCore import QSettings

    settings = QSettings()
    saved = {k: settings.value(k) for k in ("locale/userLocale", "locale/overrideFlag")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)
    try:
        run_alg(
            "regionatlas:exportwebatlas",
            {"LAYERS": [f"{sample['gpkg']}|layername=kommuner"], "OUTPUT_FOLDER": str(tmp_path)},
        )
    finally:
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
    page = (tmp_path / "index.html").read_text("utf-8")
    assert f'<html lang="{lang}">' in page and word in page
