"""The attribute table of the region outputs: headers (aliases) and region names are not
clipped (the review saw "employed reside", "Stavanger-S...")."""

from __future__ import annotations


def test_columns_fit_their_headers(qgis_app):
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtGui import QFontMetrics
    from qgis.PyQt.QtWidgets import QApplication
    from RegionAtlas.processing.attribute_display import present_fields

    layer = QgsVectorLayer(
        "None?field=region_id:string&field=la_code:string&field=region_name:string"
        "&field=R:double&field=sc_supply:double",
        "regions",
        "memory",
    )
    present_fields(layer)
    widths = {c.name: c.width for c in layer.attributeTableConfig().columns()}
    metrics = QFontMetrics(QApplication.font())
    fields = layer.fields()
    for name in ("R", "sc_supply", "la_code", "region_name"):
        header = fields.at(fields.lookupField(name)).displayName()
        assert widths[name] >= metrics.horizontalAdvance(header) + 8, (name, header)
    assert widths["region_name"] >= metrics.horizontalAdvance("Stavanger-Sandnes") + 8


def test_swedish_headers_of_the_region_table(qgis_app):
    from qgis.core import QgsVectorLayer
    from RegionAtlas.i18n import install_translator, remove_translator
    from RegionAtlas.processing.attribute_display import present_fields

    if install_translator("sv") is None:
        import pytest

        pytest.skip("the Swedish translation is not compiled (.qm)")
    try:
        layer = QgsVectorLayer(
            "None?field=region_id:string&field=la_code:string&field=centre:string",
            "regions",
            "memory",
        )
        present_fields(layer)
        headers = [layer.attributeDisplayName(k) for k in range(3)]
    finally:
        remove_translator()
    assert headers == ["Region-id", "LA-kod", "Centrumenheter"]
