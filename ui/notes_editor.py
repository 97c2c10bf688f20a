"""The notes dock's note editor: the form of one note (text, theme, kind, stance, status,
stakeholder, author), saving it (a new note is linked to the selected features), deleting it
after a confirmation that says where it is linked, and undoing the last delete.

Nothing typed is lost: a save that fails (conflict, lost connection, read-only store) keeps
the form as it is and shows the store's message (a conflict shows both texts).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from qgis.PyQt.QtGui import QTextCursor
from qgis.PyQt.QtWidgets import QComboBox

from ..i18n import tr
from ..regionatlas.errors import InputError
from ..regionatlas.notes import (
    KINDS,
    STANCES,
    STATUSES,
    THEMES,
    ConflictError,
    Note,
    NoteLink,
    StoreError,
)
from .confirm import confirm
from .notes_list import select_data

#: The form's choices for a new note.
NEW_NOTE = {"theme": "övrigt", "kind": "observation", "stance": "neutral", "status": STATUSES[0]}
#: Linked features named in the delete confirmation before "(+n)", and the note text shown.
NAMED_LINKS, SHOWN_TEXT = 5, 300


class NoteEditor:
    """The note form; the note in it is ``dock.current`` (None: a new note)."""

    def __init__(self, dock) -> None:
        self.dock = dock
        ui = dock.ui
        self.text_edit = ui.text_edit
        self.stakeholder_combo = ui.stakeholder_combo
        self.author_edit = ui.author_edit
        self.undo_button = ui.undo_button
        #: The last deleted note with its links, for Undo.
        self.deleted: Optional[Note] = None
        self.combos: dict[str, QComboBox] = {}
        for name, vocab in (
            ("theme", THEMES),
            ("kind", KINDS),
            ("stance", STANCES),
            ("status", STATUSES),
        ):
            combo = getattr(ui, f"form_{name}")
            for value in vocab:
                combo.addItem(value, value)
            combo.setCurrentText(NEW_NOTE[name])
            self.combos[name] = combo
        ui.new_button.clicked.connect(self.new)
        ui.save_button.clicked.connect(self.save)
        ui.delete_button.clicked.connect(self.delete)
        self.undo_button.clicked.connect(self.undo_delete)

    def load(self, note: Optional[Note]) -> None:
        dock = self.dock
        dock.current = note
        self.text_edit.setPlainText(note.text if note else "")
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)
        for name, combo in self.combos.items():
            combo.setCurrentText(getattr(note, name) if note else NEW_NOTE[name])
        select_data(self.stakeholder_combo, note.stakeholder_uuid if note else "")
        self.author_edit.setText((note.author or "") if note else "")
        dock.show_message("")
        dock.update_enabled()

    def new(self) -> None:
        self.load(None)
        self.dock.note_list.clearSelection()
        self.text_edit.setFocus()

    def values(self) -> dict:
        return {
            "text": self.text_edit.toPlainText(),
            "theme": self.combos["theme"].currentData(),
            "kind": self.combos["kind"].currentData(),
            "stance": self.combos["stance"].currentData(),
            "status": self.combos["status"].currentData(),
            "stakeholder_uuid": self.stakeholder_combo.currentData() or None,
            "author": self.author_edit.text().strip() or None,
        }

    def save(self) -> bool:
        """Save the form: update the loaded note, or add a new one on the selected features.

        On failure the form keeps everything typed and the message says why.
        """
        dock = self.dock
        values = self.values()
        if not values["text"].strip():
            dock.show_message(tr("Write the note's text first."))
            return False
        if not dock.ensure_store():
            return False
        try:
            if dock.current is not None:
                saved = dock.store.update_note(replace(dock.current, **values))
                dock.show_message(tr("Saved (version {v}).").format(v=saved.version), error=False)
            else:
                keys = dock.selected_keys()
                if not keys:
                    dock.show_message(
                        tr("Select the feature(s) the note is about, then save again.")
                    )
                    return False
                copier = dock.selection.copier()
                links = []
                for _key, feature in keys:
                    key, wkb, label = copier.copy(feature)
                    links.append(NoteLink(dock.dataset, key, wkb, label))
                saved = dock.store.add_note(Note(links=links, **values))
                dock.show_message(tr("Saved."), error=False)
        except ConflictError as exc:
            # Both texts are in the message and the form keeps the user's; the next Save
            # builds on the stored version, so saving again is a decision, not an accident.
            dock.current = exc.current
            if exc.current is not None:
                hint = tr("Merge the texts in the form and press Save to save over version {v}.")
                hint = hint.format(v=exc.current.version)
            else:
                hint = tr("Press Save to store your text as a new note.")
            dock.show_message(str(exc) + "\n" + hint)
            dock.refresh()
            dock.update_enabled()
            return False
        except (StoreError, InputError) as exc:
            text = str(exc)
            if getattr(exc, "retryable", False):
                text += "\n" + tr("Your text is still in the form: press Save to try again.")
            dock.show_message(text)
            return False
        dock.current = saved
        self.written()
        return True

    def written(self) -> None:
        """After a write: list, buttons, listeners and markers show the store as it is."""
        dock = self.dock
        dock.refresh()
        dock.update_enabled()
        dock.notesChanged.emit()
        dock.refresh_markers(only_if_present=True)

    def delete(self) -> bool:
        dock = self.dock
        note = dock.current
        if note is None or dock.store is None:
            return False
        try:
            links = dock.store.links_for_note(note.uuid)
        except StoreError as exc:
            dock.show_message(str(exc))
            return False
        if not self.confirm_delete(note, links):
            return False
        deleted = replace(note, links=links)
        try:
            dock.store.delete_note(note.uuid, expected_version=note.version)
        except (StoreError, InputError) as exc:
            dock.show_message(str(exc))
            return False
        self.deleted = deleted
        dock.show_message(tr("Note deleted."), error=False)
        self.undo_button.show()
        self.load(None)
        self.written()
        return True

    def confirm_delete(self, note: Note, links: list) -> bool:
        """Ask before deleting, saying which features lose the note (a note can be linked to
        several), with buttons in the user's language."""
        names = [lk.label or lk.feature_key for lk in links]
        shown = ", ".join(names[:NAMED_LINKS])
        if len(names) > NAMED_LINKS:
            shown += f" (+{len(names) - NAMED_LINKS})"
        if len(links) > 1:
            where = tr("It is linked to {n} features: {names}. It disappears from all of them.")
        else:
            where = tr("It is linked to {names}.") if links else ""
        details = (
            (where.format(n=len(links), names=shown) + "\n\n" if where else "")
            + note.text[:SHOWN_TEXT]
            + "\n\n"
            + tr("You can undo this until you delete another note or close the project.")
        )
        return confirm(
            self.dock,
            tr("Delete note"),
            tr("Delete this note for everyone using the store?"),
            details,
        )

    def undo_delete(self) -> bool:
        """Put the last deleted note back, with its links, text and creation time."""
        dock = self.dock
        if self.deleted is None or dock.store is None:
            return False
        note = replace(self.deleted, version=0, updated=None)
        try:
            restored = dock.store.add_note(note)
        except (StoreError, InputError) as exc:
            dock.show_message(str(exc))
            return False
        self.forget_deleted()
        dock.show_message(tr("Note restored."), error=False)
        dock.refresh()
        self.load(restored)
        dock.notesChanged.emit()
        dock.refresh_markers(only_if_present=True)
        return True

    def forget_deleted(self) -> None:
        """No undo any more (another store, the project closed)."""
        self.deleted = None
        self.undo_button.hide()
