"""Grid inputs of DEGURBA in plain arrays: the unit of land and built-up grids, and a
population grid made from square cell polygons.

The GHSL products give permanent land (GHS-LAND) and built-up surface (GHS-BUILT-S) in m² per
cell (JRC, GHSL Data Package 2023, sections 2.1 and 2.4); other sources give a share of the
cell. The classification (:func:`regionatlas.settlement.degurba.classify_grid`) wants shares.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..errors import InputError

#: Units of a land or built-up grid.
UNIT_SHARE = "share"
UNIT_SQUARE_METRES = "m2"
UNIT_DETECT = "detect"
UNITS = (UNIT_SHARE, UNIT_SQUARE_METRES, UNIT_DETECT)

#: Relative tolerance on the cell area when values in m² are checked against it.
AREA_TOLERANCE = 1e-6
#: A grid in m² has a largest value of at least this share of the cell area (some cell of a
#: real area is at least 1 % land or built-up); below it, values above 1 fit neither unit.
MIN_M2_MAXIMUM_SHARE = 0.01


@dataclass(frozen=True)
class ShareGrid:
    """A land or built-up grid as a share of the cell (nodata stays NaN)."""

    values: np.ndarray
    #: the unit the input was read in: :data:`UNIT_SHARE` or :data:`UNIT_SQUARE_METRES`
    unit: str
    #: True when the unit was detected from the values rather than given
    detected: bool
    #: the largest finite input value (0 for an empty grid)
    maximum: float
    #: the unit was given as m² but every value is at most 1 (probably a share)
    suspicious: bool = False


def detect_unit(values: np.ndarray, cell_area_m2: float, label: str = "land") -> str:
    """:data:`UNIT_SHARE` when every finite value is at most 1, :data:`UNIT_SQUARE_METRES`
    when the largest lies between :data:`MIN_M2_MAXIMUM_SHARE` of the cell area and the cell
    area; refused otherwise (``label`` names the grid in the message).

    A grid of m² whose largest value is at most 1 m² would be read as shares: with cells of
    100 m or more that is no land or built-up surface worth the name anyway.
    """
    finite = values[np.isfinite(values)]
    maximum = float(finite.max()) if finite.size else 0.0
    if maximum <= 1.0:
        return UNIT_SHARE
    if MIN_M2_MAXIMUM_SHARE * cell_area_m2 <= maximum <= cell_area_m2 * (1 + AREA_TOLERANCE):
        return UNIT_SQUARE_METRES
    if maximum > cell_area_m2:
        raise InputError(
            "The {label} raster holds neither shares between 0 and 1 nor m² per cell: its "
            "largest value, {maximum:g}, is above the cell area ({area:g} m²). Check the raster.",
            label=label,
            maximum=maximum,
            area=cell_area_m2,
        )
    raise InputError(
        "The {label} raster holds neither shares between 0 and 1 nor m² per cell: its largest "
        "value, {maximum:g}, is above 1 but far below the cell area ({area:g} m²). Check the "
        "raster, or choose its unit.",
        label=label,
        maximum=maximum,
        area=cell_area_m2,
    )


def as_share(values: np.ndarray, unit: str, cell_area_m2: float, label: str = "land") -> ShareGrid:
    """``values`` (share, m² per cell, or :data:`UNIT_DETECT`) as a share of the cell."""
    if unit not in UNITS:
        raise InputError("Unknown grid unit {unit!r}.", unit=unit)
    values = np.asarray(values, dtype=np.float64)
    finite = values[np.isfinite(values)]
    maximum = float(finite.max()) if finite.size else 0.0
    detected = unit == UNIT_DETECT
    if detected:
        unit = detect_unit(values, cell_area_m2, label)
    if unit == UNIT_SQUARE_METRES:
        suspicious = not detected and finite.size > 0 and maximum <= 1.0 and cell_area_m2 > 100
        return ShareGrid(values / cell_area_m2, unit, detected, maximum, suspicious)
    return ShareGrid(values, unit, detected, maximum)


@dataclass(frozen=True)
class CellGrid:
    """A population grid built from cell polygons: ``values[row, col]``, row 0 at the top."""

    values: np.ndarray
    #: GDAL-style transform (x0, cell, 0, y_top, 0, -cell)
    geotransform: tuple[float, float, float, float, float, float]
    #: cells of the extent without a polygon (no population there)
    absent_cells: int


def grid_from_cells(boxes: Sequence[Sequence[float]], values: Sequence[float]) -> CellGrid:
    """A regular grid from square cells given as bounding boxes (xmin, ymin, xmax, ymax) with
    their population; cells of the extent without a box get 0, boxes on one cell are summed."""
    if len(boxes) == 0:
        raise InputError("The polygon grid has no cells.")
    b = np.asarray(boxes, dtype=np.float64)
    widths, heights = b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]
    cell = float(np.median(widths))
    if np.abs(widths - heights).max() > 1e-6 * cell:
        k = int(np.argmax(np.abs(widths - heights)))
        raise InputError(
            "The polygon grid has non-square cells (e.g. {w:g} x {h:g}). DEGURBA needs "
            "square cells (1 km in the manual).",
            w=widths[k],
            h=heights[k],
        )
    if np.abs(widths - cell).max() > 1e-6 * cell:
        raise InputError("The polygon grid has cells of different sizes; all cells must be equal.")
    x0, y1 = b[:, 0].min(), b[:, 3].max()
    cols_f = (b[:, 0] - x0) / cell
    rows_f = (y1 - b[:, 3]) / cell
    if max(np.abs(cols_f - np.round(cols_f)).max(), np.abs(rows_f - np.round(rows_f)).max()) > 1e-3:
        raise InputError("The polygons do not form a regular grid (cells are not aligned).")
    cols, rows = np.round(cols_f).astype(int), np.round(rows_f).astype(int)
    shape = (rows.max() + 1, cols.max() + 1)
    population = np.zeros(shape)
    np.add.at(population, (rows, cols), np.asarray(values, dtype=np.float64))
    absent = shape[0] * shape[1] - np.unique(rows * shape[1] + cols).size
    return CellGrid(population, (x0, cell, 0.0, y1, 0.0, -cell), int(absent))


def units_of_cells(
    geometries: Sequence[object | None],
    geotransform: Sequence[float],
    shape: tuple[int, int],
) -> np.ndarray:
    """Position (in ``geometries``) of the unit whose polygon covers each cell's centre, -1
    where none does; a centre on the shared edge of two units, or covered by overlapping
    units, goes to the later one. ``geometries``: shapely polygons (None for a unit without
    geometry) in the grid's CRS; ``geotransform``: GDAL-style, north up.

    As GDAL's rasterisation without "all touched": a cell belongs to a unit when its centre
    does (Eurostat et al. 2021, Applying the Degree of Urbanisation, section 3: the grid cells
    of a spatial unit).
    """
    import shapely

    rows, cols = shape
    x0, dx, _rx, y0, _ry, dy = (float(v) for v in geotransform)
    index = np.full(shape, -1, dtype=np.int64)
    for k, geometry in enumerate(geometries):  # later units overwrite earlier ones
        if geometry is None or geometry.is_empty:
            continue
        xmin, ymin, xmax, ymax = geometry.bounds
        # the window of cells whose centres can lie in the polygon's bounding box
        c0 = max(int(np.floor((xmin - x0) / dx - 0.5)), 0)
        c1 = min(int(np.ceil((xmax - x0) / dx - 0.5)), cols - 1)
        r_lo, r_hi = sorted(((ymax - y0) / dy - 0.5, (ymin - y0) / dy - 0.5))
        r0, r1 = max(int(np.floor(r_lo)), 0), min(int(np.ceil(r_hi)), rows - 1)
        if c0 > c1 or r0 > r1:
            continue
        xs = x0 + (np.arange(c0, c1 + 1) + 0.5) * dx
        ys = y0 + (np.arange(r0, r1 + 1) + 0.5) * dy
        shapely.prepare(geometry)
        inside = shapely.intersects_xy(geometry, xs[None, :], ys[:, None])
        window = index[r0 : r1 + 1, c0 : c1 + 1]
        window[inside] = k
    return index
