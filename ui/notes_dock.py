"""The stakeholder-notes dock: notes on the selected feature of the active layer.

What it does (spec stakeholder-notes.md, "Dock panel"): follows the active layer and its
selection, lists the selected features' notes newest first, adds/edits/deletes notes
(delete asks first and can be undone), filters by theme, stakeholder, kind, stance, status
and free text, zooms to and flashes a note's feature when the note is clicked, and keeps a
"Notes" marker layer that shows which features have notes and how many.

The layout is ui/notes_dock.ui (Qt Designer); the logic is in small classes, one per job:
:class:`~.notes_store.StoreSelection` (which store), :class:`~.notes_features.
FeatureSelection` (layer, key field, selection), :class:`~.notes_list.NoteList` (filters and
list), :class:`~.notes_editor.NoteEditor` (the form, save, delete, undo) and
:class:`~.notes_on_map.NotesOnMap` (zoom, flash, markers). The dock holds what they share
(store, layer, the note in the form) and the project state. No method logic lives here: the
store is :class:`regionatlas.notes.NotesRepository`, the dock's choices and saved state are
:mod:`regionatlas.notes.dockstate`, layer <-> store copies are :mod:`processing.notes_common`.
Features are found by their key field value, never by fid.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsFeature, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QListWidgetItem, QWidget

from ..i18n import tr
from ..processing.notes_common import DOCK_PROJECT_KEY, DOCK_PROJECT_SCOPE
from ..regionatlas.notes import Note, NotesRepository
from ..regionatlas.notes.dockstate import DockState, store_for_project, store_from_project
from .forms import form_class
from .notes_editor import NoteEditor
from .notes_features import KEY_SAMPLE, FeatureSelection, key_candidates
from .notes_list import NOTE_UUID_ROLE, NoteList
from .notes_on_map import NotesOnMap
from .notes_store import StoreSelection
from .store_dialog import StoreDialog

__all__ = ["NOTE_UUID_ROLE", "NotesDock", "StoreDialog"]

#: Project entry of the dock's state: scope and key (read by the notes algorithms too).
PROJECT_SCOPE, PROJECT_KEY = DOCK_PROJECT_SCOPE, DOCK_PROJECT_KEY
#: The dock's widgets, laid out in Qt Designer (ui/notes_dock.ui).
NOTES_DOCK_FORM = form_class("notes_dock")
#: Height shares of the note list and the note form.
SPLITTER_STRETCH = (3, 1)
#: Message colours: errors and confirmations.
ERROR_COLOUR, DONE_COLOUR = "#b00020", "#2e7d32"


class NotesDock(QgsDockWidget):
    """Dock panel with the notes of the selected features."""

    #: Emitted with the open NotesRepository (or None) when the store changes.
    storeChanged = pyqtSignal(object)
    #: Emitted after any write, so the register and markers can refresh.
    notesChanged = pyqtSignal()

    KEY_SAMPLE = KEY_SAMPLE

    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("Stakeholder notes"), parent)
        self.setObjectName("RegionAtlasNotesDock")
        self.iface = iface
        self.store: Optional[NotesRepository] = None
        self.state = DockState()
        self.layer: Optional[QgsVectorLayer] = None
        self.dataset: Optional[str] = None
        self.current: Optional[Note] = None
        self.notes: list[Note] = []
        self.marker_layer_id: Optional[str] = None
        #: (dataset key, feature key) of selected markers whose layer is not loaded: their
        #: notes are listed instead of the selection's.
        self.pinned: list[tuple[str, str]] = []
        self._loading = False
        self._build()
        project = QgsProject.instance()
        project.readProject.connect(self.load_project_state)
        project.cleared.connect(self.project_cleared)
        project.layerWillBeRemoved.connect(self.layer_will_be_removed)
        if iface is not None and hasattr(iface, "currentLayerChanged"):
            try:
                iface.currentLayerChanged.connect(self.set_layer)
            except TypeError:  # a test interface with another signal signature
                pass
        self.load_project_state()
        if iface is not None:
            self.set_layer(iface.activeLayer())

    def _build(self) -> None:
        """The widgets come from notes_dock.ui (edit it in Qt Designer); the parts wire them."""
        body = QWidget()
        self.ui = NOTES_DOCK_FORM()
        self.ui.setupUi(body)
        for name in (
            "store_label", "store_button", "layer_label", "key_combo", "add_key_button",
            "feature_label", "search", "note_list", "text_edit", "stakeholder_combo",
            "author_edit", "new_button", "save_button", "delete_button", "markers_button",
            "message", "undo_button",
        ):  # fmt: skip
            setattr(self, name, getattr(self.ui, name))
        for index, stretch in enumerate(SPLITTER_STRETCH):
            self.ui.splitter.setStretchFactor(index, stretch)
        self.stores = StoreSelection(self)
        self.selection = FeatureSelection(self)
        self.notes_list = NoteList(self)
        self.editor = NoteEditor(self)
        self.on_map = NotesOnMap(self)
        self.filter_combos = self.notes_list.filter_combos
        self.form_combos = self.editor.combos
        self.setWidget(body)
        self.update_enabled()

    def update_enabled(self) -> None:
        has_store = self.store is not None
        read_only = has_store and getattr(self.store, "read_only", False)
        # without a store, Save opens the default one beside the project (or asks)
        self.save_button.setEnabled(not read_only)
        self.delete_button.setEnabled(has_store and not read_only and self.current is not None)
        self.markers_button.setEnabled(has_store)

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR if error else DONE_COLOUR}")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- store (notes_store.py) ---------------------------------------------------------------
    def suggested_store_path(self) -> str:
        return self.stores.suggested_path()

    def choose_store(self) -> bool:
        return self.stores.choose()

    def set_store(self, target: str) -> bool:
        """Open the store at *target* (path, conninfo, service, ``pgconn:<name>``)."""
        return self.stores.open(target)

    def close_store(self) -> None:
        self.stores.close()

    def ensure_store(self) -> bool:
        return self.stores.ensure()

    # -- project state ------------------------------------------------------------------------
    def save_state(self) -> None:
        if self._loading:
            return
        project = QgsProject.instance()
        state = DockState(
            store=store_for_project(self.state.store, project.fileName()),
            key_fields=dict(self.state.key_fields),
            filters=dict(self.state.filters),
            search=self.state.search,
        )
        project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, state.to_json())

    def load_project_state(self, *args) -> None:
        project = QgsProject.instance()
        text, ok = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
        state = DockState.from_json(text if ok else "")
        state.store = store_from_project(state.store, project.fileName())
        self._loading = True
        try:
            self.state = state
            self.notes_list.show_state(state)
            if state.store:
                self.set_store(state.store)
        finally:
            self._loading = False
        self.refresh()

    def project_cleared(self) -> None:
        self.stores.forget()
        self.state = DockState()
        self.marker_layer_id = None
        self.set_layer(None)

    # -- layer and selection (notes_features.py) ----------------------------------------------
    def set_layer(self, layer) -> None:
        self.selection.set_layer(layer)

    @classmethod
    def key_candidates(cls, layer: QgsVectorLayer) -> list[str]:
        return key_candidates(layer, cls.KEY_SAMPLE)

    @property
    def key_field(self) -> Optional[str]:
        return self.selection.key_field

    def key_field_chosen(self, *args) -> None:
        self.selection.key_field_chosen()

    def add_uuid_field(self) -> bool:
        return self.selection.add_uuid_field()

    def selected_features(self) -> list[QgsFeature]:
        return self.selection.selected_features()

    def selected_keys(self) -> list[tuple[str, QgsFeature]]:
        return self.selection.selected_keys()

    def selection_changed(self, *args) -> None:
        self.selection.selection_changed()

    def layer_will_be_removed(self, layer_id: str) -> None:
        """Forget the dock's layer before QGIS deletes it (its notes stay in the store)."""
        if self.layer is not None and self.layer.id() == layer_id:
            self.set_layer(None)

    # -- list and filters (notes_list.py) -----------------------------------------------------
    def refresh(self) -> None:
        """Reload the notes of the selected features (newest first) with the filters."""
        self.notes_list.refresh()

    def listed_texts(self) -> list[str]:
        """The texts of the listed notes, in list order (for tests and accessibility)."""
        return self.notes_list.texts()

    def fill_stakeholders(self) -> None:
        self.notes_list.fill_stakeholders()

    def filters_changed(self, *args) -> None:
        self.notes_list.filters_changed()

    def note_clicked(self, item: QListWidgetItem) -> None:
        self.notes_list.note_clicked(item)

    # -- the note form (notes_editor.py) ------------------------------------------------------
    def load_form(self, note: Optional[Note]) -> None:
        self.editor.load(note)

    def new_note(self) -> None:
        self.editor.new()

    def form_values(self) -> dict:
        return self.editor.values()

    def save_note(self) -> bool:
        """Save the form; on failure the form keeps everything typed."""
        return self.editor.save()

    def delete_note(self) -> bool:
        return self.editor.delete()

    def confirm_delete(self, note: Note, links: list) -> bool:
        return self.editor.confirm_delete(note, links)

    def undo_delete(self) -> bool:
        return self.editor.undo_delete()

    # -- map (notes_on_map.py) ----------------------------------------------------------------
    def zoom_to_note(self, note: Note) -> None:
        self.on_map.zoom_to_note(note)

    def marker_layer(self) -> Optional[QgsVectorLayer]:
        return self.on_map.marker_layer()

    def refresh_markers(self, *args, only_if_present: bool = False) -> Optional[QgsVectorLayer]:
        """(Re)build the "Notes" point layer: one point per linked feature with its count."""
        return self.on_map.refresh_markers(only_if_present=only_if_present)

    # -- closing ------------------------------------------------------------------------------
    def cleanup(self) -> None:
        """Disconnect from QGIS and close the store (called by the plugin's unload)."""
        project = QgsProject.instance()
        for signal, slot in (
            (project.readProject, self.load_project_state),
            (project.cleared, self.project_cleared),
            (project.layerWillBeRemoved, self.layer_will_be_removed),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        if self.iface is not None:
            try:
                self.iface.currentLayerChanged.disconnect(self.set_layer)
            except (TypeError, RuntimeError, AttributeError):
                pass
        self.selection.disconnect()
        self.layer = None
        self.close_store()
