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
