"""The class labels of every bundled QML reach a Swedish user in Swedish (the review saw
"Dominant / Intermediate / Dominated / Independent" in a Swedish QGIS)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

STYLES = Path(__file__).resolve().parents[2] / "resources" / "styles"


def _labels() -> set[str]:
    labels = set()
    for path in STYLES.glob("*.qml"):
        for element in ET.parse(path).iter():
            if element.tag in ("category", "rule", "range", "paletteEntry", "item"):
                label = element.get("label")
                if label:
                    labels.add(label)
    return labels


@pytest.fixture
def swedish(qgis_app):
    from RegionAtlas.i18n import install_translator, remove_translator

    if install_translator("sv") is None:
        pytest.skip("the Swedish translation is not compiled (.qm)")
    yield
    remove_translator()


def test_every_text_label_of_the_bundled_styles_is_translated(swedish):
    from RegionAtlas.processing.style_labels import translated_label

    labels = _labels()
    assert len(labels) > 50
    # labels with words (not only numbers, units and signs) must change in Swedish
    worded = {label for label in labels if re.search(r"[A-Za-z]{3,}", label.replace(" min", ""))}
    same = sorted(label for label in worded if translated_label(label) == label)
    assert not same
    assert translated_label("P_M 0.2 - 0.4") == "P_M 0,2–0,4"
    assert translated_label("23 dense urban cluster") == "23 tätt urbant kluster"


def test_loaded_style_shows_swedish_classes(swedish):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer
    from RegionAtlas.processing.sinks import StylePostProcessor

    layer = QgsVectorLayer("Point?field=role:string&field=label_rank:integer", "n", "memory")
    StylePostProcessor("dominantflows_nodes.qml", "{}", "n").postProcessLayer(
        layer, QgsProcessingContext(), QgsProcessingFeedback()
    )
    labels = [c.label() for c in layer.renderer().categories()]
    assert labels == ["Dominerande", "Mellanliggande", "Dominerad", "Oberoende"]
