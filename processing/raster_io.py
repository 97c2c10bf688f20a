"""Adapters: read grids from QGIS raster inputs with GDAL and write class rasters.

The DEGURBA algorithms need whole grids as NumPy arrays with their georeferencing. GDAL
reads the file behind the raster layer (GeoTIFF, VRT, ...); checks that need the words a
planner uses (no CRS, non-square cells, misaligned grids) are made here, the method's own
checks (negative population, shares outside 0..1, nodata) stay in the core.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProcessingException

from ..i18n import number as format_number
from ..i18n import tr
from ..regionatlas.settlement import grid_input

#: Units of the land and built-up rasters (order is public API of LAND_UNIT / BUILT_UNIT).
UNIT_SHARE, UNIT_SQUARE_METRES, UNIT_DETECT = 0, 1, 2
#: The core's unit for each choice.
CORE_UNITS = {
    UNIT_SHARE: grid_input.UNIT_SHARE,
    UNIT_SQUARE_METRES: grid_input.UNIT_SQUARE_METRES,
    UNIT_DETECT: grid_input.UNIT_DETECT,
}


@dataclass
class Grid:
    """A single-band grid: values (float64, nodata as NaN), transform, projection."""

    values: np.ndarray
    geotransform: tuple[float, ...]
    projection: str
    path: str
    nodata_cells: int = 0

    @property
    def cell_size(self) -> tuple[float, float]:
        return abs(self.geotransform[1]), abs(self.geotransform[5])

    @property
    def cell_area_m2(self) -> float:
        x, y = self.cell_size
        return x * y


def _gdal():
    from osgeo import gdal

    gdal.UseExceptions()
    return gdal


def layer_path(layer) -> str:
    """File GDAL can open for a QGIS raster layer."""
    source = layer.source()
    if layer.providerType() != "gdal":
        raise QgsProcessingException(
            tr(
                "Raster '{name}' is not a GDAL file (provider {provider}); save it as GeoTIFF."
            ).format(name=layer.name(), provider=layer.providerType())
        )
    return source


def read_grid(layer, label: str, *, require_crs: bool = True, square: bool = True) -> Grid:
    """Band 1 of ``layer`` as float64 with nodata turned into NaN; checks CRS and cells."""
    gdal = _gdal()
    path = layer_path(layer)
    try:
        ds = gdal.Open(path)
    except RuntimeError as exc:
        raise QgsProcessingException(
            tr("The {label} raster could not be opened: {error}").format(label=label, error=exc)
        ) from None
    projection = ds.GetProjection() or ""
    if require_crs and (not projection or not layer.crs().isValid()):
        raise QgsProcessingException(
            tr(
                "The {label} raster ({path}) has no coordinate reference system. DEGURBA "
                "needs cell areas in metres: assign the grid's CRS (e.g. with 'Assign "
                "projection') first."
            ).format(label=label, path=os.path.basename(path))
        )
    gt = tuple(ds.GetGeoTransform())
    if gt[2] != 0 or gt[4] != 0:
        raise QgsProcessingException(
            tr("The {label} raster is rotated; warp it to a north-up grid first.").format(
                label=label
            )
        )
    if square and abs(abs(gt[1]) - abs(gt[5])) > 1e-6 * max(abs(gt[1]), abs(gt[5])):
        raise QgsProcessingException(
            tr(
                "The {label} raster has non-square cells ({x:g} x {y:g}). DEGURBA needs "
                "square cells (1 km in the manual): resample the grid first."
            ).format(label=label, x=abs(gt[1]), y=abs(gt[5]))
        )
    if layer.crs().isValid() and layer.crs().isGeographic():
        raise QgsProcessingException(
            tr(
                "The {label} raster is in a geographic CRS ({crs}, degrees). DEGURBA needs "
                "square cells in metres: warp it to an equal-area projection (e.g. World "
                "Mollweide or LAEA Europe) first."
            ).format(label=label, crs=layer.crs().authid())
        )
    band = ds.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    missing = ~np.isfinite(values)
    if nodata is not None and np.isfinite(nodata):
        missing |= values == nodata
    values[missing] = np.nan
    return Grid(values, gt, projection, path, int(missing.sum()))


def check_aligned(grid: Grid, reference: Grid, label: str, reference_label: str) -> None:
    """The grids must have the same shape and transform."""
    same_shape = grid.values.shape == reference.values.shape
    same_transform = np.allclose(grid.geotransform, reference.geotransform, rtol=0, atol=1e-6)
    if not (same_shape and same_transform):
        raise QgsProcessingException(
            tr(
                "The {label} raster is not aligned with the {ref} raster ({rows} x {cols} "
                "cells, origin {x:g}, {y:g}, cell {cell:g} vs {rrows} x {rcols}, origin "
                "{rx:g}, {ry:g}, cell {rcell:g}): resample it to the same grid first."
            ).format(
                label=label,
                ref=reference_label,
                rows=grid.values.shape[0],
                cols=grid.values.shape[1],
                x=grid.geotransform[0],
                y=grid.geotransform[3],
                cell=grid.geotransform[1],
                rrows=reference.values.shape[0],
                rcols=reference.values.shape[1],
                rx=reference.geotransform[0],
                ry=reference.geotransform[3],
                rcell=reference.geotransform[1],
            )
        )


def as_share(grid: Grid, unit: int, label: str, feedback) -> np.ndarray:
    """Share of the cell (0..1) from a share or an m² raster, or with the unit detected from
    the values (the log says which); nodata stays NaN (the core says what to do with it)."""
    share = grid_input.as_share(grid.values, CORE_UNITS[unit], grid.cell_area_m2, label)
    if share.detected:
        if share.unit == grid_input.UNIT_SQUARE_METRES:
            message = tr(
                "The {label} raster holds m² per cell (largest value {maximum} m², cell area "
                "{area} m²): divided by the cell area."
            )
        else:
            message = tr(
                "The {label} raster holds shares of the cell (largest value {maximum}): used "
                "as they are."
            )
        feedback.pushInfo(
            message.format(
                label=label,
                maximum=format_number(share.maximum, 3),
                area=format_number(grid.cell_area_m2, 0),
            )
        )
    if share.suspicious:
        feedback.pushWarning(
            tr(
                "The {label} raster holds values of at most 1 but its unit was given as "
                "m² per cell: if it already is a share, choose the unit 'share of the "
                "cell (0..1)'."
            ).format(label=label)
        )
    return share.values


def write_codes(
    path: str, codes: np.ndarray, reference: Grid, metadata: dict, description: str
) -> None:
    """Write ``codes`` (uint8) as a GeoTIFF with the reference grid's CRS and transform.

    The file appears only when it is complete: written to a temporary name, then renamed.
    """
    gdal = _gdal()
    target = path
    folder = os.path.dirname(os.path.abspath(target))
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, "." + os.path.basename(target) + ".part.tif")
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(
        tmp, codes.shape[1], codes.shape[0], 1, gdal.GDT_Byte, options=["COMPRESS=DEFLATE"]
    )
    try:
        ds.SetGeoTransform(reference.geotransform)
        ds.SetProjection(reference.projection)
        band = ds.GetRasterBand(1)
        band.WriteArray(codes.astype(np.uint8))
        band.SetNoDataValue(255)
        band.SetDescription(description)
        ds.SetMetadata(
            {
                key: value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                for key, value in metadata.items()
            }
        )
        ds.FlushCache()
    finally:
        ds = None
    if os.path.exists(target):
        os.remove(target)
    os.replace(tmp, target)
