"""regionatlas:exportnotes, :notesreport and :relinknotes on the sample region's kommuner."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest


def project_layer(uri: str, name: str):
    """A layer owned by the project: a Python-owned OGR layer that outlives QGIS's exit
    crashes the test process, so layers are handed to QgsProject and removed afterwards."""
    from qgis.core import QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(uri, name, "ogr")
    assert layer.isValid(), uri
    QgsProject.instance().addMapLayer(layer, False)
    return layer


@pytest.fixture
def kommuner(sample):
    from qgis.core import QgsProject

    layer = project_layer(f"{sample['gpkg']}|layername=kommuner", "kommuner")
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def fill_store(store, layer):
    """Three stakeholders and notes on the first four kommuner (one note without a place)."""
    from RegionAtlas.processing.notes_features import FeatureCopier, layer_dataset_key
    from RegionAtlas.regionatlas.notes import Note, NoteLink, Stakeholder

    region = store.add_stakeholder(Stakeholder("Region Exempel", "region", "planeringschef", 5, 5))
    lst = store.add_stakeholder(Stakeholder("Länsstyrelsen", "länsstyrelse", "handläggare", 4, 2))
    club = store.add_stakeholder(Stakeholder("Byalaget", "civilsamhälle", "ordförande", 2, 1))
    copier = FeatureCopier(layer, "kommunkod", store.srid)
    key = layer_dataset_key(layer)
    features = list(layer.getFeatures())[:4]
    links = []
    for f in features:
        k, wkb, label = copier.copy(f)
        links.append(NoteLink(key, k, wkb, label))
    notes = [
        Note("Oro för buller längs stråket", "infrastruktur", "intervju", "oro",
             stakeholder_uuid=region.uuid, links=[links[0]], created="2026-03-01"),
        Note("Bostäder nära stationen", "bostad", "workshop", "stöd",
             stakeholder_uuid=lst.uuid, links=[links[0], links[1]], created="2026-04-01"),
        Note("Busslinjen behövs", "kollektivtrafik", "möte", "konflikt",
             stakeholder_uuid=club.uuid, links=[links[2]], created="2026-05-01"),
        Note("Laddinfrastruktur saknas", "energi", "remiss", "neutral", status="att göra",
             links=[links[3]], created="2026-06-01"),
        Note("Allmän iakttagelse", "övrigt", created="2026-07-01"),
    ]  # fmt: skip
    for note in notes:
        store.add_note(note)
    return key, [lk.feature_key for lk in links], [lk.label for lk in links]


@pytest.fixture
def gpkg_store(tmp_path, kommuner):
    from RegionAtlas.regionatlas.notes import open_store

    path = tmp_path / "project_notes.gpkg"
    with open_store(path) as store:
        key, keys, labels = fill_store(store, kommuner)
    return {"target": str(path), "dataset": key, "keys": keys, "labels": labels}


def test_algorithms_are_registered(provider):
    ids = {a.id() for a in provider.algorithms()}
    assert {"regionatlas:exportnotes", "regionatlas:notesreport", "regionatlas:relinknotes"} <= ids
    for name in ("exportnotes", "notesreport", "relinknotes"):
        alg = provider.algorithm(name)
        assert alg.groupId() == "notes" and "Source" in alg.shortHelpString()


def test_export_notes_layer_and_csv(run_alg, gpkg_store, tmp_path):
    from qgis.core import QgsVectorLayer, QgsWkbTypes

    out = tmp_path / "export.gpkg"
    out_csv = tmp_path / "export.csv"
    results, fb = run_alg(
        "regionatlas:exportnotes",
        {"STORE": gpkg_store["target"], "OUTPUT": str(out), "CSV": str(out_csv)},
    )
    # 5 notes; the second is linked to two places -> 6 rows
    assert results["COUNT"] == 6
    layer = QgsVectorLayer(results["OUTPUT"], "x", "ogr")
    assert layer.isValid() and layer.featureCount() == 6
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PolygonGeometry
    assert layer.crs().authid() == "EPSG:3006"
    texts = {f["text"]: f for f in layer.getFeatures()}
    assert texts["Oro för buller längs stråket"]["organisation"] == "Region Exempel"
    assert texts["Oro för buller längs stråket"].hasGeometry()
    unlinked = texts["Allmän iakttagelse"]
    assert not unlinked.hasGeometry() or unlinked.geometry().isEmpty()
    assert texts["Oro för buller längs stråket"]["feature_key"] == gpkg_store["keys"][0]
    with out_csv.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    # by default a point inside each feature, to the centimetre (no 17-digit WKT)
    assert len(rows) == 6 and rows[0]["x"] == rows[0]["y"] == ""  # the unlinked note
    placed = [r for r in rows if r["x"]]
    assert placed and "wkt" not in rows[0]
    for r in placed:
        assert len(r["x"].split(".")[-1]) <= 2 and float(r["y"]) > 6_000_000  # SWEREF 99 TM


@pytest.mark.parametrize(("choice", "columns"), [(1, ["wkt"]), (2, [])])
def test_export_csv_geometry_as_wkt_or_none(run_alg, gpkg_store, tmp_path, choice, columns):
    out_csv = tmp_path / "export.csv"
    run_alg(
        "regionatlas:exportnotes",
        {
            "STORE": gpkg_store["target"],
            "OUTPUT": str(tmp_path / "x.gpkg"),
            "CSV": str(out_csv),
            "CSV_GEOMETRY": choice,
        },
    )
    with out_csv.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {"x", "y", "wkt"} & set(rows[0]) == set(columns)
    if columns:
        wkts = [r["wkt"] for r in rows if r["wkt"]]
        assert wkts and all(w.startswith(("MultiPolygon", "Polygon")) for w in wkts)
        numbers = re.findall(r"\d+\.(\d+)", wkts[0])
        assert numbers and max(len(n) for n in numbers) <= 2


def test_notes_algorithms_default_to_the_dock_store(provider, gpkg_store, run_alg, tmp_path):
    from qgis.core import QgsProject
    from RegionAtlas.regionatlas.notes.dockstate import DockState

    project = QgsProject.instance()
    project.writeEntry("RegionAtlas", "notes_dock", DockState(store=gpkg_store["target"]).to_json())
    try:
        # the algorithm dialog opens with the dock's store filled in
        alg = provider.algorithm("notesreport").create()
        default = alg.parameterDefinition("STORE").defaultValue()
        assert default == gpkg_store["target"]
        results, _ = run_alg(
            "regionatlas:notesreport", {"STORE": default, "OUTPUT_HTML": str(tmp_path / "r.html")}
        )
        assert results["NOTES"] == 6
    finally:
        project.removeEntry("RegionAtlas", "notes_dock")
    assert provider.algorithm("exportnotes").create().parameterDefinition(
        "STORE"
    ).defaultValue() in (
        None,
        "",
    )


def test_export_filters(run_alg, gpkg_store, tmp_path):
    results, _ = run_alg(
        "regionatlas:exportnotes",
        {
            "STORE": gpkg_store["target"],
            "THEME": [0, 1],  # bostad, infrastruktur
            "STAKEHOLDER": "Länsstyrelsen",
            "OUTPUT": str(tmp_path / "f.gpkg"),
        },
    )
    assert results["COUNT"] == 2  # "Bostäder nära stationen" on two places
    results, _ = run_alg(
        "regionatlas:exportnotes",
        {"STORE": gpkg_store["target"], "TEXT": "BUSS", "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    assert results["COUNT"] == 1


def test_export_refuses_unknown_stakeholder_and_missing_store(run_alg, gpkg_store, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Nobody|No stakeholder"):
        run_alg(
            "regionatlas:exportnotes",
            {"STORE": gpkg_store["target"], "STAKEHOLDER": "Okänd", "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    foreign = tmp_path / "foreign.gpkg"
    import sqlite3

    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(QgsProcessingException, match="not a RegionAtlas notes store|notes store"):
        run_alg("regionatlas:exportnotes", {"STORE": str(foreign), "OUTPUT": "TEMPORARY_OUTPUT"})


def test_notes_report_html_and_pdf(run_alg, gpkg_store, tmp_path):
    html_path, pdf_path = tmp_path / "report.html", tmp_path / "report.pdf"
    results, _ = run_alg(
        "regionatlas:notesreport",
        {
            "STORE": gpkg_store["target"],
            "TITLE": "Kunskapsunderlag Exempelregion",
            "OUTPUT_HTML": str(html_path),
            "OUTPUT_PDF": str(pdf_path),
        },
    )
    assert results["NOTES"] == 6
    text = html_path.read_text(encoding="utf-8")
    assert "<h1>Kunskapsunderlag Exempelregion</h1>" in text
    # grouped by theme in vocabulary order, then place
    assert text.index("Theme: bostad") < text.index("Theme: infrastruktur")
    assert text.index("Theme: infrastruktur") < text.index("Theme: kollektivtrafik")
    for label in gpkg_store["labels"]:
        assert f"<h3>{label}</h3>" in text
    assert "Not linked to a place" in text
    # the matrix chart with every stakeholder
    assert "<svg" in text
    for org in ("Region Exempel", "Länsstyrelsen", "Byalaget"):
        assert text.count(org) >= 2
    # provenance as a readable table (it was one raw JSON line making the page 6 400 px wide)
    assert "<td>regionatlas:notesreport</td>" in text and "<td>TITLE</td>" in text
    assert '{"algorithm"' not in text.replace("&quot;", '"')
    # a map of where the notes are, drawn from the links' geometry copies
    assert "Where the notes are" in text and text.count("<svg") == 2
    data = pdf_path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000


def test_relink_to_reimported_layer_reports_unmatched(run_alg, gpkg_store, sample, tmp_path):
    from qgis.core import QgsProject, QgsVectorLayer
    from RegionAtlas.regionatlas.notes import open_store

    # a re-import: kommuner copied to a new file, without the first feature
    new_path = tmp_path / "kommuner_2027.gpkg"
    first = gpkg_store["keys"][0]
    results, _ = run_alg(
        "native:extractbyexpression",
        {
            "INPUT": f"{sample['gpkg']}|layername=kommuner",
            "EXPRESSION": f"\"kommunkod\" <> '{first}'",
            "OUTPUT": f"ogr:dbname='{new_path}' table=\"kommuner\" (geom)",
        },
    )
    new_layer = project_layer(f"{new_path}|layername=kommuner", "kommuner 2027")
    results, fb = run_alg(
        "regionatlas:relinknotes",
        {
            "STORE": gpkg_store["target"],
            "INPUT": new_layer,
            "KEY_FIELD": "kommunkod",
            "OLD_DATASET": gpkg_store["dataset"],
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    assert results["MATCHED"] == 3 and results["UNMATCHED"] == 1
    assert first in results["REPORT"]
    unmatched = results["OUTPUT"]
    if isinstance(unmatched, str):
        from qgis.core import QgsProcessingUtils

        unmatched = QgsProcessingUtils.mapLayerFromString(unmatched, None) or QgsVectorLayer(
            unmatched
        )
    rows = list(unmatched.getFeatures())
    del unmatched
    QgsProject.instance().removeMapLayer(new_layer.id())
    assert [r["feature_key"] for r in rows] == [first]
    assert rows[0]["notes"] == 2 and rows[0].hasGeometry()
    with open_store(gpkg_store["target"]) as store:
        new_key = "ogr:kommuner_2027.gpkg|kommuner"
        assert len(store.notes_for_feature(new_key, gpkg_store["keys"][1])) == 1
        # the unmatched feature's notes stay on the old key with their geometry copy
        assert len(store.notes_for_feature(gpkg_store["dataset"], first)) == 2


@pytest.mark.postgis
def test_export_and_report_from_postgis(run_alg, pg_dsn, kommuner, tmp_path):
    from RegionAtlas.regionatlas.notes import open_store

    with open_store(pg_dsn, schema_name="regionatlas") as store:
        fill_store(store, kommuner)
    results, _ = run_alg(
        "regionatlas:exportnotes",
        {"STORE": pg_dsn, "OUTPUT": str(tmp_path / "pg.gpkg"), "CSV": str(tmp_path / "pg.csv")},
    )
    assert results["COUNT"] == 6
    results, _ = run_alg(
        "regionatlas:notesreport",
        {"STORE": pg_dsn, "OUTPUT_HTML": str(tmp_path / "pg.html")},
    )
    assert results["NOTES"] == 6
    assert "Byalaget" in (tmp_path / "pg.html").read_text(encoding="utf-8")


@pytest.mark.postgis
def test_store_from_a_saved_qgis_connection(run_alg, pg_dsn, kommuner, tmp_path):
    """STORE=pgconn:<name> uses a connection saved in QGIS (QgsProviderConnection API)."""
    from qgis.core import QgsProviderRegistry
    from RegionAtlas.processing.notes_common import open_notes_store

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(
        metadata.createConnection(pg_dsn, {"saveUsername": True, "savePassword": True}),
        "regionatlas test",
    )
    try:
        with open_notes_store("pgconn:regionatlas test", schema_name="notes_pgconn") as store:
            assert store.backend == "postgis"
            fill_store(store, kommuner)
        with open_notes_store("pgconn:regionatlas test", schema_name="notes_pgconn") as store:
            assert store.count_notes() == 5
    finally:
        metadata.deleteConnection("regionatlas test")
    from RegionAtlas.regionatlas.notes import StoreError

    with pytest.raises(StoreError, match="no saved PostgreSQL connection"):
        open_notes_store("pgconn:regionatlas test")


def test_report_too_large_for_pdf_is_html_only(run_alg, gpkg_store, tmp_path, monkeypatch):
    from RegionAtlas.processing import notesreport

    monkeypatch.setattr(notesreport, "MAX_PDF_ENTRIES", 3)
    pdf = tmp_path / "big.pdf"
    results, fb = run_alg(
        "regionatlas:notesreport",
        {
            "STORE": gpkg_store["target"],
            "OUTPUT_HTML": str(tmp_path / "big.html"),
            "OUTPUT_PDF": str(pdf),
        },  # fmt: skip
    )
    assert results["NOTES"] == 6 and (tmp_path / "big.html").exists()
    assert not pdf.exists() and "PDF was not written" in fb.log


def test_export_and_report_never_create_or_change_their_store(run_alg, gpkg_store, tmp_path):
    """Read-only operations (issue 10, section 3): the store's bytes are the same after an
    export and a report, and a store that does not exist is an error, not a new empty file."""
    import hashlib

    from qgis.core import QgsProcessingException

    store = Path(gpkg_store["target"])
    before = hashlib.sha256(store.read_bytes()).hexdigest()
    mtime = store.stat().st_mtime_ns
    run_alg("regionatlas:exportnotes", {"STORE": str(store), "OUTPUT": str(tmp_path / "x.gpkg")})
    run_alg(
        "regionatlas:notesreport", {"STORE": str(store), "OUTPUT_HTML": str(tmp_path / "r.html")}
    )
    assert hashlib.sha256(store.read_bytes()).hexdigest() == before
    assert store.stat().st_mtime_ns == mtime
    missing = tmp_path / "typo_notes.gpkg"
    for alg_id, out in (("exportnotes", "OUTPUT"), ("notesreport", "OUTPUT_HTML")):
        with pytest.raises(QgsProcessingException, match="no notes store"):
            run_alg(f"regionatlas:{alg_id}", {"STORE": str(missing), out: str(tmp_path / "o.html")})
        assert not missing.exists()


@pytest.mark.postgis
def test_export_from_postgis_without_a_store_creates_nothing(run_alg, pg_dsn, tmp_path):
    import psycopg
    from qgis.core import QgsProcessingException

    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS regionatlas CASCADE")
    with pytest.raises(QgsProcessingException, match="no notes store"):
        run_alg("regionatlas:exportnotes", {"STORE": pg_dsn, "OUTPUT": str(tmp_path / "x.gpkg")})
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        found = conn.execute(
            "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'regionatlas'"
        ).fetchone()[0]
    assert found == 0


def test_pdf_lines_break_between_words_only(qgis_app):
    """Qt's default wrap also broke a word that did not fit, mid-word, in the PDF."""
    from RegionAtlas.processing.notesreport import report_document

    long_words = " ".join(["Kommunöverskridande", "grönstrukturplanering", "Länsstyrelsen"] * 40)
    html_text = f"<table><tr><td>{long_words}</td><td>{long_words}</td></tr></table>"
    document = report_document(html_text, {})
    document.setTextWidth(150)  # narrow columns, as in the PDF tables
    document.documentLayout().documentSize()  # lays the document out
    words = set(long_words.split())
    block = document.begin()
    lines_checked = 0
    while block.isValid():
        layout = block.layout()
        text = block.text()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            piece = text[line.textStart() : line.textStart() + line.textLength()].split()
            for word in piece:
                assert word in words, f"broken word {word!r}"
            lines_checked += 1
        block = block.next()
    assert lines_checked > 10
