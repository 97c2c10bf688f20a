"""Run inside the QGIS desktop (``qgis --code``, see scripts/screenshot_review.sh): the screens
a planner meets, one PNG each, for a look before a release.

RA_REVIEW=dialogs: every algorithm dialog of the commuting, commuting-region and settlement
groups and the pipeline model's dialog. RA_REVIEW=map: the country's results loaded at full
extent, one map per result with its legend (commuting regions SCB and EURO, flow lines,
dominant flows), and the attribute table of the regions. RA_COUNTRY (norway | sweden),
RA_LANG (en | sv, with RA_LOCALE set to match) and RA_SHOTS (folder) name the files
``<what>_<country>_<lang>.png``.
"""

import os
import sys
import traceback

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

SHOTS = os.environ.get("RA_SHOTS", "out/review")
COUNTRY = os.environ.get("RA_COUNTRY", "norway")
LANG = os.environ.get("RA_LANG", "en")
REVIEW = os.environ.get("RA_REVIEW", "dialogs")
DATA = os.environ.get("RA_DATA", "../shared/data")

DIALOGS = [
    "commutingindicators",
    "flowlines",
    "commutingregions",
    "laregionsfromindicators",
    "regionchange",
    "dominantflows",
    "settlementhierarchy",
    "degurba",
    "degurbaunits",
    "polycentricity",
    "pipeline",
]


def shot_path(what: str) -> str:
    os.makedirs(SHOTS, exist_ok=True)
    return os.path.join(SHOTS, f"{what}_{COUNTRY}_{LANG}.png")


def wait(ms: int) -> None:
    """Let Qt draw for ``ms`` milliseconds."""
    from qgis.PyQt.QtCore import QEventLoop

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab_dialogs() -> None:
    import processing

    for name in DIALOGS:
        try:
            dialog = processing.createAlgorithmDialog(f"regionatlas:{name}", {})
            dialog.resize(1250, 950)
            dialog.show()
            wait(1500)
            dialog.grab().save(shot_path(f"dialog_{name}"))
            dialog.close()
            dialog.deleteLater()
        except Exception:  # a failing dialog is a finding; go on with the others
            traceback.print_exc()


def zones_layer():
    if COUNTRY == "norway":
        path = os.path.join(DATA, "norway", "kommuner2020_4326.gpkg")
        return (
            QgsVectorLayer(f"{path}|layername=kommuner2020", "kommuner", "ogr"),
            "KOMMUNENR",
            "NAVN",
        )
    path = os.path.join(DATA, "sweden", "kommuner_3006.gpkg")
    return QgsVectorLayer(f"{path}|layername=kommuner", "kommuner", "ogr"), "code", "name"


def run(alg: str, params: dict) -> list:
    import processing

    project = QgsProject.instance()
    before = set(project.mapLayers())
    try:
        processing.runAndLoadResults(f"regionatlas:{alg}", params)
    except Exception:
        traceback.print_exc()
    return [project.mapLayer(i) for i in set(project.mapLayers()) - before]


def show_only(layers, zones) -> None:
    from qgis.core import QgsCoordinateTransform

    root = QgsProject.instance().layerTreeRoot()
    for node in root.findLayers():
        node.setItemVisibilityChecked(node.layer() in layers)
        node.setExpanded(node.layer() in layers)
    from qgis.core import QgsCoordinateReferenceSystem

    canvas = iface.mapCanvas()
    crs = QgsCoordinateReferenceSystem("EPSG:25833" if COUNTRY == "norway" else "EPSG:3006")
    QgsProject.instance().setCrs(crs)
    canvas.setDestinationCrs(crs)
    transform = QgsCoordinateTransform(
        zones.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
    )
    extent = transform.transformBoundingBox(zones.extent())
    canvas.setExtent(extent.buffered(extent.width() * 0.02))
    iface.mapCanvas().refresh()
    wait(6000)


def grab_window(what: str) -> None:
    iface.mainWindow().grab().save(shot_path(what))


def grab_maps() -> None:
    from qgis.core import QgsCoordinateReferenceSystem
    from qgis.PyQt.QtGui import QColor
    from qgis.PyQt.QtWidgets import QDockWidget

    iface.mainWindow().resize(1600, 1000)
    for dock in iface.mainWindow().findChildren(QDockWidget):
        if dock.objectName() == "Browser":
            dock.hide()
        if dock.objectName() == "Layers":
            iface.mainWindow().resizeDocks([dock], [430], Qt.Orientation.Horizontal)
    zones, id_field, name_field = zones_layer()
    symbol = zones.renderer().symbol()
    symbol.setColor(QColor(238, 236, 228))
    symbol.symbolLayer(0).setStrokeColor(QColor(160, 160, 160))
    QgsProject.instance().addMapLayer(zones)
    # a projected CRS, as a planner maps a country: UTM 33N (Norway), SWEREF 99 TM (Sweden)
    crs = "EPSG:25833" if COUNTRY == "norway" else "EPSG:3006"
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem(crs))
    iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem(crs))
    results = {}
    if COUNTRY == "norway":
        od = {
            "INPUT": os.path.join(DATA, "norway", "commuting_2022.csv"),
            "ORIGIN_FIELD": "home_kommune",
            "DESTINATION_FIELD": "work_kommune",
            "COUNT_FIELD": "employed",
        }
        zone_params = {
            "ZONES": zones.source(),
            "ZONES_ID_FIELD": id_field,
            "ZONES_NAME_FIELD": name_field,
            "MISSING_ZONES": 1,
        }
        for method, key in ((0, "regions_scb"), (1, "regions_euro")):
            results[key] = run(
                "commutingregions",
                {
                    **od,
                    **zone_params,
                    "METHOD": method,
                    "LA_YEAR": 2022,
                    "OUTPUT": "TEMPORARY_OUTPUT",
                    "OUTPUT_REGIONS": "TEMPORARY_OUTPUT",
                },
            )
        results["flowlines"] = run(
            "flowlines",
            {
                **od,
                "ZONES": zones.source(),
                "ZONES_ID_FIELD": id_field,
                "K_LARGEST": 1,
                "MIN_FLOW": 500,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
        results["dominantflows"] = run(
            "dominantflows",
            {
                **od,
                "NODES": zones.source(),
                "NODES_ID_FIELD": id_field,
                "OUTPUT_NODES": "TEMPORARY_OUTPUT",
                "OUTPUT_LINKS": "TEMPORARY_OUTPUT",
            },
        )
    else:
        results["regions_scb"] = run(
            "laregionsfromindicators",
            {
                "INPUT": os.path.join(DATA, "sweden", "scb_la_2022.csv"),
                "UNIT_FIELD": "kommun_kod",
                "DESTINATION_FIELD": "largest_destination",
                "P1_FIELD": "p1",
                "P2_FIELD": "p2",
                "NAME_FIELD": "kommun",
                "LA_YEAR": 2022,
                "ZONES": zones.source(),
                "ZONES_ID_FIELD": id_field,
                "OUTPUT": "TEMPORARY_OUTPUT",
                "OUTPUT_REGIONS": "TEMPORARY_OUTPUT",
            },
        )
    for key, layers in results.items():
        shown = [layer for layer in layers if layer is not None]
        if key.startswith("regions"):
            shown = [layer for layer in shown if "region_name" in layer.fields().names()]
        show_only([*shown, zones], zones)
        grab_window(f"map_{key}")
    regions = [
        layer
        for layer in results.get("regions_scb", [])
        if layer is not None and "units" in layer.fields().names()
    ]
    if regions:
        table = iface.showAttributeTable(regions[0])
        if table is not None:
            table.resize(1500, 800)
            wait(3000)
            table.grab().save(shot_path("table_regions_scb"))


def main() -> None:
    try:
        if REVIEW == "dialogs":
            grab_dialogs()
        else:
            grab_maps()
    except Exception:
        traceback.print_exc()
    print("screenshots in", SHOTS, file=sys.stderr)
    # no "temporary scratch layers"/"save changes?" dialogs on exit (they block Xvfb runs)
    for widget in QApplication.topLevelWidgets():
        if widget is not iface.mainWindow() and widget.isVisible():
            widget.close()
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().setDirty(False)
    iface.actionExit().trigger()


QTimer.singleShot(6000, main)
