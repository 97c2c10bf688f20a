"""The menu entry "Export structure image…" opens the export algorithm with the current map."""

from __future__ import annotations

from qgis.core import QgsProject, QgsRectangle, QgsReferencedRectangle, QgsVectorLayer
from qgis.PyQt.QtWidgets import QMenu


def test_menu_entry_fills_the_export_dialog_with_the_map(qgis_iface, qgis_canvas, monkeypatch):
    import RegionAtlas

    import processing

    opened = []
    monkeypatch.setattr(
        processing, "execAlgorithmDialog", lambda alg_id, params: opened.append((alg_id, params))
    )
    layer = QgsVectorLayer("Point?crs=EPSG:3006", "places", "memory")
    QgsProject.instance().addMapLayer(layer)
    qgis_canvas.setLayers([layer])
    qgis_canvas.setExtent(QgsRectangle(400_000, 6_900_000, 500_000, 7_000_000))
    plugin = RegionAtlas.classFactory(qgis_iface)
    plugin.initGui()
    try:
        window = qgis_iface.mainWindow()
        menu = next(m for m in window.findChildren(QMenu) if m.objectName() == "RegionAtlasMenu")
        action = next(a for a in menu.actions() if a.text() == "Export structure image…")
        action.trigger()
        ((alg_id, params),) = opened
        assert alg_id == "regionatlas:exportstructureimage"
        assert params["LAYERS"] == [layer] and params["SORT_BY_GEOMETRY"] is False
        assert isinstance(params["EXTENT"], QgsReferencedRectangle)
        assert params["EXTENT"].xMinimum() <= 400_000
    finally:
        plugin.unload()
        QgsProject.instance().removeMapLayer(layer.id())
