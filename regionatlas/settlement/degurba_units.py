"""Degree of Urbanisation of spatial units from a classified grid: the grids as read from
rasters (nodata as NaN) made ready for :func:`degurba.classify_units_from_grid`.

Method: Eurostat et al. (2021), *Applying the Degree of Urbanisation*, section 3 (a unit's
class from the population shares of the grid classes of the cells whose centre it covers),
level-2 rules revised July 2024.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import InputError
from . import degurba_parameters as dp
from .degurba import classify_units_from_grid

#: Code of a grid cell without a class (the GHS-SMOD raster's nodata value, 255 in uint8).
NO_CLASS = 255


@dataclass
class UnitClasses:
    """One row per unit in the order given (``unit_id`` first) and the units without a
    class (no cell centre, or only water without land)."""

    table: pd.DataFrame
    unclassified: list[str]


def classify_units_on_grid(
    classes: np.ndarray,
    unit_index: np.ndarray,
    population: np.ndarray,
    unit_ids: Sequence[str],
    *,
    level: int = 1,
    rules: str = dp.PRESET_2024,
    land_share: np.ndarray | None = None,
    population_nodata_as_zero: bool = False,
) -> UnitClasses:
    """Classify the units of ``unit_index`` (cell -> position in ``unit_ids``, -1 outside).

    ``classes``: grid codes with NaN for nodata, which must not lie inside a unit;
    ``population``: NaN for nodata, counted as nobody when ``population_nodata_as_zero``
    (otherwise the core refuses it inside a unit); ``land_share``: NaN counts as no land.
    """
    if population_nodata_as_zero:
        population = np.where(np.isfinite(population), population, 0.0)
    codes = np.where(np.isfinite(classes), classes, NO_CLASS).astype(np.int64)
    bad_codes = (unit_index >= 0) & (codes == NO_CLASS)
    if bad_codes.any():
        raise InputError(
            "The DEGURBA raster has {n} nodata cell(s) inside the units; classify a grid "
            "that covers all units.",
            n=int(bad_codes.sum()),
        )
    if land_share is not None:
        land_share = np.where(np.isfinite(land_share), land_share, 0.0)
    table = classify_units_from_grid(
        codes, unit_index, population, unit_ids, level=level, rules=rules, land_share=land_share
    )
    table = table.set_index("unit_id").reindex(list(unit_ids)).reset_index()
    unclassified = table.loc[table["basis"] == "none", "unit_id"].tolist()
    return UnitClasses(table, unclassified)
