"""regionatlas:exportnotes from PostGIS: the CSV is byte for byte the CSV of the cursor path.

The PostGIS store reads its export through ``COPY ... TO STDOUT`` (regionatlas/notes/postgis.py)
for speed; the user's CSV must not change by a byte because of it, whatever the notes hold:
commas, quotes, newlines, carriage returns, tabs, backslashes (also ``\\N`` and ``\\x41`` as
text), Swedish letters, NULLs and empty strings, in every geometry option of the CSV.
"""

from __future__ import annotations

import csv
import io

import pytest

pytestmark = pytest.mark.postgis

TRICKY_TEXTS = (
    'Oro, "buller" och trafik; stråket Gävle–Sandviken',
    "rad 1\nrad 2\r\nrad 3\rslut",
    "flik\tmitt i\t",
    "bak\\snedstreck \\N \\x41 \\\\ \\t slut\\",
    "\\N",
    '"',
    " inledande och avslutande blanksteg ",
    "åäö ÅÄÖ é ü ☃ – „citat”",
)


@pytest.fixture
def tricky_store(pg_dsn, sample):
    """A PostGIS store (schema ``regionatlas``, what STORE=<conninfo> opens) whose notes hold
    every kind of value that CSV quoting or COPY escaping treats specially."""
    import psycopg
    import shapely
    from qgis.core import QgsProject, QgsVectorLayer
    from RegionAtlas.processing.notes_features import FeatureCopier, layer_dataset_key
    from RegionAtlas.regionatlas.notes import Note, NoteLink, Stakeholder, open_store

    # owned by the project (a Python-owned OGR layer outliving QGIS crashes the test process)
    layer = QgsVectorLayer(f"{sample['gpkg']}|layername=kommuner", "kommuner", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer, False)
    try:
        with open_store(pg_dsn) as store:
            odd = store.add_stakeholder(Stakeholder('Gävle\tkommun\\, "norr"', "kommun"))
            plain = store.add_stakeholder(Stakeholder("Region Exempel", "region"))
            copier = FeatureCopier(layer, "kommunkod", store.srid)
            key = layer_dataset_key(layer)
            links = []
            for feature in list(layer.getFeatures())[:3]:
                k, wkb, label = copier.copy(feature)
                links.append(NoteLink(key, k, wkb, label))
            point = shapely.Point(612345.678, 6712345.123).wkb
            for i, text in enumerate(TRICKY_TEXTS):
                place = [links[i % 3]] if i % 4 != 3 else []
                if i == 1:
                    place.append(NoteLink('lager, med "komma"', "0114", point, ""))
                if i == 2:
                    place.append(NoteLink("ds\\tab", "a\tb", None, ""))
                store.add_note(
                    Note(
                        text,
                        "bostad",
                        "intervju",
                        "oro",
                        stakeholder_uuid=(odd if i % 2 else plain).uuid if i != 5 else None,
                        author=("" if i % 3 == 0 else f'planerare {i}, "{text[:5]}"'),
                        created=f"2026-0{1 + i % 9}-01T10:00:00.{i:06d}Z",
                        links=place,
                    )
                )
        yield pg_dsn
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
        with psycopg.connect(pg_dsn, autocommit=True) as conn:
            conn.execute("DROP SCHEMA IF EXISTS regionatlas CASCADE")


def export(run_alg, target: str, folder, name: str, choice: int) -> bytes:
    """The CSV that regionatlas:exportnotes writes with CSV_GEOMETRY=choice."""
    out = folder / f"{name}.csv"
    results, _ = run_alg(
        "regionatlas:exportnotes",
        {
            "STORE": target,
            "OUTPUT": str(folder / f"{name}.gpkg"),
            "CSV": str(out),
            "CSV_GEOMETRY": choice,
        },
    )
    assert results["COUNT"] == len(TRICKY_TEXTS) + 2  # two notes on two places
    return out.read_bytes()


@pytest.mark.parametrize("choice", [0, 1, 2])
def test_postgis_export_csv_is_byte_for_byte_the_cursor_paths(
    run_alg, tricky_store, tmp_path, monkeypatch, choice
):
    """Point, WKT and no geometry: the CSV through COPY (rows, or the server's own CSV
    without geometry) is the CSV through psycopg's cursor and Python's csv.writer."""
    from RegionAtlas.regionatlas.notes._sql import SqlNotesRepository
    from RegionAtlas.regionatlas.notes.postgis import PostGISStore
    from RegionAtlas.regionatlas.notes.repository import NotesRepository

    fast = export(run_alg, tricky_store, tmp_path, "copy", choice)
    with monkeypatch.context() as m:
        m.setattr(PostGISStore, "export_rows", SqlNotesRepository.export_rows)
        m.setattr(PostGISStore, "export_csv", NotesRepository.export_csv)
        plain = export(run_alg, tricky_store, tmp_path, "cursor", choice)
    assert fast == plain
    # and the CSV holds the values themselves (not, say, two equally empty files)
    rows = list(csv.DictReader(io.StringIO(fast.decode("utf-8"), newline="")))
    assert {r["text"] for r in rows} == set(TRICKY_TEXTS)
    assert 'Gävle\tkommun\\, "norr"' in {r["organisation"] for r in rows}
    assert b"\r\n" in fast and fast.count(b'"') > 10


def test_csv_without_geometry_is_the_point_csv_without_x_and_y(run_alg, tricky_store, tmp_path):
    """The CSV without geometry (written by the store, on PostGIS by the server) is byte for
    byte what the algorithm's own csv.writer writes for the same rows, shown here by the
    point CSV (written row by row by the algorithm) without its last two columns."""
    points = export(run_alg, tricky_store, tmp_path, "points", 0)
    bare = export(run_alg, tricky_store, tmp_path, "bare", 2)
    records = list(csv.reader(io.StringIO(points.decode("utf-8"), newline="")))
    assert records[0][-2:] == ["x", "y"]
    expected = io.StringIO()
    csv.writer(expected).writerows(r[:-2] for r in records)
    assert bare == expected.getvalue().encode("utf-8")
