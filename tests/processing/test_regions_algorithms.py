"""regionatlas:commutingregions, laregionsfromindicators and regionchange through processing.run.

Partitions are compared as sets of sets (never by count alone) against the core functions and
against the official results in ../shared/data (skipped when absent).
"""

from __future__ import annotations

import json
import sys

import pandas as pd
import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.commuting.regions import (
    UNIT_FIELDS,
    euro_regions,
    leiden_regions,
    scb_regions,
    tolbert_sizer_regions,
)

# -- helpers ---------------------------------------------------------------------------------


def od_params(sample, year="2023", **extra):
    return {**sample.od(year), "OUTPUT": "memory:", "OUTPUT_REGIONS": "memory:", **extra}


def partition_sets(layer, unit="unit_id", region="region_id"):
    groups: dict = {}
    for f in layer.getFeatures():
        if f[region] is not None and f[region] != "" and not _null(f[region]):
            groups.setdefault(f[region], set()).add(f[unit])
    return {frozenset(g) for g in groups.values()}


def _null(value) -> bool:
    return hasattr(value, "isNull") and value.isNull()


def rows(layer, key):
    return {f[key]: f for f in layer.getFeatures()}


def write_csv(tmp_path, text, name="od.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# -- catalogue -------------------------------------------------------------------------------

ALG_IDS = (
    "regionatlas:commutingregions",
    "regionatlas:laregionsfromindicators",
    "regionatlas:regionchange",
)


def test_algorithms_are_registered_with_public_parameters(provider):
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    for alg_id in ALG_IDS:
        alg = registry.algorithmById(alg_id)
        assert alg is not None, alg_id
        assert alg.groupId() == "regions"
        assert "Source" in alg.shortHelpString()
    cr = registry.algorithmById("regionatlas:commutingregions")
    names = {p.name() for p in cr.parameterDefinitions()}
    assert {
        "INPUT",
        "ORIGIN_FIELD",
        "DESTINATION_FIELD",
        "COUNT_FIELD",
        "YEAR_FIELD",
        "YEAR",
        "METHOD",
        "CENTRE_MAX_OUT",
        "CENTRE_MAX_SINGLE",
        "MIN_SIZE",
        "MIN_SC",
        "TARGET_SIZE",
        "TARGET_SC",
        "CUT_HEIGHT",
        "RESOLUTION",
        "SEED",
        "ZONES",
        "ZONES_ID_FIELD",
        "BORDER_FIELD",
        "OUTPUT",
        "OUTPUT_REGIONS",
        "OUTPUT_REPORT",
    } <= names
    options = cr.parameterDefinition("METHOD").options()
    assert len(options) == 6
    words = ("SCB", "ISTAT", "strict", "Tolbert-Sizer", "Leiden", "textbook")
    for option, word in zip(options, words):
        assert word in option
    defaults = {
        "CENTRE_MAX_OUT": 0.20,
        "CENTRE_MAX_SINGLE": 0.075,
        "MIN_SIZE": 3500,
        "MIN_SC": 0.6667,
        "TARGET_SIZE": 25000,
        "TARGET_SC": 0.75,
        "CUT_HEIGHT": 0.977,
        "RESOLUTION": 1.0,
        "SEED": 42,
    }
    for name, value in defaults.items():
        assert float(cr.parameterDefinition(name).defaultValue()) == pytest.approx(value)
    la = registry.algorithmById("regionatlas:laregionsfromindicators")
    assert {"INPUT", "UNIT_FIELD", "DESTINATION_FIELD", "P1_FIELD", "P2_FIELD", "OUTPUT"} <= {
        p.name() for p in la.parameterDefinitions()
    }
    rc = registry.algorithmById("regionatlas:regionchange")
    assert {"INPUTS", "INPUT_TYPE", "OUTPUT_YEARS", "OUTPUT_UNITS", "OUTPUT_MATCHES"} <= {
        p.name() for p in rc.parameterDefinitions()
    }


# -- commutingregions on the sample ----------------------------------------------------------

CORE = {
    0: scb_regions,
    1: euro_regions,
    2: lambda t: euro_regions(t, variant="strict"),
    3: tolbert_sizer_regions,
    4: leiden_regions,
    5: lambda t: euro_regions(t, variant="textbook"),
}


@pytest.mark.parametrize("method", sorted(CORE))
def test_every_method_matches_the_core(run_alg, sample, method):
    results, fb = run_alg(
        "regionatlas:commutingregions", od_params(sample, METHOD=method, OUTPUT_REGIONS=None)
    )
    layer = results["OUTPUT"]
    assert layer.wkbType() == QgsWkbTypes.NoGeometry
    names = list(UNIT_FIELDS)
    if method == 0:  # SCB: the LA code after the region id
        names.insert(names.index("region_id") + 1, "la_code")
    assert layer.fields().names() == names
    expected = CORE[method](sample.od_table())
    assert partition_sets(layer) == expected.region_sets()
    assert results["N_REGIONS"] == expected.n_regions
    by_unit = rows(layer, "unit_id")
    assert len(by_unit) == 39 and "0501" in by_unit  # leading zero kept
    assert {f["role"] for f in by_unit.values()} <= {"centre", "member", "zero-list", "unassigned"}
    meta = json.loads(results["METADATA"])
    assert meta["algorithm"] == "regionatlas:commutingregions"
    assert meta["parameters"]["METHOD"] == method


def test_units_map_and_dissolved_regions_with_border_and_names(run_alg, sample):
    params = od_params(
        sample, METHOD=2, **sample.zones(), BORDER_FIELD="landskod", ZONES_NAME_FIELD="namn"
    )
    results, fb = run_alg("regionatlas:commutingregions", params)
    units, regions = results["OUTPUT"], results["OUTPUT_REGIONS"]
    assert units.geometryType() == QgsWkbTypes.PolygonGeometry
    assert {"kommunkod", "namn", *UNIT_FIELDS} <= set(units.fields().names())
    assert regions.geometryType() == QgsWkbTypes.PolygonGeometry
    assert regions.featureCount() == results["N_REGIONS"]
    names = regions.fields().names()
    for column in ("units", "R", "W", "S", "sc_supply", "sc_demand", "V", "centre"):
        assert column in names
    assert "crosses_border" in names and "border_areas" in names
    unit_rows = list(units.getFeatures())
    country = {f["unit_id"]: f["landskod"] for f in unit_rows}
    name_of = {f["unit_id"]: f["namn"] for f in unit_rows}
    members: dict = {}
    for f in unit_rows:
        members.setdefault(f["region_id"], []).append(f)
    for region in regions.getFeatures():
        group = members[region["region_id"]]
        assert region["units"] == len(group)
        assert region["R"] == pytest.approx(sum(f["R"] for f in group))
        # dissolved polygon covers exactly its units
        area = sum(f.geometry().area() for f in group)
        assert region.geometry().area() == pytest.approx(area, rel=1e-6)
        assert region["crosses_border"] == (len({country[f["unit_id"]] for f in group}) > 1)
        assert region["region_name"] == name_of[region["centre"]]
        assert region["V"] >= 1.0  # strict variant: every region valid
        assert region["sc_supply"] == pytest.approx(region["S"] / region["R"])
    assert "cross the border in 'landskod'" in fb.log


def test_region_style_colours_neighbours_differently(run_alg, sample):
    from RegionAtlas.processing.regions_common import (
        PALETTE,
        RegionStylePostProcessor,
        region_colours,
    )

    results, _ = run_alg("regionatlas:commutingregions", od_params(sample, **sample.zones()))
    regions = results["OUTPUT_REGIONS"]
    geoms = {f["region_id"]: f.geometry() for f in regions.getFeatures()}
    colours = region_colours(geoms)
    assert set(colours) == set(geoms) and set(colours.values()) <= set(PALETTE)
    for a, ga in geoms.items():
        for b, gb in geoms.items():
            if a < b and ga.intersects(gb):
                assert colours[a] != colours[b], (a, b)
    feedback = QgsProcessingFeedback()
    for layer, qml in (
        (results["OUTPUT"], "commuting_regions_units.qml"),
        (regions, "commuting_regions.qml"),
    ):
        RegionStylePostProcessor(qml, "{}", "t", colours).postProcessLayer(
            layer, QgsProcessingContext(), feedback
        )
        renderer = layer.renderer()
        assert isinstance(renderer, QgsCategorizedSymbolRenderer)
        assert renderer.classAttribute() == "region_id"
        assert len(renderer.categories()) == len(geoms) + 1  # + no region
        assert layer.metadata().abstract() == "{}"


def test_report_has_scatter_and_reserve_list_events(run_alg, sample, tmp_path):
    report = tmp_path / "report.html"
    params = od_params(
        sample,
        METHOD=1,
        MIN_SIZE=5000,
        MIN_SC=0.7,
        TARGET_SIZE=40000,
        TARGET_SC=0.8,
        OUTPUT_REPORT=str(report),
    )
    results, _ = run_alg("regionatlas:commutingregions", params)
    assert results["OUTPUT_REPORT"] == str(report)
    text = report.read_text(encoding="utf-8")
    assert "id='scatter'" in text and "data:image/png;base64," in text
    expected = euro_regions(sample.od_table(), 5000, 0.7, 40000, 0.8)
    assert expected.events
    events = text[text.index("id='events'") :]
    assert "<ol class='events'>" in events
    for event in expected.events:
        assert f"unit {event['unit']}" in events
    assert "Coombes" in text and "MIN_SIZE" in text and "Modularity" in text


def test_report_of_a_method_without_reserve_list(run_alg, sample, tmp_path):
    report = tmp_path / "tolbert.html"
    run_alg(
        "regionatlas:commutingregions",
        od_params(sample, METHOD=3, CUT_HEIGHT=0.95, OUTPUT_REPORT=str(report)),
    )
    text = report.read_text(encoding="utf-8")
    assert "Tolbert" in text and "CUT_HEIGHT" in text and "id='scatter'" in text
    assert "This method has no reserve list." in text
    assert "this method does not use them" in text


def test_cancel_stops_without_output(run_alg, sample, tmp_path, feedback):
    feedback.cancel()
    params = od_params(
        sample,
        METHOD=1,
        OUTPUT=str(tmp_path / "out.gpkg"),
        OUTPUT_REGIONS=str(tmp_path / "regions.gpkg"),
        OUTPUT_REPORT=str(tmp_path / "r.html"),
    )
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run_alg("regionatlas:commutingregions", params, feedback)
    assert not list(tmp_path.iterdir())


def test_leiden_same_seed_same_partition(run_alg, sample):
    a, _ = run_alg("regionatlas:commutingregions", od_params(sample, METHOD=4, SEED=7))
    b, _ = run_alg("regionatlas:commutingregions", od_params(sample, METHOD=4, SEED=7))
    assert partition_sets(a["OUTPUT"]) == partition_sets(b["OUTPUT"])
    assert a["MODULARITY"] == pytest.approx(b["MODULARITY"]) and a["MODULARITY"] > 0.3


def test_leiden_missing_says_how_to_install(run_alg, sample, monkeypatch):
    monkeypatch.setitem(sys.modules, "igraph", None)  # import igraph -> ImportError
    with pytest.raises(QgsProcessingException) as err:
        run_alg("regionatlas:commutingregions", od_params(sample, METHOD=4))
    assert "'igraph' 1.0 or newer" in str(err.value)
    assert 'pip install "igraph>=1.0"' in str(err.value)


def test_unit_with_only_self_flows_is_named(run_alg, csv_od):
    text = "from,to,n\n01,01,500\n01,02,80\n02,02,400\n02,01,90\n03,03,50\n"
    base = {
        **csv_od(text),
        "MIN_SIZE": 10,
        "TARGET_SIZE": 100,
        "OUTPUT": "memory:",
    }
    results, fb = run_alg("regionatlas:commutingregions", {**base, "METHOD": 1})
    by_unit = rows(results["OUTPUT"], "unit_id")
    assert by_unit["03"]["role"] == "zero-list" and _null_or_none(by_unit["03"]["region_id"])
    assert "Unit '03' is set aside in the zero list" in fb.log
    assert "only flows are to itself (50 persons)" in fb.log
    results, fb = run_alg("regionatlas:commutingregions", {**base, "METHOD": 0})
    by_unit = rows(results["OUTPUT"], "unit_id")
    assert by_unit["03"]["region_id"] == "03"
    assert "flows only to themselves" in fb.log and "03" in fb.log


def _null_or_none(value) -> bool:
    return value is None or _null(value)


def test_ties_in_largest_destination_take_the_smallest_id(run_alg, csv_od):
    text = "from,to,n\n01,01,50\n01,03,30\n01,02,30\n02,02,900\n03,03,900\n"
    params = {
        **csv_od(text),
        "METHOD": 0,
        "OUTPUT": "memory:",
    }
    results, fb = run_alg("regionatlas:commutingregions", params)
    assert rows(results["OUTPUT"], "unit_id")["01"]["region_id"] == "02"
    assert "equally large destinations" in fb.log and "smallest id" in fb.log


# -- bad input: one row per case -------------------------------------------------------------

GOOD_OD = "from,to,n\n01,01,500\n01,02,80\n02,02,400\n02,01,90\n"

BAD = [
    (
        "MIN_SIZE > TARGET_SIZE",
        GOOD_OD,
        {"METHOD": 1, "MIN_SIZE": 30000},
        ["MIN_SIZE", "TARGET_SIZE"],
    ),
    ("MIN_SC > 1", GOOD_OD, {"METHOD": 1, "MIN_SC": 1.5}, ["MIN_SC", "between 0"]),
    ("TARGET_SC < 0", GOOD_OD, {"METHOD": 2, "TARGET_SC": -0.2}, ["TARGET_SC", "between 0"]),
    ("CENTRE_MAX_OUT > 1", GOOD_OD, {"METHOD": 0, "CENTRE_MAX_OUT": 1.2}, ["CENTRE_MAX_OUT"]),
    ("CUT_HEIGHT > 1", GOOD_OD, {"METHOD": 3, "CUT_HEIGHT": 1.5}, ["CUT_HEIGHT", "between 0"]),
    ("CUT_HEIGHT < 0", GOOD_OD, {"METHOD": 3, "CUT_HEIGHT": -0.1}, ["CUT_HEIGHT"]),
    ("RESOLUTION 0", GOOD_OD, {"METHOD": 4, "RESOLUTION": 0}, ["RESOLUTION", "larger than 0"]),
    (
        "all units in the zero list",
        "from,to,n\n01,01,500\n02,02,400\n",
        {"METHOD": 1},
        ["zero list", "nothing to cluster"],
    ),
    ("non-numeric count", "from,to,n\n01,02,5\n02,01,tolv\n", {}, ["Row 2", "'tolv'", "'n'"]),
]


@pytest.mark.parametrize("case, text, extra, words", BAD, ids=[c[0] for c in BAD])
def test_bad_input_commutingregions(run_alg, csv_od, tmp_path, case, text, extra, words):
    params = {
        **csv_od(text),
        "OUTPUT": str(tmp_path / "out.gpkg"),
        "OUTPUT_REGIONS": str(tmp_path / "regions.gpkg"),
        "OUTPUT_REPORT": str(tmp_path / "report.html"),
    }
    params.update(extra)
    with pytest.raises(QgsProcessingException) as err:
        run_alg("regionatlas:commutingregions", params)
    for word in words:
        assert word in str(err.value), str(err.value)
    assert not list(tmp_path.glob("out.*")) and not list(tmp_path.glob("regions.*"))
    assert not list(tmp_path.glob("report*")), "no output left behind on failure"


BAD_INDICATORS = [
    (
        "destination not a unit",
        "unit,dest,p1,p2\n01,02,0.5,0.3\n02,99,0.1,0.05\n",
        ["'99'", "not a unit of the table", "'dest'"],
    ),
    ("p1 above 1", "unit,dest,p1,p2\n01,02,1.5,0.3\n02,01,0.1,0.05\n", ["p1", "between 0 and 1"]),
    ("p2 not a number", "unit,dest,p1,p2\n01,02,0.5,x\n02,01,0.1,0.05\n", ["Row 1", "'x'", "p2"]),
    ("duplicate unit", "unit,dest,p1,p2\n01,02,0.5,0.3\n01,02,0.1,0.05\n", ["'01'", "twice"]),
    ("names itself", "unit,dest,p1,p2\n01,01,0.5,0.3\n02,01,0.1,0.05\n", ["'01'", "itself"]),
]


@pytest.mark.parametrize("case, text, words", BAD_INDICATORS, ids=[c[0] for c in BAD_INDICATORS])
def test_bad_indicator_table(run_alg, tmp_path, case, text, words):
    params = {
        "INPUT": write_csv(tmp_path, text, "ind.csv"),
        "UNIT_FIELD": "unit",
        "DESTINATION_FIELD": "dest",
        "P1_FIELD": "p1",
        "P2_FIELD": "p2",
        "OUTPUT": str(tmp_path / "out.gpkg"),
        "OUTPUT_REGIONS": str(tmp_path / "regions.gpkg"),
    }
    with pytest.raises(QgsProcessingException) as err:
        run_alg("regionatlas:laregionsfromindicators", params)
    for word in words:
        assert word in str(err.value), str(err.value)
    assert not (tmp_path / "out.gpkg").exists() and not (tmp_path / "regions.gpkg").exists()


def test_regionchange_bad_years(run_alg, sample, tmp_path):
    base = {
        "INPUTS": [str(sample["csv"])],
        "INPUT_TYPE": 1,
        "ORIGIN_FIELD": "bostadskommun",
        "DESTINATION_FIELD": "arbetskommun",
        "COUNT_FIELD": "forvarvsarbetande",
        "OUTPUT_YEARS": str(tmp_path / "years.gpkg"),
        "OUTPUT_UNITS": str(tmp_path / "units.gpkg"),
        "OUTPUT_MATCHES": str(tmp_path / "matches.gpkg"),
    }
    with pytest.raises(QgsProcessingException, match="Cannot tell the year"):
        run_alg("regionatlas:regionchange", base)
    with pytest.raises(QgsProcessingException, match="two or more years"):
        run_alg("regionatlas:regionchange", {**base, "YEAR_FIELD": "ar", "YEARS": "2023"})
    with pytest.raises(QgsProcessingException, match="Give the ORIGIN_FIELD"):
        run_alg("regionatlas:regionchange", {**base, "ORIGIN_FIELD": "", "YEAR_FIELD": "ar"})
    assert not list(tmp_path.glob("*.gpkg"))


# -- regionchange on the sample --------------------------------------------------------------


def test_regionchange_one_od_table_with_year_field_and_zones(run_alg, sample, tmp_path):
    report = tmp_path / "change.html"
    params = {
        "INPUTS": [str(sample["csv"])],
        "INPUT_TYPE": 1,
        "YEAR_FIELD": "ar",
        "ORIGIN_FIELD": "bostadskommun",
        "DESTINATION_FIELD": "arbetskommun",
        "COUNT_FIELD": "forvarvsarbetande",
        "METHOD": 0,
        **sample.zones(),
        "OUTPUT_YEARS": "memory:",
        "OUTPUT_UNITS": "memory:",
        "OUTPUT_MATCHES": "memory:",
        "OUTPUT_REPORT": str(report),
    }
    results, fb = run_alg("regionatlas:regionchange", params)
    expected = {y: scb_regions(sample.od_table(str(y))) for y in (2019, 2023)}
    years = list(results["OUTPUT_YEARS"].getFeatures())
    assert [f["year"] for f in years] == [2019, 2023]
    assert [f["regions"] for f in years] == [expected[y].n_regions for y in (2019, 2023)]
    assert years[1]["regions"] < years[0]["regions"]  # region enlargement in the sample
    assert all(f["size_measure"] == "employed residents" for f in years)
    units = results["OUTPUT_UNITS"]
    assert units.geometryType() == QgsWkbTypes.PolygonGeometry
    assert {"region_2019", "region_2023", "changed_2023", "changed"} <= set(units.fields().names())
    got = {y: partition_sets(units, region=f"region_{y}") for y in (2019, 2023)}
    assert got == {y: p.region_sets() for y, p in expected.items()}
    assert any(f["changed"] for f in units.getFeatures())
    matches = list(results["OUTPUT_MATCHES"].getFeatures())
    assert len(matches) == expected[2023].n_regions
    assert all(0 < f["jaccard"] <= 1 for f in matches)
    text = report.read_text(encoding="utf-8")
    assert "id='chart'" in text and "data:image/png;base64," in text


# -- official results in ../shared/data -----------------------------------------------------


def la_params(path, **extra):
    params = {
        "INPUT": str(path),
        "UNIT_FIELD": "kommun_kod",
        "DESTINATION_FIELD": "largest_destination",
        "P1_FIELD": "p1",
        "P2_FIELD": "p2",
        "NAME_FIELD": "kommun",
        "OUTPUT": "memory:",
        "OUTPUT_REGIONS": "memory:",
    }
    params.update(extra)
    return params


def test_la_2022_reproduces_scb_exactly(run_alg, shared_data):
    path = shared_data("sweden", "scb_la_2022.csv")
    results, _ = run_alg("regionatlas:laregionsfromindicators", la_params(path))
    official = pd.read_csv(path, dtype=str)
    expected = {frozenset(g) for _, g in official.groupby("la_code").kommun_kod}
    layer = results["OUTPUT"]
    assert layer.featureCount() == 290
    assert results["N_REGIONS"] == 67 == len(expected)
    assert partition_sets(layer) == expected
    by_unit = rows(layer, "unit_id")
    assert "0114" in by_unit
    assert set(by_unit["0180"]["region_id"].split("-")) == {"0180", "0184"}
    assert set(by_unit["0180"]["region_name"].split("-")) == {"Stockholm", "Solna"}
    regions = results["OUTPUT_REGIONS"]
    assert regions.featureCount() == 67 and regions.wkbType() == QgsWkbTypes.NoGeometry


@pytest.mark.parametrize(("year", "expected"), [(2020, 69), (2021, 67), (2023, 67)])
def test_la_other_years(run_alg, shared_data, year, expected):
    path = shared_data("sweden", f"scb_la_indicators_{year}.csv")
    results, _ = run_alg("regionatlas:laregionsfromindicators", la_params(path))
    assert results["OUTPUT"].featureCount() == 290
    assert results["N_REGIONS"] == expected == len(partition_sets(results["OUTPUT"]))


def test_la_2022_on_the_municipality_map(run_alg, shared_data):
    params = la_params(
        shared_data("sweden", "scb_la_2022.csv"),
        ZONES=str(shared_data("sweden", "kommuner_3006.gpkg")),
        ZONES_ID_FIELD="code",
    )
    results, _ = run_alg("regionatlas:laregionsfromindicators", params)
    assert results["OUTPUT"].featureCount() == 290
    regions = results["OUTPUT_REGIONS"]
    assert regions.featureCount() == 67
    assert regions.geometryType() == QgsWkbTypes.PolygonGeometry
    assert all(f.geometry().isGeosValid() for f in regions.getFeatures())


BRINDISI_AREAS = {
    frozenset(s.split(","))
    for s in (
        "74001,74014,74015,74017",
        "74003",
        "74005",
        "74007",
        "74008,74011",
        "74006,74009,74010,74019",
        "74002,74012",
        "74004,74013,74016,74018",
        "74020",
    )
}


def test_brindisi_istat_variant_gives_the_spec_partition(run_alg, shared_data, tmp_path):
    report = tmp_path / "brindisi.html"
    params = {
        "INPUT": str(shared_data("italy", "brindisi_flows.csv")),
        "ORIGIN_FIELD": "community_live",
        "DESTINATION_FIELD": "community_work",
        "COUNT_FIELD": "amount",
        "METHOD": 1,
        "MIN_SIZE": 1000,
        "MIN_SC": 0.6667,
        "TARGET_SIZE": 10000,
        "TARGET_SC": 0.75,
        "OUTPUT": "memory:",
        "OUTPUT_REGIONS": "memory:",
        "OUTPUT_REPORT": str(report),
    }
    results, _ = run_alg("regionatlas:commutingregions", params)
    assert partition_sets(results["OUTPUT"]) == BRINDISI_AREAS
    assert results["N_REGIONS"] == 9
    assert results["MODULARITY"] == pytest.approx(0.6456, abs=1e-4)
    regions = list(results["OUTPUT_REGIONS"].getFeatures())
    assert len(regions) == 9 and all(f["V"] >= 1 for f in regions)
    text = report.read_text(encoding="utf-8")
    assert "74018: 0.727727068" in text  # first selected validity (spec)


#: The Norrbotten extract read with the SCB method (shared/data/sweden).
NORRBOTTEN = {
    "ORIGIN_FIELD": "residence_code",
    "DESTINATION_FIELD": "workplace_code",
    "COUNT_FIELD": "employed",
    "METHOD": 0,
    "OUTPUT": "memory:",
    "OUTPUT_REGIONS": "memory:",
}


def test_norrbotten_scb_od_path_gives_region_polygons(run_alg, shared_data):
    kommuner = shared_data("sweden", "kommuner_3006.gpkg")
    params = dict(
        NORRBOTTEN,
        INPUT=str(shared_data("sweden", "norrbotten_commuting_2023.csv")),
        ZONES=f"{kommuner}|layername=kommuner|subset=\"code\" LIKE '25%'",
        ZONES_ID_FIELD="code",
        ZONES_NAME_FIELD="name",
    )
    results, _ = run_alg("regionatlas:commutingregions", params)
    units = results["OUTPUT"]
    assert units.featureCount() == 14
    regions = results["OUTPUT_REGIONS"]
    assert regions.geometryType() == QgsWkbTypes.PolygonGeometry
    assert regions.featureCount() == results["N_REGIONS"] >= 2
    assert all(
        not f.geometry().isEmpty() and f.geometry().isGeosValid() for f in regions.getFeatures()
    )
    # the same partition as SCB's 2023 indicators restricted to the county
    la, _ = run_alg(
        "regionatlas:laregionsfromindicators",
        la_params(shared_data("sweden", "scb_la_indicators_2023.csv")),
    )
    county = {f["unit_id"] for f in units.getFeatures()}
    official = {s & county for s in partition_sets(la["OUTPUT"]) if s & county}
    assert partition_sets(units) == official
    assert "Luleå" in {f["region_name"] for f in regions.getFeatures()}


def test_regionchange_norway_2017_2022_through_one_method(run_alg, shared_data):
    paths = [shared_data("norway", f"commuting_{y}.csv") for y in range(2017, 2023)]
    params = {
        "INPUTS": [str(p) for p in paths],
        "INPUT_TYPE": 1,
        "ORIGIN_FIELD": "home_kommune",
        "DESTINATION_FIELD": "work_kommune",
        "COUNT_FIELD": "employed",
        "METHOD": 0,
        "OUTPUT_YEARS": "memory:",
        "OUTPUT_UNITS": "memory:",
        "OUTPUT_MATCHES": "memory:",
    }
    results, fb = run_alg("regionatlas:regionchange", params)
    years = list(results["OUTPUT_YEARS"].getFeatures())
    assert [f["year"] for f in years] == list(range(2017, 2023))
    for f, path in zip(years, paths):
        od = pd.read_csv(path, dtype=str)
        expected = scb_regions(ODTable.from_frame(od, "home_kommune", "work_kommune", "employed"))
        assert f["regions"] == expected.n_regions
        assert "0301" in f["largest_region"] and 0.2 < f["largest_share"] < 0.5
    matches = list(results["OUTPUT_MATCHES"].getFeatures())
    assert {f["year_to"] for f in matches} == set(range(2018, 2023))
    units = results["OUTPUT_UNITS"]
    assert {f"region_{y}" for y in range(2017, 2023)} <= set(units.fields().names())
    assert len({f["unit_id"] for f in units.getFeatures()}) == units.featureCount()


def test_regionchange_scb_la_2020_2023(run_alg, shared_data, tmp_path):
    sweden = shared_data("sweden", "scb_la_2022.csv").parent
    paths = [
        sweden / "scb_la_indicators_2020.csv",
        sweden / "scb_la_indicators_2021.csv",
        sweden / "scb_la_2022.csv",
        sweden / "scb_la_indicators_2023.csv",
    ]
    report = tmp_path / "la.html"
    params = {
        "INPUTS": [str(p) for p in paths],
        "INPUT_TYPE": 2,
        "UNIT_FIELD": "kommun_kod",
        "DESTINATION_FIELD": "largest_destination",
        "OUTPUT_YEARS": "memory:",
        "OUTPUT_UNITS": "memory:",
        "OUTPUT_MATCHES": "memory:",
        "OUTPUT_REPORT": str(report),
    }
    results, _ = run_alg("regionatlas:regionchange", params)
    years = list(results["OUTPUT_YEARS"].getFeatures())
    assert [(f["year"], f["regions"]) for f in years] == [
        (2020, 69),
        (2021, 67),
        (2022, 67),
        (2023, 67),
    ]
    assert results["OUTPUT_UNITS"].featureCount() == 290
    assert sum(1 for f in results["OUTPUT_MATCHES"].getFeatures() if f["year_to"] == 2023) == 67
    assert "id='chart'" in report.read_text(encoding="utf-8")

    # the same through partition tables (written by laregionsfromindicators), years given
    tables = []
    for k, path in enumerate(paths):
        target = tmp_path / f"part{k}.gpkg"
        run_alg(
            "regionatlas:laregionsfromindicators",
            la_params(path, OUTPUT=str(target), OUTPUT_REGIONS=None),
        )
        tables.append(str(target))
    again, _ = run_alg(
        "regionatlas:regionchange",
        {
            "INPUTS": tables,
            "INPUT_TYPE": 0,
            "YEARS": "2020,2021,2022,2023",
            "OUTPUT_YEARS": "memory:",
            "OUTPUT_UNITS": "memory:",
            "OUTPUT_MATCHES": "memory:",
        },
    )
    assert [f["regions"] for f in again["OUTPUT_YEARS"].getFeatures()] == [69, 67, 67, 67]
    first = {f["unit_id"]: f["changed"] for f in results["OUTPUT_UNITS"].getFeatures()}
    second = {f["unit_id"]: f["changed"] for f in again["OUTPUT_UNITS"].getFeatures()}
    assert first == second


# -- the real qgis_process -------------------------------------------------------------------


@pytest.mark.qgis_process
@pytest.mark.slow
def test_commutingregions_through_qgis_process(qp, sample, tmp_path):
    units, regions, report = tmp_path / "units.gpkg", tmp_path / "regions.gpkg", tmp_path / "r.html"
    params = od_params(
        sample,
        "2019",
        METHOD=1,
        **sample.zones(),
        BORDER_FIELD="landskod",
        OUTPUT=units,
        OUTPUT_REGIONS=regions,
        OUTPUT_REPORT=report,
    )
    proc = qp.alg("regionatlas:commutingregions", params)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    out = qp.results(proc)
    expected = euro_regions(sample.od_table("2019"))
    assert out["N_REGIONS"] == expected.n_regions
    layer = QgsVectorLayer(str(units), "u", "ogr")
    assert partition_sets(layer) == expected.region_sets()
    assert QgsVectorLayer(str(regions), "r", "ogr").featureCount() == expected.n_regions
    assert "data:image/png;base64," in report.read_text(encoding="utf-8")
    params = od_params(sample, "2019", METHOD=1, MIN_SIZE=30000, OUTPUT=tmp_path / "bad.gpkg")
    del params["OUTPUT_REGIONS"]
    bad = qp.alg("regionatlas:commutingregions", params, as_json=False)
    assert bad.returncode != 0 and "MIN_SIZE" in bad.stdout + bad.stderr
    assert "Traceback" not in bad.stdout + bad.stderr
    assert not (tmp_path / "bad.gpkg").exists()


def test_run_and_load_styles_the_outputs(provider, sample, qgis_iface):
    """Loaded like the toolbox does: region categories, neighbour colours, provenance."""
    from qgis.core import QgsProject

    import processing

    params = od_params(sample, METHOD=0, **sample.zones(), OUTPUT="TEMPORARY_OUTPUT")
    params["OUTPUT_REGIONS"] = "TEMPORARY_OUTPUT"
    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults("regionatlas:commutingregions", params)
    loaded = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        assert len(loaded) == 2
        for layer in loaded:
            renderer = layer.renderer()
            assert isinstance(renderer, QgsCategorizedSymbolRenderer)
            assert renderer.classAttribute() == "region_id"
            regions = {f["region_id"] for f in layer.getFeatures()}
            assert {c.value() for c in renderer.categories()} - {None, ""} == regions
            meta = json.loads(layer.metadata().abstract())
            assert meta["algorithm"] == "regionatlas:commutingregions"
            # attribute tables a planner reads: aliases, shares shown rounded
            fields = layer.fields()
            if fields.lookupField("V") >= 0:
                assert layer.attributeDisplayName(fields.lookupField("R")) == (
                    "R: employed residents"
                )
                setup = layer.editorWidgetSetup(fields.lookupField("sc_supply"))
                assert setup.type() == "Range" and setup.config()["Precision"] == 3
            else:
                assert "share working in another unit" in layer.attributeDisplayName(
                    fields.lookupField("p1")
                )
        assert {layer.name() for layer in loaded} == {
            "Commuting regions (SCB, p1 0.20, p2 0.075)",
            "Commuting regions (SCB, p1 0.20, p2 0.075): units",
        }
    finally:
        project.removeMapLayers([layer.id() for layer in loaded])
    # a second run with another method loads under other names
    params = od_params(sample, METHOD=2, **sample.zones(), OUTPUT="TEMPORARY_OUTPUT")
    params["OUTPUT_REGIONS"] = "TEMPORARY_OUTPUT"
    before = set(project.mapLayers())
    processing.runAndLoadResults("regionatlas:commutingregions", params)
    loaded = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        assert {layer.name() for layer in loaded} == {
            "Commuting regions (EURO strict, 3,500/0.6667, 25,000/0.75)",
            "Commuting regions (EURO strict, 3,500/0.6667, 25,000/0.75): units",
        }
    finally:
        project.removeMapLayers([layer.id() for layer in loaded])


@pytest.mark.parametrize("qml", ["commuting_regions.qml", "commuting_regions_units.qml"])
def test_region_styles_carry_the_one_region_palette(qml):
    """resources/styles is the source of the styles (no generator); the colour ramp that
    QGIS's Classify button uses there is the palette the algorithms colour regions with."""
    from pathlib import Path

    from qgis.core import QgsSymbolLayerUtils
    from qgis.PyQt.QtXml import QDomDocument
    from RegionAtlas.processing import regions_common

    path = Path(regions_common.__file__).resolve().parents[1] / "resources" / "styles" / qml
    document = QDomDocument()
    assert document.setContent(path.read_text(encoding="utf-8"))[0]
    ramps = document.elementsByTagName("colorramp")
    assert not ramps.isEmpty(), qml
    ramp = QgsSymbolLayerUtils.loadColorRamp(ramps.at(0).toElement())
    colours = [c.name().upper() for c in ramp.colors()]
    assert colours == [c.upper() for c in regions_common.PALETTE]


def test_swedish_log_writes_numbers_the_swedish_way(run_alg, sample):
    """ "597 565 personer", "0,25": numbers in messages follow the interface language."""
    import re

    from RegionAtlas.i18n import install_translator, remove_translator

    if install_translator("sv") is None:
        pytest.skip("translations not compiled (the set-up runs lrelease)")
    try:
        _results, fb = run_alg("regionatlas:commutingregions", od_params(sample, METHOD=0))
    finally:
        remove_translator()
    match = re.search(r"modularitet Q = (\S+); (\S+) % av pendlarna", fb.log)
    assert match, fb.log
    assert re.fullmatch(r"0,\d{4}", match.group(1)) and "," in match.group(2)
    _results, fb = run_alg("regionatlas:commutingregions", od_params(sample, METHOD=0))
    assert re.search(r"modularity Q = 0\.\d{4}; \d+\.\d % of commuters", fb.log)


def test_numba_missing_note_in_the_users_language(run_alg, sample, monkeypatch):
    """Without numba, EURO and Tolbert-Sizer say they ran the Python loop, in Swedish too."""
    from RegionAtlas.i18n import install_translator, remove_translator
    from RegionAtlas.regionatlas import compiled

    monkeypatch.setattr(compiled, "numba_available", lambda: False)
    if install_translator("sv") is None:
        pytest.skip("translations not compiled (the set-up runs lrelease)")
    try:
        for method, name in ((1, "EURO"), (3, "Tolbert-Sizer")):
            _results, fb = run_alg("regionatlas:commutingregions", od_params(sample, METHOD=method))
            assert f"numba är inte installerat, så {name} kördes med Python-loopen" in fb.log
    finally:
        remove_translator()
    _results, fb = run_alg("regionatlas:commutingregions", od_params(sample, METHOD=1))
    assert "numba is not installed, so EURO ran its Python loop" in fb.log


# -- SCB's LA codes (field la_code) against SCB's published 2022 codes --------------------


def test_la_codes_of_2022_in_both_outputs(run_alg, shared_data, tmp_path):
    official = pd.read_csv(shared_data("sweden", "scb_la_2022.csv"), dtype=str)
    # the indicator file does not say which centre of a two-centre region is the largest;
    # a size column does (here: the municipality SCB names the region after is the largest)
    first = {name.split("-")[0] for name in official.la_name}
    official["size"] = official.kommun.map(lambda k: 2 if k in first else 1)
    path = tmp_path / "la2022_sizes.csv"
    official.to_csv(path, index=False)
    results, fb = run_alg(
        "regionatlas:laregionsfromindicators",
        la_params(path, SIZE_FIELD="size", LA_YEAR=2022),
    )
    units = {f["unit_id"]: f["la_code"] for f in results["OUTPUT"].getFeatures()}
    assert units == dict(zip(official.kommun_kod, official.la_code))
    regions = {f["region_name"]: f["la_code"] for f in results["OUTPUT_REGIONS"].getFeatures()}
    assert regions == dict(zip(official.la_name, official.la_code))
    assert "LA2201" in fb.log and "LA2267" in fb.log
    names = results["OUTPUT"].fields().names()
    assert names.index("la_code") == names.index("region_id") + 1


def test_la_codes_left_empty_with_a_reason(run_alg, shared_data):
    path = shared_data("sweden", "scb_la_2022.csv")
    # no sizes: four regions' place in the numbering is unknown
    results, fb = run_alg("regionatlas:laregionsfromindicators", la_params(path, LA_YEAR=2022))
    codes = {f["la_code"] for f in results["OUTPUT"].getFeatures()}
    assert all(c is None or c == "" or str(c) == "NULL" for c in codes)
    assert any("0860-0884" in w and "size field" in w for w in fb.warnings)
    # no year
    results, fb = run_alg("regionatlas:laregionsfromindicators", la_params(path))
    assert "LA_YEAR" in fb.log


def test_commuting_regions_scb_gives_la_codes(run_alg, shared_data):
    params = dict(NORRBOTTEN, INPUT=str(shared_data("sweden", "norrbotten_commuting_2023.csv")))
    results, fb = run_alg("regionatlas:commutingregions", dict(params, LA_YEAR=2023))
    regions = sorted(
        (f["centre"], f["la_code"], f["region_name"])
        for f in results["OUTPUT_REGIONS"].getFeatures()
    )
    codes = [code for _, code, _ in regions]
    # numbered in the order of the (main) centre's code: Arvidsjaur 2505 ... Kiruna 2584
    assert codes == [f"LA23{k:02d}" for k in range(1, len(regions) + 1)]
    units = {f["unit_id"]: f["la_code"] for f in results["OUTPUT"].getFeatures()}
    assert units["2580"] == dict((c, code) for c, code, _ in regions)["2580"]
    # the year of the OD rows is taken when LA_YEAR is empty
    with_year = dict(params, YEAR_FIELD="year", YEAR="2023")
    again, _ = run_alg("regionatlas:commutingregions", with_year)
    assert {f["unit_id"]: f["la_code"] for f in again["OUTPUT"].getFeatures()} == units
    # other methods have no LA code field
    euro, _ = run_alg("regionatlas:commutingregions", dict(params, METHOD=1, LA_YEAR=2023))
    assert "la_code" not in euro["OUTPUT"].fields().names()
