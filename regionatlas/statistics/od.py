"""A commuting table of the statistics (home region x work region x year) as the OD table the
commuting algorithms read: origin, destination, employed, year (ids as text)."""

from __future__ import annotations

import pandas as pd

from ..errors import InputError
from .jsonstat import StatTable

OD_COLUMNS = ("origin", "destination", "employed", "year")


def od_frame(
    table: StatTable,
    origin: str,
    destination: str,
    year: str,
    sum_over: tuple[str, ...] = (),
) -> pd.DataFrame:
    """Reshape ``table`` to (origin, destination, employed, year).

    ``sum_over`` names dimensions that are added up (e.g. both sexes); every other dimension
    must hold one code, so that no cell is counted twice. Missing cells (null in the
    response, e.g. suppressed small numbers) are left out and counted in ``attrs["missing"]``;
    self-flows (origin = destination) are kept.
    """
    frame = table.frame
    for name in (origin, destination, year, *sum_over):
        if name not in table.dimensions:
            raise InputError(
                "The table has no variable '{name}'; it has {known}.",
                name=name,
                known=", ".join(table.dimensions),
            )
    for name in table.dimensions:
        if name in (origin, destination, year, *sum_over):
            continue
        codes = frame[name].unique()
        if len(codes) > 1:
            raise InputError(
                "Variable '{name}' holds {n} values ({codes}); choose one or add them up.",
                name=name,
                n=len(codes),
                codes=", ".join(map(str, codes[:5])),
            )
    missing = int(frame["value"].isna().sum())
    kept = frame[frame["value"].notna()]
    od = (
        kept.groupby([origin, destination, year], sort=True)["value"]
        .sum()
        .reset_index()
        .rename(
            columns={
                origin: "origin",
                destination: "destination",
                year: "year",
                "value": "employed",
            }
        )
    )
    od["employed"] = od["employed"].round().astype("int64")
    od = od[list(OD_COLUMNS)]
    od.attrs["missing"] = missing
    return od
