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
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDefaultValue,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsProviderRegistry,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QVariant, pyqtSignal
from qgis.PyQt.QtGui import QColor, QTextCursor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..compat import LABEL_OVER_POINT, qgs_field
from ..i18n import tr
from ..processing.notes_common import (
    FeatureCopier,
    find_features_by_key,
    layer_dataset_key,
    open_notes_store,
)
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
    PG_CONNECTION_PREFIX,
    UUID_FIELD,
    DockState,
    default_store_path,
    key_field_candidates,
    store_for_project,
    store_from_project,
)

#: Project entry of the dock's state: scope and key.
PROJECT_SCOPE = "RegionAtlas"
PROJECT_KEY = "notes_dock"

#: Object name of the marker layer's custom property, so the dock finds its own layer.
MARKER_PROPERTY = "regionatlas/notes_markers"

NOTE_UUID_ROLE = Qt.ItemDataRole.UserRole


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
        self._loading = False
        self._build()
        project = QgsProject.instance()
        project.readProject.connect(self.load_project_state)
        project.cleared.connect(self.project_cleared)
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
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(4, 4, 4, 4)

        store_row = QHBoxLayout()
        self.store_label = QLabel(tr("No notes store"))
        self.store_label.setWordWrap(True)
        self.store_button = QPushButton(tr("Store…"))
        self.store_button.clicked.connect(self.choose_store)
        store_row.addWidget(self.store_label, 1)
        store_row.addWidget(self.store_button)
        outer.addLayout(store_row)

        layer_row = QHBoxLayout()
        self.layer_label = QLabel(tr("No vector layer active"))
        self.key_combo = QComboBox()
        self.key_combo.setToolTip(tr("The field that identifies features (never the fid)"))
        self.key_combo.activated.connect(self.key_field_chosen)
        self.add_key_button = QPushButton(tr("Add key field…"))
        self.add_key_button.setToolTip(
            tr("Adds a text field {name} filled with uuid() to the layer").format(name=UUID_FIELD)
        )
        self.add_key_button.clicked.connect(self.add_uuid_field)
        layer_row.addWidget(self.layer_label, 1)
        layer_row.addWidget(QLabel(tr("Key")))
        layer_row.addWidget(self.key_combo)
        layer_row.addWidget(self.add_key_button)
        outer.addLayout(layer_row)

        self.feature_label = QLabel(tr("Select a feature to see its notes."))
        self.feature_label.setWordWrap(True)
        self.feature_label.setStyleSheet("font-weight: bold")
        outer.addWidget(self.feature_label)

        filters = QGroupBox(tr("Filter"))
        grid = QGridLayout(filters)
        grid.setContentsMargins(4, 4, 4, 4)
        self.filter_combos: dict[str, QComboBox] = {}
        titles = {
            "theme": tr("Theme"),
            "stakeholder_uuid": tr("Stakeholder"),
            "kind": tr("Kind"),
            "stance": tr("Stance"),
            "status": tr("Status"),
        }
        for i, name in enumerate(FILTER_FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"filter_{name}")
            combo.currentIndexChanged.connect(self.filters_changed)
            self.filter_combos[name] = combo
            grid.addWidget(QLabel(titles[name]), i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("text or author"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filters_changed)
        grid.addWidget(QLabel(tr("Search")), 2, 2)
        grid.addWidget(self.search, 2, 3)
        self._fill_vocabulary_filters()
        outer.addWidget(filters)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.note_list = QListWidget()
        self.note_list.setWordWrap(True)
        self.note_list.setAlternatingRowColors(True)
        self.note_list.setMinimumHeight(160)
        self.note_list.setSpacing(2)
        self.note_list.itemClicked.connect(self.note_clicked)
        splitter.addWidget(self.note_list)

        form_box = QGroupBox(tr("Note"))
        form = QFormLayout(form_box)
        form.setContentsMargins(4, 4, 4, 4)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(tr("What was said, by whom (role), about this place"))
        self.text_edit.setMinimumHeight(60)
        self.text_edit.setMaximumHeight(120)
        form.addRow(self.text_edit)
        self.form_combos: dict[str, QComboBox] = {}
        combos_row = QGridLayout()
        for i, (name, vocab, title) in enumerate(
            (
                ("theme", THEMES, tr("Theme")),
                ("kind", KINDS, tr("Kind")),
                ("stance", STANCES, tr("Stance")),
                ("status", STATUSES, tr("Status")),
            )
        ):
            combo = QComboBox()
            combo.setObjectName(f"form_{name}")
            for value in vocab:
                combo.addItem(value, value)
            self.form_combos[name] = combo
            combos_row.addWidget(QLabel(title), i // 2, (i % 2) * 2)
            combos_row.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        self.form_combos["theme"].setCurrentText("övrigt")
        self.form_combos["kind"].setCurrentText("observation")
        self.form_combos["stance"].setCurrentText("neutral")
        form.addRow(combos_row)
        self.stakeholder_combo = QComboBox()
        self.stakeholder_combo.setObjectName("form_stakeholder")
        form.addRow(tr("Stakeholder"), self.stakeholder_combo)
        self.author_edit = QLineEdit()
        self.author_edit.setPlaceholderText(tr("role or initials, not a name"))
        form.addRow(tr("Author"), self.author_edit)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("New"))
        self.new_button.clicked.connect(self.new_note)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save_note)
        self.delete_button = QPushButton(tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_note)
        self.markers_button = QToolButton()
        self.markers_button.setText(tr("Markers"))
        self.markers_button.setToolTip(tr("Show which features have notes (layer “Notes”)"))
        self.markers_button.clicked.connect(self.refresh_markers)
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.markers_button)
        form.addRow(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        form.addRow(self.message)
        splitter.addWidget(form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter, 1)
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
        if self.layer is not None:
            try:
                self.layer.selectionChanged.disconnect(self.selection_changed)
            except (TypeError, RuntimeError):
                pass
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            layer = None
        if layer is not None and layer.customProperty(MARKER_PROPERTY):
            layer = None  # our own marker layer has no notes of its own
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
        answer = QMessageBox.question(
            self,
            tr("Add key field"),
            tr(
                "The layer {layer} has no field that identifies every feature. Add a text "
                "field {name} to its data, filled with a uuid for every feature and for new "
                "features?"
            ).format(layer=layer.name(), name=UUID_FIELD),
        )
        if answer != QMessageBox.StandardButton.Yes:
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
        if self.store is None or self.dataset is None:
            return
        flt = self.state.note_filter()
        seen: dict[str, Note] = {}
        try:
            for key, _feature in self.selected_keys():
                for note in self.store.notes_for_feature(self.dataset, key, flt):
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
        answer = QMessageBox.question(
            self,
            tr("Delete note"),
            tr("Delete this note for everyone using the store?\n\n{text}").format(
                text=self.current.text[:300]
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.store.delete_note(self.current.uuid, expected_version=self.current.version)
        except (StoreError, InputError) as exc:
            self.show_message(str(exc))
            return False
        self.load_form(None)
        self.refresh()
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
            layer = QgsVectorLayer(
                f"Point?crs=EPSG:{self.store.srid}&field=dataset_key:string"
                "&field=feature_key:string&field=label:string&field=notes:integer",
                tr("Notes"),
                "memory",
            )
            layer.setCustomProperty(MARKER_PROPERTY, True)
            style_marker_layer(layer)
            QgsProject.instance().addMapLayer(layer)
            self.marker_layer_id = layer.id()
        provider = layer.dataProvider()
        provider.truncate()
        features = []
        for link in links:
            if not link.geometry_wkb:
                continue
            geometry = QgsGeometry()
            geometry.fromWkb(link.geometry_wkb)
            point = geometry.pointOnSurface()
            if point is None or point.isEmpty():
                continue
            feature = QgsFeature(layer.fields())
            feature.setGeometry(point)
            feature.setAttributes(
                [
                    link.dataset_key,
                    link.feature_key,
                    link.label,
                    counts.get((link.dataset_key, link.feature_key), 0),
                ]
            )
            features.append(feature)
        provider.addFeatures(features)
        layer.updateExtents()
        layer.triggerRepaint()
        return layer

    # -- closing ------------------------------------------------------------------------------
    def cleanup(self) -> None:
        """Disconnect from QGIS and close the store (called by the plugin's unload)."""
        project = QgsProject.instance()
        for signal, slot in (
            (project.readProject, self.load_project_state),
            (project.cleared, self.project_cleared),
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


def style_marker_layer(layer: QgsVectorLayer) -> None:
    """Red circles sized by the number of notes, labelled with the number."""
    symbol = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "215,48,31,220", "outline_color": "white", "size": "4"}
    )
    from qgis.core import QgsProperty, QgsSymbolLayer

    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.Property.PropertySize,
        QgsProperty.fromExpression('3.5 + 1.6 * sqrt(coalesce("notes", 1))'),
    )
    layer.renderer().setSymbol(symbol)
    settings = QgsPalLayerSettings()
    settings.fieldName = "notes"
    settings.placement = LABEL_OVER_POINT
    text_format = QgsTextFormat()
    text_format.setColor(QColor("white"))
    text_format.setSize(7.5)
    font = text_format.font()
    font.setBold(True)
    text_format.setFont(font)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _is_null(value) -> bool:
    if value is None:
        return True
    if isinstance(value, QVariant):
        return value.isNull()
    return False
