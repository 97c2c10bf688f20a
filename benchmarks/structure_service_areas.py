"""Benchmark of the service-area bands of the structure image
(``regionatlas.structureimage.service_area_bands``).

Synthetic network-buffer service areas, as ``regionatlas:serviceareas`` writes them: around
each destination, per threshold (10, 20, 30 minutes), a lace of 250 m road buffers on a grid
of roads 3 km apart reaching 4, 8 and 12 km out. Destinations on a jittered grid over a
square region (fixed seed). Prints destinations, input polygons, the region's size, seconds
(median of 3 runs, wall clock; the machine is shared) and peak MB (the process's peak
resident memory so far, ``ru_maxrss``: GEOS allocates outside Python, so tracemalloc would
not see it; sizes run smallest first), for RegionAtlas's bands (union per
threshold, closing, differences) and, in the same run, the peer a user would do by hand in
QGIS terms: dissolve by minutes (one ``shapely.union_all`` per threshold, no closing, bands
overlapping).

    .venv/bin/python benchmarks/structure_service_areas.py [--quick]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import shapely

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / ".build" / "plugins"))

from RegionAtlas.regionatlas.structureimage import (  # noqa: E402
    closing_distance,
    service_area_bands,
)

SPACING_M = 3000.0
BUFFER_M = 250.0
REACH_M = {10.0: 4000.0, 20.0: 8000.0, 30.0: 12000.0}


def lace(x: float, y: float, reach: float):
    """Buffered grid roads within ``reach`` of (x, y) (a diamond, as travel time spreads)."""
    lines = []
    steps = int(reach // SPACING_M)
    for k in range(-steps, steps + 1):
        half = reach - abs(k) * SPACING_M
        lines.append(
            shapely.LineString([(x - half, y + k * SPACING_M), (x + half, y + k * SPACING_M)])
        )
        lines.append(
            shapely.LineString([(x + k * SPACING_M, y - half), (x + k * SPACING_M, y + half)])
        )
    return shapely.union_all(shapely.buffer(lines, BUFFER_M, quad_segs=4))


def rows_for(destinations: int, rng):
    side = int(np.ceil(np.sqrt(destinations)))
    width = side * 15000.0
    rows = []
    for i in range(destinations):
        x = (i % side) * 15000.0 + rng.uniform(-3000, 3000)
        y = (i // side) * 15000.0 + rng.uniform(-3000, 3000)
        for minutes, reach in REACH_M.items():
            rows.append((len(rows) + 1, minutes, lace(x, y, reach)))
    return rows, width


def measure(call, repeat: int = 3):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dissolve_by_minutes(rows):
    groups: dict[float, list] = {}
    for _row, minutes, geometry in rows:
        groups.setdefault(minutes, []).append(geometry)
    return {m: shapely.union_all(g) for m, g in groups.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    args = parser.parse_args()
    sizes = (10, 40) if args.quick else (10, 40, 160, 640)
    rng = np.random.default_rng(12)
    print(
        f"{'destinations':>12} {'polygons':>9} {'region km':>10} {'engine':28} "
        f"{'seconds':>8} {'peak MB':>8}"
    )
    for n in sizes:
        rows, width = rows_for(n, rng)
        closing = closing_distance(width, width)
        for engine, call in (
            ("RegionAtlas bands (closing)", lambda r=rows, c=closing: service_area_bands(r, c)),
            ("dissolve by minutes (peer)", lambda r=rows: dissolve_by_minutes(r)),
        ):
            seconds, peak = measure(call)
            print(
                f"{n:12d} {len(rows):9d} {width / 1000:10.0f} {engine:28} "
                f"{seconds:8.3f} {peak:8.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
