"""Leiden at country scale (issue 14): iterations and seeds of the method, and leidenalg as peer.

Leiden communities (Traag, Waltman & van Eck 2019) maximising directed modularity, as
``regionatlas.commuting.regions.leiden_regions`` runs them (igraph >= 1.0
``Graph.community_leiden``: CPM with node out-/in-weights R, W and resolution gamma / T, seed
42, :data:`LEIDEN_ITERATIONS` iterations), against variants of the same run and, when it is
importable, the former implementation leidenalg (``RBConfigurationVertexPartition``, its
default two iterations, seed 42; not a requirement: ``pip install leidenalg==0.12.0``, the
release that works with igraph 1.0). For each variant, on one synthetic table
(:mod:`synthetic_od`, gravity model, about 20 flows per unit; 100 000 units = 2 M flows by
default):

    variant | median s (wall, of --repeat) | CPU s | method MB | Q | regions | ARI | same

Q is the directed modularity of spec section 4 (``quality.directed_modularity``), ARI the
adjusted Rand index against the default's partition measured in the same run, "same" the share
of units whose region is the one (of the variant) that overlaps their default region most.
Every variant's time includes building the igraph graph; the default's includes Q and the
unit indicators (about 0.2 s). Other seeds of the default show how much two equally good runs
differ (the yardstick for ARI). A variant with a lower Q is a change of method, not a speed-up.

    .venv/bin/python benchmarks/leiden_settings.py                       # 2 M flows, all
    .venv/bin/python benchmarks/leiden_settings.py --units 20000 --repeat 1
    .venv/bin/python benchmarks/leiden_settings.py --variants default,leidenalg --phases
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLUGINS = HERE.parent / ".build" / "plugins"
sys.path.insert(0, str(PLUGINS))
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from country_scale import PeakRss  # noqa: E402
from RegionAtlas.regionatlas.commuting.odtable import ODTable  # noqa: E402
from RegionAtlas.regionatlas.commuting.regions import (  # noqa: E402
    adjusted_rand_index,
    directed_modularity,
    leiden_regions,
)
from RegionAtlas.regionatlas.commuting.regions.leiden import (  # noqa: E402
    LEIDEN_ITERATIONS,
    _seeded,
    directed_graph,
    leiden_options,
)
from RegionAtlas.regionatlas.commuting.regions.parameters import LEIDEN_SEED  # noqa: E402
from synthetic_od import gravity_od  # noqa: E402


def run_leidenalg(table: ODTable, *, seed: int = LEIDEN_SEED) -> np.ndarray:
    """The peer: leidenalg's Leiden on the same graph, directed modularity
    (``RBConfigurationVertexPartition``), its default two iterations."""
    import leidenalg

    graph, weights = directed_graph(table)
    part = leidenalg.find_partition(
        graph, leidenalg.RBConfigurationVertexPartition, weights=weights, seed=seed
    )
    return np.asarray(part.membership, dtype=np.int64)


def leidenalg_version() -> str | None:
    """leidenalg's version, or None when it is not installed."""
    try:
        from importlib.metadata import version

        return version("leidenalg")
    except Exception:
        return None


def variants() -> dict:
    chosen = {
        "default": lambda t: leiden_regions(t).region,
        "seed_43": lambda t: leiden_regions(t, seed=43).region,
        "seed_7": lambda t: leiden_regions(t, seed=7).region,
        "iterations_2": lambda t: leiden_regions(t, n_iterations=2).region,
        "iterations_3": lambda t: leiden_regions(t, n_iterations=3).region,
        "until_stable": lambda t: leiden_regions(t, n_iterations=-1).region,
    }
    if leidenalg_version() is not None:
        chosen["leidenalg"] = run_leidenalg
    return chosen


def same_region_share(reference: np.ndarray, labels: np.ndarray) -> float:
    """Share of units in the variant's region that overlaps their reference region most."""
    a = np.unique(reference, return_inverse=True)[1]
    b = np.unique(labels, return_inverse=True)[1]
    overlap = sp.coo_array((np.ones(len(a)), (a, b))).tocsr()
    overlap.sum_duplicates()
    return float(overlap.max(axis=1).toarray().sum() / len(a))


def phases(table: ODTable) -> None:
    """Where the default's time goes (one run, CPU seconds)."""
    import igraph

    def clock(label: str, call):
        c0, t0 = time.process_time(), time.perf_counter()
        out = call()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"  {label:34} {wall:6.2f} s  CPU {cpu:6.2f}")
        return out

    print("phases of the default (one run):")
    graph, weights = clock("igraph graph", lambda: directed_graph(table))
    options = leiden_options(table, weights, 1.0)
    membership = None
    with _seeded(igraph, LEIDEN_SEED):
        for it in range(1, LEIDEN_ITERATIONS + 1):
            membership = clock(
                f"Leiden, iteration {it}",
                lambda start=membership: graph.community_leiden(
                    initial_membership=start, **options
                ),
            ).membership
    labels = np.asarray(membership)
    q = clock("directed modularity", lambda: directed_modularity(table, labels))
    print(f"  Q = {q:.5f}, {len(np.unique(labels))} regions")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--variants", default="", help="comma-separated; default all")
    parser.add_argument("--phases", action="store_true", help="also time the default's phases")
    args = parser.parse_args()
    t0 = time.perf_counter()
    o, d, c = gravity_od(args.units)
    table = ODTable.from_arrays(o, d, c)
    del o, d, c
    print(f"# Leiden variants: {table.n} units, {table.nnz} flows (input generator "
          f"{time.perf_counter() - t0:.1f} s, not a method); median of {args.repeat}, "
          f"CPU seconds beside wall time (shared machine)")  # fmt: skip
    peer = leidenalg_version()
    print(f"# peer: leidenalg {peer}" if peer else "# peer: leidenalg is not installed "
          "(pip install leidenalg==0.12.0 to measure it in the same run)")  # fmt: skip
    if args.phases:
        phases(table)
    chosen = variants()
    names = args.variants.split(",") if args.variants else list(chosen)
    if "default" not in names:
        names.insert(0, "default")
    wall = {k: [] for k in names}
    cpu = {k: [] for k in names}
    memory = {k: 0.0 for k in names}
    labels = {}
    for _ in range(args.repeat):  # round robin, so a busy moment does not hit one variant only
        for name in names:
            with PeakRss() as rss:
                c0, w0 = time.process_time(), time.perf_counter()
                labels[name] = np.asarray(chosen[name](table))
                wall[name].append(time.perf_counter() - w0)
                cpu[name].append(time.process_time() - c0)
            memory[name] = max(memory[name], rss.method_mb)
    print(f"{'variant':26} {'median s':>8} {'CPU s':>6} {'MB':>5} {'Q':>9} {'regions':>7} "
          f"{'ARI':>6} {'same':>6}  runs")  # fmt: skip
    ref = labels["default"]
    for name in names:
        lab = labels[name]
        runs = ", ".join(f"{s:.1f}" for s in wall[name])
        print(f"{name:26} {statistics.median(wall[name]):8.2f} {statistics.median(cpu[name]):6.2f} "
              f"{memory[name]:5.0f} {directed_modularity(table, lab):9.6f} "
              f"{len(np.unique(lab)):7d} {adjusted_rand_index(ref, lab):6.3f} "
              f"{same_region_share(ref, lab):6.3f}  ({runs})", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
