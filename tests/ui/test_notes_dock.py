"""The notes dock against the real widgets (pytest-qt) on the sample region's kommuner."""

from __future__ import annotations

import pytest


@pytest.fixture
def kommuner(sample, qgis_iface):
    """The sample's kommuner, owned by the project (removed afterwards)."""
    from qgis.core import QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(f"{sample['gpkg']}|layername=kommuner", "kommuner", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.mapCanvas().setLayers([layer])
    qgis_iface.mapCanvas().setDestinationCrs(layer.crs())
    yield layer
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().removeEntry("RegionAtlas", "notes_dock")


@pytest.fixture
def dock(qgis_iface, qtbot, kommuner):
    from RegionAtlas.ui.notes_dock import NotesDock

    widget = NotesDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.resize(420, 760)
    widget.show()
    yield widget
    widget.cleanup()


def select(layer, kommunkod):
    ids = [f.id() for f in layer.getFeatures() if f["kommunkod"] == kommunkod]
    layer.selectByIds(ids)
    return ids


def type_into(qtbot, widget, text):
    """Type like a user; QTest cannot send non-ASCII key clicks, so those are inserted."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def type_note(qtbot, dock, text, theme=None, stance=None):
    from qgis.PyQt.QtCore import Qt

    dock.new_button.click()
    type_into(qtbot, dock.text_edit, text)
    if theme:
        dock.form_combos["theme"].setCurrentText(theme)
    if stance:
        dock.form_combos["stance"].setCurrentText(stance)
    qtbot.mouseClick(dock.save_button, Qt.LeftButton)


def click_note(qtbot, dock, row):
    from qgis.PyQt.QtCore import Qt

    item = dock.note_list.item(row)
    rect = dock.note_list.visualItemRect(item)
    qtbot.mouseClick(dock.note_list.viewport(), Qt.LeftButton, pos=rect.center())


def test_select_add_list_filter_edit_delete(dock, kommuner, qtbot, tmp_path, answer_box):
    assert dock.set_store(str(tmp_path / "notes.gpkg"))
    dock.set_layer(kommuner)
    assert dock.key_field == "kommunkod"  # an official code is preferred over other fields
    assert not dock.add_key_button.isVisible()
    select(kommuner, "0501")
    assert "0501" in dock.feature_label.text()
    assert dock.note_list.count() == 0

    type_note(qtbot, dock, "Oro för buller vid stationen", "infrastruktur", "oro")
    type_note(qtbot, dock, "Fler bostäder behövs", "bostad", "stöd")
    assert dock.listed_texts() == ["Fler bostäder behövs", "Oro för buller vid stationen"]
    assert "infrastruktur" in dock.note_list.item(1).text()  # newest first

    # another feature has none; back again
    select(kommuner, "0502")
    assert dock.listed_texts() == []
    select(kommuner, "0501")
    assert len(dock.listed_texts()) == 2

    # filters: theme, then free text
    dock.filter_combos["theme"].setCurrentText("infrastruktur")
    assert dock.listed_texts() == ["Oro för buller vid stationen"]
    dock.filter_combos["theme"].setCurrentIndex(0)
    type_into(qtbot, dock.search, "BOSTÄDER")
    assert dock.listed_texts() == ["Fler bostäder behövs"]
    dock.search.clear()
    dock.filter_combos["stance"].setCurrentText("konflikt")
    assert dock.listed_texts() == []
    dock.filter_combos["stance"].setCurrentIndex(0)

    # edit: click the note, change the text, save -> version 2
    click_note(qtbot, dock, 1)
    assert dock.text_edit.toPlainText() == "Oro för buller vid stationen"
    type_into(qtbot, dock.text_edit, " och vibrationer")
    dock.save_button.click()
    assert dock.current.version == 2
    assert "Oro för buller vid stationen och vibrationer" in dock.listed_texts()

    # delete asks first: "Cancel" keeps the note, "Delete" deletes it
    answer_box("Cancel")
    assert not dock.delete_note()
    assert len(dock.listed_texts()) == 2
    answer_box("Delete")
    dock.delete_button.click()
    assert dock.listed_texts() == ["Fler bostäder behövs"]
    assert dock.store.count_notes() == 1


def test_failed_saves_keep_the_text(dock, kommuner, qtbot, tmp_path, monkeypatch):
    from RegionAtlas.regionatlas.notes import ConnectionLostError, open_store

    path = tmp_path / "notes.gpkg"
    dock.set_store(str(path))
    dock.set_layer(kommuner)
    select(kommuner, "0503")
    type_note(qtbot, dock, "Första versionen")
    click_note(qtbot, dock, 0)

    # someone else saves the same note in between -> conflict shows both texts
    with open_store(path) as other:
        theirs = other.get_note(dock.current.uuid)
        theirs.text = "Kollegans version"
        other.update_note(theirs)
    dock.text_edit.selectAll()
    type_into(qtbot, dock.text_edit, "Min version som inte får försvinna")
    assert not dock.save_note()
    assert dock.text_edit.toPlainText() == "Min version som inte får försvinna"
    message = dock.message.text()
    assert "Kollegans version" in message and "Min version som inte får försvinna" in message
    assert dock.message.isVisible()
    # having seen both, saving again is a decision: it builds on their version
    assert dock.save_note()
    assert dock.current.version == 3
    assert dock.listed_texts() == ["Min version som inte får försvinna"]

    # a lost connection: clear message, the form is kept, a retry works
    dock.new_button.click()
    type_into(qtbot, dock.text_edit, "Skrivet under avbrott")
    real_add = dock.store.add_note

    def lost(note):
        raise ConnectionLostError("The connection to the notes store was lost; nothing saved.")

    monkeypatch.setattr(dock.store, "add_note", lost)
    assert not dock.save_note()
    assert dock.text_edit.toPlainText() == "Skrivet under avbrott"
    assert "try again" in dock.message.text()
    monkeypatch.setattr(dock.store, "add_note", real_add)
    assert dock.save_note()
    assert "Skrivet under avbrott" in dock.listed_texts()


def test_read_only_store_keeps_text(dock, kommuner, qtbot, tmp_path):
    from RegionAtlas.regionatlas.notes import open_store

    path = tmp_path / "ro.gpkg"
    open_store(path).close()
    path.chmod(0o444)
    try:
        assert dock.set_store(str(path))
        assert "read-only" in dock.store_label.text()
        assert not dock.save_button.isEnabled()
        dock.set_layer(kommuner)
        select(kommuner, "0501")
        type_into(qtbot, dock.text_edit, "Text i en skrivskyddad fil")
        assert not dock.save_note()
        assert dock.text_edit.toPlainText() == "Text i en skrivskyddad fil"
        assert str(path) in dock.message.text() or "read" in dock.message.text().lower()
    finally:
        path.chmod(0o644)


def test_click_zooms_and_flashes_also_when_feature_is_gone(
    dock, kommuner, qgis_iface, qtbot, tmp_path, monkeypatch
):
    from qgis.core import QgsFeatureRequest, QgsProject, QgsRectangle, QgsVectorLayer

    canvas = qgis_iface.mapCanvas()
    flashed = {}
    monkeypatch.setattr(canvas, "flashFeatureIds", lambda layer, ids, *a: flashed.update(ids=ids))
    monkeypatch.setattr(canvas, "flashGeometries", lambda g, crs, *a: flashed.update(geoms=g))
    dock.set_store(str(tmp_path / "notes.gpkg"))
    dock.set_layer(kommuner)
    ids = select(kommuner, "0504")
    type_note(qtbot, dock, "Vid kommungränsen")
    canvas.setExtent(QgsRectangle(0, 0, 10, 10))
    click_note(qtbot, dock, 0)
    assert flashed["ids"] == ids
    box = kommuner.getFeature(ids[0]).geometry().boundingBox()
    assert canvas.extent().intersects(box)

    # the same data in a memory copy without the feature: the stored geometry copy is used
    copy = kommuner.materialize(QgsFeatureRequest())
    assert isinstance(copy, QgsVectorLayer)
    QgsProject.instance().addMapLayer(copy)
    copy.dataProvider().deleteFeatures([f.id() for f in copy.getFeatures()
                                        if f["kommunkod"] == "0504"])  # fmt: skip
    saved_layer = dock.layer
    dock.layer = copy  # same dataset key, feature deleted
    canvas.setExtent(QgsRectangle(0, 0, 10, 10))
    flashed.clear()
    dock.zoom_to_note(dock.notes[0])
    assert "geoms" in flashed and len(flashed["geoms"]) == 1
    assert canvas.extent().intersects(box)
    dock.layer = saved_layer


def test_marker_layer_counts_notes(dock, kommuner, qtbot, tmp_path):
    dock.set_store(str(tmp_path / "notes.gpkg"))
    dock.set_layer(kommuner)
    select(kommuner, "0501")
    type_note(qtbot, dock, "Ett")
    type_note(qtbot, dock, "Två")
    select(kommuner, "0502")
    type_note(qtbot, dock, "Tre")
    markers = dock.refresh_markers()
    counts = {f["feature_key"]: f["notes"] for f in markers.getFeatures()}
    assert counts == {"0501": 2, "0502": 1}
    assert markers.name() == "Notes" and markers.labelsEnabled()
    type_note(qtbot, dock, "Fyra")  # refreshed after every write
    counts = {f["feature_key"]: f["notes"] for f in markers.getFeatures()}
    assert counts["0502"] == 2
    # the marker layer never becomes the dock's layer: the dock stays on the features
    dock.set_layer(markers)
    assert dock.layer is kommuner


def test_markers_keep_the_dock_on_the_features_and_open_their_notes(
    dock, kommuner, qgis_iface, qtbot, tmp_path
):
    """Pressing Markers used to make the marker layer active and leave the dock with "No
    vector layer active"; selecting a marker now opens the notes of its feature."""
    dock.set_store(str(tmp_path / "notes.gpkg"))
    dock.set_layer(kommuner)
    select(kommuner, "0501")
    type_note(qtbot, dock, "Ett")
    select(kommuner, "0502")
    type_note(qtbot, dock, "Två")
    markers = dock.refresh_markers()
    assert dock.layer is kommuner and dock.listed_texts() == ["Två"]
    assert qgis_iface.activeLayer() is not markers
    qgis_iface.setActiveLayer(markers)
    dock.set_layer(markers)  # what QGIS's currentLayerChanged does
    assert dock.layer is kommuner and "No vector layer" not in dock.layer_label.text()
    first = [f.id() for f in markers.getFeatures() if f["feature_key"] == "0501"]
    markers.selectByIds(first)
    assert dock.listed_texts() == ["Ett"]
    assert [f["kommunkod"] for f in kommuner.getSelectedFeatures()] == ["0501"]
    # a marker whose layer is not loaded: its notes are listed by key
    from qgis.core import QgsProject

    markers.removeSelection()
    QgsProject.instance().removeMapLayer(kommuner.id())
    assert dock.layer is None  # forgotten before QGIS deleted it
    second = [f.id() for f in markers.getFeatures() if f["feature_key"] == "0502"]
    markers.selectByIds(second)
    assert dock.listed_texts() == ["Två"]


def test_markers_button_gives_the_active_layer_back(dock, kommuner, qgis_iface, qtbot, tmp_path):
    """The QGIS desktop makes a newly added layer the active one: after Markers the features'
    layer is active again, and the dock is still on it."""
    from qgis.core import QgsProject

    project = QgsProject.instance()

    def activate(layers):  # what the desktop does with an added layer
        qgis_iface.setActiveLayer(layers[-1])

    dock.set_store(str(tmp_path / "notes.gpkg"))
    dock.set_layer(kommuner)
    select(kommuner, "0501")
    type_note(qtbot, dock, "Ett")
    qgis_iface.setActiveLayer(kommuner)
    project.layersAdded.connect(activate)
    try:
        dock.markers_button.click()
    finally:
        project.layersAdded.disconnect(activate)
    assert dock.marker_layer() is not None
    assert qgis_iface.activeLayer() is kommuner and dock.layer is kommuner
    assert dock.listed_texts() == ["Ett"]


def test_state_is_saved_in_the_project(dock, kommuner, qgis_iface, qtbot, tmp_path):
    from qgis.core import QgsProject
    from RegionAtlas.ui.notes_dock import NotesDock

    store = tmp_path / "notes.gpkg"
    dock.set_store(str(store))
    dock.set_layer(kommuner)
    dock.filter_combos["theme"].setCurrentText("energi")
    type_into(qtbot, dock.search, "vind")
    text, ok = QgsProject.instance().readEntry("RegionAtlas", "notes_dock", "")
    assert ok and "energi" in text and "kommunkod" in text and "vind" in text
    dock.cleanup()

    again = NotesDock(qgis_iface)
    qtbot.addWidget(again)
    try:
        assert again.store is not None and again.store.location == str(store)
        assert again.filter_combos["theme"].currentText() == "energi"
        assert again.search.text() == "vind"
    finally:
        again.cleanup()


def test_layer_without_key_gets_a_uuid_field(dock, qtbot, tmp_path, answer_box):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=namn:string", "platser", "memory")
    features = []
    for i, name in enumerate(["By", "By", "Ort"]):  # duplicates: namn is no key
        f = QgsFeature(layer.fields())
        f.setAttributes([name])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(500000 + i * 100, 6900000)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    dock.set_store(str(tmp_path / "notes.gpkg"))
    dock.set_layer(layer)
    assert dock.key_field is None and dock.add_key_button.isVisible()
    answer_box("Add field")
    assert dock.add_uuid_field()
    index = layer.fields().lookupField("ra_uuid")
    assert index >= 0 and layer.defaultValueDefinition(index).expression() == "uuid()"
    values = [f["ra_uuid"] for f in layer.getFeatures()]
    assert len(set(values)) == 3 and all(values)
    assert dock.key_field == "ra_uuid"
    layer.selectByIds([next(layer.getFeatures()).id()])
    type_note(qtbot, dock, "Nu kan platsen få anteckningar")
    assert dock.listed_texts() == ["Nu kan platsen få anteckningar"]


@pytest.mark.postgis
def test_postgis_store_add_and_conflict(dock, kommuner, qtbot, pg_dsn):
    from RegionAtlas.regionatlas.notes import open_store

    assert dock.set_store(pg_dsn)
    assert dock.store.backend == "postgis"
    dock.set_layer(kommuner)
    select(kommuner, "0501")
    type_note(qtbot, dock, "Delad anteckning i PostGIS")
    assert dock.listed_texts()[0] == "Delad anteckning i PostGIS"
    click_note(qtbot, dock, 0)
    with open_store(pg_dsn) as other:
        note = other.get_note(dock.current.uuid)
        note.text = "Ändrad av en kollega"
        other.update_note(note)
    dock.text_edit.selectAll()
    type_into(qtbot, dock.text_edit, "Min ändring")
    assert not dock.save_note()
    assert dock.text_edit.toPlainText() == "Min ändring"
    assert "Ändrad av en kollega" in dock.message.text()
    with open_store(pg_dsn) as other:
        for n in other.list_notes():
            other.delete_note(n.uuid)


def test_plugin_actions_open_the_panels(qgis_iface):
    import RegionAtlas

    plugin = RegionAtlas.classFactory(qgis_iface)
    plugin.initGui()
    try:
        texts = {a.text(): a for a in plugin.actions}
        assert "Stakeholder notes" in texts and "Stakeholder register" in texts
        texts["Stakeholder notes"].trigger()
        # the test interface's main window is never shown, so "not hidden" is what we can see
        assert plugin.notes_panels.dock is not None and not plugin.notes_panels.dock.isHidden()
        texts["Stakeholder notes"].trigger()
        assert plugin.notes_panels.dock.isHidden()
        texts["Stakeholder register"].trigger()
        assert plugin.notes_panels.register is not None
    finally:
        plugin.unload()
    assert plugin.notes_panels is None


def test_store_dialog_targets(qtbot, tmp_path):
    from RegionAtlas.ui.notes_dock import StoreDialog

    suggested = str(tmp_path / "plan_notes.gpkg")
    dialog = StoreDialog("", suggested)
    qtbot.addWidget(dialog)
    assert dialog.target() == suggested  # default: GeoPackage beside the project
    dialog.kind.setCurrentIndex(2)
    dialog.service.setText("regionatlas")
    assert dialog.target() == "regionatlas"
    again = StoreDialog("pgconn:team", suggested)
    qtbot.addWidget(again)
    assert again.kind.currentData() == "pgconn"


def test_default_store_beside_the_saved_project(dock, kommuner, qtbot, tmp_path):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "regionplan.qgz"))
    try:
        assert dock.store is None
        dock.set_layer(kommuner)
        select(kommuner, "0505")
        type_note(qtbot, dock, "Första anteckningen skapar lagret")
        assert dock.store is not None
        assert dock.store.location == str(tmp_path / "regionplan_notes.gpkg")
        text, _ = project.readEntry("RegionAtlas", "notes_dock", "")
        assert '"store": "regionplan_notes.gpkg"' in text  # relative: the folder can move
    finally:
        project.setFileName("")


def test_delete_says_where_the_note_is_linked_and_can_be_undone(
    dock, kommuner, qtbot, tmp_path, answer_box
):
    dock.set_store(str(tmp_path / "notes.gpkg"))
    dock.set_layer(kommuner)
    ids = [f.id() for f in kommuner.getFeatures() if f["kommunkod"] in ("0501", "0502")]
    kommuner.selectByIds(ids)
    type_note(qtbot, dock, "Gemensam pendlingsfråga", theme="kollektivtrafik")
    note = dock.current
    click_note(qtbot, dock, 0)
    seen: list[str] = []
    answer_box("Delete", seen)
    assert dock.delete_note()
    assert "linked to 2 features" in seen[0] and "Gemensam pendlingsfråga" in seen[0]
    assert dock.store.count_notes() == 0 and dock.undo_button.isVisible()
    dock.undo_button.click()
    restored = dock.store.get_note(note.uuid)
    assert restored.text == note.text and restored.theme == "kollektivtrafik"
    assert restored.created == note.created
    assert sorted(lk.feature_key for lk in restored.links) == ["0501", "0502"]
    assert dock.listed_texts() == ["Gemensam pendlingsfråga"]
    assert not dock.undo_button.isVisible()
