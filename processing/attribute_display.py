"""How the attribute tables of the commuting outputs read: aliases a planner understands for
the short field names (R, W, S, V, p1, p2) and shares shown rounded (the stored values keep
their full precision, so results can still be checked against official ones)."""

from __future__ import annotations

from qgis.core import QgsEditorWidgetSetup

from ..i18n import tr
from .sinks import _POST_PROCESSORS, StylePostProcessor

#: Decimals shown for shares and ratios in the attribute table.
SHARE_DECIMALS = 3
#: Fields shown with SHARE_DECIMALS.
SHARE_FIELDS = (
    "sc_supply",
    "sc_demand",
    "V",
    "p1",
    "p2",
    "job_ratio",
    "share_of_outflow",
)


def field_aliases() -> dict[str, str]:
    """Field name -> alias (translated)."""
    return {
        "R": tr("R: employed residents"),
        "W": tr("W: jobs"),
        "S": tr("S: living and working in the region"),
        "V": tr("V: validity (>= 1 valid)"),
        "sc_supply": tr("Self-containment, supply side (S/R)"),
        "sc_demand": tr("Self-containment, demand side (S/W)"),
        "p1": tr("p1: share working in another unit"),
        "p2": tr("p2: share working in the largest destination"),
        "units": tr("Units"),
        "unit_id": tr("Unit id"),
        "region_id": tr("Region id"),
        "role": tr("Role"),
        "centre": tr("Centre units"),
        "region_name": tr("Region name"),
        "la_code": tr("LA code"),
        "crosses_border": tr("Crosses the border"),
        "border_areas": tr("Border areas"),
        "largest_outside_destination": tr("Largest destination outside"),
        "largest_outside_flow": tr("Flow to it"),
    }


def present_fields(layer) -> None:
    """Set the aliases and the rounded display of the fields ``layer`` has."""
    fields = layer.fields()
    for name, alias in field_aliases().items():
        index = fields.lookupField(name)
        if index >= 0:
            layer.setFieldAlias(index, alias)
    for name in SHARE_FIELDS:
        index = fields.lookupField(name)
        if index >= 0:
            config = {
                "Precision": SHARE_DECIMALS,
                "Step": 10**-SHARE_DECIMALS,
                "Style": "SpinBox",
                "AllowNull": True,
                "Min": -1e9,
                "Max": 1e9,
            }
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Range", config))
    fit_column_widths(layer)


#: Attribute-table column bounds and the room beside the header text (sort arrow), pixels.
MIN_COLUMN_PX, MAX_COLUMN_PX, HEADER_PADDING_PX = 70, 360, 30
#: Width of the longest region name to leave room for ("Stavanger-Sandnes" and longer).
NAME_SAMPLE = "Kristianstad-Hässleholm"


def _text_width(text: str) -> int:
    """Width of ``text`` in the interface font (10 px a character without a GUI)."""
    from qgis.PyQt.QtGui import QFontMetrics, QGuiApplication

    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and QGuiApplication.primaryScreen() is not None:
        metrics = QFontMetrics(QGuiApplication.font())
        return metrics.horizontalAdvance(text)
    return 10 * len(text)


def fit_column_widths(layer) -> None:
    """Columns of the attribute table wide enough for their header (alias) and for names
    such as "Stavanger-Sandnes", so that nothing a planner reads is clipped."""
    config = layer.attributeTableConfig()
    fields = layer.fields()
    config.update(fields)
    columns = config.columns()
    for column in columns:
        index = fields.lookupField(column.name)
        if index < 0:
            continue
        header = fields.at(index).displayName()
        text_field = column.name in (
            "region_name",
            "name",
            "unit_name",
            "border_areas",
            "centre",
            "region_id",
        )
        needed = max(_text_width(header), _text_width(NAME_SAMPLE) if text_field else 0)
        column.width = min(MAX_COLUMN_PX, max(MIN_COLUMN_PX, needed + HEADER_PADDING_PX))
    config.setColumns(columns)
    layer.setAttributeTableConfig(config)


class PresentedStylePostProcessor(StylePostProcessor):
    """The bundled QML and provenance, then the aliases and rounded shares."""

    def postProcessLayer(self, layer, context, feedback) -> None:
        super().postProcessLayer(layer, context, feedback)
        if hasattr(layer, "setFieldAlias"):
            present_fields(layer)
            if self.title:
                layer.setName(self.title)


def style_presented_on_load(context, dest_id, qml, provenance, title) -> None:
    """As sinks.style_on_load, with the fields presented for reading."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    processor = PresentedStylePostProcessor(qml, provenance, title)
    _POST_PROCESSORS[dest_id] = processor
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
