"""The plugin ZIP (``make package``) holds the plugin and nothing else, and installed into a
fresh QGIS profile through QGIS's own installer ("Install from ZIP", pyplugin_installer) it
loads, lists every algorithm in qgis_process and runs one (issue 9, items 5 and 7)."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.qgis_process, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
QGIS_PROCESS = Path("/usr/bin/qgis_process.bin")
DEV_FOLDERS = {"tests", "benchmarks", "scripts", ".ci", ".venv", ".build", "out", "dist", ".git"}
DEV_FILES = {
    "Makefile",
    "pyproject.toml",
    "requirements.txt",
    "requirements-dev.txt",
    "requirements-package.txt",
    ".gitignore",
    ".gitattributes",
}


def repo_metadata() -> configparser.SectionProxy:
    cfg = configparser.ConfigParser()
    cfg.read(REPO / "metadata.txt", encoding="utf-8")
    return cfg["general"]


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    if shutil.which("lrelease") is None and not Path("/usr/lib/qt5/bin/lrelease").exists():
        pytest.skip("lrelease is not installed (qttools5-dev-tools)")
    dist = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(
        ["bash", str(REPO / "scripts" / "package.sh")],
        env={**os.environ, "DIST": str(dist)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    path = Path(proc.stdout.strip().splitlines()[-1])
    assert path == dist / f"RegionAtlas-{repo_metadata()['version']}.zip"
    return path


def test_zip_holds_the_plugin_and_nothing_else(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as zf:
        names = [n for n in zf.namelist() if not n.endswith("/")]
        packaged_meta = zf.read("RegionAtlas/metadata.txt").decode("utf-8")
    assert names and all(n.startswith("RegionAtlas/") for n in names)
    inside = {n.split("/", 1)[1] for n in names}
    for part in inside:
        first = part.split("/")[0]
        assert first not in DEV_FOLDERS and part not in DEV_FILES, part
        assert "__pycache__" not in part and not part.endswith(".pyc"), part
    for required in (
        "metadata.txt",
        "__init__.py",
        "LICENSE",
        "resources/i18n/RegionAtlas_sv.qm",
        "resources/icons/regionatlas.svg",
        "resources/models/pipeline.model3",
        "ui/dependency_dialog.ui",
    ):
        assert required in inside, required
    # every module of the plugin is there (nothing lost by the exclusions)
    for folder in ("processing", "regionatlas", "ui"):
        for path in (REPO / folder).rglob("*.py"):
            assert path.relative_to(REPO).as_posix() in inside, path
    assert "GNU GENERAL PUBLIC LICENSE" in (REPO / "LICENSE").read_text()
    meta = configparser.ConfigParser()
    meta.read_string(packaged_meta)
    assert meta["general"]["version"] == repo_metadata()["version"]
    assert meta["general"]["changelog"].strip() == repo_metadata()["changelog"].strip()


@pytest.fixture(scope="module")
def installed_profile(plugin_zip, tmp_path_factory):
    """A fresh QGIS profile with the ZIP installed by QGIS's own plugin installer, run in the
    real desktop under Xvfb (scripts/install_zip.py); (profile folder, installer's report)."""
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        pytest.skip("the QGIS desktop or xvfb-run is not installed")
    profile = tmp_path_factory.mktemp("fresh-profile")
    ini = profile / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    # no version check and no repository fetching at start (no network in tests)
    ini.write_text("[qgis]\ncheckVersion=false\n[app]\nplugin_installer\\checkOnStart=false\n")
    result = profile / "install.json"
    env = _env(profile)
    env.update(RA_ZIP=str(plugin_zip), RA_RESULT=str(result))
    env.pop("QT_QPA_PLATFORM", None)  # the desktop runs on Xvfb's display
    proc = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            "qgis",
            "--noversioncheck",
            "--nologo",
            "--code",
            str(REPO / "scripts" / "install_zip.py"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.exists(), proc.stdout + proc.stderr
    return profile, json.loads(result.read_text())


def _env(profile: Path) -> dict:
    """QGIS with a fresh profile; the plugin only from that profile (no QGIS_PLUGINPATH)."""
    env = {k: v for k, v in os.environ.items() if k != "QGIS_PLUGINPATH"}
    runtime = profile / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
        # the packages the methods need, as an ordinary user has them installed
        PYTHONPATH=str(next((REPO / ".venv" / "lib").glob("python3*/site-packages"))),
    )
    return env


def expected_algorithm_ids() -> list[str]:
    from RegionAtlas.processing.provider import ALGORITHMS

    return sorted(f"regionatlas:{alg().name()}" for alg in ALGORITHMS)


def test_installer_puts_the_plugin_into_the_profile(installed_profile):
    profile, report = installed_profile
    assert "error" not in report, report.get("error")
    folder = profile / "profiles" / "default" / "python" / "plugins" / "RegionAtlas"
    assert Path(report["plugins_folder"]) == folder.parent
    assert folder.is_dir() and not folder.is_symlink()
    assert Path(report["module_file"]).resolve() == (folder / "__init__.py").resolve()
    assert report["active"] and report["enabled"]
    assert (folder / "resources" / "i18n" / "RegionAtlas_sv.qm").exists()
    assert report["algorithms"] == expected_algorithm_ids()


def test_qgis_process_lists_and_runs_the_installed_plugin(installed_profile, sample, tmp_path):
    if not QGIS_PROCESS.exists():
        pytest.skip("qgis_process.bin is not installed")
    profile, _ = installed_profile
    env = _env(profile)
    listing = subprocess.run(
        [str(QGIS_PROCESS), "--json", "list"], env=env, capture_output=True, text=True, timeout=300
    )
    assert listing.returncode == 0, listing.stderr
    providers = json.loads(listing.stdout[listing.stdout.index("{") :])["providers"]
    assert sorted(providers["regionatlas"]["algorithms"]) == expected_algorithm_ids()
    plugins = subprocess.run(
        [str(QGIS_PROCESS), "plugins"], env=env, capture_output=True, text=True, timeout=300
    )
    assert "* RegionAtlas" in plugins.stdout  # enabled, loaded from the profile

    target = tmp_path / "indicators.gpkg"
    params = {**sample.od("2023"), **sample.zones(), "OUTPUT": str(target)}
    run = subprocess.run(
        [str(QGIS_PROCESS), "run", "regionatlas:commutingindicators", "--"]
        + [f"{name}={value}" for name, value in params.items()],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    from qgis.core import QgsVectorLayer

    zones = QgsVectorLayer(sample.zones()["ZONES"], "kommuner", "ogr")
    codes = {f["kommunkod"] for f in zones.getFeatures()}
    rows = list(QgsVectorLayer(str(target), "indicators", "ogr").getFeatures())
    assert {f["unit_id"] for f in rows} == codes
