"""Settlement-structure algorithms through processing.run: dominantflows, settlementhierarchy,
degurba, degurbaunits, polycentricity (spec settlement-structure.md, issue 4)."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
    QgsWkbTypes,
)
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.settlement.dominant_flows import dominant_flows
from RegionAtlas.regionatlas.settlement.polycentricity import polycentricity

SETTLEMENT_IDS = {
    "regionatlas:dominantflows",
    "regionatlas:settlementhierarchy",
    "regionatlas:degurba",
    "regionatlas:degurbaunits",
    "regionatlas:polycentricity",
}


def od_params(sample, **extra):
    return {**sample.od(), **extra}


def layer(sample, name):
    return QgsVectorLayer(f"{sample['gpkg']}|layername={name}", name, "ogr")


def features(layer):
    return list(layer.getFeatures())


def test_provider_lists_settlement_algorithms(provider):
    algorithms = {alg.id(): alg for alg in provider.algorithms()}
    assert algorithms.keys() >= SETTLEMENT_IDS
    for alg_id in SETTLEMENT_IDS:
        alg = algorithms[alg_id]
        assert alg.groupId() == "settlement"
        assert "Source" in alg.shortHelpString()
        assert alg.name() == alg.name().lower()


# -- dominant flows --------------------------------------------------------------------------


def test_dominantflows_tables_equal_the_core(run_alg, sample):
    params = od_params(sample, OUTPUT_NODES="memory:", OUTPUT_LINKS="memory:")
    results, fb = run_alg("regionatlas:dominantflows", params)
    nodes, links = results["OUTPUT_NODES"], results["OUTPUT_LINKS"]
    assert nodes.wkbType() == QgsWkbTypes.NoGeometry
    core = dominant_flows(sample.od_table())
    got = {f["id"]: (f["role"], f["level"], f["dominant_id"]) for f in features(nodes)}
    want = {
        r.id: (r.role, r.level, r.dominant_id)
        for r in core.nodes.astype(object).where(core.nodes.notna(), None).itertuples()
    }
    assert got == want
    assert sorted((f["from"], f["to"]) for f in features(links)) == sorted(
        zip(core.links["from"], core.links["to"])
    )
    for f in features(links):
        assert 0 < f["share_of_outflow"] <= 1 and f["flow"] > 0
    assert "Mode largest, k = 1" in fb.log
    meta = json.loads(results["METADATA"])
    assert meta["algorithm"] == "regionatlas:dominantflows"
    assert meta["settings"]["mode"] == "largest" and meta["settings"]["ratio"] == 1.0


def test_dominantflows_with_polygon_nodes_draws_points_and_lines(run_alg, sample):
    params = od_params(
        sample,
        NODES=f"{sample['gpkg']}|layername=kommuner",
        NODES_ID_FIELD="kommunkod",
        MODE=2,
        OUTPUT_NODES="memory:",
        OUTPUT_LINKS="memory:",
    )
    results, _ = run_alg("regionatlas:dominantflows", params)
    nodes, links = results["OUTPUT_NODES"], results["OUTPUT_LINKS"]
    assert nodes.geometryType() == QgsWkbTypes.PointGeometry
    assert links.geometryType() == QgsWkbTypes.LineGeometry
    assert "namn" in nodes.fields().names()  # node attributes joined after the result
    polygons = {f["kommunkod"]: f.geometry() for f in layer(sample, "kommuner").getFeatures()}
    for f in features(nodes):
        assert polygons[f["id"]].contains(f.geometry())  # point on surface
    core = dominant_flows(sample.od_table(), mode="rihll_wilson")
    assert links.featureCount() == len(core.links)
    assert {f["role"] for f in features(nodes)} <= {
        "dominant",
        "intermediate",
        "dominated",
        "independent",
    }


def test_dominantflows_size_field_and_share_mode(run_alg, sample, tmp_path):
    # jobs per municipality from the settlements, as a node attribute
    units = layer(sample, "kommuner")
    jobs: dict[str, float] = {}
    for f in layer(sample, "tatorter").getFeatures():
        jobs[f["kommunkod"]] = jobs.get(f["kommunkod"], 0) + f["jobs"]
    nodes = QgsVectorLayer(
        "Polygon?crs=EPSG:3006&field=kod:string&field=jobb:double", "n", "memory"
    )
    feats = []
    for f in units.getFeatures():
        g = QgsFeature(nodes.fields())
        g.setAttributes([f["kommunkod"], jobs.get(f["kommunkod"], 0.0)])
        g.setGeometry(f.geometry())
        feats.append(g)
    nodes.dataProvider().addFeatures(feats)
    params = od_params(
        sample,
        NODES=nodes,
        NODES_ID_FIELD="kod",
        SIZE_FIELD="jobb",
        MODE=1,
        SHARE=0.2,
        RATIO=1.5,
        OUTPUT_NODES="memory:",
        OUTPUT_LINKS="memory:",
    )
    results, fb = run_alg("regionatlas:dominantflows", params)
    core = dominant_flows(
        sample.od_table(), mode="share", share=0.2, ratio=1.5, sizes=jobs, size_field="jobb"
    )
    got = {f["id"]: f["role"] for f in results["OUTPUT_NODES"].getFeatures()}
    assert got == dict(zip(core.nodes["id"], core.nodes["role"]))
    assert results["OUTPUT_LINKS"].featureCount() == len(core.links)
    assert "field 'jobb'" in fb.log


def test_dominantflows_norway_2022_roles_equal_the_core(run_alg, shared_data):
    csv_path = shared_data("norway", "commuting_2022.csv")
    frame = pd.read_csv(csv_path, dtype=str)
    table = ODTable.from_frame(frame, "home_kommune", "work_kommune", "employed")
    base = {
        "INPUT": str(csv_path),
        "ORIGIN_FIELD": "home_kommune",
        "DESTINATION_FIELD": "work_kommune",
        "COUNT_FIELD": "employed",
        "OUTPUT_NODES": "memory:",
        "OUTPUT_LINKS": "memory:",
    }
    for mode_index, mode in enumerate(("largest", "share", "rihll_wilson")):
        results, _ = run_alg("regionatlas:dominantflows", {**base, "MODE": mode_index})
        core = dominant_flows(table, mode=mode)
        nodes = {f["id"]: f for f in results["OUTPUT_NODES"].getFeatures()}
        assert len(nodes) == table.n == 356
        counts = pd.Series([f["role"] for f in nodes.values()]).value_counts().to_dict()
        assert counts == {k: v for k, v in core.roles().items() if v}, mode
        assert {k: f["level"] for k, f in nodes.items()} == dict(
            zip(core.nodes["id"], core.nodes["level"].astype(int))
        )
        if mode == "largest":
            assert nodes["0301"]["role"] == "dominant"  # Oslo
            assert nodes["0301"]["level"] == 0


def test_dominantflows_norway_nodes_missing_ids(run_alg, shared_data, tmp_path):
    """The 2022 flows use codes (3053, 3054, 5061) missing from the 2020 polygons."""
    base = {
        "INPUT": str(shared_data("norway", "commuting_2022.csv")),
        "ORIGIN_FIELD": "home_kommune",
        "DESTINATION_FIELD": "work_kommune",
        "COUNT_FIELD": "employed",
        "NODES": str(shared_data("norway", "kommuner2020_4326.gpkg")),
        "NODES_ID_FIELD": "KOMMUNENR",
    }
    polygons = QgsVectorLayer(base["NODES"], "k", "ogr")
    known = {f["KOMMUNENR"] for f in polygons.getFeatures()}
    frame = pd.read_csv(base["INPUT"], dtype=str)
    missing = sorted((set(frame["home_kommune"]) | set(frame["work_kommune"])) - known)
    out_nodes, out_links = tmp_path / "nodes.gpkg", tmp_path / "links.gpkg"
    if missing:
        with pytest.raises(QgsProcessingException) as err:
            run_alg(
                "regionatlas:dominantflows",
                {**base, "OUTPUT_NODES": str(out_nodes), "OUTPUT_LINKS": str(out_links)},
            )
        assert f"{len(missing)} id(s)" in str(err.value) and missing[0] in str(err.value)
        assert not out_nodes.exists() and not out_links.exists()
    results, fb = run_alg(
        "regionatlas:dominantflows",
        {**base, "MISSING_NODES": 1, "OUTPUT_NODES": "memory:", "OUTPUT_LINKS": "memory:"},
    )
    lines = results["OUTPUT_LINKS"]
    assert lines.geometryType() == QgsWkbTypes.LineGeometry and lines.featureCount() > 100
    assert all(not f.geometry().isEmpty() for f in lines.getFeatures())
    if missing:
        assert "dropped" in fb.log


# -- settlement hierarchy ----------------------------------------------------------------------


def hierarchy_params(sample, **extra):
    params = {
        "INPUT": f"{sample['gpkg']}|layername=tatorter",
        "ID_FIELD": "tatort_id",
        "POPULATION_FIELD": "population",
        "OUTPUT": "memory:",
    }
    params.update(extra)
    return params


def test_hierarchy_population_preset_on_sample(run_alg, sample):
    results, fb = run_alg("regionatlas:settlementhierarchy", hierarchy_params(sample))
    out = results["OUTPUT"]
    assert out.geometryType() == QgsWkbTypes.PointGeometry
    names = out.fields().names()
    assert {"tatort_id", "namn", "class", "class_rank", "index_value", "matched_rule"} <= set(names)
    for f in out.getFeatures():
        pop = f["population"]
        rank = 1 if pop >= 50000 else 2 if pop >= 10000 else 3 if pop >= 2000 else 4
        assert f["class_rank"] == rank, (f["tatort_id"], pop)
        assert f["matched_rule"].startswith(f["class"] + ": population >=")
    assert "Rank-size all settlements" in fb.log and "slope" in fb.log
    settings = json.loads(results["METADATA"])["settings"]
    assert settings["rules"]["name"] == "Population classes"
    assert settings["indicators"] == {"population": "population"}


def test_hierarchy_rufs_preset_uses_service_fields(run_alg, sample):
    preset = ["grocery", "school", "sports_ground", "elderly_care", "pt_interchange"]
    services = ["grocery", "school"]  # the planner's own list of required services
    params = hierarchy_params(sample, RULES=1, SERVICES_FIELDS=services)
    results, fb = run_alg("regionatlas:settlementhierarchy", params)
    differs = 0
    for f in results["OUTPUT"].getFeatures():
        node = f["population"] >= 1000 and all(f[s] > 0 for s in services)
        differs += node != (f["population"] >= 1000 and all(f[s] > 0 for s in preset))
        assert f["class"] == ("Landsbygdsnod" if node else "Not a landsbygdsnod")
        assert f["class_rank"] == (1 if node else 2)
        if node:
            assert "grocery present AND school present" in f["matched_rule"]
    assert differs > 0, "the sample must tell the given services from the preset's"
    assert "grocery, school must all be present" in fb.log
    # without service fields the preset's five services apply
    results, _ = run_alg("regionatlas:settlementhierarchy", hierarchy_params(sample, RULES=1))
    for f in results["OUTPUT"].getFeatures():
        node = f["population"] >= 1000 and all(f[s] > 0 for s in preset)
        assert f["class"] == ("Landsbygdsnod" if node else "Not a landsbygdsnod")


def test_hierarchy_service_fields_unused_by_population_classes_are_said(run_alg, sample):
    params = hierarchy_params(sample, SERVICES_FIELDS=["grocery", "school"])
    _results, fb = run_alg("regionatlas:settlementhierarchy", params)
    assert "service fields are not used" in fb.log


def test_hierarchy_composite_index_with_report_by_region(run_alg, sample, tmp_path):
    report = tmp_path / "report.html"
    params = hierarchy_params(
        sample,
        JOBS_FIELD="jobs",
        SERVICES_FIELDS=["grocery", "school", "health_centre"],
        RULES=2,
        N_CLASSES=3,
        CLASS_METHOD=1,
        REGION_FIELD="lanskod",
        OUTPUT_REPORT=str(report),
    )
    results, fb = run_alg("regionatlas:settlementhierarchy", params)
    out = list(results["OUTPUT"].getFeatures())
    ranks = [f["class_rank"] for f in out]
    assert set(ranks) == {1, 2, 3}
    # higher index -> higher class (rank 1 = top)
    by_rank = {r: [f["index_value"] for f in out if f["class_rank"] == r] for r in (1, 2, 3)}
    assert min(by_rank[1]) > max(by_rank[2]) and min(by_rank[2]) > max(by_rank[3])
    assert "in_commuting" in fb.log  # left out: not given
    for county in ("05", "06", "09"):
        assert f"Rank-size {county}" in fb.log
    text = report.read_text(encoding="utf-8")
    assert "data:image/png;base64," in text and "Rank-size" in text and "06" in text
    assert results["OUTPUT_REPORT"] == str(report)


def test_hierarchy_rule_file_with_text_and_or_and_fallback(run_alg, sample, tmp_path):
    rules = {
        "name": "Test",
        "classes": [
            {
                "class": "Hub",
                "combine": "any",
                "conditions": [
                    {"indicator": "population", "op": ">=", "value": 20000},
                    {"indicator": "jobs", "op": ">=", "value": 15000},
                ],
            },
            {
                "class": "County 06",
                "conditions": [{"indicator": "lanskod", "op": "==", "value": "06"}],
            },
        ],
    }
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(rules), encoding="utf-8")
    params = hierarchy_params(
        sample, JOBS_FIELD="jobs", RULES_FILE=str(path), FALLBACK_CLASS="Other"
    )
    results, fb = run_alg("regionatlas:settlementhierarchy", params)
    for f in results["OUTPUT"].getFeatures():
        if f["population"] >= 20000 or f["jobs"] >= 15000:
            assert f["class"] == "Hub"
        elif f["lanskod"] == "06":
            assert (f["class"], f["class_rank"]) == ("County 06", 2)
        else:
            assert (f["class"], f["class_rank"]) == ("Other", 3)
    assert "fallback class 'Other'" in fb.log and "rule table file was given" in fb.log


def test_hierarchy_population_preset_on_swedish_tatorter(run_alg, shared_data):
    from osgeo import ogr

    path = shared_data("sweden", "tatorter2020_3006.gpkg")
    ds = ogr.Open(str(path))
    pops = np.array([f.GetField("pop") for f in ds.GetLayer(0)])
    ds = None
    independent = {
        ">= 50 000": int((pops >= 50000).sum()),
        "10 000 - 49 999": int(((pops >= 10000) & (pops < 50000)).sum()),
        "2 000 - 9 999": int(((pops >= 2000) & (pops < 10000)).sum()),
        "200 - 1 999": int(((pops >= 200) & (pops < 2000)).sum()),
    }
    assert list(independent.values()) == [23, 103, 332, 1559]
    params = {
        "INPUT": str(path),
        "ID_FIELD": "code",
        "POPULATION_FIELD": "pop",
        "REGION_FIELD": "lan_code",
        "OUTPUT": "memory:",
    }
    results, fb = run_alg("regionatlas:settlementhierarchy", params)
    out = results["OUTPUT"]
    assert out.featureCount() == 2017
    counts = pd.Series([f["class"] for f in out.getFeatures()]).value_counts().to_dict()
    assert counts == independent
    assert "Rank-size 01" in fb.log  # Stockholms län


def test_hierarchy_on_polygons_without_size_fields(run_alg, sample):
    import processing

    polygons = processing.run(
        "native:buffer",
        {"INPUT": f"{sample['gpkg']}|layername=tatorter", "DISTANCE": 500, "OUTPUT": "memory:"},
    )["OUTPUT"]
    services = ["grocery", "school", "sports_ground", "elderly_care", "pt_interchange"]
    params = {
        "INPUT": polygons,
        "SERVICES_FIELDS": services,
        "RULES": 2,
        "N_CLASSES": 3,
        "OUTPUT": "memory:",
    }
    results, fb = run_alg("regionatlas:settlementhierarchy", params)
    out = results["OUTPUT"]
    assert out.geometryType() == QgsWkbTypes.PolygonGeometry
    assert out.featureCount() == polygons.featureCount()
    # one indicator (services = sum of the service fields): the index orders by it
    rows = sorted(out.getFeatures(), key=lambda f: f["index_value"])
    totals = [sum(f[s] for s in services) for f in rows]
    assert totals == sorted(totals)
    assert "no rank-size line" in fb.log


# -- DEGURBA -------------------------------------------------------------------------------------


def write_raster(path, values, cell=1000.0, cell_y=None, crs="EPSG:3006", nodata=None, x0=500000.0):
    from osgeo import gdal, osr

    values = np.asarray(values, dtype=np.float64)
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float64
    )
    ds.SetGeoTransform((x0, cell, 0.0, 6600000.0, 0.0, -(cell_y or cell)))
    if crs:
        srs = osr.SpatialReference()
        srs.SetFromUserInput(crs)
        ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(values)
    ds = None
    return str(path)


def read_raster(path):
    from osgeo import gdal

    ds = gdal.Open(str(path))
    values = ds.GetRasterBand(1).ReadAsArray()
    return values, ds.GetGeoTransform(), ds.GetProjection(), ds.GetMetadata()


@pytest.mark.parametrize("case", [0, 1, 2])
def test_degurba_belgium_reproduces_flexurba_cells(run_alg, shared_data, tmp_path, case):
    expected = json.loads(shared_data("belgium", "flexurba_expected_cells.json").read_text())
    spec = expected["cases"][case]
    output = tmp_path / "smod.tif"
    params = {
        "INPUT_POPULATION": str(shared_data("belgium", "POP.tif")),
        "INPUT_LAND": str(shared_data("belgium", "LAND.tif")),
        "LAND_UNIT": 1,  # m² per cell, like BUILT_S (the README says "share": it is m²)
        "INPUT_BUILT": str(shared_data("belgium", "BUILT_S.tif")),
        "BUILT_UNIT": 1,
        "LEVEL": 1,
        "PRESET": 0,
        "OVERRIDES": json.dumps(spec["parameters"]),
        "NODATA": 1,  # POP.tif is NaN outside the product (no land, no built-up)
        "OUTPUT": str(output),
    }
    results, fb = run_alg("regionatlas:degurba", params)
    codes, gt, projection, metadata = read_raster(results["OUTPUT"])
    cells = np.asarray(expected["cell_index_1based_row_major"]) - 1
    got = codes.ravel()[cells]
    want = np.asarray(spec["expected"])
    assert (got == want).sum() == 50, list(zip((cells + 1).tolist(), got, want))
    _pop, pop_gt, pop_projection, _ = read_raster(shared_data("belgium", "POP.tif"))
    assert gt == pop_gt and projection == pop_projection
    recorded = json.loads(metadata["DEGURBA_PARAMETERS"])
    for name, value in spec["parameters"].items():
        assert recorded[name] == value
    assert metadata["DEGURBA_BUILT_CRITERION"] == "true"
    assert "built-up criterion was applied" in fb.log
    assert json.loads(results["METADATA"])["degurba_parameters"] == recorded


@pytest.mark.parametrize("case", [0, 1, 2])
def test_degurba_belgium_with_default_units_and_nodata(run_alg, shared_data, tmp_path, case):
    """The real GHSL files with the default unit and nodata choices: land and built-up are
    detected as m² per cell, the 1 910 nodata cells outside the data count as nobody, and the
    50 flexurba cells of each case (150 in all) still match."""
    expected = json.loads(shared_data("belgium", "flexurba_expected_cells.json").read_text())
    spec = expected["cases"][case]
    params = {
        "INPUT_POPULATION": str(shared_data("belgium", "POP.tif")),
        "INPUT_LAND": str(shared_data("belgium", "LAND.tif")),
        "INPUT_BUILT": str(shared_data("belgium", "BUILT_S.tif")),
        "LEVEL": 0 if spec["level1"] else 1,
        "OVERRIDES": json.dumps(spec["parameters"]),
        "OUTPUT": str(tmp_path / "smod.tif"),
    }
    results, fb = run_alg("regionatlas:degurba", params)
    codes = read_raster(results["OUTPUT"])[0]
    cells = np.asarray(expected["cell_index_1based_row_major"]) - 1
    assert codes.ravel()[cells].tolist() == spec["expected"]
    assert "land raster holds m² per cell" in fb.log
    assert "built-up raster holds m² per cell" in fb.log
    assert "1,910 nodata population cells (outside the data" in fb.log


def test_degurba_nodata_inside_the_data_is_refused_by_default(run_alg, tmp_path):
    pop = np.full((6, 6), 100.0)
    pop[0, :] = np.nan  # outside: touches the edge
    pop[3, 3] = np.nan  # a gap inside the data, on land
    population = write_raster(tmp_path / "pop.tif", pop, nodata=np.nan)
    with pytest.raises(QgsProcessingException, match="1 nodata cell.*row 4, column 4"):
        run_alg(
            "regionatlas:degurba", {"INPUT_POPULATION": population, "OUTPUT": "TEMPORARY_OUTPUT"}
        )
    pop[3, 3] = 100.0
    population = write_raster(tmp_path / "pop2.tif", pop, nodata=np.nan)
    _results, fb = run_alg(
        "regionatlas:degurba", {"INPUT_POPULATION": population, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    assert "6 nodata population cells (outside the data" in fb.log


def test_degurba_belgium_level1_and_2021_preset(run_alg, shared_data, tmp_path):
    base = {
        "INPUT_POPULATION": str(shared_data("belgium", "POP.tif")),
        "INPUT_LAND": str(shared_data("belgium", "LAND.tif")),
        "LAND_UNIT": 1,
        "INPUT_BUILT": str(shared_data("belgium", "BUILT_S.tif")),
        "NODATA": 1,
    }
    level2, _ = run_alg("regionatlas:degurba", {**base, "OUTPUT": str(tmp_path / "l2.tif")})
    level1, _ = run_alg(
        "regionatlas:degurba", {**base, "LEVEL": 0, "OUTPUT": str(tmp_path / "l1.tif")}
    )
    l2 = read_raster(level2["OUTPUT"])[0]
    l1 = read_raster(level1["OUTPUT"])[0]
    assert np.array_equal(l1 == 3, l2 == 30) and np.array_equal(l1 == 0, l2 == 10)
    assert (l1[l2 == 21] == 2).all()  # suburban cells lie in level-1 urban clusters
    old, fb = run_alg(
        "regionatlas:degurba", {**base, "PRESET": 1, "OUTPUT": str(tmp_path / "old.tif")}
    )
    recorded = json.loads(read_raster(old["OUTPUT"])[3]["DEGURBA_PARAMETERS"])
    assert recorded["SDUC_density_threshold"] == 300 and recorded["UC_built_threshold"] == 0.5
    assert "2021 manual" in fb.log


def synthetic_city(shape=(30, 30), centre=(15, 15), radius=4, density=3000.0):
    rows, cols = np.indices(shape)
    dist = np.hypot(rows - centre[0], cols - centre[1])
    return np.where(dist <= radius, density, 20.0)


def test_degurba_synthetic_padding_keeps_an_edge_city(run_alg, tmp_path):
    """A city crossing the study-area edge: classified the same when the grid is padded."""
    pop = synthetic_city(shape=(30, 40), centre=(15, 12), radius=4, density=1600.0)
    full = write_raster(tmp_path / "full.tif", pop)
    results, _ = run_alg(
        "regionatlas:degurba", {"INPUT_POPULATION": full, "OUTPUT": str(tmp_path / "a.tif")}
    )
    reference = read_raster(results["OUTPUT"])[0]
    assert (reference == 30).sum() > 0  # ~49 cells x 1 600 = an urban centre
    # study area: columns 12.. (the western half of the city lies outside it)
    study = write_raster(tmp_path / "study.tif", pop[:, 12:], x0=512000.0)
    cut, fb_cut = run_alg(
        "regionatlas:degurba", {"INPUT_POPULATION": study, "OUTPUT": str(tmp_path / "b.tif")}
    )
    cut_codes = read_raster(cut["OUTPUT"])[0]
    assert (cut_codes == 30).sum() == 0  # cut in half, the centre falls below 50 000
    # the same study area classified with 6 columns of context on every side
    padded_input = write_raster(tmp_path / "padded.tif", pop[:, 6:], x0=506000.0)
    padded, fb = run_alg(
        "regionatlas:degurba",
        {"INPUT_POPULATION": padded_input, "PADDING": 6, "OUTPUT": str(tmp_path / "c.tif")},
    )
    codes, gt, _proj, _ = read_raster(padded["OUTPUT"])
    assert codes.shape == (30 - 12, 34 - 12)
    assert (codes == reference[6:-6, 12:-6]).all()
    assert (codes == 30).any()
    assert gt[0] == 512000.0 and gt[3] == 6600000.0 - 6 * 1000.0
    assert "touches the outer edge" in fb_cut.log
    assert "Padding: 6 cells" in fb.log


def polygon_grid(values, cell=1000.0, cell_y=None, skip=None):
    """A polygon grid (one square per cell) over the raster grid of ``write_raster``."""
    grid = QgsVectorLayer("Polygon?crs=EPSG:3006&field=pop:double", "g", "memory")
    feats = []
    for (r, c), value in np.ndenumerate(values):
        if skip is not None and skip[r, c]:
            continue
        x0, y1 = 500000.0 + c * cell, 6600000.0 - r * (cell_y or cell)
        f = QgsFeature(grid.fields())
        f.setAttributes([float(value)])
        f.setGeometry(QgsGeometry.fromRect(_rect(x0, y1 - (cell_y or cell), x0 + cell, y1)))
        feats.append(f)
    grid.dataProvider().addFeatures(feats)
    return grid


def test_degurba_polygon_grid_input(run_alg, tmp_path):
    pop = synthetic_city(shape=(20, 20), centre=(10, 10), radius=5)
    # sparse grids leave empty cells out: no population there
    skip = (pop <= 20.0) & (np.indices(pop.shape).sum(axis=0) % 3 == 0)
    params = {
        "POPULATION_GRID": polygon_grid(pop, skip=skip),
        "POPULATION_FIELD": "pop",
        "OUTPUT": str(tmp_path / "g.tif"),
    }
    results, fb = run_alg("regionatlas:degurba", params)
    codes, gt, _projection, _ = read_raster(results["OUTPUT"])
    raster = write_raster(tmp_path / "pop.tif", np.where(skip, 0.0, pop))
    reference = run_alg(
        "regionatlas:degurba", {"INPUT_POPULATION": raster, "OUTPUT": str(tmp_path / "r.tif")}
    )[0]["OUTPUT"]
    ref_codes, ref_gt, _projection, _ = read_raster(reference)
    assert (codes == ref_codes).all() and (codes == 30).any()
    assert gt == ref_gt
    assert f"{int(skip.sum())} cells of the grid's extent have no polygon" in fb.log


def _rect(x0, y0, x1, y1):
    from qgis.core import QgsRectangle

    return QgsRectangle(x0, y0, x1, y1)


# -- DEGURBA units --------------------------------------------------------------------------------


def test_degurbaunits_classifies_polygons(run_alg, tmp_path):
    pop = synthetic_city(shape=(20, 30), centre=(10, 8), radius=5)
    land = np.ones(pop.shape)
    pop[:, 24:] = 0.0
    land[:, 24:] = 0.0  # a lake in the east ...
    land[:, 24:26] = 0.3  # ... with an uninhabited shore
    pop_path = write_raster(tmp_path / "pop.tif", pop)
    land_path = write_raster(tmp_path / "land.tif", land)
    smod = run_alg(
        "regionatlas:degurba",
        {
            "INPUT_POPULATION": pop_path,
            "INPUT_LAND": land_path,
            "OUTPUT": str(tmp_path / "smod.tif"),
        },
    )[0]["OUTPUT"]
    units = QgsVectorLayer("Polygon?crs=EPSG:3006&field=kod:string", "u", "memory")
    boxes = {
        "0101": (0, 16),  # the city
        "0102": (16, 24),  # countryside
        "0103": (24, 30),  # shore and lake: no population, classified by land area
    }
    feats = []
    for key, (c0, c1) in boxes.items():
        f = QgsFeature(units.fields())
        f.setAttributes([key])
        f.setGeometry(
            QgsGeometry.fromRect(
                _rect(500000 + c0 * 1000, 6600000 - 20000, 500000 + c1 * 1000, 6600000)
            )
        )
        feats.append(f)
    tiny = QgsFeature(units.fields())
    tiny.setAttributes(["0199"])
    tiny.setGeometry(QgsGeometry.fromRect(_rect(500100, 6599800, 500200, 6599900)))
    feats.append(tiny)
    units.dataProvider().addFeatures(feats)
    params = {
        "INPUT": units,
        "ID_FIELD": "kod",
        "INPUT_DEGURBA": smod,
        "INPUT_POPULATION": pop_path,
        "INPUT_LAND": land_path,
        "LEVEL": 1,
        "OUTPUT": "memory:",
    }
    results, fb = run_alg("regionatlas:degurbaunits", params)
    rows = {f["kod"]: f for f in results["OUTPUT"].getFeatures()}
    assert rows["0101"]["class_l1_name"] == "city" and rows["0101"]["class_l2"] == 30
    assert rows["0101"]["share_30"] >= 0.5 and rows["0101"]["basis"] == "population"
    assert rows["0102"]["class_l1_name"] == "rural area"
    assert rows["0103"]["basis"] == "land area" and rows["0103"]["population"] == 0
    assert rows["0103"]["class_l1_name"] == "rural area"
    assert math.isclose(rows["0103"]["area"], 0.3 * 2 * 20)  # cells weighted by land share
    assert rows["0199"]["basis"] == "none" and rows["0199"]["class_l1"] == NULL
    assert "0199" in fb.log  # covers no cell centre
    total = sum(rows[k]["population"] for k in ("0101", "0102", "0103"))
    assert math.isclose(total, pop.sum())


def test_styles_load_on_their_outputs(tmp_path):
    from pathlib import Path

    from qgis.core import QgsRasterLayer

    styles = Path(__file__).resolve().parents[2] / "resources" / "styles"
    raster = QgsRasterLayer(write_raster(tmp_path / "r.tif", np.ones((2, 2))), "r")
    vectors = {
        "dominantflows_nodes.qml": "Point?field=role:string&field=id:string",
        "dominantflows_links.qml": "LineString?field=share_of_outflow:double",
        "settlement_hierarchy_points.qml": "Point?field=class_rank:integer",
        "settlement_hierarchy_polygons.qml": "Polygon?field=class_rank:integer",
        "degurbaunits_level1.qml": "Polygon?field=class_l1:integer",
        "degurbaunits_level2.qml": "Polygon?field=class_l2:integer",
        "polycentricity.qml": "Polygon?field=p_morphological:double",
    }
    for name, uri in vectors.items():
        vector = QgsVectorLayer(uri, name, "memory")
        message, ok = vector.loadNamedStyle(str(styles / name))
        assert ok, (name, message)
    for name, codes in (("degurba_level1.qml", 4), ("degurba_level2.qml", 8)):
        message, ok = raster.loadNamedStyle(str(styles / name))
        assert ok and raster.renderer().type() == "paletted", (name, message)
        assert len(raster.renderer().classes()) == codes


# -- polycentricity -------------------------------------------------------------------------------


def municipal_centres(sample):
    """One centre per municipality: its largest settlement, sized by all its inhabitants."""
    centres = QgsVectorLayer(
        "Point?crs=EPSG:3006&field=kod:string&field=lan:string&field=pop:double", "c", "memory"
    )
    best: dict[str, QgsFeature] = {}
    totals: dict[str, float] = {}
    for f in layer(sample, "tatorter").getFeatures():
        key = f["kommunkod"]
        totals[key] = totals.get(key, 0.0) + f["population"]
        if key not in best or f["population"] > best[key]["population"]:
            best[key] = QgsFeature(f)
    feats = []
    for key, f in best.items():
        g = QgsFeature(centres.fields())
        g.setAttributes([key, f["lanskod"], totals[key]])
        g.setGeometry(f.geometry())
        feats.append(g)
    centres.dataProvider().addFeatures(feats)
    frame = pd.DataFrame(
        {
            "id": list(best),
            "region": [best[k]["lanskod"] for k in best],
            "size": [totals[k] for k in best],
        }
    )
    return centres, frame


def test_polycentricity_by_region_field_with_flows(run_alg, sample):
    centres, frame = municipal_centres(sample)
    params = od_params(
        sample,
        CENTRES=centres,
        CENTRES_ID_FIELD="kod",
        SIZE_FIELD="pop",
        REGION_FIELD="lan",
        N=3,
        OUTPUT="memory:",
    )
    results, fb = run_alg("regionatlas:polycentricity", params)
    rows = {f["region"]: f for f in results["OUTPUT"].getFeatures()}
    core = polycentricity(frame, n=3, flows=sample.od_table()).table.set_index("region")
    assert set(rows) == set(core.index) == {"05", "06", "09"}
    for region, f in rows.items():
        assert f["centres"] == core.loc[region, "centres"]
        assert math.isclose(f["p_morphological"], core.loc[region, "p_morphological"])
        assert math.isclose(f["p_functional"], core.loc[region, "p_functional"])
        assert 0 <= f["p_functional"] <= 1 and f["n_used"] == 3
    assert "OUTPUT_REGIONS" not in results


def test_polycentricity_regions_polygons_and_too_few(run_alg, sample, tmp_path):
    base = {
        "CENTRES": f"{sample['gpkg']}|layername=tatorter",
        "CENTRES_ID_FIELD": "tatort_id",
        "SIZE_FIELD": "population",
        "REGIONS": f"{sample['gpkg']}|layername=kommuner",
        "REGIONS_ID_FIELD": "kommunkod",
        "N": 5,
    }
    counts: dict[str, int] = {}
    for f in layer(sample, "tatorter").getFeatures():
        counts[f["kommunkod"]] = counts.get(f["kommunkod"], 0) + 1
    short = sorted(k for k, v in counts.items() if v < 5)
    assert short, "the sample has municipalities with fewer than 5 settlements"
    out, regions_out = tmp_path / "poly.gpkg", tmp_path / "regions.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "regionatlas:polycentricity",
            {**base, "OUTPUT": str(out), "OUTPUT_REGIONS": str(regions_out)},
        )
    assert "fewer than 5 centres" in str(err.value) and short[0] in str(err.value)
    assert not out.exists() and not regions_out.exists()
    results, fb = run_alg(
        "regionatlas:polycentricity",
        {**base, "TOO_FEW": 1, "OUTPUT": "memory:", "OUTPUT_REGIONS": "memory:"},
    )
    rows = {f["region"]: f for f in results["OUTPUT"].getFeatures()}
    for key, n in counts.items():
        assert rows[key]["n_available"] == n
        assert rows[key]["too_few_centres"] == (n < 5)
    joined = results["OUTPUT_REGIONS"]
    assert joined.geometryType() == QgsWkbTypes.PolygonGeometry
    assert {"kommunkod", "namn", "p_morphological", "centres"} <= set(joined.fields().names())
    assert joined.featureCount() == layer(sample, "kommuner").featureCount()


# -- bad input: one row per case (style-examples.md: data-driven tests) ---------------------------


def _bad_rules(tmp_path, text):
    path = tmp_path / "rules.json"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _nodes_missing(sample, tmp_path):
    units = QgsVectorLayer("Point?crs=EPSG:3006&field=kod:string", "n", "memory")
    feats = []
    for k, f in enumerate(layer(sample, "kommuner").getFeatures()):
        if f["kommunkod"] in ("0501", "0502"):
            continue
        g = QgsFeature(units.fields())
        g.setAttributes([f["kommunkod"]])
        g.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(k * 1000.0, 0.0)))
        feats.append(g)
    units.dataProvider().addFeatures(feats)
    return units


def _bad_case(name, sample, tmp_path):
    """(algorithm, params, output keys) for a bad-input case."""
    hierarchy = {
        "INPUT": f"{sample['gpkg']}|layername=tatorter",
        "ID_FIELD": "tatort_id",
        "POPULATION_FIELD": "population",
    }
    pop = synthetic_city()
    if name == "rule json malformed":
        return "regionatlas:settlementhierarchy", {
            **hierarchy,
            "RULES_FILE": _bad_rules(tmp_path, '{"classes": [ {"class": "A",}'),
        }
    if name == "rule names unknown indicator":
        rules = {"classes": [{"class": "A", "conditions": [{"indicator": "bogus", "value": 1}]}]}
        return "regionatlas:settlementhierarchy", {
            **hierarchy,
            "RULES_FILE": _bad_rules(tmp_path, json.dumps(rules)),
        }
    if name == "unmatched settlements without fallback":
        rules = {
            "classes": [
                {"class": "Big", "conditions": [{"indicator": "population", "value": 20000}]}
            ]
        }
        return "regionatlas:settlementhierarchy", {
            **hierarchy,
            "RULES_FILE": _bad_rules(tmp_path, json.dumps(rules)),
        }
    if name == "fewer centres than N":
        return "regionatlas:polycentricity", {
            "CENTRES": f"{sample['gpkg']}|layername=tatorter",
            "CENTRES_ID_FIELD": "tatort_id",
            "SIZE_FIELD": "population",
            "REGION_FIELD": "kommunkod",
            "N": 5,
        }
    if name == "OD ids missing from NODES":
        return "regionatlas:dominantflows", od_params(
            sample, NODES=_nodes_missing(sample, tmp_path), NODES_ID_FIELD="kod"
        )
    if name == "raster without CRS":
        return "regionatlas:degurba", {
            "INPUT_POPULATION": write_raster(tmp_path / "nocrs.tif", pop, crs=None)
        }
    if name == "raster in degrees":
        return "regionatlas:degurba", {
            "INPUT_POPULATION": write_raster(tmp_path / "deg.tif", pop, cell=0.01, crs="EPSG:4326")
        }
    if name == "non-square cells":
        return "regionatlas:degurba", {
            "INPUT_POPULATION": write_raster(tmp_path / "rect.tif", pop, cell=1000, cell_y=500)
        }
    if name == "negative population":
        bad = pop.copy()
        bad[3, 4] = -7
        return "regionatlas:degurba", {"INPUT_POPULATION": write_raster(tmp_path / "neg.tif", bad)}
    if name == "population nodata":
        return "regionatlas:degurba", {
            "INPUT_POPULATION": write_raster(
                tmp_path / "nd.tif", np.where(pop > 1000, -1.0, pop), nodata=-1.0
            )
        }
    if name == "land share outside 0..1":
        return "regionatlas:degurba", {
            "INPUT_POPULATION": write_raster(tmp_path / "p.tif", pop),
            "INPUT_LAND": write_raster(tmp_path / "land.tif", np.full(pop.shape, 1.5)),
        }
    if name == "land raster not aligned":
        return "regionatlas:degurba", {
            "INPUT_POPULATION": write_raster(tmp_path / "p.tif", pop),
            "INPUT_LAND": write_raster(tmp_path / "land.tif", np.ones((10, 10))),
        }
    if name == "polygon grid non-square":
        return "regionatlas:degurba", {
            "POPULATION_GRID": polygon_grid(pop[:5, :5], cell=1000.0, cell_y=800.0),
            "POPULATION_FIELD": "pop",
        }
    if name == "overrides malformed":
        return "regionatlas:degurba", {
            "INPUT_POPULATION": write_raster(tmp_path / "p.tif", pop),
            "OVERRIDES": '{"UC_smooth_edge": fals}',
        }
    if name == "overrides unknown name":
        return "regionatlas:degurba", {
            "INPUT_POPULATION": write_raster(tmp_path / "p.tif", pop),
            "OVERRIDES": '{"UC_density": 1000}',
        }
    raise AssertionError(name)


BAD_INPUT = [
    ("rule json malformed", ["not valid JSON", "line 1"]),
    ("rule names unknown indicator", ["'bogus'", "Available", "population"]),
    ("unmatched settlements without fallback", ["match no class", "fallback"]),
    ("fewer centres than N", ["fewer than 5 centres"]),
    ("OD ids missing from NODES", ["2 id(s)", "0501", "0502", "nodes"]),
    ("raster without CRS", ["no coordinate reference system"]),
    ("raster in degrees", ["geographic CRS", "EPSG:4326"]),
    ("non-square cells", ["non-square", "1000 x 500"]),
    ("negative population", ["negative", "row 4, column 5", "-7"]),
    ("population nodata", ["nodata", "no population"]),
    ("land share outside 0..1", ["between 0 and 1", "1.5"]),
    ("land raster not aligned", ["not aligned"]),
    ("polygon grid non-square", ["non-square", "1000 x 800"]),
    ("overrides malformed", ["OVERRIDES is not valid JSON"]),
    ("overrides unknown name", ["Unknown DEGURBA parameter 'UC_density'"]),
]


@pytest.mark.parametrize("case, words", BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_bad_input(run_alg, sample, tmp_path, case, words):
    alg_id, params = _bad_case(case, sample, tmp_path)
    outputs = {
        "regionatlas:settlementhierarchy": {
            "OUTPUT": "h.gpkg",
            "OUTPUT_REPORT": "h.html",
        },
        "regionatlas:polycentricity": {"OUTPUT": "p.gpkg"},
        "regionatlas:dominantflows": {"OUTPUT_NODES": "n.gpkg", "OUTPUT_LINKS": "l.gpkg"},
        "regionatlas:degurba": {"OUTPUT": "d.tif"},
    }[alg_id]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    params.update({key: str(out_dir / name) for key, name in outputs.items()})
    with pytest.raises(QgsProcessingException) as err:
        run_alg(alg_id, params)
    for word in words:
        assert word in str(err.value), str(err.value)
    assert list(out_dir.iterdir()) == [], "no partial output on failure"


def test_unmatched_settlements_get_the_fallback_class(run_alg, sample, tmp_path):
    rules = {
        "classes": [{"class": "Big", "conditions": [{"indicator": "population", "value": 20000}]}]
    }
    params = hierarchy_params(sample, RULES_FILE=_bad_rules(tmp_path, json.dumps(rules)))
    small = sorted(
        f["tatort_id"] for f in layer(sample, "tatorter").getFeatures() if f["population"] < 20000
    )
    with pytest.raises(QgsProcessingException) as err:
        run_alg("regionatlas:settlementhierarchy", {**params, "OUTPUT": str(tmp_path / "x.gpkg")})
    assert f"{len(small)} settlement(s) match no class" in str(err.value)
    assert ", ".join(small[:3]) in str(err.value)  # says which
    assert not (tmp_path / "x.gpkg").exists()
    results, fb = run_alg("regionatlas:settlementhierarchy", {**params, "FALLBACK_CLASS": "Small"})
    classes = {f["class"] for f in results["OUTPUT"].getFeatures()}
    assert classes == {"Big", "Small"}
    assert "got the fallback class 'Small'" in fb.log


def test_degurba_output_is_styled_and_documented_on_load(provider, tmp_path):
    from qgis.core import QgsProject

    import processing

    pop = write_raster(tmp_path / "pop.tif", synthetic_city())
    results = processing.runAndLoadResults(
        "regionatlas:degurba",
        {"INPUT_POPULATION": pop, "LEVEL": 0, "OUTPUT": str(tmp_path / "smod.tif")},
    )
    loaded = QgsProject.instance().mapLayer(results["OUTPUT"]) or next(
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if layer.source() == str(tmp_path / "smod.tif")
    )
    try:
        assert loaded.renderer().type() == "paletted"
        assert [c.value for c in loaded.renderer().classes()] == [3, 2, 1, 0]
        abstract = json.loads(loaded.metadata().abstract())
        assert abstract["algorithm"] == "regionatlas:degurba"
        assert abstract["degurba_parameters"]["UC_density_threshold"] == 1500
    finally:
        QgsProject.instance().removeMapLayer(loaded.id())


@pytest.mark.qgis_process
@pytest.mark.slow
def test_degurba_through_qgis_process(qp, shared_data, tmp_path):
    """The raster output path as a batch run would use it (qgis_process, Belgium case 0)."""
    from pathlib import Path

    target = tmp_path / "smod.tif"
    proc = qp.alg(
        "regionatlas:degurba",
        {
            "INPUT_POPULATION": shared_data("belgium", "POP.tif"),
            "INPUT_LAND": shared_data("belgium", "LAND.tif"),
            "LAND_UNIT": 1,
            "INPUT_BUILT": shared_data("belgium", "BUILT_S.tif"),
            "NODATA": 1,
            "OUTPUT": target,
        },
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    assert Path(qp.results(proc)["OUTPUT"]) == target and target.exists()
    expected = json.loads(shared_data("belgium", "flexurba_expected_cells.json").read_text())
    cells = np.asarray(expected["cell_index_1based_row_major"]) - 1
    codes = read_raster(target)[0]
    assert (codes.ravel()[cells] == np.asarray(expected["cases"][0]["expected"])).all()


def test_dominantflows_ranks_the_dominant_centres_the_map_labels(run_alg, sample):
    """The largest dominant centres are labelled first: dominant_rank 1 = the largest, and
    the bundled label rule reads it (Bergen before Lom)."""
    from pathlib import Path

    from qgis.core import NULL, QgsVectorLayer

    params = od_params(
        sample,
        NODES=f"{sample['gpkg']}|layername=kommuner",
        NODES_ID_FIELD="kommunkod",
        OUTPUT_NODES="memory:",
        OUTPUT_LINKS="memory:",
    )
    results, _ = run_alg("regionatlas:dominantflows", params)
    nodes = features(results["OUTPUT_NODES"])
    dominant = sorted((f for f in nodes if f["role"] == "dominant"), key=lambda f: -f["size"])
    assert len(dominant) >= 2
    assert [f["dominant_rank"] for f in dominant] == list(range(1, len(dominant) + 1))
    assert all(f["dominant_rank"] in (None, NULL) for f in nodes if f["role"] != "dominant")
    styled = QgsVectorLayer("Point?field=role:string&field=dominant_rank:integer", "n", "memory")
    qml = Path(__file__).resolve().parents[2] / "resources/styles/dominantflows_nodes.qml"
    assert styled.loadNamedStyle(str(qml))[1]
    (rule,) = styled.labeling().rootRule().children()
    assert "dominant_rank" in rule.filterExpression()
