"""Write the bundled QML styles of the structure image (resources/styles/structure_*.qml).

The QML files are the source a designer edits in QGIS (style-examples.md, "Styles and layouts
as files"); this script only makes the first version reproducible. Run with the QGIS Python:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/structure_image_styles.py

Palette (colour-blind safe, Okabe & Ito 2008; checked in greyscale): nodes dark indigo, the
darkest layer; corridors blue with a white casing; cross-border links vermilion and dashed (the
dash, not only the hue, tells them apart in greyscale); regions pale fills of similar
lightness with a mid-grey generalised outline; green structure pale green with a hatch.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"

#: Colours the tests look for in exported images (tests/processing/test_structureimage.py).
NODE_COLOUR = "#2b1d4e"
CORRIDOR_COLOUR = "#4797cc"  # lighter than the nodes in greyscale (52 % vs 15 %)
BORDER_COLOUR = "#d55e00"
REGION_OUTLINE = "#7a7a7a"
REGION_FILLS = ("#f2e6c4", "#dcebd3", "#e3def0", "#f5dccd", "#d6e7ef")
GREEN_FILL = "#c4dfb4"
#: Node diameters (mm) by rank 1..5 (5 = "5 and lower").
NODE_SIZES = (6.4, 4.6, 3.2, 1.9, 1.2)
#: The lowest classes recede: muted greyish fills (greyscale 45 % and 60 %).
LOW_NODE_COLOURS = {4: "#6f6a80", 5: "#9a96a6"}
#: Corridor widths (mm) by width class 1..5.
CORRIDOR_WIDTHS = (0.5, 1.0, 1.7, 2.6, 3.8)
#: Label sizes (pt) by rank.
LABEL_SIZES = (11.0, 9.0, 8.0, 7.0, 7.0)


def order_by(field: str, ascending: bool) -> QgsFeatureRequest.OrderBy:
    return QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(field, ascending)])


def width_expression() -> str:
    cases = " ".join(f'WHEN "width_class" = {k} THEN {w}' for k, w in enumerate(CORRIDOR_WIDTHS, 1))
    return f"CASE {cases} ELSE {CORRIDOR_WIDTHS[0]} END"


def corridor_symbol(width: float | None, colour: str, dashed: bool) -> QgsLineSymbol:
    """A corridor with a white casing; ``width`` None = data-defined by "width_class"."""
    base = width if width is not None else CORRIDOR_WIDTHS[2]
    casing = {
        "line_color": "255,255,255,255",
        "line_width": str(base + 0.6),
        "capstyle": "round",
        "joinstyle": "round",
    }
    line = {
        "line_color": QColor(colour).name(),
        "line_width": str(base),
        "capstyle": "flat" if dashed else "round",
        "joinstyle": "round",
    }
    if dashed:
        line.update({"use_custom_dash": "1", "customdash": "4;1.6"})
    symbol = QgsLineSymbol.createSimple(casing)
    top = QgsLineSymbol.createSimple(line)  # keep it alive while its layer is cloned
    symbol.appendSymbolLayer(top.symbolLayer(0).clone())
    if width is None:
        expression = width_expression()
        symbol.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.PropertyStrokeWidth, QgsProperty.fromExpression(f"({expression}) + 0.6")
        )
        symbol.symbolLayer(1).setDataDefinedProperty(
            QgsSymbolLayer.PropertyStrokeWidth, QgsProperty.fromExpression(expression)
        )
    return symbol


def corridor_renderer(cross_only: bool) -> QgsRuleBasedRenderer:
    """Width classes 5..1 (labels rewritten with the flow range of each class when the layer
    is loaded, see processing/structureimage.py apply_structure_style) and one rule for the
    links across a border, dashed, width by class."""
    root = QgsRuleBasedRenderer.Rule(None)
    if not cross_only:
        for k in range(5, 0, -1):
            root.appendChild(
                QgsRuleBasedRenderer.Rule(
                    corridor_symbol(CORRIDOR_WIDTHS[k - 1], CORRIDOR_COLOUR, False),
                    filterExp=f'"width_class" = {k} AND "cross_border" IS NOT TRUE',
                    label=f"Flow class {k}",
                )
            )
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            corridor_symbol(None, BORDER_COLOUR, True),
            filterExp='"cross_border" IS TRUE',
            label="Across a county or national border",
        )
    )
    renderer = QgsRuleBasedRenderer(root)
    renderer.setOrderBy(order_by("flow", False))  # larger flows first, i.e. below
    renderer.setOrderByEnabled(True)
    return renderer


def node_renderer() -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    for k in range(1, 6):
        size = NODE_SIZES[k - 1]
        if k == 1:
            # The top class: a ring around a dot reads as "centre" even in greyscale.
            symbol = QgsMarkerSymbol.createSimple(
                {
                    "name": "circle",
                    "color": "255,255,255,255",
                    "outline_color": NODE_COLOUR,
                    "outline_width": "0.9",
                    "size": str(size),
                }
            )
            dot = QgsMarkerSymbol.createSimple(
                {
                    "name": "circle",
                    "color": NODE_COLOUR,
                    "outline_style": "no",
                    "size": str(size * 0.5),
                }
            )
            symbol.appendSymbolLayer(dot.symbolLayer(0).clone())
        else:
            symbol = QgsMarkerSymbol.createSimple(
                {
                    "name": "circle",
                    "color": LOW_NODE_COLOURS.get(k, NODE_COLOUR),
                    "outline_color": "255,255,255,255",
                    "outline_width": "0.3" if k < 4 else "0.2",
                    "size": str(size),
                }
            )
        filter_exp = f'"rank" = {k}' if k < 5 else '"rank" >= 5'
        label = {1: "Class 1 (top)", 5: "Class 5 and lower"}.get(k, f"Class {k}")
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp=filter_exp, label=label))
    renderer = QgsRuleBasedRenderer(root)
    renderer.setOrderBy(order_by("rank", False))  # top class drawn last, on top
    renderer.setOrderByEnabled(True)
    return renderer


def node_labels() -> QgsRuleBasedLabeling:
    root = QgsRuleBasedLabeling.Rule(None)
    for k in range(1, 5):
        fmt = QgsTextFormat()
        font = QFont("DejaVu Sans")
        font.setBold(k == 1)
        fmt.setFont(font)
        fmt.setSize(LABEL_SIZES[k - 1])
        fmt.setColor(QColor("#1a1a1a"))
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.9)
        buffer.setColor(QColor(255, 255, 255))
        buffer.setOpacity(0.9)
        fmt.setBuffer(buffer)
        settings = QgsPalLayerSettings()
        settings.fieldName = "name"
        settings.setFormat(fmt)
        settings.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
        settings.dist = 0.8
        settings.priority = 10 - k
        # No label is forced: in dense areas (Oslo, Stockholm) forced labels overprint each
        # other; the priorities keep the top classes' names first.
        settings.obstacle = True
        rule = QgsRuleBasedLabeling.Rule(settings)
        rule.setFilterExpression(
            f'"label" AND "rank" = {k}' if k < 4 else '"label" AND "rank" >= 4'
        )
        rule.setDescription(f"Class {k}")
        root.appendChild(rule)
    return QgsRuleBasedLabeling(root)


def region_symbol() -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple(
        {
            "color": REGION_FILLS[0],
            "outline_color": REGION_OUTLINE,
            "outline_width": "0.6",
            "joinstyle": "round",
        }
    )
    n = len(REGION_FILLS)
    cases = " ".join(
        f"WHEN (\"colour\" - 1) % {n} = {k} THEN '{c}'" for k, c in enumerate(REGION_FILLS)
    )
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertyFillColor,
        QgsProperty.fromExpression(f"CASE {cases} ELSE '{REGION_FILLS[0]}' END"),
    )
    symbol.setOpacity(0.75)
    return symbol


def green_symbol() -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple({"color": GREEN_FILL, "outline_style": "no"})
    hatch = QgsFillSymbol.createSimple(
        {"color": "#6fa35a", "style": "b_diagonal", "outline_style": "no"}
    )
    symbol.appendSymbolLayer(hatch.symbolLayer(0).clone())
    symbol.setOpacity(0.8)
    return symbol


def save(layer: QgsVectorLayer, name: str) -> None:
    message, ok = layer.saveNamedStyle(str(STYLES / name))
    if not ok:
        raise SystemExit(f"{name}: {message}")
    print("wrote", STYLES / name)


def main() -> None:
    app = QgsApplication([], True)  # fonts need a GUI application (offscreen is fine)
    app.initQgis()
    line_fields = (
        "field=from_id:string&field=to_id:string&field=flow:double&field=width_class:integer"
        "&field=cross_border:boolean"
    )
    corridors = QgsVectorLayer(f"LineString?crs=EPSG:3006&{line_fields}", "c", "memory")
    corridors.setRenderer(corridor_renderer(cross_only=False))
    save(corridors, "structure_corridors.qml")
    border = QgsVectorLayer(f"LineString?crs=EPSG:3006&{line_fields}", "b", "memory")
    border.setRenderer(corridor_renderer(cross_only=True))
    save(border, "structure_border_links.qml")
    nodes = QgsVectorLayer(
        "Point?crs=EPSG:3006&field=name:string&field=rank:integer&field=label:boolean",
        "n",
        "memory",
    )
    nodes.setRenderer(node_renderer())
    nodes.setLabeling(node_labels())
    nodes.setLabelsEnabled(True)
    save(nodes, "structure_nodes.qml")
    regions = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:3006&field=region_id:string&field=colour:integer", "r", "memory"
    )
    from qgis.core import QgsSingleSymbolRenderer

    regions.setRenderer(QgsSingleSymbolRenderer(region_symbol()))
    save(regions, "structure_regions.qml")
    green = QgsVectorLayer("MultiPolygon?crs=EPSG:3006&field=name:string", "g", "memory")
    green.setRenderer(QgsSingleSymbolRenderer(green_symbol()))
    save(green, "structure_green.qml")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
