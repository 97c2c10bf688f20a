"""The register's engagement events of the chosen stakeholder: the table, the timeline, and
adding, changing and deleting an event (a selected row is shown in the fields, ready to be
changed). The store and the chosen stakeholder are the register's."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QHeaderView, QTableWidgetItem

from ..i18n import tr
from ..regionatlas.errors import InputError
from ..regionatlas.notes import Engagement
from ..regionatlas.notes.errors import StoreError
from ..regionatlas.notes.model import SCORE_MAX, SCORE_MIN
from .confirm import confirm

#: How dates are shown and stored (ISO 8601).
DATE_FORMAT = "yyyy-MM-dd"
#: Columns of the events table.
DATE_COLUMN, EVENT_COLUMN, LEVEL_COLUMN = 0, 1, 2


class EngagementEvents:
    """The events table with its add/change/delete fields and the timeline chart."""

    def __init__(self, register, timeline) -> None:
        self.register = register
        self.timeline = timeline
        ui = register.ui
        self.table = ui.events
        self.date = ui.event_date
        self.text = ui.event_text
        self.level = ui.event_level
        self.add_button = ui.add_event_button
        self.save_button = ui.save_event_button
        self.delete_button = ui.delete_event_button
        self.events: list[Engagement] = []
        self.date.setDate(QDate.currentDate())
        self.level.setRange(SCORE_MIN, SCORE_MAX)
        self.table.horizontalHeader().setSectionResizeMode(
            EVENT_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.table.itemSelectionChanged.connect(self.chosen_changed)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

    def update_enabled(self, has_store: bool, has_stakeholder: bool) -> None:
        self.add_button.setEnabled(has_store and has_stakeholder)
        chosen = self.chosen() is not None
        self.save_button.setEnabled(has_store and chosen)
        self.delete_button.setEnabled(has_store and chosen)

    def load(self) -> list[Engagement]:
        """Read the chosen stakeholder's events into the table and the timeline."""
        register = self.register
        events: list[Engagement] = []
        if register.store is not None and register.current is not None:
            try:
                events = register.store.list_engagement(register.current.uuid)
            except StoreError as exc:
                register.show_message(str(exc))
        self.events = events
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(events))
        for row, e in enumerate(events):
            for col, value in enumerate((e.date[:10], e.event, str(e.level))):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.blockSignals(False)
        self.timeline.draw(events)
        register.update_enabled()
        return events

    def chosen(self) -> Optional[Engagement]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.events[row] if 0 <= row < len(self.events) else None

    def chosen_changed(self) -> None:
        """A selected event is shown in the fields above the table, ready to be changed."""
        event = self.chosen()
        if event is not None:
            self.date.setDate(QDate.fromString(event.date[:10], DATE_FORMAT))
            self.text.setText(event.event)
            self.level.setValue(event.level)
        self.register.update_enabled()

    def add(self) -> bool:
        register = self.register
        if register.store is None or register.current is None:
            return False
        try:
            register.store.add_engagement(
                Engagement(
                    register.current.uuid,
                    self.date.date().toString(DATE_FORMAT),
                    self.text.text(),
                    self.level.value(),
                )
            )
        except (StoreError, InputError) as exc:
            register.show_message(str(exc))
            return False
        self.text.clear()
        register.show_message("")
        self.load()
        return True

    def save(self) -> bool:
        register = self.register
        event = self.chosen()
        if register.store is None or event is None:
            return False
        changed = replace(
            event,
            date=self.date.date().toString(DATE_FORMAT),
            event=self.text.text(),
            level=self.level.value(),
        )
        try:
            register.store.update_engagement(changed)
        except (StoreError, InputError) as exc:
            register.show_message(str(exc))
            return False
        register.show_message("")
        self.load()
        return True

    def delete(self) -> bool:
        register = self.register
        event = self.chosen()
        if register.store is None or event is None:
            return False
        if not confirm(
            register,
            tr("Delete event"),
            tr("Delete the event {date} “{event}”?").format(
                date=event.date[:10], event=event.event
            ),
        ):
            return False
        try:
            register.store.delete_engagement(event.uuid)
        except StoreError as exc:
            register.show_message(str(exc))
            return False
        self.text.clear()
        self.load()
        return True
