"""regionatlas:commutingindicators and regionatlas:flowlines through processing.run."""

from __future__ import annotations

import json
import math

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes


def od_params(sample, **extra):
    return {**sample.od(), "OUTPUT": "memory:", **extra}


def features(layer):
    return list(layer.getFeatures())


def test_provider_lists_algorithms_with_stable_ids(provider):
    ids = {alg.id() for alg in provider.algorithms()}
    assert {"regionatlas:commutingindicators", "regionatlas:flowlines"} <= ids
    for alg in provider.algorithms():
        assert alg.shortHelpString() and "Source" in alg.shortHelpString()
        assert alg.name() == alg.name().lower()


def test_indicators_table_from_csv(run_alg, sample):
    results, fb = run_alg("regionatlas:commutingindicators", od_params(sample))
    layer = results["OUTPUT"]
    assert layer.wkbType() == QgsWkbTypes.NoGeometry
    rows = {f["unit_id"]: f for f in features(layer)}
    assert len(rows) == 39 and "0501" in rows
    for f in rows.values():
        assert math.isclose(f["out_commuters"], f["employed_residents"] - f["self_flow"])
        assert math.isclose(f["p1"], f["out_commuters"] / f["employed_residents"])
    meta = json.loads(results["METADATA"])
    assert meta["algorithm"] == "regionatlas:commutingindicators" and meta["version"]
    assert meta["parameters"]["YEAR"] == "2023"
    assert meta["parameters"]["MISSING_ZONES"] == 0  # defaults are recorded too


def test_indicators_joined_to_zones(run_alg, sample):
    results, _ = run_alg("regionatlas:commutingindicators", od_params(sample, **sample.zones()))
    layer = results["OUTPUT"]
    assert layer.geometryType() == QgsWkbTypes.PolygonGeometry
    names = layer.fields().names()
    assert "kommunkod" in names and "namn" in names and "p2" in names
    for f in features(layer):
        assert f["kommunkod"] == f["unit_id"]


def test_flowlines_on_sample_with_border_flags(run_alg, sample):
    params = od_params(sample, **sample.zones(), BORDER_FIELD="lanskod", K_LARGEST=3)
    results, fb = run_alg("regionatlas:flowlines", params)
    layer = results["OUTPUT"]
    assert layer.geometryType() == QgsWkbTypes.LineGeometry
    county = {
        f["kommunkod"]: f["lanskod"]
        for f in QgsVectorLayer(f"{sample['gpkg']}|layername=kommuner", "k", "ogr").getFeatures()
    }
    lines = features(layer)
    assert lines
    per_origin = {}
    for f in lines:
        assert f["origin"] != f["destination"]
        assert f["cross_border"] == (county[f["origin"]] != county[f["destination"]])
        assert 1 <= f["width_class"] <= 5 and f["length_km"] > 0
        per_origin[f["origin"]] = per_origin.get(f["origin"], 0) + 1
    assert max(per_origin.values()) == 3
    assert any(f["cross_border"] for f in lines) and not all(f["cross_border"] for f in lines)


def test_flowlines_geographic_crs_is_projected_and_said(run_alg, sample, kommuner_4326):
    params = od_params(sample, ZONES=kommuner_4326, ZONES_ID_FIELD="kommunkod")
    results, fb = run_alg("regionatlas:flowlines", params)
    layer = results["OUTPUT"]
    assert layer.crs().authid() == "EPSG:32633"
    assert "EPSG:32633" in fb.log and "geographic" in fb.log


# -- bad input: one row per case (style-examples.md: data-driven tests) ----------------------


BAD_OD = [
    (
        "misnamed field",
        "from,to,n\n01,02,5\n",
        {"ORIGIN_FIELD": "origin"},
        ["origin", "from, to, n"],
    ),
    ("non-numeric count", "from,to,n\n01,02,5\n02,01,tolv\n", {}, ["Row 2", "'tolv'", "'n'"]),
    ("negative count", "from,to,n\n01,02,-5\n", {}, ["Row 1", "negative"]),
    ("NaN count", "from,to,n\n01,02,5\n01,01,nan\n", {}, ["Row 2", "'n'"]),
    ("infinite count", "from,to,n\n01,02,inf\n", {}, ["Row 1", "finite"]),
    ("empty table", "from,to,n\n", {}, ["empty"]),
    ("missing id", "from,to,n\n01,,5\n", {}, ["Row 1", "'to'", "empty"]),
]


@pytest.mark.parametrize("case, text, extra, words", BAD_OD, ids=[c[0] for c in BAD_OD])
def test_bad_od_input(run_alg, csv_od, tmp_path, case, text, extra, words):
    params = {
        **csv_od(text),
        "OUTPUT": str(tmp_path / "out.gpkg"),
    }
    params.update(extra)
    with pytest.raises(QgsProcessingException) as err:
        run_alg("regionatlas:commutingindicators", params)
    for word in words:
        assert word in str(err.value), str(err.value)
    assert not (tmp_path / "out.gpkg").exists(), "no partial output on failure"


def test_duplicate_pairs_are_summed_and_logged(run_alg, csv_od):
    params = {
        **csv_od("from,to,n\n01,02,5\n01,02,7\n02,02,3\n"),
        "OUTPUT": "memory:",
    }
    results, fb = run_alg("regionatlas:commutingindicators", params)
    rows = {f["unit_id"]: f for f in results["OUTPUT"].getFeatures()}
    assert rows["01"]["out_commuters"] == 12
    assert "summed" in fb.log and "01->02" in fb.log


def test_several_years_without_choice_is_refused(run_alg, sample):
    params = od_params(sample)
    params.pop("YEAR")
    with pytest.raises(QgsProcessingException, match="several years"):
        run_alg("regionatlas:commutingindicators", params)


def test_unknown_year_is_refused(run_alg, sample):
    with pytest.raises(QgsProcessingException, match="2031"):
        run_alg("regionatlas:commutingindicators", od_params(sample, YEAR="2031"))


def test_ids_missing_from_zones_fail_or_drop(run_alg, csv_od, sample, tmp_path):
    text = "from,to,n\n0501,0502,5\n9999,0502,7\n0502,8888,2\n"
    base = {
        **csv_od(text),
        **sample.zones(),
    }
    with pytest.raises(QgsProcessingException) as err:
        run_alg("regionatlas:flowlines", {**base, "OUTPUT": str(tmp_path / "x.gpkg")})
    assert "2 id(s)" in str(err.value) and "9999" in str(err.value) and "8888" in str(err.value)
    assert not (tmp_path / "x.gpkg").exists()
    results, fb = run_alg(
        "regionatlas:flowlines", {**base, "MISSING_ZONES": 1, "OUTPUT": "memory:"}
    )
    lines = list(results["OUTPUT"].getFeatures())
    assert [(f["origin"], f["destination"]) for f in lines] == [("0501", "0502")]
    assert "dropped" in fb.log


def test_invalid_zone_geometry_is_repaired_and_reported(run_alg, csv_od):
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=id:string", "z", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    bowtie = QgsGeometry.fromWkt("POLYGON((0 0, 1000 1000, 1000 0, 0 1000, 0 0))")
    square = QgsGeometry.fromWkt("POLYGON((5000 0, 6000 0, 6000 1000, 5000 1000, 5000 0))")
    feats = []
    for key, geom in (("01", bowtie), ("02", square)):
        f = QgsFeature(layer.fields())
        f.setAttributes([key])
        f.setGeometry(geom)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    params = {
        **csv_od("from,to,n\n01,02,5\n02,01,3\n"),
        "ZONES": layer,
        "ZONES_ID_FIELD": "id",
        "OUTPUT": "memory:",
    }
    results, fb = run_alg("regionatlas:flowlines", params)
    assert results["OUTPUT"].featureCount() == 2
    assert "repaired" in fb.log and "01" in fb.log


def test_filters_that_remove_everything_say_so(run_alg, sample):
    params = od_params(sample, **sample.zones(), MIN_FLOW=10_000_000)
    with pytest.raises(QgsProcessingException, match="No flow is left"):
        run_alg("regionatlas:flowlines", params)


def test_flowlines_on_norway_2022(run_alg, shared_data):
    csv_path = shared_data("norway", "commuting_2022.csv")
    gpkg = shared_data("norway", "kommuner2020_4326.gpkg")
    params = {
        "INPUT": str(csv_path),
        "ORIGIN_FIELD": "home_kommune",
        "DESTINATION_FIELD": "work_kommune",
        "COUNT_FIELD": "employed",
        "ZONES": str(gpkg),
        "ZONES_ID_FIELD": "KOMMUNENR",
        "MISSING_ZONES": 1,
        "K_LARGEST": 1,
        "OUTPUT": "memory:",
    }
    results, fb = run_alg("regionatlas:flowlines", params)
    lines = {f["origin"]: f for f in results["OUTPUT"].getFeatures()}
    import csv

    with open(csv_path, newline="", encoding="utf-8") as fh:
        flows = {
            (r["home_kommune"], r["work_kommune"]): float(r["employed"]) for r in csv.DictReader(fh)
        }
    # k = 1: each origin's single largest flow to another municipality (read off the CSV).
    for origin in ("0301", "3024", "5001"):
        out = {d: v for (o, d), v in flows.items() if o == origin and d != origin}
        best = max(out, key=lambda d: (out[d], -int(d)))
        assert lines[origin]["destination"] == best
        assert lines[origin]["flow"] == out[best]
        assert lines[origin]["reverse_flow"] == flows.get((best, origin), 0)
    assert results["OUTPUT"].featureCount() == len(lines)  # one line per origin


def test_csv_fast_path_equals_reading_through_qgis(run_alg, sample):
    """A bare CSV path is read with pandas; a layer object goes through QGIS: same result."""
    base = od_params(sample)
    by_path, fb = run_alg("regionatlas:commutingindicators", base)
    assert "directly" in fb.log
    layer = QgsVectorLayer(str(sample["csv"]), "od", "ogr")
    by_layer, fb2 = run_alg("regionatlas:commutingindicators", {**base, "INPUT": layer})
    assert "directly" not in fb2.log

    def rows(result):
        return sorted(tuple(f.attributes()) for f in result["OUTPUT"].getFeatures())

    assert rows(by_path) == rows(by_layer)


def test_semicolon_csv_with_bom_and_leading_zeros(run_alg, tmp_path):
    path = tmp_path / "semi.csv"
    path.write_text("\ufeffbostad;arbete;antal\n0114;0180;5\n0180;0180;9\n", encoding="utf-8")
    params = {
        "INPUT": str(path),
        "ORIGIN_FIELD": "bostad",
        "DESTINATION_FIELD": "arbete",
        "COUNT_FIELD": "antal",
        "OUTPUT": "memory:",
    }
    results, _ = run_alg("regionatlas:commutingindicators", params)
    rows = {f["unit_id"]: f for f in results["OUTPUT"].getFeatures()}
    assert set(rows) == {"0114", "0180"}
    assert rows["0180"]["jobs"] == 14


def test_core_error_is_shown_in_the_users_language(run_alg, csv_od):
    """The core's InputError reaches a Swedish user in Swedish (template + values)."""
    from RegionAtlas.i18n import install_translator, remove_translator

    params = {**csv_od("from,to,n\n01,02,5\n02,01,tolv\n"), "OUTPUT": "memory:"}
    if install_translator("sv") is None:
        pytest.skip("translations not compiled (the set-up runs lrelease)")
    try:
        with pytest.raises(QgsProcessingException) as err:
            run_alg("regionatlas:commutingindicators", params)
    finally:
        remove_translator()
    message = str(err.value)
    assert "'tolv'" in message and "'n'" in message and "Row 2" not in message


def _load(alg_id, params):
    from qgis.core import QgsProject

    import processing

    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults(alg_id, params)
    return [project.mapLayer(i) for i in set(project.mapLayers()) - before]


def test_flowlines_legend_has_the_classes_that_occur_and_arrows(provider, sample, qgis_iface):
    """Loaded like the toolbox does: one legend entry per width class that occurs, labelled
    with its flows, under within / across the border, and an arrowhead at the destination."""
    from qgis.core import QgsProject, QgsRuleBasedRenderer, QgsSymbolLayer

    params = od_params(sample, **sample.zones(), BORDER_FIELD="lanskod", K_LARGEST=1)
    params["OUTPUT"] = "TEMPORARY_OUTPUT"
    loaded = _load("regionatlas:flowlines", params)
    try:
        (layer,) = loaded
        assert layer.name() == "Commuting flow lines (1 largest per origin)"
        by_group = ({}, {})  # within, across: width class -> flows
        for f in layer.getFeatures():
            by_group[bool(f["cross_border"])].setdefault(f["width_class"], []).append(f["flow"])
        assert by_group[0] and by_group[1]
        renderer = layer.renderer()
        assert isinstance(renderer, QgsRuleBasedRenderer)
        groups = renderer.rootRule().children()
        assert [g.label() for g in groups] == ["Within the border", "Across the border"]
        for group, flows in zip(groups, by_group):
            # only the classes that occur in the group, no orphan entries
            classes = group.children()
            assert [c.filterExpression() for c in classes] == [
                f'"width_class" = {k}' for k in sorted(flows, reverse=True)
            ]
            for rule, k in zip(classes, sorted(flows, reverse=True)):
                low, high = min(flows[k]), max(flows[k])
                assert rule.label().startswith(f"{low:,.0f}")
                assert rule.label().endswith(f"{high:,.0f} persons")
                kinds = [sl.layerType() for sl in rule.symbol().symbolLayers()]
                assert kinds == ["SimpleLine", "MarkerLine"]
                # the width expression is fixed to the class, so the legend draws its width
                line = rule.symbol().symbolLayer(0)
                width = line.dataDefinedProperties().property(QgsSymbolLayer.PropertyStrokeWidth)
                assert '"width_class"' not in width.expressionString()
                assert str(k) in width.expressionString()
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in loaded])


def test_flowlines_legend_in_swedish(provider, sample, qgis_iface):
    from qgis.core import QgsProject
    from RegionAtlas.i18n import install_translator, remove_translator

    if install_translator("sv") is None:
        pytest.skip("the Swedish translation is not compiled (.qm)")
    params = od_params(sample, **sample.zones(), BORDER_FIELD="lanskod", K_LARGEST=3)
    params["OUTPUT"] = "TEMPORARY_OUTPUT"
    try:
        loaded = _load("regionatlas:flowlines", params)
        (layer,) = loaded
        groups = layer.renderer().rootRule().children()
        assert [g.label() for g in groups] == ["Inom gränsen", "Över gränsen"]
        big = groups[0].children()[0].label()
        assert "personer" in big and "\u00a0" in big  # "1 234 – 5 678 personer"
        QgsProject.instance().removeMapLayers([layer.id() for layer in loaded])
    finally:
        remove_translator()


def test_indicators_load_with_aliases_and_rounded_shares(provider, sample, qgis_iface):
    from qgis.core import QgsProject

    params = od_params(sample, **sample.zones())
    params["OUTPUT"] = "TEMPORARY_OUTPUT"
    loaded = _load("regionatlas:commutingindicators", params)
    try:
        (layer,) = loaded
        fields = layer.fields()
        p1 = fields.lookupField("p1")
        assert layer.attributeDisplayName(p1) == "p1: share working in another unit"
        setup = layer.editorWidgetSetup(fields.lookupField("sc_supply"))
        assert setup.type() == "Range" and setup.config()["Precision"] == 3
        assert any(f["p1"] != round(f["p1"], 3) for f in layer.getFeatures())  # stored in full
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in loaded])
