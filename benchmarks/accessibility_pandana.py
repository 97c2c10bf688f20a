"""pandana's side of ``benchmarks/accessibility.py``: run in pandana's own environment.

pandana (UrbanSim; contraction hierarchies, C++) needs NumPy 2 while the plugin's environment
pins Debian's NumPy 1.24 (architecture.md), so the benchmark writes the network and points to
an ``.npz`` file and runs this script with ``--pandana-python``: a separate interpreter, e.g.
``python3 -m venv /tmp/pandana-venv && /tmp/pandana-venv/bin/pip install pandana``. It imports
nothing from RegionAtlas.

    PYTHON benchmarks/accessibility_pandana.py CASE.npz RESULT.npz

Measures, each timed as wall and CPU seconds of this process (pandana runs its queries on
OpenMP threads, so CPU can exceed wall):

- ``build``: ``pandana.Network`` from the same directed arcs (minutes; ``twoway=False``),
  which builds the contraction hierarchy;
- ``nearest``: per category ``set_pois`` on the destination vertices and ``nearest_pois``
  within ``nearest_max`` minutes (pandana answers for every network node; read at the
  origins' vertices);
- ``cumulative``: ``shortest_path_lengths`` for a sample of origins x all workplaces (pandana
  has no limited one-to-many search; ``aggregate`` answers for every node of the network),
  summed within the threshold and extrapolated to all origins by the benchmark.

Peak memory is the process's maximum resident set (``getrusage``), network included.

Impedances go in as thousandths of a minute (:data:`SCALE`) and answers are divided back:
given plain minutes, pandana's answers on the benchmark grid were always shorter than exact
Dijkstra's, by up to 0.027 minutes, as if each arc's weight were cut to three decimals.
"""

from __future__ import annotations

import resource
import sys
import time

import numpy as np
import pandana
import pandas as pd

#: Impedance unit given to pandana: 1/SCALE minutes.
SCALE = 1000.0


def timed(fn):
    start, start_cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - start, time.process_time() - start_cpu, result


def main() -> None:
    case = np.load(sys.argv[1], allow_pickle=False)
    xy = case["xy"]
    nodes = pd.RangeIndex(len(xy))
    edges = pd.DataFrame({"minutes": case["arc_minutes"] * SCALE})
    out: dict[str, np.ndarray] = {}

    s, c, net = timed(
        lambda: pandana.Network(
            pd.Series(xy[:, 0], index=nodes),
            pd.Series(xy[:, 1], index=nodes),
            pd.Series(case["arc_from"]),
            pd.Series(case["arc_to"]),
            edges,
            twoway=False,
        )
    )
    out["build"] = np.array([s, c])

    origin_vertex = case["origin_vertex"]
    dest_vertex, dest_cat = case["dest_vertex"], case["dest_cat"]
    max_dist = float(case["nearest_max"]) * SCALE

    def nearest():
        minutes = []
        for k in range(int(dest_cat.max()) + 1):
            v = dest_vertex[dest_cat == k]
            net.set_pois(f"c{k}", max_dist, 1, pd.Series(xy[v, 0]), pd.Series(xy[v, 1]))
            frame = net.nearest_pois(max_dist, f"c{k}", num_pois=1, max_distance=np.inf)
            minutes.append(frame[1].to_numpy()[origin_vertex] / SCALE)
        return np.stack(minutes)

    s, c, minutes = timed(nearest)
    out["nearest"] = np.array([s, c])
    out["nearest_minutes"] = minutes

    sample = case["cum_sample_vertex"]
    jobs_vertex, jobs = case["jobs_vertex"], case["jobs_weight"]
    threshold = float(case["cum_minutes"])

    def cumulative():
        a = np.repeat(sample, len(jobs_vertex))
        b = np.tile(jobs_vertex, len(sample))
        t = np.asarray(net.shortest_path_lengths(a, b, imp_name="minutes"), dtype=float) / SCALE
        t = t.reshape(len(sample), len(jobs_vertex))
        return ((t <= threshold) * jobs[None, :]).sum(axis=1)

    s, c, cum = timed(cumulative)
    out["cumulative"] = np.array([s, c])
    out["cumulative_jobs"] = cum
    out["peak_mb"] = np.array(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    np.savez(sys.argv[2], **out)


if __name__ == "__main__":
    main()
