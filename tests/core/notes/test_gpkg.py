"""GeoPackage backend: a valid GeoPackage, refusal of foreign/newer/read-only files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat

import pytest
import shapely
from RegionAtlas.regionatlas.notes import (
    LATEST_VERSION,
    NotANotesStoreError,
    Note,
    NoteLink,
    ReadOnlyStoreError,
    SchemaTooNewError,
    StoreError,
    open_store,
)
from RegionAtlas.regionatlas.notes.gpkg import GeoPackageStore, gpkg_geometry, wkb_from_gpkg


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _store_with_a_note(path):
    with open_store(path) as store:
        note = store.add_note(
            Note(
                "Buller vid stationen",
                links=[NoteLink("ds", "0114", shapely.Point(674000, 6580000).wkb, "Väsby")],
            )
        )
    return note


def test_is_a_valid_geopackage_that_ogr_reads(tmp_path):
    path = tmp_path / "notes.gpkg"
    _store_with_a_note(path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    assert con.execute("PRAGMA user_version").fetchone()[0] == 10200
    contents = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents"))
    assert contents["note_links"] == "features" and contents["notes"] == "attributes"
    assert con.execute("SELECT srs_id FROM gpkg_geometry_columns").fetchall() == [(3006,)]
    blob = con.execute("SELECT geom FROM note_links").fetchone()[0]
    assert blob[:2] == b"GP"
    con.close()
    ogr = pytest.importorskip("osgeo.ogr", reason="GDAL Python bindings (python3-gdal) absent")
    ds = ogr.Open(str(path))
    assert ds is not None
    layer = ds.GetLayerByName("note_links")
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "3006"
    feature = layer.GetNextFeature()
    assert feature.GetField("label") == "Väsby"
    assert feature.GetGeometryRef().ExportToWkt() == "POINT (674000 6580000)"
    assert {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())} >= {
        "notes",
        "stakeholders",
        "note_links",
        "engagement",
    }


def test_geopackage_binary_round_trip():
    for geom in (shapely.Point(1, 2), shapely.LineString([(0, 0), (1, 1)]), shapely.Point()):
        wkb = shapely.to_wkb(geom)
        assert wkb_from_gpkg(gpkg_geometry(wkb, 3006)) == wkb


def test_refuses_a_foreign_geopackage_and_leaves_it_alone(tmp_path):
    path = tmp_path / "parcels.gpkg"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1196444487")
    con.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT)")
    con.execute("CREATE TABLE parcels (fid INTEGER PRIMARY KEY, name TEXT)")
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")  # same name, not ours
    con.execute("INSERT INTO parcels (name) VALUES ('1:23')")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(NotANotesStoreError, match="not a RegionAtlas notes store") as info:
        open_store(path)
    assert "parcels" in str(info.value)
    assert _digest(path) == before


@pytest.mark.parametrize(
    "content", [b"not a database at all" * 100, b"SQLite format 3\x00" + b"x" * 200]
)
def test_refuses_a_file_that_is_not_sqlite(tmp_path, content):
    path = tmp_path / "odd.gpkg"
    path.write_bytes(content)
    with pytest.raises(NotANotesStoreError):
        open_store(path)
    assert path.read_bytes() == content


def test_accepts_an_empty_geopackage(tmp_path):
    ogr = pytest.importorskip("osgeo.ogr", reason="GDAL Python bindings (python3-gdal) absent")
    path = tmp_path / "empty.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(path)).FlushCache()
    with open_store(path) as store:
        assert store.schema_version == LATEST_VERSION


def test_refuses_a_newer_schema_and_says_which(tmp_path):
    path = tmp_path / "future.gpkg"
    _store_with_a_note(path)
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO schema_version (version, applied, description) VALUES (?, ?, ?)",
        (LATEST_VERSION + 5, "2030-01-01T00:00:00Z", "from the future"),
    )
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(SchemaTooNewError) as info:
        open_store(path)
    assert f"schema version {LATEST_VERSION + 5}" in str(info.value)
    assert f"up to {LATEST_VERSION}" in str(info.value)
    assert (info.value.found, info.value.supported) == (LATEST_VERSION + 5, LATEST_VERSION)
    assert _digest(path) == before


def test_read_only_file_reads_but_refuses_writes_clearly(tmp_path):
    path = tmp_path / "archive.gpkg"
    note = _store_with_a_note(path)
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    before = _digest(path)
    try:
        with open_store(path) as store:
            assert store.read_only
            assert [n.uuid for n in store.notes_for_feature("ds", "0114")] == [note.uuid]
            with pytest.raises(ReadOnlyStoreError, match="read-only") as info:
                store.add_note(Note("ny"))
            assert str(path) in str(info.value) and "nothing was saved" in str(info.value)
        assert _digest(path) == before
        # explicitly read-only works too, and a missing file is not created
        with GeoPackageStore(path, read_only=True) as store:
            assert store.count_notes() == 1
        with pytest.raises(ReadOnlyStoreError):
            GeoPackageStore(tmp_path / "missing.gpkg", read_only=True)
        with pytest.raises(StoreError, match="no notes store"):
            GeoPackageStore(tmp_path / "missing.gpkg", create=False)
        assert not (tmp_path / "missing.gpkg").exists()
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_file_that_needs_an_upgrade_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "old.gpkg"
    _store_with_a_note(path)
    con = sqlite3.connect(path)
    con.execute("DELETE FROM schema_version")  # looks like a store from before migration 1
    con.commit()
    con.close()
    os.chmod(path, stat.S_IRUSR)
    try:
        with pytest.raises(ReadOnlyStoreError, match="upgraded"):
            open_store(path)
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_locked_store_gives_a_clear_error(tmp_path):
    path = tmp_path / "busy.gpkg"
    _store_with_a_note(path)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked"):
            with GeoPackageStore(path, timeout=0.2) as store:
                store.add_note(Note("x"))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_writes_work_after_qgis_added_a_spatial_index(tmp_path):
    ogr = pytest.importorskip("osgeo.ogr", reason="GDAL Python bindings (python3-gdal) absent")
    path = tmp_path / "indexed.gpkg"
    _store_with_a_note(path)
    ds = ogr.Open(str(path), 1)
    ds.ExecuteSQL("SELECT CreateSpatialIndex('note_links', 'geom')")
    ds = None
    with open_store(path) as store:
        note = store.add_note(
            Note("ny", links=[NoteLink("ds", "0115", shapely.Point(10, 20).wkb, "Vallentuna")])
        )
        store.link(note.uuid, "ds", "0116", shapely.Point(30, 40).wkb)
        store.link(note.uuid, "ds", "0117", None)
        store.relink("ds", {"0116": (shapely.Point(31, 41).wkb, "flyttad")})
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("note_links")
    layer.SetSpatialFilterRect(30, 40, 32, 42)
    assert [f.GetField("feature_key") for f in layer] == ["0116"]
    con = sqlite3.connect(path)
    assert con.execute("SELECT COUNT(*) FROM rtree_note_links_geom").fetchone()[0] == 3


def test_open_store_picks_the_backend(tmp_path, monkeypatch):
    from RegionAtlas.regionatlas.notes.postgis import PostGISStore

    monkeypatch.chdir(tmp_path)
    assert isinstance(open_store("local.gpkg"), GeoPackageStore)
    assert isinstance(open_store(str(tmp_path / "sub.notes")), GeoPackageStore)
    calls = []
    monkeypatch.setattr(PostGISStore, "__init__", lambda self, t, **kw: calls.append(t))
    open_store("host=db dbname=plan")
    open_store("postgresql://db/plan")
    open_store("regionatlas")
    assert calls == ["host=db dbname=plan", "postgresql://db/plan", "regionatlas"]


def test_refuses_foreign_tables_that_only_share_our_names(tmp_path):
    path = tmp_path / "lookalike.gpkg"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE schema_version (version INTEGER)")
    con.execute("CREATE TABLE store_info (key TEXT, value TEXT)")
    con.execute("INSERT INTO store_info VALUES ('application', 'someone else')")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(NotANotesStoreError, match="not a RegionAtlas notes store"):
        open_store(path)
    assert _digest(path) == before
