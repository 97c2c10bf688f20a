"""Benchmark of the knowledge-base report (regionatlas:notesreport) and the notes export
(regionatlas:exportnotes) with 100 000 notes in a GeoPackage store (issue 5, "Speed":
report export < 10 s).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/notes_report.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/notes_report.py --notes 20000 --pdf

Runs the real Processing algorithms (processing.run) in a headless QGIS; the data are those
of benchmarks/notes.py (2 000 features, 10 % of notes on two features, 50 stakeholders,
texts of 200-600 characters). Seconds are wall time of one run.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / ".build" / "plugins"))


def load_bench_notes():
    spec = importlib.util.spec_from_file_location("bench_notes", ROOT / "benchmarks" / "notes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--pdf", action="store_true", help="also time the PDF (slow for 100 000)")
    args = parser.parse_args()

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from RegionAtlas.processing.provider import RegionAtlasProvider
    from RegionAtlas.regionatlas.notes import Stakeholder, open_store

    provider = RegionAtlasProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    bench = load_bench_notes()
    results = []
    with tempfile.TemporaryDirectory(prefix="regionatlas-report-bench-") as tmpdir:
        tmp = Path(tmpdir)
        store_path = tmp / "bench.gpkg"
        with open_store(store_path) as store:
            people = [
                store.add_stakeholder(
                    Stakeholder(
                        f"Organisation {i}",
                        "kommun",
                        interest=1 + i % 5,
                        influence=1 + (i // 5) % 5,
                    )  # fmt: skip
                ).uuid
                for i in range(50)
            ]
            store.add_notes(bench.make_notes(args.notes, people, random.Random(5)))
        t0 = time.perf_counter()
        out = processing.run(
            "regionatlas:notesreport",
            {"STORE": str(store_path), "OUTPUT_HTML": str(tmp / "report.html")},
        )
        seconds = time.perf_counter() - t0
        size = (tmp / "report.html").stat().st_size / 1e6
        results.append((f"report HTML ({out['NOTES']} entries, {size:.0f} MB)", seconds))
        t0 = time.perf_counter()
        out = processing.run(
            "regionatlas:exportnotes",
            {
                "STORE": str(store_path),
                "OUTPUT": str(tmp / "export.gpkg"),
                "CSV": str(tmp / "export.csv"),
            },  # fmt: skip
        )
        results.append((f"export layer + CSV ({out['COUNT']} rows)", time.perf_counter() - t0))
        if args.pdf:
            t0 = time.perf_counter()
            processing.run(
                "regionatlas:notesreport",
                {
                    "STORE": str(store_path),
                    "OUTPUT_HTML": str(tmp / "r2.html"),
                    "OUTPUT_PDF": str(tmp / "report.pdf"),
                },  # fmt: skip
            )
            size = (tmp / "report.pdf").stat().st_size / 1e6
            results.append((f"report HTML + PDF ({size:.0f} MB PDF)", time.perf_counter() - t0))
    print(f"{'notes':>7}  {'operation':50} {'seconds':>8}")
    for op, secs in results:
        print(f"{args.notes:7d}  {op:50} {secs:8.2f}")
    worst = results[0][1]
    print(
        f"target: report export < 10 s (HTML {worst:.2f} s): {'met' if worst < 10 else 'NOT MET'}"
    )
    QgsApplication.processingRegistry().removeProvider(provider)
    return 0 if worst < 10 else 1


if __name__ == "__main__":
    sys.exit(main())
