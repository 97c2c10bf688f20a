"""Styles of the structure-image layers: bundled QMLs, legend texts from the data, and the
layer group that the outputs of regionatlas:structureimage are loaded into.

Used by the algorithm's post-processor (outputs loaded in QGIS), by the export algorithm
(outputs read back from files by qgis_process or a model) and by tests and benchmarks.
"""

from __future__ import annotations

import re

from qgis.core import (
    QgsFeatureRequest,
    QgsGraduatedSymbolRenderer,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from ..i18n import number, number_range, tr
from ..regionatlas.ids import id_sort_key
from ..regionatlas.settlement.hierarchy import PRESET_POPULATION, PRESETS
from ..regionatlas.structureimage import DRAWING_ORDER
from .sinks import STYLES, StylePostProcessor
from .values import plain as _plain

#: Output -> (layer key in DRAWING_ORDER, bundled style).
OUTPUTS = {
    "OUTPUT_REGIONS": ("regions", "structure_regions.qml"),
    "OUTPUT_GREEN": ("green", "structure_green.qml"),
    "OUTPUT_SERVICE_AREAS": ("service_areas", "structure_service_areas.qml"),
    "OUTPUT_BORDERS": ("borders", "structure_borders.qml"),
    "OUTPUT_CORRIDORS": ("corridors", "structure_corridors.qml"),
    "OUTPUT_BORDER_LINKS": ("border_links", "structure_border_links.qml"),
    "OUTPUT_NODES": ("nodes", "structure_nodes.qml"),
}
GROUP_PROPERTY = "regionatlas/structureimage_run"
ORDER_PROPERTY = "regionatlas/drawing_order"


def number_text(value: float, decimals: int = 0) -> str:
    """``value`` written as the interface language writes numbers ("597 565" and "0,5" in
    Swedish, "597,565" and "0.5" in English): the plugin's one formatter,
    :func:`i18n.number`, so that legends, layouts and messages agree."""
    return number(value, decimals)


def run_summary(rule_label: str, value: float, max_length_m: float | None) -> str:
    """The method and key parameters of a run, for the layer group's name:
    "k largest per node 2, ≤ 215 km"."""
    text = f"{rule_label} {number_text(value, 0 if float(value).is_integer() else 2)}"
    if max_length_m:
        text += " " + tr("≤ {km} km").format(km=number_text(max_length_m / 1000.0, 0))
    return text


def bundled_rule_labels() -> dict[str, str]:
    """The English rule labels of the bundled structure-image QMLs and their translations.

    QML files hold one language; the legend shows the user's (rules not relabelled from the
    data keep these)."""
    return {
        "Across a county or national border": tr("Across a county or national border"),
        "Class 1 (top)": tr("Class 1 (top)"),
        "Class 2": tr("Class 2"),
        "Class 3": tr("Class 3"),
        "Class 4": tr("Class 4"),
        "Class 5 and lower": tr("Class 5 and lower"),
        "National border": tr("National border"),
        "County border": tr("County border"),
    }


def translate_rule_labels(layer) -> None:
    """Show the bundled rule labels in the user's language."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsRuleBasedRenderer):
        return
    labels = bundled_rule_labels()
    for rule in renderer.rootRule().children():
        if rule.label() in labels:
            rule.setLabel(labels[rule.label()])


def label_flow_classes(layer) -> None:
    """Rename the width-class rules of a corridor style after the flows they hold
    ("1 200 - 2 600 persons"), so that the legend says what the widths mean."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsRuleBasedRenderer):
        return
    index_class = layer.fields().lookupField("width_class")
    index_flow = layer.fields().lookupField("flow")
    if index_class < 0 or index_flow < 0:
        return
    ranges: dict[int, list[float]] = {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([index_class, index_flow])
    for feature in layer.getFeatures(request):
        k, flow = _plain(feature[index_class]), _plain(feature[index_flow])
        if k is None or flow is None:
            continue
        lo_hi = ranges.setdefault(int(k), [float(flow), float(flow)])
        lo_hi[0], lo_hi[1] = min(lo_hi[0], float(flow)), max(lo_hi[1], float(flow))
    for rule in renderer.rootRule().children():
        match = re.search(r'"width_class"\s*=\s*(\d+)', rule.filterExpression() or "")
        if not match or int(match.group(1)) not in ranges:
            continue
        lo, hi = ranges[int(match.group(1))]
        text = number_range(lo, hi)
        rule.setLabel(tr("{flows} persons").format(flows=text))


def population_class_labels() -> dict[str, str]:
    """Legend texts of the population-class preset's classes (">= 50 000", "10 000 - 49 999"
    in the data) in the interface language's number format: "≥ 50,000", "10,000–49,999"
    in English, "≥ 50 000", "10 000–49 999" in Swedish. Built from the preset's thresholds."""
    classes = PRESETS[PRESET_POPULATION]["classes"]
    lows = [float(c["conditions"][0]["value"]) for c in classes]
    labels = {}
    for k, cls in enumerate(classes):
        if k == 0:
            labels[cls["class"]] = "≥ " + number(lows[0])
        else:
            labels[cls["class"]] = number_range(lows[k], lows[k - 1] - 1)
    return labels


def label_node_classes(layer) -> None:
    """Rename the rank rules of the node style after the classes they hold."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsRuleBasedRenderer):
        return
    i_rank, i_class = layer.fields().lookupField("rank"), layer.fields().lookupField("class")
    if i_rank < 0 or i_class < 0:
        return
    names: dict[int, set[str]] = {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([i_rank, i_class])
    for feature in layer.getFeatures(request):
        rank, name = _plain(feature[i_rank]), _plain(feature[i_class])
        if rank is not None and name is not None:
            names.setdefault(int(rank), set()).add(str(name))
    for rule in renderer.rootRule().children():
        match = re.search(r'"rank"\s*(>?=)\s*(\d+)', rule.filterExpression() or "")
        if not match:
            continue
        k = int(match.group(2))
        found = sorted(
            {
                n
                for r, ns in names.items()
                if (r >= k if match.group(1) == ">=" else r == k)
                for n in ns
            },
            key=id_sort_key,
        )
        if found and not all(n.isdigit() for n in found):
            preset = population_class_labels()
            found = [preset.get(n, n) for n in found]
            rule.setLabel(", ".join(found[:3]) + (" …" if len(found) > 3 else ""))


def label_service_area_classes(layer) -> None:
    """One legend class per threshold of a service-area layer ("within 10 minutes"), from the
    data: the bundled style's symbols in order (shortest time first), its last symbol for
    further thresholds."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsGraduatedSymbolRenderer):
        return
    index = layer.fields().lookupField("minutes")
    if index < 0 or not renderer.ranges():
        return
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([index])
    values = sorted(
        {
            float(value)
            for feature in layer.getFeatures(request)
            if (value := _plain(feature[index])) is not None
        }
    )
    if not values:
        return
    symbols = [r.symbol().clone() for r in renderer.ranges()]
    renderer.deleteAllClasses()
    lower = 0.0
    for k, minutes in enumerate(values):
        text = number_text(minutes, 0 if minutes.is_integer() else 1)
        label = tr("within {minutes} minutes").format(minutes=text)
        symbol = symbols[min(k, len(symbols) - 1)].clone()
        renderer.addClassRange(QgsRendererRange(lower, minutes, symbol, label))
        lower = minutes


def label_classes(layer, key: str) -> None:
    """Legend texts from the data for the layer of ``key``."""
    translate_rule_labels(layer)
    if key in ("corridors", "border_links"):
        label_flow_classes(layer)
    elif key == "nodes":
        label_node_classes(layer)
    elif key == "service_areas":
        label_service_area_classes(layer)


def layer_titles() -> dict[str, str]:
    """Layer names of the structure image by key (translated)."""
    return {
        "nodes": tr("Nodes"),
        "corridors": tr("Corridors"),
        "border_links": tr("Border links"),
        "regions": tr("Functional regions"),
        "green": tr("Green structure"),
        "borders": tr("County and national borders"),
        "service_areas": tr("Service areas"),
    }


#: Fields that identify each structure-image output (for styling layers read back from files).
SIGNATURES = {
    "nodes": {"node_id", "rank", "label", "flow_node"},
    "corridors": {"from_id", "to_id", "width_class", "cross_border", "border_crossed"},
    "regions": {"region_id", "units", "area_km2", "colour"},
    "borders": {"border_kind"},
    "service_areas": {"minutes", "area_km2"},
}


def structure_layer_key(layer) -> str | None:
    """The layer key ("nodes", "corridors", "border_links", "regions", "borders",
    "service_areas") of an output of this algorithm read back from a file (by its fields),
    else None."""
    if not isinstance(layer, QgsVectorLayer):
        return None
    names = set(layer.fields().names())
    for key, fields in SIGNATURES.items():
        if fields <= names:
            if key == "corridors" and layer.featureCount() > 0:
                request = QgsFeatureRequest().setFilterExpression('"cross_border" IS NOT TRUE')
                request.setLimit(1).setFlags(QgsFeatureRequest.Flag.NoGeometry)
                if not any(True for _ in layer.getFeatures(request)):
                    return "border_links"
            return key
    return None


def apply_structure_style(layer, key: str, rename: bool = False) -> bool:
    """Apply the bundled style of a structure-image layer ("nodes", "corridors", ...);
    ``rename`` also gives the layer its usual name (what the legend shows)."""
    qml = dict(OUTPUTS.values())[key]
    if rename:
        layer.setName(layer_titles()[key])
    _message, ok = layer.loadNamedStyle(str(STYLES / qml))
    label_classes(layer, key)
    layer.triggerRepaint()
    return ok


class GroupPostProcessor(StylePostProcessor):
    """Styles an output and moves it into the run's layer group at its drawing position."""

    def __init__(self, qml, provenance, title, group_name, run_id, order) -> None:
        super().__init__(qml, provenance, title)
        self.group_name = group_name
        self.run_id = run_id
        self.order = order

    def postProcessLayer(self, layer, context, feedback) -> None:
        super().postProcessLayer(layer, context, feedback)
        label_classes(layer, DRAWING_ORDER[self.order])
        if self.title:
            layer.setName(self.title)
        project = context.project()
        if project is None:
            return
        root = project.layerTreeRoot()
        node = root.findLayer(layer.id())
        if node is None:
            return
        group = next(
            (g for g in root.findGroups(True) if g.customProperty(GROUP_PROPERTY) == self.run_id),
            None,
        )
        if group is None:
            group = root.insertGroup(0, self.group_name)
            group.setCustomProperty(GROUP_PROPERTY, self.run_id)
        # Top of the layer tree is drawn on top: higher drawing order first.
        index = sum(
            1
            for child in group.children()
            if int(child.customProperty(ORDER_PROPERTY, -1)) > self.order
        )
        clone = node.clone()
        clone.setCustomProperty(ORDER_PROPERTY, self.order)
        group.insertChildNode(index, clone)
        parent = node.parent()
        if parent is not None:
            parent.removeChildNode(node)
