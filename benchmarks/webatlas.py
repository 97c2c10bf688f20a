"""Benchmark of the web atlas (issue 13): Sweden's 290 municipalities with their flow lines.

Run from the repository root (needs chromium and chromium-driver, scripts/setup.sh --tests)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/webatlas.py

Prints, for the default export (50 m simplification, 5 decimals) and for its peer in the same
run (no simplification, 7 decimals: the data as QGIS has them): features, folder size, export
seconds (regionatlas:exportwebatlas; median of 3), page load in headless Chromium (from the
navigation start to the map drawn, window.RegionAtlas.readyAt; median of 3, fresh page each
time) and the export's peak memory (ru_maxrss of this process).

Sweden has no open national commuting matrix in ../shared/data, so its flows come from the
gravity model of benchmarks/structure_image.py (the three largest flows of each municipality
are drawn, as regionatlas:flowlines does by default).
"""

from __future__ import annotations

import importlib.util
import resource
import statistics
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
RUNS = 3
CASES = (("default (50 m, 5 decimals)", 50.0, 5), ("peer: unsimplified (0 m, 7 decimals)", 0.0, 7))


def _structure_image_helpers():
    spec = importlib.util.spec_from_file_location(
        "bench_structure_image", REPO / "benchmarks" / "structure_image.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _browser(profile: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in (
        "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync "
        "--window-size=1280,900"
    ).split():
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def main() -> None:
    helpers = _structure_image_helpers()
    _app, _provider = helpers._qgis()
    from qgis.core import QgsVectorLayer

    import processing

    kommuner = str(SHARED / "sweden" / "kommuner_3006.gpkg")
    tatorter = QgsVectorLayer(str(SHARED / "sweden" / "tatorter2020_3006.gpkg"), "t", "ogr")
    tmp = Path(tempfile.mkdtemp(prefix="bench-webatlas-"))
    od = helpers._sweden_flows(tmp, kommuner, tatorter)
    flows = processing.run(
        "regionatlas:flowlines",
        {
            "INPUT": od,
            "ORIGIN_FIELD": "o",
            "DESTINATION_FIELD": "d",
            "COUNT_FIELD": "n",
            "ZONES": kommuner,
            "ZONES_ID_FIELD": "code",
            "K_LARGEST": 3,
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    flows.setName("Pendlingsströmmar")
    flows.loadNamedStyle(str(REPO / "resources" / "styles" / "flowlines.qml"))
    municipalities = QgsVectorLayer(kommuner, "Kommuner", "ogr")
    layers = [municipalities, flows]
    n_features = municipalities.featureCount() + flows.featureCount()
    driver = _browser(tmp / "chromium")
    header = ("case", "features", "size kB", "export s", "load s", "peak MB")
    print("{:40} {:>8} {:>8} {:>9} {:>7} {:>8}".format(*header))
    try:
        for name, tolerance, decimals in CASES:
            folder = tmp / f"atlas-{decimals}"
            times = []
            for _ in range(RUNS):
                start = time.perf_counter()
                results = processing.run(
                    "regionatlas:exportwebatlas",
                    {
                        "LAYERS": layers,
                        "TITLE": "Sverige",
                        "TOLERANCE": tolerance,
                        "DECIMALS": decimals,
                        "OUTPUT_FOLDER": str(folder),
                    },
                )
                times.append(time.perf_counter() - start)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            loads = []
            for _ in range(RUNS):
                driver.get((folder / "index.html").as_uri())
                drawn = driver.execute_script(
                    "return RegionAtlas.order.reduce((s, k) => s + RegionAtlas.drawnFeatures(k), 0)"
                )
                assert drawn == n_features, (drawn, n_features)
                loads.append(driver.execute_script("return RegionAtlas.readyAt") / 1000.0)
            print(
                f"{name:40} {n_features:8d} {results['SIZE_BYTES'] / 1024:8.0f} "
                f"{statistics.median(times):9.2f} {statistics.median(loads):7.2f} {peak:8.0f}"
            )
    finally:
        driver.quit()
    print(
        f"({municipalities.featureCount()} municipalities, {flows.featureCount()} flow lines; "
        f"medians of {RUNS}; the machine is shared, timings are noisy)"
    )


if __name__ == "__main__":
    main()
