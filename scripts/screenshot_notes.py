"""Run inside the QGIS desktop (``qgis --code``): the stakeholder-notes dock and the register
on the sample region, grabbed into $RA_SHOT. Used by ``bash scripts/screenshot.sh
screenshot_notes.py`` to look at what a planner sees.

Loads the sample kommuner, writes a notes store with a few stakeholders and notes in a
temporary folder, opens the notes dock on it, selects a kommun, shows the marker layer and
the stakeholder register, then grabs the main window.
"""

import os
import tempfile

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.utils import iface, plugins

OUT = os.environ.get("RA_OUT", "out")
SHOT = os.environ.get("RA_SHOT", os.path.join(OUT, "screenshot_notes.png"))
gpkg = os.path.join(OUT, "sample", "exempelregion.gpkg")
STORE = os.path.join(tempfile.mkdtemp(prefix="regionatlas-notes-"), "exempelregion_notes.gpkg")
state = {}


def make_store(layer):
    from RegionAtlas.processing.notes_features import FeatureCopier, layer_dataset_key
    from RegionAtlas.regionatlas.notes import Engagement, Note, NoteLink, Stakeholder, open_store

    with open_store(STORE) as store:
        people = [
            store.add_stakeholder(Stakeholder(org, kind, role, interest, influence))
            for org, kind, role, interest, influence in (
                ("Region Exempel", "region", "planeringschef", 5, 5),
                ("Länsstyrelsen", "länsstyrelse", "handläggare", 4, 4),
                ("Trafikverket", "statlig myndighet", "samhällsplanerare", 3, 5),
                ("Näringslivsrådet", "näringsliv", "vd", 4, 2),
                ("Byalaget Norrby", "civilsamhälle", "ordförande", 5, 1),
                ("Högskolan", "akademi", "forskare", 2, 2),
            )
        ]
        for i, (day, event, level) in enumerate(
            (("2026-01-20", "Informationsmöte", 1), ("2026-03-11", "Workshop stråk", 3),
             ("2026-06-02", "Remissvar", 3), ("2026-09-15", "Gemensam handlingsplan", 5))
        ):  # fmt: skip
            store.add_engagement(Engagement(people[i % 2].uuid, day, event, level))
        copier = FeatureCopier(layer, "kommunkod", store.srid)
        key = layer_dataset_key(layer)
        features = sorted(layer.getFeatures(), key=lambda f: f["kommunkod"])
        texts = (
            ("Pendlingen till regioncentrum ökar; stationen behöver fler avgångar i rusningstid.",
             "kollektivtrafik", "intervju", "oro", 0),
            ("Stöd för förtätning kring stationen, men buller från godstrafiken måste utredas.",
             "bostad", "workshop", "stöd", 1),
            ("Elnätets kapacitet räcker inte för den planerade industrin vid hamnen.",
             "energi", "möte", "konflikt", 3),
            ("Kompetensförsörjning: svårt att rekrytera undersköterskor till hemtjänsten.",
             "kompetensförsörjning", "intervju", "neutral", 3),
            ("Översvämningsrisk längs älven påverkar läget för nya bostäder.",
             "klimat", "remiss", "oro", 1),
        )  # fmt: skip
        for n, (text, theme, kind, stance, who) in enumerate(texts):
            for f in (features[6], features[(n * 7 + 3) % len(features)]):
                k, wkb, label = copier.copy(f)
                store.add_note(
                    Note(text, theme, kind, stance, stakeholder_uuid=people[who].uuid,
                         author="planerare", created=f"2026-0{n + 3}-1{n}T10:00:00Z",
                         links=[NoteLink(key, k, wkb, label)])
                )  # fmt: skip
    return features[6]


def setup():
    window = iface.mainWindow()
    window.showNormal()  # a fixed size: QGIS restores the last window state from the profile
    window.setGeometry(0, 0, 1600, 1000)
    for dock_name in ("Browser", "Browser2"):  # give the map and the panels the room
        browser = window.findChild(QDockWidget, dock_name)
        if browser is not None:
            browser.hide()
    kommuner = QgsVectorLayer(f"{gpkg}|layername=kommuner", "Exempelregion kommuner", "ogr")
    QgsProject.instance().addMapLayer(kommuner)
    sym = kommuner.renderer().symbol()
    sym.setColor(sym.color().fromRgb(238, 236, 228))
    sym.symbolLayer(0).setStrokeColor(sym.color().fromRgb(150, 150, 150))
    iface.layerTreeView().refreshLayerSymbology(kommuner.id())  # legend shows the new colour
    state["layer"] = kommuner
    state["feature"] = make_store(kommuner)
    panels = plugins["RegionAtlas"].notes_panels
    panels.toggle_notes(True)
    dock = panels.dock
    dock.set_store(STORE)
    iface.setActiveLayer(kommuner)  # the dock follows the active layer
    kommuner.selectByIds([state["feature"].id()])
    dock.refresh_markers()
    panels.show_register()
    register = panels.register
    register.list.setCurrentRow(
        next(i for i, s in enumerate(register.stakeholders) if s.organisation == "Region Exempel")
    )
    iface.setActiveLayer(kommuner)
    QTimer.singleShot(2000, lambda: guarded(zoom)(kommuner, dock))


def zoom(layer, dock):
    iface.mapCanvas().setExtent(layer.extent().buffered(3000))
    iface.mapCanvas().refresh()
    if dock.note_list.count():
        dock.note_list.setCurrentRow(0)
        dock.load_form(dock.notes[0])  # the form as after a click (without zooming in)
    QTimer.singleShot(4000, grab)


def grab():
    iface.mainWindow().grab().save(SHOT)
    print("screenshot:", SHOT)
    register = plugins["RegionAtlas"].notes_panels.register
    if register is not None:  # second picture: the engagement timeline of the chosen one
        register.tabs.setCurrentIndex(1)
        register.resize(900, 420)
        register.timeline.fit()
        second = SHOT.replace(".png", "_register.png")
        register.grab().save(second)
        print("screenshot:", second)
    # no "temporary scratch layers"/"save changes?" dialogs on exit (they block Xvfb runs)
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().setDirty(False)
    iface.actionExit().trigger()


def guarded(fn):
    """Report a failure on stderr and still grab (a dialog would block the headless run)."""

    def run(*args):
        try:
            fn(*args)
        except Exception:
            import traceback

            traceback.print_exc()
            QTimer.singleShot(500, grab)

    return run


QTimer.singleShot(4000, guarded(setup))
