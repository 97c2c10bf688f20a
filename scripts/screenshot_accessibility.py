"""Render the sample's accessibility maps to PNG (headless; run after ``make demo``):

- ``out/accessibility/grocery_within_10min.png``: population share within 10 minutes of a
  grocery store (livsmedel) by municipality, grocery stores and roads on top;
- ``out/accessibility/jobs_45min.png``: jobs within 45 minutes per population point.

Both use the bundled styles exactly as the algorithms apply them on load
(processing/accessibility_styles.py), plus a legend drawn from the renderer.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_accessibility.py``
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / ".build" / "plugins"))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402

OUT = Path(os.environ.get("RA_OUT", ROOT / "out"))
ACC = OUT / "accessibility"
GPKG = OUT / "sample" / "exempelregion.gpkg"


def layer(path: Path, name: str, title: str) -> QgsVectorLayer:
    lyr = QgsVectorLayer(f"{path}|layername={name}", title, "ogr")
    if not lyr.isValid():
        raise SystemExit(f"cannot open {path} ({name}); run make demo first")
    return lyr


def styled(lyr, qml, field, reclassify=False):
    from RegionAtlas.processing.accessibility_styles import FieldStylePostProcessor

    FieldStylePostProcessor(qml, "{}", None, field, reclassify).postProcessLayer(
        lyr, QgsProcessingContext(), QgsProcessingFeedback()
    )
    return lyr


def simple(lyr, fill, stroke, width=0.2, size=None):
    symbol = lyr.renderer().symbol()
    symbol.setColor(QColor(fill))
    if size is not None:
        symbol.setSize(size)
        symbol.symbolLayer(0).setStrokeColor(QColor(stroke))
    elif lyr.geometryType() == 1:
        symbol.setWidth(width)
    else:
        symbol.symbolLayer(0).setStrokeColor(QColor(stroke))
        symbol.symbolLayer(0).setStrokeWidth(width)
    return lyr


def render(layers, legend_layer, title, subtitle, path: Path) -> None:
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[-1].crs())
    extent = layers[-1].extent()
    extent.scale(1.05)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1400, 1000))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = QImage(1400 + 440, 1000, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, job.renderedImage())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont("DejaVu Sans", 15, QFont.Weight.Bold))
    painter.drawText(1415, 40, title)
    painter.setFont(QFont("DejaVu Sans", 11))
    for k, line in enumerate(subtitle.split("\n")):
        painter.drawText(1415, 68 + 20 * k, line)
    y = 80 + 20 * len(subtitle.split("\n"))
    for item in legend_layer.renderer().legendSymbolItems():
        icon = item.symbol().asImage(QSize(26, 20))
        painter.drawImage(1415, y, icon)
        painter.drawText(1450, y + 16, item.label())
        y += 30
    painter.end()
    image.save(str(path))
    print(f"wrote {path}")


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    from RegionAtlas.processing.accessibility_styles import OPPORTUNITIES_QML, ZONES_QML

    kommuner_outline = simple(layer(GPKG, "kommuner", "kommuner"), "#00000000", "#555555", 0.3)
    kommuner_outline.renderer().symbol().symbolLayer(0).setBrushStyle(Qt.BrushStyle.NoBrush)
    roads = simple(layer(GPKG, "vagar", "vägar"), "#9a9a9a", None, 0.15)
    zones = styled(
        layer(ACC / "service_kommuner.gpkg", "service_kommuner", "kommuner"),
        ZONES_QML,
        "within_livsmedel_10",
    )
    shops = QgsVectorLayer(
        f"{GPKG}|layername=service|subset=\"kategori\" = 'livsmedel'", "s", "ogr"
    )
    simple(shops, "#d7301f", "#ffffff", 0.2, size=1.8)
    render(
        [shops, roads, zones],
        zones,
        "Livsmedelsbutik inom 10 minuter",
        "Andel av befolkningen per kommun\n(bil, Exempelregion)\nröd punkt = butik",
        ACC / "grocery_within_10min.png",
    )
    jobs = styled(
        layer(ACC / "jobs.gpkg", "jobs", "jobb"), OPPORTUNITIES_QML, "cum_45", reclassify=True
    )
    render(
        [kommuner_outline, jobs, roads],
        jobs,
        "Arbetstillfällen inom 45 minuter",
        "Per befolkningsruta (1,5 km), bil\n(Exempelregion)",
        ACC / "jobs_45min.png",
    )
    app.exitQgis()


if __name__ == "__main__":
    main()
