"""The "Notes" marker layer: one point per feature that has notes, sized and labelled by the
number of notes, drawn from the geometry copies kept with the links (so features that are gone
still show). The notes dock owns it; selecting a marker opens its notes there."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ..compat import LABEL_OVER_POINT

#: The marker layer's custom property, so the dock finds its own layer in a project.
MARKER_PROPERTY = "regionatlas/notes_markers"


def new_marker_layer(srid: int, name: str) -> QgsVectorLayer:
    """An empty, styled memory layer for the markers, in the store's CRS."""
    layer = QgsVectorLayer(
        f"Point?crs=EPSG:{srid}&field=dataset_key:string"
        "&field=feature_key:string&field=label:string&field=notes:integer",
        name,
        "memory",
    )
    layer.setCustomProperty(MARKER_PROPERTY, True)
    style_marker_layer(layer)
    return layer


def fill_marker_layer(layer: QgsVectorLayer, links, counts: dict) -> None:
    """Replace the markers by one point inside each linked feature with its note count."""
    provider = layer.dataProvider()
    provider.truncate()
    features = []
    for link in links:
        if not link.geometry_wkb:
            continue
        geometry = QgsGeometry()
        geometry.fromWkb(link.geometry_wkb)
        point = geometry.pointOnSurface()
        if point is None or point.isEmpty():
            continue
        feature = QgsFeature(layer.fields())
        feature.setGeometry(point)
        feature.setAttributes(
            [
                link.dataset_key,
                link.feature_key,
                link.label,
                counts.get((link.dataset_key, link.feature_key), 0),
            ]
        )
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    layer.triggerRepaint()


def style_marker_layer(layer: QgsVectorLayer) -> None:
    """Red circles sized by the number of notes, labelled with the number."""
    symbol = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "215,48,31,220", "outline_color": "white", "size": "4"}
    )
    from qgis.core import QgsProperty, QgsSymbolLayer

    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.Property.PropertySize,
        QgsProperty.fromExpression('3.5 + 1.6 * sqrt(coalesce("notes", 1))'),
    )
    layer.renderer().setSymbol(symbol)
    settings = QgsPalLayerSettings()
    settings.fieldName = "notes"
    settings.placement = LABEL_OVER_POINT
    text_format = QgsTextFormat()
    text_format.setColor(QColor("white"))
    text_format.setSize(7.5)
    font = text_format.font()
    font.setBold(True)
    text_format.setFont(font)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
