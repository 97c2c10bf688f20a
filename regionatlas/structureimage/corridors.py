"""Corridors (stråk) of a structure image: which node pairs are drawn and how wide.

Spec structure-image.md, "Corridor derivation": the flow of a pair is the symmetric flow
``F[i, j] + F[j, i]`` between nodes; pairs are kept by one rule (:data:`CORRIDOR_RULES`):

``dominant``          Nystuen & Dacey (1961) dominant-flow links: node i keeps its link to the
                      node j* receiving its largest flow ``F[i, j*]`` (ties: smallest id) when
                      j* is larger, ``w[j*] > value * w[i]`` (``value`` = ratio, default 1);
                      size ``w`` is the node's inflow from other nodes, or a size given by the
                      caller (population, jobs). Same rule as ``regionatlas.settlement``'s
                      ``dominant_flows(mode="largest")``.
``k_largest``         a pair is kept when it is among the ``value`` largest pairs of either of
                      its nodes (ties: smallest partner id).
``threshold``         pairs with a symmetric flow of at least ``value`` persons.
``cumulative_share``  the smallest set of largest pairs whose flows reach the share ``value``
                      (0-1) of all flow between different nodes.

Widths: ``width_class`` 1 (thinnest) .. ``width_classes`` (3-5), equal steps on a log scale
between the smallest and largest kept flow (:mod:`regionatlas.width_classes`, as flow lines).
Cross-border flags compare the ends' attributes (county, country), never geometry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import InputError
from ..ids import id_sort_key, normalise_id
from ..width_classes import (
    DEFAULT_WIDTH_CLASSES,
    MAX_WIDTH_CLASSES,
    MIN_WIDTH_CLASSES,
    classify_widths,
)

#: Corridor rules, in the order of the algorithm's CORRIDOR_RULE enum (public API).
CORRIDOR_RULES: tuple[str, ...] = ("dominant", "k_largest", "threshold", "cumulative_share")
#: The rule value used when the caller gives none (0 / None): a readable map out of the box.
DEFAULT_RULE_VALUES: dict[str, float] = {
    "dominant": 1.0,  # Nystuen & Dacey's original ratio
    "k_largest": 2.0,
    "threshold": 100.0,
    "cumulative_share": 0.8,
}

CORRIDOR_FIELDS: tuple[str, ...] = (
    "from_id",
    "to_id",
    "flow_from_to",
    "flow_to_from",
    "flow",
    "width_class",
    "cross_border",
    "border_crossed",
)


@dataclass(frozen=True)
class CorridorOptions:
    rule: str = "k_largest"
    value: float | None = None
    width_classes: int = DEFAULT_WIDTH_CLASSES

    @property
    def effective_value(self) -> float:
        return DEFAULT_RULE_VALUES[self.rule] if not self.value else float(self.value)

    def validate(self) -> None:
        if self.rule not in CORRIDOR_RULES:
            raise InputError(
                "Unknown corridor rule '{rule}'; use one of {rules}.",
                rule=self.rule,
                rules=", ".join(CORRIDOR_RULES),
            )
        v = self.effective_value
        if self.rule == "dominant" and v < 1:
            raise InputError("The dominant-flow ratio must be at least 1 (got {value}).", value=v)
        if self.rule == "k_largest" and (v < 1 or v != int(v)):
            raise InputError(
                "'k largest per node' must be a whole number >= 1 (got {value}).", value=v
            )
        if self.rule == "threshold" and v < 0:
            raise InputError("The flow threshold must be >= 0 (got {value}).", value=v)
        if self.rule == "cumulative_share" and not 0 < v <= 1:
            raise InputError(
                "The cumulative share must be above 0 and at most 1 (got {value}).", value=v
            )
        if not MIN_WIDTH_CLASSES <= self.width_classes <= MAX_WIDTH_CLASSES:
            raise InputError(
                "Width classes must be between {low} and {high} (got {value}).",
                low=MIN_WIDTH_CLASSES,
                high=MAX_WIDTH_CLASSES,
                value=self.width_classes,
            )


# -- node ranks --------------------------------------------------------------------------------


def _as_number(value: object) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if np.isnan(number) else number


def node_ranks(
    ids: Sequence[str],
    values: Sequence[object],
    *,
    sizes: Sequence[object] | None = None,
    field: str = "class",
    is_rank: bool = False,
) -> tuple[np.ndarray, list[str], str]:
    """Dense ranks 1 (top) .. K of the nodes from a rank or class attribute.

    Rank values (or class values that are all numbers) rank by value, smallest = 1 (the
    settlement hierarchy's ``class_rank``). Text classes are ordered by the mean ``sizes`` of
    their members (largest first) or, without sizes, by how rare they are (the class with
    fewest members is the top class). Returns (ranks, class labels in rank order, how the
    order was decided). Nodes without a value raise :class:`InputError` naming them.
    """
    missing = [i for i, v in zip(ids, values) if normalise_id(v) is None]
    if missing:
        shown = ", ".join(map(str, missing[:10]))
        more = len(missing) - 10
        if is_rank and more > 0:
            raise InputError(
                "{count} node(s) have no value in the rank field '{field}': {ids} and {more} "
                "more. Every node needs a class or rank (run the settlement hierarchy first, or "
                "choose another field).",
                count=len(missing),
                field=field,
                ids=shown,
                more=more,
            )
        if is_rank:
            raise InputError(
                "{count} node(s) have no value in the rank field '{field}': {ids}. Every node "
                "needs a class or rank (run the settlement hierarchy first, or choose another "
                "field).",
                count=len(missing),
                field=field,
                ids=shown,
            )
        if more > 0:
            raise InputError(
                "{count} node(s) have no value in the class field '{field}': {ids} and {more} "
                "more. Every node needs a class or rank (run the settlement hierarchy first, or "
                "choose another field).",
                count=len(missing),
                field=field,
                ids=shown,
                more=more,
            )
        raise InputError(
            "{count} node(s) have no value in the class field '{field}': {ids}. Every node "
            "needs a class or rank (run the settlement hierarchy first, or choose another "
            "field).",
            count=len(missing),
            field=field,
            ids=shown,
        )
    numbers = [_as_number(v) for v in values]
    if all(n is not None for n in numbers):
        levels = sorted(set(numbers))
        lookup = {v: k + 1 for k, v in enumerate(levels)}
        ranks = np.array([lookup[n] for n in numbers], dtype=int)
        labels = [str(int(v)) if float(v).is_integer() else str(v) for v in levels]
        return ranks, labels, f"by the value of '{field}', smallest = top"
    if is_rank:
        bad = [str(v) for v in values if _as_number(v) is None][:5]
        raise InputError(
            "The rank field '{field}' must hold numbers; found {values}.",
            field=field,
            values=", ".join(bad),
        )
    text = [normalise_id(v) for v in values]
    frame = pd.DataFrame({"c": text})
    if sizes is not None:
        frame["s"] = [(_as_number(s) or 0.0) for s in sizes]
        order = frame.groupby("c")["s"].mean().sort_values(ascending=False, kind="mergesort")
        how = f"text classes of '{field}' ordered by the mean node size, largest = top"
    else:
        order = frame.groupby("c").size().sort_values(ascending=True, kind="mergesort")
        how = f"text classes of '{field}' ordered by number of nodes, rarest = top"
    labels = list(order.index)
    lookup = {c: k + 1 for k, c in enumerate(labels)}
    return np.array([lookup[c] for c in text], dtype=int), labels, how


# -- pairs and rules ---------------------------------------------------------------------------


def symmetric_pairs(
    origins: Sequence[str], destinations: Sequence[str], counts: Sequence[float]
) -> pd.DataFrame:
    """One row per unordered pair of different nodes: a, b (a before b in id order),
    flow_ab = F[a,b], flow_ba = F[b,a], flow = their sum. Duplicate rows are summed."""
    frame = pd.DataFrame(
        {"o": list(origins), "d": list(destinations), "v": np.asarray(counts, dtype=float)}
    )
    frame = frame[(frame["o"] != frame["d"]) & (frame["v"] > 0)]
    if frame.empty:
        return pd.DataFrame(columns=["a", "b", "flow_ab", "flow_ba", "flow"])
    key_o = frame["o"].map(id_sort_key)
    key_d = frame["d"].map(id_sort_key)
    forward = np.array([ko <= kd for ko, kd in zip(key_o, key_d)])
    frame = frame.assign(
        a=np.where(forward, frame["o"], frame["d"]),
        b=np.where(forward, frame["d"], frame["o"]),
        ab=np.where(forward, frame["v"], 0.0),
        ba=np.where(forward, 0.0, frame["v"]),
    )
    pairs = frame.groupby(["a", "b"], sort=False)[["ab", "ba"]].sum().reset_index()
    pairs = pairs.rename(columns={"ab": "flow_ab", "ba": "flow_ba"})
    pairs["flow"] = pairs["flow_ab"] + pairs["flow_ba"]
    return pairs


def _sort_pairs(pairs: pd.DataFrame) -> pd.DataFrame:
    """Largest flow first; ties by ids (deterministic)."""
    keys = pd.DataFrame(
        {
            "f": -pairs["flow"].to_numpy(),
            "a": pairs["a"].map(id_sort_key),
            "b": pairs["b"].map(id_sort_key),
        }
    )
    order = sorted(
        range(len(pairs)), key=lambda k: (keys["f"].iat[k], keys["a"].iat[k], keys["b"].iat[k])
    )
    return pairs.iloc[order].reset_index(drop=True)


def _dominant_keep(
    origins: Sequence[str],
    destinations: Sequence[str],
    counts: Sequence[float],
    pairs: pd.DataFrame,
    ratio: float,
    sizes: Mapping[str, float] | None,
) -> np.ndarray:
    directed = pd.DataFrame(
        {"o": list(origins), "d": list(destinations), "v": np.asarray(counts, dtype=float)}
    )
    directed = directed[(directed["o"] != directed["d"]) & (directed["v"] > 0)]
    directed = directed.groupby(["o", "d"], sort=False)["v"].sum().reset_index()
    inflow = directed.groupby("d")["v"].sum().to_dict()

    def size(node: str) -> float:
        if sizes is not None:
            return float(sizes.get(node) or 0.0)
        return float(inflow.get(node, 0.0))

    directed["dk"] = directed["d"].map(id_sort_key)
    directed = directed.sort_values(["o", "v"], ascending=[True, False], kind="mergesort")
    kept: set[tuple[str, str]] = set()
    for origin, group in directed.groupby("o", sort=False):
        best_flow = group["v"].max()
        candidates = group[group["v"] == best_flow]
        target = min(candidates["d"], key=id_sort_key)
        if size(target) > ratio * size(origin):
            a, b = sorted((origin, target), key=id_sort_key)
            kept.add((a, b))
    return np.array([(a, b) in kept for a, b in zip(pairs["a"], pairs["b"])], dtype=bool)


def _k_largest_keep(pairs: pd.DataFrame, k: int) -> np.ndarray:
    long = pd.concat(
        [
            pd.DataFrame(
                {"node": pairs["a"], "other": pairs["b"], "flow": pairs["flow"], "row": pairs.index}
            ),
            pd.DataFrame(
                {"node": pairs["b"], "other": pairs["a"], "flow": pairs["flow"], "row": pairs.index}
            ),
        ],
        ignore_index=True,
    )
    long["ok"] = long["other"].map(id_sort_key)
    long = long.sort_values(["node", "flow", "ok"], ascending=[True, False, True], kind="mergesort")
    long["rank"] = long.groupby("node").cumcount() + 1
    rows = set(long.loc[long["rank"] <= k, "row"])
    return np.array([r in rows for r in pairs.index], dtype=bool)


def _cumulative_keep(pairs: pd.DataFrame, share: float) -> np.ndarray:
    total = float(pairs["flow"].sum())
    if total <= 0:
        return np.zeros(len(pairs), dtype=bool)
    before = (pairs["flow"].cumsum() - pairs["flow"]).to_numpy() / total
    return before < share - 1e-12


def corridors_from_flows(
    origins: Sequence[str],
    destinations: Sequence[str],
    counts: Sequence[float],
    options: CorridorOptions,
    *,
    border: Mapping[str, object] | None = None,
    country: Mapping[str, object] | None = None,
    border_name: str = "county",
    country_name: str = "country",
    sizes: Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """The corridors (columns :data:`CORRIDOR_FIELDS`), largest flow first.

    ``origins``/``destinations`` are node ids (flows already mapped to nodes). Raises
    :class:`InputError` saying which step removed everything when nothing is left.
    """
    options.validate()
    pairs = symmetric_pairs(origins, destinations, counts)
    if pairs.empty:
        raise InputError(
            "No flow between two different nodes: every flow is within a node or zero, so no "
            "corridor can be drawn."
        )
    pairs = _sort_pairs(pairs)
    value = options.effective_value
    if options.rule == "dominant":
        keep = _dominant_keep(origins, destinations, counts, pairs, value, sizes)
    elif options.rule == "k_largest":
        keep = _k_largest_keep(pairs, int(value))
    elif options.rule == "threshold":
        keep = pairs["flow"].to_numpy() >= value
    else:
        keep = _cumulative_keep(pairs, value)
    kept = pairs[keep].reset_index(drop=True)
    if kept.empty:
        largest = float(pairs["flow"].max())
        raise InputError(
            "The corridor rule '{rule}' (value {value:g}) removed every one of the "
            "{count} node pairs with flow (the largest pair has {largest:,.0f} persons); "
            "lower the value or choose another rule.",
            rule=options.rule,
            value=value,
            count=len(pairs),
            largest=largest,
        )
    out = pd.DataFrame(
        {
            "from_id": kept["a"].to_numpy(dtype=object),
            "to_id": kept["b"].to_numpy(dtype=object),
            "flow_from_to": kept["flow_ab"].to_numpy(),
            "flow_to_from": kept["flow_ba"].to_numpy(),
            "flow": kept["flow"].to_numpy(),
        }
    )
    out["width_class"] = classify_widths(out["flow"].to_numpy(), options.width_classes)
    flags, texts = [], []
    for a, b in zip(out["from_id"], out["to_id"]):
        flag, text = border_crossed(
            None if border is None else (border.get(a), border.get(b)),
            None if country is None else (country.get(a), country.get(b)),
            border_name,
            country_name,
        )
        flags.append(flag)
        texts.append(text)
    out["cross_border"] = pd.array(flags, dtype="boolean") if flags else []
    out["border_crossed"] = texts
    return out[list(CORRIDOR_FIELDS)]


def pairs_within(
    origin_xy: np.ndarray, destination_xy: np.ndarray, max_length: float
) -> np.ndarray:
    """True for the pairs whose ends are at most ``max_length`` apart (straight line, map
    units; pairs with an unknown end are kept).

    Applied to the flows before the corridor rule, so that e.g. "k largest per node" picks
    each node's largest partners within reach and a regional structure image is not swamped
    by a capital's long-distance links (Oslo - Tromsø on the Norwegian data).
    """
    if max_length <= 0:
        raise InputError("The longest corridor must be above 0 (got {value}).", value=max_length)
    o = np.asarray(origin_xy, dtype=float).reshape(-1, 2)
    d = np.asarray(destination_xy, dtype=float).reshape(-1, 2)
    with np.errstate(invalid="ignore"):
        return ~(np.hypot(*(o - d).T) > max_length)


def border_crossed(
    county: tuple[object, object] | None,
    country: tuple[object, object] | None,
    county_name: str = "county",
    country_name: str = "country",
) -> tuple[bool | None, str]:
    """(cross_border, text) from the two ends' county and country values.

    ``text`` names each attribute that differs with both values in order, e.g.
    ``"landskod NO/SE; lanskod 06/09"``; empty when no border is crossed. None (unknown) when
    an end has no value for a compared attribute and no other attribute differs.
    """
    parts, unknown = [], False
    for name, ends in ((country_name, country), (county_name, county)):
        if ends is None:
            continue
        a, b = (normalise_id(e) for e in ends)
        if a is None or b is None:
            unknown = True
        elif a != b:
            lo, hi = sorted((a, b), key=id_sort_key)
            parts.append(f"{name} {lo}/{hi}")
    if parts:
        return True, "; ".join(parts)
    if unknown or (county is None and country is None):
        return None, ""
    return False, ""


def nullable_flag(value: object) -> bool | None:
    """A cross-border flag of a corridor frame (pandas' nullable boolean: True, False or NA)
    as True, False or None (unknown)."""
    try:
        return None if value is None or bool(value != value) else bool(value)
    except TypeError:  # pd.NA
        return None
