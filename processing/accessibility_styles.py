"""Styles of the accessibility outputs: a bundled graduated QML (colour-blind safe viridis /
ColorBrewer YlGnBu, legend in minutes or percent) pointed at the field the output measures.

The QML files fix the classes and colours; the field name depends on the categories and
thresholds a user chose, so the post-processor sets the renderer's field after loading, and
for opportunity counts (jobs, pupils) recomputes quantile classes from the data.
"""

from __future__ import annotations

from qgis.core import QgsClassificationQuantile, QgsGraduatedSymbolRenderer, QgsStyle

from ..i18n import number_range
from .sinks import _POST_PROCESSORS, StylePostProcessor

MINUTES_QML = "accessibility_minutes.qml"
ZONES_QML = "accessibility_zones.qml"
OPPORTUNITIES_QML = "accessibility_opportunities.qml"
SERVICE_AREAS_QML = "accessibility_serviceareas.qml"
LINES_QML = "accessibility_lines.qml"
#: Quantile classes for opportunity counts, coloured with QGIS's built-in Viridis ramp
#: (perceptually uniform and colour-blind safe; few opportunities dark, many light).
OPPORTUNITY_CLASSES = 5
OPPORTUNITY_RAMP = "Viridis"


class FieldStylePostProcessor(StylePostProcessor):
    """Loads the QML, then classifies on ``field`` (quantiles when ``reclassify``)."""

    def __init__(self, qml, provenance, title, field, reclassify=False) -> None:
        super().__init__(qml, provenance, title)
        self.field = field
        self.reclassify = reclassify

    def postProcessLayer(self, layer, context, feedback) -> None:
        super().postProcessLayer(layer, context, feedback)
        renderer = layer.renderer()
        if not isinstance(renderer, QgsGraduatedSymbolRenderer) or not self.field:
            return
        renderer.setClassAttribute(self.field)
        if self.reclassify:
            method = QgsClassificationQuantile()
            method.setLabelPrecision(0)
            method.setLabelFormat("%1 – %2")
            renderer.setClassificationMethod(method)
            ramp = QgsStyle.defaultStyle().colorRamp(OPPORTUNITY_RAMP)
            if ramp is not None:
                renderer.setSourceColorRamp(ramp)
            renderer.updateClasses(layer, OPPORTUNITY_CLASSES)
            relabel_ranges(renderer)
        layer.triggerRepaint()


def style_field_on_load(context, dest_id, qml, provenance, title, field, reclassify=False) -> None:
    """Style output ``dest_id`` with ``qml`` on ``field`` when it is loaded."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    processor = FieldStylePostProcessor(qml, provenance, title, field, reclassify)
    _POST_PROCESSORS[dest_id] = processor
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


def relabel_ranges(renderer: QgsGraduatedSymbolRenderer, decimals: int = 0) -> None:
    """Class labels in the interface language's number format ("1 200–2 600"), not QGIS's
    own label format."""
    for index, item in enumerate(renderer.ranges()):
        renderer.updateRangeLabel(
            index, number_range(item.lowerValue(), item.upperValue(), decimals)
        )
