"""Benchmark of the commuting-region methods (issues 3 and 14, "Speed and memory").

Prints a table: data set, method, units, flows, seconds (median of ``--repeat`` runs, and
the CPU seconds of the same runs), method MB, input MB, process peak MB, regions. Every
(data set, method) runs in a fresh interpreter. Times are measured without tracemalloc; the
method's own memory is the tracemalloc peak of one extra run of the method call alone
(Python and numpy allocations), apart from the input (the OD table: matrix and ids, "input
MB") and from the generator; "peak MB" is the whole process (``ru_maxrss``, incl. the
generator). On a shared machine compare CPU seconds too: wall time includes waiting.

    .venv/bin/python benchmarks/commuting_regions.py            # everything up to 100k units
    .venv/bin/python benchmarks/commuting_regions.py --quick    # skip 50k and 100k
    .venv/bin/python benchmarks/commuting_regions.py --scale --methods euro-istat
        # 2M and 20M flows (100k and 1M units) and the growth exponent between them

Reference data come from ../shared/data (skipped when absent); synthetic inputs from
:mod:`synthetic_od` (gravity model, about 20 flows per unit). The ISTAT R implementation
needs about 31 s for Sardinia and 78 s for the NICD example on the development machine.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PLUGINS = REPO / ".build" / "plugins"
SHARED = Path(os.environ.get("REGIONATLAS_SHARED_DATA", REPO.parent / "shared" / "data"))

METHODS = ("scb", "euro-istat", "euro-textbook", "euro-strict", "tolbert-sizer", "leiden")


def _datasets(quick: bool, scale: bool = False) -> list[str]:
    if scale:
        return ["synthetic-100k", "synthetic-1000k"]
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
        "euro-textbook": lambda: rg.euro_regions(table, variant="textbook"),
        "euro-strict": lambda: rg.euro_regions(table, variant="strict"),
        "tolbert-sizer": lambda: rg.tolbert_sizer_regions(table),
        "leiden": lambda: rg.leiden_regions(table),
    }[method]
    if name == "sardinia" and method.startswith("euro"):
        variant = method.split("-")[1]
        call = lambda: rg.euro_regions(table, 1000, 0.6667, 10000, 0.75, variant=variant)  # noqa: E731
    walls, cpus = [], []
    part = None
    for _ in range(max(repeat, 1)):
        t0, c0 = time.perf_counter(), time.process_time()
        part = call()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        del part
        gc.collect()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # the method's own memory: one more run under tracemalloc (not timed)
    tracemalloc.start()
    part = call()
    method_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    m = table.matrix
    input_bytes = m.data.nbytes + m.indices.nbytes + m.indptr.nbytes + sys.getsizeof(table.units)
    input_bytes += sum(sys.getsizeof(u) for u in table.units.tolist())
    return {
        "units": table.n,
        "flows": table.nnz,
        "seconds": statistics.median(walls),
        "cpu": statistics.median(cpus),
        "runs": len(walls),
        "method_mb": method_peak / 2**20,
        "input_mb": input_bytes / 2**20,
        "peak_mb": peak_kb / 1024.0,
        "regions": part.n_regions,
    }


def _r_peer() -> str:
    """Time of ISTAT's R program on the NICD example, when R and the package are installed."""
    if shutil.which("Rscript") is None:
        return "R program (LabourMarketAreas) on nicd: skipped, Rscript is not installed"
    flows = SHARED / "uk_nicd" / "flows.csv"
    script = (
        "suppressMessages(library(LabourMarketAreas));"
        f"d <- read.csv('{flows}');"
        "names(d) <- c('community_live','community_work','amount');"
        "d <- aggregate(amount ~ community_live + community_work, d, sum);"
        "t0 <- Sys.time(); r <- findClusters(LWCom=d, minSZ=3500, minSC=0.6667, "
        "tarSZ=25000, tarSC=0.75, verbose=FALSE);"
        "cat(as.numeric(difftime(Sys.time(), t0, units='secs')))"
    )
    proc = subprocess.run(
        ["Rscript", "-e", script], capture_output=True, text=True, check=False, timeout=3600
    )
    if proc.returncode != 0:
        return (
            "R program (LabourMarketAreas) on nicd: skipped, "
            + (proc.stderr.strip().splitlines() or ["failed"])[-1]
        )
    return f"R program (LabourMarketAreas) on nicd: {float(proc.stdout.split()[-1]):.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="skip the 50k and 100k inputs")
    parser.add_argument(
        "--scale", action="store_true", help="2M and 20M flows (100k and 1M units) only"
    )
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (median)")
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--datasets", default=None, help="comma-separated subset")
    parser.add_argument("--peer", action="store_true", help="also time ISTAT's R program")
    parser.add_argument("--one", nargs=2, metavar=("DATASET", "METHOD"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_run_one(args.one[0], args.one[1], args.repeat)))
        return
    datasets = args.datasets.split(",") if args.datasets else _datasets(args.quick, args.scale)
    methods = args.methods.split(",")
    header = (
        f"{'data set':<16} {'method':<14} {'units':>8} {'flows':>9} {'seconds':>9} "
        f"{'cpu s':>8} {'method MB':>10} {'input MB':>9} {'peak MB':>8} {'regions':>8}"
    )
    print(header)
    print("-" * len(header))
    done: dict[tuple[str, str], dict] = {}
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
            done[(name, method)] = r
            print(
                f"{name:<16} {method:<14} {r['units']:>8} {r['flows']:>9} {r['seconds']:>9.3f} "
                f"{r['cpu']:>8.3f} {r['method_mb']:>10.0f} {r['input_mb']:>9.0f} "
                f"{r['peak_mb']:>8.0f} {r['regions']:>8}",
                flush=True,
            )
    print(f"(seconds and cpu s: median of {args.repeat} runs)")
    # growth exponent between the two largest synthetic inputs, per method
    for method in methods:
        runs = sorted(
            (r["flows"], r["seconds"], r["cpu"])
            for (n, m), r in done.items()
            if m == method and n.startswith("synthetic-")
        )
        if len(runs) >= 2 and runs[-1][0] > runs[-2][0]:
            (f1, s1, c1), (f2, s2, c2) = runs[-2], runs[-1]
            k = math.log(f2 / f1)
            print(
                f"{method}: time grows as n^{math.log(s2 / s1) / k:.2f} (wall), "
                f"n^{math.log(c2 / c1) / k:.2f} (cpu) from {f1} to {f2} flows"
            )
    if args.peer:
        print(_r_peer())


if __name__ == "__main__":
    main()
