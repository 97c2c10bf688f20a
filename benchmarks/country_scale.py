"""Country scale (issue 14): OD tables of 2 and 20 million flows, read, regionalised, written.

Prints one table for both sizes (2M flows / 100k units and 20M flows / 1M units):

    step | flows | units | median s (of --repeat) | CPU s | method MB | note

Steps: reading the CSV (``regionatlas.commuting.odcsv``), ``ODTable`` from the read columns,
EURO (ISTAT variant, the core as it is), SCB, Tolbert-Sizer (``tolbert``: the compiled merge
loop, numba, compiled in an untimed warm-up; ``tolbert_py``: the Python loop, its peer, the
same zones), Leiden (2M only) and the whole chain through
``processing.run("regionatlas:commutingregions")`` (read, SCB regions, indicators, writing the
units table to a GeoPackage). Then the ISTAT R program
(LabourMarketAreas ``findClusters``) on the NICD example when ``Rscript`` and that package are
installed, else a line saying it was skipped.

How it measures. Every (size, step) runs in a fresh interpreter, so one step's memory does not
carry into the next. Times are wall-clock seconds without tracemalloc (median of --repeat
runs; CPU seconds of the process beside them, because on a shared machine wall time also
counts waiting for a core). "method MB" is the peak resident memory during the step minus the
resident memory just before it (sampled every 5 ms from /proc/self/statm), so the input (the
CSV columns or the ODTable the step starts from) is not counted; the input generator runs
once, in its own process, and its time is printed separately. Synthetic inputs:
:mod:`synthetic_od` (gravity model, 20 flows per unit), written as ``;``-separated CSV once
into --workdir and reused.

EURO steps (issue 14): ``euro`` runs the core as it is (the compiled loop when numba is
installed; numba compiles or loads its cache in an untimed warm-up first, printed in the
note), ``europy`` the same with the Python loop (its peer, the same regions), ``eurojit`` the
first compiled call in a fresh process with an empty numba cache (compile) and again with the
cache filled. After the table, the growth exponent from 2M to 20M flows of every step measured
at both sizes.

Unit ids and memory (``--id-order``, :mod:`synthetic_od`): by default the synthetic ids are
unrelated to where units lie, so a unit's neighbours are anywhere in the arrays. EURO's loop
visits units at random in its working set (about 30 MB at 1M units, more than the processor's
caches), so its cost per iteration, and with it the growth exponent, depends on that order
while the iterations grow exactly 10x and the regions are the same up to ties. ``columns``
(the order of SCB's grid-cell ids) and ``morton`` (Z order) number neighbours near each other,
as real unit codes (municipality, DeSO, grid cells) mostly do.

    .venv/bin/python benchmarks/country_scale.py --quick          # 2M flows only
    .venv/bin/python benchmarks/country_scale.py                  # 2M and 20M (several GB)
    .venv/bin/python benchmarks/country_scale.py --sizes 20m --steps read,odtable,scb --repeat 1
    .venv/bin/python benchmarks/country_scale.py --steps euro --no-r --id-order morton
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PLUGINS = REPO / ".build" / "plugins"
SHARED = Path(os.environ.get("REGIONATLAS_SHARED_DATA", REPO.parent / "shared" / "data"))

#: size name -> number of units (about 20 flows per unit)
SIZES = {"2m": 100_000, "20m": 1_000_000}
STEPS = ("read", "odtable", "euro", "scb", "tolbert", "tolbert_py", "leiden", "chain")
#: steps left out at a size (Leiden's target is at 2M flows only)
SKIP = {"20m": {"leiden"}}
FIELDS = ("home", "work", "n")


#: EURO steps besides ``euro`` (see the module docstring), and where they are left out
EURO_EXTRA_STEPS = ("eurojit", "europy")
EURO_SKIP = {"20m": {"eurojit"}}


# -- memory -----------------------------------------------------------------------------------
def _rss() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class PeakRss:
    """Peak resident memory while the block runs (a thread samples /proc/self/statm)."""

    def __enter__(self) -> PeakRss:
        self.before = _rss()
        self.peak = self.before
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, _rss())

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _rss())

    @property
    def method_mb(self) -> float:
        return (self.peak - self.before) / 1e6


# -- input --------------------------------------------------------------------------------------
def csv_path(workdir: Path, size: str) -> Path:
    return workdir / f"od_{size}.csv"


def generate(workdir: Path, size: str, id_order: str = "random") -> dict:
    """Write the synthetic CSV once (its own process; not part of any method's numbers)."""
    path = csv_path(workdir, size)
    if path.exists():
        return {"cached": True}
    sys.path.insert(0, str(HERE))
    import numpy as np
    import pyarrow as pa
    import pyarrow.csv as pacsv
    from synthetic_od import gravity_od

    t = time.perf_counter()
    o, d, c = gravity_od(SIZES[size], id_order=id_order)
    table = pa.table(
        {
            FIELDS[0]: pa.array(o, pa.string()),
            FIELDS[1]: pa.array(d, pa.string()),
            FIELDS[2]: pa.array(c.astype(np.int64)),
        }
    )
    tmp = path.with_suffix(".tmp")
    pacsv.write_csv(table, tmp, write_options=pacsv.WriteOptions(delimiter=";"))
    tmp.replace(path)
    return {"seconds": time.perf_counter() - t, "flows": len(o)}


# -- one step, in its own process ------------------------------------------------------------------
def run_step(workdir: Path, size: str, step: str, repeat: int) -> dict:
    sys.path.insert(0, str(PLUGINS))
    path = csv_path(workdir, size)
    if step == "chain":
        return _run_chain(workdir, path, repeat)
    if step == "eurojit":
        return _euro_compile_times(workdir)
    from RegionAtlas.regionatlas.commuting import regions as rg
    from RegionAtlas.regionatlas.commuting.odcsv import read_columns
    from RegionAtlas.regionatlas.commuting.odtable import ODTable

    columns = table = None
    if step != "read":
        columns, _ = read_columns(path, list(FIELDS))
    if step not in ("read", "odtable"):
        table = ODTable.from_records(*columns)
        columns = None
    if step in ("euro", "europy"):
        return _euro_step(rg, ODTable, table, step, repeat)
    calls = {
        "read": lambda: read_columns(path, list(FIELDS)),
        "odtable": lambda: ODTable.from_records(*columns),
        "euro": lambda: rg.euro_regions(table),
        "scb": lambda: rg.scb_regions(table),
        "tolbert": lambda: rg.tolbert_sizer_regions(table, engine="compiled"),
        "tolbert_py": lambda: rg.tolbert_sizer_regions(table, engine="python"),
        "leiden": lambda: rg.leiden_regions(table),
    }
    warm = None
    if step == "tolbert":
        # compile (or load from numba's cache) before the timed runs, on a tiny table
        tiny = ODTable.from_records(["a", "b", "c"], ["b", "a", "a"], [5, 5, 1])
        t0 = time.perf_counter()
        rg.tolbert_sizer_regions(tiny, engine="compiled")
        warm = time.perf_counter() - t0
    out = _timed(calls[step], repeat, table)
    if warm is not None:
        out["note"] += f"; warm-up (compile or cache load, not timed) {warm:.1f} s"
    return out


def compile_times(workdir: Path) -> str:
    """First compiled Tolbert-Sizer call in a fresh process with an empty numba cache, then
    again with that cache filled (what a user pays once per installation, then per QGIS
    session)."""
    cache = workdir / "numba-cache"
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "NUMBA_CACHE_DIR": str(cache)}
    code = (
        f"import sys, time; sys.path.insert(0, {str(PLUGINS)!r}); t = time.perf_counter();"
        "from RegionAtlas.regionatlas.commuting import regions as rg;"
        "from RegionAtlas.regionatlas.commuting.odtable import ODTable;"
        "tiny = ODTable.from_records(['a', 'b', 'c'], ['b', 'a', 'a'], [5, 5, 1]);"
        "rg.tolbert_sizer_regions(tiny, engine='compiled');"
        "print(time.perf_counter() - t)"
    )
    seconds = []
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=env)  # fmt: skip
        if proc.returncode != 0:
            return f"numba compile time: failed: {proc.stderr.strip()[-300:]}"
        seconds.append(float(proc.stdout.split()[-1]))
    shutil.rmtree(cache, ignore_errors=True)
    return (
        f"Tolbert-Sizer compiled loop, first call in a new process: {seconds[0]:.1f} s with an "
        f"empty numba cache (compile), {seconds[1]:.1f} s with the cache filled (imports included)"
    )


def _euro_step(rg, odtable, table, step: str, repeat: int) -> dict:
    """``euro`` (the core's default loop, after an untimed warm-up in which numba compiles or
    loads its cache) or ``europy`` (the Python loop)."""
    note = ""
    if step == "euro":
        t = time.perf_counter()
        tiny = rg.euro_regions(_tiny_table(odtable), engine="auto")
        _warm_row_maximum(_tiny_table(odtable))
        note = (
            f"{tiny.diagnostics['engine']} loop, warm-up {time.perf_counter() - t:.1f} s untimed; "
        )
        call = lambda: rg.euro_regions(table)  # noqa: E731
    else:
        call = lambda: rg.euro_regions(table, engine="python")  # noqa: E731
    out = _timed(call, repeat, table)
    out["note"] = note + out.get("note", "") + f"; CPU {out['cpu']:.2f} s"
    return out


def _warm_row_maximum(tiny) -> None:
    """Compile (or load from numba's cache) the compiled pass of ``row_maximum``, which the
    unit indicators take from 1M flows on, so the first timed run does not pay for it."""
    from RegionAtlas.regionatlas.compiled import numba_available

    if not numba_available():
        return
    import numpy as np
    from RegionAtlas.regionatlas.commuting import odtable_compiled

    m = tiny.matrix
    n = m.shape[0]
    out = (np.full(n, -1, dtype=np.int64), np.zeros(n), np.zeros(n, dtype=np.int64))
    odtable_compiled.row_maximum(m.indptr, m.indices, m.data.astype(float), True, *out)


def _tiny_table(odtable):
    """Three units: enough for every part of the EURO loop to be compiled."""
    return odtable.from_records(
        ["a", "a", "b", "b", "c", "c", "a"],
        ["a", "b", "b", "c", "c", "a", "c"],
        [5, 3, 4, 2, 6, 1, 1],
    )


JIT_CALL = """
import sys, time
sys.path.insert(0, sys.argv[1])
t = time.perf_counter()
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.commuting.regions import euro_regions
table = ODTable.from_records(
    ["a", "a", "b", "b", "c", "c", "a"], ["a", "b", "b", "c", "c", "a", "c"], [5, 3, 4, 2, 6, 1, 1]
)
t_import = time.perf_counter()
part = euro_regions(table, engine="compiled")
print(time.perf_counter() - t_import, t_import - t)
"""


def _euro_compile_times(workdir: Path) -> dict:
    """Seconds of the first compiled EURO call in a fresh process: with an empty numba cache
    (``NUMBA_CACHE_DIR``, compiles) and again (loads the cache); imports not counted."""
    cache = workdir / "numba-cache-euro"
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "NUMBA_CACHE_DIR": str(cache)}
    times = []
    for _ in range(2):
        proc = subprocess.run(
            [sys.executable, "-c", JIT_CALL, str(PLUGINS)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        times.append(float(proc.stdout.split()[0]))
    shutil.rmtree(cache, ignore_errors=True)
    return {
        "seconds": times[0],
        "all_seconds": times,
        "cpu": float("nan"),
        "method_mb": 0.0,
        "note": f"first call: compile {times[0]:.1f} s (empty cache), {times[1]:.2f} s (cached)",
    }


def _timed(call, repeat: int, table=None) -> dict:
    import gc

    seconds, cpu, memory = [], [], []
    result = None
    for _ in range(repeat):
        result = None
        gc.collect()
        with PeakRss() as rss:
            c0, t0 = time.process_time(), time.perf_counter()
            result = call()
            seconds.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        memory.append(rss.method_mb)
    out = {
        "seconds": statistics.median(seconds),
        "all_seconds": seconds,
        "cpu": statistics.median(cpu),
        "method_mb": max(memory),
    }
    if table is not None:
        out.update(units=table.n, flows=table.nnz)
    if hasattr(result, "n_regions"):
        out["note"] = f"{result.n_regions} regions"
        if "modularity" in getattr(result, "diagnostics", {}):  # Leiden: the Q it reached
            out["note"] += f", Q {result.diagnostics['modularity']:.5f}"
    elif hasattr(result, "nnz"):
        out.update(units=result.n, flows=result.nnz)
    return out


def _run_chain(workdir: Path, path: Path, repeat: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from RegionAtlas.processing.provider import RegionAtlasProvider

    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    provider = RegionAtlasProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    out = workdir / "chain_units.gpkg"

    def call():
        if out.exists():
            out.unlink()
        params = {
            "INPUT": str(path),
            "ORIGIN_FIELD": FIELDS[0],
            "DESTINATION_FIELD": FIELDS[1],
            "COUNT_FIELD": FIELDS[2],
            "METHOD": 0,  # SCB
            "OUTPUT": str(out),
            "OUTPUT_REGIONS": "TEMPORARY_OUTPUT",
        }
        feedback = QgsProcessingFeedback()
        return processing.run("regionatlas:commutingregions", params, feedback=feedback)

    result = _timed(call, repeat)
    result["note"] = "SCB, units table to GeoPackage"
    app.exitQgis()
    return result


# -- the R program ------------------------------------------------------------------------------
R_NICD = r"""
suppressMessages(library(LabourMarketAreas))
f <- read.csv(Sys.getenv("NICD_FLOWS"), colClasses = c("character", "character", "numeric"))
names(f) <- c("community_live", "community_work", "amount")
dt <- data.table::as.data.table(f)
t <- system.time(findClusters(LWCom = dt, minSZ = 3500, minSC = 0.6667, tarSZ = 25000,
                              tarSC = 0.75, verbose = FALSE))
cat(t[["elapsed"]], "\n")
"""


def r_nicd() -> str:
    flows = SHARED / "uk_nicd" / "flows.csv"
    if shutil.which("Rscript") is None:
        return "R program (LabourMarketAreas) on NICD: skipped, Rscript is not installed"
    if not flows.exists():
        return f"R program on NICD: skipped, {flows} is not there"
    check = subprocess.run(
        ["Rscript", "-e", "library(LabourMarketAreas)"], capture_output=True, text=True
    )
    if check.returncode != 0:
        return "R program on NICD: skipped, the R package LabourMarketAreas is not installed"
    proc = subprocess.run(
        ["Rscript", "-e", R_NICD],
        capture_output=True,
        text=True,
        env={**os.environ, "NICD_FLOWS": str(flows)},
    )
    if proc.returncode != 0:
        return f"R program on NICD failed: {proc.stderr.strip()[-300:]}"
    return f"R program (LabourMarketAreas findClusters) on NICD: {float(proc.stdout):.1f} s"


# -- driver ---------------------------------------------------------------------------------
def _child(args: list[str]) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        return {"error": (proc.stderr.strip() or proc.stdout.strip())[-400:]}
    return json.loads(lines[-1])


def main() -> None:
    sys.path.insert(0, str(HERE))
    from synthetic_od import ID_ORDERS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="only 2M flows")
    parser.add_argument("--sizes", default="2m,20m")
    parser.add_argument("--steps", default=",".join(STEPS + EURO_EXTRA_STEPS))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/regionatlas-country-scale"))
    parser.add_argument("--no-r", action="store_true", help="do not run the R program")
    parser.add_argument(
        "--id-order",
        choices=ID_ORDERS,
        default="random",
        help="how the synthetic unit ids follow the units' locations (synthetic_od.py); "
        "other than random, the tables are kept in WORKDIR/ids-ORDER",
    )
    parser.add_argument("--child", nargs=2, metavar=("SIZE", "STEP"), help=argparse.SUPPRESS)
    parser.add_argument("--generate", metavar="SIZE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.id_order != "random" and not (args.child or args.generate):
        args.workdir = args.workdir / f"ids-{args.id_order}"
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.generate:
        print(json.dumps(generate(args.workdir, args.generate, args.id_order)))
        return
    if args.child:
        print(json.dumps(run_step(args.workdir, *args.child, args.repeat)))
        return
    sizes = ["2m"] if args.quick else args.sizes.split(",")
    steps = args.steps.split(",")
    print(f"# country scale, median of {args.repeat}; machine: {os.cpu_count()} cores, shared; "
          f"synthetic unit ids in {args.id_order} order")  # fmt: skip
    print(f"{'size':5} {'step':8} {'flows':>10} {'units':>9} {'median s':>9} {'CPU s':>7} "
          f"{'method MB':>9}  note")  # fmt: skip
    measured: dict[tuple[str, str], dict] = {}
    for size in sizes:
        gen = _child(
            ["--workdir", str(args.workdir), "--id-order", args.id_order, "--generate", size]
        )
        if "seconds" in gen:
            print(f"{size:5} {'generate':8} {gen['flows']:>10} {SIZES[size]:>9} "
                  f"{gen['seconds']:9.1f}  (input generator, not a method)")  # fmt: skip
        for step in steps:
            if step in SKIP.get(size, ()) or step in EURO_SKIP.get(size, ()):
                continue
            res = _child(
                ["--workdir", str(args.workdir), "--repeat", str(args.repeat),
                 "--child", size, step]
            )  # fmt: skip
            if "error" in res:
                print(f"{size:5} {step:8} failed: {res['error']}")
                continue
            measured[size, step] = res
            runs = ", ".join(f"{s:.1f}" for s in res["all_seconds"])
            print(f"{size:5} {step:8} {res.get('flows', ''):>10} {res.get('units', ''):>9} "
                  f"{res['seconds']:9.2f} {res['cpu']:7.1f} {res['method_mb']:9.0f}  "
                  f"{res.get('note', '')} (runs: {runs})", flush=True)  # fmt: skip
    if "tolbert" in steps:
        print(compile_times(args.workdir))
    if not args.no_r:
        print(r_nicd())
    print_growth(measured, steps)


def print_growth(measured: dict[tuple[str, str], dict], steps: list[str]) -> None:
    """Growth exponent k (time ~ flows^k) from 2M to 20M flows, wall and CPU seconds, for the
    steps measured at both sizes."""
    for step in steps:
        small, large = measured.get(("2m", step)), measured.get(("20m", step))
        if not (small and large and small["seconds"] > 0 and small["cpu"] > 0):
            continue
        ratio = math.log(large.get("flows", 1) / small.get("flows", 1))
        if ratio <= 0:
            continue
        k_wall = math.log(large["seconds"] / small["seconds"]) / ratio
        k_cpu = math.log(large["cpu"] / small["cpu"]) / ratio
        print(f"growth {step}: n^{k_wall:.2f} (wall), n^{k_cpu:.2f} (CPU)")


if __name__ == "__main__":
    main()
