"""Generate the QML styles of the commuting-region outputs (run once with PyQGIS).

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_region_styles.py

Writes resources/styles/{commuting_regions_units,commuting_regions,region_change_units}.qml.

The region styles are categorized renderers on ``region_id``. Categories depend on the run, so
the files hold the look (the source symbol, Paul Tol's colour-blind-safe "light" palette as the
colour ramp for QGIS's Classify button, and one catch-all category so that the style draws
something on its own); the algorithms' post-processor builds one category per region at load
time with colours that differ between neighbours (processing/regions_common.py). A designer
may improve a style in QGIS and save it over the file; this script only makes the first
version.
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsPresetSchemeColorRamp,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"

#: Paul Tol's "light" scheme without its grey (kept in sync with processing/regions_common.py).
PALETTE = ("#77AADD", "#EE8866", "#BBCC33", "#FFAABB", "#99DDFF", "#EEDD88", "#44BB99", "#AAAA00")
NEUTRAL = "#DDDDDD"


def fill(colour: str, alpha: int, outline: str, width: float) -> QgsFillSymbol:
    c = QColor(colour)
    c.setAlpha(alpha)
    symbol = QgsFillSymbol.createSimple(
        {
            "color": f"{c.red()},{c.green()},{c.blue()},{alpha}",
            "outline_color": outline,
            "outline_width": str(width),
            "outline_width_unit": "MM",
            "joinstyle": "round",
        }
    )
    return symbol


def categorized(template: QgsFillSymbol) -> QgsCategorizedSymbolRenderer:
    catch_all = template.clone()
    colour = QColor(NEUTRAL)
    colour.setAlpha(template.color().alpha())
    catch_all.setColor(colour)
    renderer = QgsCategorizedSymbolRenderer(
        "region_id", [QgsRendererCategory(None, catch_all, "all regions")]
    )
    renderer.setSourceSymbol(template.clone())
    renderer.setSourceColorRamp(QgsPresetSchemeColorRamp([QColor(c) for c in PALETTE]))
    return renderer


def labels(expression: str, size: float, bold: bool) -> QgsVectorLayerSimpleLabeling:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    text = QgsTextFormat()
    font = QFont("Sans")
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor("#222222"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255, 220))
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.placement = QgsPalLayerSettings.OverPoint
    settings.centroidInside = True
    settings.priority = 7
    return QgsVectorLayerSimpleLabeling(settings)


def layer(fields: str) -> QgsVectorLayer:
    return QgsVectorLayer(f"MultiPolygon?crs=EPSG:3006&{fields}", "style", "memory")


def main() -> int:
    STYLES.mkdir(parents=True, exist_ok=True)
    # units: opaque soft fills per region, thin white unit borders
    units = layer("field=unit_id:string&field=region_id:string&field=region_name:string")
    units.setRenderer(categorized(fill(PALETTE[0], 235, "255,255,255,255", 0.2)))
    units.saveNamedStyle(str(STYLES / "commuting_regions_units.qml"))

    # regions: translucent fills over a background map, dark outline, region names
    regions = layer("field=region_id:string&field=region_name:string&field=V:double")
    regions.setRenderer(categorized(fill(PALETTE[0], 140, "60,60,60,255", 0.5)))
    regions.setLabeling(labels('"region_name"', 9.0, True))
    regions.setLabelsEnabled(True)
    regions.saveNamedStyle(str(STYLES / "commuting_regions.qml"))

    # region change: units that changed region stand out (Okabe-Ito vermillion), others grey
    change = layer("field=unit_id:string&field=changed:boolean")
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, colour, alpha in (
        ("changed region", '"changed" = true', "#D55E00", 230),
        ("same region", "ELSE", NEUTRAL, 200),
    ):
        rule = QgsRuleBasedRenderer.Rule(fill(colour, alpha, "255,255,255,255", 0.2))
        rule.setLabel(label)
        if expression == "ELSE":
            rule.setIsElse(True)
        else:
            rule.setFilterExpression(expression)
        root.appendChild(rule)
    change.setRenderer(QgsRuleBasedRenderer(root))
    change.setLabeling(labels('if("changed", "unit_id", \'\')', 7.5, False))
    change.setLabelsEnabled(True)
    change.saveNamedStyle(str(STYLES / "region_change_units.qml"))
    return 0


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    code = main()
    app.exitQgis()
    sys.exit(code)
