"""Fixtures for algorithm tests: QGIS processing with the RegionAtlas provider, the sample."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
QGIS_PROCESS = Path("/usr/bin/qgis_process.bin")
_KEEP: list = []


@pytest.fixture
def provider(qgis_processing):
    """The registered RegionAtlas provider (registered here when the plugin is not loaded).

    Looked up per test: plugin tests load and unload the real plugin, which removes it.
    """
    from qgis.core import QgsApplication
    from RegionAtlas.processing.provider import RegionAtlasProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("regionatlas") is None:
        _KEEP.append(RegionAtlasProvider())  # the Python object must outlive the registration
        registry.addProvider(_KEEP[-1])
    return registry.providerById("regionatlas")


class RecordingFeedback:
    """Factory for a QgsProcessingFeedback that keeps what the algorithm said."""

    @staticmethod
    def make():
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.infos, self.warnings = [], []

            def pushInfo(self, text):
                self.infos.append(text)

            def pushWarning(self, text):
                self.warnings.append(text)

            def reportError(self, text, fatalError=False):  # noqa: N803
                self.warnings.append(text)

            @property
            def log(self):
                return "\n".join(self.infos + self.warnings)

        return Feedback()


@pytest.fixture
def feedback():
    return RecordingFeedback.make()


@pytest.fixture
def csv_od(tmp_path):
    """csv_od(text): a small OD table ("from,to,n" rows) written to a CSV file in tmp_path,
    as the INPUT parameter and its field parameters."""

    def make(text: str) -> dict:
        path = tmp_path / "od.csv"
        path.write_text(text, encoding="utf-8")
        return {
            "INPUT": str(path),
            "ORIGIN_FIELD": "from",
            "DESTINATION_FIELD": "to",
            "COUNT_FIELD": "n",
        }

    return make


@pytest.fixture
def run_alg(provider):
    """processing.run(...) returning (results, feedback)."""
    import processing

    def _run(alg_id, params, fb=None):
        fb = fb or RecordingFeedback.make()
        results = processing.run(alg_id, params, feedback=fb)
        return results, fb

    return _run


@pytest.fixture(scope="module")
def qp(tmp_path_factory):
    """The real qgis_process with RegionAtlas enabled in a throw-away profile, as a batch run
    calls it: qp(*args) returns the CompletedProcess (text). Skips when it is not installed."""
    if not QGIS_PROCESS.exists():
        pytest.skip("qgis_process.bin is not installed")
    profile = tmp_path_factory.mktemp("qgis-profile")
    env = dict(os.environ)
    env.update(
        QGIS_PLUGINPATH=str(REPO / ".build" / "plugins"),
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(next((REPO / ".venv" / "lib").glob("python3*/site-packages"))),
    )
    subprocess.run(
        [str(QGIS_PROCESS), "plugins", "enable", "RegionAtlas"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )

    def run(*args):
        return subprocess.run(
            [str(QGIS_PROCESS), *args], env=env, capture_output=True, text=True, timeout=300
        )

    def run_alg(alg_id: str, params: dict, as_json: bool = True):
        """qgis_process [--json] run ALG -- NAME=value ... (a list value repeats the name)."""
        args = [
            f"{name}={item}"
            for name, value in params.items()
            for item in (value if isinstance(value, list) else [value])
        ]
        return run(*(["--json"] if as_json else []), "run", alg_id, "--", *args)

    def results(proc) -> dict:
        """The results of a --json run."""
        return json.loads(proc.stdout[proc.stdout.index("{") :])["results"]

    run.alg, run.results = run_alg, results
    return run


@pytest.fixture
def kommuner_4326(sample, tmp_path) -> str:
    """The sample's kommuner reprojected to WGS 84 (EPSG:4326), a GeoPackage in tmp_path."""
    import processing

    return processing.run(
        "native:reprojectlayer",
        {
            "INPUT": f"{sample['gpkg']}|layername=kommuner",
            "TARGET_CRS": "EPSG:4326",
            "OUTPUT": str(tmp_path / "k4326.gpkg"),
        },
    )["OUTPUT"]
