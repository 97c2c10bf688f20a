"""Check that the Python packages the method core needs are importable in QGIS's Python.

QGIS ships its own Python; numpy usually comes with it, but scipy 1.x, pandas and shapely 2
may not. The plugin must still load without them and tell the user exactly what is missing
and how to install it (README, "Dependencies").
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass

#: (import name, pip requirement, what needs it). Keep in step with requirements.txt.
REQUIRED: tuple[tuple[str, str, str], ...] = (
    ("numpy", "numpy<2", "all methods"),
    ("scipy", "scipy>=1.10", "all methods"),
    ("pandas", "pandas>=1.5", "all methods"),
    ("shapely", "shapely>=2.0", "geometry helpers"),
)
OPTIONAL: tuple[tuple[str, str, str], ...] = (
    ("igraph", "igraph", "network communities (Leiden)"),
    ("leidenalg", "leidenalg", "network communities (Leiden)"),
    ("psycopg", "psycopg", "the shared PostgreSQL/PostGIS notes store"),
)


@dataclass(frozen=True)
class Missing:
    module: str
    requirement: str
    needed_for: str
    error: str


def _check(entries: tuple[tuple[str, str, str], ...]) -> list[Missing]:
    missing = []
    for module, requirement, needed_for in entries:
        try:
            mod = importlib.import_module(module)
            if module == "shapely" and int(mod.__version__.split(".")[0]) < 2:
                raise ImportError(f"shapely {mod.__version__} is too old (2.0 or newer needed)")
        except Exception as exc:  # ImportError, or a broken binary wheel
            missing.append(Missing(module, requirement, needed_for, str(exc)))
    return missing


def missing_required() -> list[Missing]:
    return _check(REQUIRED)


def missing_optional() -> list[Missing]:
    return _check(OPTIONAL)


#: Debian/Ubuntu packages that provide the modules for the system Python QGIS uses.
DEBIAN_PACKAGES = {
    "numpy": "python3-numpy",
    "scipy": "python3-scipy",
    "pandas": "python3-pandas",
    "shapely": "python3-shapely",
    "igraph": "python3-igraph",
    "leidenalg": "python3-leidenalg",
    "psycopg": "python3-psycopg",
}


def install_command(missing: list[Missing]) -> str:
    """The command(s) a user runs to install what is missing into QGIS's Python.

    QGIS's Python is not ``sys.executable`` inside QGIS (that is the qgis binary), so the
    instruction names the platform's own way.
    """
    reqs = " ".join(f'"{m.requirement}"' for m in missing)
    if sys.platform.startswith("win"):
        return f"In the OSGeo4W Shell: python -m pip install {reqs}"
    if sys.platform == "darwin":
        return f"In a terminal: /Applications/QGIS.app/Contents/MacOS/bin/pip3 install {reqs}"
    debs = " ".join(DEBIAN_PACKAGES.get(m.module, m.module) for m in missing)
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    return (
        f"Debian/Ubuntu: sudo apt install {debs}   "
        f"(or, for newer versions: python{version} -m pip install --user {reqs})"
    )
