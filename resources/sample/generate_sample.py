"""Generate "Exempelregion", RegionAtlas's synthetic sample region.

The project ships no third-party data, so the demo, the tests and the screenshots run on a
region this script builds deterministically (fixed seed):

- ~40 municipalities: Voronoi cells of jittered seed points clipped to a coastline-like outline,
  in two Swedish counties ("05", "06") and one Norwegian county ("09") across a national
  border; codes keep a leading zero ("0501"), names are invented;
- ~120 settlements (points): one main town per municipality plus villages, with population,
  jobs and counts of services;
- a commuting OD table (origin, destination, employed, year) for 2019 and 2023 from a doubly
  constrained-ish gravity model with exponential distance decay, a border friction and a
  stronger pull of the largest centres in the later year (region enlargement);

written as a GeoPackage (layers ``kommuner``, ``tatorter``, table ``pendling``) and a CSV.
Coordinates are in SWEREF 99 TM (EPSG:3006).

For accessibility (spec accessibility.md) the GeoPackage also gets, from a separate random
stream (so the layers above never change):

- ``vagar``: a road network: main roads (90 km/h) between the main towns along a Delaunay
  triangulation, joined to the other roads only in the towns; a jittered lattice of local roads
  (70 km/h, 3 km apart) inside the outline; streets (50 km/h) from every settlement to its
  nearest lattice crossings. Fields ``vag_id``, ``vagklass``, ``hastighet`` (km/h), ``oneway``;
- ``befolkning``: population on a 1.5 km grid of points (rural population plus each
  settlement's population spread around it), with ``ruta_id``, ``befolkning``, ``kommunkod``;
- ``service``: grocery stores (``livsmedel``), schools (``skola``) and health centres
  (``vardcentral``) from the settlements' service counts, near their settlement, with
  ``service_id``, ``kategori``, ``tatort_id``. Jobs per settlement are ``tatorter.jobs``.

Run: ``python resources/sample/generate_sample.py OUTPUT_FOLDER``.
"""

from __future__ import annotations

import argparse
import csv
import math
from pathlib import Path

import numpy as np
import shapely
from shapely import affinity
from shapely.geometry import MultiPoint, Point, Polygon
from shapely.ops import unary_union, voronoi_diagram

SEED = 20261122
YEARS = (2019, 2023)
#: Origin of the sample in SWEREF 99 TM (metres): somewhere in inland southern Norrland.
X0, Y0 = 380_000.0, 6_900_000.0
WIDTH, HEIGHT = 240_000.0, 170_000.0
#: x of the national border (west of it is "NO").
BORDER_X = X0 + 62_000.0
#: Commuting model: distance decay (km) and the factor that damps flows across the border.
DECAY_KM = {2019: 14.0, 2023: 17.0}
BORDER_FRICTION = 0.35
COUNTY_FRICTION = 0.8
EMPLOYMENT_RATE = 0.47

SYLLABLES_A = [
    "Björk",
    "Sjö",
    "Ek",
    "Lind",
    "Hög",
    "Mal",
    "Stor",
    "Lill",
    "Norr",
    "Sör",
    "Älv",
    "Berg",
    "Fors",
    "Ås",
    "Gran",
    "Tall",
    "Rå",
    "Kvarn",
    "Ström",
    "Myr",
    "Hed",
    "Vass",
    "Strand",
    "Öster",
    "Väster",
    "Klint",
    "Dal",
    "Ny",
    "Gammel",
    "Skog",
]
SYLLABLES_B = [
    "by",
    "ås",
    "sund",
    "vik",
    "holm",
    "näs",
    "fors",
    "berg",
    "torp",
    "hult",
    "stad",
    "mo",
    "dal",
    "köping",
    "sjö",
    "lid",
    "ö",
    "viken",
    "heden",
    "bo",
]
NORWEGIAN_B = ["vik", "dal", "nes", "stad", "fjell", "li", "voll", "bø", "sand", "heim"]


def _names(rng: np.random.Generator, count: int, endings: list[str], taken: set[str]) -> list[str]:
    names = []
    while len(names) < count:
        name = rng.choice(SYLLABLES_A) + rng.choice(endings)
        if name not in taken:
            taken.add(name)
            names.append(name)
    return names


def outline(rng: np.random.Generator) -> Polygon:
    """A rectangle whose east side is a ragged coast."""
    ys = np.linspace(Y0, Y0 + HEIGHT, 40)
    coast = X0 + WIDTH - 25_000 + np.cumsum(rng.normal(0, 3_500, len(ys)))
    coast = np.clip(coast, X0 + WIDTH - 60_000, X0 + WIDTH)
    pts = [(X0, Y0)] + [(float(x), float(y)) for x, y in zip(coast, ys)] + [(X0, Y0 + HEIGHT)]
    return Polygon(pts).buffer(0)


def municipalities(rng: np.random.Generator, region: Polygon) -> list[dict]:
    """Voronoi cells of a jittered grid, clipped to the outline, with codes and counties."""
    seeds = []
    for gx in np.linspace(X0 + 18_000, X0 + WIDTH - 30_000, 8):
        for gy in np.linspace(Y0 + 16_000, Y0 + HEIGHT - 16_000, 5):
            p = Point(gx + rng.normal(0, 7_000), gy + rng.normal(0, 7_000))
            if region.contains(p):
                seeds.append(p)
    cells = voronoi_diagram(MultiPoint(seeds), envelope=region.envelope.buffer(50_000))
    taken: set[str] = set()
    units = []
    for cell in cells.geoms:
        seed = next(s for s in seeds if cell.contains(s))
        geom = cell.intersection(region)
        if geom.is_empty or geom.area < 1e6:
            continue
        if seed.x < BORDER_X:
            country, county = "NO", "09"
        elif seed.y > Y0 + HEIGHT * 0.52:
            country, county = "SE", "05"
        else:
            country, county = "SE", "06"
        units.append({"seed": seed, "geom": geom, "country": country, "county": county})
    # Stable codes: per county, numbered from the north-west.
    units.sort(key=lambda u: (u["county"], -round(u["seed"].y, -3), u["seed"].x))
    counters: dict[str, int] = {}
    for unit in units:
        counters[unit["county"]] = counters.get(unit["county"], 0) + 1
        unit["code"] = f"{unit['county']}{counters[unit['county']]:02d}"
        endings = NORWEGIAN_B if unit["country"] == "NO" else SYLLABLES_B
        unit["name"] = _names(rng, 1, endings, taken)[0]
    return units


def settlements(rng: np.random.Generator, units: list[dict]) -> list[dict]:
    """Main town at each seed point plus villages; a few strong centres."""
    places = []
    taken = {u["name"] for u in units}
    # Heavy-tailed town sizes; three deliberate regional centres on the Swedish side and one
    # Norwegian centre so that polycentricity and cross-border pulls appear.
    centre_codes = {"0502": 62_000, "0604": 88_000, "0607": 31_000, "0903": 24_000}
    for unit in units:
        town_pop = centre_codes.get(unit["code"], int(rng.pareto(1.6) * 2_500 + 1_800))
        town_pop = min(town_pop, 95_000)
        main = {"unit": unit, "point": unit["seed"], "name": unit["name"], "population": town_pop}
        places.append(main)
        n_villages = int(rng.integers(1, 5))
        endings = NORWEGIAN_B if unit["country"] == "NO" else SYLLABLES_B
        for name in _names(rng, n_villages, endings, taken):
            for _ in range(50):
                p = Point(
                    unit["seed"].x + rng.normal(0, 9_000), unit["seed"].y + rng.normal(0, 9_000)
                )
                if unit["geom"].contains(p):
                    break
            else:
                p = unit["geom"].representative_point()
            pop = int(rng.pareto(2.2) * 400 + 210)
            places.append({"unit": unit, "point": p, "name": name, "population": min(pop, 9_000)})
    for k, place in enumerate(places, start=1):
        pop = place["population"]
        place["id"] = f"T{k:04d}"
        # Jobs concentrate in larger places (elasticity > 1).
        place["jobs"] = round(0.38 * pop * (pop / 5_000) ** 0.12)
        place["grocery"] = int(pop >= 300) + pop // 4_000
        place["school"] = int(pop >= 500) + pop // 6_000
        place["sports_ground"] = int(pop >= 700) + pop // 15_000
        place["elderly_care"] = int(pop >= 900) + pop // 10_000
        place["pt_interchange"] = int(pop >= 1_500 or (pop >= 800 and rng.random() < 0.5))
        place["health_centre"] = int(pop >= 2_500) + pop // 20_000
    return places


def commuting(rng: np.random.Generator, units: list[dict], places: list[dict]) -> list[tuple]:
    """Gravity-model commuting between municipalities for each year."""
    n = len(units)
    pop = np.zeros(n)
    jobs = np.zeros(n)
    index = {u["code"]: k for k, u in enumerate(units)}
    for place in places:
        k = index[place["unit"]["code"]]
        pop[k] += place["population"]
        jobs[k] += place["jobs"]
    # Rural population outside settlements.
    pop += np.array([u["geom"].area / 1e6 * 3.0 for u in units])
    xy = np.array([[u["seed"].x, u["seed"].y] for u in units])
    dist_km = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1)) / 1000.0
    country = np.array([u["country"] for u in units])
    county = np.array([u["county"] for u in units])
    friction = np.ones((n, n))
    friction[country[:, None] != country[None, :]] *= BORDER_FRICTION
    friction[county[:, None] != county[None, :]] *= COUNTY_FRICTION
    rows = []
    for year in YEARS:
        growth = 1.0 if year == YEARS[0] else 1.0 + 0.06 * (jobs / jobs.max())
        w = jobs * growth
        employed = np.round(pop * EMPLOYMENT_RATE * (1.0 if year == YEARS[0] else 1.02))
        attraction = w[None, :] * np.exp(-dist_km / DECAY_KM[year]) * friction
        # Working in one's own municipality is strongly preferred.
        attraction[np.diag_indices(n)] *= 9.0
        prob = attraction / attraction.sum(axis=1, keepdims=True)
        for i in range(n):
            counts = rng.multinomial(int(employed[i]), prob[i])
            for j in np.flatnonzero(counts):
                rows.append((units[i]["code"], units[j]["code"], int(counts[j]), year))
    return rows


def write_gpkg(path: Path, units: list[dict], places: list[dict], od: list[tuple]) -> None:
    from osgeo import ogr, osr

    ogr.UseExceptions()
    if path.exists():
        path.unlink()
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)

    layer = ds.CreateLayer("kommuner", srs, ogr.wkbMultiPolygon, ["FID=fid"])
    for name, kind in (
        ("kommunkod", ogr.OFTString),
        ("namn", ogr.OFTString),
        ("lanskod", ogr.OFTString),
        ("landskod", ogr.OFTString),
    ):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for unit in units:
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField("kommunkod", unit["code"])
        feat.SetField("namn", unit["name"])
        feat.SetField("lanskod", unit["county"])
        feat.SetField("landskod", unit["country"])
        geom = ogr.CreateGeometryFromWkb(unit["geom"].wkb)
        feat.SetGeometry(ogr.ForceToMultiPolygon(geom))
        layer.CreateFeature(feat)

    layer = ds.CreateLayer("tatorter", srs, ogr.wkbPoint, ["FID=fid"])
    fields = [
        ("tatort_id", ogr.OFTString),
        ("namn", ogr.OFTString),
        ("kommunkod", ogr.OFTString),
        ("lanskod", ogr.OFTString),
        ("landskod", ogr.OFTString),
    ]
    counts = [
        "population",
        "jobs",
        "grocery",
        "school",
        "sports_ground",
        "elderly_care",
        "pt_interchange",
        "health_centre",
    ]
    for name, kind in fields + [(c, ogr.OFTInteger) for c in counts]:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for place in places:
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField("tatort_id", place["id"])
        feat.SetField("namn", place["name"])
        feat.SetField("kommunkod", place["unit"]["code"])
        feat.SetField("lanskod", place["unit"]["county"])
        feat.SetField("landskod", place["unit"]["country"])
        for c in counts:
            feat.SetField(c, int(place[c]))
        feat.SetGeometry(ogr.CreateGeometryFromWkb(place["point"].wkb))
        layer.CreateFeature(feat)

    layer = ds.CreateLayer("pendling", None, ogr.wkbNone, ["FID=fid"])
    for name, kind in (
        ("bostadskommun", ogr.OFTString),
        ("arbetskommun", ogr.OFTString),
        ("forvarvsarbetande", ogr.OFTInteger),
        ("ar", ogr.OFTInteger),
    ):
        layer.CreateField(ogr.FieldDefn(name, kind))
    layer.StartTransaction()
    for origin, dest, count, year in od:
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField("bostadskommun", origin)
        feat.SetField("arbetskommun", dest)
        feat.SetField("forvarvsarbetande", count)
        feat.SetField("ar", year)
        layer.CreateFeature(feat)
    layer.CommitTransaction()
    ds = None


#: Separate random stream of the accessibility layers (the layers above never shift).
ACCESS_SEED = SEED + 12
#: Road network of the sample: speeds (km/h) and lattice spacing (m).
MAIN_ROAD_KMH, LOCAL_ROAD_KMH, STREET_KMH = 90, 70, 50
LATTICE_M, LATTICE_JITTER_M = 3_000.0, 500.0
MAIN_ROAD_MAX_M = 70_000.0
POPULATION_CELL_M = 1_500.0
#: Rural population per km² outside settlements (as in the commuting model).
RURAL_DENSITY = 3.0
SERVICE_CATEGORIES = {"grocery": "livsmedel", "school": "skola", "health_centre": "vardcentral"}


def accessibility_layers(region: Polygon, units: list[dict], places: list[dict]) -> dict:
    """Roads, population points and service points (see the module docstring)."""
    from scipy.spatial import Delaunay, cKDTree

    rng = np.random.default_rng(ACCESS_SEED)
    roads = []
    # Lattice of local roads: nodes (i, j) inside the outline, joined to their right and upper
    # neighbours.
    nx_, ny_ = int(WIDTH // LATTICE_M) + 1, int(HEIGHT // LATTICE_M) + 1
    gx = X0 + LATTICE_M / 2 + np.arange(nx_) * LATTICE_M
    gy = Y0 + LATTICE_M / 2 + np.arange(ny_) * LATTICE_M
    jitter = rng.uniform(-LATTICE_JITTER_M, LATTICE_JITTER_M, (nx_, ny_, 2))
    lx = gx[:, None] + jitter[:, :, 0]
    ly = gy[None, :] + jitter[:, :, 1]
    inside = shapely.contains_xy(region, lx, ly)
    nodes = {(i, j): (float(lx[i, j]), float(ly[i, j])) for i, j in zip(*np.nonzero(inside))}
    for (i, j), p in nodes.items():
        for q in ((i + 1, j), (i, j + 1)):
            if q in nodes:
                roads.append(("lokal", LOCAL_ROAD_KMH, [p, nodes[q]]))
    keys = list(nodes)
    tree = cKDTree(np.array([nodes[k] for k in keys]))
    # Streets from each settlement to its two nearest lattice crossings.
    for place in places:
        xy = (float(place["point"].x), float(place["point"].y))
        for k in np.atleast_1d(tree.query(xy, k=2)[1]):
            roads.append(("gata", STREET_KMH, [xy, nodes[keys[int(k)]]]))
    # Main roads between the main towns (the first place of each unit).
    towns = [next(p for p in places if p["unit"] is u) for u in units]
    txy = np.array([(t["point"].x, t["point"].y) for t in towns])
    edges = set()
    for simplex in Delaunay(txy).simplices:
        for a, b in ((0, 1), (1, 2), (0, 2)):
            edges.add(tuple(sorted((int(simplex[a]), int(simplex[b])))))
    for a, b in sorted(edges):
        if np.hypot(*(txy[a] - txy[b])) <= MAIN_ROAD_MAX_M:
            roads.append(
                ("huvudvag", MAIN_ROAD_KMH, [tuple(map(float, txy[a])), tuple(map(float, txy[b]))])
            )

    # Population on a grid: rural density plus settlements spread around their point.
    cx = np.arange(X0 + POPULATION_CELL_M / 2, X0 + WIDTH, POPULATION_CELL_M)
    cy = np.arange(Y0 + POPULATION_CELL_M / 2, Y0 + HEIGHT, POPULATION_CELL_M)
    grid = np.array([(x, y) for y in cy for x in cx])
    grid = grid[shapely.contains_xy(region, grid[:, 0], grid[:, 1])]
    cell_km2 = (POPULATION_CELL_M / 1000.0) ** 2
    population = rng.poisson(RURAL_DENSITY * cell_km2, len(grid)).astype(float)
    grid_tree = cKDTree(grid)
    for place in places:
        centre = np.array([place["point"].x, place["point"].y])
        radius = 1_000.0 + 15.0 * math.sqrt(place["population"])
        near = grid_tree.query_ball_point(centre, radius)
        if not near:
            near = [int(grid_tree.query(centre)[1])]
        d = np.hypot(*(grid[near] - centre).T)
        weight = np.exp(-((d / radius) ** 2) * 2.0)
        population[near] += place["population"] * weight / weight.sum()
    unit_of = [None] * len(grid)
    for unit in units:
        for k in np.flatnonzero(shapely.contains_xy(unit["geom"], grid[:, 0], grid[:, 1])):
            unit_of[k] = unit["code"] if unit_of[k] is None else unit_of[k]
    cells = [
        {
            "id": f"R{k:05d}",
            "xy": tuple(map(float, grid[k])),
            "population": round(float(population[k])),
            "kommunkod": unit_of[k],
        }
        for k in range(len(grid))
        if population[k] >= 0.5
    ]

    services = []
    for place in places:
        for field, category in SERVICE_CATEGORIES.items():
            for _ in range(int(place[field])):
                dx, dy = rng.uniform(-300.0, 300.0, 2)
                services.append(
                    {
                        "category": category,
                        "place": place["id"],
                        "xy": (float(place["point"].x + dx), float(place["point"].y + dy)),
                    }
                )
    for k, service in enumerate(services, start=1):
        service["id"] = f"S{k:04d}"
    return {"roads": roads, "cells": cells, "services": services}


def write_accessibility_layers(path: Path, layers: dict) -> None:
    """Add ``vagar``, ``befolkning`` and ``service`` to the GeoPackage at ``path``."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    ds = ogr.Open(str(path), update=1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)

    def layer(name, geometry, fields):
        lyr = ds.CreateLayer(name, srs, geometry, ["FID=fid"])
        for field, kind in fields:
            lyr.CreateField(ogr.FieldDefn(field, kind))
        lyr.StartTransaction()
        return lyr

    lyr = layer(
        "vagar",
        ogr.wkbLineString,
        [
            ("vag_id", ogr.OFTString),
            ("vagklass", ogr.OFTString),
            ("hastighet", ogr.OFTInteger),
            ("oneway", ogr.OFTString),
        ],
    )
    for k, (klass, speed, coords) in enumerate(layers["roads"], start=1):
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("vag_id", f"V{k:05d}")
        feat.SetField("vagklass", klass)
        feat.SetField("hastighet", speed)
        feat.SetField("oneway", "no")
        line = ogr.Geometry(ogr.wkbLineString)
        for x, y in coords:
            line.AddPoint_2D(x, y)
        feat.SetGeometry(line)
        lyr.CreateFeature(feat)
    lyr.CommitTransaction()

    lyr = layer(
        "befolkning",
        ogr.wkbPoint,
        [("ruta_id", ogr.OFTString), ("befolkning", ogr.OFTInteger), ("kommunkod", ogr.OFTString)],
    )
    for cell in layers["cells"]:
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("ruta_id", cell["id"])
        feat.SetField("befolkning", cell["population"])
        if cell["kommunkod"] is not None:
            feat.SetField("kommunkod", cell["kommunkod"])
        feat.SetGeometry(ogr.CreateGeometryFromWkb(Point(cell["xy"]).wkb))
        lyr.CreateFeature(feat)
    lyr.CommitTransaction()

    lyr = layer(
        "service",
        ogr.wkbPoint,
        [("service_id", ogr.OFTString), ("kategori", ogr.OFTString), ("tatort_id", ogr.OFTString)],
    )
    for service in layers["services"]:
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("service_id", service["id"])
        feat.SetField("kategori", service["category"])
        feat.SetField("tatort_id", service["place"])
        feat.SetGeometry(ogr.CreateGeometryFromWkb(Point(service["xy"]).wkb))
        lyr.CreateFeature(feat)
    lyr.CommitTransaction()
    ds = None


def generate(folder: Path) -> dict[str, Path]:
    """Build the sample into ``folder``; returns the files written."""
    rng = np.random.default_rng(SEED)
    region = outline(rng)
    units = municipalities(rng, region)
    # A small rotation makes the Voronoi grid look less regular.
    for unit in units:
        unit["geom"] = affinity.rotate(unit["geom"], 0.0, origin=(X0, Y0))
    places = settlements(rng, units)
    od = commuting(rng, units, places)
    folder.mkdir(parents=True, exist_ok=True)
    gpkg = folder / "exempelregion.gpkg"
    write_gpkg(gpkg, units, places, od)
    write_accessibility_layers(gpkg, accessibility_layers(region, units, places))
    csv_path = folder / "exempelregion_pendling.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["bostadskommun", "arbetskommun", "forvarvsarbetande", "ar"])
        writer.writerows(od)
    assert not math.isnan(unary_union([u["geom"] for u in units]).area)
    return {"gpkg": gpkg, "csv": csv_path}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    files = generate(args.folder)
    for kind, path in files.items():
        print(f"{kind}: {path}")


if __name__ == "__main__":
    main()
