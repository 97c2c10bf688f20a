"""The dependency check accepts any version string a package may report and decides by
feature when the version says nothing (issue 9: Debian's shapely 2.2 reports ``0+unknown``)."""

from __future__ import annotations

import builtins
import sys
import types
from pathlib import Path

import pytest
from RegionAtlas import dependencies
from RegionAtlas.dependencies import Package, at_least, judge, parse_version


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.0.7", (2, 0, 7)),
        ("2.1.0rc1", (2, 1, 0)),
        ("1.8.5.post1", (1, 8, 5)),
        ("1.26.4", (1, 26, 4)),
        ("0+unknown", None),
        ("0.0.0", None),
        ("unknown", None),
        ("", None),
        (None, None),
        (2, None),
    ],
)
def test_parse_version(text, expected):
    assert parse_version(text) == expected


def test_parse_version_without_packaging(monkeypatch):
    """The tolerant fallback when packaging is not importable gives the same releases."""
    real_import = builtins.__import__

    def no_packaging(name, *args, **kwargs):
        if name.startswith("packaging"):
            raise ImportError("No module named 'packaging'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_packaging)
    assert parse_version("2.1.0rc1") == (2, 1, 0)
    assert parse_version("1.8.5.post1") == (1, 8, 5)
    assert parse_version("0+unknown") is None
    assert parse_version("v3.2") == (3, 2)
    assert parse_version("dev") is None


def test_at_least():
    assert at_least((2, 0, 7), "2.0")
    assert at_least((2,), "2.0")
    assert not at_least((1, 8, 5), "2.0")
    assert not at_least((1, 9), "1.10")


class _Tree2:
    def query(self, geometry, predicate=None, distance=None):
        return []


class _Tree18:
    def query(self, geometry):
        return []


def fake_shapely(version=None, two=True):
    module = types.ModuleType("shapely")
    if version is not None:
        module.__version__ = version
    module.STRtree = _Tree2 if two else _Tree18
    if two:
        module.from_wkb = lambda data: data
    return module


SHAPELY = next(p for p in dependencies.REQUIRED if p.module == "shapely")


@pytest.mark.parametrize(
    ("version", "two", "usable", "how"),
    [
        ("2.0.7", True, True, "version 2.0.7 >= 2.0"),
        ("2.1.0rc1", True, True, "version 2.1.0 >= 2.0"),
        ("1.8.5.post1", False, False, "too old"),
        ("0+unknown", True, True, "not understood; has shapely.from_wkb"),
        ("0+unknown", False, False, "not understood and shapely.from_wkb"),
        (None, True, True, "no __version__"),
        (None, False, False, "is missing"),
        ("garbage!", True, True, "not understood"),
    ],
)
def test_judge_shapely(version, two, usable, how):
    ok, detected = judge(SHAPELY, fake_shapely(version, two))
    assert ok is usable
    assert how in detected


def test_unparseable_version_registers_the_check_as_passed(monkeypatch):
    """Debian's shapely 2.2 (``0+unknown``) must not make the plugin register nothing."""
    monkeypatch.setitem(sys.modules, "shapely", fake_shapely("0+unknown", True))
    assert "shapely" not in [m.module for m in dependencies.missing_required()]
    found = {f.module: f for f in dependencies.found_required()}
    assert "0+unknown" in found["shapely"].detected

    monkeypatch.setitem(sys.modules, "shapely", fake_shapely("1.8.5.post1", False))
    missing = {m.module: m for m in dependencies.missing_required()}
    assert "too old" in missing["shapely"].error


def test_missing_module_and_failing_import_are_reported(monkeypatch):
    entry = Package("regionatlas_no_such_module", "no-such>=1", "a test")
    monkeypatch.setattr(dependencies, "REQUIRED", (*dependencies.REQUIRED, entry))
    missing = dependencies.missing_required()
    assert [m.module for m in missing] == ["regionatlas_no_such_module"]
    assert "regionatlas_no_such_module" in missing[0].error


def test_packages_dir_goes_first_on_sys_path(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    folder = dependencies.packages_dir(tmp_path)
    assert folder == (
        tmp_path
        / "python"
        / "regionatlas_packages"
        / f"py{sys.version_info[0]}.{sys.version_info[1]}"
    )
    dependencies.add_packages_dir(tmp_path)
    assert str(folder) not in sys.path  # not created yet: nothing to add
    folder.mkdir(parents=True)
    (folder / "regionatlas_probe_pkg.py").write_text("VALUE = 42\n")
    dependencies.add_packages_dir(tmp_path)
    dependencies.add_packages_dir(tmp_path)
    assert sys.path[0] == str(folder) and sys.path.count(str(folder)) == 1
    import regionatlas_probe_pkg

    assert regionatlas_probe_pkg.VALUE == 42
    del sys.modules["regionatlas_probe_pkg"]


def test_qgis_python_is_a_python_interpreter(monkeypatch):
    """Inside QGIS sys.executable is the qgis binary: the interpreter is found elsewhere."""
    monkeypatch.setattr(sys, "executable", "/usr/bin/qgis")
    monkeypatch.setattr(sys, "_base_executable", "/usr/bin/qgis", raising=False)
    found = dependencies.qgis_python()
    assert found is not None and "python" in found.rsplit("/", 1)[-1]
    assert Path(found).parent.parent in {Path(sys.prefix), Path(sys.base_prefix)}


def test_qgis_python_ignores_another_python_on_path(monkeypatch, tmp_path):
    """Inside QGIS sys.executable may be the first python3 on PATH (a pyenv shim): not ours."""
    shim = tmp_path / "shims" / "python3"
    shim.parent.mkdir()
    shim.write_text("#!/bin/sh\n")
    shim.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(shim))
    monkeypatch.setattr(sys, "_base_executable", str(shim), raising=False)
    found = dependencies.qgis_python()
    assert found is not None and found != str(shim)


def test_pip_arguments_pin_numpy(tmp_path):
    constraint = dependencies.numpy_constraint()
    import numpy

    assert constraint == f"numpy=={numpy.__version__}"
    args = dependencies.pip_arguments(["scipy>=1.10"], tmp_path, "c.txt")
    assert args[:3] == ["-m", "pip", "install"]
    assert args[args.index("--target") + 1] == str(tmp_path)
    assert args[args.index("--constraint") + 1] == "c.txt"
    assert args[-1] == "scipy>=1.10"


IGRAPH = next(p for p in dependencies.OPTIONAL if p.module == "igraph")


def fake_igraph(version=None, directed_leiden=True):
    module = types.ModuleType("igraph")
    if version is not None:
        module.__version__ = version

    class Graph:
        if directed_leiden:

            def community_leiden(self, weights=None, node_weights=None, node_in_weights=None):
                return None
        else:

            def community_leiden(self, weights=None, node_weights=None):
                return None

    module.Graph = Graph
    return module


@pytest.mark.parametrize(
    ("version", "directed", "usable", "how"),
    [
        ("1.0.0", True, True, "version 1.0.0 >= 1.0"),
        ("0.11.8", False, False, "too old"),  # Debian 13's python3-igraph
        ("0.10.4", False, False, "too old"),  # Debian 12's
        (None, True, True, "has Graph.community_leiden(node_in_weights=...)"),
        (None, False, False, "community_leiden(node_in_weights=...) is missing"),
    ],
)
def test_judge_igraph_needs_directed_leiden(version, directed, usable, how):
    ok, detected = judge(IGRAPH, fake_igraph(version, directed))
    assert ok is usable
    assert how in detected


def test_install_command_uses_pip_where_debian_is_too_old(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    igraph = dependencies.Missing("igraph", "igraph>=1.0", "Leiden", "too old")
    pandas = dependencies.Missing("pandas", "pandas>=1.5,<3", "all methods", "missing")
    alone = dependencies.install_command([igraph])
    assert "apt" not in alone and '-m pip install --user "igraph>=1.0"' in alone
    both = dependencies.install_command([pandas, igraph])
    assert "sudo apt install python3-pandas &&" in both
    assert "python3-igraph" not in both and '--user "igraph>=1.0"' in both
