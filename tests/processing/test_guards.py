"""No silent wrong answer (issue 10, section 3): every algorithm refuses a misnamed field and an
output that cannot be written before it computes anything, leaves nothing behind when it fails,
and shows its whole help text."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("provider")


def _algorithms(provider):
    return sorted(provider.algorithms(), key=lambda a: a.name())


def _field_test_layer():
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=code:string&field=pop:integer", "t", "memory")
    assert layer.isValid()
    return layer


def _cases(provider, kind):
    return [
        (alg, definition)
        for alg in _algorithms(provider)
        for definition in alg.parameterDefinitions()
        if (definition.type() == "field" if kind == "field" else definition.isDestination())
    ]


# -- field parameters: every field parameter of every algorithm --------------------------------


def test_every_field_parameter_of_every_algorithm_is_checked(provider):
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProject
    from RegionAtlas.processing.guards import check_field_parameters

    layer = _field_test_layer()
    QgsProject.instance().addMapLayer(layer)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    cases = _cases(provider, "field")
    assert len(cases) >= 30  # the catalogue's field parameters, all of them below
    checked = 0
    try:
        for alg, definition in cases:
            parent = definition.parentLayerParameterName()
            if not parent:
                continue
            good = {parent: layer.id(), definition.name(): "code"}
            check_field_parameters(alg, good, context)  # an existing field passes
            bad = {parent: layer.id(), definition.name(): "kommun_kod"}
            with pytest.raises(QgsProcessingException) as err:
                check_field_parameters(alg, bad, context)
            message = str(err.value)
            assert definition.name() in message, (alg.name(), message)
            assert "'kommun_kod'" in message and "code, pop" in message
            checked += 1
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert checked == len([c for c in cases if c[1].parentLayerParameterName()])


def test_misnamed_border_field_is_refused_not_read_from_the_last_field(sample, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    target = tmp_path / "lines.gpkg"
    params = {
        **sample.od(),
        **sample.zones(),
        "BORDER_FIELD": "lanskod_typo",
        "OUTPUT": str(target),
    }
    with pytest.raises(QgsProcessingException, match=r"BORDER_FIELD.*'lanskod_typo'"):
        run_alg("regionatlas:flowlines", params)
    assert not target.exists()


def test_misnamed_size_field_is_refused_by_dominantflows(sample, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    alg_params = {
        **sample.od(),
        "NODES": f"{sample['gpkg']}|layername=kommuner",
        "NODES_ID_FIELD": "kommunkod",
        "SIZE_FIELD": "befolkning_typo",
        "OUTPUT_NODES": str(tmp_path / "n.gpkg"),
        "OUTPUT_LINKS": str(tmp_path / "l.gpkg"),
    }
    with pytest.raises(QgsProcessingException, match=r"SIZE_FIELD.*'befolkning_typo'"):
        run_alg("regionatlas:dominantflows", alg_params)
    assert not list(tmp_path.glob("*.gpkg"))


@pytest.mark.qgis_process
def test_misnamed_field_through_qgis_process(qp, sample, tmp_path):
    params = {**sample.od(), "COUNT_FIELD": "antal", "OUTPUT": tmp_path / "o.gpkg"}
    proc = qp.alg("regionatlas:commutingindicators", params, as_json=False)
    text = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "COUNT_FIELD" in text and "'antal'" in text and "Traceback" not in text
    assert not (tmp_path / "o.gpkg").exists()


# -- output paths: every output of every algorithm ---------------------------------------------


def _bad_paths(tmp_path: Path) -> dict[str, str]:
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    return {
        "missing folder": str(tmp_path / "no_such_folder" / "out.gpkg"),
        "parent is a file": str(blocker / "out.gpkg"),
        "too long": str(tmp_path / ("x" * 300 + ".gpkg")),
        "reserved character": str(tmp_path / "what?.gpkg"),
        "reserved name": str(tmp_path / "CON.gpkg"),
    }


def test_every_output_of_every_algorithm_is_checked_before_running(provider, tmp_path):
    from qgis.core import QgsProcessingException
    from RegionAtlas.processing.guards import check_outputs

    cases = _cases(provider, "output")
    assert len(cases) >= 25
    for alg, definition in cases:
        folder = definition.type() == "folderDestination"
        for why, path in _bad_paths(tmp_path).items():
            if folder and why != "parent is a file":
                continue  # a missing output folder is created; names are checked for files
            target = str(Path(path).with_suffix("")) if folder else path
            with pytest.raises(QgsProcessingException) as err:
                check_outputs(alg, {definition.name(): target})
            assert definition.name() in str(err.value), (alg.name(), why, str(err.value))
        good = tmp_path / ("good_dir" if folder else "good.gpkg")
        planned = check_outputs(alg, {definition.name(): str(good)})
        assert [p.parameter for p in planned] == [definition.name()]
        assert not good.exists()  # the probe leaves nothing behind


@pytest.mark.parametrize(
    ("alg_id", "output"),
    [
        ("regionatlas:commutingindicators", "OUTPUT"),
        ("regionatlas:commutingregions", "OUTPUT_REPORT"),
    ],
)
def test_unwritable_output_fails_before_computing(alg_id, output, sample, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    params = {**sample.od(), "OUTPUT": str(tmp_path / "ok.gpkg")}
    params[output] = str(tmp_path / "missing" / "x.html")
    with pytest.raises(QgsProcessingException, match=rf"{output}.*cannot write"):
        run_alg(alg_id, params)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_failed_run_removes_what_it_created_and_keeps_what_existed(qgis_processing, tmp_path):
    from qgis.core import (
        QgsFeature,
        QgsFields,
        QgsProcessingContext,
        QgsProcessingException,
        QgsProcessingParameterFeatureSink,
        QgsProcessingParameterFileDestination,
        QgsWkbTypes,
    )
    from RegionAtlas.processing.base import RegionAtlasAlgorithm
    from RegionAtlas.regionatlas.errors import InputError

    class HalfWay(RegionAtlasAlgorithm):
        NAME = "halfway"

        def display_name(self):
            return "Half way"

        def help_text(self):
            return "Writes a table and a report, then fails."

        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Table"))
            self.addParameter(QgsProcessingParameterFileDestination("REPORT", "Report"))

        def run_algorithm(self, parameters, context, feedback):
            sink, _ = self.parameterAsSink(
                parameters, "OUTPUT", context, QgsFields(), QgsWkbTypes.Type.NoGeometry
            )
            sink.addFeature(QgsFeature())
            del sink
            Path(self.parameterAsFileOutput(parameters, "REPORT", context)).write_text("half")
            raise InputError("Row {row}: broken", row=7)

    existing = tmp_path / "report.html"
    existing.write_text("the user's own file")
    alg = HalfWay()
    alg.initAlgorithm()
    from qgis.core import QgsProcessingFeedback

    new_table = tmp_path / "table.gpkg"
    with pytest.raises(QgsProcessingException, match="Row 7: broken"):
        alg.processAlgorithm(
            {"OUTPUT": str(new_table), "REPORT": str(tmp_path / "new.html")},
            QgsProcessingContext(),
            QgsProcessingFeedback(),
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]
    with pytest.raises(QgsProcessingException):
        alg.processAlgorithm(
            {"OUTPUT": str(new_table), "REPORT": str(existing)},
            QgsProcessingContext(),
            QgsProcessingFeedback(),
        )
    assert existing.exists()  # it was there before the run: never removed


# -- help texts ---------------------------------------------------------------------------------


def _plain(html: str) -> str:
    text = re.sub(r"<br\s*/?>|</p>|</li>", "\n", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", "", text)).split())


def test_every_help_text_is_shown_to_its_end(provider):
    """QGIS shows shortHelpString as HTML (QTextBrowser); a bare '<' ('V < 1') used to swallow
    text up to the next '>'. The rendered text must be the whole help, word for word."""
    from qgis.PyQt.QtGui import QTextDocument
    from RegionAtlas.processing.base import escape_help

    for alg in _algorithms(provider):
        help_html = alg.shortHelpString()
        document = QTextDocument()
        document.setHtml(help_html)
        shown = " ".join(document.toPlainText().split())
        expected = _plain(escape_help(alg.help_text()))
        assert shown == expected, (alg.name(), shown[-200:], expected[-200:])
        assert len(shown) > 200
    raw = "Strict: every area has V < 1 fixed & kept; <b>bold</b>"
    document = QTextDocument()
    document.setHtml(escape_help(raw))
    assert document.toPlainText() == "Strict: every area has V < 1 fixed & kept; bold"


def test_help_cites_published_sources_not_internal_specs(provider):
    """The user has the guide, not the project's spec files."""
    for alg in _algorithms(provider):
        text = alg.shortHelpString()
        assert "spec " not in text and ".md" not in text, alg.name()
