"""Pure helpers of the notes UI and report: matrix placement, report grouping, dock state."""

from __future__ import annotations

import io

from RegionAtlas.regionatlas.notes import Stakeholder
from RegionAtlas.regionatlas.notes.dockstate import (
    DockState,
    default_store_path,
    key_field_candidates,
    label_expression,
    store_for_project,
    store_from_project,
)
from RegionAtlas.regionatlas.notes.report import (
    NO_PLACE,
    group_rows,
    matrix_points,
    matrix_svg,
    quadrant,
    write_report_html,
)


def test_quadrants_split_at_three():
    assert quadrant(interest=5, influence=5) == "Manage closely"
    assert quadrant(interest=1, influence=4) == "Keep satisfied"
    assert quadrant(interest=3, influence=2) == "Keep informed"
    assert quadrant(interest=2, influence=2) == "Monitor"


def test_matrix_points_spread_ties_deterministically():
    people = [Stakeholder("B", interest=4, influence=4), Stakeholder("A", interest=4, influence=4),
              Stakeholder("C", interest=1, influence=5)]  # fmt: skip
    points = matrix_points(people)
    assert [p.label for p in points] == ["A", "B", "C"]
    a, b, c = points
    assert (a.x, a.y) != (b.x, b.y) and abs(a.x - 4) < 0.3 and abs(b.y - 4) < 0.3
    assert (c.x, c.y) == (1, 5)
    assert matrix_points(reversed(people)) == points
    svg = matrix_svg(points)
    assert svg.startswith("<svg") and svg.count("<circle") == 3 and ">C</text>" in svg


def rows():
    base = dict(dataset_key="ogr:k.gpkg|k", geometry_wkb=b"x", organisation=None, kind="möte",
                stance="oro", status="klar", author=None)  # fmt: skip
    return [
        {**base, "note_uuid": "1", "theme": "energi", "feature_key": "01", "label": "Norrby",
         "created": "2026-01-01", "text": "äldst"},
        {**base, "note_uuid": "2", "theme": "energi", "feature_key": "01", "label": "Norrby",
         "created": "2026-05-01", "text": "nyast <b>"},
        {**base, "note_uuid": "3", "theme": "bostad", "feature_key": "02", "label": None,
         "created": "2026-02-01", "text": "utan etikett"},
        {**base, "note_uuid": "4", "theme": "bostad", "dataset_key": None, "feature_key": None,
         "label": None, "created": "2026-03-01", "text": "ingen plats"},
    ]  # fmt: skip


def test_group_rows_by_theme_then_place_newest_first():
    groups = group_rows(rows())
    assert list(groups) == ["bostad", "energi"]  # vocabulary order
    assert list(groups["bostad"]) == ["02", NO_PLACE]  # label, else key; no place last
    assert [r["text"] for r in groups["energi"]["Norrby"]] == ["nyast <b>", "äldst"]
    assert "geometry_wkb" not in groups["energi"]["Norrby"][0]


def test_report_html_escapes_and_counts():
    out = io.StringIO()
    n = write_report_html(out, group_rows(rows()), [Stakeholder("Org <x>")], matrix="<svg/>")
    text = out.getvalue()
    assert n == 4
    assert "nyast &lt;b&gt;" in text and "Org &lt;x&gt;" in text and "<svg/>" in text
    assert "4 notes on 2 places from 1 stakeholder." in text  # not "1 stakeholders"


def test_dock_state_round_trip_and_filter():
    state = DockState("notes.gpkg", {"ogr:k.gpkg|k": "kommunkod"}, {"theme": "energi"}, " vind ")
    again = DockState.from_json(state.to_json())
    assert again == state
    flt = again.note_filter()
    assert flt.theme == "energi" and flt.text == "vind" and flt.kind is None
    assert DockState.from_json("not json") == DockState()
    assert DockState.from_json('{"filters": {"evil": "x", "kind": ""}}').filters == {}


def test_store_paths(tmp_path):
    project = tmp_path / "plan" / "region.qgz"
    assert default_store_path(str(project)) == tmp_path / "plan" / "region_notes.gpkg"
    assert default_store_path("") is None
    inside = str(tmp_path / "plan" / "data" / "n.gpkg")
    kept = store_for_project(inside, str(project))
    assert kept == "data/n.gpkg"
    assert store_from_project(kept, str(project)) == str(
        (tmp_path / "plan" / "data" / "n.gpkg").resolve()
    )
    assert store_for_project("pgconn:team", str(project)) == "pgconn:team"
    assert store_for_project("/elsewhere/n.gpkg", str(project)) == "/elsewhere/n.gpkg"


def test_key_field_candidates():
    fields = [
        ("fid", [1, 2, 3]),
        ("namn", ["A", "A", "B"]),
        ("nr", [1, 2, 3]),
        ("kommunkod", ["0501", "0502", "0503"]),
        ("tatort_id", ["x", "y", "z"]),
        ("lanskod", ["05", "05", "06"]),
        ("tom", ["a", None, "c"]),
    ]
    assert key_field_candidates(fields) == ["kommunkod", "tatort_id", "nr"]
    assert key_field_candidates([("ra_uuid", ["u1", "u2"]), ("kod", ["1", "2"])])[0] == "ra_uuid"


def test_label_expression_prefers_names_over_keys():
    names = ["kommunkod", "namn", "lanskod"]
    assert label_expression('"kommunkod"', names, "kommunkod") == '"namn"'
    assert label_expression("", names, "kommunkod") == '"namn"'
    assert label_expression("\"namn\" || ' kommun'", names, "kommunkod").startswith('"namn" ||')
    assert label_expression("", ["kod"], "kod") == '"kod"'
