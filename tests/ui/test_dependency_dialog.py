"""The dependency dialog lists what is missing, installs it with pip (QGIS's interpreter,
--target into the profile's packages folder) from a local wheel (no network), shows pip's full
output when it fails, can be cancelled, and the plugin then loads without a restart."""

from __future__ import annotations

import base64
import hashlib
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMenu, QPushButton
from RegionAtlas import dependencies
from RegionAtlas.dependencies import Package

FAKE = "regionatlas_fake_dep"
FAKE_REQ = "regionatlas-fake-dep>=1.0"


def make_wheel(folder: Path, name: str = FAKE, version: str = "1.0", requires=()) -> Path:
    """A minimal pure-Python wheel (PEP 427) with module ``name``."""
    dist_info = f"{name}-{version}.dist-info"
    requires_dist = "".join(f"Requires-Dist: {r}\n" for r in requires)
    files = {
        f"{name}/__init__.py": b"VALUE = 'installed by pip'\n",
        f"{dist_info}/METADATA": (
            f"Metadata-Version: 2.1\nName: {name.replace('_', '-')}\nVersion: {version}\n"
            + requires_dist
        ).encode(),
        f"{dist_info}/WHEEL": (
            b"Wheel-Version: 1.0\nGenerator: regionatlas-tests\nRoot-Is-Purelib: true\n"
            b"Tag: py3-none-any\n"
        ),
    }
    record = []
    for path, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(data)}")
    record.append(f"{dist_info}/RECORD,,")
    files[f"{dist_info}/RECORD"] = ("\n".join(record) + "\n").encode()
    folder.mkdir(parents=True, exist_ok=True)
    wheel = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for path, data in files.items():
            zf.writestr(path, data)
    return wheel


@pytest.fixture
def fake_missing(monkeypatch):
    """A required package that is not installed (a fake REQUIRED entry); sys.path and
    sys.modules are restored afterwards."""
    entry = Package(FAKE, FAKE_REQ, "all methods", "1.0")
    monkeypatch.setattr(dependencies, "REQUIRED", (*dependencies.REQUIRED, entry))
    monkeypatch.setattr(sys, "path", list(sys.path))
    yield entry
    sys.modules.pop(FAKE, None)


@pytest.fixture
def wheels(tmp_path) -> list[str]:
    """pip options for the local wheel folder only (no network)."""
    make_wheel(tmp_path / "wheels")
    return ["--no-index", "--find-links", str(tmp_path / "wheels")]


def dialog_for(qtbot, missing, target, **kwargs):
    from RegionAtlas.ui.dependency_dialog import DependencyDialog

    dialog = DependencyDialog(missing, target, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def run(qtbot, dialog, timeout=180_000):
    dialog.installButton.click()
    assert dialog.state == "running"
    qtbot.waitUntil(lambda: dialog.state != "running", timeout=timeout)


def test_lists_what_is_missing_and_why(qtbot, fake_missing, tmp_path):
    missing = dependencies.missing_required()
    assert [m.module for m in missing] == [FAKE]
    dialog = dialog_for(qtbot, missing, tmp_path / "target")
    tree = dialog.packagesTree
    assert tree.topLevelItemCount() == 1
    row = [tree.topLevelItem(0).text(c) for c in range(4)]
    assert row[:3] == [FAKE, FAKE_REQ, "all methods"]
    assert f"No module named '{FAKE}'" in row[3]
    assert str(tmp_path / "target") in dialog.targetLabel.text()
    assert dialog.installButton.isEnabled()


def test_installs_a_local_wheel_into_the_target_on_sys_path(qtbot, fake_missing, wheels, tmp_path):
    target = tmp_path / "profile" / "python" / "regionatlas_packages" / "py3"
    dialog = dialog_for(qtbot, dependencies.missing_required(), target, pip_options=wheels)
    command = dialog.command()
    assert command[0] == dependencies.qgis_python() and command[1:4] == ["-m", "pip", "install"]
    with qtbot.waitSignal(dialog.installed, timeout=180_000):
        dialog.installButton.click()
    assert dialog.state == "installed", dialog.output()
    assert "Successfully installed regionatlas-fake-dep-1.0" in dialog.outputEdit.toPlainText()
    assert (target / FAKE / "__init__.py").exists()
    import numpy

    constraints = (target.parent / "constraints.txt").read_text()
    assert constraints.strip() == f"numpy=={numpy.__version__}"  # QGIS's numpy is pinned
    assert sys.path[0] == str(target)
    module = __import__(FAKE)
    assert module.VALUE == "installed by pip"
    assert Path(module.__file__).parent == target / FAKE
    assert dependencies.missing_required() == []
    assert dialog.progressBar.value() == 100


def test_numpy_is_never_replaced(qtbot, fake_missing, tmp_path):
    """A package that needs numpy: pip --target brings numpy along (here a stand-in wheel of
    QGIS's numpy version); the dialog removes that copy, and QGIS's numpy stays in use. A
    numpy of another version is refused by the constraint."""
    import numpy

    same = tmp_path / "same"
    make_wheel(same, requires=["numpy"])
    make_wheel(same, name="numpy", version=numpy.__version__)
    target = tmp_path / "target"
    dialog = dialog_for(
        qtbot,
        dependencies.missing_required(),
        target,
        pip_options=["--no-index", "--find-links", str(same)],
    )
    run(qtbot, dialog)
    assert dialog.state == "installed", dialog.output()
    assert f"numpy-{numpy.__version__}" in dialog.output()  # pip did bring it along
    assert (target / FAKE).is_dir()
    assert not (target / "numpy").exists() and not list(target.glob("numpy-*.dist-info"))
    assert not Path(numpy.__file__).resolve().is_relative_to(target.resolve())

    other = tmp_path / "other"
    make_wheel(other, requires=["numpy"])
    make_wheel(other, name="numpy", version="99.0.0")
    dialog = dialog_for(
        qtbot,
        [dependencies.Missing(FAKE, FAKE_REQ, "all methods", "")],
        tmp_path / "target2",
        pip_options=["--no-index", "--find-links", str(other)],
    )
    run(qtbot, dialog)
    assert dialog.state == "failed"
    assert "numpy" in dialog.output() and not (tmp_path / "target2" / "numpy").exists()


def test_failure_shows_the_full_pip_output(qtbot, fake_missing, wheels, tmp_path):
    missing = [
        dependencies.Missing("regionatlas_no_such", "regionatlas-no-such-dep", "all methods", "")
    ]
    dialog = dialog_for(qtbot, missing, tmp_path / "target", pip_options=wheels)
    run(qtbot, dialog)
    assert dialog.state == "failed"
    text = dialog.outputEdit.toPlainText()
    assert "No matching distribution found for regionatlas-no-such-dep" in text
    assert text.startswith("$ ") and "--target" in text.splitlines()[0]
    assert "pip failed (exit code 1)" in dialog.statusLabel.text()
    assert dialog.installButton.isEnabled()  # can try again
    assert str(tmp_path / "target") not in sys.path


def test_cancel_stops_pip(qtbot, fake_missing, tmp_path):
    slow = tmp_path / "slow-python"
    slow.write_text("#!/bin/sh\necho started\nsleep 60\n")
    slow.chmod(0o755)
    dialog = dialog_for(
        qtbot, dependencies.missing_required(), tmp_path / "target", python=str(slow)
    )
    dialog.installButton.click()
    qtbot.waitUntil(lambda: "started" in dialog.outputEdit.toPlainText(), timeout=20_000)
    dialog.cancelButton.click()
    assert dialog.state == "cancelled"
    assert dialog.process.state() == dialog.process.ProcessState.NotRunning
    assert "Cancelled" in dialog.statusLabel.text()
    assert FAKE not in sys.modules


def test_plugin_offers_the_dialog_and_loads_after_install(
    qtbot, qgis_iface, fake_missing, wheels, tmp_path
):
    import RegionAtlas

    registry = QgsApplication.processingRegistry()
    plugin = RegionAtlas.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert registry.providerById("regionatlas") is None
        button = plugin.message_widget.findChild(QPushButton, "RegionAtlasInstallButton")
        assert button is not None
        button.click()
        dialog = plugin.dependency_dialog
        assert dialog.isVisible()
        assert [m.module for m in dialog.missing] == [FAKE]
        dialog.target = tmp_path / "target"
        dialog.pip_options = wheels
        run(qtbot, dialog)
        assert dialog.state == "installed", dialog.output()
        # registered and the full menu built, without a restart
        assert registry.providerById("regionatlas") is not None
        assert registry.algorithmById("regionatlas:flowlines") is not None
        flush_deletes()
        menus = [
            m
            for m in qgis_iface.mainWindow().findChildren(QMenu)
            if m.objectName() == "RegionAtlasMenu"
        ]
        assert len(menus) == 1
        texts = [a.text() for a in menus[0].actions()]
        assert "Commuting flow lines…" in texts
        assert not any("Missing Python packages" in t for t in texts)
        assert plugin.message_widget is None
    finally:
        plugin.unload()
        flush_deletes()


def flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()
