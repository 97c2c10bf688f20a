"""What a planner sees in every algorithm dialog (issue 15): no label that says "(optional)"
itself (QGIS adds "[optional]"), and no number field showing six decimals: counts are
integers, other numbers say how many decimals they need."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.usefixtures("provider")


def _parameters(provider):
    for alg in sorted(provider.algorithms(), key=lambda a: a.name()):
        for definition in alg.parameterDefinitions():
            yield alg, definition


def test_no_label_says_optional_itself(provider):
    bad = [
        f"{alg.name()}:{d.name()} '{d.description()}'"
        for alg, d in _parameters(provider)
        if re.search(r"\((optional|valfri|valfritt)\)", d.description(), re.I)
    ]
    assert not bad, bad


def test_decimal_numbers_say_how_many_decimals(provider):
    from qgis.core import QgsProcessingParameterNumber

    bad = []
    for alg, d in _parameters(provider):
        if d.type() != "number" or d.dataType() != QgsProcessingParameterNumber.Type.Double:
            continue
        decimals = (d.metadata().get("widget_wrapper") or {}).get("decimals")
        if decimals is None:
            bad.append(f"{alg.name()}:{d.name()}")
    assert not bad, bad
