"""PostGIS backend against a real PostgreSQL 15 + PostGIS 3 server (see conftest.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
import shapely
from psycopg import sql
from RegionAtlas.regionatlas.notes import (
    LATEST_VERSION,
    ConnectionLostError,
    NotANotesStoreError,
    Note,
    NoteLink,
    SchemaTooNewError,
    Stakeholder,
    StoreError,
    open_store,
)
from RegionAtlas.regionatlas.notes.postgis import PostGISStore, normalise_conninfo

pytestmark = pytest.mark.postgis

HERE = Path(__file__).resolve().parent


def _terminate(dsn: str, pid: int) -> None:
    with psycopg.connect(dsn, autocommit=True) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]
    time.sleep(0.05)  # let the backend go


def test_geometry_column_is_postgis_in_the_store_srid(pg_dsn, pg_schema):
    with PostGISStore(pg_dsn, schema_name=pg_schema) as store:
        store.add_note(Note("x", links=[NoteLink("ds", "1", shapely.Point(1, 2).wkb, "a")]))
    with psycopg.connect(pg_dsn) as conn:
        row = conn.execute(
            "SELECT type, srid FROM geometry_columns WHERE f_table_schema = %s "
            "AND f_table_name = 'note_links'",
            (pg_schema,),
        ).fetchone()
        assert row == ("GEOMETRY", 3006)
        q = sql.SQL("SELECT ST_AsText(geom) FROM {}.note_links").format(sql.Identifier(pg_schema))
        assert conn.execute(q).fetchone()[0] == "POINT(1 2)"


def test_lost_connection_mid_edit_writes_nothing_and_retry_works(pg_dsn, pg_schema):
    store = PostGISStore(pg_dsn, schema_name=pg_schema)
    first = store.add_note(Note("första"))
    second = store.add_note(Note("andra"))
    edits = [replace(first, text="första, ändrad"), replace(second, text="andra, ändrad")]

    # the connection dies between two writes of one batch
    with pytest.raises(ConnectionLostError) as info:
        with store.batch():
            store.update_note(edits[0])
            _terminate(pg_dsn, store.backend_pid())
            store.update_note(edits[1])
    message = str(info.value)
    assert "lost" in message and "Nothing was saved" in message and pg_schema in message
    with PostGISStore(pg_dsn, schema_name=pg_schema) as other:
        assert sorted((n.text, n.version) for n in other.list_notes()) == [
            ("andra", 1),
            ("första", 1),
        ]

    # the connection dies while the form is open; the save fails cleanly, retry succeeds
    assert store.get_note(first.uuid).version == 1  # reconnects by itself
    _terminate(pg_dsn, store.backend_pid())
    with pytest.raises(ConnectionLostError):
        store.update_note(edits[0])
    with store.batch():  # same objects, same texts: nothing the user typed is lost
        for edit in edits:
            store.update_note(edit)
    with PostGISStore(pg_dsn, schema_name=pg_schema) as other:
        assert sorted((n.text, n.version) for n in other.list_notes()) == [
            ("andra, ändrad", 2),
            ("första, ändrad", 2),
        ]
    store.close()


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(ConnectionLostError, match="Cannot connect"):
        PostGISStore("host=127.0.0.1 port=1 dbname=x user=x", connect_timeout=2)


def test_refuses_a_foreign_schema(pg_dsn, pg_schema):
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(pg_schema)))
        conn.execute(
            sql.SQL("CREATE TABLE {}.parcels (id int, notes text)").format(
                sql.Identifier(pg_schema)
            )
        )
    with pytest.raises(NotANotesStoreError, match="parcels"):
        PostGISStore(pg_dsn, schema_name=pg_schema)
    with psycopg.connect(pg_dsn) as conn:
        tables = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
            (pg_schema,),
        ).fetchall()
    assert tables == [("parcels",)]


def test_refuses_a_newer_schema_and_says_which(pg_dsn, pg_schema):
    PostGISStore(pg_dsn, schema_name=pg_schema).close()
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(
            sql.SQL("INSERT INTO {}.schema_version VALUES (%s, %s, %s)").format(
                sql.Identifier(pg_schema)
            ),
            (LATEST_VERSION + 1, "2030-01-01T00:00:00Z", "future"),
        )
    with pytest.raises(SchemaTooNewError, match=f"schema version {LATEST_VERSION + 1}"):
        PostGISStore(pg_dsn, schema_name=pg_schema)


def test_connects_by_service_name(pg_dsn, pg_schema, tmp_path, monkeypatch):
    params = psycopg.conninfo.conninfo_to_dict(pg_dsn)
    service_file = tmp_path / "pg_service.conf"
    service_file.write_text(
        "[regionatlas_test]\n" + "".join(f"{k}={v}\n" for k, v in params.items())
    )
    monkeypatch.setenv("PGSERVICEFILE", str(service_file))
    assert normalise_conninfo("regionatlas_test") == "service=regionatlas_test"
    with open_store("regionatlas_test", schema_name=pg_schema) as store:
        store.add_stakeholder(Stakeholder("Region Uppsala", "region"))
        assert "service 'regionatlas_test'" in store.location
    with open_store("service=regionatlas_test", schema_name=pg_schema) as store:
        assert len(store.list_stakeholders()) == 1


def test_bad_schema_name_is_refused(pg_dsn):
    with pytest.raises(Exception, match="schema name"):
        PostGISStore(pg_dsn, schema_name='x"; DROP SCHEMA public; --')


def test_two_processes_1000_edits_each_on_overlapping_notes(pg_dsn, pg_schema, tmp_path, child_env):
    """Every successful save is present, every refused save was a conflict, nothing else."""
    store = PostGISStore(pg_dsn, schema_name=pg_schema)
    notes = [store.add_note(Note(f"not {i}", theme="bostad")) for i in range(10)]
    control = [store.add_note(Note(f"orörd {i}")) for i in range(5)]
    before_control = [(n.uuid, n.text, n.version) for n in control]
    uuids = [n.uuid for n in notes]
    sets = {"1": uuids[:7], "2": uuids[3:]}  # notes 3-6 are edited by both
    go = tmp_path / "go"
    procs, outs = [], {}
    for worker, seed in (("1", 11), ("2", 22)):
        outs[worker] = tmp_path / f"out{worker}.json"
        args = [pg_dsn, pg_schema, worker, "1000", str(seed), json.dumps(sets[worker])]
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    str(HERE / "_concurrency_worker.py"),
                    *args,
                    str(go),
                    str(outs[worker]),
                ],
                env=child_env,
            )  # fmt: skip
        )
    time.sleep(0.5)
    started = time.monotonic()
    go.touch()
    for p in procs:
        assert p.wait(timeout=120) == 0
    elapsed = time.monotonic() - started

    runs = {w: json.loads(outs[w].read_text()) for w in outs}
    # the two workers really ran at the same time
    assert max(r["start"] for r in runs.values()) < min(r["end"] for r in runs.values())
    results = {w: runs[w]["results"] for w in runs}
    all_results = results["1"] + results["2"]
    assert len(all_results) == 2000
    errors = [r for r in all_results if r[0] == "error"]
    assert errors == []
    ok = [r for r in all_results if r[0] == "ok"]
    conflicts = [r for r in all_results if r[0] == "conflict"]
    assert len(ok) + len(conflicts) == 2000

    by_note = defaultdict(list)
    for _, uuid, token, version, _based_on in ok:
        by_note[uuid].append((version, token))
    stored = {n.uuid: n for n in store.list_notes()}
    for note in notes:
        saves = sorted(by_note[note.uuid])
        versions = [v for v, _ in saves]
        # each reported save made exactly one new version, none made two, none is missing
        assert versions == list(range(2, 2 + len(saves))), note.uuid
        current = stored[note.uuid]
        assert current.version == 1 + len(saves)
        # the stored text is the original plus every successful token, in version order:
        # every success is present, no refused edit and nothing else got in
        assert current.text == note.text + "".join(f"\n{t}" for _, t in saves)
    conflict_tokens = {r[2] for r in conflicts}
    assert not any(t in stored[u].text.split("\n") for u in uuids for t in conflict_tokens)
    for uuid in uuids[:3] + uuids[7:]:  # edited by one worker only: never a conflict
        assert not [r for r in conflicts if r[1] == uuid]
    # notes nobody edited are untouched, and nothing was added or lost
    assert [(n.uuid, stored[n.uuid].text, stored[n.uuid].version) for n in control] == (
        before_control
    )
    assert len(stored) == 15
    shared = [r for r in all_results if r[1] in uuids[3:7]]
    print(
        f"\nconcurrency (PostGIS): 2 processes x 1000 edits on 10 notes (4 shared) in "
        f"{elapsed:.1f} s: {len(ok)} saved, {len(conflicts)} refused as conflicts "
        f"(all on the 4 shared notes: {len(shared)} edits there), 0 other errors; "
        f"per worker saved/conflicts: "
        + ", ".join(
            f"w{w} {sum(r[0] == 'ok' for r in results[w])}/"
            f"{sum(r[0] == 'conflict' for r in results[w])}"
            for w in ("1", "2")
        )
    )
    store.close()


def test_store_error_when_postgis_extension_cannot_be_created(pg_dsn):
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS nopostgis")
        conn.execute("DROP ROLE IF EXISTS plain_user")
        conn.execute("CREATE ROLE plain_user LOGIN")
        conn.execute("CREATE DATABASE nopostgis OWNER plain_user")
    params = psycopg.conninfo.conninfo_to_dict(pg_dsn)
    params.update(dbname="nopostgis", user="plain_user")
    dsn = psycopg.conninfo.make_conninfo(**params)
    try:
        with pytest.raises(StoreError, match="CREATE EXTENSION postgis"):
            PostGISStore(dsn)
    finally:
        with psycopg.connect(pg_dsn, autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS nopostgis")
            conn.execute("DROP ROLE IF EXISTS plain_user")


@pytest.mark.parametrize("batch", [1, 2, 3, 2000])
def test_copy_lines_whatever_the_batches_and_chunks(monkeypatch, batch):
    """COPY rows decoded in batches: every row once, in order, also when a row is split
    over chunks or a chunk holds several rows."""
    from RegionAtlas.regionatlas.notes import postgis

    monkeypatch.setattr(postgis, "COPY_BATCH_ROWS", batch)
    lines = [f"rad {i}\tåäö\\n{i}" for i in range(7)]
    data = "".join(f"{line}\n" for line in lines).encode("utf-8")
    for size in (1, 3, 11, len(data)):
        chunks = [memoryview(data[k : k + size]) for k in range(0, len(data), size)]
        assert list(postgis._copy_lines(iter(chunks))) == lines
    rows = [f"{line}\n".encode() for line in lines]
    assert list(postgis._copy_lines(iter(rows))) == lines


def test_copy_export_gives_the_rows_of_the_cursor_export(pg_dsn, pg_schema):
    """export_rows reads through COPY ... TO STDOUT: every value as the cursor path reads it,
    also text with tabs, newlines, backslashes, carriage returns, empty text and NULLs."""
    from RegionAtlas.regionatlas.notes import NoteFilter
    from RegionAtlas.regionatlas.notes._sql import SqlNotesRepository

    tricky = "rad 1\nrad 2\tflik \\ bak\\nslash\r\x0bvt å ä ö \\N \\x41 ☃"
    with PostGISStore(pg_dsn, schema_name=pg_schema) as store:
        s = store.add_stakeholder(Stakeholder("Gävle\tkommun\\", "kommun"))
        store.add_note(Note(tricky, author="", stakeholder_uuid=s.uuid))
        store.add_note(Note("två", links=[NoteLink("ds", "0114", shapely.Point(1, 2).wkb, "")]))
        store.add_note(Note("\\", links=[NoteLink("ds", "0115", None, None)]))
        for flt in (None, NoteFilter(dataset_key="ds")):
            fast = list(store.export_rows(flt))
            plain = list(SqlNotesRepository.export_rows(store, flt))
            assert fast == plain and len(plain) >= 2
            assert [[type(v) for v in r.values()] for r in fast] == [
                [type(v) for v in r.values()] for r in plain
            ]
        texts = {r["text"] for r in store.export_rows()}
        assert tricky in texts and "\\" in texts


#: Values that CSV quoting or COPY escaping treat specially.
TRICKY_VALUES = (
    'Oro, "buller" och trafik; stråket Gävle–Sandviken',
    "rad 1\nrad 2\r\nrad 3\rslut",
    "flik\tmitt i\t",
    "bak\\snedstreck \\N \\x41 \\\\ \\t slut\\",
    "\\N",
    '"',
    "\\.",
    " blanksteg ",
    "åäö ÅÄÖ é ü ☃ – „citat” \x0b\x01",
)


def test_server_csv_is_byte_for_byte_the_python_csv(pg_dsn, pg_schema):
    """export_csv lets PostgreSQL write the CSV; the bytes are those of csv.writer over the
    cursor path's rows: commas, quotes, CR/LF, tabs, backslashes, Swedish letters, NULLs
    and empty strings, with and without filters."""
    import io

    from RegionAtlas.regionatlas.notes import NoteFilter
    from RegionAtlas.regionatlas.notes._sql import SqlNotesRepository
    from RegionAtlas.regionatlas.notes.export_csv import write_rows

    with PostGISStore(pg_dsn, schema_name=pg_schema) as store:
        odd = store.add_stakeholder(Stakeholder('Gävle\tkommun\\, "norr"', "kommun"))
        for i, text in enumerate(TRICKY_VALUES):
            links = [] if i % 3 == 2 else [NoteLink("ds", f"0{i}", shapely.Point(i, 2).wkb, "")]
            if i == 1:
                links.append(NoteLink('lager, "två"', "a\tb", None, text))
            store.add_note(
                Note(
                    text,
                    "energi" if i % 2 else "bostad",
                    author="" if i % 2 else text,
                    stakeholder_uuid=odd.uuid if i % 3 else None,
                    created=f"2026-01-0{1 + i}T00:00:00.000000Z",
                    links=links,
                )
            )
        for flt in (None, NoteFilter(dataset_key="ds"), NoteFilter(theme="energi")):
            fast, plain = io.BytesIO(), io.BytesIO()
            count = store.export_csv(fast, flt)
            assert count == write_rows(plain, SqlNotesRepository.export_rows(store, flt)) > 0
            assert fast.getvalue() == plain.getvalue()
        every = io.BytesIO()
        store.export_csv(every)
        assert every.getvalue().count(b"\r\n") >= len(TRICKY_VALUES) + 2
        assert b'"rad 1\nrad 2\r\nrad 3\rslut"' in every.getvalue()


def test_snapshot_reads_one_state_while_others_save(pg_dsn, pg_schema):
    """Inside snapshot() every read sees the store as it was at the first read (an export
    writing its CSV and its layer in two reads gets the same notes in both)."""
    import io

    with (
        PostGISStore(pg_dsn, schema_name=pg_schema) as store,
        PostGISStore(pg_dsn, schema_name=pg_schema) as other,
    ):
        store.add_note(Note("först", links=[NoteLink("ds", "1", None, "A")]))
        with store.snapshot():
            before = list(store.export_rows())
            other.add_note(Note("under exporten"))
            csv_text = io.BytesIO()
            assert store.export_csv(csv_text) == 1
            assert list(store.export_rows()) == before and store.count_notes() == 1
        assert store.count_notes() == 2 and b"under exporten" not in csv_text.getvalue()
