"""Why each unit is in the zero list: the units the EURO method sets aside before clustering
(Coombes, M. & Bond, S. (2008), Travel-to-Work Areas: the 2007 review, ONS, step 0; ISTAT,
Franconi et al. (2016), Istat implementation of the algorithm to develop Labour Market Areas):
no employed residents, no jobs, or only flows to itself. Setting a unit aside removes its flows,
which can leave further units with nothing but flows to themselves; those are set aside in a
later round (``REASON_AFTER_OTHERS``).

The rule that builds the list is :func:`regionatlas.commuting.regions.euro.zero_list_mask`;
this module only explains a list it made, round by round, for the log and the report.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

#: Reason codes, in the order they are checked.
REASON_NO_RESIDENTS = "no_residents"
REASON_NO_JOBS = "no_jobs"
REASON_SELF_ONLY = "self_only"
REASON_AFTER_OTHERS = "after_others"
REASONS = (REASON_NO_RESIDENTS, REASON_NO_JOBS, REASON_SELF_ONLY, REASON_AFTER_OTHERS)


def zero_list_reasons(matrix: sp.csr_array, zero: np.ndarray, units: np.ndarray) -> pd.DataFrame:
    """One row per unit of the zero list ``zero`` (a mask over ``units``, the rows of the
    flow ``matrix``): unit, reason (:data:`REASONS`) and self_flow (persons living and working
    in the unit)."""
    zero = np.asarray(zero, dtype=bool)
    m = sp.csr_array(matrix)
    diagonal = m.diagonal()
    r = np.asarray(m.sum(axis=1)).ravel()
    w = np.asarray(m.sum(axis=0)).ravel()
    reason = np.full(len(zero), "", dtype=object)
    reason[zero & (r <= 0)] = REASON_NO_RESIDENTS
    reason[zero & (r > 0) & (w <= 0)] = REASON_NO_JOBS
    first = zero & (r > 0) & (w > 0) & (r <= diagonal) & (w <= diagonal)
    reason[first] = REASON_SELF_ONLY
    reason[zero & (reason == "")] = REASON_AFTER_OTHERS
    picked = np.flatnonzero(zero)
    return pd.DataFrame(
        {
            "unit": np.asarray(units, dtype=object)[picked],
            "reason": reason[picked],
            "self_flow": diagonal[picked].astype(float),
        }
    )


def partition_zero_list_reasons(table, partition) -> pd.DataFrame:
    """:func:`zero_list_reasons` of the units a partition put in the zero list (role
    ``zero_list``), on the flows of the OD ``table`` it was made from; empty when none."""
    from .partition import ROLE_ZERO_LIST

    zero = np.isin(table.units, partition.units[partition.role == ROLE_ZERO_LIST])
    if not zero.any():
        return pd.DataFrame(columns=["unit", "reason", "self_flow"])
    return zero_list_reasons(table.matrix, zero, table.units)
