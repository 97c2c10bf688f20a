"""The stakeholder register's charts: the interest/influence matrix and the engagement
timeline, drawn in QGraphicsViews that keep their whole scene in view.

The matrix positions come from :func:`regionatlas.notes.report.matrix_points` (the same as in
the knowledge-base report); its labels are placed without overlap by
:func:`regionatlas.labels.place_labels`. The matrix is Mendelow's power/interest grid
(1991, "Environmental scanning: the impact of the stakeholder concept", Proc. ICIS), as in the
report. Nothing here reads or writes the store.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from qgis.PyQt.QtWidgets import QGraphicsScene, QGraphicsView

from ..i18n import tr
from ..regionatlas.labels import Box, place_labels
from ..regionatlas.notes import Engagement, Stakeholder
from ..regionatlas.notes.model import SCORE_MAX, SCORE_MIN
from ..regionatlas.notes.report import QUADRANT_SPLIT, QUADRANTS, label_order, matrix_points

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
