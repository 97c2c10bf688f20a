"""Generate the sample region into the user's profile and load it into the project."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer

from ..i18n import tr

GENERATOR = Path(__file__).resolve().parents[1] / "resources" / "sample" / "generate_sample.py"
LAYERS = (
    ("kommuner", "Exempelregion kommuner"),
    ("tatorter", "Exempelregion tätorter"),
    ("pendling", "Exempelregion pendling"),
)


def sample_folder() -> Path:
    return Path(QgsApplication.qgisSettingsDirPath()) / "RegionAtlas" / "sample"


def ensure_sample() -> Path:
    """Path of the sample GeoPackage, generated on first use."""
    gpkg = sample_folder() / "exempelregion.gpkg"
    if not gpkg.exists():
        spec = importlib.util.spec_from_file_location("regionatlas_sample", GENERATOR)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.generate(sample_folder())
    return gpkg


def load_sample_region(iface) -> list[QgsVectorLayer]:
    gpkg = ensure_sample()
    layers = []
    for name, title in LAYERS:
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", title, "ogr")
        if layer.isValid():
            QgsProject.instance().addMapLayer(layer)
            layers.append(layer)
    if iface is not None:
        iface.messageBar().pushMessage(
            tr("RegionAtlas"),
            tr("Sample region loaded from {path}").format(path=gpkg),
            Qgis.MessageLevel.Info,
            5,
        )
    return layers
