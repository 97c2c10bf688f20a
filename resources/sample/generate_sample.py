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

Run: ``python resources/sample/generate_sample.py OUTPUT_FOLDER``.
"""

from __future__ import annotations

import argparse
import csv
import math
from pathlib import Path

import numpy as np
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
