"""The stakeholder register: list and edit stakeholders, the interest/influence matrix, and
engagement events over time per stakeholder.

The matrix positions come from :func:`regionatlas.notes.report.matrix_points` (the same as
in the knowledge-base report); the register only draws them (QGraphicsView). The store is
the notes dock's (``set_store``); nothing typed is lost when a save fails.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Optional

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QDate, QPointF, QRectF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..regionatlas.errors import InputError
from ..regionatlas.labels import Box, place_labels
from ..regionatlas.notes import STAKEHOLDER_TYPES, Engagement, NotesRepository, Stakeholder
from ..regionatlas.notes.errors import StoreError
from ..regionatlas.notes.model import SCORE_MAX, SCORE_MIN
from ..regionatlas.notes.report import QUADRANT_SPLIT, QUADRANTS, label_order, matrix_points
from .confirm import confirm

UUID_ROLE = Qt.ItemDataRole.UserRole

#: Quadrant fills of the matrix (same colours as the report's SVG).
QUADRANT_COLOURS = {
    "Manage closely": "#f4d6cc",
    "Keep satisfied": "#f7ebc9",
    "Keep informed": "#d8e8f3",
    "Monitor": "#e8e8e8",
}


def quadrant_title(name: str) -> str:
    return {
        "Manage closely": tr("Manage closely"),
        "Keep satisfied": tr("Keep satisfied"),
        "Keep informed": tr("Keep informed"),
        "Monitor": tr("Monitor"),
    }.get(name, name)


class ChartView(QGraphicsView):
    """A QGraphicsView that keeps its whole scene in view."""

    def __init__(self, parent=None) -> None:
        super().__init__(QGraphicsScene(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect()
        if not rect.isEmpty():
            self.fitInView(rect.adjusted(-6, -6, 6, 6), Qt.AspectRatioMode.KeepAspectRatio)


class MatrixView(ChartView):
    """The interest/influence matrix: quadrants, axes, one labelled dot per stakeholder."""

    CELL = 80.0  # scene units per score step

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.labels: dict[str, str] = {}  # stakeholder uuid -> label drawn
        self.placements: dict = {}  # stakeholder uuid -> regionatlas.labels.Placement

    def draw(self, stakeholders: list[Stakeholder], selected: Optional[str] = None) -> None:
        scene = self.scene()
        scene.clear()
        self.labels = {}
        c = self.CELL
        span = SCORE_MAX - SCORE_MIN + 1

        def sx(v: float) -> float:
            return (v - SCORE_MIN + 0.5) * c

        def sy(v: float) -> float:
            return (span - (v - SCORE_MIN + 0.5)) * c

        mid = QUADRANT_SPLIT - 0.5
        low, high = SCORE_MIN - 0.5, SCORE_MAX + 0.5
        small = QFont()
        small.setPointSizeF(8)
        small.setItalic(True)
        titles = []
        for (high_infl, high_int), name in QUADRANTS.items():
            x0, x1 = (sx(mid), sx(high)) if high_int else (sx(low), sx(mid))
            y0, y1 = (sy(high), sy(mid)) if high_infl else (sy(mid), sy(low))
            scene.addRect(
                QRectF(x0, y0, x1 - x0, y1 - y0),
                QPen(QColor("#999999")),
                QBrush(QColor(QUADRANT_COLOURS[name])),
            )
            text = scene.addSimpleText(quadrant_title(name), small)
            text.setBrush(QBrush(QColor("#666666")))
            text.setPos((x0 + x1) / 2 - text.boundingRect().width() / 2, y0 + 3)
            titles.append(text.sceneBoundingRect())
        axis = QFont()
        axis.setBold(True)
        for v in range(SCORE_MIN, SCORE_MAX + 1):
            t = scene.addSimpleText(str(v))
            t.setPos(sx(v) - 3, sy(low) + 2)
            t = scene.addSimpleText(str(v))
            t.setPos(sx(low) - 14, sy(v) - 8)
        t = scene.addSimpleText(tr("Interest") + " →", axis)
        t.setPos(sx(3) - t.boundingRect().width() / 2, sy(low) + 18)
        t = scene.addSimpleText(tr("Influence") + " →", axis)
        t.setRotation(-90)
        t.setPos(sx(low) - 36, sy(3) + t.boundingRect().width() / 2)
        label_font = QFont()
        label_font.setPointSizeF(8.5)
        metrics = QFontMetricsF(label_font)
        ordered = label_order(matrix_points(stakeholders))
        centres = [(sx(p.x), sy(p.y)) for p in ordered]
        # Labels go where they overlap neither another label nor a dot (regionatlas.labels);
        # the right margin leaves room for the right-most column's names.
        placements = place_labels(
            centres,
            [(metrics.horizontalAdvance(p.label) + 2, metrics.height()) for p in ordered],
            marker_radius=6.0,
            bounds=Box(sx(low) - 4, sy(high) - 4, (high - low) * c + 170, (high - low) * c + 8),
            fixed=[Box(r.x(), r.y(), r.width(), r.height()) for r in titles],
        )
        self.placements = {}
        for p, (x, y), placed in zip(ordered, centres, placements):
            colour = QColor("#d7301f") if p.uuid == selected else QColor("#1f5fa8")
            dot = scene.addEllipse(
                QRectF(x - 6, y - 6, 12, 12), QPen(Qt.GlobalColor.white), QBrush(colour)
            )
            dot.setToolTip(
                tr("{org}: interest {i}, influence {f}").format(
                    org=p.label, i=p.interest, f=p.influence
                )
            )
            dot.setData(0, p.uuid)
            box = placed.box
            if placed.leader:
                ex = min(max(x, box.x), box.x + box.width)
                ey = min(max(y, box.y), box.y + box.height)
                scene.addLine(x, y, ex, ey, QPen(QColor("#555555"), 0.8))
            label = scene.addSimpleText(p.label, label_font)
            label.setPos(box.x, box.y)  # the view fits the scene, labels included
            self.labels[p.uuid] = p.label
            self.placements[p.uuid] = placed
        self.fit()


class TimelineView(ChartView):
    """Engagement level (1-5) over time for one stakeholder: dots joined by a line."""

    WIDTH, HEIGHT = 420.0, 150.0

    def draw(self, events: list[Engagement]) -> None:
        scene = self.scene()
        scene.clear()
        w, h = self.WIDTH, self.HEIGHT
        scene.addRect(QRectF(0, 0, w, h), QPen(QColor("#bbbbbb")), QBrush(QColor("white")))
        for level in range(SCORE_MIN, SCORE_MAX + 1):
            y = h - (level - SCORE_MIN) / (SCORE_MAX - SCORE_MIN) * (h - 20) - 10
            scene.addLine(0, y, w, y, QPen(QColor("#eeeeee")))
            t = scene.addSimpleText(str(level))
            t.setPos(-14, y - 8)
        if not events:
            t = scene.addSimpleText(tr("No engagement events yet."))
            t.setPos(10, h / 2 - 8)
            return
        days = [date.fromisoformat(e.date[:10]).toordinal() for e in events]
        first, last = min(days), max(days)
        spread = max(last - first, 1)
        points = []
        for e, d in zip(events, days):
            x = 10 + (d - first) / spread * (w - 20) if last > first else w / 2
            y = h - (e.level - SCORE_MIN) / (SCORE_MAX - SCORE_MIN) * (h - 20) - 10
            points.append(QPointF(x, y))
        path = QPainterPath(points[0])
        for p in points[1:]:
            path.lineTo(p)
        scene.addPath(path, QPen(QColor("#1f5fa8"), 2))
        small = QFont()
        small.setPointSizeF(7.5)
        for e, p in zip(events, points):
            dot = scene.addEllipse(
                QRectF(p.x() - 4, p.y() - 4, 8, 8),
                QPen(Qt.GlobalColor.white),
                QBrush(QColor("#1f5fa8")),
            )
            dot.setToolTip(f"{e.date}: {e.event} ({e.level})")
            label = scene.addSimpleText(e.event[:40], small)
            width = label.boundingRect().width()
            label.setPos(min(max(p.x() - width / 2, 0), w - width), p.y() - 20)
        title = scene.addSimpleText(tr("Level"), small)
        title.setPos(-14, -20)
        for text, x in ((events[0].date[:10], 0), (events[-1].date[:10], w)):
            t = scene.addSimpleText(text)
            t.setPos(
                min(max(x - t.boundingRect().width() / 2, 0), w - t.boundingRect().width()), h + 2
            )
        self.fit()


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
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(4, 4, 4, 4)
        self.store_label = QLabel(tr("Open a notes store in the Stakeholder notes panel."))
        self.store_label.setWordWrap(True)
        self.store_button = QPushButton(tr("Open or create a notes store…"))
        self.store_button.setToolTip(
            tr("The register is kept in the same store as the notes (a GeoPackage or PostGIS).")
        )
        self.store_button.clicked.connect(self.storeRequested)
        store_row = QHBoxLayout()
        store_row.addWidget(self.store_label, 1)
        store_row.addWidget(self.store_button)
        outer.addLayout(store_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self.stakeholder_chosen)
        left_layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.organisation = QLineEdit()
        form.addRow(tr("Organisation"), self.organisation)
        self.type_combo = QComboBox()
        for value in STAKEHOLDER_TYPES:
            self.type_combo.addItem(value, value)
        form.addRow(tr("Type"), self.type_combo)
        self.role = QLineEdit()
        self.role.setPlaceholderText(tr("a role, not a person's name"))
        form.addRow(tr("Contact role"), self.role)
        scores = QHBoxLayout()
        self.interest = QSpinBox()
        self.influence = QSpinBox()
        for spin in (self.interest, self.influence):
            spin.setRange(SCORE_MIN, SCORE_MAX)
            spin.setValue(3)
        scores.addWidget(QLabel(tr("Interest")))
        scores.addWidget(self.interest)
        scores.addWidget(QLabel(tr("Influence")))
        scores.addWidget(self.influence)
        form.addRow(scores)
        self.involvement = QPlainTextEdit()
        self.involvement.setMaximumHeight(60)
        self.involvement.setPlaceholderText(tr("How and when to involve them"))
        form.addRow(tr("Involve"), self.involvement)
        left_layout.addLayout(form)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("New"))
        self.new_button.clicked.connect(self.new_stakeholder)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save_stakeholder)
        self.delete_button = QPushButton(tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_stakeholder)
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        left_layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        left_layout.addWidget(self.message)
        splitter.addWidget(left)

        self.tabs = QTabWidget()
        self.matrix = MatrixView()
        self.tabs.addTab(self.matrix, tr("Interest/influence matrix"))
        engagement = QWidget()
        eng_layout = QVBoxLayout(engagement)
        eng_layout.setContentsMargins(2, 2, 2, 2)
        self.timeline = TimelineView()
        eng_layout.addWidget(self.timeline, 2)
        self.events = QTableWidget(0, 3)
        self.events.setHorizontalHeaderLabels([tr("Date"), tr("Event"), tr("Level")])
        self.events.horizontalHeader().setStretchLastSection(False)
        self.events.horizontalHeader().setSectionResizeMode(
            1, self.events.horizontalHeader().Stretch
        )
        self.events.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.events.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.events.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.events.itemSelectionChanged.connect(self.event_chosen)
        self.events.verticalHeader().hide()
        eng_layout.addWidget(self.events, 1)
        add_row = QHBoxLayout()
        self.event_date = QDateEdit(QDate.currentDate())
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat("yyyy-MM-dd")
        self.event_text = QLineEdit()
        self.event_text.setPlaceholderText(tr("workshop, remiss answer, meeting…"))
        self.event_level = QSpinBox()
        self.event_level.setRange(SCORE_MIN, SCORE_MAX)
        self.event_level.setToolTip(tr("1 informed … 5 co-deciding"))
        self.add_event_button = QPushButton(tr("Add event"))
        self.add_event_button.clicked.connect(self.add_event)
        for w in (self.event_date, self.event_text, self.event_level, self.add_event_button):
            add_row.addWidget(w)
        add_row.setStretch(1, 1)
        eng_layout.addLayout(add_row)
        edit_row = QHBoxLayout()
        self.save_event_button = QPushButton(tr("Save changes to event"))
        self.save_event_button.setToolTip(tr("Select an event in the table, change it above"))
        self.save_event_button.clicked.connect(self.save_event)
        self.delete_event_button = QPushButton(tr("Delete event…"))
        self.delete_event_button.clicked.connect(self.delete_event)
        edit_row.addStretch(1)
        edit_row.addWidget(self.save_event_button)
        edit_row.addWidget(self.delete_event_button)
        eng_layout.addLayout(edit_row)
        self.event_list: list[Engagement] = []
        self.tabs.addTab(engagement, tr("Engagement over time"))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        outer.addWidget(splitter, 1)
        self.setWidget(body)
        self._update_enabled()

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
        self._update_enabled()

    def _update_enabled(self) -> None:
        has = self.store is not None
        # Without a store nothing can be saved: the form is closed, not half open, so no
        # typed organisation is lost; the button beside the store label opens one.
        for w in (
            self.new_button,
            self.save_button,
            self.organisation,
            self.type_combo,
            self.role,
            self.interest,
            self.influence,
            self.involvement,
        ):
            w.setEnabled(has)
        self.delete_button.setEnabled(has and self.current is not None)
        self.add_event_button.setEnabled(has and self.current is not None)
        chosen = self.chosen_event() is not None
        self.save_event_button.setEnabled(has and chosen)
        self.delete_event_button.setEnabled(has and chosen)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- form ---------------------------------------------------------------------------------
    def stakeholder_chosen(self, item, _previous=None) -> None:
        uuid = item.data(UUID_ROLE) if item is not None else None
        self.load_form(next((s for s in self.stakeholders if s.uuid == uuid), None))
        self.matrix.draw(self.stakeholders, uuid)
        self.load_events()

    def load_form(self, s: Optional[Stakeholder]) -> None:
        self.current = s
        self.organisation.setText(s.organisation if s else "")
        self.type_combo.setCurrentText(s.type if s else "övrigt")
        self.role.setText(s.contact_role if s else "")
        self.interest.setValue(s.interest if s else 3)
        self.influence.setValue(s.influence if s else 3)
        self.involvement.setPlainText(s.involvement if s else "")
        self.show_message("")
        self._update_enabled()

    def new_stakeholder(self) -> None:
        self.list.clearSelection()
        self.load_form(None)
        self.organisation.setFocus()

    def form_values(self) -> dict:
        return {
            "organisation": self.organisation.text().strip(),
            "type": self.type_combo.currentData(),
            "contact_role": self.role.text().strip(),
            "interest": self.interest.value(),
            "influence": self.influence.value(),
            "involvement": self.involvement.toPlainText(),
        }

    def save_stakeholder(self) -> bool:
        if self.store is None:
            self.show_message(tr("Open a notes store in the Stakeholder notes panel first."))
            return False
        values = self.form_values()
        try:
            if self.current is None:
                saved = self.store.add_stakeholder(Stakeholder(**values))
            else:
                saved = self.store.update_stakeholder(replace(self.current, **values))
        except (StoreError, InputError) as exc:
            self.show_message(str(exc))  # the form keeps what was typed
            return False
        self.current = saved
        self.show_message("")
        self.reload(saved.uuid)
        self.stakeholdersChanged.emit()
        return True

    def delete_stakeholder(self) -> bool:
        if self.current is None or self.store is None:
            return False
        if not confirm(
            self,
            tr("Delete stakeholder"),
            tr(
                "Delete {org} and its engagement events? Its notes are kept without a stakeholder."
            ).format(org=self.current.organisation),
        ):
            return False
        try:
            self.store.delete_stakeholder(self.current.uuid)
        except StoreError as exc:
            self.show_message(str(exc))
            return False
        self.current = None
        self.load_form(None)
        self.reload()
        self.stakeholdersChanged.emit()
        return True

    # -- engagement ---------------------------------------------------------------------------
    def load_events(self) -> list[Engagement]:
        events: list[Engagement] = []
        if self.store is not None and self.current is not None:
            try:
                events = self.store.list_engagement(self.current.uuid)
            except StoreError as exc:
                self.show_message(str(exc))
        self.event_list = events
        self.events.blockSignals(True)
        self.events.clearSelection()
        self.events.setRowCount(len(events))
        for row, e in enumerate(events):
            for col, value in enumerate((e.date[:10], e.event, str(e.level))):
                self.events.setItem(row, col, QTableWidgetItem(value))
        self.events.blockSignals(False)
        self.timeline.draw(events)
        self._update_enabled()
        return events

    def chosen_event(self) -> Optional[Engagement]:
        rows = {index.row() for index in self.events.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.event_list[row] if 0 <= row < len(self.event_list) else None

    def event_chosen(self) -> None:
        """A selected event is shown in the fields above the table, ready to be changed."""
        event = self.chosen_event()
        if event is not None:
            self.event_date.setDate(QDate.fromString(event.date[:10], "yyyy-MM-dd"))
            self.event_text.setText(event.event)
            self.event_level.setValue(event.level)
        self._update_enabled()

    def save_event(self) -> bool:
        event = self.chosen_event()
        if self.store is None or event is None:
            return False
        changed = replace(
            event,
            date=self.event_date.date().toString("yyyy-MM-dd"),
            event=self.event_text.text(),
            level=self.event_level.value(),
        )
        try:
            self.store.update_engagement(changed)
        except (StoreError, InputError) as exc:
            self.show_message(str(exc))
            return False
        self.show_message("")
        self.load_events()
        return True

    def delete_event(self) -> bool:
        event = self.chosen_event()
        if self.store is None or event is None:
            return False
        if not confirm(
            self,
            tr("Delete event"),
            tr("Delete the event {date} “{event}”?").format(
                date=event.date[:10], event=event.event
            ),
        ):
            return False
        try:
            self.store.delete_engagement(event.uuid)
        except StoreError as exc:
            self.show_message(str(exc))
            return False
        self.event_text.clear()
        self.load_events()
        return True

    def add_event(self) -> bool:
        if self.store is None or self.current is None:
            return False
        try:
            self.store.add_engagement(
                Engagement(
                    self.current.uuid,
                    self.event_date.date().toString("yyyy-MM-dd"),
                    self.event_text.text(),
                    self.event_level.value(),
                )
            )
        except (StoreError, InputError) as exc:
            self.show_message(str(exc))
            return False
        self.event_text.clear()
        self.show_message("")
        self.load_events()
        return True
