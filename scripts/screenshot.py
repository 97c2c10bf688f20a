"""Run inside the QGIS desktop (``qgis --code``): load the sample, run the flow lines with
their style, grab the main window into $RA_SHOT. Used by scripts/screenshot.sh to look at what
a user sees."""

import os

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

OUT = os.environ.get("RA_OUT", "out")
SHOT = os.environ.get("RA_SHOT", os.path.join(OUT, "screenshot_qgis.png"))
gpkg = os.path.join(OUT, "sample", "exempelregion.gpkg")


def setup():
    import processing

    kommuner = QgsVectorLayer(f"{gpkg}|layername=kommuner", "Exempelregion kommuner", "ogr")
    QgsProject.instance().addMapLayer(kommuner)
    sym = kommuner.renderer().symbol()
    sym.setColor(sym.color().fromRgb(238, 236, 228))
    sym.symbolLayer(0).setStrokeColor(sym.color().fromRgb(150, 150, 150))
    processing.runAndLoadResults(
        "regionatlas:flowlines",
        {
            "INPUT": os.path.join(OUT, "sample", "exempelregion_pendling.csv"),
            "ORIGIN_FIELD": "bostadskommun",
            "DESTINATION_FIELD": "arbetskommun",
            "COUNT_FIELD": "forvarvsarbetande",
            "YEAR_FIELD": "ar",
            "YEAR": "2023",
            "ZONES": f"{gpkg}|layername=kommuner",
            "ZONES_ID_FIELD": "kommunkod",
            "BORDER_FIELD": "landskod",
            "K_LARGEST": 3,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    QTimer.singleShot(3000, lambda: zoom(kommuner))


def zoom(layer):
    iface.mapCanvas().setExtent(layer.extent().buffered(3000))
    iface.mapCanvas().refresh()
    QTimer.singleShot(4000, grab)


def grab():
    iface.mainWindow().grab().save(SHOT)
    print("screenshot:", SHOT)
    iface.actionExit().trigger()


QTimer.singleShot(4000, setup)
