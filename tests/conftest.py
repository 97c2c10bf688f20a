"""Shared test fixtures.

The plugin is imported as the package ``RegionAtlas`` (pyproject: pythonpath .build/plugins,
a symlink to the repository root made by the set-up). Reference data is read from
``../shared/data`` by path; tests that need it skip with a reason when it is absent.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# The repository root must never be on sys.path: its processing/ folder would shadow QGIS's
# own `processing` module (architecture.md). `python -m pytest` puts the working directory
# there, so take it out again.
sys.path[:] = [p for p in sys.path if p not in ("", ".") and Path(p).resolve() != REPO]
SHARED_DATA = Path(os.environ.get("REGIONATLAS_SHARED_DATA", REPO.parent / "shared" / "data"))


def shared_path(*parts: str) -> Path:
    """Path into ../shared/data; skips the calling test when the file is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference data not available: {path}")
    return path


@pytest.fixture
def shared_data():
    return shared_path


def load_by_path(name: str, path: Path):
    """A helper module of the tests, loaded by path once (tests are not a package)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


class SampleRegion(dict):
    """The generated sample region, {'gpkg': Path, 'csv': Path}, with the parameters that
    name its commuting table and its municipalities."""

    def od(self, year: str = "2023") -> dict:
        """INPUT, its field parameters and YEAR: the sample's OD table for one year."""
        return {
            "INPUT": str(self["csv"]),
            "ORIGIN_FIELD": "bostadskommun",
            "DESTINATION_FIELD": "arbetskommun",
            "COUNT_FIELD": "forvarvsarbetande",
            "YEAR_FIELD": "ar",
            "YEAR": year,
        }

    def od_table(self, year: str = "2023"):
        """The sample's OD table for one year, read by the core as the algorithms should."""
        import pandas as pd
        from RegionAtlas.regionatlas.commuting.odtable import ODTable

        frame = pd.read_csv(self["csv"], dtype=str)
        frame = frame[frame["ar"] == year]
        return ODTable.from_frame(frame, "bostadskommun", "arbetskommun", "forvarvsarbetande")

    def zones(self) -> dict:
        """ZONES and ZONES_ID_FIELD: the sample's municipalities (kommuner)."""
        return {"ZONES": f"{self['gpkg']}|layername=kommuner", "ZONES_ID_FIELD": "kommunkod"}


@pytest.fixture(scope="session")
def sample(tmp_path_factory) -> SampleRegion:
    """The generated sample region (:class:`SampleRegion`)."""
    module = load_by_path("generate_sample", REPO / "resources" / "sample" / "generate_sample.py")
    return SampleRegion(module.generate(tmp_path_factory.mktemp("sample")))


@contextmanager
def _postgis_dsn() -> Iterator[str]:
    """conninfo of a PostgreSQL + PostGIS 3 server: REGIONATLAS_TEST_PG_DSN, or a
    throw-away cluster (tests/core/notes/pgcluster.py). Without the server packages the test
    skips with a reason -- except under CI or REGIONATLAS_REQUIRE_POSTGIS=1, where it fails."""
    dsn = os.environ.get("REGIONATLAS_TEST_PG_DSN")
    if dsn:
        yield dsn
        return
    pgcluster = load_by_path(
        "regionatlas_tests_pgcluster", REPO / "tests" / "core" / "notes" / "pgcluster.py"
    )
    reason = pgcluster.missing()
    if reason:
        if os.environ.get("CI") or os.environ.get("REGIONATLAS_REQUIRE_POSTGIS"):
            pytest.fail(f"PostGIS tests must run here (CI): {reason}")
        pytest.skip(reason)
    with pgcluster.throwaway_postgis() as dsn:
        yield dsn


@pytest.fixture(scope="session")
def postgis_dsn():
    """The context manager behind ``pg_dsn``, for a conftest that wants another scope."""
    return _postgis_dsn


@pytest.fixture(scope="module")
def pg_dsn(postgis_dsn) -> Iterator[str]:
    """conninfo of a PostGIS server for one test module (tests/core/notes: one per session)."""
    with postgis_dsn() as dsn:
        yield dsn


@pytest.fixture(scope="session", autouse=True)
def layer_tree_view_for_the_mocked_iface():
    """Give pytest-qgis's stub ``iface`` a real layer tree view of the project.

    pytest-qgis 5.0.2 answers every method it does not define with a MagicMock. From QGIS 3.40
    on, ``processing.runAndLoadResults`` hands ``iface.layerTreeView()`` to C++
    (QgsProcessingGuiUtils.addResultLayers), which refuses a MagicMock, so loading results
    failed there. A real QgsLayerTreeView over the project's layer tree is what the desktop has.
    """
    try:
        import qgis.utils
        from qgis.core import QgsLayerTreeModel, QgsProject
        from qgis.gui import QgsLayerTreeView
    except ImportError:  # core tests without QGIS
        yield None
        return
    iface = getattr(qgis.utils, "iface", None)
    if iface is None or not type(iface).__module__.startswith("pytest_qgis"):
        yield None
        return
    view = QgsLayerTreeView()
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view)
    view.setModel(model)
    had = "layerTreeView" in vars(iface)
    iface.layerTreeView = lambda: view  # instance attribute: wins over the stub's __getattr__
    yield view
    if not had:
        del iface.layerTreeView
