"""Generate the QML styles of the settlement-structure outputs (run once with PyQGIS).

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_settlement_styles.py

Writes resources/styles/{dominantflows_nodes,dominantflows_links,settlement_hierarchy_points,
settlement_hierarchy_polygons,degurba_level1,degurba_level2,degurbaunits_level1,
degurbaunits_level2,polycentricity}.qml. Colours: ColorBrewer YlOrBr / Blues ramps, which are
colour-blind safe and keep their order in greyscale (lightness falls with the class); water is
the one blue, and sizes carry the order of point classes as well. A designer may improve a
style in QGIS and save it over the file; this script only makes the first version.
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsArrowSymbolLayer,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalettedRasterRenderer,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRasterLayer,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedLabeling,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"

#: GHS-SMOD codes, from most to least urban, with YlOrBr colours (dark = urban); water blue.
LEVEL2 = [
    (30, "30 urban centre", "#662506"),
    (23, "23 dense urban cluster", "#993404"),
    (22, "22 semi-dense urban cluster", "#cc4c02"),
    (21, "21 suburban or peri-urban", "#ec7014"),
    (13, "13 rural cluster", "#fe9929"),
    (12, "12 low-density rural", "#fec44f"),
    (11, "11 very low-density rural", "#fff7bc"),
    (10, "10 water", "#9ecae1"),
]
LEVEL1 = [
    (3, "3 urban centre", "#662506"),
    (2, "2 urban cluster", "#ec7014"),
    (1, "1 rural", "#fff7bc"),
    (0, "0 water", "#9ecae1"),
]
UNITS_LEVEL2 = [
    (30, "city", "#662506"),
    (23, "dense town", "#993404"),
    (22, "semi-dense town", "#cc4c02"),
    (21, "suburban or peri-urban area", "#ec7014"),
    (13, "village", "#fe9929"),
    (12, "dispersed rural area", "#fec44f"),
    (11, "mostly uninhabited area", "#fff7bc"),
]
UNITS_LEVEL1 = [
    (3, "city", "#662506"),
    (2, "town and semi-dense area", "#ec7014"),
    (1, "rural area", "#fff7bc"),
]
NAME_EXPRESSION = "coalesce(attribute('namn'), attribute('name'), attribute('NAVN'), \"id\")"


def label_settings(expression: str, size: float = 8.0) -> QgsPalLayerSettings:
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = expression
    text = QgsTextFormat()
    text.setSize(size)
    text.setColor(QColor("#1a1a1a"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    return settings


def rule_labels(rules: list[tuple[str, QgsPalLayerSettings]]) -> QgsRuleBasedLabeling:
    root = QgsRuleBasedLabeling.Rule(None)
    for expression, settings in rules:
        rule = QgsRuleBasedLabeling.Rule(settings)
        rule.setFilterExpression(expression)
        root.appendChild(rule)
    return QgsRuleBasedLabeling(root)


def save(layer, name: str) -> None:
    path = STYLES / name
    message, ok = layer.saveNamedStyle(str(path))
    if not ok:
        raise SystemExit(f"{name}: {message}")
    print("wrote", path)


def dominant_nodes() -> None:
    layer = QgsVectorLayer(
        "Point?field=id:string&field=role:string&field=level:integer", "n", "memory"
    )
    spec = [
        ("dominant", "Dominant", "#08306b", "square", 4.6, "#ffffff"),
        ("intermediate", "Intermediate", "#2171b5", "circle", 3.4, "#ffffff"),
        ("dominated", "Dominated", "#9ecae1", "circle", 2.2, "#08306b"),
        ("independent", "Independent", "#ffffff", "circle", 2.0, "#636363"),
    ]
    categories = []
    for value, label, colour, shape, size, outline in spec:
        symbol = QgsMarkerSymbol.createSimple(
            {"name": shape, "color": colour, "size": str(size), "outline_color": outline}
        )
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("role", categories))
    layer.setLabeling(rule_labels([("\"role\" = 'dominant'", label_settings(NAME_EXPRESSION))]))
    layer.setLabelsEnabled(True)
    save(layer, "dominantflows_nodes.qml")


def dominant_links() -> None:
    layer = QgsVectorLayer(
        "LineString?field=from:string&field=to:string&field=flow:double"
        "&field=share_of_outflow:double",
        "l",
        "memory",
    )
    symbol = QgsLineSymbol()
    arrow = QgsArrowSymbolLayer()
    arrow.setIsCurved(False)
    arrow.setIsRepeated(False)
    arrow.setHeadType(QgsArrowSymbolLayer.HeadSingle)
    arrow.setArrowType(QgsArrowSymbolLayer.ArrowPlain)
    arrow.setArrowWidth(0.6)
    arrow.setArrowStartWidth(0.6)
    arrow.setHeadLength(2.0)
    arrow.setHeadThickness(1.2)
    arrow.subSymbol().setColor(QColor("#4d4d4d"))
    arrow.subSymbol().symbolLayer(0).setStrokeStyle(0)  # no outline
    width = QgsProperty.fromExpression('0.3 + 1.5 * coalesce("share_of_outflow", 0)')
    arrow.setDataDefinedProperty(QgsSymbolLayer.PropertyArrowWidth, width)
    arrow.setDataDefinedProperty(QgsSymbolLayer.PropertyArrowStartWidth, width)
    symbol.changeSymbolLayer(0, arrow)
    symbol.setOpacity(0.8)
    renderer = QgsSingleSymbolRenderer(symbol)
    layer.setRenderer(renderer)
    save(layer, "dominantflows_links.qml")


HIERARCHY = [
    (1, 1, "Class rank 1 (top)", "#662506", 7.0),
    (2, 2, "Class rank 2", "#cc4c02", 5.0),
    (3, 3, "Class rank 3", "#fe9929", 3.6),
    (4, 4, "Class rank 4", "#fed98e", 2.6),
    (5, 99, "Class rank 5 and lower", "#ffffd4", 1.8),
]


def hierarchy(points: bool) -> None:
    geometry = "Point" if points else "Polygon"
    layer = QgsVectorLayer(f"{geometry}?field=class:string&field=class_rank:integer", "h", "memory")
    ranges = []
    for low, high, label, colour, size in HIERARCHY:
        if points:
            symbol = QgsMarkerSymbol.createSimple(
                {"name": "circle", "color": colour, "size": str(size), "outline_color": "#3d3d3d"}
            )
        else:
            symbol = QgsFillSymbol.createSimple(
                {"color": colour, "outline_color": "#3d3d3d", "outline_width": "0.2"}
            )
        ranges.append(QgsRendererRange(low - 0.5, high + 0.5, symbol, label))
    renderer = QgsGraduatedSymbolRenderer("class_rank", ranges)
    layer.setRenderer(renderer)
    layer.setLabeling(
        rule_labels(
            [
                ('"class_rank" = 1', label_settings(NAME_EXPRESSION, 10.0)),
                ('"class_rank" = 2', label_settings(NAME_EXPRESSION, 8.0)),
            ]
        )
    )
    layer.setLabelsEnabled(True)
    save(layer, f"settlement_hierarchy_{'points' if points else 'polygons'}.qml")


def degurba_raster(classes, name: str, tmp: Path) -> None:
    from osgeo import gdal

    path = tmp / f"{name}.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 2, 2, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((0, 1000, 0, 0, 0, -1000))
    ds = None
    layer = QgsRasterLayer(str(path), name)
    items = [
        QgsPalettedRasterRenderer.Class(code, QColor(colour), label)
        for code, label, colour in classes
    ]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, items))
    save(layer, f"{name}.qml")


def degurba_units(classes, field: str, name: str) -> None:
    layer = QgsVectorLayer(f"Polygon?field={field}:integer", "u", "memory")
    categories = []
    for code, label, colour in classes:
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#5a5a5a", "outline_width": "0.2"}
        )
        categories.append(QgsRendererCategory(code, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))
    save(layer, f"{name}.qml")


def polycentricity() -> None:
    layer = QgsVectorLayer("Polygon?field=p_morphological:double", "p", "memory")
    colours = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"]
    ranges = []
    for k, colour in enumerate(colours):
        low, high = k / 5, (k + 1) / 5
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#5a5a5a", "outline_width": "0.2"}
        )
        ranges.append(QgsRendererRange(low, high, symbol, f"P_M {low:.1f} - {high:.1f}"))
    renderer = QgsGraduatedSymbolRenderer("p_morphological", ranges)
    layer.setRenderer(renderer)
    save(layer, "polycentricity.qml")


def main() -> None:
    import tempfile

    app = QgsApplication([], False)
    app.initQgis()
    with tempfile.TemporaryDirectory() as tmp:
        dominant_nodes()
        dominant_links()
        hierarchy(points=True)
        hierarchy(points=False)
        degurba_raster(LEVEL1, "degurba_level1", Path(tmp))
        degurba_raster(LEVEL2, "degurba_level2", Path(tmp))
        degurba_units(UNITS_LEVEL1, "class_l1", "degurbaunits_level1")
        degurba_units(UNITS_LEVEL2, "class_l2", "degurbaunits_level2")
        polycentricity()
    app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
