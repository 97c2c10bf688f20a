"""Fixtures for algorithm tests: QGIS processing with the RegionAtlas provider, the sample."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
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


@pytest.fixture(scope="session")
def sample(tmp_path_factory):
    """The generated sample region: {'gpkg': Path, 'csv': Path}."""
    spec = importlib.util.spec_from_file_location(
        "generate_sample", REPO / "resources" / "sample" / "generate_sample.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(tmp_path_factory.mktemp("sample"))


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
def run_alg(provider):
    """processing.run(...) returning (results, feedback)."""
    import processing

    def _run(alg_id, params, fb=None):
        fb = fb or RecordingFeedback.make()
        results = processing.run(alg_id, params, feedback=fb)
        return results, fb

    return _run
