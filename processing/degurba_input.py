"""Adapter: the grids of the Degree of Urbanisation algorithms read from QGIS layers (a
population raster or polygon grid, share rasters checked to be aligned) as plain arrays."""

from __future__ import annotations

import numpy as np
from qgis.core import QgsFeatureRequest, QgsProcessingException

from ..i18n import number as format_number
from ..i18n import tr
from ..regionatlas.settlement.grid_input import grid_from_cells
from .degurba_params import INPUT_POPULATION, POPULATION_FIELD, POPULATION_GRID
from .raster_io import Grid, as_share, check_aligned, read_grid
from .values import plain as _plain


def read_population(alg, parameters, context, feedback) -> Grid:
    """The population grid: the raster INPUT_POPULATION or the polygon grid POPULATION_GRID
    (exactly one of them)."""
    population_layer = alg.parameterAsRasterLayer(parameters, INPUT_POPULATION, context)
    polygon_grid = alg.parameterAsSource(parameters, POPULATION_GRID, context)
    if population_layer is None and polygon_grid is None:
        raise QgsProcessingException(
            tr("Choose a population raster (INPUT_POPULATION) or a polygon grid.")
        )
    if population_layer is not None and polygon_grid is not None:
        raise QgsProcessingException(
            tr("Choose either a population raster or a polygon grid, not both.")
        )
    if population_layer is not None:
        return read_grid(population_layer, tr("population"))
    return grid_from_polygons(alg, parameters, context, feedback)


def read_share_raster(
    alg, parameters, context, feedback, names: tuple[str, str], label: str, reference, ref_label
) -> np.ndarray | None:
    """The optional raster ``names[0]`` as a share of the cell (its unit from the enum
    ``names[1]``), checked to be aligned with ``reference``; None when it is not given."""
    raster, unit = names
    layer = alg.parameterAsRasterLayer(parameters, raster, context)
    if layer is None:
        return None
    grid = read_grid(layer, label)
    check_aligned(grid, reference, label, ref_label)
    return as_share(grid, alg.parameterAsEnum(parameters, unit, context), label, feedback)


def grid_from_polygons(alg, parameters, context, feedback) -> Grid:
    """A population grid from a polygon grid (one square polygon per cell) + field."""
    source = alg.parameterAsSource(parameters, POPULATION_GRID, context)
    field = alg.parameterAsString(parameters, POPULATION_FIELD, context)
    if not field:
        raise QgsProcessingException(
            tr("Choose the population field (POPULATION_FIELD) of the polygon grid.")
        )
    index = source.fields().lookupField(field)
    if index < 0:
        raise QgsProcessingException(
            tr("The polygon grid has no field '{field}'. Its fields are: {names}.").format(
                field=field, names=", ".join(source.fields().names())
            )
        )
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(
            tr("The polygon grid has no coordinate reference system: assign one first.")
        )
    if crs.isGeographic():
        raise QgsProcessingException(
            tr(
                "The polygon grid is in a geographic CRS ({crs}); DEGURBA needs square cells "
                "in metres: reproject it first."
            ).format(crs=crs.authid())
        )
    boxes, values = [], []
    for feature in source.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([index])):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        geom = feature.geometry()
        if geom is None or geom.isEmpty():
            continue
        box = geom.boundingBox()
        boxes.append((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
        value = _plain(feature.attributes()[index])
        try:
            values.append(np.nan if value is None else float(value))
        except (TypeError, ValueError):
            raise QgsProcessingException(
                tr("Grid cell (feature id {fid}): '{value}' in '{field}' is not a number.").format(
                    fid=feature.id(), value=value, field=field
                )
            ) from None
    cells = grid_from_cells(boxes, values)
    if cells.absent_cells:
        feedback.pushInfo(
            tr("{n} cells of the grid's extent have no polygon: no population there.").format(
                n=format_number(cells.absent_cells)
            )
        )
    return Grid(cells.values, cells.geotransform, crs.toWkt(), source.sourceName())
