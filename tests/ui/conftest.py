"""UI tests load the real plugin; take out a provider registered by other tests first."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_registered_provider(qgis_processing):
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("regionatlas")
    if existing is not None:
        registry.removeProvider(existing)
    yield
