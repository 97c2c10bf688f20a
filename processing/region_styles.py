"""Styling of the region outputs at load time: the bundled QML gives the look, the run gives
one category per region, coloured so that touching regions differ (the one greedy colouring,
regionatlas/map_colouring.py), and the attribute table's aliases and rounding."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGeometry,
    QgsPresetSchemeColorRamp,
    QgsRendererCategory,
    QgsSpatialIndex,
    QgsSymbol,
)
from qgis.PyQt.QtGui import QColor

from ..i18n import tr
from ..regionatlas.map_colouring import greedy_colouring
from .attribute_display import present_fields
from .sinks import StylePostProcessor

#: Paul Tol's "light" qualitative scheme (colour-blind safe, made for fills under labels),
#: without its grey, which marks units without a region.
PALETTE = (
    "#77AADD",
    "#EE8866",
    "#BBCC33",
    "#FFAABB",
    "#99DDFF",
    "#EEDD88",
    "#44BB99",
    "#AAAA00",
)
NO_REGION_COLOUR = "#DDDDDD"


def region_colours(geometries: dict[str, QgsGeometry]) -> dict[str, str]:
    """Region id -> palette colour; regions that touch get different colours."""
    index = QgsSpatialIndex()
    keys = list(geometries)
    for i, key in enumerate(keys):
        index.addFeature(i, geometries[key].boundingBox())
    adjacency: dict[str, set[str]] = {key: set() for key in keys}
    for i, key in enumerate(keys):
        geom = geometries[key]
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        engine.prepareGeometry()
        for j in index.intersects(geom.boundingBox()):
            if j > i and engine.intersects(geometries[keys[j]].constGet()):
                adjacency[key].add(keys[j])
                adjacency[keys[j]].add(key)
    colouring = greedy_colouring(adjacency, len(PALETTE), order=keys)
    return {key: PALETTE[c] for key, c in colouring.items()}


# -- styling -----------------------------------------------------------------------------------

#: Keep post-processors alive until QGIS has run them (QGIS holds only a raw pointer).
_POST_PROCESSORS: dict = {}


class RegionStylePostProcessor(StylePostProcessor):
    """Loads a bundled QML, then colours one category per region (neighbours differ).

    The QML holds the look (fill, outline, labels) as the categorized renderer's source
    symbol; the categories can only be made per run, so they are built here from ``colours``
    (region id -> colour); units without a region get the palette's grey.
    """

    def __init__(self, qml, provenance, title, colours, names=None, field="region_id") -> None:
        super().__init__(qml, provenance, title)
        self.colours = dict(colours)
        self.names = dict(names or {})
        self.field = field

    def postProcessLayer(self, layer, context, feedback) -> None:
        super().postProcessLayer(layer, context, feedback)
        if not hasattr(layer, "setRenderer"):
            return
        layer.setRenderer(categorized_renderer(layer, self.colours, self.names, self.field))
        present_fields(layer)
        if self.title:
            layer.setName(self.title)
        layer.triggerRepaint()


def categorized_renderer(layer, colours: dict[str, str], names: dict[str, str], field: str):
    """One category per region with the layer's current (QML) source symbol as template."""
    current = layer.renderer()
    template = None
    if isinstance(current, QgsCategorizedSymbolRenderer):
        template = current.sourceSymbol()
        if template is None and current.categories():
            template = current.categories()[-1].symbol()
    if template is None:
        template = QgsSymbol.defaultSymbol(layer.geometryType())
    alpha = template.color().alpha()
    categories = []
    for rid in sorted(colours, key=lambda r: (names.get(r, r), r)):
        symbol = template.clone()
        colour = QColor(colours[rid])
        colour.setAlpha(alpha)
        symbol.setColor(colour)
        categories.append(QgsRendererCategory(rid, symbol, names.get(rid, rid)))
    symbol = template.clone()
    colour = QColor(NO_REGION_COLOUR)
    colour.setAlpha(alpha)
    symbol.setColor(colour)
    categories.append(QgsRendererCategory(None, symbol, tr("no region (zero list, unassigned)")))
    renderer = QgsCategorizedSymbolRenderer(field, categories)
    renderer.setSourceSymbol(template.clone())
    renderer.setSourceColorRamp(QgsPresetSchemeColorRamp([QColor(c) for c in PALETTE]))
    return renderer


def style_regions_on_load(context, dest_id, qml, provenance, title, colours, names=None) -> None:
    """Style a region output on load; without colours (a table) only record provenance."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    if colours is None:
        processor = StylePostProcessor(None, provenance, title)
    else:
        processor = RegionStylePostProcessor(qml, provenance, title, colours, names)
    _POST_PROCESSORS[dest_id] = processor
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
