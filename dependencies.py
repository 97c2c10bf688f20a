"""Check that the Python packages the method core needs are importable in QGIS's Python,
and prepare installing the missing ones into the user's QGIS profile.

QGIS ships its own Python; numpy usually comes with it, but scipy, pandas and shapely 2 may
not. The plugin must still load without them, say what is missing and why, and offer to
install it (ui/dependency_dialog.py runs pip with QGIS's own interpreter into
:func:`packages_dir`, which :func:`add_packages_dir` puts on ``sys.path`` at start-up).

Versions are read from ``__version__`` and compared with ``packaging.version`` (PEP 440) when
it is importable, otherwise with a tolerant parse of the leading numbers. A package may report
anything: Debian's shapely 2.2 reports ``0+unknown``, others ``2.1.0rc1``, ``1.8.5.post1`` or
no ``__version__`` at all. When the version says nothing (missing, unparseable, or a
placeholder such as ``0+unknown``), the package is judged by a feature the plugin uses
(e.g. shapely 2's ``shapely.from_wkb`` and ``STRtree.query(..., predicate=...)``), and the
result says so. This module imports neither qgis nor Qt (testable without QGIS).
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


# -- feature probes: what the plugin really uses from a package ---------------------------------
def _shapely2(module) -> bool:
    """shapely 2: vectorised functions (``shapely.from_wkb``) and ``STRtree.query`` with a
    ``predicate`` (shapely 2.0 release notes)."""
    import inspect

    if not callable(getattr(module, "from_wkb", None)):
        return False
    tree = getattr(module, "STRtree", None)
    try:
        return "predicate" in inspect.signature(tree.query).parameters
    except (TypeError, ValueError, AttributeError):
        return False


def _scipy_csgraph(module) -> bool:
    """scipy with ``scipy.sparse.csgraph.connected_components`` (used by the region methods)."""
    try:
        csgraph = importlib.import_module("scipy.sparse.csgraph")
    except ImportError:
        return False
    return callable(getattr(csgraph, "connected_components", None))


def _pandas_frame(module) -> bool:
    """pandas with ``DataFrame`` and ``read_csv``."""
    return hasattr(module, "DataFrame") and callable(getattr(module, "read_csv", None))


def _igraph_directed_leiden(module) -> bool:
    """igraph >= 1.0: ``Graph.community_leiden`` takes ``node_in_weights`` (directed Leiden,
    what the network-communities method runs)."""
    import inspect

    try:
        return "node_in_weights" in inspect.signature(module.Graph.community_leiden).parameters
    except (TypeError, ValueError, AttributeError):
        return False


def _numpy_array(module) -> bool:
    return callable(getattr(module, "asarray", None)) and hasattr(module, "ndarray")


@dataclass(frozen=True)
class Package:
    """A Python package the plugin imports.

    ``minimum`` is the oldest version that works; ``feature`` decides when the reported
    version says nothing. ``requirement`` is what pip is asked for.
    """

    module: str
    requirement: str
    needed_for: str
    minimum: str | None = None
    feature: Callable[[object], bool] | None = None
    feature_text: str = ""


#: Keep in step with requirements.txt. numpy is never installed over QGIS's own (its GDAL
#: bindings are built against it): the installer pins the numpy QGIS already has.
REQUIRED: tuple[Package, ...] = (
    Package("numpy", "numpy", "all methods", "1.22", _numpy_array, "numpy.asarray"),
    Package(
        "scipy",
        "scipy>=1.10",
        "all methods",
        "1.10",
        _scipy_csgraph,
        "scipy.sparse.csgraph.connected_components",
    ),
    # pandas 3 (copy-on-write, string dtype) is not tested with the core (requirements.txt)
    Package("pandas", "pandas>=1.5,<3", "all methods", "1.5", _pandas_frame, "pandas.read_csv"),
    Package(
        "shapely",
        "shapely>=2.0",
        "geometry helpers",
        "2.0",
        _shapely2,
        "shapely.from_wkb and STRtree.query(predicate=...)",
    ),
)
OPTIONAL: tuple[Package, ...] = (
    Package(
        "igraph",
        "igraph>=1.0",
        "network communities (Leiden)",
        "1.0",
        _igraph_directed_leiden,
        "Graph.community_leiden(node_in_weights=...)",
    ),
    Package("psycopg", "psycopg", "the shared PostgreSQL/PostGIS notes store"),
    Package(
        "numba",
        "numba",
        "country-scale speed of EURO and Tolbert-Sizer (the same regions without it, slower)",
    ),
)


@dataclass(frozen=True)
class Missing:
    module: str
    requirement: str
    needed_for: str
    error: str


@dataclass(frozen=True)
class Found:
    """An importable package: its reported version and how it was judged."""

    module: str
    version: str
    detected: str


# -- versions ------------------------------------------------------------------------------------
def parse_version(text: object) -> tuple[int, ...] | None:
    """The release numbers of a version string, or None when it says nothing.

    Uses ``packaging.version`` when importable (PEP 440: ``2.1.0rc1`` -> (2, 1, 0),
    ``1.8.5.post1`` -> (1, 8, 5)); otherwise the leading dotted numbers. A release of only
    zeros (``0+unknown``, ``0.0.0``: what builds without version metadata report) is a
    placeholder, not a version: None.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    release: tuple[int, ...] | None = None
    try:
        from packaging.version import InvalidVersion, Version
    except ImportError:
        Version = None  # noqa: N806
    if Version is not None:
        try:
            release = tuple(Version(text.strip()).release)
        except InvalidVersion:
            release = None
    if release is None:
        match = re.match(r"\s*v?(\d+(?:\.\d+)*)", text)
        release = tuple(int(part) for part in match.group(1).split(".")) if match else None
    if not release or not any(release):
        return None
    return release


def at_least(version: tuple[int, ...], minimum: str) -> bool:
    """``version >= minimum`` on release numbers (missing parts count as 0)."""
    wanted = tuple(int(part) for part in minimum.split("."))
    width = max(len(version), len(wanted))
    return version + (0,) * (width - len(version)) >= wanted + (0,) * (width - len(wanted))


def judge(package: Package, module) -> tuple[bool, str]:
    """(usable, how it was decided) for an imported ``module``."""
    reported = getattr(module, "__version__", None)
    version = parse_version(reported)
    shown = repr(reported) if reported is not None else "no __version__"
    if version is not None and package.minimum:
        dotted = ".".join(map(str, version))
        if at_least(version, package.minimum):
            return True, f"version {dotted} >= {package.minimum}"
        return False, f"version {dotted} is too old ({package.minimum} or newer needed)"
    if package.feature is not None:
        if package.feature(module):
            return True, f"version {shown} not understood; has {package.feature_text}"
        return False, f"version {shown} not understood and {package.feature_text} is missing"
    return True, f"importable (version {shown})"


def _check(entries: tuple[Package, ...]) -> tuple[list[Missing], list[Found]]:
    missing, found = [], []
    for package in entries:
        try:
            module = importlib.import_module(package.module)
            usable, detected = judge(package, module)
        except Exception as exc:  # ImportError, a broken binary wheel, a failing probe
            missing.append(
                Missing(package.module, package.requirement, package.needed_for, str(exc))
            )
            continue
        if usable:
            found.append(Found(package.module, str(getattr(module, "__version__", "")), detected))
        else:
            missing.append(
                Missing(package.module, package.requirement, package.needed_for, detected)
            )
    return missing, found


def missing_required() -> list[Missing]:
    return _check(REQUIRED)[0]


def check_required() -> tuple[list[Missing], list[Found]]:
    """(missing, found) for the required packages in one pass."""
    return _check(REQUIRED)


def missing_optional() -> list[Missing]:
    return _check(OPTIONAL)[0]


def found_required() -> list[Found]:
    """The required packages that are usable, with how each was judged (for the log)."""
    return _check(REQUIRED)[1]


# -- where missing packages go ------------------------------------------------------------------
#: Folder inside the QGIS profile's python/ folder, one sub-folder per Python version
#: (compiled wheels fit one interpreter only).
PACKAGES_FOLDER = "regionatlas_packages"


def packages_dir(settings_dir: str | os.PathLike) -> Path:
    """``<QGIS profile>/python/regionatlas_packages/py3.X``: where the installer puts packages.

    ``settings_dir`` is ``QgsApplication.qgisSettingsDirPath()``.
    """
    version = f"py{sys.version_info.major}.{sys.version_info.minor}"
    return Path(settings_dir) / "python" / PACKAGES_FOLDER / version


def add_packages_dir(settings_dir: str | os.PathLike) -> Path:
    """Put :func:`packages_dir` first on ``sys.path`` (when it exists), before the dependency
    check, so packages installed there win over an older copy in QGIS's Python."""
    folder = packages_dir(settings_dir)
    if folder.is_dir():
        add_to_sys_path(folder)
    return folder


def add_to_sys_path(folder: str | os.PathLike) -> None:
    """``folder`` first on ``sys.path`` (once), and the import caches refreshed."""
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    importlib.invalidate_caches()


# -- running pip ---------------------------------------------------------------------------------
def qgis_python() -> str | None:
    """The Python interpreter of the running QGIS, for ``python -m pip``.

    Inside QGIS ``sys.executable`` is the qgis binary, or whatever ``python3`` came first on
    PATH (e.g. a pyenv shim: another Python). So a candidate counts only when it lies inside
    this interpreter's own prefix (``sys.prefix``, ``sys.exec_prefix`` or their ``base_``
    forms). Candidates, first that exists: ``sys.executable``, ``sys._base_executable``;
    on Windows (OSGeo4W, standalone installer) ``python3.exe``/``python.exe`` in the prefix
    or next to ``qgis-bin.exe``; elsewhere ``<prefix>/bin/python3.X`` and ``python3`` (macOS
    QGIS.app too).
    """
    major, minor = sys.version_info.major, sys.version_info.minor
    prefixes = {
        Path(p).resolve()
        for p in (sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix)
    }
    candidates: list[Path] = []
    for exe in (sys.executable, getattr(sys, "_base_executable", "")):
        if exe and Path(exe).name.lower().startswith("python"):
            candidates.append(Path(exe))
    for prefix in sorted(prefixes):
        if sys.platform.startswith("win"):
            candidates += [prefix / "python3.exe", prefix / "python.exe"]
            candidates += [prefix / "apps" / f"Python{major}{minor}" / "python.exe"]
        else:
            candidates += [prefix / "bin" / f"python{major}.{minor}", prefix / "bin" / "python3"]
    if sys.platform.startswith("win") and sys.executable:
        beside = Path(sys.executable).parent  # OSGeo4W: bin/qgis-bin.exe, bin/python3.exe
        candidates += [beside / "python3.exe", beside / "python.exe"]
        prefixes.add(beside.parent.resolve())
    for candidate in candidates:
        if not (candidate.is_file() and os.access(candidate, os.X_OK)):
            continue
        where = candidate.parent.resolve()
        # the candidate itself may be a symlink out of the prefix (e.g. /usr/bin/python3.11)
        if any(where == p or p in where.parents for p in prefixes):
            return str(candidate)
    return None


def numpy_constraint() -> str | None:
    """``numpy==<the version QGIS has>`` (pip constraint), or None when numpy is missing.

    QGIS's GDAL bindings are built against the numpy it ships; pip must never bring another.
    """
    try:
        import numpy
    except Exception:
        return None
    return f"numpy=={numpy.__version__}"


def pip_arguments(
    requirements: list[str],
    target: str | os.PathLike,
    constraints_file: str | None = None,
    options: list[str] | tuple[str, ...] = (),
) -> list[str]:
    """Arguments after the interpreter: ``-m pip install --target DIR [options] reqs``."""
    args = [
        "-m",
        "pip",
        "install",
        "--disable-pip-version-check",
        "--no-input",
        "--upgrade",  # --target replaces what an earlier attempt left there
        "--target",
        str(target),
    ]
    if constraints_file:
        args += ["--constraint", str(constraints_file)]
    return args + list(options) + list(requirements)


#: Debian/Ubuntu packages that provide the modules for the system Python QGIS uses, new
#: enough for the plugin. Not listed, so installed with pip: igraph (Debian 12 and 13 have
#: 0.10 and 0.11, the method needs 1.0), numba, pyarrow.
DEBIAN_PACKAGES = {
    "numpy": "python3-numpy",
    "scipy": "python3-scipy",
    "pandas": "python3-pandas",
    "shapely": "python3-shapely",
    "psycopg": "python3-psycopg",
}


def install_command(missing: list[Missing]) -> str:
    """The command(s) a user runs to install what is missing into QGIS's Python by hand.

    QGIS's Python is not ``sys.executable`` inside QGIS (that is the qgis binary), so the
    instruction names the platform's own way.
    """
    reqs = " ".join(f'"{m.requirement}"' for m in missing)
    if sys.platform.startswith("win"):
        return f"In the OSGeo4W Shell: python -m pip install {reqs}"
    if sys.platform == "darwin":
        return f"In a terminal: /Applications/QGIS.app/Contents/MacOS/bin/pip3 install {reqs}"
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    pip = f"python{version} -m pip install --user"
    debs = " ".join(DEBIAN_PACKAGES[m.module] for m in missing if m.module in DEBIAN_PACKAGES)
    only_pip = " ".join(f'"{m.requirement}"' for m in missing if m.module not in DEBIAN_PACKAGES)
    if not debs:
        return f"{pip} {reqs}"
    command = f"Debian/Ubuntu: sudo apt install {debs}"
    if only_pip:
        command += f" && {pip} {only_pip}"
    return f"{command}   (or, for newer versions: {pip} {reqs})"
