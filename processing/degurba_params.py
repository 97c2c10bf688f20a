"""Parameters of ``regionatlas:degurba`` (and the ones ``degurbaunits`` shares): names,
choices and declaration.

Names, enum orders and defaults are public API (saved models, scripts): never change them.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..i18n import tr
from ..regionatlas.settlement import degurba_parameters as dp
from ..regionatlas.settlement.degurba import NODATA_ERROR, NODATA_OUTSIDE
from ..regionatlas.settlement.degurba import NODATA_ZERO as CORE_NODATA_ZERO
from .declare import add_enum, add_field, add_metadata_output, add_number, add_source, add_text
from .raster_io import UNIT_DETECT

INPUT_POPULATION = "INPUT_POPULATION"
POPULATION_GRID = "POPULATION_GRID"
POPULATION_FIELD = "POPULATION_FIELD"
INPUT_LAND = "INPUT_LAND"
LAND_UNIT = "LAND_UNIT"
INPUT_BUILT = "INPUT_BUILT"
BUILT_UNIT = "BUILT_UNIT"
LEVEL = "LEVEL"
PRESET = "PRESET"
OVERRIDES = "OVERRIDES"
NODATA = "NODATA"
PADDING = "PADDING"
OUTPUT = "OUTPUT"
METADATA = "METADATA"

#: LEVEL, PRESET and NODATA choices (order is public API).
LEVELS = (1, 2)
PRESETS = (dp.PRESET_2024, dp.PRESET_2021)
NODATA_FAIL, NODATA_ZERO, NODATA_OUTSIDE_ZERO = 0, 1, 2
#: The core's nodata policy for each NODATA choice.
CORE_NODATA = {
    NODATA_FAIL: NODATA_ERROR,
    NODATA_ZERO: CORE_NODATA_ZERO,
    NODATA_OUTSIDE_ZERO: NODATA_OUTSIDE,
}


def unit_choices() -> list[str]:
    """LAND_UNIT / BUILT_UNIT choices (order is public API)."""
    return [
        tr("Share of the cell (0..1)"),
        tr("m² per cell (GHSL)"),
        tr("Detect from the values"),
    ]


def level_choices() -> list[str]:
    """LEVEL choices (order is public API)."""
    return [tr("Level 1"), tr("Level 2")]


def preset_choices() -> list[str]:
    """PRESET choices (order is public API)."""
    return [tr("2024 update"), tr("2021 manual")]


def add_share_raster_parameters(
    alg, raster: str, raster_label: str, unit: str, unit_label: str, default_unit: int
) -> None:
    """Declare an optional share raster (land, built-up) and the enum of its unit."""
    alg.addParameter(QgsProcessingParameterRasterLayer(raster, raster_label, optional=True))
    add_enum(alg, unit, unit_label, unit_choices(), default_unit)


def add_land_parameters(alg) -> None:
    """Declare the optional permanent-land raster and its unit."""
    add_share_raster_parameters(
        alg,
        INPUT_LAND,
        tr("Permanent land raster"),
        LAND_UNIT,
        tr("Unit of the land raster"),
        UNIT_DETECT,
    )


def add_nodata_parameter(alg, default: int = NODATA_OUTSIDE_ZERO) -> None:
    """Declare NODATA: what to do with nodata population cells."""
    add_enum(
        alg,
        NODATA,
        tr("Population nodata"),
        [
            tr("Fail"),
            tr("Treat as no population"),
            tr("No population outside the data (edge, no land); fail inside"),
        ],
        default,
    )


def declare(alg) -> None:
    """Add the grid algorithm's parameters and outputs, in their public order."""
    alg.addParameter(
        QgsProcessingParameterRasterLayer(
            INPUT_POPULATION, tr("Population raster (inhabitants per cell)"), optional=True
        )
    )
    add_source(alg, POPULATION_GRID, tr("Or: population polygon grid"), ("polygon",), True)
    add_field(
        alg,
        POPULATION_FIELD,
        tr("Population field of the polygon grid"),
        POPULATION_GRID,
        numeric=True,
        optional=True,
    )
    add_land_parameters(alg)
    add_share_raster_parameters(
        alg,
        INPUT_BUILT,
        tr("Built-up raster (e.g. GHSL BUILT_S)"),
        BUILT_UNIT,
        tr("Unit of the built-up raster"),
        UNIT_DETECT,
    )
    add_enum(alg, LEVEL, tr("Level"), level_choices(), 1)
    add_enum(alg, PRESET, tr("Parameter preset"), preset_choices(), 0)
    add_text(alg, OVERRIDES, tr("Parameter overrides (JSON, flexurba names)"))
    add_nodata_parameter(alg)
    add_number(
        alg, PADDING, tr("Padding (cells of context cut off the output)"), 0, 0, integer=True
    )
    alg.addParameter(QgsProcessingParameterRasterDestination(OUTPUT, tr("Degree of Urbanisation")))
    add_metadata_output(alg)
