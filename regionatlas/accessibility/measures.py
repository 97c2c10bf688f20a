"""Accessibility measures per origin (minutes), from the search engine.

Spec: RegionAtlas ``accessibility.md`` ("Measures"), with the published definitions:

- travel time matrix: pairs within a cut-off, minutes and metres along the fastest path;
- nearest destination per category (Tillväxtverket's Pipos Serviceanalys);
- cumulative opportunities ``A_i(T) = sum_j O_j [t_ij <= T]`` (Wachs & Kumagai 1973,
  "Physical accessibility as a social indicator", Socio-Economic Planning Sciences 7);
- gravity ``A_i = sum_j O_j f(t_ij)`` (Hansen 1959, "How accessibility shapes land use",
  Journal of the American Institute of Planners 25), ``f(t) = exp(-beta t)`` with
  ``beta = ln 2 / half-life``, or a step ``f(t) = [t <= T]``;
- two-step floating catchment area (Luo & Wang 2003, "Measures of spatial accessibility to
  health care in a GIS environment", Environment and Planning B 30(6)):
  ``R_j = S_j / sum_{k: t_kj <= T} P_k`` then ``A_i = sum_{j: t_ij <= T} R_j``;
- zone aggregates: population-weighted mean time to the nearest destination and the share of
  population per time band (Tillväxtanalys' reporting of grocery-store access).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from ..errors import InputError
from ..ids import example_list
from .network import RoadNetwork
from .parameters import HALF_LIFE_MIN
from .points import Located
from .search import iter_pairs, nearest

#: Exponential gravity is cut where the weight falls below 2**-10 (0.1 %): 10 half-lives.
GRAVITY_CUTOFF_HALF_LIVES = 10.0
#: Category used when destinations have no category field.
ALL = "all"


def parse_minutes(text: str | Sequence[float] | None, name: str, default: Sequence[float]):
    """Ascending positive minutes from "30,45,60" (or a sequence); ``default`` when empty."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return tuple(float(v) for v in default)
    parts = text.replace(";", ",").split(",") if isinstance(text, str) else list(text)
    values = []
    for part in parts:
        try:
            value = float(str(part).strip())
        except ValueError:
            value = math.nan
        if not (value > 0 and math.isfinite(value)):
            raise InputError(
                "{name}: {value!r} is not a positive number of minutes (write e.g. 30,45,60).",
                name=name,
                value=str(part).strip(),
            )
        values.append(value)
    return tuple(sorted(set(values)))


def minutes_label(value: float) -> str:
    """45.0 -> "45", 7.5 -> "7_5" (for field names)."""
    return f"{value:g}".replace(".", "_")


def median_minutes(minutes: Sequence[float]) -> float:
    """The median travel time of the pairs (0 when there is none), for a run's summary."""
    return float(np.median(minutes)) if len(minutes) else 0.0


def travel_time_matrix(
    network: RoadNetwork,
    origins: Located,
    destinations: Located,
    max_minutes: float = 0.0,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> pd.DataFrame:
    """origin_id, destination_id, minutes, metres for every pair within ``max_minutes``
    (0 = no limit), sorted by origin then minutes."""
    limit = max_minutes if max_minutes and max_minutes > 0 else np.inf
    frames = []
    for block in iter_pairs(network, origins, destinations, limit, True, progress, cancelled):
        frames.append(
            pd.DataFrame(
                {
                    "origin_id": origins.ids[block.origin],
                    "destination_id": destinations.ids[block.destination],
                    "minutes": block.minutes,
                    "metres": block.metres,
                    "_o": block.origin,
                }
            )
        )
    if not frames:
        return pd.DataFrame(columns=["origin_id", "destination_id", "minutes", "metres"])
    frame = pd.concat(frames, ignore_index=True).sort_values(["_o", "minutes"], kind="stable")
    return frame.drop(columns="_o").reset_index(drop=True)


def _categories(destinations: Located) -> list[str]:
    if destinations.category is None:
        return [ALL]
    return sorted(set(destinations.category))


def check_categories(destinations: Located, wanted: Sequence[str] | None) -> list[str]:
    """The categories to measure; a requested category without destinations is an error."""
    present = _categories(destinations)
    if not wanted:
        return present
    missing = [c for c in wanted if c not in present]
    if missing:
        raise InputError(
            "No destination has the category {missing} (CATEGORY_FIELD). Categories "
            "present: {present}.",
            missing=example_list(missing, quoted=True),
            present=example_list(present, quoted=True),
        )
    return list(wanted)


def _category_index(destinations: Located, categories: list[str]) -> np.ndarray:
    if destinations.category is None:
        return np.zeros(len(destinations.ids), dtype=np.int64)
    lookup = {c: k for k, c in enumerate(categories)}
    return np.array([lookup.get(c, -1) for c in destinations.category], dtype=np.int64)


def nearest_by_category(
    network: RoadNetwork,
    origins: Located,
    destinations: Located,
    categories: list[str],
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per category: (minutes to the nearest destination, its id or None) per origin."""
    cat = _category_index(destinations, categories)
    out = {}
    for k, name in enumerate(categories):
        if cancelled is not None and cancelled():
            from ..errors import Cancelled

            raise Cancelled()
        mask = cat == k
        if not mask.any():
            raise InputError(
                "The category '{category}' has no destination on the network.", category=name
            )
        minutes, which = nearest(network, origins, destinations.subset(mask))
        ids = destinations.ids[mask]
        out[name] = (minutes, np.where(which >= 0, ids[np.maximum(which, 0)], None))
    return out


def opportunity_measures(
    network: RoadNetwork,
    origins: Located,
    destinations: Located,
    categories: list[str],
    thresholds: Sequence[float],
    cumulative: bool = True,
    gravity: bool = False,
    half_life: float = HALF_LIFE_MIN,
    two_step: bool = False,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, np.ndarray]:
    """Cumulative opportunities per threshold, gravity and 2SFCA per origin and category.

    Keys: ``cum_<cat>_<T>``, ``grav_<cat>``, ``sfca_<cat>_<T>`` (``<cat>_`` left out when
    destinations have no category). Opportunities are the destinations' weights (1 each when
    there is no opportunity field); 2SFCA needs the origins' population.
    """
    n_o, n_c = len(origins.ids), len(categories)
    cat = _category_index(destinations, categories)
    supply = destinations.weight if destinations.weight is not None else np.ones(len(cat))
    thresholds = tuple(sorted(thresholds))
    limit = max(thresholds) if thresholds else 0.0
    if gravity:
        if half_life > 0:
            beta = math.log(2.0) / half_life
            limit = max(limit, GRAVITY_CUTOFF_HALF_LIVES * half_life)
        elif not thresholds:
            raise InputError("Gravity with HALF_LIFE 0 (a step) needs THRESHOLDS.")
    if two_step and origins.weight is None:
        raise InputError("2SFCA needs the population of the origins (POPULATION_FIELD).")
    cum = np.zeros((len(thresholds), n_o * n_c))
    grav = np.zeros(n_o * n_c)
    kept = []  # pairs within the largest threshold, for 2SFCA
    for block in iter_pairs(network, origins, destinations, limit, False, progress, cancelled):
        c = cat[block.destination]
        use = c >= 0
        o, d, t, c = block.origin[use], block.destination[use], block.minutes[use], c[use]
        slot = o * n_c + c
        w = supply[d]
        if cumulative or (gravity and half_life <= 0):
            for k, limit_k in enumerate(thresholds):
                within = t <= limit_k
                cum[k] += np.bincount(slot[within], weights=w[within], minlength=n_o * n_c)
        if gravity and half_life > 0:
            grav += np.bincount(slot, weights=w * np.exp(-beta * t), minlength=n_o * n_c)
        if two_step:
            within = t <= max(thresholds)
            kept.append((o[within], d[within], t[within], c[within]))
    out: dict[str, np.ndarray] = {}

    def key(prefix: str, name: str, threshold: float | None = None) -> str:
        parts = [prefix] + ([] if categories == [ALL] else [name])
        if threshold is not None:
            parts.append(minutes_label(threshold))
        return "_".join(parts)

    for ci, name in enumerate(categories):
        if cumulative:
            for k, limit_k in enumerate(thresholds):
                out[key("cum", name, limit_k)] = cum[k].reshape(n_o, n_c)[:, ci]
        if gravity:
            values = grav if half_life > 0 else cum[0]
            out[key("grav", name)] = values.reshape(n_o, n_c)[:, ci]
    if two_step:
        o = np.concatenate([p[0] for p in kept]) if kept else np.zeros(0, np.int64)
        d = np.concatenate([p[1] for p in kept]) if kept else np.zeros(0, np.int64)
        t = np.concatenate([p[2] for p in kept]) if kept else np.zeros(0)
        c = np.concatenate([p[3] for p in kept]) if kept else np.zeros(0, np.int64)
        n_d = len(destinations.ids)
        for limit_k in thresholds:
            within = t <= limit_k
            demand = np.bincount(d[within], weights=origins.weight[o[within]], minlength=n_d)
            ratio = np.divide(supply, demand, out=np.zeros(n_d), where=demand > 0)
            score = np.bincount(
                o[within] * n_c + c[within], weights=ratio[d[within]], minlength=n_o * n_c
            ).reshape(n_o, n_c)
            for ci, name in enumerate(categories):
                out[key("sfca", name, limit_k)] = score[:, ci]
    return out


def band_labels(bands: Sequence[float]) -> list[str]:
    """Field-name labels of the bands: lt5, 5_10, 10_30, ge30."""
    edges = [minutes_label(b) for b in bands]
    labels = [f"lt{edges[0]}"]
    labels += [f"{a}_{b}" for a, b in zip(edges[:-1], edges[1:])]
    labels.append(f"ge{edges[-1]}")
    return labels


def zone_aggregates(
    zone_of_origin: np.ndarray,
    zone_ids: Sequence[str],
    population: np.ndarray | None,
    minutes: dict[str, np.ndarray],
    bands: Sequence[float],
    averages: dict[str, np.ndarray] | None = None,
) -> pd.DataFrame:
    """Per zone and measure of time: population, population-weighted mean minutes (over the
    population that reaches one), percent of population per band, percent within each band
    bound, percent that reaches none.

    ``zone_of_origin``: index into ``zone_ids`` per origin (-1 = in no zone); ``population``
    per origin (None: each origin counts 1).
    Columns: zone_id, population, then per measure ``mean_<m>``, ``pct_<m>_<band>``,
    ``within_<m>_<bound>``, ``pct_<m>_none``; and ``avg_<a>``, the population-weighted
    average of each array in ``averages`` (e.g. jobs within 45 minutes) over the origins that
    have a value.
    """
    n_z = len(zone_ids)
    if population is None:
        population = np.ones(len(zone_of_origin))
    inside = zone_of_origin >= 0
    z = zone_of_origin[inside]
    pop_total = np.bincount(z, weights=population[inside], minlength=n_z)
    frame = pd.DataFrame({"zone_id": list(zone_ids), "population": pop_total})
    bands = tuple(sorted(bands))
    edges = (-np.inf, *bands, np.inf)
    labels = band_labels(bands)
    with np.errstate(invalid="ignore", divide="ignore"):
        for name, values in minutes.items():
            t = values[inside]
            p = population[inside]
            reached = np.isfinite(t)
            p_reached = np.bincount(z[reached], weights=p[reached], minlength=n_z)
            weighted = np.bincount(z[reached], weights=(p * t)[reached], minlength=n_z)
            frame[f"mean_{name}"] = np.where(p_reached > 0, weighted / p_reached, np.nan)
            for lo, hi, label in zip(edges[:-1], edges[1:], labels):
                sel = reached & (t >= lo) & (t < hi)
                share = np.bincount(z[sel], weights=p[sel], minlength=n_z)
                frame[f"pct_{name}_{label}"] = np.where(
                    pop_total > 0, 100 * share / pop_total, np.nan
                )
            for bound in bands:
                sel = reached & (t < bound)
                share = np.bincount(z[sel], weights=p[sel], minlength=n_z)
                frame[f"within_{name}_{minutes_label(bound)}"] = np.where(
                    pop_total > 0, 100 * share / pop_total, np.nan
                )
            frame[f"pct_{name}_none"] = np.where(
                pop_total > 0, 100 * (pop_total - p_reached) / pop_total, np.nan
            )
        for name, values in (averages or {}).items():
            v = values[inside]
            p = population[inside]
            has = np.isfinite(v)
            weight = np.bincount(z[has], weights=p[has], minlength=n_z)
            total = np.bincount(z[has], weights=(p * v)[has], minlength=n_z)
            frame[f"avg_{name}"] = np.where(weight > 0, total / weight, np.nan)
    return frame
