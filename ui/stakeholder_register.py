"""The stakeholder register dock: the stakeholder list and form, the interest/influence
matrix, and engagement events over time per stakeholder.

The layout is ui/stakeholder_register.ui (Qt Designer); the logic is in small classes:
:class:`~.stakeholder_form.StakeholderForm` (one organisation), :class:`~.engagement_events.
EngagementEvents` (its events) and the charts of :mod:`.register_charts` (the matrix with
non-overlapping labels, the timeline). The matrix positions come from
:func:`regionatlas.notes.report.matrix_points`, as in the knowledge-base report. The store is
the notes dock's (``set_store``); without one, the button beside the store label asks the
notes dock to open or create one. Nothing typed is lost when a save fails.
"""

from __future__ import annotations

from typing import Optional

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QListWidgetItem, QWidget

from ..i18n import tr
from ..regionatlas.notes import NotesRepository, Stakeholder
from ..regionatlas.notes.errors import StoreError
from .engagement_events import EngagementEvents
from .forms import form_class
from .register_charts import MatrixView, TimelineView
from .stakeholder_form import StakeholderForm

UUID_ROLE = Qt.ItemDataRole.UserRole
#: The register's widgets, laid out in Qt Designer (ui/stakeholder_register.ui).
REGISTER_FORM = form_class("stakeholder_register")
#: Widths of the list/form side and the charts side when the splitter shares space.
SPLITTER_STRETCH = (2, 3)
#: Height shares of the timeline and the events table in the engagement tab.
TIMELINE_STRETCH, EVENTS_STRETCH = 2, 1


class StakeholderRegister(QgsDockWidget):
    """Dock with the stakeholder list and form, the matrix and the engagement timeline."""

    #: Emitted after stakeholders were added, changed or deleted.
    stakeholdersChanged = pyqtSignal()
    #: Emitted when the user asks to open or create a notes store from the register.
    storeRequested = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(tr("Stakeholder register"), parent)
        self.setObjectName("RegionAtlasStakeholderRegister")
        self.store: Optional[NotesRepository] = None
        self.stakeholders: list[Stakeholder] = []
        self.current: Optional[Stakeholder] = None
        self._build()

    def _build(self) -> None:
        """The widgets come from stakeholder_register.ui; here the charts are placed and the
        parts wired."""
        body = QWidget()
        self.ui = REGISTER_FORM()
        self.ui.setupUi(body)
        ui = self.ui
        for name in (
            "store_label", "store_button", "list", "new_button", "save_button",
            "delete_button", "message", "tabs", "events", "event_date", "event_text",
            "event_level", "add_event_button", "save_event_button", "delete_event_button",
        ):  # fmt: skip
            setattr(self, name, getattr(ui, name))
        self.form = StakeholderForm(self)
        for name in ("organisation", "type_combo", "role", "interest", "influence",
                     "involvement"):  # fmt: skip
            setattr(self, name, getattr(self.form, name))
        self.matrix = MatrixView()
        ui.matrix_layout.addWidget(self.matrix)
        self.timeline = TimelineView()
        ui.engagement_layout.insertWidget(0, self.timeline, TIMELINE_STRETCH)
        ui.engagement_layout.setStretchFactor(ui.events, EVENTS_STRETCH)
        for index, stretch in enumerate(SPLITTER_STRETCH):
            ui.splitter.setStretchFactor(index, stretch)
        # first shown in the same shares (Qt scales the sizes to the width there is)
        ui.splitter.setSizes([stretch * 1000 for stretch in SPLITTER_STRETCH])
        self.engagement = EngagementEvents(self, self.timeline)
        self.store_button.clicked.connect(self.storeRequested)
        self.list.currentItemChanged.connect(self.stakeholder_chosen)
        self.setWidget(body)
        self.update_enabled()

    # -- store --------------------------------------------------------------------------------
    def set_store(self, store: Optional[NotesRepository]) -> None:
        self.store = store
        self.store_label.setText(
            tr("Store: {where}").format(where=store.location)
            if store is not None
            else tr("Open a notes store in the Stakeholder notes panel.")
        )
        self.store_button.setVisible(store is None)
        self.current = None
        self.reload()

    def reload(self, select: Optional[str] = None) -> None:
        select = select or (self.current.uuid if self.current else None)
        try:
            self.stakeholders = self.store.list_stakeholders() if self.store is not None else []
        except StoreError as exc:
            self.show_message(str(exc))
            return
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.stakeholders:
            item = QListWidgetItem(f"{s.organisation} · {s.type} ({s.interest}/{s.influence})")
            item.setData(UUID_ROLE, s.uuid)
            self.list.addItem(item)
            if s.uuid == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.current = next((s for s in self.stakeholders if s.uuid == select), None)
        self.matrix.draw(self.stakeholders, select)
        self.load_events()
        self.update_enabled()

    def update_enabled(self) -> None:
        has = self.store is not None
        # Without a store nothing can be saved: the form is closed, not half open, so no
        # typed organisation is lost; the button beside the store label opens one.
        for w in (self.new_button, self.save_button, *self.form.inputs()):
            w.setEnabled(has)
        self.delete_button.setEnabled(has and self.current is not None)
        self.engagement.update_enabled(has, self.current is not None)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- stakeholders -------------------------------------------------------------------------
    def stakeholder_chosen(self, item, _previous=None) -> None:
        uuid = item.data(UUID_ROLE) if item is not None else None
        self.load_form(next((s for s in self.stakeholders if s.uuid == uuid), None))
        self.matrix.draw(self.stakeholders, uuid)
        self.load_events()

    def load_form(self, s: Optional[Stakeholder]) -> None:
        self.form.load(s)

    def new_stakeholder(self) -> None:
        self.form.new()

    def form_values(self) -> dict:
        return self.form.values()

    def save_stakeholder(self) -> bool:
        return self.form.save()

    def delete_stakeholder(self) -> bool:
        return self.form.delete()

    # -- engagement ---------------------------------------------------------------------------
    @property
    def event_list(self) -> list:
        return self.engagement.events

    def load_events(self) -> list:
        return self.engagement.load()

    def chosen_event(self):
        return self.engagement.chosen()

    def add_event(self) -> bool:
        return self.engagement.add()

    def save_event(self) -> bool:
        return self.engagement.save()

    def delete_event(self) -> bool:
        return self.engagement.delete()
