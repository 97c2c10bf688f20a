"""Every origin's accessibility columns, on or off the network, ready to be written.

The measures are those of :mod:`regionatlas.accessibility.measures` (nearest destination per
category, Pipos Serviceanalys; cumulative opportunities, Wachs & Kumagai 1973; gravity,
Hansen 1959; 2SFCA, Luo & Wang 2003), computed for the origins on the network; this module
names the columns (spec ``accessibility.md``, "Outputs": ``min``/``near`` per category,
``cum``/``grav``/``2sfca`` per threshold), gives origins off the network no value, and turns
destination categories into parts of field names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import InputError
from ..ids import example_list
from .measures import minutes_label, nearest_by_category, opportunity_measures
from .network import RoadNetwork
from .points import Located


def safe_name(value: str) -> str:
    """A category as a field-name part: lower case, letters, digits and _."""
    return re.sub(r"\W+", "_", value.strip().lower()).strip("_") or "x"


def field_safe_categories(destinations: Located) -> None:
    """Rename the destinations' categories (in place) to :func:`safe_name`; two categories
    that become the same name are refused."""
    if destinations.category is None:
        return
    raw = sorted(set(destinations.category))
    safe = {c: safe_name(c) for c in raw}
    if len(set(safe.values())) < len(safe):
        raise InputError(
            "Categories in CATEGORY_FIELD differ only in case or punctuation: {cats}; "
            "make them distinct.",
            cats=example_list(raw, quoted=True),
        )
    destinations.category = np.array([safe[c] for c in destinations.category], dtype=object)


def check_categories_on_network(destinations: Located, on_network: Located) -> None:
    """Every category must keep a destination on the network (within MAX_SNAP)."""
    if destinations.category is None:
        return
    lost = sorted(set(destinations.category) - set(on_network.category))
    if lost:
        raise InputError(
            "No destination of the category {cats} is on the network (all are farther "
            "than MAX_SNAP).",
            cats=example_list(lost, quoted=True),
        )


@dataclass
class OriginMeasures:
    """Columns over all origins (NaN / None off the network), in output order.

    ``nearest_minutes``: per category the minutes to the nearest destination (inf when none
    is reachable) and ``averages`` the opportunity measures, both for the zone aggregates.
    """

    columns: dict[str, np.ndarray] = field(default_factory=dict)
    nearest_minutes: dict[str, np.ndarray] = field(default_factory=dict)
    averages: dict[str, np.ndarray] = field(default_factory=dict)

    def frame(self, origins: Located) -> pd.DataFrame:
        """The origins' table: origin_id, population (when given), on_network, snap_m (0.1 m)
        and the measure columns."""
        frame = pd.DataFrame({"origin_id": origins.ids})
        if origins.weight is not None:
            frame["population"] = origins.weight
        frame["on_network"] = origins.on_network
        frame["snap_m"] = np.round(origins.snap_m, 1)
        for key, array in self.columns.items():
            frame[key] = array
        return frame


def origin_measures(
    network: RoadNetwork,
    origins: Located,
    destinations: Located,
    categories: list[str],
    thresholds: Sequence[float],
    *,
    nearest: bool,
    cumulative: bool,
    gravity: bool,
    two_step: bool,
    half_life: float,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> OriginMeasures:
    """The chosen measures for every origin; ``destinations`` are those on the network.

    ``progress(share)`` gets 0 once the nearest destinations are found, then the share of the
    opportunity measures done.
    """
    on = origins.on_network
    o_net = origins.subset(on)
    n = len(origins.ids)
    out = OriginMeasures()
    single = categories == ["all"]
    if nearest:
        result = nearest_by_category(network, o_net, destinations, categories, cancelled)
        for cat, (minutes, which) in result.items():
            suffix = "" if single else f"_{cat}"
            full = np.full(n, np.inf)
            full[on] = minutes
            ids = np.full(n, None, dtype=object)
            ids[on] = which
            out.nearest_minutes[cat] = full
            out.columns[f"min{suffix}"] = np.where(np.isfinite(full), full, np.nan)
            out.columns[f"near{suffix}"] = ids
    if progress is not None:
        progress(0.0)
    if cumulative or gravity or two_step:
        values = opportunity_measures(
            network,
            o_net,
            destinations,
            categories,
            thresholds,
            cumulative=cumulative,
            gravity=gravity,
            half_life=half_life,
            two_step=two_step,
            progress=progress,
            cancelled=cancelled,
        )
        for key, array in values.items():
            full = np.full(n, np.nan)
            full[on] = array
            out.columns[key] = full
            out.averages[key] = full
    return out


def main_measure(columns: Sequence[str], thresholds: Sequence[float]) -> tuple[str, bool]:
    """The column a map of the origins shows, and whether it is minutes: nearest minutes,
    else the cumulative measure at 45 minutes (or the middle threshold), else the first."""
    for key in columns:
        if key.startswith("min"):
            return key, True
    middle = 45.0 if 45.0 in thresholds else thresholds[len(thresholds) // 2]
    for key in columns:
        if key.startswith("cum") and key.endswith(f"_{minutes_label(middle)}"):
            return key, False
    return next(iter(columns)), False
