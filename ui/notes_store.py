"""The notes dock's store selection: which notes store (GeoPackage, PostGIS) the dock and the
register use, opened from the dock's "Store…" button, from the project, or beside the project
on the first save.

The store itself is :class:`regionatlas.notes.NotesRepository`, opened with
:func:`processing.notes_common.open_notes_store`; where it is kept in the project and where
the default lies is :mod:`regionatlas.notes.dockstate`.
"""

from __future__ import annotations

from qgis.core import QgsProject

from ..i18n import tr
from ..processing.notes_common import open_notes_store
from ..regionatlas.errors import InputError
from ..regionatlas.notes import StoreError
from ..regionatlas.notes.dockstate import default_store_path
from .store_dialog import StoreDialog


class StoreSelection:
    """Opens and closes the dock's store; the open store is ``dock.store``."""

    def __init__(self, dock) -> None:
        self.dock = dock
        self.label = dock.ui.store_label
        dock.ui.store_button.clicked.connect(dock.choose_store)

    def suggested_path(self) -> str:
        path = default_store_path(QgsProject.instance().fileName())
        return str(path) if path else ""

    def choose(self) -> bool:
        dock = self.dock
        dialog = StoreDialog(dock.state.store, self.suggested_path(), dock)
        if not dialog.exec():
            return False
        return dock.set_store(dialog.target())

    def open(self, target: str) -> bool:
        """Open the store at *target* (path, conninfo, service, ``pgconn:<name>``)."""
        dock = self.dock
        if not target:
            return False
        try:
            store = open_notes_store(target)
        except (StoreError, InputError) as exc:
            dock.show_message(str(exc))
            return False
        self.close()
        dock.store = store
        dock.state.store = target
        text = tr("Store: {where}").format(where=store.location)
        if getattr(store, "read_only", False):
            text += " " + tr("(read-only)")
        self.label.setText(text)
        self.label.setToolTip(store.location)
        dock.notes_list.fill_stakeholders()
        dock.save_state()
        dock.show_message("")
        dock.update_enabled()
        dock.storeChanged.emit(store)
        dock.refresh()
        return True

    def close(self) -> None:
        dock = self.dock
        if dock.store is None:
            return
        try:
            dock.store.close()
        except StoreError:
            pass
        dock.store = None
        dock.editor.forget_deleted()
        dock.storeChanged.emit(None)

    def ensure(self) -> bool:
        """A store to write to: the saved one, the default beside the project, or ask."""
        if self.dock.store is not None:
            return True
        suggested = self.suggested_path()
        if suggested:
            return self.dock.set_store(suggested)
        return self.dock.choose_store()

    def forget(self) -> None:
        """No store (the project was closed)."""
        self.close()
        self.label.setText(tr("No notes store"))
