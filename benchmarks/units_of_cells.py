"""Benchmark: grid cells of spatial units by cell centre (regionatlas:degurbaunits).

The core's shapely routine (regionatlas/settlement/grid_input.py: units_of_cells) against the
peer it replaced, GDAL's RasterizeLayer, on the same synthetic units (about 290 squares,
municipality-like) over 1 km grids. Prints size, seconds (median of 3), peak MB (tracemalloc,
core only) and whether both give the same cells. Not a test.

    .venv/bin/python benchmarks/units_of_cells.py
"""

from __future__ import annotations

import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import shapely

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / ".build" / "plugins"))

from RegionAtlas.regionatlas.settlement.grid_input import units_of_cells  # noqa: E402


def units(width_km: int, height_km: int) -> list:
    step_x, step_y = width_km * 1000 // 14, height_km * 1000 // 20
    boxes = [
        shapely.box(x, y, x + step_x, y + step_y).buffer(step_x / 25).simplify(100)
        for x in range(0, width_km * 1000, step_x)
        for y in range(0, height_km * 1000, step_y)
    ]
    return boxes[:290]


def gdal_peer(polygons, geotransform, shape) -> np.ndarray:
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    target = gdal.GetDriverByName("MEM").Create("", shape[1], shape[0], 1, gdal.GDT_Int32)
    target.SetGeoTransform(geotransform)
    band = target.GetRasterBand(1)
    band.Fill(-1)
    source = ogr.GetDriverByName("Memory").CreateDataSource("units")
    layer = source.CreateLayer("units", None, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("pos", ogr.OFTInteger))
    for k, polygon in enumerate(polygons):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("pos", k)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(polygon)))
        layer.CreateFeature(feature)
    gdal.RasterizeLayer(target, [1], layer, options=["ATTRIBUTE=pos"])
    return band.ReadAsArray().astype(np.int64)


def median_time(function, *args) -> tuple[float, object]:
    times, result = [], None
    for _ in range(3):
        start = time.perf_counter()
        result = function(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    print(f"{'cells':>10} {'units':>6} {'core s':>8} {'core MB':>8} {'GDAL s':>8} {'same':>6}")
    for width, height in ((300, 400), (700, 1600), (1400, 3200)):
        polygons = units(width, height)
        shape = (height, width)
        geotransform = (0.0, 1000.0, 0.0, height * 1000.0, 0.0, -1000.0)
        tracemalloc.start()
        seconds, core = median_time(units_of_cells, polygons, geotransform, shape)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        peer_seconds, peer = median_time(gdal_peer, polygons, geotransform, shape)
        same = f"{(core == peer).mean():.4%}"
        print(
            f"{width * height:>10} {len(polygons):>6} {seconds:>8.2f} {peak:>8.1f} "
            f"{peer_seconds:>8.2f} {same:>6}"
        )


if __name__ == "__main__":
    main()
