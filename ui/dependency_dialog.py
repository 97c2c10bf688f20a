"""The "Missing Python packages" dialog: lists what the plugin cannot import and why, and
installs it with pip run by QGIS's own Python interpreter into a folder of the user's QGIS
profile (dependencies.packages_dir), which the plugin puts on sys.path at start-up.

pip runs in a QProcess: its output streams into the dialog (all of it stays there when pip
fails), Cancel stops it. The numpy QGIS already has is pinned with a pip constraint (QGIS's
GDAL bindings are built against it), and the copy pip brings along as a dependency is removed
again so QGIS's own stays the only one. Layout: dependency_dialog.ui (Qt Designer); texts
are set here through tr().
"""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.PyQt.QtCore import QProcess, QProcessEnvironment, pyqtSignal
from qgis.PyQt.QtGui import QFontDatabase
from qgis.PyQt.QtWidgets import QDialog, QTreeWidgetItem

from .. import dependencies
from ..i18n import tr
from .forms import form_class

FORM_CLASS = form_class("dependency_dialog")


class DependencyDialog(QDialog, FORM_CLASS):
    """``missing``: what to install; ``target``: the profile's packages folder.

    ``pip_options`` are extra pip arguments (e.g. ``--no-index --find-links DIR`` for a local
    wheel folder); ``python`` overrides the interpreter found by dependencies.qgis_python.
    ``state`` is "ready", "running", "installed", "failed" or "cancelled".
    """

    installed = pyqtSignal()

    def __init__(
        self,
        missing: list[dependencies.Missing],
        target: Path,
        parent=None,
        pip_options: list[str] | None = None,
        python: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.missing = list(missing)
        self.target = Path(target)
        self.pip_options = list(pip_options or [])
        self.python = python or dependencies.qgis_python()
        self.state = "ready"
        self.process: QProcess | None = None
        self._output: list[str] = []

        self.setWindowTitle(tr("RegionAtlas: missing Python packages"))
        self.introLabel.setText(
            tr(
                "RegionAtlas needs these Python packages, which QGIS cannot import. They can be "
                "installed with pip into a folder of your QGIS profile; QGIS's own packages are "
                "not changed."
            )
        )
        self.packagesTree.setHeaderLabels(
            [tr("Package"), tr("Requirement"), tr("Needed for"), tr("Why")]
        )
        for m in self.missing:
            item = QTreeWidgetItem(
                [m.module, m.requirement, needed_for_text(m.needed_for), m.error]
            )
            item.setToolTip(3, m.error)
            self.packagesTree.addTopLevelItem(item)
        for column in range(3):
            self.packagesTree.resizeColumnToContents(column)
        self.targetLabel.setText(
            tr("Install into: {folder}\nWith: {python}").format(
                folder=self.target, python=self.python or tr("(not found)")
            )
        )
        self.outputEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.outputEdit.setPlaceholderText(tr("pip's output appears here."))
        self.installButton.setText(tr("Install"))
        self.cancelButton.setText(tr("Cancel"))
        self.closeButton.setText(tr("Close"))
        self.progressBar.setRange(0, 100)
        self.progressBar.setValue(0)
        self.installButton.clicked.connect(self.install)
        self.cancelButton.clicked.connect(self.cancel)
        self.closeButton.clicked.connect(self.reject)
        self.cancelButton.setEnabled(False)
        if self.python is None:
            self.installButton.setEnabled(False)
            self.statusLabel.setText(
                tr(
                    "QGIS's Python interpreter was not found, so pip cannot be run from here. "
                    "Install by hand: {command}"
                ).format(command=dependencies.install_command(self.missing))
            )
        elif not self.missing:
            self.installButton.setEnabled(False)
            self.statusLabel.setText(tr("Nothing is missing."))

    # -- the pip run -----------------------------------------------------------------------------
    def constraints_file(self) -> Path:
        return self.target.parent / "constraints.txt"

    def command(self) -> list[str]:
        """The full command: QGIS's interpreter, then pip's arguments."""
        pinned = dependencies.numpy_constraint() is not None
        return [
            self.python,
            *dependencies.pip_arguments(
                [m.requirement for m in self.missing],
                self.target,
                str(self.constraints_file()) if pinned else None,
                self.pip_options,
            ),
        ]

    def install(self) -> None:
        if self.state == "running" or self.python is None or not self.missing:
            return
        self.target.mkdir(parents=True, exist_ok=True)
        pin = dependencies.numpy_constraint()
        if pin:
            self.constraints_file().write_text(pin + "\n", encoding="utf-8")
        command = self.command()
        self._output = []
        self.outputEdit.clear()
        self._append("$ " + " ".join(command) + "\n")
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONIOENCODING", "utf-8")
        env.insert("PYTHONUNBUFFERED", "1")
        process.setProcessEnvironment(env)
        process.readyReadStandardOutput.connect(self._read_output)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self.process = process
        self.state = "running"
        self.installButton.setEnabled(False)
        self.cancelButton.setEnabled(True)
        self.progressBar.setRange(0, 0)  # busy: pip does not report a fraction
        self.statusLabel.setText(tr("Running pip…"))
        process.start(command[0], command[1:])

    def _append(self, text: str) -> None:
        self._output.append(text)
        self.outputEdit.moveCursor(self.outputEdit.textCursor().MoveOperation.End)
        self.outputEdit.insertPlainText(text)
        self.outputEdit.ensureCursorVisible()

    def _read_output(self) -> None:
        if self.process is None:
            return
        text = bytes(self.process.readAllStandardOutput()).decode("utf-8", "replace")
        self._append(text)
        # the last line that says something (not one of pip's drawn progress bars)
        lines = [line.strip() for line in text.splitlines() if line.strip()[:1].isalnum()]
        if lines:
            self.statusLabel.setText(lines[-1][:200])

    def output(self) -> str:
        """Everything pip printed in this run (and the command line)."""
        return "".join(self._output)

    def _error(self, error) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.state == "running":
            self._append(tr("Could not start {python}.").format(python=self.python) + "\n")
            self._done(False)

    def _finished(self, exit_code: int, exit_status) -> None:
        self._read_output()
        if self.state != "running":
            return
        normal = exit_status == QProcess.ExitStatus.NormalExit
        self._done(normal and exit_code == 0, exit_code)

    def _done(self, ok: bool, exit_code: int | None = None) -> None:
        self.cancelButton.setEnabled(False)
        self.progressBar.setRange(0, 100)
        if ok:
            self._drop_duplicate_numpy()
            dependencies.add_to_sys_path(self.target)
            self.state = "installed"
            self.progressBar.setValue(100)
            self.statusLabel.setText(tr("Installed into {folder}.").format(folder=self.target))
            self.installed.emit()
        else:
            self.state = "failed"
            self.progressBar.setValue(0)
            self.installButton.setEnabled(True)
            self.statusLabel.setText(
                tr(
                    "pip failed (exit code {code}); its full output is below. Nothing was "
                    "changed in QGIS's own Python."
                ).format(code="?" if exit_code is None else exit_code)
            )

    def _drop_duplicate_numpy(self) -> None:
        """pip --target installs dependencies again, numpy included (pinned to QGIS's own
        version): remove that copy so only QGIS's numpy is ever imported."""
        try:
            import numpy
        except Exception:
            return  # numpy itself was missing: the copy in the target is the only one
        if Path(numpy.__file__).resolve().is_relative_to(self.target.resolve()):
            return
        copies = [self.target / "numpy", self.target / "numpy.libs"]
        for path in [*copies, *self.target.glob("numpy-*.dist-info")]:
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)

    def cancel(self) -> None:
        if self.process is not None and self.state == "running":
            self.state = "cancelled"
            self.process.kill()
            self.process.waitForFinished(5000)
            self.cancelButton.setEnabled(False)
            self.installButton.setEnabled(True)
            self.progressBar.setRange(0, 100)
            self.progressBar.setValue(0)
            self.statusLabel.setText(tr("Cancelled: pip was stopped."))
            self._append("\n" + tr("Cancelled: pip was stopped.") + "\n")

    def reject(self) -> None:
        self.cancel()
        super().reject()


def needed_for_text(needed_for: str) -> str:
    """dependencies.py's "needed for" texts in the user's language."""
    texts = {
        "all methods": tr("all methods"),
        "geometry helpers": tr("geometry helpers"),
        "network communities (Leiden)": tr("network communities (Leiden)"),
        "the shared PostgreSQL/PostGIS notes store": tr(
            "the shared PostgreSQL/PostGIS notes store"
        ),
    }
    return texts.get(needed_for, needed_for)
