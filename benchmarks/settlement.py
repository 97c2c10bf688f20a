"""Benchmark of the settlement-structure core (issue 4).

Run from the repository root::

    .venv/bin/python benchmarks/settlement.py [--quick]

Prints a table: case, size, seconds, peak MB. Each case runs in a fresh child process so that
its peak resident memory (ru_maxrss) is its own; "alloc MB" is the peak of the allocations
traced inside the timed call (tracemalloc, includes NumPy buffers). Only the method call is
timed; reading or generating the input is not.

Targets (issue 4): DEGURBA Belgium (66 000 cells) < 1 s; 4 000 x 4 000 cells < 30 s and
< 4 GB; dominant flows on 100 000 units < 10 s.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO / ".build" / "plugins"))


def _norway():
    import pandas as pd
    from RegionAtlas.regionatlas.commuting.odtable import ODTable

    frame = pd.read_csv(SHARED / "norway" / "commuting_2022.csv", dtype=str)
    table = ODTable.from_frame(frame, "home_kommune", "work_kommune", "employed")
    return table, f"{table.n} units, {table.nnz} flows"


def _synthetic_od(n_units: int):
    import numpy as np
    from RegionAtlas.regionatlas.commuting.odtable import ODTable

    rng = np.random.default_rng(42)
    per_unit = 10
    m = n_units * per_unit
    origins = np.repeat(np.arange(n_units), per_unit)
    # half of the flows go to a nearby unit, half to one of 2 % "centres"
    near = (origins + rng.integers(-50, 51, m)) % n_units
    centres = rng.integers(0, max(n_units // 50, 1), m) * 50
    dest = np.where(rng.random(m) < 0.5, near, centres)
    counts = rng.integers(1, 200, m).astype(float)
    ids = np.array([f"{i:06d}" for i in range(n_units)], dtype=object)
    table = ODTable.from_arrays(ids[origins], ids[dest], counts)
    return table, f"{table.n} units, {table.nnz} flows"


def _belgium():
    from osgeo import gdal

    def read(name):
        ds = gdal.Open(str(SHARED / "belgium" / f"{name}.tif"))
        return ds.GetRasterBand(1).ReadAsArray().astype("float64")

    pop, land, built = read("POP"), read("LAND") / 1e6, read("BUILT_S") / 1e6
    return (pop, land, built), f"{pop.shape[0]} x {pop.shape[1]} = {pop.size} cells"


def _synthetic_grid(side: int):
    import numpy as np
    from scipy import ndimage

    rng = np.random.default_rng(7)
    coarse = rng.lognormal(mean=2.5, sigma=2.0, size=(side // 16, side // 16))
    field = ndimage.zoom(coarse, 16, order=1)[:side, :side]
    pop = field * rng.random((side, side)) * 2.0
    land = np.where(field < 0.3, 0.2, 1.0)  # some water
    pop[land < 0.5] = 0.0
    built = np.clip(pop / 8000.0, 0.0, 1.0)
    return (pop, land, built), f"{side} x {side} = {side * side} cells"


def _run_case(name: str, quick: bool, queue) -> None:
    from RegionAtlas.regionatlas.settlement import classify_grid, dominant_flows

    if name == "dominant flows, Norway 2022":
        data, size = _norway()
        call = lambda: dominant_flows(data)  # noqa: E731
    elif name == "dominant flows, synthetic OD":
        data, size = _synthetic_od(20_000 if quick else 100_000)
        call = lambda: dominant_flows(data)  # noqa: E731
    elif name.startswith("DEGURBA"):
        if "Belgium" in name:
            (pop, land, built), size = _belgium()
            kw = {"nodata_policy": "zero"}
        else:
            (pop, land, built), size = _synthetic_grid(1000 if quick else 4000)
            kw = {}
        level = 1 if "level 1" in name else 2
        call = lambda: classify_grid(  # noqa: E731
            pop, 1000, land_share=land, built_share=built, level=level, **kw
        )
    else:
        raise ValueError(name)
    tracemalloc.start()
    t0 = time.perf_counter()
    call()
    seconds = time.perf_counter() - t0
    alloc = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((name, size, seconds, alloc, rss))


CASES = (
    "dominant flows, Norway 2022",
    "dominant flows, synthetic OD",
    "DEGURBA level 2, Belgium",
    "DEGURBA level 1, Belgium",
    "DEGURBA level 2, synthetic grid",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small synthetic cases")
    args = parser.parse_args()
    ctx = mp.get_context("spawn")
    print(f"{'case':34} {'size':34} {'seconds':>8} {'alloc MB':>9} {'peak MB':>8}")
    for name in CASES:
        if "Norway" in name and not (SHARED / "norway").exists():
            continue
        if "Belgium" in name and not (SHARED / "belgium").exists():
            continue
        queue = ctx.Queue()
        proc = ctx.Process(target=_run_case, args=(name, args.quick, queue))
        proc.start()
        result = queue.get()
        proc.join()
        case, size, seconds, alloc, rss = result
        print(f"{case:34} {size:34} {seconds:8.3f} {alloc:9.0f} {rss:8.0f}")


if __name__ == "__main__":
    main()
