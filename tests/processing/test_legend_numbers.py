"""Every legend text with numbers goes through one formatter (i18n.number / number_range):
"3,377–50,620 persons" in English, "3 377–50 620 personer" in Swedish (no-break space,
en dash without spaces), whichever style or layer made it."""

from __future__ import annotations

import pytest

NBSP = "\u00a0"


@pytest.fixture(params=["en", "sv"])
def language(request, qgis_app):
    from RegionAtlas.i18n import install_translator, remove_translator

    if request.param == "sv" and install_translator("sv") is None:
        pytest.skip("the Swedish translation is not compiled (.qm)")
    yield request.param
    remove_translator()


EXPECTED = {
    "en": ("3,377–50,620 persons", "1,200–2,601", "within 10 minutes", "12,500 persons"),
    "sv": (
        f"3{NBSP}377–50{NBSP}620 personer",
        f"1{NBSP}200–2{NBSP}601",
        "inom 10 minuter",
        f"12{NBSP}500 personer",
    ),
}


def _memory_layer(definition: str, rows: list[dict]):
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer(definition, "t", "memory")
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        for name, value in row.items():
            feature[name] = value
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_flow_line_legend(language):
    from RegionAtlas.processing.flow_styles import class_label

    flows, _, _, single = EXPECTED[language]
    assert class_label(3377, 50620) == flows
    assert class_label(12500, 12500.2) == single


def test_structure_corridor_legend(language):
    from qgis.core import QgsRuleBasedRenderer, QgsSymbol, QgsWkbTypes
    from RegionAtlas.processing.structure_styles import label_flow_classes

    layer = _memory_layer(
        "LineString?field=width_class:integer&field=flow:double",
        [{"width_class": 1, "flow": 3377.0}, {"width_class": 1, "flow": 50620.0}],
    )
    root = QgsRuleBasedRenderer.Rule(None)
    symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.GeometryType.LineGeometry)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, '"width_class" = 1', "Class 1"))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    label_flow_classes(layer)
    (rule,) = layer.renderer().rootRule().children()
    assert rule.label() == EXPECTED[language][0]


def test_service_area_legend(language):
    from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange, QgsSymbol, QgsWkbTypes
    from RegionAtlas.processing.structure_styles import label_service_area_classes

    layer = _memory_layer("Polygon?field=minutes:double", [{"minutes": 10.0}])
    symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.GeometryType.PolygonGeometry)
    renderer = QgsGraduatedSymbolRenderer("minutes", [QgsRendererRange(0, 10, symbol, "x")])
    layer.setRenderer(renderer)
    label_service_area_classes(layer)
    assert [r.label() for r in layer.renderer().ranges()] == [EXPECTED[language][2]]


def test_quantile_classes_of_opportunities(language):
    from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange, QgsSymbol, QgsWkbTypes
    from RegionAtlas.processing.accessibility_styles import relabel_ranges

    symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.GeometryType.PointGeometry)
    renderer = QgsGraduatedSymbolRenderer("jobs", [QgsRendererRange(1200, 2600.6, symbol, "x")])
    relabel_ranges(renderer)
    assert [r.label() for r in renderer.ranges()] == [EXPECTED[language][1]]


def test_no_other_number_format_in_the_style_modules():
    """No style module formats numbers itself (f-string format specs, QLocale)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "processing"
    modules = sorted(root.glob("*styles*.py"))
    assert modules
    for path in modules:
        text = path.read_text(encoding="utf-8")
        assert "QLocale" not in text, path.name
        assert not re.search(r"\{[^{}]*:[,.0-9]*[fdg]\}", text), path.name


def test_population_classes_of_the_nodes(language):
    """The preset's class names (data: ">= 50 000", "10 000 - 49 999") read in the legend
    as the other numbers do."""
    from qgis.core import QgsRuleBasedRenderer, QgsSymbol, QgsWkbTypes
    from RegionAtlas.processing.structure_styles import label_node_classes

    layer = _memory_layer(
        "Point?field=rank:integer&field=class:string",
        [{"rank": 1, "class": ">= 50 000"}, {"rank": 2, "class": "10 000 - 49 999"}],
    )
    root = QgsRuleBasedRenderer.Rule(None)
    for k in (1, 2):
        symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.GeometryType.PointGeometry)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, f'"rank" = {k}', f"Class {k}"))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    label_node_classes(layer)
    labels = [r.label() for r in layer.renderer().rootRule().children()]
    sep = "," if language == "en" else NBSP
    assert labels == [f"≥ 50{sep}000", f"10{sep}000–49{sep}999"]
