"""The stakeholder-notes dock: notes on the selected feature of the active layer.

What it does (spec stakeholder-notes.md, "Dock panel"): follows the active layer and its
selection, lists the selected features' notes newest first, adds/edits/deletes notes
(delete asks first), filters by theme, stakeholder, kind, stance, status and free text,
zooms to and flashes a note's feature when the note is clicked, and keeps a "Notes" marker
layer that shows which features have notes and how many.

No logic lives here: the store is :class:`regionatlas.notes.NotesRepository` (opened with
:func:`processing.notes_common.open_notes_store`), the dock's choices and saved state are
:mod:`regionatlas.notes.dockstate`, layer <-> store copies are
:mod:`processing.notes_common`. Features are found by their key field value, never by fid.

Nothing typed is lost: a save that fails (conflict, lost connection, read-only store) keeps
the form as it is and shows the store's message (a conflict shows both texts).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDefaultValue,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, QVariant, pyqtSignal
from qgis.PyQt.QtGui import QColor, QTextCursor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QListWidgetItem,
    QWidget,
)

from ..compat import qgs_field
from ..i18n import tr
from ..processing.notes_common import DOCK_PROJECT_KEY, DOCK_PROJECT_SCOPE, open_notes_store
from ..processing.notes_features import FeatureCopier, find_features_by_key, layer_dataset_key
from ..regionatlas.errors import InputError
from ..regionatlas.ids import normalise_id
from ..regionatlas.notes import (
    KINDS,
    STANCES,
    STATUSES,
    THEMES,
    ConflictError,
    Note,
    NoteLink,
    NotesRepository,
    StoreError,
)
from ..regionatlas.notes.dockstate import (
    FILTER_FIELDS,
    UUID_FIELD,
    DockState,
    default_store_path,
    key_field_candidates,
    store_for_project,
    store_from_project,
)
from .confirm import confirm
from .notes_markers import MARKER_PROPERTY, fill_marker_layer, new_marker_layer
from .store_dialog import StoreDialog

#: Project entry of the dock's state: scope and key (read by the notes algorithms too).
PROJECT_SCOPE, PROJECT_KEY = DOCK_PROJECT_SCOPE, DOCK_PROJECT_KEY


NOTE_UUID_ROLE = Qt.ItemDataRole.UserRole
#: The dock's widgets, laid out in Qt Designer (ui/notes_dock.ui).
NOTES_DOCK_FORM, _ = uic.loadUiType(str(Path(__file__).with_name("notes_dock.ui")))


class NotesDock(QgsDockWidget):
    """Dock panel with the notes of the selected features."""

    #: Emitted with the open NotesRepository (or None) when the store changes.
    storeChanged = pyqtSignal(object)
    #: Emitted after any write, so the register and markers can refresh.
    notesChanged = pyqtSignal()

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
        self._pinned: list[tuple[str, str]] = []
        #: The last deleted note with its links, for Undo.
        self._deleted: Optional[Note] = None
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

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        """The widgets come from notes_dock.ui (edit it in Qt Designer); here they are only
        wired to the dock's logic."""
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
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.store_button.clicked.connect(self.choose_store)
        self.key_combo.activated.connect(self.key_field_chosen)
        self.add_key_button.setToolTip(
            tr("Adds a text field {name} filled with uuid() to the layer").format(name=UUID_FIELD)
        )
        self.add_key_button.clicked.connect(self.add_uuid_field)
        self.filter_combos: dict[str, QComboBox] = {
            name: getattr(self.ui, f"filter_{name}") for name in FILTER_FIELDS
        }
        for combo in self.filter_combos.values():
            combo.currentIndexChanged.connect(self.filters_changed)
        self.search.textChanged.connect(self.filters_changed)
        self._fill_vocabulary_filters()
        self.note_list.itemClicked.connect(self.note_clicked)
        self.form_combos: dict[str, QComboBox] = {}
        for name, vocab in (
            ("theme", THEMES),
            ("kind", KINDS),
            ("stance", STANCES),
            ("status", STATUSES),
        ):
            combo = getattr(self.ui, f"form_{name}")
            for value in vocab:
                combo.addItem(value, value)
            self.form_combos[name] = combo
        self.form_combos["theme"].setCurrentText("övrigt")
        self.form_combos["kind"].setCurrentText("observation")
        self.form_combos["stance"].setCurrentText("neutral")
        self.new_button.clicked.connect(self.new_note)
        self.save_button.clicked.connect(self.save_note)
        self.delete_button.clicked.connect(self.delete_note)
        self.markers_button.clicked.connect(self.refresh_markers)
        self.undo_button.clicked.connect(self.undo_delete)
        self.setWidget(body)
        self._update_enabled()

    def _fill_vocabulary_filters(self) -> None:
        vocabularies = {"theme": THEMES, "kind": KINDS, "stance": STANCES, "status": STATUSES}
        for name, vocab in vocabularies.items():
            combo = self.filter_combos[name]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(all)"), "")
            for value in vocab:
                combo.addItem(value, value)
            combo.blockSignals(False)

    def _fill_stakeholders(self) -> None:
        stakeholders = self.store.list_stakeholders() if self.store is not None else []
        keep_filter = self.filter_combos[
            "stakeholder_uuid"
        ].currentData() or self.state.filters.get("stakeholder_uuid", "")
        keep_form = self.stakeholder_combo.currentData()
        for combo, first in (
            (self.filter_combos["stakeholder_uuid"], tr("(all)")),
            (self.stakeholder_combo, tr("(none)")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, "")
            for s in stakeholders:
                combo.addItem(s.organisation, s.uuid)
            combo.blockSignals(False)
        self._select_data(self.filter_combos["stakeholder_uuid"], keep_filter)
        self._select_data(self.stakeholder_combo, keep_form)

    @staticmethod
    def _select_data(combo: QComboBox, value) -> None:
        index = combo.findData(value or "")
        combo.blockSignals(True)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _update_enabled(self) -> None:
        has_store = self.store is not None
        read_only = has_store and getattr(self.store, "read_only", False)
        # without a store, Save opens the default one beside the project (or asks)
        self.save_button.setEnabled(not read_only)
        self.delete_button.setEnabled(has_store and not read_only and self.current is not None)
        self.markers_button.setEnabled(has_store)

    # -- messages -----------------------------------------------------------------------------
    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b00020" if error else "color: #2e7d32")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- store --------------------------------------------------------------------------------
    def suggested_store_path(self) -> str:
        path = default_store_path(QgsProject.instance().fileName())
        return str(path) if path else ""

    def choose_store(self) -> bool:
        dialog = StoreDialog(self.state.store, self.suggested_store_path(), self)
        if not dialog.exec():
            return False
        return self.set_store(dialog.target())

    def set_store(self, target: str) -> bool:
        """Open the store at *target* (path, conninfo, service, ``pgconn:<name>``)."""
        if not target:
            return False
        try:
            store = open_notes_store(target)
        except (StoreError, InputError) as exc:
            self.show_message(str(exc))
            return False
        self.close_store()
        self.store = store
        self.state.store = target
        read_only = getattr(store, "read_only", False)
        text = tr("Store: {where}").format(where=store.location)
        if read_only:
            text += " " + tr("(read-only)")
        self.store_label.setText(text)
        self.store_label.setToolTip(store.location)
        self._fill_stakeholders()
        self.save_state()
        self.show_message("")
        self._update_enabled()
        self.storeChanged.emit(store)
        self.refresh()
        return True

    def close_store(self) -> None:
        if self.store is not None:
            try:
                self.store.close()
            except StoreError:
                pass
            self.store = None
            self._deleted = None
            self.undo_button.hide()
            self.storeChanged.emit(None)

    def ensure_store(self) -> bool:
        """A store to write to: the saved one, the default beside the project, or ask."""
        if self.store is not None:
            return True
        suggested = self.suggested_store_path()
        if suggested:
            return self.set_store(suggested)
        return self.choose_store()

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
            for name, combo in self.filter_combos.items():
                if name != "stakeholder_uuid":
                    self._select_data(combo, state.filters.get(name, ""))
            self.search.blockSignals(True)
            self.search.setText(state.search)
            self.search.blockSignals(False)
            if state.store:
                self.set_store(state.store)
        finally:
            self._loading = False
        self.refresh()

    def project_cleared(self) -> None:
        self.close_store()
        self.state = DockState()
        self.marker_layer_id = None
        self.store_label.setText(tr("No notes store"))
        self.set_layer(None)

    # -- layer and selection ------------------------------------------------------------------
    def set_layer(self, layer) -> None:
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            layer = None
        if layer is not None and layer.customProperty(MARKER_PROPERTY):
            # Our own marker layer has no notes of its own: the dock stays on the features'
            # layer (its selection is still shown); selecting a marker opens its notes.
            self._watch_markers(layer)
            if self.layer is not None:
                return
            layer = None
        if self.layer is not None:
            try:
                self.layer.selectionChanged.disconnect(self.selection_changed)
            except (TypeError, RuntimeError):
                pass
        self._pinned = []
        self.layer = layer
        self.dataset = layer_dataset_key(layer) if layer is not None else None
        self.key_combo.blockSignals(True)
        self.key_combo.clear()
        if layer is None:
            self.layer_label.setText(tr("No vector layer active"))
            self.add_key_button.hide()
            self.key_combo.setEnabled(False)
        else:
            layer.selectionChanged.connect(self.selection_changed)
            self.layer_label.setText(layer.name())
            self.layer_label.setToolTip(tr("Dataset key: {key}").format(key=self.dataset))
            candidates = self.key_candidates(layer)
            self.key_combo.addItems(candidates)
            chosen = self.state.key_fields.get(self.dataset)
            if chosen in candidates:
                self.key_combo.setCurrentText(chosen)
            self.key_combo.setEnabled(bool(candidates))
            self.add_key_button.setVisible(not candidates)
            if candidates and chosen not in candidates:
                self.state.key_fields[self.dataset] = candidates[0]
        self.key_combo.blockSignals(False)
        self.selection_changed()

    #: Features read to judge which fields are unique keys (a large layer is sampled).
    KEY_SAMPLE = 20000

    @classmethod
    def key_candidates(cls, layer: QgsVectorLayer) -> list[str]:
        names = [f.name() for f in layer.fields()]
        columns: dict[str, list] = {n: [] for n in names}
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setLimit(cls.KEY_SAMPLE)
        for feature in layer.getFeatures(request):
            for name, value in zip(names, feature.attributes()):
                columns[name].append(normalise_id(None if _is_null(value) else value))
        return key_field_candidates(columns.items())

    @property
    def key_field(self) -> Optional[str]:
        return self.key_combo.currentText() or None if self.layer is not None else None

    def key_field_chosen(self, *args) -> None:
        if self.dataset and self.key_field:
            self.state.key_fields[self.dataset] = self.key_field
            self.save_state()
        self.selection_changed()

    def add_uuid_field(self) -> bool:
        """Add a text key field filled with uuid() (default value for new features)."""
        layer = self.layer
        if layer is None:
            return False
        if not confirm(
            self,
            tr("Add key field"),
            tr(
                "The layer {layer} has no field that identifies every feature. Add a text "
                "field {name} to its data, filled with a uuid for every feature and for new "
                "features?"
            ).format(layer=layer.name(), name=UUID_FIELD),
            action=tr("Add field"),
        ):
            return False
        provider = layer.dataProvider()
        if layer.fields().lookupField(UUID_FIELD) < 0:
            if not provider.addAttributes([qgs_field(UUID_FIELD, "String", 38)]):
                self.show_message(
                    tr("The layer {layer} cannot get a new field: {error}").format(
                        layer=layer.name(), error=provider.lastError() or tr("read-only")
                    )
                )
                return False
            layer.updateFields()
        index = layer.fields().lookupField(UUID_FIELD)
        layer.setDefaultValueDefinition(index, QgsDefaultValue("uuid()"))
        import uuid

        changes = {}
        for feature in layer.getFeatures():
            if _is_null(feature.attribute(index)):
                changes[feature.id()] = {index: str(uuid.uuid4())}
        if changes and not provider.changeAttributeValues(changes):
            self.show_message(tr("Could not fill {name}.").format(name=UUID_FIELD))
            return False
        layer.reload()
        self.state.key_fields[self.dataset] = UUID_FIELD
        self.save_state()
        self.set_layer(layer)
        return True

    def selected_features(self) -> list[QgsFeature]:
        if self.layer is None:
            return []
        return list(self.layer.getSelectedFeatures())

    def selected_keys(self) -> list[tuple[str, QgsFeature]]:
        key = self.key_field
        if key is None:
            return []
        index = self.layer.fields().lookupField(key)
        keys = []
        for feature in self.selected_features():
            value = normalise_id(None if _is_null(feature.attribute(index)) else feature[index])
            if value is not None:
                keys.append((value, feature))
        return keys

    def selection_changed(self, *args) -> None:
        keys = self.selected_keys()
        if self.layer is None:
            self.feature_label.setText(tr("Select a feature to see its notes."))
        elif self.key_field is None:
            self.feature_label.setText(
                tr("The layer has no key field: add one to link notes to its features.")
            )
        elif not keys:
            self.feature_label.setText(
                tr("Select a feature of {layer} to see its notes.").format(layer=self.layer.name())
            )
        else:
            copier = self._copier()
            names = []
            for key, feature in keys[:3]:
                label = copier.copy(feature)[2] if copier else None
                names.append(f"{label} ({key})" if label and label != key else key)
            more = len(keys) - 3
            text = ", ".join(names) + (" " + tr("and {n} more").format(n=more) if more > 0 else "")
            self.feature_label.setText(text)
        self.refresh()

    def _copier(self) -> Optional[FeatureCopier]:
        if self.layer is None or self.key_field is None:
            return None
        srid = self.store.srid if self.store is not None else 3006
        return FeatureCopier(self.layer, self.key_field, srid)

    # -- filters ------------------------------------------------------------------------------
    def filters_changed(self, *args) -> None:
        self.state.filters = {
            name: combo.currentData()
            for name, combo in self.filter_combos.items()
            if combo.currentData()
        }
        self.state.search = self.search.text()
        self.save_state()
        self.refresh()

    # -- listing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the notes of the selected features (newest first) with the filters."""
        self.note_list.clear()
        self.notes = []
        if self.store is None or (self.dataset is None and not self._pinned):
            return
        flt = self.state.note_filter()
        seen: dict[str, Note] = {}
        pairs = self._pinned or [(self.dataset, key) for key, _feature in self.selected_keys()]
        try:
            for dataset, key in pairs:
                for note in self.store.notes_for_feature(dataset, key, flt):
                    seen.setdefault(note.uuid, note)
        except StoreError as exc:
            self.show_message(str(exc))
            return
        self.notes = sorted(seen.values(), key=lambda n: (n.created or "", n.uuid), reverse=True)
        names = {
            self.stakeholder_combo.itemData(i): self.stakeholder_combo.itemText(i)
            for i in range(1, self.stakeholder_combo.count())
        }
        for note in self.notes:
            who = names.get(note.stakeholder_uuid, "")
            head = " · ".join(
                x for x in ((note.created or "")[:10], note.theme, note.kind, note.stance, who) if x
            )
            item = QListWidgetItem(f"{head}\n{note.text}")
            item.setData(NOTE_UUID_ROLE, note.uuid)
            item.setToolTip(note.text)
            if note.stance == "konflikt":
                item.setForeground(QColor("#b00020"))
            self.note_list.addItem(item)
            if self.current is not None and note.uuid == self.current.uuid:
                item.setSelected(True)

    def listed_texts(self) -> list[str]:
        """The texts of the listed notes, in list order (for tests and accessibility)."""
        return [n.text for n in self.notes]

    # -- form ---------------------------------------------------------------------------------
    def note_clicked(self, item: QListWidgetItem) -> None:
        uuid = item.data(NOTE_UUID_ROLE)
        note = next((n for n in self.notes if n.uuid == uuid), None)
        if note is None:
            return
        self.load_form(note)
        self.zoom_to_note(note)

    def load_form(self, note: Optional[Note]) -> None:
        self.current = note
        self.text_edit.setPlainText(note.text if note else "")
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)
        for name, combo in self.form_combos.items():
            default = {"theme": "övrigt", "kind": "observation", "stance": "neutral"}.get(
                name, STATUSES[0]
            )
            combo.setCurrentText(getattr(note, name) if note else default)
        self._select_data(self.stakeholder_combo, note.stakeholder_uuid if note else "")
        self.author_edit.setText((note.author or "") if note else "")
        self.show_message("")
        self._update_enabled()

    def new_note(self) -> None:
        self.load_form(None)
        self.note_list.clearSelection()
        self.text_edit.setFocus()

    def form_values(self) -> dict:
        return {
            "text": self.text_edit.toPlainText(),
            "theme": self.form_combos["theme"].currentData(),
            "kind": self.form_combos["kind"].currentData(),
            "stance": self.form_combos["stance"].currentData(),
            "status": self.form_combos["status"].currentData(),
            "stakeholder_uuid": self.stakeholder_combo.currentData() or None,
            "author": self.author_edit.text().strip() or None,
        }

    def save_note(self) -> bool:
        """Save the form: update the loaded note, or add a new one on the selected features.

        On failure the form keeps everything typed and the message says why.
        """
        values = self.form_values()
        if not values["text"].strip():
            self.show_message(tr("Write the note's text first."))
            return False
        if not self.ensure_store():
            return False
        try:
            if self.current is not None:
                saved = self.store.update_note(replace(self.current, **values))
                self.show_message(tr("Saved (version {v}).").format(v=saved.version), error=False)
            else:
                keys = self.selected_keys()
                if not keys:
                    self.show_message(
                        tr("Select the feature(s) the note is about, then save again.")
                    )
                    return False
                copier = self._copier()
                links = []
                for _key, feature in keys:
                    key, wkb, label = copier.copy(feature)
                    links.append(NoteLink(self.dataset, key, wkb, label))
                saved = self.store.add_note(Note(links=links, **values))
                self.show_message(tr("Saved."), error=False)
        except ConflictError as exc:
            # Both texts are in the message and the form keeps the user's; the next Save
            # builds on the stored version, so saving again is a decision, not an accident.
            self.current = exc.current
            if exc.current is not None:
                hint = tr("Merge the texts in the form and press Save to save over version {v}.")
                hint = hint.format(v=exc.current.version)
            else:
                hint = tr("Press Save to store your text as a new note.")
            self.show_message(str(exc) + "\n" + hint)
            self.refresh()
            self._update_enabled()
            return False
        except (StoreError, InputError) as exc:
            retry = getattr(exc, "retryable", False)
            text = str(exc)
            if retry:
                text += "\n" + tr("Your text is still in the form: press Save to try again.")
            self.show_message(text)
            return False
        self.current = saved
        self.refresh()
        self._update_enabled()
        self.notesChanged.emit()
        self.refresh_markers(only_if_present=True)
        return True

    def delete_note(self) -> bool:
        if self.current is None or self.store is None:
            return False
        try:
            links = self.store.links_for_note(self.current.uuid)
        except StoreError as exc:
            self.show_message(str(exc))
            return False
        if not self.confirm_delete(self.current, links):
            return False
        deleted = replace(self.current, links=links)
        try:
            self.store.delete_note(self.current.uuid, expected_version=self.current.version)
        except (StoreError, InputError) as exc:
            self.show_message(str(exc))
            return False
        self._deleted = deleted
        self.show_message(tr("Note deleted."), error=False)
        self.undo_button.show()
        self.load_form(None)
        self.refresh()
        self.notesChanged.emit()
        self.refresh_markers(only_if_present=True)
        return True

    def confirm_delete(self, note: Note, links: list) -> bool:
        """Ask before deleting, saying which features lose the note (a note can be linked to
        several), with buttons in the user's language."""
        names = [lk.label or lk.feature_key for lk in links]
        shown = ", ".join(names[:5]) + (f" (+{len(names) - 5})" if len(names) > 5 else "")
        if len(links) > 1:
            where = tr("It is linked to {n} features: {names}. It disappears from all of them.")
        else:
            where = tr("It is linked to {names}.") if links else ""
        details = (
            (where.format(n=len(links), names=shown) + "\n\n" if where else "")
            + note.text[:300]
            + "\n\n"
            + tr("You can undo this until you delete another note or close the project.")
        )
        return confirm(
            self,
            tr("Delete note"),
            tr("Delete this note for everyone using the store?"),
            details,
        )

    def undo_delete(self) -> bool:
        """Put the last deleted note back, with its links, text and creation time."""
        if self._deleted is None or self.store is None:
            return False
        note = replace(self._deleted, version=0, updated=None)
        try:
            restored = self.store.add_note(note)
        except (StoreError, InputError) as exc:
            self.show_message(str(exc))
            return False
        self._deleted = None
        self.undo_button.hide()
        self.show_message(tr("Note restored."), error=False)
        self.refresh()
        self.load_form(restored)
        self.notesChanged.emit()
        self.refresh_markers(only_if_present=True)
        return True

    # -- map ----------------------------------------------------------------------------------
    def zoom_to_note(self, note: Note) -> None:
        """Zoom to and flash the note's feature on this layer (by key), else its stored copy."""
        if self.iface is None or self.store is None:
            return
        canvas = self.iface.mapCanvas()
        links = [lk for lk in self.store.links_for_note(note.uuid)]
        here = [lk for lk in links if lk.dataset_key == self.dataset]
        if self.layer is not None and self.key_field and here:
            features = []
            for link in here:
                features += find_features_by_key(self.layer, self.key_field, link.feature_key)
            if features:
                ids = [f.id() for f in features]
                canvas.zoomToFeatureIds(self.layer, ids)
                canvas.flashFeatureIds(self.layer, ids)
                return
        geometries = []
        for link in here or links:
            if link.geometry_wkb:
                geometry = QgsGeometry()
                geometry.fromWkb(link.geometry_wkb)
                geometries.append(geometry)
        if not geometries:
            return
        crs = QgsCoordinateReferenceSystem(f"EPSG:{self.store.srid}")
        transform = QgsCoordinateTransform(
            crs, canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        extent = None
        for geometry in geometries:
            box = transform.transformBoundingBox(geometry.boundingBox())
            if extent is None:
                extent = box
            else:
                extent.combineExtentWith(box)
        if extent is not None:
            canvas.setExtent(extent.buffered(max(extent.width(), extent.height(), 500) * 0.2))
            canvas.refresh()
        canvas.flashGeometries(geometries, crs)

    def marker_layer(self) -> Optional[QgsVectorLayer]:
        if self.marker_layer_id:
            layer = QgsProject.instance().mapLayer(self.marker_layer_id)
            if layer is not None:
                return layer
        for layer in QgsProject.instance().mapLayers().values():
            if layer.customProperty(MARKER_PROPERTY):
                self.marker_layer_id = layer.id()
                return layer
        return None

    def refresh_markers(self, *args, only_if_present: bool = False) -> Optional[QgsVectorLayer]:
        """(Re)build the "Notes" point layer: one point per linked feature with its count."""
        if self.store is None:
            return None
        layer = self.marker_layer()
        if layer is None and only_if_present:
            return None
        try:
            links = self.store.linked_features(None)
            counts: dict[tuple[str, str], int] = {}
            for dataset in {lk.dataset_key for lk in links}:
                for key, n in self.store.note_counts(dataset).items():
                    counts[(dataset, key)] = n
        except StoreError as exc:
            self.show_message(str(exc))
            return None
        if layer is None:
            layer = new_marker_layer(self.store.srid, tr("Notes"))
            features_layer = self.layer
            QgsProject.instance().addMapLayer(layer)
            self.marker_layer_id = layer.id()
            self._watch_markers(layer)
            if self.iface is not None and features_layer is not None:
                # QGIS makes a new layer the active one; the user is working on the features
                self.iface.setActiveLayer(features_layer)
        fill_marker_layer(layer, links, counts)
        return layer

    def layer_will_be_removed(self, layer_id: str) -> None:
        """Forget the dock's layer before QGIS deletes it (its notes stay in the store)."""
        if self.layer is not None and self.layer.id() == layer_id:
            self.set_layer(None)

    def _watch_markers(self, layer: QgsVectorLayer) -> None:
        try:
            layer.selectionChanged.disconnect(self.marker_selection_changed)
        except (TypeError, RuntimeError):
            pass
        layer.selectionChanged.connect(self.marker_selection_changed)

    def marker_selection_changed(self, *args) -> None:
        """Selecting markers opens their notes: the features are selected on their layer
        when it is loaded (the dock follows it), else their notes are listed by key."""
        layer = self.marker_layer()
        if layer is None:
            return
        pairs = [(f["dataset_key"], f["feature_key"]) for f in layer.getSelectedFeatures()]
        if not pairs:
            return
        datasets = {dataset for dataset, _key in pairs}
        target = None
        if len(datasets) == 1:
            wanted = next(iter(datasets))
            for candidate in QgsProject.instance().mapLayers().values():
                if (
                    isinstance(candidate, QgsVectorLayer)
                    and not candidate.customProperty(MARKER_PROPERTY)
                    and layer_dataset_key(candidate) == wanted
                ):
                    target = candidate
                    break
        if target is not None:
            if target is not self.layer:
                self.set_layer(target)
            key_field = self.key_field
            if key_field is not None:
                ids = []
                for _dataset, key in pairs:
                    ids += [f.id() for f in find_features_by_key(target, key_field, key)]
                if ids:
                    self._pinned = []
                    target.selectByIds(ids)
                    return
        self._pinned = pairs
        labels = [f["label"] or f["feature_key"] for f in layer.getSelectedFeatures()]
        self.feature_label.setText(", ".join(str(x) for x in labels[:3]))
        self.refresh()

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
        if self.layer is not None:
            try:
                self.layer.selectionChanged.disconnect(self.selection_changed)
            except (TypeError, RuntimeError):
                pass
        self.layer = None
        self.close_store()


def _is_null(value) -> bool:
    if value is None:
        return True
    if isinstance(value, QVariant):
        return value.isNull()
    return False
