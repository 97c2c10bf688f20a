"""SCB's LA codes (LA + year + number) on the units and regions of the SCB method.

The numbering rule is in :mod:`regionatlas.commuting.regions.la_code`; this module declares
LA_YEAR, reads it and logs why the codes are empty when they cannot be given.
"""

from __future__ import annotations

import pandas as pd
from qgis.core import QgsProcessingParameterNumber

from ..i18n import tr
from ..regionatlas.commuting.regions.la_code import LA_CODE_FIELD, la_codes, la_year, with_la_codes
from ..regionatlas.commuting.regions.partition import Partition

#: Parameter: the year of the data, which SCB's LA codes carry ("LA2201").
LA_YEAR = "LA_YEAR"


def add_la_year_parameter(alg) -> None:
    """Declare the optional LA_YEAR (the year in SCB's LA codes)."""
    alg.addParameter(
        QgsProcessingParameterNumber(
            LA_YEAR,
            tr("SCB: year of the data, for the LA codes (LA + year + number)"),
            QgsProcessingParameterNumber.Type.Integer,
            optional=True,
            minValue=0,
        )
    )


def add_la_codes(
    alg,
    parameters: dict,
    context,
    feedback,
    partition: Partition,
    units: pd.DataFrame,
    regions: pd.DataFrame,
    year_hint: str = "",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``units`` and ``regions`` with SCB's LA code (field la_code, after region_id).

    The year is LA_YEAR, else ``year_hint`` (the year of the OD rows used) when it is one.
    Without a year, or when the codes depend on centre sizes that are not known, the field is
    there but empty and the log says why (see :mod:`regionatlas.commuting.regions.la_code`).
    """
    raw = parameters.get(LA_YEAR)
    value = None if raw in (None, "") else alg.parameterAsInt(parameters, LA_YEAR, context)
    year = la_year(value, LA_YEAR)
    if year is None and year_hint:
        try:
            year = la_year(year_hint, LA_YEAR)
        except ValueError:
            year = None
    result = la_codes(
        partition.diagnostics["centres"],
        year,
        largest_first=bool(partition.diagnostics.get("centres_by_size", True)),
    )
    if year is None:
        feedback.pushInfo(
            tr(
                "The LA codes (field {field}) are left empty: give the year of the data in "
                "'{parameter}'."
            ).format(field=LA_CODE_FIELD, parameter=LA_YEAR)
        )
    elif result.undetermined:
        feedback.pushWarning(
            tr(
                "The LA codes (field {field}) are left empty: SCB numbers a region by its "
                "largest centre, and without sizes it is not known which centre is the largest "
                "in {regions}. Choose the size field (employed residents)."
            ).format(
                field=LA_CODE_FIELD,
                regions=", ".join("-".join(group) for group in result.undetermined),
            )
        )
    else:
        codes = sorted(c for c in result.codes if c)
        feedback.pushInfo(
            tr(
                "LA codes {first} to {last}, numbered in the order of the main centre's code."
            ).format(first=codes[0], last=codes[-1])
        )
    return with_la_codes(units, regions, partition.region.tolist(), result.codes)
