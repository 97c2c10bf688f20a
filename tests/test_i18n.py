"""English and Swedish: every user-visible string is translated and the plugin follows QGIS."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
QM = REPO / "resources" / "i18n" / "RegionAtlas_sv.qm"


def i18n_script():
    spec = importlib.util.spec_from_file_location("ra_i18n", REPO / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_has_a_swedish_translation():
    tool = i18n_script()
    strings = tool.extract()
    translations = tool.read_ts()
    assert len(strings) > 100
    missing = tool.untranslated(strings, translations)
    assert missing == [], f"{len(missing)} untranslated, e.g. {missing[:3]}"


def test_placeholders_survive_translation():
    tool = i18n_script()
    pattern = re.compile(r"\{[a-z_0-9]*\}")
    for source, text in tool.read_ts().items():
        if text:
            assert sorted(pattern.findall(source)) == sorted(pattern.findall(text)), source


@pytest.fixture
def swedish_qgis():
    from qgis.PyQt.QtCore import QSettings

    settings = QSettings()
    old = (settings.value("locale/userLocale"), settings.value("locale/overrideFlag"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "sv_SE")
    yield
    settings.setValue("locale/userLocale", old[0] or "")
    settings.setValue("locale/overrideFlag", old[1] or False)
    from RegionAtlas.i18n import remove_translator

    remove_translator()


def test_plugin_follows_qgis_locale(swedish_qgis, qgis_iface):
    if not QM.exists():
        pytest.skip("translations not compiled (the set-up runs lrelease)")
    import RegionAtlas
    from RegionAtlas.i18n import tr
    from RegionAtlas.processing.commutingindicators import CommutingIndicatorsAlgorithm

    plugin = RegionAtlas.classFactory(qgis_iface)
    try:
        assert tr("Commuting indicators") != "Commuting indicators"
        assert CommutingIndicatorsAlgorithm().displayName() == tr("Commuting indicators")
        assert "Källa" in CommutingIndicatorsAlgorithm().shortHelpString()
    finally:
        plugin.unload()
    assert tr("Commuting indicators") == "Commuting indicators"  # English again after unload


def core_error_calls():
    """(path, line, first argument) of every InputError(...) call in the Qt-free core."""
    import ast

    for path in sorted((REPO / "regionatlas").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                if name == "InputError":
                    yield path.relative_to(REPO), node.lineno, node.args[0]


def test_core_errors_use_literal_templates():
    """Only literal templates can be extracted and translated (regionatlas/errors.py)."""
    import ast

    bad = [
        f"{path}:{line}"
        for path, line, arg in core_error_calls()
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str))
    ]
    assert bad == [], f"InputError with a non-literal template: {bad}"


def test_core_error_values_fill_a_translated_template():
    from RegionAtlas.regionatlas.errors import InputError

    error = InputError(
        "Row {row}: {value!r} is not a number in field '{field}'.", row=2, value="tolv", field="n"
    )
    assert str(error) == "Row 2: 'tolv' is not a number in field 'n'."
    swedish = "Rad {row}: {value!r} är inte ett tal i fältet '{field}'."
    assert error.render(swedish) == "Rad 2: 'tolv' är inte ett tal i fältet 'n'."
    assert error.render("Trasig {okänd}") == str(error)  # a broken translation falls back
    assert str(InputError('Use {{"a": 1}}')) == 'Use {"a": 1}'  # literal braces


def test_designer_forms_are_translated(swedish_qgis, qgis_iface):
    """The notes dock's layout is a Qt Designer form (ui/notes_dock.ui) of class RegionAtlas:
    its texts are extracted with the rest and shown in Swedish."""
    if not QM.exists():
        pytest.skip("translations not compiled (the set-up runs lrelease)")
    import RegionAtlas
    from RegionAtlas.ui.notes_dock import NotesDock

    plugin = RegionAtlas.classFactory(qgis_iface)
    try:
        dock = NotesDock(None)
        assert dock.markers_button.text() == "Markeringar"
        assert dock.ui.filters.title() == "Filter"
        assert dock.feature_label.text() not in ("", "Select a feature to see its notes.")
        dock.cleanup()
    finally:
        plugin.unload()


def test_register_form_is_translated(swedish_qgis, qgis_iface):
    """The stakeholder register's layout is ui/stakeholder_register.ui, class RegionAtlas too:
    labels, tab titles, table headers and buttons show in Swedish."""
    if not QM.exists():
        pytest.skip("translations not compiled (the set-up runs lrelease)")
    import RegionAtlas
    from RegionAtlas.ui.stakeholder_register import StakeholderRegister

    plugin = RegionAtlas.classFactory(qgis_iface)
    try:
        register = StakeholderRegister()
        register.set_store(None)
        assert register.tabs.tabText(0) == "Intresse-/inflytandematris"
        assert register.events.horizontalHeaderItem(0).text() == "Datum"
        assert register.ui.role_label.text() == "Kontaktroll"
        assert register.add_event_button.text() == "Lägg till dialogtillfälle"
        assert register.store_label.text().startswith("Öppna")
        register.deleteLater()
    finally:
        plugin.unload()
