"""Benchmark: OD validation, commuting indicators and flow-line selection (issue 2).

Prints a table: size, step, seconds, peak MB (tracemalloc: memory allocated by the step).
Inputs are synthetic gravity-model tables (benchmarks/synthetic_od.py) with ~20 flows per
unit, passed as text like a CSV opened by OGR, so parsing is included. Not a test.

    .venv/bin/python benchmarks/commuting_indicators.py [--quick]
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / ".build" / "plugins"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from RegionAtlas.regionatlas.commuting.flowlines import (  # noqa: E402
    FlowLineOptions,
    select_flow_lines,
)
from RegionAtlas.regionatlas.commuting.indicators import commuting_indicators  # noqa: E402
from RegionAtlas.regionatlas.commuting.odtable import ODTable  # noqa: E402
from synthetic_od import gravity_od  # noqa: E402


def measure(step):
    """(result, seconds, peak MB): timed without tracing, memory from a second, traced run."""
    start = time.perf_counter()
    result = step()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    step()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, seconds, peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only 1k and 10k units")
    args = parser.parse_args()
    sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 50_000, 100_000]
    print(f"{'units':>8} {'flows':>10}  {'step':<34} {'seconds':>8} {'peak MB':>8}")
    for n in sizes:
        o, d, c = gravity_od(n, 20, seed=1)
        counts_text = [str(int(v)) for v in c]  # as OGR delivers a CSV: every field text
        table, s1, m1 = measure(
            lambda o=o, d=d, t=counts_text: ODTable.from_records(list(o), list(d), t)
        )
        _, s2, m2 = measure(lambda t=table: commuting_indicators(t))
        _, s3, m3 = measure(lambda t=table: select_flow_lines(t, FlowLineOptions(k_largest=3)))
        _, s4, m4 = measure(
            lambda t=table: select_flow_lines(t, FlowLineOptions(cumulative_share=0.8))
        )
        for step, s, m in (
            ("validate OD (text counts)", s1, m1),
            ("commuting indicators", s2, m2),
            ("flow lines, k largest = 3", s3, m3),
            ("flow lines, cumulative share 0.8", s4, m4),
        ):
            print(f"{n:>8} {table.nnz:>10}  {step:<34} {s:>8.3f} {m:>8.1f}")


if __name__ == "__main__":
    main()
