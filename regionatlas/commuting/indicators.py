"""Per-unit commuting indicators.

Definitions from spec commuting-regions.md (notation and section 1, SCB local labour markets):

- ``R[i] = sum_j F[i,j]`` employed residents, ``W[j] = sum_i F[i,j]`` jobs;
- self-containment on the supply side ``F[i,i] / R[i]`` and on the demand side ``F[i,i] / W[i]``;
- ``p1 = (R[i] - F[i,i]) / R[i]`` (share working in another unit);
- ``largest_destination = argmax_{j != i} F[i,j]`` (ties: smallest id) and
  ``p2 = F[i, largest_destination] / R[i]``.

Ratios whose denominator is zero are missing (NaN), never 0 or infinity.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .odtable import ODTable, largest_destination
from .regions.parameters import SCB_CENTRE_MAX_OUT, SCB_CENTRE_MAX_SINGLE

#: Output columns, in order; the Processing algorithm writes exactly these fields.
INDICATOR_FIELDS: tuple[str, ...] = (
    "unit_id",
    "employed_residents",
    "jobs",
    "self_flow",
    "out_commuters",
    "in_commuters",
    "net_commuting",
    "sc_supply",
    "sc_demand",
    "job_ratio",
    "largest_destination",
    "p1",
    "p2",
)


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    out = np.full(len(num), np.nan)
    ok = den > 0
    out[ok] = num[ok] / den[ok]
    return out


def commuting_indicators(table: ODTable) -> pd.DataFrame:
    """One row per unit (in id order) with the columns of :data:`INDICATOR_FIELDS`."""
    r = table.residents
    w = table.jobs
    s = table.self_flow
    best, best_flow = largest_destination(table)
    dest = np.where(best >= 0, table.units[np.maximum(best, 0)], None)
    p2 = _ratio(best_flow, r)
    frame = pd.DataFrame(
        {
            "unit_id": table.units,
            "employed_residents": r,
            "jobs": w,
            "self_flow": s,
            "out_commuters": r - s,
            "in_commuters": w - s,
            "net_commuting": w - r,
            "sc_supply": _ratio(s, r),
            "sc_demand": _ratio(s, w),
            "job_ratio": _ratio(w, r),
            "largest_destination": dest,
            "p1": _ratio(r - s, r),
            "p2": p2,
        },
        columns=list(INDICATOR_FIELDS),
    )
    return frame


def scb_centres(
    frame: pd.DataFrame,
    max_out: float = SCB_CENTRE_MAX_OUT,
    max_single: float = SCB_CENTRE_MAX_SINGLE,
) -> np.ndarray:
    """SCB's centre rule on :func:`commuting_indicators` output: ``p1 <= max_out`` and
    ``p2 <= max_single`` (SCB, Lokala arbetsmarknader - method description; defaults 0.20
    and 0.075, :mod:`.regions.parameters`). Units without residents are never centres."""
    return ((frame["p1"] <= max_out) & (frame["p2"] <= max_single)).to_numpy()
