"""The docks are laid out in Qt Designer forms and their logic is in small modules (issue 11):
a designer changes a layout in the .ui file without reading Python."""

from __future__ import annotations

from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
#: Longest module in ui/ (issue 11: "no module over ~300 lines").
MAX_LINES = 300


def test_ui_modules_are_small():
    lengths = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in UI.glob("*.py")}
    assert "notes_dock.py" in lengths and "stakeholder_register.py" in lengths
    assert {name: n for name, n in lengths.items() if n > MAX_LINES} == {}


def test_forms_are_loaded_by_one_helper():
    loaders = [p.name for p in UI.glob("*.py") if "loadUiType" in p.read_text(encoding="utf-8")]
    assert loaders == ["forms.py"]


def test_register_widgets_come_from_its_form(qtbot):
    """Every widget of the register is the form's, apart from the two charts, which sit in
    the form's tabs."""
    from RegionAtlas.ui.stakeholder_register import StakeholderRegister

    register = StakeholderRegister()
    qtbot.addWidget(register)
    ui = register.ui
    for name in ("organisation", "type_combo", "role", "interest", "influence", "involvement",
                 "list", "save_button", "events", "event_text", "add_event_button",
                 "save_event_button", "delete_event_button", "store_button"):  # fmt: skip
        assert getattr(register, name) is getattr(ui, name), name
    assert ui.matrix_tab.isAncestorOf(register.matrix)
    assert ui.engagement_tab.isAncestorOf(register.timeline)
    assert [ui.events.horizontalHeaderItem(i).text() for i in range(3)] == [
        "Date",
        "Event",
        "Level",
    ]
    assert (register.interest.minimum(), register.interest.maximum()) == (1, 5)


def test_notes_dock_widgets_come_from_its_form(qgis_iface, qtbot):
    from RegionAtlas.ui.notes_dock import NotesDock

    dock = NotesDock(None)
    qtbot.addWidget(dock)
    try:
        for name in ("store_button", "key_combo", "note_list", "text_edit", "save_button",
                     "undo_button", "markers_button"):  # fmt: skip
            assert getattr(dock, name) is getattr(dock.ui, name), name
        assert dock.form_combos["theme"] is dock.ui.form_theme
        assert dock.filter_combos["theme"] is dock.ui.filter_theme
    finally:
        dock.cleanup()
