"""The stakeholder register against the real widgets (pytest-qt)."""

from __future__ import annotations

import pytest


@pytest.fixture
def store(tmp_path):
    from RegionAtlas.regionatlas.notes import open_store

    with open_store(tmp_path / "notes.gpkg") as s:
        yield s


@pytest.fixture
def register(qtbot, store):
    from RegionAtlas.ui.stakeholder_register import StakeholderRegister

    widget = StakeholderRegister()
    qtbot.addWidget(widget)
    widget.resize(900, 420)
    widget.show()
    widget.set_store(store)
    return widget


def fill(register, organisation, kind, interest, influence, role="planeringschef"):
    register.new_button.click()
    register.organisation.setText(organisation)
    register.type_combo.setCurrentText(kind)
    register.role.setText(role)
    register.interest.setValue(interest)
    register.influence.setValue(influence)


def scene_texts(view):
    from qgis.PyQt.QtWidgets import QGraphicsSimpleTextItem

    return [i.text() for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]


def test_add_edit_and_matrix_shows_stakeholders(register, store, qtbot):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QGraphicsEllipseItem

    fill(register, "Region Exempel", "region", 5, 5)
    qtbot.mouseClick(register.save_button, Qt.LeftButton)
    fill(register, "Länsstyrelsen", "länsstyrelse", 4, 2)
    qtbot.mouseClick(register.save_button, Qt.LeftButton)
    fill(register, "Byalaget", "civilsamhälle", 2, 1, role="ordförande")
    qtbot.mouseClick(register.save_button, Qt.LeftButton)
    assert register.list.count() == 3
    assert [s.organisation for s in store.list_stakeholders()] == [
        "Byalaget",
        "Länsstyrelsen",
        "Region Exempel",
    ]
    # the matrix: one dot per stakeholder, their names, quadrant titles, axes
    texts = scene_texts(register.matrix)
    for name in ("Region Exempel", "Länsstyrelsen", "Byalaget", "Manage closely", "Monitor"):
        assert name in texts
    dots = [i for i in register.matrix.scene().items() if isinstance(i, QGraphicsEllipseItem)]
    assert len(dots) == 3
    assert set(register.matrix.labels.values()) == {"Region Exempel", "Länsstyrelsen", "Byalaget"}
    # high influence and interest is drawn top right of low/low
    by_uuid = {d.data(0): d.rect().center() for d in dots}
    region = next(s for s in store.list_stakeholders() if s.organisation == "Region Exempel")
    club = next(s for s in store.list_stakeholders() if s.organisation == "Byalaget")
    assert by_uuid[region.uuid].x() > by_uuid[club.uuid].x()
    assert by_uuid[region.uuid].y() < by_uuid[club.uuid].y()

    # edit: choose Byalaget, raise its interest -> stored, matrix redrawn
    register.list.setCurrentRow(0)
    assert register.organisation.text() == "Byalaget"
    register.interest.setValue(4)
    register.save_button.click()
    assert store.get_stakeholder(club.uuid).interest == 4
    assert "Byalaget · civilsamhälle (4/1)" in register.list.item(0).text()


def test_engagement_over_time(register, store, qtbot):
    from qgis.PyQt.QtCore import QDate
    from qgis.PyQt.QtWidgets import QGraphicsPathItem

    fill(register, "Trafikverket", "statlig myndighet", 3, 5)
    register.save_button.click()
    for day, text, level in (("2026-01-15", "Informationsmöte", 1), ("2026-04-02", "Workshop", 3),
                             ("2026-09-20", "Gemensam plan", 5)):  # fmt: skip
        register.event_date.setDate(QDate.fromString(day, "yyyy-MM-dd"))
        register.event_text.setText(text)
        register.event_level.setValue(level)
        assert register.add_event()
    assert register.events.rowCount() == 3
    assert register.events.item(2, 1).text() == "Gemensam plan"
    events = store.list_engagement(register.current.uuid)
    assert [e.level for e in events] == [1, 3, 5]
    paths = [i for i in register.timeline.scene().items() if isinstance(i, QGraphicsPathItem)]
    assert len(paths) == 1 and paths[0].path().elementCount() == 3


def test_failed_save_keeps_the_form(register, store, monkeypatch):
    from RegionAtlas.regionatlas.notes import ConnectionLostError

    fill(register, "", "kommun", 3, 3, role="kommunekolog")
    register.involvement.setPlainText("Bjud in till workshop i mars")
    assert not register.save_stakeholder()  # organisation is empty
    assert "organisation" in register.message.text()
    assert register.role.text() == "kommunekolog"
    assert register.involvement.toPlainText() == "Bjud in till workshop i mars"

    register.organisation.setText("Exempelby kommun")

    def lost(_s):
        raise ConnectionLostError("The connection was lost; nothing was saved. Try again.")

    monkeypatch.setattr(store, "add_stakeholder", lost)
    assert not register.save_stakeholder()
    assert "connection was lost" in register.message.text()
    assert register.organisation.text() == "Exempelby kommun"
    monkeypatch.undo()
    assert register.save_stakeholder()
    assert [s.organisation for s in store.list_stakeholders()] == ["Exempelby kommun"]


def test_delete_asks_first(register, store, answer_box):
    fill(register, "Näringslivsrådet", "näringsliv", 4, 3)
    register.save_button.click()
    answer_box("Cancel")
    assert not register.delete_stakeholder()
    assert len(store.list_stakeholders()) == 1
    answer_box("Delete")
    register.delete_button.click()
    assert store.list_stakeholders() == []
    assert register.matrix.labels == {}


def test_engagement_events_can_be_edited_and_deleted(register, store, qtbot, answer_box):
    from qgis.PyQt.QtCore import QDate

    fill(register, "Trafikverket", "statlig myndighet", 3, 5)
    register.save_button.click()
    for day, text, level in (("2026-01-15", "Informationsmöte", 1), ("2026-04-02", "Workshop", 3)):
        register.event_date.setDate(QDate.fromString(day, "yyyy-MM-dd"))
        register.event_text.setText(text)
        register.event_level.setValue(level)
        assert register.add_event()
    assert not register.save_event_button.isEnabled()  # nothing chosen yet
    register.events.selectRow(1)
    assert register.event_text.text() == "Workshop" and register.event_level.value() == 3
    register.event_text.setText("Workshop om stråk")
    register.event_level.setValue(4)
    register.save_event_button.click()
    events = store.list_engagement(register.current.uuid)
    assert [(e.event, e.level) for e in events] == [
        ("Informationsmöte", 1),
        ("Workshop om stråk", 4),
    ]
    assert register.events.item(1, 1).text() == "Workshop om stråk"
    register.events.selectRow(0)
    answer_box("Cancel")
    assert not register.delete_event()
    answer_box("Delete")
    register.delete_event_button.click()
    assert [e.event for e in store.list_engagement(register.current.uuid)] == ["Workshop om stråk"]


def test_register_without_a_store_offers_to_open_one(qtbot, tmp_path, monkeypatch):
    """Typing an organisation before a store exists used to end at a disabled Save button."""
    from RegionAtlas.regionatlas.notes import open_store
    from RegionAtlas.ui.stakeholder_register import StakeholderRegister

    widget = StakeholderRegister()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_store(None)
    assert widget.store_button.isVisible() and not widget.organisation.isEnabled()
    opened = []

    def open_one():
        opened.append(open_store(tmp_path / "new_notes.gpkg"))
        widget.set_store(opened[-1])

    widget.storeRequested.connect(open_one)
    widget.store_button.click()
    assert opened and widget.organisation.isEnabled() and not widget.store_button.isVisible()
    widget.organisation.setText("Länsstyrelsen")
    assert widget.save_stakeholder()
    assert [s.organisation for s in opened[0].list_stakeholders()] == ["Länsstyrelsen"]
    opened[0].close()


def test_plugin_register_opens_the_dock_store_dialog(qgis_iface, monkeypatch):
    from RegionAtlas.ui.notes_dock import NotesDock
    from RegionAtlas.ui.notes_panels import NotesPanels

    asked = []
    monkeypatch.setattr(NotesDock, "choose_store", lambda self: asked.append(self) or False)
    panels = NotesPanels(qgis_iface)
    try:
        register = panels.ensure_register()
        register.store_button.click()
        assert asked == [panels.dock]
    finally:
        panels.unload()


def test_matrix_labels_overlap_neither_labels_nor_dots(register, store):
    """Issue 15: "Länsstyrelsen Dalarna" was drawn over "Falu kommun" in the matrix."""
    from itertools import combinations

    from qgis.PyQt.QtWidgets import QGraphicsEllipseItem, QGraphicsSimpleTextItem
    from RegionAtlas.regionatlas.notes import Stakeholder

    crowd = (
        ("Länsstyrelsen Dalarna", "länsstyrelse", 4, 4),
        ("Falu kommun", "kommun", 4, 4),
        ("Borlänge kommun", "kommun", 4, 5),
        ("Region Dalarna", "region", 5, 5),
        ("Trafikverket Region Mitt", "statlig myndighet", 5, 4),
        ("Dalarnas museum", "övrigt", 4, 4),
        ("Högskolan Dalarna", "akademi", 5, 5),
    )
    for org, kind, interest, influence in crowd:
        store.add_stakeholder(Stakeholder(org, kind, "", interest, influence))
    register.reload()
    scene = register.matrix.scene()
    names = {org for org, *_ in crowd}
    labels = [
        i.sceneBoundingRect().adjusted(1, 1, -1, -1)  # edges may touch
        for i in scene.items()
        if isinstance(i, QGraphicsSimpleTextItem) and i.text() in names
    ]
    dots = [
        i.sceneBoundingRect().adjusted(1, 1, -1, -1)
        for i in scene.items()
        if isinstance(i, QGraphicsEllipseItem)
    ]
    assert len(labels) == len(crowd) and len(dots) == len(crowd)
    assert not [(a, b) for a, b in combinations(labels, 2) if a.intersects(b)]
    assert not [(a, d) for a in labels for d in dots if a.intersects(d)]
