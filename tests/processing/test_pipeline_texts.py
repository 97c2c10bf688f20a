"""The pipeline model's subtitle and source texts follow QGIS's language: a Swedish
structure image has no English subtitle ("Commuting: nodes, corridors ...") and no "Källa:
commuting OD table ..."."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

MODEL = Path(__file__).resolve().parents[2] / "resources" / "models" / "pipeline.model3"


def _expressions() -> list[str]:
    text = MODEL.read_text(encoding="utf-8")
    found = [
        e
        for e in re.findall(r'value="([^"]*)" name="expression"', text)
        if "given to the pipeline" in e or "border links and commuting regions" in e
    ]
    return [e.replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">") for e in found]


@pytest.mark.parametrize(
    ("locale", "network", "expected"),
    [
        (
            "sv_SE",
            "",
            [
                "pendlingens OD-tabell och zonerna som angavs i arbetsflödet",
                "Pendling 2022: noder, stråk, gränslänkar och pendlingsregioner",
            ],
        ),
        (
            "sv_SE",
            "roads.gpkg",
            [
                "pendlingens OD-tabell och zonerna, vägnätet och servicen "
                "som angavs i arbetsflödet",
                "Pendling 2022: noder, stråk, gränslänkar och "
                "pendlingsregioner; serviceområden (10, 20 minuter)",
            ],
        ),
        (
            "en_GB",
            "",
            [
                "commuting OD table and zones given to the pipeline",
                "Commuting 2022: nodes, corridors, border links and commuting regions",
            ],
        ),
    ],
)
def test_subtitle_and_source_in_the_users_language(qgis_app, locale, network, expected):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextScope

    expressions = _expressions()
    assert len(expressions) == 4  # source and subtitle of both export steps
    scope = QgsExpressionContextScope()
    for name, value in (
        ("qgis_locale", locale[:2]),
        ("NETWORK", network),
        ("YEAR", "2022"),
        ("THRESHOLDS", "10,20"),
    ):
        scope.setVariable(name, value)
    context = QgsExpressionContext()
    context.appendScope(scope)
    texts = []
    for source in expressions:
        expression = QgsExpression(source)
        assert not expression.hasParserError(), expression.parserErrorString()
        texts.append(expression.evaluate(context))
    assert sorted(set(texts)) == sorted(expected)
