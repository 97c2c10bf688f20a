"""Benchmark of the commuting-region methods (issue 3, "Speed and memory").

Prints a table: data set, method, units, flows, seconds, peak MB. Every (data set, method)
runs in a fresh interpreter so that the peak resident memory (``ru_maxrss``, the whole
process including the data) belongs to that run alone; seconds are wall-clock time of the
method call only (best of ``--repeat`` runs for small inputs).

    .venv/bin/python benchmarks/commuting_regions.py            # everything
    .venv/bin/python benchmarks/commuting_regions.py --quick    # skip 50k and 100k

Reference data come from ../shared/data (skipped when absent); synthetic inputs from
:mod:`synthetic_od` (gravity model, about 20 flows per unit). The ISTAT R implementation
needs about 31 s for Sardinia and 78 s for the NICD example on the development machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PLUGINS = REPO / ".build" / "plugins"
SHARED = Path(os.environ.get("REGIONATLAS_SHARED_DATA", REPO.parent / "shared" / "data"))

METHODS = ("scb", "euro-istat", "euro-strict", "tolbert-sizer", "leiden")


def _datasets(quick: bool) -> list[str]:
    names = ["sardinia", "nicd"] + [f"norway-{y}" for y in range(2017, 2023)]
    sizes = [1000, 10000] if quick else [1000, 10000, 50000, 100000]
    return names + [f"synthetic-{n // 1000}k" for n in sizes]


def _load(name: str):
    sys.path.insert(0, str(PLUGINS))
    sys.path.insert(0, str(HERE))
    import pandas as pd
    from RegionAtlas.regionatlas.commuting.odtable import ODTable

    if name.startswith("synthetic-"):
        from synthetic_od import gravity_od

        o, d, c = gravity_od(int(name.split("-")[1][:-1]) * 1000)
        return ODTable.from_arrays(o, d, c)
    if name == "sardinia":
        path, cols = (
            SHARED / "italy" / "sardinia_flows.csv",
            ("community_live", "community_work", "amount"),
        )
    elif name == "nicd":
        path, cols = SHARED / "uk_nicd" / "flows.csv", ("o", "d", "f")
    else:
        year = name.split("-")[1]
        path, cols = (
            SHARED / "norway" / f"commuting_{year}.csv",
            ("home_kommune", "work_kommune", "employed"),
        )
    if not path.exists():
        return None
    return ODTable.from_frame(pd.read_csv(path, dtype=str), *cols)


def _run_one(name: str, method: str, repeat: int) -> dict:
    import resource

    table = _load(name)
    if table is None:
        return {"skipped": True}
    from RegionAtlas.regionatlas.commuting import regions as rg

    call = {
        "scb": lambda: rg.scb_regions(table),
        "euro-istat": lambda: rg.euro_regions(table),
        "euro-strict": lambda: rg.euro_regions(table, variant="strict"),
        "tolbert-sizer": lambda: rg.tolbert_sizer_regions(table),
        "leiden": lambda: rg.leiden_regions(table),
    }[method]
    if name == "sardinia" and method.startswith("euro"):
        call = {
            "euro-istat": lambda: rg.euro_regions(table, 1000, 0.6667, 10000, 0.75),
            "euro-strict": lambda: rg.euro_regions(
                table, 1000, 0.6667, 10000, 0.75, variant="strict"
            ),
        }[method]
    best = float("inf")
    runs = repeat if table.nnz < 200_000 else 1
    part = None
    for _ in range(runs):
        t0 = time.perf_counter()
        part = call()
        best = min(best, time.perf_counter() - t0)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "units": table.n,
        "flows": table.nnz,
        "seconds": best,
        "peak_mb": peak_kb / 1024.0,
        "regions": part.n_regions,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="skip the 50k and 100k inputs")
    parser.add_argument("--repeat", type=int, default=3, help="runs per small input (best)")
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--datasets", default=None, help="comma-separated subset")
    parser.add_argument("--one", nargs=2, metavar=("DATASET", "METHOD"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_run_one(args.one[0], args.one[1], args.repeat)))
        return
    datasets = args.datasets.split(",") if args.datasets else _datasets(args.quick)
    methods = args.methods.split(",")
    header = (
        f"{'data set':<16} {'method':<14} {'units':>8} {'flows':>9} {'seconds':>9} "
        f"{'peak MB':>8} {'regions':>8}"
    )
    print(header)
    print("-" * len(header))
    for name in datasets:
        for method in methods:
            proc = subprocess.run(
                [sys.executable, __file__, "--one", name, method, "--repeat", str(args.repeat)],
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode != 0:
                print(f"{name:<16} {method:<14} failed: {proc.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            if r.get("skipped"):
                print(f"{name:<16} {method:<14} skipped (data not available)")
                continue
            print(
                f"{name:<16} {method:<14} {r['units']:>8} {r['flows']:>9} {r['seconds']:>9.3f} "
                f"{r['peak_mb']:>8.0f} {r['regions']:>8}",
                flush=True,
            )


if __name__ == "__main__":
    main()
