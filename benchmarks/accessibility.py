"""Benchmark of the accessibility engine (issue 12, "Proof").

Prints a table: case, engine, network size (lines / directed arcs), origins, destinations,
seconds (median of ``--repeat`` runs, wall clock of the measure only), CPU seconds of the
process in the same runs (the machine is shared: wall clock also counts waiting for a core)
and peak MB (Python allocations during the measure, ``tracemalloc``: numpy and scipy arrays
included; the network itself is built before and not counted).

Cases (synthetic networks: a jittered square grid of roads 500 m apart, every 10th row and
column an arterial at 90 km/h, the rest 50 km/h; destinations and origins on random
vertices, fixed seeds). 1 000 000 lines then cover 355 x 355 km, denser than Sweden's whole
road network (NVDB: about 1 million links over 450 000 km²), so a 45-minute search reaches a
few per cent of the network as it would on real data:

1. nearest facility in 5 categories (200 each) for 100 000 origins, 1 000 000 lines;
   RegionAtlas (one multi-source search per category) and networkx
   (``multi_source_dijkstra_path_length`` per category) on the same graph, with the answers
   compared;
2. cumulative jobs within 45 minutes for 10 000 origins and 500 workplaces, same network;
   RegionAtlas (blocked, limited Dijkstra from the smaller side) and networkx on a sample of
   origins, extrapolated (marked *);
3. travel time matrix 20 x 100 on a 20 000-line network: RegionAtlas's
   ``regionatlas:traveltimes`` against QGIS's ``native:shortestpathpointtolayer`` (one run
   per origin: QGIS builds its graph per run), both through ``processing.run`` from the same
   GeoPackage, so reading the layers is included for both.

pandana (contraction hierarchies) needs NumPy 2 while the plugin's environment pins Debian's
NumPy (Debian's GDAL bindings, architecture.md), so it runs in its own interpreter, given with
``--pandana-python`` (e.g. ``python3 -m venv /tmp/pandana-venv && /tmp/pandana-venv/bin/pip
install pandana``): cases 1 and 2 are written to an ``.npz`` file and
``benchmarks/accessibility_pandana.py`` runs them in a subprocess on the same arcs and points
(nearest: ``nearest_pois`` per category; cumulative: ``shortest_path_lengths`` for a sample
of origins x all workplaces, extrapolated); its peak is the subprocess's resident set. Without
the option pandana is skipped with a message.

The process is single-threaded (``scipy.sparse.csgraph.dijkstra`` holds the GIL): on an idle
machine wall ~ CPU; when other jobs load the cores, wall time grows by the share of a core the
process gets, so the table gives both and the load average before and after.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/accessibility.py [--quick]
        [--repeat N] [--pandana-python /tmp/pandana-venv/bin/python]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / ".build" / "plugins"))

from RegionAtlas.regionatlas.accessibility import (  # noqa: E402
    build_network,
    locate,
    nearest_by_category,
    opportunity_measures,
)

SPACING_M = 500.0
LOCAL_KMH, ARTERIAL_KMH = 50.0, 90.0


def grid_lines(n_lines: int, seed: int = 1):
    """About ``n_lines`` straight roads on a jittered square grid."""
    side = int(np.ceil(np.sqrt(n_lines / 2))) + 1
    rng = np.random.default_rng(seed)
    xy = np.stack(np.meshgrid(np.arange(side), np.arange(side), indexing="ij"), -1) * SPACING_M
    xy = xy + rng.uniform(-0.2, 0.2, xy.shape) * SPACING_M
    lines, speeds = [], []
    for axis in (0, 1):
        a = xy[:-1, :, :] if axis == 0 else xy[:, :-1, :]
        b = xy[1:, :, :] if axis == 0 else xy[:, 1:, :]
        idx = np.arange(a.shape[1 - axis])
        arterial = idx % 10 == 0
        speed = np.where(arterial, ARTERIAL_KMH, LOCAL_KMH)
        speed = np.broadcast_to(speed[None, :] if axis == 0 else speed[:, None], a.shape[:2])
        seg = np.stack([a.reshape(-1, 2), b.reshape(-1, 2)], axis=1)
        lines.extend(seg)
        speeds.append(speed.reshape(-1))
    return lines, np.concatenate(speeds), xy.reshape(-1, 2)


#: CPU seconds of the last measure (the process's own time: on a shared, loaded machine
#: wall-clock time also counts the waiting for a core).
LAST_CPU = [0.0]


def measure(fn, repeat: int):
    """(median wall seconds, peak MB of the first run, result); median CPU seconds in
    ``LAST_CPU``."""
    times, cpu, peak, result = [], [], 0.0, None
    for k in range(repeat):
        if k == 0:
            tracemalloc.start()
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        if k == 0:
            peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
    LAST_CPU[0] = statistics.median(cpu)
    return statistics.median(times), peak, result


def row(case, engine, net_lines, arcs, n_o, n_d, seconds, peak, note="", cpu=None):
    peak_text = f"{peak:8.0f}" if peak is not None else "       -"
    cpu_text = f"{cpu:8.2f}" if cpu is not None else "       -"
    print(
        f"{case:<26} {engine:<36} {net_lines:>9} {arcs:>9} {n_o:>8} {n_d:>6} "
        f"{seconds:9.2f} {cpu_text} {peak_text} {note}",
        flush=True,
    )


def networkx_graph(arcs):
    """A networkx DiGraph of one orientation of the arcs (weights in minutes)."""
    import networkx as nx

    g = nx.DiGraph()
    coo = arcs.graph.tocoo()
    g.add_weighted_edges_from(zip(coo.row.tolist(), coo.col.tolist(), coo.data.tolist()))
    return g


#: Origins of the cumulative case that pandana (pair queries) measures, then extrapolated.
PANDANA_CUM_SAMPLE = 200
#: Seconds pandana's subprocess may take before it is stopped and reported as unfinished.
PANDANA_TIMEOUT_S = 2400


def pandana_cases(python, net, origins, dest, cat_index, ours, o2, jobs, ours_cum, repeat_note):
    """Cases 1 and 2 in pandana's interpreter (see the module docstring); prints its rows."""
    if not python:
        print("pandana: skipped (no --pandana-python given)", flush=True)
        return
    if not Path(python).exists():
        print(f"pandana: skipped ({python} does not exist)", flush=True)
        return
    folder = Path(tempfile.mkdtemp())
    coo = net.forward.graph.tocoo()
    reached = np.concatenate([m[np.isfinite(m)] for m, _ in ours.values()])
    sample = min(PANDANA_CUM_SAMPLE, len(o2.ids))
    np.savez(
        folder / "case.npz",
        xy=net.xy,
        arc_from=coo.row.astype(np.int64),
        arc_to=coo.col.astype(np.int64),
        arc_minutes=coo.data,
        origin_vertex=origins.vertex,
        dest_vertex=dest.vertex,
        dest_cat=cat_index,
        nearest_max=np.ceil(reached.max()) + 1.0,
        cum_sample_vertex=o2.vertex[:sample],
        jobs_vertex=jobs.vertex,
        jobs_weight=jobs.weight,
        cum_minutes=45.0,
    )
    script = Path(__file__).with_name("accessibility_pandana.py")
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [python, str(script), str(folder / "case.npz"), str(folder / "result.npz")],
            capture_output=True,
            text=True,
            timeout=PANDANA_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        print(f"pandana: stopped after {PANDANA_TIMEOUT_S} s without a result", flush=True)
        return
    if done.returncode != 0:
        print(f"pandana: failed ({done.stderr.strip().splitlines()[-1:]})", flush=True)
        return
    r = np.load(folder / "result.npz")
    peak = float(r["peak_mb"])
    n_lines, arcs = len(net.lines), net.n_arcs
    n_o, n_d = len(origins.ids), len(dest.ids)
    engine = "pandana (1 run, CH, OpenMP)"
    row("build network", engine, n_lines, arcs, 0, 0, r["build"][0], None,
        "contraction hierarchy", cpu=r["build"][1])  # fmt: skip
    names = sorted(ours)
    want = np.stack([ours[c][0] for c in names])
    diff = np.abs(r["nearest_minutes"] - want)
    row("nearest, 5 categories", engine, n_lines, arcs, n_o, n_d, r["nearest"][0], peak,
        f"max |diff| {diff.max():.4f} min; peak = process RSS", cpu=r["nearest"][1])  # fmt: skip
    scale = len(o2.ids) / sample
    theirs = r["cumulative_jobs"]
    same = int(np.sum(np.isclose(theirs, ours_cum[:sample])))
    row("cumulative jobs <= 45 min", engine, n_lines, arcs, len(o2.ids), len(jobs.ids),
        r["cumulative"][0] * scale, None,
        f"* {sample} origins x {scale:.0f}; same sum for {same}/{sample}",
        cpu=r["cumulative"][1] * scale)  # fmt: skip
    print(f"(pandana subprocess: {time.perf_counter() - start:.0f} s in all)", flush=True)


def large_cases(
    n_lines: int, n_origins: int, n_cum: int, repeat: int, pandana_python: str | None = None
) -> None:
    lines, speeds, _ = grid_lines(n_lines)
    t0 = time.perf_counter()
    net = build_network(lines, speeds)
    build_s = time.perf_counter() - t0
    rng = np.random.default_rng(2)
    row("build network", "RegionAtlas", len(lines), net.n_arcs, 0, 0, build_s, None)
    vertices = net.xy
    o_idx = rng.integers(0, len(vertices), n_origins)
    origins = locate(net, [f"o{k}" for k in range(n_origins)], vertices[o_idx], 5, 500)
    cats = np.repeat([f"c{k}" for k in range(5)], 200)
    d_idx = rng.integers(0, len(vertices), len(cats))
    dest = locate(net, [f"d{k}" for k in range(len(cats))], vertices[d_idx], 5, 500,
                  category=cats)  # fmt: skip
    categories = sorted(set(cats))
    s, peak, ours = measure(lambda: nearest_by_category(net, origins, dest, categories), repeat)
    row("nearest, 5 categories", "RegionAtlas", len(lines), net.n_arcs, n_origins, len(cats),
        s, peak, cpu=LAST_CPU[0])  # fmt: skip

    import networkx as nx

    g = networkx_graph(net.backward)

    def nx_nearest():
        out = {}
        for c in categories:
            sources = set(dest.vertex[cats == c].tolist())
            out[c] = nx.multi_source_dijkstra_path_length(g, sources)
        return out

    s_nx, _, theirs = measure(nx_nearest, 1)
    row("nearest, 5 categories", "networkx 3.4", len(lines), net.n_arcs, n_origins,
        len(cats), s_nx, None, "(peak not traced)", cpu=LAST_CPU[0])  # fmt: skip
    # Same answers (the destinations are on vertices, so connectors are 0).
    c = categories[0]
    want = np.array([theirs[c].get(v, np.inf) for v in origins.vertex])
    assert np.allclose(ours[c][0], want), "networkx disagrees"
    g = theirs = None  # networkx holds ~2 GB per orientation at full size: one at a time

    o2 = origins.subset(np.arange(len(origins.ids)) < n_cum)
    jobs = locate(net, [f"w{k}" for k in range(500)], vertices[rng.integers(0, len(vertices), 500)],
                  5, 500, weight=rng.integers(10, 2000, 500))  # fmt: skip
    s, peak, cum = measure(lambda: opportunity_measures(net, o2, jobs, ["all"], [45.0]), repeat)
    row("cumulative jobs <= 45 min", "RegionAtlas", len(lines), net.n_arcs, n_cum, 500, s, peak,
        cpu=LAST_CPU[0])  # fmt: skip
    g_f = networkx_graph(net.forward)
    sample = 20
    t0, c0 = time.perf_counter(), time.process_time()
    nx_cum = []
    for v in o2.vertex[:sample]:
        reach = nx.single_source_dijkstra_path_length(g_f, int(v), cutoff=45.0)
        nx_cum.append(sum(w for u, w in zip(jobs.vertex, jobs.weight) if u in reach))
    per = (time.perf_counter() - t0) / sample
    per_cpu = (time.process_time() - c0) / sample
    same = int(np.sum(np.isclose(nx_cum, cum["cum_45"][:sample])))
    row("cumulative jobs <= 45 min", "networkx 3.4 (one search/origin)", len(lines),
        net.n_arcs, n_cum, 500, per * n_cum, None,
        f"* {sample} origins x {n_cum // sample}; same sum for {same}/{sample}",
        cpu=per_cpu * n_cum)  # fmt: skip
    del g_f
    cat_index = np.searchsorted(categories, cats)
    pandana_cases(pandana_python, net, origins, dest, cat_index, ours, o2, jobs, cum["cum_45"],
                  repeat)  # fmt: skip


def write_gpkg(folder: Path, lines, speeds, origins_xy, dest_xy) -> str:
    from osgeo import ogr, osr

    ogr.UseExceptions()
    path = folder / "bench.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer("roads", srs, ogr.wkbLineString)
    lyr.CreateField(ogr.FieldDefn("speed", ogr.OFTReal))
    lyr.StartTransaction()
    for line, speed in zip(lines, speeds):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("speed", float(speed))
        g = ogr.Geometry(ogr.wkbLineString)
        for x, y in line:
            g.AddPoint_2D(float(x) + 500_000, float(y) + 6_500_000)
        f.SetGeometry(g)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    for name, xy in (("origins", origins_xy), ("destinations", dest_xy)):
        lyr = ds.CreateLayer(name, srs, ogr.wkbPoint)
        lyr.CreateField(ogr.FieldDefn("pid", ogr.OFTString))
        for k, (x, y) in enumerate(xy):
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetField("pid", f"{name[0]}{k}")
            g = ogr.Geometry(ogr.wkbPoint)
            g.AddPoint_2D(float(x) + 500_000, float(y) + 6_500_000)
            f.SetGeometry(g)
            lyr.CreateFeature(f)
    ds = None
    return str(path)


def qgis_case(n_lines: int, n_o: int, n_d: int, repeat: int) -> None:
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from RegionAtlas.processing.provider import RegionAtlasProvider

    import processing

    provider = RegionAtlasProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    lines, speeds, _ = grid_lines(n_lines, seed=3)
    net = build_network(lines, speeds)
    rng = np.random.default_rng(4)
    o_xy = net.xy[rng.choice(len(net.xy), n_o, replace=False)]
    d_xy = net.xy[rng.choice(len(net.xy), n_d, replace=False)]
    folder = Path(tempfile.mkdtemp())
    gpkg = write_gpkg(folder, lines, speeds, o_xy, d_xy)
    params = {
        "NETWORK": f"{gpkg}|layername=roads", "SPEED_FIELD": "speed",
        "ORIGINS": f"{gpkg}|layername=origins", "ORIGINS_ID_FIELD": "pid",
        "DESTINATIONS": f"{gpkg}|layername=destinations", "DESTINATIONS_ID_FIELD": "pid",
        "OUTPUT": "memory:",
    }  # fmt: skip
    s, _, result = measure(lambda: processing.run("regionatlas:traveltimes", params), repeat)
    pairs = result["OUTPUT"].featureCount()
    cpu_ours = LAST_CPU[0]
    row("matrix", "RegionAtlas regionatlas:traveltimes", len(lines), net.n_arcs, n_o, n_d, s,
        None, f"{pairs} pairs", cpu=LAST_CPU[0])  # fmt: skip

    def native():
        n = 0
        for x, y in o_xy:
            out = processing.run(
                "native:shortestpathpointtolayer",
                {"INPUT": f"{gpkg}|layername=roads", "STRATEGY": 1, "SPEED_FIELD": "speed",
                 "DEFAULT_SPEED": 50, "TOLERANCE": 0,
                 "START_POINT": f"{x + 500_000!r},{y + 6_500_000!r} [EPSG:3006]",
                 "END_POINTS": f"{gpkg}|layername=destinations", "OUTPUT": "memory:"},
            )["OUTPUT"]  # fmt: skip
            n += out.featureCount()
        return n

    s_native, _, n = measure(native, 1)
    row("matrix", "QGIS native:shortestpathpointtolayer", len(lines), net.n_arcs, n_o, n_d,
        s_native, None,
        f"{n} pairs; {s_native / s:.0f}x RegionAtlas's wall, {LAST_CPU[0] / cpu_ours:.0f}x its CPU",
        cpu=LAST_CPU[0])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 000 lines, 10 000 origins")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pandana-python", help="interpreter of a venv with pandana installed")
    parser.add_argument("--no-qgis", action="store_true", help="leave out the QGIS case")
    args = parser.parse_args()
    print(f"{'case':<26} {'engine':<36} {'lines':>9} {'arcs':>9} {'origins':>8} {'dest':>6} "
          f"{'seconds':>9} {'cpu s':>8} {'peak MB':>8}")  # fmt: skip
    print(f"(machine load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    if args.quick:
        large_cases(100_000, 10_000, 2_000, args.repeat, args.pandana_python)
    else:
        large_cases(1_000_000, 100_000, 10_000, args.repeat, args.pandana_python)
    if not args.no_qgis:
        qgis_case(20_000, 20, 100, args.repeat)
    print(f"(machine load average at end: {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
