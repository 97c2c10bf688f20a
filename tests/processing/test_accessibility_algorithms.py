"""regionatlas:traveltimes, :accessibility and :serviceareas through processing.run on a
hand-computed network, and each bad input with its message."""

from __future__ import annotations

import json
import math

import pytest
from qgis.core import QgsProcessingException, QgsWkbTypes

#  Roads (SWEREF 99 TM offsets): A(0,0)-B(1000,0) 60 km/h; B-C(2000,0) 30 km/h one way B->C;
#  B-(1000,1000)-(2000,1000)-C 60 km/h; D(1000,2000) joins that line's interior vertex.
X0, Y0 = 500_000.0, 6_500_000.0
ROADS = [
    ("r1", [(0, 0), (1000, 0)], 60, None),
    ("r2", [(1000, 0), (2000, 0)], 30, "yes"),
    ("r3", [(1000, 0), (1000, 1000), (2000, 1000), (2000, 0)], 60, "no"),
    ("r4", [(1000, 1000), (1000, 2000)], 60, None),
]
PLACES = [("A", 0, 0, 100, "shop"), ("C", 2000, 0, 300, "school"), ("D", 1000, 2000, 50, "shop")]


def write_layers(folder, epsg=3006, roads=ROADS, places=PLACES, speed_type="real"):
    from osgeo import ogr, osr

    path = folder / f"net_{epsg}.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    scale, x0, y0 = (1e-5, 15.0, 58.0) if epsg == 4326 else (1.0, X0, Y0)
    layer = ds.CreateLayer("roads", srs, ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("speed", ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("oneway", ogr.OFTString))
    for name, coords, speed, oneway in roads:
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("name", name)
        if speed is not None:
            f.SetField("speed", speed)
        if oneway is not None:
            f.SetField("oneway", oneway)
        line = ogr.Geometry(ogr.wkbLineString)
        for x, y in coords:
            line.AddPoint_2D(x0 + x * scale, y0 + y * scale)
        f.SetGeometry(line)
        layer.CreateFeature(f)
    layer = ds.CreateLayer("places", srs, ogr.wkbPoint)
    for field, kind in (("id", ogr.OFTString), ("pop", ogr.OFTReal), ("kind", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(field, kind))
    for pid, x, y, pop, kind in places:
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("id", pid)
        f.SetField("pop", pop)
        if kind is not None:
            f.SetField("kind", kind)
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x0 + x * scale, y0 + y * scale)
        f.SetGeometry(point)
        layer.CreateFeature(f)
    layer = ds.CreateLayer("zones", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("code", ogr.OFTString))
    for code, (xa, xb) in (("01", (-500, 1500)), ("02", (1500, 2500))):
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("code", code)
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in ((xa, -500), (xb, -500), (xb, 2500), (xa, 2500), (xa, -500)):
            ring.AddPoint_2D(x0 + x * scale, y0 + y * scale)
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(ring)
        f.SetGeometry(poly)
        layer.CreateFeature(f)
    ds = None
    return {
        "net": f"{path}|layername=roads",
        "places": f"{path}|layername=places",
        "zones": f"{path}|layername=zones",
    }


@pytest.fixture
def layers(tmp_path):
    return write_layers(tmp_path)


def base(layers, **extra):
    return {
        "NETWORK": layers["net"],
        "SPEED_FIELD": "speed",
        "ONEWAY_FIELD": "oneway",
        "ORIGINS": layers["places"],
        "ORIGINS_ID_FIELD": "id",
        "DESTINATIONS": layers["places"],
        "DESTINATIONS_ID_FIELD": "id",
        **extra,
    }


def rows(layer, key):
    return {key(f): f for f in layer.getFeatures()}


def test_travel_times_by_hand_with_one_way_and_lines(run_alg, layers):
    results, fb = run_alg(
        "regionatlas:traveltimes",
        base(layers, OUTPUT="memory:", OUTPUT_LINES="memory:"),
    )
    table = rows(results["OUTPUT"], lambda f: (f["origin_id"], f["destination_id"]))
    assert table[("A", "C")]["minutes"] == pytest.approx(3.0)
    assert table[("A", "C")]["metres"] == pytest.approx(2000.0)
    assert table[("C", "A")]["minutes"] == pytest.approx(4.0)  # not against the one-way street
    assert table[("C", "A")]["metres"] == pytest.approx(4000.0)
    assert table[("A", "D")]["minutes"] == pytest.approx(3.0)
    assert len(table) == 9
    lines = results["OUTPUT_LINES"]
    assert lines.geometryType() == QgsWkbTypes.LineGeometry and lines.featureCount() == 9
    meta = json.loads(results["METADATA"])
    assert meta["algorithm"] == "regionatlas:traveltimes"
    assert meta["parameters"]["CONNECTOR_SPEED"] == 5.0


def test_travel_times_cut_off_and_without_one_way(run_alg, layers):
    results, _ = run_alg(
        "regionatlas:traveltimes",
        {**base(layers, MAX_MINUTES=3.5, OUTPUT="memory:"), "ONEWAY_FIELD": None},
    )
    table = rows(results["OUTPUT"], lambda f: (f["origin_id"], f["destination_id"]))
    assert table[("C", "A")]["minutes"] == pytest.approx(3.0)
    assert all(f["minutes"] <= 3.5 for f in table.values())


def test_accessibility_nearest_cumulative_2sfca_and_zones(run_alg, layers):
    results, fb = run_alg(
        "regionatlas:accessibility",
        base(
            layers,
            POPULATION_FIELD="pop",
            CATEGORY_FIELD="kind",
            OPPORTUNITY_FIELD="pop",
            MEASURES=[0, 1, 2, 3],
            THRESHOLDS="3.5",
            HALF_LIFE=2,
            ZONES=layers["zones"],
            ZONES_ID_FIELD="code",
            TIME_BANDS="1,5",
            OUTPUT="memory:",
            OUTPUT_ZONES="memory:",
        ),
    )
    out = rows(results["OUTPUT"], lambda f: f["origin_id"])
    # C's nearest shop: D in 3 minutes (A is 4 minutes away against the one-way street).
    assert out["C"]["min_shop"] == pytest.approx(3.0) and out["C"]["near_shop"] == "D"
    assert out["A"]["min_shop"] == pytest.approx(0.0) and out["A"]["near_shop"] == "A"
    assert out["A"]["min_school"] == pytest.approx(3.0)
    # Shops within 3.5 minutes of C: D only (50).
    assert out["C"]["cum_shop_3_5"] == pytest.approx(50.0)
    assert out["A"]["cum_shop_3_5"] == pytest.approx(150.0)
    assert out["A"]["grav_shop"] == pytest.approx(100 + 50 * math.exp(-3 * math.log(2) / 2))
    # 2SFCA (shop D): reached by A, C, D within 3.5 -> 50/450; shop A only by A, D -> 100/150.
    assert out["A"]["sfca_shop_3_5"] == pytest.approx(100 / 150 + 50 / 450)
    zones = rows(results["OUTPUT_ZONES"], lambda f: f["zone_id"])
    # Zone 01: A (100, 0 min) and D (50, 0 min) -> 100 % within 1 minute of a shop.
    assert zones["01"]["within_shop_1"] == pytest.approx(100.0)
    # Zone 02: C (300) 3 minutes from a shop: band 1-5.
    assert zones["02"]["pct_shop_1_5"] == pytest.approx(100.0)
    assert zones["02"]["mean_shop"] == pytest.approx(3.0)
    assert zones["02"]["avg_cum_shop_3_5"] == pytest.approx(50.0)


def test_service_areas_polygons(run_alg, layers):
    results, _ = run_alg(
        "regionatlas:serviceareas",
        {
            "NETWORK": layers["net"],
            "SPEED_FIELD": "speed",
            "ONEWAY_FIELD": "oneway",
            "DESTINATIONS": layers["places"],
            "DESTINATIONS_ID_FIELD": "id",
            "THRESHOLDS": "1,2",
            "BUFFER": 10,
            "OUTPUT": "memory:",
        },
    )
    areas = rows(results["OUTPUT"], lambda f: (f["destination_id"], f["minutes"]))
    assert len(areas) == 6
    # Within 1 minute of A: 1 km of r1 (60 km/h) plus the A end; buffered 10 m.
    box = areas[("A", 1.0)].geometry().boundingBox()
    assert (box.xMinimum(), box.xMaximum()) == pytest.approx((X0 - 10, X0 + 1010))
    # Within 1 minute of C: against the one-way street nothing of r2 is reached from B's side
    # beyond half of it (30 km/h: 500 m in 1 minute); r3 gives 1 km up from C.
    box = areas[("C", 1.0)].geometry().boundingBox()
    assert box.xMinimum() == pytest.approx(X0 + 1500 - 10)
    assert box.yMaximum() == pytest.approx(Y0 + 1000 + 10)


def test_points_off_network_are_listed(run_alg, tmp_path):
    places = [*PLACES, ("Far", 50_000, 50_000, 10, "shop")]
    lay = write_layers(tmp_path, places=places)
    results, fb = run_alg("regionatlas:accessibility", base(lay, MEASURES=[0], OUTPUT="memory:"))
    out = rows(results["OUTPUT"], lambda f: f["origin_id"])
    assert out["Far"]["on_network"] is False or out["Far"]["on_network"] == 0
    assert "Far" in fb.log and "MAX_SNAP" in fb.log


def test_origins_in_another_crs_are_reprojected(run_alg, layers, tmp_path):
    import processing

    reprojected = processing.run(
        "native:reprojectlayer",
        {"INPUT": layers["places"], "TARGET_CRS": "EPSG:4326", "OUTPUT": str(tmp_path / "p.gpkg")},
    )["OUTPUT"]
    results, fb = run_alg(
        "regionatlas:traveltimes", {**base(layers, OUTPUT="memory:"), "ORIGINS": reprojected}
    )
    table = rows(results["OUTPUT"], lambda f: (f["origin_id"], f["destination_id"]))
    assert table[("C", "A")]["minutes"] == pytest.approx(4.0, abs=1e-3)
    assert "reprojected" in fb.log and "EPSG:4326" in fb.log


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"epsg": 4326}, "NETWORK is in a geographic CRS"),
        ({"roads": [("z", [(0, 0), (0, 0)], 50, None)]}, "no edge between two different vertices"),
        ({"roads": [("n", [(0, 0), (1000, 0)], None, None)], "DEFAULT_SPEED": 0}, "no speed"),
        ({"roads": [("n", [(0, 0), (1000, 0)], -30, None)]}, r"fid 1 \(-30"),
        ({"places": [("A", 0, 0, 1, "s"), ("A", 9, 0, 1, "s")]}, "must be unique.*A"),
        ({"places": [("A", 0, 0, 1, None)]}, "has no category in 'kind'"),
        ({"places": [("A", 90_000, 0, 1, "s")]}, "No point of ORIGINS is within MAX_SNAP"),
        ({"roads": [("n", [(0, 0), (1000, 0)], 50, "sometimes")]}, "'sometimes'"),
        ({"THRESHOLDS": "30,-5"}, "THRESHOLDS: '-5'"),
    ],
)
def test_bad_input_messages(run_alg, tmp_path, change, message):
    change = dict(change)
    lay = write_layers(
        tmp_path,
        epsg=change.pop("epsg", 3006),
        roads=change.pop("roads", ROADS),
        places=change.pop("places", PLACES),
    )
    params = base(lay, CATEGORY_FIELD="kind", MEASURES=[0, 1], OUTPUT="memory:", **change)
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("regionatlas:accessibility", params)


def test_outputs_are_styled_on_load(provider, layers, tmp_path):
    from qgis.core import QgsProject

    import processing

    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults(
        "regionatlas:accessibility",
        base(
            layers,
            CATEGORY_FIELD="kind",
            ZONES=layers["zones"],
            ZONES_ID_FIELD="code",
            OUTPUT=str(tmp_path / "acc.gpkg"),
            OUTPUT_ZONES=str(tmp_path / "zones.gpkg"),
        ),
    )
    loaded = {
        project.mapLayer(i).geometryType(): project.mapLayer(i)
        for i in set(project.mapLayers()) - before
    }
    try:
        origins = loaded[QgsWkbTypes.PointGeometry]
        zones = loaded[QgsWkbTypes.PolygonGeometry]
        assert origins.renderer().classAttribute() == "min_school"
        labels = [r.label() for r in origins.renderer().ranges()]
        assert labels[0] == "< 5 min" and labels[-1] == "≥ 45 min"
        assert zones.renderer().classAttribute() == "within_school_10"
        assert json.loads(origins.metadata().abstract())["algorithm"] == "regionatlas:accessibility"
    finally:
        project.removeMapLayers([layer.id() for layer in loaded.values()])


def test_sample_region_grocery_access_and_jobs(run_alg, sample):
    gpkg = sample["gpkg"]
    network = {
        "NETWORK": f"{gpkg}|layername=vagar",
        "SPEED_FIELD": "hastighet",
        "ONEWAY_FIELD": "oneway",
        "MAX_SNAP": 3000,
        "CONNECTOR_SPEED": 30,
        "ORIGINS": f"{gpkg}|layername=befolkning",
        "ORIGINS_ID_FIELD": "ruta_id",
        "POPULATION_FIELD": "befolkning",
    }
    results, _ = run_alg(
        "regionatlas:accessibility",
        {
            **network,
            **sample.zones(),
            "DESTINATIONS": f"{gpkg}|layername=service",
            "DESTINATIONS_ID_FIELD": "service_id",
            "CATEGORY_FIELD": "kategori",
            "MEASURES": [0],
            "OUTPUT": "memory:",
            "OUTPUT_ZONES": "memory:",
        },
    )
    zones = list(results["OUTPUT_ZONES"].getFeatures())
    assert len(zones) == 39
    for zone in zones:
        bands = [zone[f"pct_livsmedel_{b}"] for b in ("lt5", "5_10", "10_30", "ge30", "none")]
        assert sum(bands) == pytest.approx(100.0)
        assert zone["within_livsmedel_10"] == pytest.approx(bands[0] + bands[1])
    # The largest centre (kommun 0604) is well served.
    centre = next(z for z in zones if z["zone_id"] == "0604")
    assert centre["within_livsmedel_10"] > 60
    results, _ = run_alg(
        "regionatlas:accessibility",
        {
            **network,
            "DESTINATIONS": f"{gpkg}|layername=tatorter",
            "DESTINATIONS_ID_FIELD": "tatort_id",
            "OPPORTUNITY_FIELD": "jobs",
            "MEASURES": [1],
            "THRESHOLDS": "30,45",
            "OUTPUT": "memory:",
        },
    )
    points = list(results["OUTPUT"].getFeatures())
    assert all(p["on_network"] for p in points)
    assert all(p["cum_45"] >= p["cum_30"] for p in points)
    assert max(p["cum_45"] for p in points) > 50_000
