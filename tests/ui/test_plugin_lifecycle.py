"""Load the real plugin through classFactory with pytest-qgis's iface (DataPlotly's habit)."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMenu, QToolBar


def flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


def menu_titles(window):
    return [a.text() for a in window.menuBar().actions()]


def toolbars(window):
    return [t for t in window.findChildren(QToolBar) if t.objectName() == "RegionAtlasToolbar"]


def test_load_and_unload_twice_leaves_nothing(qgis_iface):
    import RegionAtlas

    window = qgis_iface.mainWindow()
    registry = QgsApplication.processingRegistry()
    before_menus = menu_titles(window)
    for _ in range(2):
        plugin = RegionAtlas.classFactory(qgis_iface)
        plugin.initGui()
        assert registry.providerById("regionatlas") is not None
        assert registry.algorithmById("regionatlas:flowlines") is not None
        assert "&RegionAtlas" in menu_titles(window)
        menu = next(m for m in window.findChildren(QMenu) if m.objectName() == "RegionAtlasMenu")
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert "Commuting flow lines…" in texts and "About RegionAtlas" in texts
        bars = toolbars(window)
        assert len(bars) == 1 and len(bars[0].actions()) >= 2
        plugin.unload()
        flush_deletes()
        assert registry.providerById("regionatlas") is None
        assert menu_titles(window) == before_menus
        assert toolbars(window) == []
        assert [m for m in window.findChildren(QMenu) if m.objectName() == "RegionAtlasMenu"] == []


def test_missing_dependency_still_loads_and_says_how_to_install(qgis_iface, monkeypatch):
    import RegionAtlas
    from RegionAtlas import dependencies

    fake = [
        dependencies.Missing("pandas", "pandas>=1.5", "all methods", "No module named 'pandas'")
    ]
    monkeypatch.setattr(dependencies, "missing_required", lambda: fake)
    plugin = RegionAtlas.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert QgsApplication.processingRegistry().providerById("regionatlas") is None
        text = plugin.missing_text()
        assert "pandas" in text and "install" in text.lower()
        assert "apt install python3-pandas" in dependencies.install_command(fake)
        menus = qgis_iface.mainWindow().findChildren(QMenu)
        menu = next(m for m in menus if m.objectName() == "RegionAtlasMenu")
        assert any("Missing Python packages" in a.text() for a in menu.actions())
    finally:
        plugin.unload()
        flush_deletes()


def test_dependencies_present_here():
    from RegionAtlas import dependencies

    assert dependencies.missing_required() == []
