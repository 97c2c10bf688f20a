"""The legend texts of the bundled QML styles in the user's language.

A QML file holds one language (English); QGIS shows its class labels as they are. After a
style is loaded (sinks.StylePostProcessor) every label of a categorized, graduated,
rule-based or paletted-raster renderer that this catalogue knows is replaced by its
translation, and numbers in labels are written with the interface's number format
(i18n.number / number_range). Labels made from the data later (flow classes, node classes)
are set by their own style modules.
"""

from __future__ import annotations

import re

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsPalettedRasterRenderer,
    QgsRuleBasedRenderer,
)

from ..i18n import number, number_range, tr


def label_catalogue() -> dict[str, str]:
    """English label of a bundled style -> the label in the interface language."""
    return {
        # dominant flows (Nystuen & Dacey roles)
        "Dominant": tr("Dominant"),
        "Intermediate": tr("Intermediate"),
        "Dominated": tr("Dominated"),
        "Independent": tr("Independent"),
        # settlement hierarchy
        "Class rank 1 (top)": tr("Class rank 1 (top)"),
        "Class rank 2": tr("Class rank 2"),
        "Class rank 3": tr("Class rank 3"),
        "Class rank 4": tr("Class rank 4"),
        "Class rank 5 and lower": tr("Class rank 5 and lower"),
        # structure image and flow lines
        "Class 1 (top)": tr("Class 1 (top)"),
        "Class 2": tr("Class 2"),
        "Class 3": tr("Class 3"),
        "Class 4": tr("Class 4"),
        "Class 5 and lower": tr("Class 5 and lower"),
        "Flow class 1": tr("Flow class 1"),
        "Flow class 2": tr("Flow class 2"),
        "Flow class 3": tr("Flow class 3"),
        "Flow class 4": tr("Flow class 4"),
        "Flow class 5": tr("Flow class 5"),
        "Within the border": tr("Within the border"),
        "Across the border": tr("Across the border"),
        "Across a county or national border": tr("Across a county or national border"),
        "National border": tr("National border"),
        "County border": tr("County border"),
        # region change
        "all regions": tr("all regions"),
        "changed region": tr("changed region"),
        "same region": tr("same region"),
        # Degree of Urbanisation: grid classes (level 1 and 2) and unit classes
        "water": tr("water"),
        "rural": tr("rural"),
        "urban cluster": tr("urban cluster"),
        "urban centre": tr("urban centre"),
        "very low-density rural": tr("very low-density rural"),
        "low-density rural": tr("low-density rural"),
        "rural cluster": tr("rural cluster"),
        "suburban or peri-urban": tr("suburban or peri-urban"),
        "semi-dense urban cluster": tr("semi-dense urban cluster"),
        "dense urban cluster": tr("dense urban cluster"),
        "city": tr("city"),
        "town and semi-dense area": tr("town and semi-dense area"),
        "rural area": tr("rural area"),
        "dense town": tr("dense town"),
        "semi-dense town": tr("semi-dense town"),
        "suburban or peri-urban area": tr("suburban or peri-urban area"),
        "village": tr("village"),
        "dispersed rural area": tr("dispersed rural area"),
        "mostly uninhabited area": tr("mostly uninhabited area"),
    }


#: "P_M 0.2 - 0.4" (polycentricity classes): decimals written as the language writes them.
_RANGE = re.compile(r"^(?P<prefix>P_M )(?P<low>\d+\.\d+) - (?P<high>\d+\.\d+)$")
#: "10–20 % work elsewhere (p1)" (commuting indicators).
_ELSEWHERE = re.compile(r"^(?P<range>\d+–\d+) % work elsewhere \(p1\)$")
#: "within 10 minutes" (service areas).
_WITHIN = re.compile(r"^within (?P<minutes>\d+) minutes$")
#: "23 dense urban cluster" (DEGURBA grid codes with their names).
_CODED = re.compile(r"^(?P<code>\d+) (?P<name>\D.*)$")


def translated_label(label: str) -> str:
    """``label`` of a bundled style in the interface language (unknown labels unchanged)."""
    catalogue = label_catalogue()
    if label in catalogue:
        return catalogue[label]
    match = _RANGE.match(label)
    if match:
        low, high = float(match["low"]), float(match["high"])
        return match["prefix"] + number_range(low, high, 1)
    match = _ELSEWHERE.match(label)
    if match:
        return tr("{range} % work elsewhere (p1)").format(range=match["range"])
    match = _WITHIN.match(label)
    if match:
        return tr("within {minutes} minutes").format(minutes=number(float(match["minutes"])))
    match = _CODED.match(label)
    if match and match["name"] in catalogue:
        return f"{match['code']} {catalogue[match['name']]}"
    return label


def translate_legend(layer) -> None:
    """Replace the class labels of ``layer``'s renderer by their translations.

    Works on a copy that is set back with setRenderer, so that the layer tree's legend
    (built when the layer was added) is rebuilt with the new labels."""
    current = layer.renderer() if hasattr(layer, "renderer") else None
    if current is None:
        return
    renderer = current.clone()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, translated_label(category.label()))
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        for index, item in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(index, translated_label(item.label()))
    elif isinstance(renderer, QgsRuleBasedRenderer):
        stack = list(renderer.rootRule().children())
        while stack:
            rule = stack.pop()
            rule.setLabel(translated_label(rule.label()))
            stack.extend(rule.children())
    elif isinstance(renderer, QgsPalettedRasterRenderer):
        for item in renderer.classes():
            renderer.setLabel(item.value, translated_label(item.label))
    else:
        return
    layer.setRenderer(renderer)
