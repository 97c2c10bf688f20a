"""The register's organisation form: show, add, change and delete one stakeholder.

Nothing typed is lost: a save that fails keeps the form as it is and shows the store's
message. The store and the chosen stakeholder are the register's (ui/stakeholder_register.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..i18n import tr
from ..regionatlas.errors import InputError
from ..regionatlas.notes import STAKEHOLDER_TYPES, Stakeholder
from ..regionatlas.notes.errors import StoreError
from ..regionatlas.notes.model import SCORE_MAX, SCORE_MIN
from .confirm import confirm

#: The form's values for a new stakeholder (the middle of the score scale).
NEW_TYPE, NEW_SCORE = "övrigt", 3


class StakeholderForm:
    """Organisation, type, contact role, interest, influence and how to involve them."""

    def __init__(self, register) -> None:
        self.register = register
        ui = register.ui
        self.organisation = ui.organisation
        self.type_combo = ui.type_combo
        self.role = ui.role
        self.interest = ui.interest
        self.influence = ui.influence
        self.involvement = ui.involvement
        for value in STAKEHOLDER_TYPES:
            self.type_combo.addItem(value, value)
        for spin in (self.interest, self.influence):
            spin.setRange(SCORE_MIN, SCORE_MAX)
            spin.setValue(NEW_SCORE)
        ui.new_button.clicked.connect(self.new)
        ui.save_button.clicked.connect(self.save)
        ui.delete_button.clicked.connect(self.delete)

    def inputs(self) -> tuple:
        """The editable widgets (enabled only when there is a store to save to)."""
        return (
            self.organisation,
            self.type_combo,
            self.role,
            self.interest,
            self.influence,
            self.involvement,
        )

    def load(self, s: Optional[Stakeholder]) -> None:
        self.register.current = s
        self.organisation.setText(s.organisation if s else "")
        self.type_combo.setCurrentText(s.type if s else NEW_TYPE)
        self.role.setText(s.contact_role if s else "")
        self.interest.setValue(s.interest if s else NEW_SCORE)
        self.influence.setValue(s.influence if s else NEW_SCORE)
        self.involvement.setPlainText(s.involvement if s else "")
        self.register.show_message("")
        self.register.update_enabled()

    def new(self) -> None:
        self.register.list.clearSelection()
        self.load(None)
        self.organisation.setFocus()

    def values(self) -> dict:
        return {
            "organisation": self.organisation.text().strip(),
            "type": self.type_combo.currentData(),
            "contact_role": self.role.text().strip(),
            "interest": self.interest.value(),
            "influence": self.influence.value(),
            "involvement": self.involvement.toPlainText(),
        }

    def save(self) -> bool:
        register = self.register
        store = register.store
        if store is None:
            register.show_message(tr("Open a notes store in the Stakeholder notes panel first."))
            return False
        values = self.values()
        try:
            if register.current is None:
                saved = store.add_stakeholder(Stakeholder(**values))
            else:
                saved = store.update_stakeholder(replace(register.current, **values))
        except (StoreError, InputError) as exc:
            register.show_message(str(exc))  # the form keeps what was typed
            return False
        register.current = saved
        register.show_message("")
        register.reload(saved.uuid)
        register.stakeholdersChanged.emit()
        return True

    def delete(self) -> bool:
        register = self.register
        current = register.current
        if current is None or register.store is None:
            return False
        if not confirm(
            register,
            tr("Delete stakeholder"),
            tr(
                "Delete {org} and its engagement events? Its notes are kept without a stakeholder."
            ).format(org=current.organisation),
        ):
            return False
        try:
            register.store.delete_stakeholder(current.uuid)
        except StoreError as exc:
            register.show_message(str(exc))
            return False
        register.current = None
        self.load(None)
        register.reload()
        register.stakeholdersChanged.emit()
        return True
