"""Run inside the QGIS desktop (``qgis --code``): open the Processing toolbox filtered to
RegionAtlas and the flow-lines dialog, grab the window into $RA_SHOT (scripts/screenshot.sh)."""

import os

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QLineEdit
from qgis.utils import iface

SHOT = os.environ.get("RA_SHOT", "out/screenshot_toolbox.png")


def show_toolbox():
    iface.mainWindow().resize(1600, 1000)
    iface.actionShowProcessingToolbox().trigger() if hasattr(
        iface, "actionShowProcessingToolbox"
    ) else None
    for dock in iface.mainWindow().findChildren(QDockWidget):
        if dock.objectName() == "ProcessingToolbox":
            dock.show()
            dock.raise_()
            search = dock.findChild(QLineEdit)
            if search is not None:
                search.setText("regionatlas")
    QTimer.singleShot(3000, grab)


def grab():
    iface.mainWindow().grab().save(SHOT)
    print("screenshot:", SHOT)
    QApplication.instance().quit()


QTimer.singleShot(5000, show_toolbox)
