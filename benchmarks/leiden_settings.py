"""Leiden at country scale (issue 14): what leidenalg's settings and a start partition change.

Leiden communities (Traag, Waltman & van Eck 2019) maximising directed modularity, as
``regionatlas.commuting.regions.leiden_regions`` runs them (leidenalg
``RBConfigurationVertexPartition`` on a directed igraph graph, seed 42, 2 iterations), against
variants of the same run. For each variant, on one synthetic table (:mod:`synthetic_od`,
gravity model, about 20 flows per unit; 100 000 units = 2 M flows by default):

    variant | median s (wall, of --repeat) | CPU s | method MB | Q | regions | ARI | same

Q is the directed modularity of spec section 4 (``quality.directed_modularity``), ARI the
adjusted Rand index against the default's partition measured in the same run, "same" the share
of units whose region is the one (of the variant) that overlaps their default region most.
Every variant's time includes building the igraph graph; the default's includes Q and the
unit indicators (about 0.2 s). Other seeds of the default show how much two equally good runs
differ (the yardstick for ARI). A variant with a lower Q is a change of method, not a speed-up.

    .venv/bin/python benchmarks/leiden_settings.py                       # 2 M flows, all
    .venv/bin/python benchmarks/leiden_settings.py --units 20000 --repeat 1
    .venv/bin/python benchmarks/leiden_settings.py --variants default,iterations_1 --phases
"""

from __future__ import annotations

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
    directed_graph,
)
from RegionAtlas.regionatlas.commuting.regions.parameters import LEIDEN_SEED  # noqa: E402
from scipy.sparse.csgraph import connected_components, reverse_cuthill_mckee  # noqa: E402
from synthetic_od import gravity_od  # noqa: E402


def strongest_link_start(table: ODTable, order: np.ndarray | None = None) -> list[int]:
    """A start partition: the connected components of every unit's strongest link
    ``F[i,j] + F[j,i]`` (j != i). Deterministic, one sparse pass."""
    rows, cols, vals = table.coo()
    n = table.n
    a = sp.csr_array((vals, (rows, cols)), shape=(n, n))
    s = (a + a.T).tocoo()
    off = s.row != s.col
    r, c, w = s.row[off], s.col[off], s.data[off]
    by_row = np.lexsort((-w, r))
    first = np.ones(len(by_row), dtype=bool)
    first[1:] = r[by_row][1:] != r[by_row][:-1]
    best = by_row[first]
    links = sp.coo_array((np.ones(len(best)), (r[best], c[best])), shape=(n, n))
    labels = connected_components(links, directed=False)[1]
    return (labels if order is None else labels[order]).tolist()


def locality_order(table: ODTable) -> np.ndarray:
    """Reverse Cuthill-McKee order of the symmetrised flows: neighbours get near numbers."""
    rows, cols, vals = table.coo()
    a = sp.csr_matrix((vals, (rows, cols)), shape=(table.n, table.n))
    return reverse_cuthill_mckee((a + a.T).tocsr(), symmetric_mode=True)


def run_leidenalg(
    table: ODTable,
    *,
    seed: int = LEIDEN_SEED,
    n_iterations: int = LEIDEN_ITERATIONS,
    start: str | None = None,
    reorder: bool = False,
    **settings,
) -> np.ndarray:
    """leidenalg as the core runs it, with Optimiser ``settings`` (attribute name -> value),
    an optional start partition and an optional renumbering of the units."""
    import igraph as ig
    import leidenalg

    if reorder:
        order = locality_order(table)
        pos = np.empty(table.n, dtype=np.int64)
        pos[order] = np.arange(table.n)
        rows, cols, vals = table.coo()
        graph = ig.Graph(
            n=table.n, edges=list(zip(pos[rows].tolist(), pos[cols].tolist())), directed=True
        )
        weights = vals.tolist()
    else:
        order = pos = None
        graph, weights = directed_graph(table)
    membership = strongest_link_start(table, order) if start == "strongest_link" else None
    part = leidenalg.RBConfigurationVertexPartition(
        graph, initial_membership=membership, weights=weights, resolution_parameter=1.0
    )
    optimiser = leidenalg.Optimiser()
    optimiser.set_rng_seed(seed)
    for name, value in settings.items():
        setattr(optimiser, name, value)
    optimiser.optimise_partition(part, n_iterations=n_iterations)
    labels = np.asarray(part.membership, dtype=np.int64)
    return labels[pos] if reorder else labels


def variants() -> dict:
    import leidenalg as la

    return {
        "default": lambda t: leiden_regions(t).region,
        "seed_43": lambda t: leiden_regions(t, seed=43).region,
        "seed_7": lambda t: leiden_regions(t, seed=7).region,
        "iterations_1": lambda t: run_leidenalg(t, n_iterations=1),
        "no_empty_community": lambda t: run_leidenalg(t, consider_empty_community=False),
        "refine_move_nodes": lambda t: run_leidenalg(t, refine_routine=la.MOVE_NODES),
        "optimise_merge_nodes": lambda t: run_leidenalg(t, optimise_routine=la.MERGE_NODES),
        "rand_neigh_comm": lambda t: run_leidenalg(t, consider_comms=la.RAND_NEIGH_COMM),
        "refine_rand_neigh_comm": lambda t: run_leidenalg(
            t, refine_consider_comms=la.RAND_NEIGH_COMM
        ),
        "start_strongest_link": lambda t: run_leidenalg(t, start="strongest_link"),
        "start_strongest_link_it1": lambda t: run_leidenalg(
            t, start="strongest_link", n_iterations=1
        ),
        "rcm_order": lambda t: run_leidenalg(t, reorder=True),
        "rcm_order_start": lambda t: run_leidenalg(t, reorder=True, start="strongest_link"),
    }


def same_region_share(reference: np.ndarray, labels: np.ndarray) -> float:
    """Share of units in the variant's region that overlaps their reference region most."""
    a = np.unique(reference, return_inverse=True)[1]
    b = np.unique(labels, return_inverse=True)[1]
    overlap = sp.coo_array((np.ones(len(a)), (a, b))).tocsr()
    overlap.sum_duplicates()
    return float(overlap.max(axis=1).toarray().sum() / len(a))


def phases(table: ODTable) -> None:
    """Where the default's time goes (one run, CPU seconds)."""
    import leidenalg

    def clock(label: str, call):
        c0, t0 = time.process_time(), time.perf_counter()
        out = call()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"  {label:34} {wall:6.2f} s  CPU {cpu:6.2f}")
        return out

    print("phases of the default (one run):")
    graph, weights = clock("igraph graph", lambda: directed_graph(table))
    part = clock(
        "leidenalg partition object",
        lambda: leidenalg.RBConfigurationVertexPartition(graph, weights=weights),
    )
    optimiser = leidenalg.Optimiser()
    optimiser.set_rng_seed(LEIDEN_SEED)
    for it in range(1, LEIDEN_ITERATIONS + 1):
        clock(f"optimisation, iteration {it}", lambda: optimiser.optimise_partition(part, 1))
    labels = np.asarray(part.membership)
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
