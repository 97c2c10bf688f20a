"""The one place where RegionAtlas differs between the QGIS versions it runs on.

Supported: QGIS 3.40 LTR and 3.44 LTR (3.22 still works), and QGIS 4 (Qt6). Each helper
takes the newer API where it exists and the older one before it, so the rest of the plugin
calls one spelling:

- ``qgs_field``: ``QgsField(name, QMetaType.Type)`` from QGIS 3.38; ``QVariant.Type`` before
  (deprecated since 3.38, gone with Qt6).
- ``parameter_as_field_names``: ``QgsProcessingAlgorithm.parameterAsStrings`` (QGIS 3.40)
  instead of the deprecated ``parameterAsFields``.
- ``null_rectangle``: ``QgsRectangle.setNull`` (3.34) instead of the deprecated ``setMinimal``.
- ``LABEL_OVER_POINT``: ``Qgis.LabelPlacement.OverPoint`` (3.26; ``QgsPalLayerSettings.placement``
  refuses anything else from 3.40) instead of ``QgsPalLayerSettings.Placement.OverPoint``.
- ``GEOMETRY_KINDS``: ``Qgis.GeometryType`` (3.30) instead of ``QgsWkbTypes.GeometryType``;
  ``STROKE_WIDTH`` and ``SIZE``: ``QgsSymbolLayer.Property`` members (3.30) instead of
  ``QgsSymbolLayer.PropertyStrokeWidth`` / ``PropertySize``.
- ``keep_layout_text``: from QGIS 3.26 on a layout's own text items (``QgsLayoutItemLabel``)
  are drawn with the export's text render format, so "text as outlines" outlined the title too;
  the helper keeps them as text (QGIS's own rich-text HTML mode draws them through Qt as text)
  while only map labels become outlines.

Sources: the QGIS API documentation (https://qgis.org/pyqgis/master/) for each class, and
"Plugin migration to QGIS 4" / scripts/pyqt5_to_pyqt6 in the QGIS repository for Qt6.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from qgis.core import (
    Qgis,
    QgsField,
    QgsLayoutItemLabel,
    QgsPalLayerSettings,
    QgsRectangle,
    QgsSymbolLayer,
    QgsWkbTypes,
)

QGIS_VERSION_INT: int = Qgis.QGIS_VERSION_INT

# QgsField with QMetaType.Type: QGIS 3.38 (https://qgis.org/pyqgis/3.38/core/QgsField.html)
FIELD_METATYPE_SINCE = 33800
FIELD_KINDS = ("String", "Int", "LongLong", "Double", "Bool", "Date", "DateTime")
_METATYPE_NAMES = {"String": "QString", "Date": "QDate", "DateTime": "QDateTime"}


def field_type(kind: str):
    """The type value QgsField wants for ``kind`` (one of FIELD_KINDS) on this QGIS."""
    if kind not in FIELD_KINDS:
        raise ValueError(f"unknown field kind {kind!r}; one of {', '.join(FIELD_KINDS)}")
    if QGIS_VERSION_INT >= FIELD_METATYPE_SINCE:
        from qgis.PyQt.QtCore import QMetaType

        return getattr(QMetaType.Type, _METATYPE_NAMES.get(kind, kind))
    from qgis.PyQt.QtCore import QVariant

    return getattr(QVariant, kind)


def qgs_field(name: str, kind: str, length: int = 0) -> QgsField:
    """A QgsField called ``name`` of ``kind`` ("String", "Int", "LongLong", "Double", "Bool",
    "Date", "DateTime"), with an optional ``length``."""
    return QgsField(name, field_type(kind), len=length)


def parameter_as_field_names(algorithm, parameters: dict, name: str, context) -> list[str]:
    """The field names of a multiple field parameter (parameterAsStrings where it exists)."""
    reader = getattr(algorithm, "parameterAsStrings", None) or algorithm.parameterAsFields
    return list(reader(parameters, name, context) or [])


def null_rectangle() -> QgsRectangle:
    """An empty rectangle that any extent combined into it replaces."""
    rect = QgsRectangle()
    if hasattr(rect, "setNull"):
        rect.setNull()
    else:
        rect.setMinimal()
    return rect


_GEOMETRY = getattr(Qgis, "GeometryType", None)
#: A layer's geometry type (``QgsWkbTypes.geometryType``) -> "point", "line" or "polygon".
GEOMETRY_KINDS = (
    {_GEOMETRY.Point: "point", _GEOMETRY.Line: "line", _GEOMETRY.Polygon: "polygon"}
    if _GEOMETRY is not None
    else {
        QgsWkbTypes.GeometryType.PointGeometry: "point",
        QgsWkbTypes.GeometryType.LineGeometry: "line",
        QgsWkbTypes.GeometryType.PolygonGeometry: "polygon",
    }
)
_PROPERTY = getattr(QgsSymbolLayer, "Property", None)
#: Data-defined stroke width and marker size of a symbol layer.
STROKE_WIDTH, SIZE = (
    (QgsSymbolLayer.Property.PropertyStrokeWidth, QgsSymbolLayer.Property.PropertySize)
    if hasattr(QgsSymbolLayer, "PropertyStrokeWidth")
    else (_PROPERTY.StrokeWidth, _PROPERTY.Size)
)

LABEL_OVER_POINT = (
    Qgis.LabelPlacement.OverPoint
    if hasattr(Qgis, "LabelPlacement")
    else QgsPalLayerSettings.Placement.OverPoint
)

# From this version QgsLayoutItemLabel draws through QgsTextRenderer and follows the export's
# text render format (verified: 3.22 keeps <text>, 3.40 and 3.44 outline the title).
LAYOUT_LABELS_FOLLOW_TEXT_FORMAT_SINCE = 32600


@contextmanager
def keep_layout_text(layout, outlines: bool) -> Iterator[None]:
    """While exporting with text as outlines, draw the layout's own text items as text.

    Each plain-text label is switched to QGIS's HTML mode (Qt draws it as text, with the
    label's font, colour and alignment as a style sheet) and switched back afterwards, so the
    layout the user sees is unchanged."""
    changed = []
    if outlines and QGIS_VERSION_INT >= LAYOUT_LABELS_FOLLOW_TEXT_FORMAT_SINCE:
        for item in layout.items():
            if (
                isinstance(item, QgsLayoutItemLabel)
                and item.mode() == QgsLayoutItemLabel.Mode.ModeFont
            ):
                changed.append((item, item.text()))
                item.setText(_as_html(item.text()))
                item.setMode(QgsLayoutItemLabel.Mode.ModeHtml)
    try:
        yield
    finally:
        for item, text in changed:
            item.setMode(QgsLayoutItemLabel.Mode.ModeFont)
            item.setText(text)


def _as_html(text: str) -> str:
    """Plain label text as HTML: special characters escaped and line breaks kept, except
    inside [% expression %] blocks, which QGIS evaluates first."""
    from html import escape

    parts = re.split(r"(\[%.*?%\])", text, flags=re.DOTALL)
    return "".join(
        part if part.startswith("[%") else escape(part, quote=False).replace("\n", "<br>")
        for part in parts
    )
