"""Shared test fixtures.

The plugin is imported as the package ``RegionAtlas`` (pyproject: pythonpath .build/plugins,
a symlink to the repository root made by the set-up). Reference data is read from
``../shared/data`` by path; tests that need it skip with a reason when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
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
