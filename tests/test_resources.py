"""Bundled resources load in QGIS: every QML parses and its expressions are valid."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
STYLES = sorted((REPO / "resources" / "styles").glob("*.qml"))


def expressions(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    found = []
    for element in root.iter():
        if element.get("name") == "expression" and element.get("value"):
            found.append(element.get("value"))
        if element.tag == "rule" and element.get("filter") and element.get("filter") != "ELSE":
            found.append(element.get("filter"))
    for element in root.iter("renderer-v2"):
        if element.get("attr") and not element.get("attr").isidentifier():
            found.append(element.get("attr"))
    return found


@pytest.mark.parametrize("path", STYLES, ids=[p.name for p in STYLES])
def test_style_expressions_parse(path):
    from qgis.core import QgsExpression

    for text in expressions(path):
        expression = QgsExpression(text)
        error = expression.parserErrorString()
        assert not expression.hasParserError(), f"{path.name}: {text!r}: {error}"
        for function in expression.referencedFunctions():
            known = QgsExpression.isFunctionName(function)
            assert known, f"{path.name}: unknown function {function}"


def test_flowline_style_applies(tmp_path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(
        "LineString?crs=EPSG:3006&field=flow:double&field=width_class:integer&field=cross_border:boolean",
        "f",
        "memory",
    )
    message, ok = layer.loadNamedStyle(str(REPO / "resources" / "styles" / "flowlines.qml"))
    assert ok, message
    assert layer.renderer().type() == "RuleRenderer"
    assert layer.renderer().orderByEnabled()
