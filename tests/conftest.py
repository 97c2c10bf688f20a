"""Shared test fixtures.

The plugin is imported as the package ``RegionAtlas`` (pyproject: pythonpath .build/plugins,
a symlink to the repository root made by the set-up). Reference data is read from
``../shared/data`` by path; tests that need it skip with a reason when it is absent.
"""

from __future__ import annotations

import os
import sys
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
