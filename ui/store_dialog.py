"""The dialog that chooses where the notes are kept: a GeoPackage file (beside the project by
default), a saved PostgreSQL connection or a pg service name."""

from __future__ import annotations

from qgis.core import QgsProviderRegistry
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ..i18n import tr
from ..regionatlas.notes.dockstate import PG_CONNECTION_PREFIX


def saved_pg_connections() -> list[str]:
    """Names of QGIS's saved PostgreSQL connections (QgsProviderConnection API)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        return []
    try:
        return sorted(metadata.connections().keys())
    except Exception:  # provider without connection API
        return []


class StoreDialog(QDialog):
    """Choose the notes store: a GeoPackage file, a saved PostgreSQL connection or a service."""

    def __init__(self, current: str, suggested: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Notes store"))
        layout = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItem(tr("GeoPackage file (beside the project)"), "gpkg")
        self.kind.addItem(tr("Saved PostgreSQL connection"), "pgconn")
        self.kind.addItem(tr("PostgreSQL service (pg_service.conf)"), "service")
        layout.addRow(tr("Store"), self.kind)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(suggested)
        browse = QToolButton()
        browse.setText("…")
        browse.clicked.connect(self.browse)
        row.addWidget(self.path)
        row.addWidget(browse)
        layout.addRow(tr("File"), file_row)
        self.connection = QComboBox()
        self.connection.addItems(saved_pg_connections())
        layout.addRow(tr("Connection"), self.connection)
        self.service = QLineEdit()
        self.service.setPlaceholderText("regionatlas")
        layout.addRow(tr("Service name"), self.service)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        if current.startswith(PG_CONNECTION_PREFIX):
            self.kind.setCurrentIndex(1)
            self.connection.setCurrentText(current[len(PG_CONNECTION_PREFIX) :])
        elif current and not current.lower().endswith(".gpkg"):
            self.kind.setCurrentIndex(2)
            self.service.setText(current)
        elif current:
            self.path.setText(current)

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Notes store"),
            self.path.text(),
            tr("GeoPackage (*.gpkg)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path.setText(path if path.lower().endswith(".gpkg") else path + ".gpkg")

    def target(self) -> str:
        kind = self.kind.currentData()
        if kind == "pgconn":
            name = self.connection.currentText()
            return PG_CONNECTION_PREFIX + name if name else ""
        if kind == "service":
            return self.service.text().strip()
        return self.path.text().strip()
