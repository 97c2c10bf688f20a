"""Write the bundled print-layout template resources/layouts/structure_image_a3.qpt.

The .qpt is the file a designer edits in QGIS's layout designer (style-examples.md, "Styles and
layouts as files"); this script only makes its first version reproducible. The export algorithm
(regionatlas:exportstructureimage) finds the items by their ids, which are API:

    map, title, subtitle, legend, scalebar, north_arrow, source, parameters

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/structure_image_layout.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (
    QgsApplication,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

LAYOUTS = Path(__file__).resolve().parents[1] / "resources" / "layouts"
FONT = "DejaVu Sans"
#: Item frames (x, y, width, height in mm) of the two templates: A3 landscape with a panel on
#: the right (wide regions), A3 portrait with a band at the bottom (tall regions such as
#: Sweden or Norway). The export picks the one that fits the extent.
TEMPLATES = {
    "structure_image_a3.qpt": {
        "page": (420.0, 297.0),
        "map": (10, 10, 300, 277),
        "title": (318, 12, 92, 24),
        "subtitle": (318, 37, 92, 14),
        "legend": (318, 54, 92, 130),
        "legend_columns": 1,
        "parameters": (318, 209, 92, 52),
        "source": (318, 265, 92, 22),
        "scalebar": (15, 271),
        "north_arrow": (292, 15, 11, 16),
    },
    "structure_image_a3_portrait.qpt": {
        "page": (297.0, 420.0),
        "title": (10, 10, 277, 13),
        "subtitle": (10, 24, 277, 9),
        "map": (10, 35, 277, 302),
        "legend": (10, 343, 165, 67),
        "legend_columns": 2,
        "parameters": (180, 343, 107, 42),
        "source": (180, 388, 107, 22),
        "scalebar": (15, 321),
        "north_arrow": (269, 40, 11, 16),
    },
}


def mm(x: float, y: float) -> QgsLayoutPoint:
    return QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters)


def size(w: float, h: float) -> QgsLayoutSize:
    return QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters)


def text_format(points: float, bold: bool = False, colour: str = "#1a1a1a") -> QgsTextFormat:
    fmt = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(points)
    fmt.setColor(QColor(colour))
    return fmt


def label(layout, item_id: str, text: str, x, y, w, h, points, bold=False, colour="#1a1a1a"):
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(text)
    font = QFont(FONT)
    font.setPointSizeF(points)
    font.setBold(bold)
    item.setFont(font)
    item.setFontColor(QColor(colour))
    item.setVAlign(Qt.AlignTop)
    item.setHAlign(Qt.AlignLeft)
    item.attemptMove(mm(x, y))
    item.attemptResize(size(w, h))
    layout.addLayoutItem(item)
    return item


def build(project: QgsProject, frames: dict) -> QgsPrintLayout:
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("RegionAtlas structure image A3")
    page = layout.pageCollection().page(0)
    page.setPageSize(size(*frames["page"]))
    mx, my, mw, mh = frames["map"]

    map_item = QgsLayoutItemMap(layout)
    map_item.setId("map")
    map_item.attemptMove(mm(mx, my))
    map_item.attemptResize(size(mw, mh))
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, QgsUnitTypes.LayoutMillimeters))
    map_item.setFrameStrokeColor(QColor("#555555"))
    map_item.setBackgroundColor(QColor("#ffffff"))
    # A valid extent (a template saved without one loads with NaN and cannot be zoomed).
    map_item.setExtent(QgsRectangle(0, 0, mw * 1000, mh * 1000))
    layout.addLayoutItem(map_item)

    label(layout, "title", "Structure image", *frames["title"], 20, bold=True)
    label(layout, "subtitle", "", *frames["subtitle"], 11, colour="#333333")

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Legend")
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(True)
    legend.setSymbolWidth(9)
    legend.setSymbolHeight(4.5)
    legend.setColumnCount(frames["legend_columns"])
    legend.setSplitLayer(True)
    for style, pts, bold in (
        (QgsLegendStyle.Title, 12, True),
        (QgsLegendStyle.Group, 10, True),
        (QgsLegendStyle.Subgroup, 9, True),
        (QgsLegendStyle.SymbolLabel, 8, False),
    ):
        font = QFont(FONT)
        font.setPointSizeF(pts)
        font.setBold(bold)
        legend.rstyle(style).setFont(font)
    legend.attemptMove(mm(*frames["legend"][:2]))
    legend.attemptResize(size(*frames["legend"][2:]))
    layout.addLayoutItem(legend)

    label(layout, "parameters", "", *frames["parameters"], 6.5, colour="#444444")
    label(layout, "source", "", *frames["source"], 7, colour="#444444")

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(10)
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    scalebar.setMinimumBarWidth(25)
    scalebar.setMaximumBarWidth(50)
    scalebar.setTextFormat(text_format(8))
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 220))
    scalebar.attemptMove(mm(*frames["scalebar"]))
    layout.addLayoutItem(scalebar)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath("north_arrow.svg")  # resolved next to the template at export time
    arrow.setLinkedMap(map_item)
    arrow.attemptMove(mm(*frames["north_arrow"][:2]))
    arrow.attemptResize(size(*frames["north_arrow"][2:]))
    layout.addLayoutItem(arrow)
    return layout


def main() -> int:
    app = QgsApplication([], True)
    app.initQgis()
    project = QgsProject()
    ok = True
    for name, frames in TEMPLATES.items():
        target = LAYOUTS / name
        saved = build(project, frames).saveAsTemplate(str(target), QgsReadWriteContext())
        doc = QDomDocument()
        doc.setContent(target.read_text(encoding="utf-8"))
        again = QgsPrintLayout(project)
        _items, loaded = again.loadFromTemplate(doc, QgsReadWriteContext())
        ids = sorted(i.id() for i in again.items() if hasattr(i, "id") and i.id())
        print("wrote" if saved else "FAILED", target, "loads back:", loaded, ids)
        ok = ok and saved and loaded
    app.exitQgis()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
