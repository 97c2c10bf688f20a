"""Benchmark: the commuting loaders' core (issue 13) on answers of national size.

Prints size, step, seconds (median of 3), peak MB (tracemalloc, a separate traced run).
The "API" is a function answering from memory (no network): metadata in PxWebApi 2 form and
json-stat2 answers with the cells of each part of the query, built here (synthetic values,
the shapes of SCB's and SSB's commuting tables: 290 and 357 municipalities, both sexes for
SCB). Measured: metadata -> query -> split under the cell limit -> parse -> check -> reshape
-> OD table; and carrying SSB's real 2019 table to the 2020 division (../shared/data). No
peer is measured (no other tool here does this path). Not a test.

    .venv/bin/python benchmarks/loaders.py
"""

from __future__ import annotations

import csv
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / ".build" / "plugins"))

from RegionAtlas.regionatlas.statistics.commuting import (  # noqa: E402
    SCB_COMMUTING,
    SSB_COMMUTING,
    CommutingRequest,
    load_commuting,
)
from RegionAtlas.regionatlas.statistics.providers import SCB, SSB  # noqa: E402
from RegionAtlas.regionatlas.statistics.reform import CodeChanges, carry_od  # noqa: E402
from RegionAtlas.regionatlas.statistics.transport import RateLimiter  # noqa: E402


def measure(step):
    times = []
    for _ in range(3):
        start = time.perf_counter()
        result = step()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    step()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, statistics.median(times), peak / 1e6


def api(variables: dict[str, list[str]], home: str, work: str):
    """fetch(url, body) answering metadata and each part's cells."""
    metadata = {
        "version": "2.0",
        "class": "dataset",
        "label": "synthetic",
        "id": list(variables),
        "size": [len(v) for v in variables.values()],
        "role": {"time": ["Tid"], "metric": ["ContentsCode"]},
        "dimension": {
            name: {"label": name, "category": {"index": {c: i for i, c in enumerate(codes)}}}
            for name, codes in variables.items()
        },
    }
    rng = np.random.default_rng(1)

    def fetch(url, body):
        if body is None:
            return json.dumps(metadata).encode()
        selection = {s["variableCode"]: s["valueCodes"] for s in json.loads(body)["selection"]}
        sizes = [len(selection[name]) for name in variables]
        values = rng.integers(0, 50, int(np.prod(sizes))).tolist()
        answer = {
            "version": "2.0",
            "class": "dataset",
            "id": list(variables),
            "size": sizes,
            "dimension": {
                name: {"category": {"index": {c: i for i, c in enumerate(selection[name])}}}
                for name in variables
            },
            "value": values,
        }
        return json.dumps(answer).encode()

    return fetch


def main() -> None:
    print(f"{'size':>28} {'step':<34} {'s (median 3)':>12} {'peak MB':>8}")
    kommuner = [f"{i:04d}" for i in range(114, 114 + 290)]
    scb = api(
        {
            "Bostadskommun": kommuner,
            "Arbetsstallekommun": kommuner,
            "Kon": ["1", "2"],
            "ContentsCode": ["X"],
            "Tid": ["2023"],
        },
        "Bostadskommun",
        "Arbetsstallekommun",
    )
    fast = RateLimiter(1000, 1.0)
    result, seconds, peak = measure(
        lambda: load_commuting(
            SCB, SCB_COMMUTING, ["TAB1830"], CommutingRequest(years=["2023"]), scb, None, fast
        )
    )
    cells = 290 * 290 * 2
    label = f"SCB {cells} cells, {result.record['calls']} calls"
    print(f"{label:>28} {'load_commuting (all Sweden)':<34} {seconds:12.3f} {peak:8.1f}")
    codes = [f"{i:04d}" for i in range(301, 301 + 357)]
    ssb = api(
        {
            "Bokommuen": codes,
            "ArbstedKomm": codes,
            "ContentsCode": ["Sysselsatte"],
            "Tid": ["2022"],
        },
        "Bokommuen",
        "ArbstedKomm",
    )
    result, seconds, peak = measure(
        lambda: load_commuting(
            SSB, SSB_COMMUTING, ["03321"], CommutingRequest(years=["2022"]), ssb, None, fast
        )
    )
    label = f"SSB {357 * 357} cells, {result.record['calls']} call"
    print(f"{label:>28} {'load_commuting (all Norway)':<34} {seconds:12.3f} {peak:8.1f}")
    shared = ROOT.parent / "shared" / "data" / "norway" / "commuting_2019.csv"
    if shared.exists():
        with open(shared, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        od = pd.DataFrame(
            {
                "origin": [r["home_kommune"] for r in rows],
                "destination": [r["work_kommune"] for r in rows],
                "employed": [int(r["employed"]) for r in rows],
                "year": ["2019"] * len(rows),
            }
        )
        changes = CodeChanges.read()
        (carried, _), seconds, peak = measure(lambda: carry_od(od, changes, 1))
        print(
            f"{f'SSB 2019: {len(od)} flows':>28} {'carry_od to 2020 (real table)':<34} "
            f"{seconds:12.3f} {peak:8.1f}"
        )


if __name__ == "__main__":
    main()
