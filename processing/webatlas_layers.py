"""QGIS layers -> the web atlas core's WebLayer: features in WGS 84, their legend entry from
the layer's renderer (single symbol, categorized, graduated, rule-based: QGIS decides which
legend entry draws each feature), data-defined widths and sizes, labels, popup fields with
aliases and the provenance from the layer's metadata. Used by regionatlas:exportwebatlas."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsMapToPixel,
    QgsProcessingException,
    QgsProperty,
    QgsRenderContext,
    QgsSymbolLayerUtils,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt

from ..compat import GEOMETRY_KINDS, SIZE, STROKE_WIDTH
from ..i18n import tr
from ..regionatlas.errors import Cancelled
from ..regionatlas.webatlas.model import (
    LegendEntry,
    WebFeature,
    WebLayer,
    is_notes_layer,
    source_label,
)
from .sinks import python_value

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
#: Screen pixels per millimetre at 96 dpi (CSS pixels): QGIS widths are mostly millimetres.
PIXELS_PER_MM = 96.0 / 25.4
#: Fields never shown in popups (GeoPackage's technical key).
HIDDEN_FIELDS = ("fid",)


def _render_context() -> QgsRenderContext:
    context = QgsRenderContext()
    context.setScaleFactor(PIXELS_PER_MM)
    context.setMapToPixel(QgsMapToPixel(1.0))
    return context


def _css(color) -> str | None:
    return color.name() if color is not None and color.isValid() and color.alpha() > 0 else None


def _pixels(context: QgsRenderContext, size: float, unit) -> float:
    return float(context.convertToPainterUnits(size, unit))


def legend_entry(symbol, label: str, kind: str, context: QgsRenderContext) -> LegendEntry:
    """A QGIS symbol (its first symbol layer) as a web style."""
    opacity = symbol.opacity()
    layer = symbol.symbolLayer(0) if symbol.symbolLayerCount() else None
    color = symbol.color()
    if kind == "line":
        width, dash = 1.0, None
        if layer is not None and hasattr(layer, "width") and hasattr(layer, "widthUnit"):
            width = _pixels(context, layer.width(), layer.widthUnit())
            if hasattr(layer, "penStyle") and layer.penStyle() not in (
                Qt.PenStyle.SolidLine,
                Qt.PenStyle.NoPen,
            ):
                dash = "6 4" if layer.penStyle() == Qt.PenStyle.DashLine else "2 3"
        return LegendEntry(
            label=label,
            fill=None,
            stroke=_css(color),
            stroke_width=max(width, 1.0),
            stroke_opacity=opacity * color.alphaF(),
            dash=dash,
        )
    fill, stroke, stroke_width, fill_alpha, stroke_alpha = _css(color), None, 1.0, 1.0, 1.0
    fill_alpha = color.alphaF()
    if layer is not None and hasattr(layer, "strokeColor"):
        stroke_color = layer.strokeColor()
        stroke, stroke_alpha = _css(stroke_color), stroke_color.alphaF()
        if hasattr(layer, "strokeWidth") and hasattr(layer, "strokeWidthUnit"):
            stroke_width = max(_pixels(context, layer.strokeWidth(), layer.strokeWidthUnit()), 0.5)
        if hasattr(layer, "strokeStyle") and layer.strokeStyle() == Qt.PenStyle.NoPen:
            stroke = None
    if layer is not None and hasattr(layer, "fillColor"):
        fill, fill_alpha = _css(layer.fillColor()), layer.fillColor().alphaF()
        if hasattr(layer, "brushStyle") and layer.brushStyle() == Qt.BrushStyle.NoBrush:
            fill = None
    radius = 5.0
    if kind == "point" and hasattr(symbol, "size"):
        radius = max(_pixels(context, symbol.size(), symbol.sizeUnit()) / 2.0, 2.0)
    return LegendEntry(
        label=label,
        fill=fill,
        fill_opacity=opacity * fill_alpha,
        stroke=stroke,
        stroke_width=stroke_width,
        stroke_opacity=opacity * stroke_alpha,
        radius=radius,
    )


def _label_expression(layer: QgsVectorLayer) -> QgsExpression | None:
    labeling = layer.labeling()
    if not layer.labelsEnabled() or not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return None
    settings = labeling.settings()
    if not settings.fieldName:
        return None
    text = (
        settings.fieldName
        if settings.isExpression
        else QgsExpression.quotedColumnRef(settings.fieldName)
    )
    return QgsExpression(text)


def _text(value) -> str | None:
    value = python_value(value)
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return str(value)


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toString") and not isinstance(value, str):
        return value.toString()
    return python_value(value)


def provenance_of(layer: QgsVectorLayer) -> str:
    """The RegionAtlas provenance the algorithms write into the layer metadata, else the
    layer's data source (file name only, no local path)."""
    abstract = layer.metadata().abstract().strip()
    if abstract:
        return abstract
    if layer.providerType() == "memory":
        return ""  # a temporary layer: its source says nothing
    return source_label(layer.source()) or layer.name()


def web_layer(layer: QgsVectorLayer, context, feedback, cancelled) -> WebLayer:
    """Read one QGIS vector layer into a WebLayer (geometries as WKB in WGS 84)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise QgsProcessingException(
            tr("Layer '{layer}' is not a valid vector layer.").format(layer=str(layer))
        )
    kind = GEOMETRY_KINDS.get(QgsWkbTypes.geometryType(layer.wkbType()))
    if kind is None:
        raise QgsProcessingException(
            tr(
                "Layer '{layer}' has no geometry; the web map can draw point, line and "
                "polygon layers."
            ).format(layer=layer.name())
        )
    render = _render_context()
    expression_context = QgsExpressionContext(
        QgsExpressionContextUtils.globalProjectLayerScopes(layer)
    )
    render.setExpressionContext(expression_context)
    renderer = layer.renderer().clone()
    items = [item for item in renderer.legendSymbolItems() if item.symbol() is not None]
    if not items:
        raise QgsProcessingException(
            tr("Layer '{layer}' has no symbol to draw with.").format(layer=layer.name())
        )
    legend = [
        legend_entry(item.symbol(), item.label() or layer.name(), kind, render) for item in items
    ]
    keys = [item.ruleKey() for item in items]
    signatures = [QgsSymbolLayerUtils.symbolProperties(item.symbol()) for item in items]
    # Data-defined width (lines, outlines) or size (markers) of each legend symbol.
    defined = []
    for item in items:
        symbol_layer = item.symbol().symbolLayer(0) if item.symbol().symbolLayerCount() else None
        prop, unit = None, None
        if symbol_layer is not None:
            props = symbol_layer.dataDefinedProperties()
            key = SIZE if kind == "point" else STROKE_WIDTH
            candidate = props.property(key)
            if isinstance(candidate, QgsProperty) and candidate.isActive():
                prop = candidate
                prop.prepare(expression_context)
                if kind == "point":
                    unit = symbol_layer.sizeUnit()
                elif hasattr(symbol_layer, "widthUnit"):
                    unit = symbol_layer.widthUnit()
                else:
                    unit = symbol_layer.strokeWidthUnit()
        defined.append((prop, unit))

    fields = layer.fields()
    popup = []
    for index, field in enumerate(fields):
        if field.name() in HIDDEN_FIELDS or field.editorWidgetSetup().type() == "Hidden":
            continue
        popup.append((field.name(), layer.attributeDisplayName(index)))
    label_expression = _label_expression(layer)
    title_expression = (
        QgsExpression(layer.displayExpression()) if layer.displayExpression() else None
    )
    for expression in (label_expression, title_expression):
        if expression is not None:
            expression.prepare(expression_context)

    transform = QgsCoordinateTransform(layer.crs(), WGS84, context.transformContext())
    features, skipped, unstyled = [], 0, 0
    renderer.startRender(render, fields)
    try:
        for feature in layer.getFeatures(QgsFeatureRequest()):
            if cancelled():
                raise Cancelled()
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                skipped += 1
                continue
            expression_context.setFeature(feature)
            render.setExpressionContext(expression_context)
            drawn = renderer.legendKeysForFeature(feature, render)
            index = next((i for i, key in enumerate(keys) if key in drawn), None)
            if index is None and renderer.willRenderFeature(feature, render):
                # QGIS 3.22 gives no legend key for a categorized renderer's "all other
                # values" category; find the entry by the symbol QGIS draws the feature with.
                drawn_symbols = [
                    QgsSymbolLayerUtils.symbolProperties(symbol)
                    for symbol in renderer.originalSymbolsForFeature(feature, render)
                ]
                index = next(
                    (i for i, item in enumerate(signatures) if item in drawn_symbols), None
                )
            if index is None:
                unstyled += 1  # QGIS does not draw it either
                continue
            try:
                geometry.transform(transform)
            except QgsCsException:
                raise QgsProcessingException(
                    tr(
                        "Layer '{layer}': feature {fid} cannot be transformed to WGS 84 for "
                        "the web."
                    ).format(layer=layer.name(), fid=feature.id())
                ) from None
            properties = {name: _plain(feature[name]) for name, _alias in popup}
            prop, unit = defined[index]
            style = None
            if prop is not None:
                value, ok = prop.valueAsDouble(expression_context, 0.0)
                if ok and value > 0:
                    pixels = _pixels(render, value, unit)
                    style = pixels / 2.0 if kind == "point" else pixels
            label = (
                _text(label_expression.evaluate(expression_context)) if label_expression else None
            )
            title = (
                _text(title_expression.evaluate(expression_context)) if title_expression else None
            )
            features.append(
                WebFeature(bytes(geometry.asWkb()), properties, index, label, title, style)
            )
    finally:
        renderer.stopRender(render)
    if skipped:
        feedback.pushWarning(
            tr(
                "{n} features of '{layer}' have no geometry and are left out of the web map."
            ).format(n=skipped, layer=layer.name())
        )
    if unstyled:
        feedback.pushInfo(
            tr(
                "{n} features of '{layer}' match no rule of its style (QGIS does not draw "
                "them) and are left out of the web map."
            ).format(n=unstyled, layer=layer.name())
        )
    provenance = provenance_of(layer)
    return WebLayer(
        name=layer.name(),
        geometry=kind,
        features=features,
        legend=legend,
        popup_fields=popup,
        provenance=provenance,
        is_notes=is_notes_layer(fields.names(), provenance),
    )
