"""The notes dock's note list and its filters: the notes of the selected features (or of the
selected markers whose layer is not loaded), newest first, filtered by theme, stakeholder,
kind, stance, status and free text (the filter is :meth:`regionatlas.notes.dockstate.
DockState.note_filter`, applied by the store)."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QComboBox, QListWidgetItem

from ..i18n import tr
from ..regionatlas.notes import KINDS, STANCES, STATUSES, THEMES, Note, StoreError
from ..regionatlas.notes.dockstate import FILTER_FIELDS

NOTE_UUID_ROLE = Qt.ItemDataRole.UserRole
#: The controlled vocabularies offered by the filter combos (the stakeholder filter is filled
#: from the store).
VOCABULARIES = {"theme": THEMES, "kind": KINDS, "stance": STANCES, "status": STATUSES}
#: Colour of notes whose stance is a conflict.
CONFLICT_COLOUR = "#b00020"


def select_data(combo: QComboBox, value) -> None:
    """Choose the item whose data is *value* (the first item when there is none)."""
    index = combo.findData(value or "")
    combo.blockSignals(True)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class NoteList:
    """The filter box and the list; the listed notes are ``dock.notes``."""

    def __init__(self, dock) -> None:
        self.dock = dock
        ui = dock.ui
        self.list = ui.note_list
        self.search = ui.search
        self.stakeholder_combo = ui.stakeholder_combo
        self.filter_combos: dict[str, QComboBox] = {
            name: getattr(ui, f"filter_{name}") for name in FILTER_FIELDS
        }
        for combo in self.filter_combos.values():
            combo.currentIndexChanged.connect(self.filters_changed)
        self.search.textChanged.connect(self.filters_changed)
        self.fill_vocabulary_filters()
        self.list.itemClicked.connect(self.note_clicked)

    def fill_vocabulary_filters(self) -> None:
        for name, vocab in VOCABULARIES.items():
            combo = self.filter_combos[name]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(all)"), "")
            for value in vocab:
                combo.addItem(value, value)
            combo.blockSignals(False)

    def fill_stakeholders(self) -> None:
        """The store's stakeholders in the filter and in the note form (choices kept)."""
        dock = self.dock
        stakeholders = dock.store.list_stakeholders() if dock.store is not None else []
        by_stakeholder = self.filter_combos["stakeholder_uuid"]
        keep_filter = by_stakeholder.currentData() or dock.state.filters.get("stakeholder_uuid", "")
        keep_form = self.stakeholder_combo.currentData()
        for combo, first in ((by_stakeholder, tr("(all)")), (self.stakeholder_combo, tr("(none)"))):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, "")
            for s in stakeholders:
                combo.addItem(s.organisation, s.uuid)
            combo.blockSignals(False)
        select_data(by_stakeholder, keep_filter)
        select_data(self.stakeholder_combo, keep_form)

    def show_state(self, state) -> None:
        """Show the saved filters and search text (the stakeholder filter follows the store)."""
        for name, combo in self.filter_combos.items():
            if name != "stakeholder_uuid":
                select_data(combo, state.filters.get(name, ""))
        self.search.blockSignals(True)
        self.search.setText(state.search)
        self.search.blockSignals(False)

    def filters_changed(self, *args) -> None:
        dock = self.dock
        dock.state.filters = {
            name: combo.currentData()
            for name, combo in self.filter_combos.items()
            if combo.currentData()
        }
        dock.state.search = self.search.text()
        dock.save_state()
        self.refresh()

    def refresh(self) -> None:
        """Reload the notes of the selected features (newest first) with the filters."""
        dock = self.dock
        self.list.clear()
        dock.notes = []
        if dock.store is None or (dock.dataset is None and not dock.pinned):
            return
        flt = dock.state.note_filter()
        seen: dict[str, Note] = {}
        pairs = dock.pinned or [(dock.dataset, key) for key, _feature in dock.selected_keys()]
        try:
            for dataset, key in pairs:
                for note in dock.store.notes_for_feature(dataset, key, flt):
                    seen.setdefault(note.uuid, note)
        except StoreError as exc:
            dock.show_message(str(exc))
            return
        dock.notes = sorted(seen.values(), key=lambda n: (n.created or "", n.uuid), reverse=True)
        names = {
            self.stakeholder_combo.itemData(i): self.stakeholder_combo.itemText(i)
            for i in range(1, self.stakeholder_combo.count())
        }
        current = dock.current
        for note in dock.notes:
            who = names.get(note.stakeholder_uuid, "")
            head = " · ".join(
                x for x in ((note.created or "")[:10], note.theme, note.kind, note.stance, who) if x
            )
            item = QListWidgetItem(f"{head}\n{note.text}")
            item.setData(NOTE_UUID_ROLE, note.uuid)
            item.setToolTip(note.text)
            if note.stance == "konflikt":
                item.setForeground(QColor(CONFLICT_COLOUR))
            self.list.addItem(item)
            if current is not None and note.uuid == current.uuid:
                item.setSelected(True)

    def texts(self) -> list[str]:
        """The texts of the listed notes, in list order."""
        return [n.text for n in self.dock.notes]

    def note_clicked(self, item: QListWidgetItem) -> None:
        """A clicked note goes into the form, and the map zooms to its feature."""
        uuid = item.data(NOTE_UUID_ROLE)
        note = next((n for n in self.dock.notes if n.uuid == uuid), None)
        if note is None:
            return
        self.dock.load_form(note)
        self.dock.zoom_to_note(note)
