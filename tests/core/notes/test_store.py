"""Core behaviour of the notes store, run identically against GeoPackage and PostGIS."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.notes import (
    ANONYMISED,
    EXPORT_COLUMNS,
    LATEST_VERSION,
    ConflictError,
    Engagement,
    Note,
    NoteFilter,
    NoteLink,
    NotFoundError,
    Stakeholder,
    StoreError,
)

DS = "kommuner.gpkg|layername=kommuner"
POINT = shapely.Point(674032.5, 6580821.25).wkb
POLY = shapely.Polygon([(0, 0), (10, 0), (10, 10), (0, 0)]).wkb


def _note(text="Oro för trafiken", **kw) -> Note:
    return Note(text=text, **kw)


def test_new_store_has_latest_schema_and_reopens(open_test_store):
    store = open_test_store()
    assert store.schema_version == LATEST_VERSION
    assert store.srid == 3006
    store.add_note(_note())
    again = open_test_store()  # migrations are idempotent on reopen
    assert again.schema_version == LATEST_VERSION
    assert again.count_notes() == 1


def test_stakeholder_crud_and_validation(store):
    s = store.add_stakeholder(
        Stakeholder("Länsstyrelsen i Uppsala län", "länsstyrelse", "planhandläggare", 4, 5)
    )
    assert s.created and s.updated
    got = store.get_stakeholder(s.uuid)
    assert got == s
    s2 = store.update_stakeholder(replace(got, interest=2, involvement="samråd i maj"))
    assert store.get_stakeholder(s.uuid).interest == 2
    assert store.get_stakeholder(s.uuid).involvement == "samråd i maj"
    assert [x.uuid for x in store.list_stakeholders()] == [s2.uuid]
    with pytest.raises(InputError, match="type"):
        store.add_stakeholder(Stakeholder("X", "företag"))
    with pytest.raises(InputError, match="interest"):
        store.add_stakeholder(Stakeholder("X", "kommun", interest=6))
    with pytest.raises(NotFoundError):
        store.get_stakeholder("nope")
    with pytest.raises(NotFoundError):
        store.update_stakeholder(Stakeholder("Ghost", "kommun"))


def test_note_crud_with_links_and_geometry_copy(store):
    note = store.add_note(
        _note(
            theme="kollektivtrafik",
            kind="intervju",
            stance="oro",
            status="att göra",
            author="planerare",
            links=[NoteLink(DS, "0114", POINT, "Upplands Väsby"), NoteLink(DS, "0115", POLY)],
        )
    )
    assert note.version == 1
    got = store.get_note(note.uuid)
    assert got.text == note.text and got.version == 1 and got.theme == "kollektivtrafik"
    assert [(lk.feature_key, lk.label) for lk in got.links] == [
        ("0114", "Upplands Väsby"),
        ("0115", None),
    ]
    assert got.links[0].geometry_wkb == POINT  # exact WKB round trip
    assert shapely.from_wkb(got.links[1].geometry_wkb).equals(shapely.from_wkb(POLY))

    saved = store.update_note(replace(got, text="Ny text", stance="konflikt"))
    assert saved.version == 2
    again = store.get_note(note.uuid)
    assert (again.text, again.stance, again.version) == ("Ny text", "konflikt", 2)
    assert len(again.links) == 2  # update_note leaves links alone

    store.delete_note(note.uuid, expected_version=2)
    with pytest.raises(NotFoundError):
        store.get_note(note.uuid)
    assert store.links_for_note(note.uuid) == []
    assert store.note_counts(DS) == {}


def test_note_validation(store):
    with pytest.raises(InputError, match="theme"):
        store.add_note(_note(theme="sport"))
    with pytest.raises(InputError, match="empty"):
        store.add_note(_note("   "))
    with pytest.raises(InputError, match="stakeholder"):
        store.add_note(_note(stakeholder_uuid="no-such"))
    with pytest.raises(InputError, match="feature key"):
        store.add_note(_note(links=[NoteLink(DS, "")]))
    with pytest.raises(InputError, match="WKB"):
        store.add_note(_note(links=[NoteLink(DS, "1", b"not wkb")]))
    assert store.count_notes() == 0


def test_notes_for_feature_newest_first_counts_and_links(store):
    a = store.add_note(_note("äldst", created="2026-01-01T00:00:00.000000Z"))
    b = store.add_note(_note("nyast", created="2026-03-01T00:00:00.000000Z"))
    c = store.add_note(_note("mitten", created="2026-02-01T00:00:00.000000Z"))
    for n in (a, b, c):
        store.link(n.uuid, DS, "0114", POINT, "Väsby")
    store.link(a.uuid, DS, "0115", POLY, "Vallentuna")
    store.link(a.uuid, "other", "0114")
    assert [n.text for n in store.notes_for_feature(DS, "0114")] == ["nyast", "mitten", "äldst"]
    assert store.note_counts(DS) == {"0114": 3, "0115": 1}
    # relinking the same feature refreshes the copy instead of duplicating
    store.link(a.uuid, DS, "0115", POINT, "Vallentuna kommun")
    assert store.note_counts(DS)["0115"] == 1
    assert [lk.label for lk in store.links_for_note(a.uuid) if lk.feature_key == "0115"] == [
        "Vallentuna kommun"
    ]
    assert store.unlink(a.uuid, "other", "0114") is True
    assert store.unlink(a.uuid, "other", "0114") is False
    features = store.linked_features(DS)
    assert [(f.feature_key, f.label) for f in features] == [
        ("0114", "Väsby"),
        ("0115", "Vallentuna kommun"),
    ]
    with pytest.raises(NotFoundError):
        store.link("no-such-note", DS, "1")
    # filters combine with the feature
    assert [n.text for n in store.notes_for_feature(DS, "0114", NoteFilter(text="MITT"))] == [
        "mitten"
    ]


def test_filters(store):
    s1 = store.add_stakeholder(Stakeholder("Uppsala kommun", "kommun"))
    s2 = store.add_stakeholder(Stakeholder("Trafikverket", "statlig myndighet"))
    store.add_note(_note("Bostäder vid STATIONEN", theme="bostad", stakeholder_uuid=s1.uuid))
    store.add_note(
        _note("Ökad turtäthet önskas", theme="kollektivtrafik", kind="remiss", stance="stöd",
              stakeholder_uuid=s2.uuid, status="klar")
    )  # fmt: skip
    store.add_note(_note("100% andel_spår", theme="infrastruktur", author="Anna"))
    store.add_note(_note("ÅÄÖ versaler", theme="klimat", kind="workshop"))

    def texts(**kw):
        return sorted(n.text for n in store.list_notes(NoteFilter(**kw)))

    assert texts(theme="bostad") == ["Bostäder vid STATIONEN"]
    assert len(texts(theme=["bostad", "klimat"])) == 2
    assert texts(stakeholder_uuid=s2.uuid) == ["Ökad turtäthet önskas"]
    assert texts(kind="workshop") == ["ÅÄÖ versaler"]
    assert texts(stance="stöd") == ["Ökad turtäthet önskas"]
    assert texts(status="klar") == ["Ökad turtäthet önskas"]
    assert texts(text="stationen") == ["Bostäder vid STATIONEN"]
    assert texts(text="ÖKAD") == ["Ökad turtäthet önskas"]  # Swedish letters fold
    assert texts(text="åäö") == ["ÅÄÖ versaler"]
    assert texts(text="anna") == ["100% andel_spår"]  # author is searched too
    assert texts(text="%") == ["100% andel_spår"]  # LIKE wildcards are literal
    assert texts(text="d_l") == []  # "_" is no wildcard ("del" would match)
    assert texts(theme="bostad", text="Ökad") == []
    assert texts(theme=[]) == []
    assert len(store.list_notes(limit=2)) == 2
    assert len(store.list_notes(limit=2, offset=3)) == 1


def test_conflict_between_two_sessions_shows_both_texts(open_test_store):
    alice, bob = open_test_store(), open_test_store()
    note = alice.add_note(_note("Ursprunglig text"))
    a_copy, b_copy = alice.get_note(note.uuid), bob.get_note(note.uuid)
    alice.update_note(replace(a_copy, text="Alices version"))
    with pytest.raises(ConflictError) as info:
        bob.update_note(replace(b_copy, text="Bobs version"))
    err = info.value
    assert "Alices version" in str(err) and "Bobs version" in str(err)
    assert (err.mine, err.theirs, err.expected_version, err.current_version) == (
        "Bobs version",
        "Alices version",
        1,
        2,
    )
    assert bob.get_note(note.uuid).text == "Alices version"
    # delete over a newer version is refused too; on the current version it works
    with pytest.raises(ConflictError):
        bob.delete_note(note.uuid, expected_version=1)
    bob.delete_note(note.uuid, expected_version=2)
    with pytest.raises(ConflictError, match="deleted"):
        alice.update_note(replace(a_copy, version=2, text="för sent"))


def test_batch_is_all_or_nothing(store):
    keep = store.add_note(_note("finns kvar"))
    with pytest.raises(RuntimeError, match="boom"):
        with store.batch():
            store.add_note(_note("ska bort"))
            store.update_note(replace(keep, text="ändrad"))
            store.link(keep.uuid, DS, "1")
            raise RuntimeError("boom")
    assert [n.text for n in store.list_notes()] == ["finns kvar"]
    assert store.get_note(keep.uuid).version == 1
    assert store.links_for_note(keep.uuid) == []
    with store.batch():
        store.add_note(_note("a"))
        store.add_note(_note("b"))
    assert store.count_notes() == 3


ODD_TEXTS = [
    "It's \"quoted\" and 'single' and `back`",
    "'; DROP TABLE notes; --",
    "Robert'); DROP TABLE stakeholders;--",
    "?? %s %(x)s $1 \\ \\\\ ' \" ;",
    "emoji 🙂🏘️🚆👩‍👩‍👧 flags 🇸🇪",
    "Svenska: åäö ÅÄÖ é ü – “citat” «x» ½",
    "rad1\nrad2\r\nrad3\ttab",
    "x" * 100_000,
    ("Länsstyrelsen ser en konflikt 🚧 i 'korridoren'; " * 2100)[:100_000],
]


@pytest.mark.parametrize("text", ODD_TEXTS, ids=lambda t: re.sub(r"\W", "_", t[:12]))
def test_odd_text_round_trips_exactly(store, text):
    s = store.add_stakeholder(Stakeholder(text, "övrigt", contact_role=text, involvement=text))
    note = store.add_note(
        _note(text, author=text, stakeholder_uuid=s.uuid, links=[NoteLink(text, text, None, text)])
    )
    got = store.get_note(note.uuid)
    assert got.text == text and got.author == text
    assert got.links[0].dataset_key == text
    assert got.links[0].feature_key == text
    assert got.links[0].label == text
    st = store.get_stakeholder(s.uuid)
    assert (st.organisation, st.contact_role, st.involvement) == (text, text, text)
    assert [n.uuid for n in store.notes_for_feature(text, text)] == [note.uuid]
    assert [n.uuid for n in store.list_notes(NoteFilter(text=text[:500]))] == [note.uuid]
    updated = store.update_note(replace(got, text=text + "!"))
    assert store.get_note(note.uuid).text == text + "!"
    assert updated.version == 2
    rows = list(store.export_rows())
    assert rows[0]["text"] == text + "!" and rows[0]["organisation"] == text
    # the tables are all still there
    assert store.count_notes() == 1 and len(store.list_stakeholders()) == 1


def test_engagement_and_stakeholder_delete(store):
    s = store.add_stakeholder(Stakeholder("Region Uppsala", "region"))
    other = store.add_stakeholder(Stakeholder("Enköpings kommun", "kommun"))
    e2 = store.add_engagement(Engagement(s.uuid, "2026-05-02", "workshop om stråk", 3))
    e1 = store.add_engagement(Engagement(s.uuid, "2026-02-10", "informationsmöte", 1))
    store.add_engagement(Engagement(other.uuid, "2026-01-01", "remiss", 2))
    assert [e.uuid for e in store.list_engagement(s.uuid)] == [e1.uuid, e2.uuid]
    assert len(store.list_engagement()) == 3
    with pytest.raises(InputError, match="date"):
        store.add_engagement(Engagement(s.uuid, "maj", "x"))
    with pytest.raises(InputError, match="stakeholder"):
        store.add_engagement(Engagement("ghost", "2026-01-01", "x"))
    store.delete_engagement(e1.uuid)
    with pytest.raises(NotFoundError):
        store.delete_engagement(e1.uuid)
    note = store.add_note(_note("från regionen", stakeholder_uuid=s.uuid))
    store.delete_stakeholder(s.uuid)
    kept = store.get_note(note.uuid)
    assert kept.stakeholder_uuid is None and kept.version == 2  # kept, and edits notice
    assert store.list_engagement(s.uuid) == []
    assert len(store.list_engagement()) == 1
    with pytest.raises(NotFoundError):
        store.delete_stakeholder(s.uuid)


def test_engagement_events_can_be_edited(store):
    s = store.add_stakeholder(Stakeholder("Region Uppsala", "region"))
    e = store.add_engagement(Engagement(s.uuid, "2026-05-02", "workshop om stråk", 3))
    other = store.add_engagement(Engagement(s.uuid, "2026-06-01", "remissvar", 2))
    changed = replace(e, date="2026-05-09", event="workshop om stråk och noder", level=4)
    store.update_engagement(changed)
    events = {x.uuid: x for x in store.list_engagement(s.uuid)}
    assert (events[e.uuid].date, events[e.uuid].event, events[e.uuid].level) == (
        "2026-05-09",
        "workshop om stråk och noder",
        4,
    )
    assert events[other.uuid] == other  # the other event is untouched
    with pytest.raises(InputError, match="date"):
        store.update_engagement(replace(e, date="nästa vecka"))
    with pytest.raises(NotFoundError):
        store.update_engagement(replace(e, uuid="ghost"))


def _people_store(store):
    s = store.add_stakeholder(
        Stakeholder(
            "Knivsta kommun",
            "kommun",
            "planchef",
            contact_name="Åsa Öberg",
            contact_email="asa.oberg@knivsta.se",
            involvement="ring ÅSA ÖBERG före samråd",
        )
    )
    unrelated = store.add_stakeholder(Stakeholder("Trafikverket", "statlig myndighet"))
    mentions = store.add_note(
        _note("Åsa Öberg berättade om pendlingen", links=[NoteLink(DS, "0187", None, "x")])
    )
    authored = store.add_note(_note("Stationsläget", author="åsa öberg"))
    by_mail = store.add_note(_note("Svar från asa.oberg@knivsta.se"))
    clean = store.add_note(_note("Inget personligt", author="planerare"))
    ev = store.add_engagement(Engagement(s.uuid, "2026-04-01", "möte med Åsa Öberg", 3))
    ev_clean = store.add_engagement(Engagement(s.uuid, "2026-04-02", "remiss", 2))
    store.link(clean.uuid, DS, "0188", None, "Gården hos Åsa Öberg")
    return s, unrelated, mentions, authored, by_mail, clean, ev, ev_clean


def test_erase_person(store):
    s, unrelated, mentions, authored, by_mail, clean, ev, ev_clean = _people_store(store)
    report = store.erase_person("Åsa Öberg", mode="erase")
    with pytest.raises(NotFoundError):
        store.get_note(mentions.uuid)
    assert store.links_for_note(mentions.uuid) == []
    a = store.get_note(authored.uuid)
    assert a.author is None and a.text == "Stationsläget" and a.version == 2
    assert store.get_note(by_mail.uuid).text == "Svar från asa.oberg@knivsta.se"  # name only
    assert store.get_note(clean.uuid).text == "Inget personligt"
    st = store.get_stakeholder(s.uuid)
    assert st.contact_name is None and st.organisation == "Knivsta kommun"
    assert st.involvement == f"ring {ANONYMISED} före samråd"
    assert st.contact_email == "asa.oberg@knivsta.se"
    assert [e.uuid for e in store.list_engagement()] == [ev_clean.uuid]
    assert store.links_for_note(clean.uuid)[0].label == f"Gården hos {ANONYMISED}"
    assert report.count("notes", "deleted") == 1
    assert report.count("notes", "cleared") == 1
    assert report.count("stakeholders") == 1
    assert report.count("engagement", "deleted") == 1
    assert report.count("note_links", "anonymised") == 1
    assert report.count() == 5
    assert "notes: 1 deleted" in report.summary()
    # then the e-mail: the last trace goes
    report2 = store.erase_person("ASA.OBERG@knivsta.se")
    assert store.get_stakeholder(s.uuid).contact_email is None
    with pytest.raises(NotFoundError):
        store.get_note(by_mail.uuid)
    assert report2.count() == 2
    assert store.erase_person("Åsa Öberg").changes == []
    assert store.get_stakeholder(unrelated.uuid).organisation == "Trafikverket"


def test_anonymise_person_keeps_records(store):
    s, _u, mentions, authored, by_mail, clean, ev, ev_clean = _people_store(store)
    report = store.erase_person("åsa öberg", mode="anonymise")
    assert store.get_note(mentions.uuid).text == f"{ANONYMISED} berättade om pendlingen"
    assert store.get_note(mentions.uuid).version == 2
    assert store.get_note(authored.uuid).author == ANONYMISED
    events = {e.uuid: e.event for e in store.list_engagement()}
    assert events[ev.uuid] == f"möte med {ANONYMISED}"
    assert store.get_stakeholder(s.uuid).contact_name is None
    assert store.count_notes() == 4  # none deleted
    assert report.count(action="deleted") == 0
    assert report.count() == 5
    assert not any("öberg" in (n.text + (n.author or "")).casefold() for n in store.list_notes())
    with pytest.raises(InputError):
        store.erase_person("Å")
    with pytest.raises(InputError):
        store.erase_person("Åsa Öberg", mode="shred")


def test_relink_matches_by_key_and_reports_the_rest(store):
    n1 = store.add_note(_note("a", links=[NoteLink(DS, "0114", POINT, "gammal")]))
    n2 = store.add_note(_note("b", links=[NoteLink(DS, "0114", POINT), NoteLink(DS, "0999")]))
    n3 = store.add_note(_note("c", links=[NoteLink(DS, "0115", POINT, "Vallentuna")]))
    new_geom = shapely.Point(1, 2).wkb
    report = store.relink(DS, {"0114": (new_geom, "Upplands Väsby"), "0120": (None, "Värmdö")})
    assert report.matched == ["0114"]
    assert report.unmatched == ["0115", "0999"]
    assert report.unmatched_notes == sorted([n2.uuid, n3.uuid])
    assert report.links_updated == 2 and report.new_features == 1
    lk = store.links_for_note(n1.uuid)[0]
    assert (lk.label, lk.geometry_wkb) == ("Upplands Väsby", new_geom)
    # unmatched links keep their old copy
    assert store.links_for_note(n3.uuid)[0].label == "Vallentuna"
    # moving to a re-imported layer with a new data source
    report = store.relink(DS, {"0115": (POINT, "Vallentuna"), "0114": (None, "V")}, "ny_källa")
    assert report.matched == ["0114", "0115"] and report.unmatched == ["0999"]
    assert store.note_counts("ny_källa") == {"0114": 2, "0115": 1}
    assert store.note_counts(DS) == {"0999": 1}
    assert store.links_for_note(n1.uuid)[0].geometry_wkb is None


def test_export_rows(store):
    s = store.add_stakeholder(Stakeholder("Region Uppsala", "region"))
    store.add_note(
        _note("två länkar", stakeholder_uuid=s.uuid, created="2026-02-01T00:00:00.000000Z",
              links=[NoteLink(DS, "1", POINT, "A"), NoteLink("x", "2", POLY, "B")])
    )  # fmt: skip
    store.add_note(_note("utan länk", created="2026-01-01T00:00:00.000000Z", theme="energi"))
    rows = list(store.export_rows())
    assert [tuple(r) for r in rows] == [EXPORT_COLUMNS] * 3
    assert [(r["text"], r["feature_key"]) for r in rows] == [
        ("två länkar", "1"),
        ("två länkar", "2"),
        ("utan länk", None),
    ]
    assert rows[0]["organisation"] == "Region Uppsala" and rows[0]["geometry_wkb"] == POINT
    assert rows[2]["geometry_wkb"] is None
    only = list(store.export_rows(NoteFilter(dataset_key=DS)))
    assert [(r["text"], r["feature_key"]) for r in only] == [("två länkar", "1")]
    assert [r["text"] for r in store.export_rows(NoteFilter(theme="energi"))] == ["utan länk"]


def test_export_csv_writes_the_export_rows_as_csv(store):
    """export_csv: a header of the columns without geometry, then each export row as
    csv.writer writes it (NULL and "" alike empty), in both backends."""
    import csv
    import io

    from RegionAtlas.regionatlas.notes.export_csv import CSV_COLUMNS

    s = store.add_stakeholder(Stakeholder('Region, "Uppsala"', "region"))
    store.add_note(
        _note("rad 1\nrad 2, \"citat\"\tflik \\N", stakeholder_uuid=s.uuid, author="",
              created="2026-02-01T00:00:00.000000Z", links=[NoteLink(DS, "1", POINT, "")])
    )  # fmt: skip
    store.add_note(_note("utan länk åäö", created="2026-01-01T00:00:00.000000Z", theme="energi"))
    out = io.BytesIO()
    assert store.export_csv(out) == 2
    data = out.getvalue()
    assert data.startswith(",".join(CSV_COLUMNS).encode() + b"\r\n") and data.endswith(b"\r\n")
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    expected = [
        ["" if r[c] is None else str(r[c]) for c in CSV_COLUMNS] for r in store.export_rows()
    ]
    assert parsed == [list(CSV_COLUMNS), *expected]
    assert parsed[1][CSV_COLUMNS.index("organisation")] == 'Region, "Uppsala"'
    only = io.BytesIO()
    assert store.export_csv(only, NoteFilter(theme="energi")) == 1
    assert b"utan l\xc3\xa4nk" in only.getvalue() and b"rad 1" not in only.getvalue()


def test_closed_store_refuses(open_test_store):
    store = open_test_store()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.list_notes()


def test_core_imports_no_qgis_or_qt():
    pkg = Path(__file__).resolve().parents[3] / "regionatlas" / "notes"
    for path in pkg.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+(qgis|PyQt|PySide)", source, re.M), path


def test_a_failed_write_dooms_the_whole_batch(store):
    keep = store.add_note(_note("finns kvar"))
    with pytest.raises(StoreError, match="none of the batch was saved"):
        with store.batch():
            store.update_note(replace(keep, text="ändrad"))
            with pytest.raises(InputError):  # refused by the database (foreign key)
                store.add_notes([_note("x", stakeholder_uuid="no-such-stakeholder")])
            store.add_note(_note("efter felet"))
    assert [(n.text, n.version) for n in store.list_notes()] == [("finns kvar", 1)]
    store.add_note(_note("sedan går det bra"))  # the store is usable afterwards
    assert store.count_notes() == 2


def test_created_must_be_iso(store):
    with pytest.raises(InputError, match="ISO"):
        store.add_note(_note(created="22/11/2026"))
    assert store.add_note(_note(created="2026-11-22")).created == "2026-11-22"


_any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=300,
).filter(str.strip)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_any_text, key=_any_text)
def test_any_unicode_text_round_trips(store, text, key):
    note = store.add_note(_note(text, author=text, links=[NoteLink(key, key, None, text)]))
    got = store.get_note(note.uuid)
    assert (got.text, got.author, got.links[0].feature_key, got.links[0].label) == (
        text,
        text,
        key,
        text,
    )
    assert note.uuid in {n.uuid for n in store.notes_for_feature(key, key)}
    assert note.uuid in {n.uuid for n in store.list_notes(NoteFilter(text=text))}


@pytest.mark.parametrize("bad", ["nul\x00byte", "lone \ud800 surrogate"])
def test_text_that_cannot_be_stored_is_refused_clearly(store, bad):
    with pytest.raises(InputError):
        store.add_note(_note(bad))
    with pytest.raises(InputError):
        store.add_stakeholder(Stakeholder(bad, "kommun"))
    with pytest.raises(InputError):
        store.add_note(_note("ok", links=[NoteLink(DS, bad)]))
    assert store.count_notes() == 0


def test_a_new_migration_is_applied_on_open_and_older_code_then_refuses(
    open_test_store, monkeypatch
):
    from RegionAtlas.regionatlas.notes import SchemaTooNewError, schema

    store = open_test_store()
    store.add_note(_note("före uppgraderingen"))
    store.close()
    extra = schema.Migration(
        LATEST_VERSION + 1,
        "index on status (test)",
        (schema.CreateIndex("notes_status_test_idx", "notes", ("status",)),),
    )
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, extra))
        m.setattr(schema, "LATEST_VERSION", LATEST_VERSION + 1)
        upgraded = open_test_store()
        assert upgraded.schema_version == LATEST_VERSION + 1
        assert [n.text for n in upgraded.list_notes()] == ["före uppgraderingen"]
        upgraded.close()
    with pytest.raises(SchemaTooNewError, match=f"version {LATEST_VERSION + 1}"):
        open_test_store()
