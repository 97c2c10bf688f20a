"""Run inside the QGIS desktop (``qgis --code``): install the plugin ZIP $RA_ZIP through QGIS's
own plugin installer (``pyplugin_installer``'s "Install from ZIP": unzip into the profile,
load, start, enable), write what happened as JSON to $RA_RESULT and quit.

Used by tests/test_package_install.py and scripts/check_package.sh with a fresh profile
(QGIS_CUSTOM_CONFIG_PATH) under Xvfb.
"""

import json
import os
import sys
import traceback

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication


def install():
    result = {}
    try:
        import pyplugin_installer
        import qgis.utils

        pyplugin_installer.instance().installFromZipFile(os.environ["RA_ZIP"])
        # qgis.utils.home_plugin_path is gone in QGIS 3.44: the profile's plugin folder
        result["plugins_folder"] = getattr(qgis.utils, "home_plugin_path", None) or os.path.join(
            QgsApplication.qgisSettingsDirPath(), "python", "plugins"
        )
        result["active"] = "RegionAtlas" in qgis.utils.active_plugins
        result["enabled"] = QgsSettings().value("PythonPlugins/RegionAtlas", False, type=bool)
        result["module_file"] = sys.modules["RegionAtlas"].__file__
        result["algorithms"] = sorted(
            alg.id()
            for alg in QgsApplication.processingRegistry().algorithms()
            if alg.provider() is not None and alg.provider().id() == "regionatlas"
        )
        QgsSettings().sync()
    except Exception:
        result["error"] = traceback.format_exc()
    with open(os.environ["RA_RESULT"], "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=1)
    QApplication.instance().quit()


QTimer.singleShot(1000, install)
