"""The flow-line style at load time: the bundled QML (resources/styles/flowlines.qml) gives
the look - one symbol for flows within the border and one for flows across it, with an
arrowhead at the destination and widths from the width class - and the run gives the legend:
one entry per width class that occurs, labelled with the flows it holds, under translated
"Within the border" / "Across the border" headings when a border field was given."""

from __future__ import annotations

import re

from qgis.core import QgsProperty, QgsRuleBasedRenderer, QgsVectorLayer

from ..i18n import number_range, tr
from .sinks import _POST_PROCESSORS, StylePostProcessor

QML = "flowlines.qml"
#: The field the QML's width expressions read.
WIDTH_FIELD = '"width_class"'


def class_label(low: float, high: float) -> str:
    """Legend text of a width class: the smallest and largest flow in it (persons), in the
    interface language's number format ("3 377–50 620 personer")."""
    return tr("{flows} persons").format(flows=number_range(low, high))


def _symbol_for_class(template, width_class: int):
    """The template symbol with its width-class expressions fixed to ``width_class`` (so that
    the legend draws the class's width)."""
    symbol = template.clone()
    for layer in symbol.symbolLayers():
        layers = [layer]
        if layer.subSymbol() is not None:
            layers += list(layer.subSymbol().symbolLayers())
        for item in layers:
            properties = item.dataDefinedProperties()
            changed = False
            for key in properties.propertyKeys():
                prop = properties.property(key)
                expression = prop.expressionString() if prop.isActive() else ""
                if WIDTH_FIELD in expression:
                    fixed = re.sub(re.escape(WIDTH_FIELD), str(int(width_class)), expression)
                    # through the collection: its keys are plain ints on every QGIS version,
                    # while setDataDefinedProperty wants the scoped enum on 3.40+
                    properties.setProperty(key, QgsProperty.fromExpression(fixed))
                    changed = True
            if changed:
                item.setDataDefinedProperties(properties)
    return symbol


def flow_renderer(
    current: QgsRuleBasedRenderer,
    ranges: dict[int, tuple[float, float]],
    across: dict[int, tuple[float, float]] | None = None,
) -> QgsRuleBasedRenderer:
    """A rule renderer with one rule per width class that occurs (largest first), labelled
    with its flows. With ``across`` (the classes of the flows across the border) ``ranges``
    are those of the flows within it and the rules are nested under the two headings."""
    templates = [rule.symbol() for rule in current.rootRule().children() if rule.symbol()]
    within_symbol, across_symbol = templates[0], templates[-1]
    root = QgsRuleBasedRenderer.Rule(None)
    groups = [(None, within_symbol, None, ranges)]
    if across is not None:
        groups = [
            (tr("Within the border"), within_symbol, '"cross_border" IS NOT TRUE', ranges),
            (tr("Across the border"), across_symbol, '"cross_border" IS TRUE', across),
        ]
    for heading, template, condition, classes in groups:
        if not classes:
            continue
        parent = root
        if heading is not None:
            parent = QgsRuleBasedRenderer.Rule(None, 0, 0, condition, heading)
            root.appendChild(parent)
        for width_class in sorted(classes, reverse=True):
            low, high = classes[width_class]
            parent.appendChild(
                QgsRuleBasedRenderer.Rule(
                    _symbol_for_class(template, width_class),
                    0,
                    0,
                    f"{WIDTH_FIELD} = {int(width_class)}",
                    class_label(low, high),
                )
            )
    renderer = QgsRuleBasedRenderer(root)
    renderer.setOrderBy(current.orderBy())
    renderer.setOrderByEnabled(current.orderByEnabled())
    return renderer


class FlowLineStylePostProcessor(StylePostProcessor):
    def __init__(self, provenance: str, title: str, ranges: dict, across: dict | None) -> None:
        super().__init__(QML, provenance, title)
        self.ranges = dict(ranges)
        self.across = None if across is None else dict(across)

    def postProcessLayer(self, layer, context, feedback) -> None:
        super().postProcessLayer(layer, context, feedback)
        if not isinstance(layer, QgsVectorLayer):
            return
        current = layer.renderer()
        if isinstance(current, QgsRuleBasedRenderer) and (self.ranges or self.across):
            layer.setRenderer(flow_renderer(current, self.ranges, self.across))
        if self.title:
            layer.setName(self.title)
        layer.triggerRepaint()


def style_flow_lines_on_load(context, dest_id, provenance, title, ranges, across) -> None:
    """Ask QGIS to style the flow lines with the QML and the run's legend when loaded:
    ``ranges`` of the width classes of the flows (within the border when ``across``, the
    classes of the flows across it, is given)."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    processor = FlowLineStylePostProcessor(provenance, title, ranges, across)
    _POST_PROCESSORS[dest_id] = processor
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
