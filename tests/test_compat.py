"""compat.py: the one spelling the plugin uses works on the QGIS it runs on."""

from __future__ import annotations

import pytest
from qgis.core import (
    Qgis,
    QgsField,
    QgsLayoutItemLabel,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
)
from RegionAtlas import compat


# Qt's type ids (QVariant::Type and QMetaType::Type share them): String 10, Int 2, ...
@pytest.mark.parametrize(
    ("kind", "type_id"), [("String", 10), ("Int", 2), ("LongLong", 4), ("Double", 6), ("Bool", 1)]
)
def test_qgs_field_has_the_asked_type(kind, type_id):
    field = compat.qgs_field("x", kind, 12 if kind == "String" else 0)
    assert isinstance(field, QgsField)
    assert field.name() == "x"
    assert int(field.type()) == type_id
    if kind == "String":
        assert field.length() == 12


def test_qgs_field_refuses_an_unknown_kind():
    with pytest.raises(ValueError, match="Text"):
        compat.qgs_field("x", "Text")


def test_null_rectangle_is_replaced_by_the_first_extent_combined():
    rect = compat.null_rectangle()
    rect.combineExtentWith(QgsRectangle(10, 20, 30, 40))
    assert (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()) == (
        10, 20, 30, 40
    )  # fmt: skip


def test_label_over_point_is_accepted_by_label_settings():
    settings = QgsPalLayerSettings()
    settings.placement = compat.LABEL_OVER_POINT
    assert int(settings.placement) == int(compat.LABEL_OVER_POINT)
    if hasattr(Qgis, "LabelPlacement"):
        assert compat.LABEL_OVER_POINT == Qgis.LabelPlacement.OverPoint


def test_keep_layout_text_switches_labels_to_html_and_back():
    layout = QgsPrintLayout(QgsProject.instance())
    label = QgsLayoutItemLabel(layout)
    layout.addLayoutItem(label)
    label.setText("Åre & Östersund\n[% 1 < 2 %]")
    with compat.keep_layout_text(layout, outlines=True):
        if compat.QGIS_VERSION_INT >= compat.LAYOUT_LABELS_FOLLOW_TEXT_FORMAT_SINCE:
            assert label.mode() == QgsLayoutItemLabel.Mode.ModeHtml
            assert label.text() == "Åre &amp; Östersund<br>[% 1 < 2 %]"
        else:
            assert label.mode() == QgsLayoutItemLabel.Mode.ModeFont
    assert label.mode() == QgsLayoutItemLabel.Mode.ModeFont
    assert label.text() == "Åre & Östersund\n[% 1 < 2 %]"
    with compat.keep_layout_text(layout, outlines=False):
        assert label.mode() == QgsLayoutItemLabel.Mode.ModeFont
