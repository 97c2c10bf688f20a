"""Select and classify commuting flows for drawing as lines.

A flow map with every pair is unreadable; planners keep the flows that matter for each origin
(the k largest, those above a minimum, or the smallest set reaching a cumulative share of the
origin's out-commuting) and draw them in a few width classes. Shares are of the origin's
out-commuting ``R[i] - F[i,i]`` (self-flows are not commuting between units). Cross-border
flags come from an attribute of the zones (county, country), never from geometry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import InputError
from ..width_classes import (  # noqa: F401  (re-exported: the flow-line options use them)
    DEFAULT_WIDTH_CLASSES,
    MAX_WIDTH_CLASSES,
    MIN_WIDTH_CLASSES,
    class_ranges,
    classify_widths,
    width_class_breaks,
)
from .odtable import ODTable

FLOWLINE_FIELDS: tuple[str, ...] = (
    "origin",
    "destination",
    "flow",
    "reverse_flow",
    "total_flow",
    "share_of_outflow",
    "rank_in_origin",
    "width_class",
    "cross_border",
    "origin_border",
    "destination_border",
)


@dataclass(frozen=True)
class FlowLineOptions:
    """Filters; each is off when None. All active filters must hold for a flow to be kept."""

    min_flow: float | None = None
    k_largest: int | None = None
    cumulative_share: float | None = None
    drop_self: bool = True
    merge_pairs: bool = False
    width_classes: int = DEFAULT_WIDTH_CLASSES

    def validate(self) -> None:
        if self.min_flow is not None and self.min_flow < 0:
            raise InputError("Minimum flow must be >= 0 (got {value}).", value=self.min_flow)
        if self.k_largest is not None and self.k_largest < 1:
            raise InputError(
                "'k largest per origin' must be at least 1 (got {value}).", value=self.k_largest
            )
        if self.cumulative_share is not None and not 0 < self.cumulative_share <= 1:
            raise InputError(
                "Cumulative share must be above 0 and at most 1 (got {value}).",
                value=self.cumulative_share,
            )
        if not MIN_WIDTH_CLASSES <= self.width_classes <= MAX_WIDTH_CLASSES:
            raise InputError(
                "Width classes must be between {low} and {high} (got {value}).",
                low=MIN_WIDTH_CLASSES,
                high=MAX_WIDTH_CLASSES,
                value=self.width_classes,
            )


def select_flow_lines(
    table: ODTable,
    options: FlowLineOptions,
    border: Mapping[str, object] | None = None,
) -> pd.DataFrame:
    """The kept flows with the columns of :data:`FLOWLINE_FIELDS`, largest first.

    ``border`` maps unit id -> county/country value; without it ``cross_border`` is None.
    With ``merge_pairs`` each unordered pair appears once (origin = the smaller id), ``flow``
    is the sum of both directions and the share is of both units' out-commuting.
    """
    options.validate()
    rows, cols, vals = table.coo()
    flows = table.matrix
    out_commuting = table.residents - table.self_flow
    if options.drop_self:
        off = rows != cols
        rows, cols, vals = rows[off], cols[off], vals[off]
    reverse = np.asarray(flows[cols, rows]).ravel() if len(rows) else np.zeros(0)
    if options.merge_pairs:
        lo, hi = np.minimum(rows, cols), np.maximum(rows, cols)
        frame = pd.DataFrame({"o": lo, "d": hi, "v": vals})
        grouped = frame.groupby(["o", "d"], sort=False)["v"]
        merged = grouped.sum().reset_index()
        rows, cols = merged["o"].to_numpy(), merged["d"].to_numpy()
        vals = merged["v"].to_numpy()
        # Each direction counted once: for self pairs the reverse is the same flow.
        reverse = np.zeros(len(vals))
        denominator = out_commuting[rows] + np.where(rows != cols, out_commuting[cols], 0)
    else:
        denominator = out_commuting[rows]
    share = np.divide(vals, denominator, out=np.full(len(vals), np.nan), where=denominator > 0)
    frame = pd.DataFrame(
        {"o": rows, "d": cols, "flow": vals, "reverse_flow": reverse, "share": share}
    )
    frame = frame.sort_values(["o", "flow", "d"], ascending=[True, False, True], kind="mergesort")
    frame["rank"] = frame.groupby("o").cumcount() + 1
    keep = np.ones(len(frame), dtype=bool)
    if options.min_flow is not None:
        keep &= frame["flow"].to_numpy() >= options.min_flow
    if options.k_largest is not None:
        keep &= frame["rank"].to_numpy() <= options.k_largest
    if options.cumulative_share is not None:
        cum = frame.groupby("o")["share"].cumsum().to_numpy()
        before = cum - frame["share"].to_numpy()
        # Keep flows until the origin's cumulative share first reaches the threshold.
        keep &= np.nan_to_num(before, nan=np.inf) < options.cumulative_share - 1e-12
    frame = frame[keep]
    if frame.empty:
        return pd.DataFrame(columns=list(FLOWLINE_FIELDS))
    out = pd.DataFrame(
        {
            "origin": table.units[frame["o"].to_numpy()],
            "destination": table.units[frame["d"].to_numpy()],
            "flow": frame["flow"].to_numpy(),
            "reverse_flow": frame["reverse_flow"].to_numpy(),
            "share_of_outflow": frame["share"].to_numpy(),
            "rank_in_origin": frame["rank"].to_numpy(),
        }
    )
    out["total_flow"] = out["flow"] + out["reverse_flow"]
    out["width_class"] = classify_widths(out["flow"].to_numpy(), options.width_classes)
    if border is not None:
        ob = out["origin"].map(lambda u: border.get(u))
        db = out["destination"].map(lambda u: border.get(u))
        out["origin_border"] = ob
        out["destination_border"] = db
        out["cross_border"] = [None if a is None or b is None else a != b for a, b in zip(ob, db)]
    else:
        out["origin_border"] = None
        out["destination_border"] = None
        out["cross_border"] = None
    out = out.sort_values(["flow", "origin", "destination"], ascending=[False, True, True])
    return out[list(FLOWLINE_FIELDS)].reset_index(drop=True)


def legend_classes(
    lines: pd.DataFrame, with_border: bool
) -> tuple[dict[int, tuple[float, float]], dict[int, tuple[float, float]] | None]:
    """The width classes of :func:`select_flow_lines` output with their smallest and largest
    flow, for a legend: of all lines, or (``with_border``) of the lines within the border and
    of those across it, so that each heading lists only its own classes."""
    flows = lines["flow"].to_numpy(dtype=float)
    classes = lines["width_class"].to_numpy()
    if not with_border:
        return class_ranges(flows, classes), None
    across = np.array([value is True for value in lines["cross_border"]], dtype=bool)
    return class_ranges(flows[~across], classes[~across]), class_ranges(
        flows[across], classes[across]
    )
