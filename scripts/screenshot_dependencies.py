"""Run inside the QGIS desktop (``qgis --code``): open RegionAtlas's "Missing Python packages"
dialog from the message bar's Install button and grab it into $RA_SHOT (before pip runs) and
${RA_SHOT%.png}_running.png (a few seconds into the pip run, which is then cancelled).

Run it where packages are really missing, e.g. Debian 12's QGIS without the venv
(scripts/screenshot_dependencies.sh does this with a throw-away profile).
"""

import os

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QPushButton
from qgis.utils import iface, plugins

SHOT = os.environ.get("RA_SHOT", "out/screenshot_dependencies.png")


def open_dialog():
    button = iface.mainWindow().findChild(QPushButton, "RegionAtlasInstallButton")
    if button is None:
        print("screenshot: no Install button (nothing missing?)")
        QApplication.instance().quit()
        return
    button.click()
    QTimer.singleShot(1500, grab_ready)


def dialog():
    return plugins["RegionAtlas"].dependency_dialog


def grab_ready():
    dialog().grab().save(SHOT)
    print("screenshot:", SHOT)
    dialog().installButton.click()
    QTimer.singleShot(int(os.environ.get("RA_PIP_SECONDS", "12")) * 1000, grab_running)


def grab_running():
    running = SHOT[: -len(".png")] + "_running.png"
    dialog().grab().save(running)
    print("screenshot:", running)
    if os.environ.get("RA_WAIT_INSTALL"):  # let pip finish, then report what the plugin did
        wait_done()
        return
    dialog().cancel()
    QApplication.instance().quit()


def wait_done():
    if dialog().state == "running":
        QTimer.singleShot(2000, wait_done)
        return
    from qgis.core import QgsApplication

    done = SHOT[: -len(".png")] + "_done.png"
    iface.mainWindow().grab().save(done)
    dialog().grab().save(SHOT[: -len(".png")] + "_done_dialog.png")
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("regionatlas")
    print("screenshot:", done)
    print("dialog state:", dialog().state)
    print("provider registered:", provider is not None)
    print("algorithms:", len(provider.algorithms()) if provider else 0)
    print("pip output tail:", dialog().output()[-600:])
    QApplication.instance().quit()


QTimer.singleShot(5000, open_dialog)
