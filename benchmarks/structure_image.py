"""Benchmark of the structure image (issue 6).

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/structure_image.py [--keep]

Prints a table: case, size, seconds, peak MB. Each case runs in a fresh child process (its own
QGIS application) so that its peak resident memory (ru_maxrss) is its own. Only the algorithm
run is timed; generating the sample, ranking the nodes and making flows are not.
``--keep`` keeps the exported images in out/structure_image/ for looking at them.

Targets (issue 6): export of an A3 PDF at 300 dpi of the sample < 5 s; structure image for all
of Sweden's 290 municipalities and 2 017 tätorter < 10 s.

Sweden has no open national commuting matrix in ../shared/data, so its flows come from a
gravity model between the municipalities (population = the tätorter's, distance decay 30 km);
Norrbotten uses the real SCB table 2023.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
OUT = REPO / "out" / "structure_image"
RANK_SAMPLE = (
    'CASE WHEN "population" >= 8000 THEN 1 WHEN "population" >= 3000 THEN 2 '
    'WHEN "population" >= 1000 THEN 3 ELSE 4 END'
)
#: Swedish tätorter by population (a plain size ladder; the settlement hierarchy does better).
RANK_SWEDEN = (
    'CASE WHEN "pop" >= 100000 THEN 1 WHEN "pop" >= 25000 THEN 2 WHEN "pop" >= 8000 THEN 3 '
    'WHEN "pop" >= 2000 THEN 4 ELSE 5 END'
)
CASES = (
    "sample: structure image",
    "sample: A3 PDF 300 dpi",
    "Sweden: structure image",
    "Sweden: A3 PDF 300 dpi",
    "Norrbotten: structure image + PNG",
)


def _qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO / ".build" / "plugins"))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from RegionAtlas.processing.provider import RegionAtlasProvider

    provider = RegionAtlasProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def _rank(path: str, formula: str):
    import processing

    return processing.run(
        "native:fieldcalculator",
        {
            "INPUT": path,
            "FIELD_NAME": "rank",
            "FIELD_TYPE": 1,
            "FORMULA": formula,
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]


def _sample(tmp: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "generate_sample", REPO / "resources" / "sample" / "generate_sample.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sample = module.generate(tmp)
    nodes = _rank(f"{sample['gpkg']}|layername=tatorter", RANK_SAMPLE)
    params = {
        "NODES": nodes,
        "NAME_FIELD": "namn",
        "RANK_FIELD": "rank",
        "SIZE_FIELD": "population",
        "BORDER_FIELD": "lanskod",
        "COUNTRY_FIELD": "landskod",
        "NODE_ID_FIELD": "kommunkod",
        "FLOWS": str(sample["csv"]),
        "ORIGIN_FIELD": "bostadskommun",
        "DESTINATION_FIELD": "arbetskommun",
        "COUNT_FIELD": "forvarvsarbetande",
        "YEAR_FIELD": "ar",
        "YEAR": "2023",
        "REGIONS": f"{sample['gpkg']}|layername=kommuner",
        "REGION_FIELD": "lanskod",
    }
    return params, f"{nodes.featureCount()} nodes, 39 units"


def _sweden_flows(tmp: Path, kommuner: str, tatorter) -> str:
    """A gravity-model OD table between the municipalities (CSV path)."""
    import numpy as np
    from qgis.core import QgsVectorLayer

    pop: dict[str, float] = {}
    for f in tatorter.getFeatures():
        pop[f["mun_code"]] = pop.get(f["mun_code"], 0.0) + float(f["pop"] or 0)
    layer = QgsVectorLayer(kommuner, "k", "ogr")
    codes, xy = [], []
    for f in layer.getFeatures():
        p = f.geometry().pointOnSurface().asPoint()
        codes.append(f["code"])
        xy.append((p.x(), p.y()))
    xy = np.array(xy)
    p = np.array([pop.get(c, 2000.0) + 2000.0 for c in codes])
    d = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1)) / 1000.0
    w = p[None, :] ** 0.9 * np.exp(-d / 30.0)
    np.fill_diagonal(w, 0)
    out = 0.25 * 0.47 * p[:, None] * w / w.sum(axis=1, keepdims=True)
    path = tmp / "sweden_gravity.csv"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("o,d,n\n")
        for i, ci in enumerate(codes):
            fh.write(f"{ci},{ci},{round(0.75 * 0.47 * p[i])}\n")
            for j in np.argsort(-out[i])[:25]:
                if out[i, j] >= 1:
                    fh.write(f"{ci},{codes[j]},{round(out[i, j])}\n")
    return str(path)


def _sweden(tmp: Path):
    kommuner = str(SHARED / "sweden" / "kommuner_3006.gpkg")
    nodes = _rank(str(SHARED / "sweden" / "tatorter2020_3006.gpkg"), RANK_SWEDEN)
    flows = _sweden_flows(tmp, kommuner, nodes)
    params = {
        "NODES": nodes,
        "NAME_FIELD": "name",
        "RANK_FIELD": "rank",
        "SIZE_FIELD": "pop",
        "BORDER_FIELD": "lan_code",
        "NODE_ID_FIELD": "mun_code",
        "FLOWS": flows,
        "ORIGIN_FIELD": "o",
        "DESTINATION_FIELD": "d",
        "COUNT_FIELD": "n",
        "REGIONS": str(SHARED / "sweden" / "la2022_3006.gpkg"),
        "REGION_FIELD": "code",
        "REGION_NAME_FIELD": "name",
        "CORRIDOR_RULE": 0,
    }
    return params, f"{nodes.featureCount()} tätorter, 290 kommuner, 67 LA"


def _norrbotten(tmp: Path):
    import processing

    kommuner = processing.run(
        "native:extractbyexpression",
        {
            "INPUT": str(SHARED / "sweden" / "kommuner_3006.gpkg"),
            "EXPRESSION": "left(\"code\", 2) = '25'",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    tatorter = processing.run(
        "native:extractbyexpression",
        {
            "INPUT": str(SHARED / "sweden" / "tatorter2020_3006.gpkg"),
            "EXPRESSION": "\"lan_code\" = '25'",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    nodes = _rank(
        tatorter,
        RANK_SWEDEN.replace('"pop" >= 100000', '"pop" >= 40000').replace(
            '"pop" >= 25000', '"pop" >= 15000'
        ),
    )
    params = {
        "NODES": nodes,
        "NAME_FIELD": "name",
        "RANK_FIELD": "rank",
        "SIZE_FIELD": "pop",
        "BORDER_FIELD": "lan_code",
        "LABEL_RANKS": 3,
        "NODE_ID_FIELD": "mun_code",
        "FLOWS": str(SHARED / "sweden" / "norrbotten_commuting_2023.csv"),
        "ORIGIN_FIELD": "residence_code",
        "DESTINATION_FIELD": "workplace_code",
        "COUNT_FIELD": "employed",
        "REGIONS": kommuner,
        "REGION_FIELD": "code",
        "REGION_NAME_FIELD": "name",
        "CORRIDOR_RULE": 1,
        "CORRIDOR_VALUE": 2,
    }
    return params, f"{nodes.featureCount()} tätorter, 14 kommuner"


def _outputs(params):
    for key in ("OUTPUT_NODES", "OUTPUT_CORRIDORS", "OUTPUT_BORDER_LINKS", "OUTPUT_REGIONS"):
        params[key] = "memory:"
    return params


def _styled(results):
    from RegionAtlas.processing.structure_styles import apply_structure_style

    layers = []
    for key in ("nodes", "border_links", "corridors", "regions"):
        layer = results.get(f"OUTPUT_{key.upper()}")
        if layer is not None:
            apply_structure_style(layer, key, rename=True)
            layers.append(layer)
    return layers


def _run_case(name: str, keep: bool, queue) -> None:
    app, _provider = _qgis()
    import processing

    tmp = Path(tempfile.mkdtemp(prefix="ra-bench-"))
    place = name.split(":")[0]
    params, size = {"sample": _sample, "Sweden": _sweden, "Norrbotten": _norrbotten}[place](tmp)
    params = _outputs(params)
    folder = OUT if keep else tmp / "export"
    export = {
        "TITLE": {"sample": "Exempelregion", "Sweden": "Sverige", "Norrbotten": "Norrbotten"}[
            place
        ],
        "SUBTITLE": "Strukturbild (RegionAtlas benchmark)",
        "SOURCE_TEXT": {
            "sample": "synthetic sample region",
            "Sweden": "SCB (boundaries, tätorter 2020); flows: gravity model",
            "Norrbotten": "SCB, commuting 2023; tätorter 2020",
        }[place],
        "OUTPUT_FOLDER": str(folder),
        "FILE_NAME": place.lower(),
    }
    if "PDF" in name:
        results = processing.run("regionatlas:structureimage", params)
        layers = _styled(results)
        start = time.perf_counter()
        processing.run(
            "regionatlas:exportstructureimage",
            {
                **export,
                "LAYERS": layers,
                "FORMAT": 0,
                "DPI": 300,
                "PARAMETERS_TEXT": results["METADATA"],
            },
        )
        seconds = time.perf_counter() - start
        size += ", A3 300 dpi"
    elif "PNG" in name:
        start = time.perf_counter()
        results = processing.run("regionatlas:structureimage", params)
        processing.run(
            "regionatlas:exportstructureimage",
            {
                **export,
                "LAYERS": _styled(results),
                "FORMAT": 1,
                "DPI": 150,
                "PARAMETERS_TEXT": results["METADATA"],
            },
        )
        seconds = time.perf_counter() - start
        size += ", A3 150 dpi"
    else:
        start = time.perf_counter()
        results = processing.run("regionatlas:structureimage", params)
        seconds = time.perf_counter() - start
        size += f", {results['OUTPUT_CORRIDORS'].featureCount()} corridors"
        if keep:
            processing.run(
                "regionatlas:exportstructureimage",
                {
                    **export,
                    "LAYERS": _styled(results),
                    "FORMAT": 1,
                    "DPI": 150,
                    "PARAMETERS_TEXT": results["METADATA"],
                },
            )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((name, size, seconds, rss))
    app.exitQgis()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep images in out/structure_image")
    args = parser.parse_args()
    if args.keep:
        OUT.mkdir(parents=True, exist_ok=True)
    ctx = mp.get_context("spawn")
    print(f"{'case':36} {'size':58} {'seconds':>8} {'peak MB':>8}")
    for case in CASES:
        if case.startswith(("Sweden", "Norrbotten")) and not (SHARED / "sweden").exists():
            print(f"{case:36} {'(no ../shared/data/sweden: skipped)':58}")
            continue
        queue = ctx.Queue()
        proc = ctx.Process(target=_run_case, args=(case, args.keep, queue))
        proc.start()
        proc.join()
        if proc.exitcode != 0 or queue.empty():
            print(f"{case:36} FAILED (exit code {proc.exitcode})")
            continue
        name, size, seconds, rss = queue.get()
        print(f"{name:36} {size:58} {seconds:8.3f} {rss:8.0f}", flush=True)


if __name__ == "__main__":
    main()
