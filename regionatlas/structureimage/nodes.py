"""Nodes of a structure image: which node stands for an OD id, which flows reach the nodes,
and which nodes are labelled.

Spec structure-image.md ("Layers", "Corridor derivation"): corridors join *nodes*, while the
commuting table counts persons between *units* (municipalities). Several nodes may carry the
same unit id (the tätorter of one municipality); the flow of that unit is drawn from one of
them, the representative: the highest-ranked (rank 1 = top), then the largest, then by name.
Flows whose unit has no node cannot be drawn; they are counted and reported, never dropped
silently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError
from ..ids import example_list, id_sort_key
from .corridors import pairs_within


def representative_nodes(
    keys: Sequence[str | None],
    ranks: Sequence[int],
    sizes: Sequence[float | None],
    names: Sequence[str],
) -> dict[str, int]:
    """OD id -> index of the node drawn for it: lowest rank number, then largest size, then
    name. Nodes without an id (None) stand for no unit."""
    best: dict[str, tuple] = {}
    for k, (key, rank, size, name) in enumerate(zip(keys, ranks, sizes, names)):
        if key is None:
            continue
        order = (int(rank), -(size or 0.0), str(name), k)
        if key not in best or order < best[key]:
            best[key] = order
    return {key: order[-1] for key, order in best.items()}


@dataclass
class MatchedFlows:
    """The flows between nodes, ready for :func:`corridors_from_flows`."""

    origins: np.ndarray
    destinations: np.ndarray
    counts: np.ndarray
    #: OD ids with flows but no node, in id order, and the persons of their flows.
    missing_ids: list[str] = field(default_factory=list)
    lost_persons: float = 0.0
    #: Flows between nodes further apart than the length limit, and their persons.
    too_long: int = 0
    too_long_persons: float = 0.0


def match_flows(
    units: Sequence[str],
    rows: np.ndarray,
    cols: np.ndarray,
    counts: np.ndarray,
    node_xy: Mapping[str, tuple[float, float]],
    *,
    max_length: float | None = None,
    id_field: str = "id",
) -> MatchedFlows:
    """The OD flows (``units[rows[k]] -> units[cols[k]]``, ``counts[k]`` persons) whose both
    ends are nodes (``node_xy``: OD id -> the representative node's x, y), and, with
    ``max_length`` (map units), whose ends are at most that far apart.

    Raises :class:`InputError` naming the step that left no flow between two nodes.
    """
    units = np.asarray(units, dtype=object)
    rows, cols = np.asarray(rows), np.asarray(cols)
    counts = np.asarray(counts, dtype=float)
    known = np.array([u in node_xy for u in units], dtype=bool)
    inside = known[rows] & known[cols]
    if not inside.any():
        raise InputError(
            "Empty flows after matching the OD ids to the nodes: no OD id is a value of the "
            "node id field '{field}' (OD ids: {od}; node ids: {nodes}). Check the field and "
            "leading zeros.",
            field=id_field,
            od=example_list(list(units)),
            nodes=example_list(sorted(node_xy, key=id_sort_key)) or "-",
        )
    lost = float(counts[~inside].sum())
    involved = np.zeros(len(units), dtype=bool)
    involved[rows[~inside]] = True
    involved[cols[~inside]] = True
    missing = sorted((str(u) for u in units[involved & ~known]), key=id_sort_key)
    too_long, too_long_persons = 0, 0.0
    if max_length is not None:
        xy = np.full((len(units), 2), np.nan)
        for k, unit in enumerate(units):
            if unit in node_xy:
                xy[k] = node_xy[unit]
        near = pairs_within(xy[rows], xy[cols], max_length)
        dropped = inside & ~near & (rows != cols)
        too_long, too_long_persons = int(dropped.sum()), float(counts[dropped].sum())
        inside &= near
        if not (inside & (rows != cols)).any():
            raise InputError(
                "Empty flows after the length limit: no two nodes with flows between them are "
                "within {km} km. Raise 'Longest corridor in km' or set it to 0 (no limit).",
                km=f"{max_length / 1000.0:g}",
            )
    if not (inside & (rows != cols)).any():
        raise InputError(
            "Empty flows after dropping the flows within a node: every remaining flow starts "
            "and ends at the same node id."
        )
    return MatchedFlows(
        origins=units[rows[inside]],
        destinations=units[cols[inside]],
        counts=counts[inside],
        missing_ids=missing,
        lost_persons=lost,
        too_long=too_long,
        too_long_persons=too_long_persons,
    )


def labelled(
    ranks: Sequence[int],
    sizes: Sequence[float | None],
    label_ranks: int,
    budget: int | None = None,
) -> np.ndarray:
    """True for the nodes whose name is shown: ranks 1..``label_ranks``, and, with a
    ``budget``, no more than that many of them, the best-ranked then largest first (so a
    national map labels its regional centres, not hundreds of names)."""
    ranks = np.asarray(ranks, dtype=int)
    size = np.array([s or 0.0 for s in sizes], dtype=float)
    mask = ranks <= label_ranks
    if budget is not None and mask.sum() > budget:
        order = np.lexsort((-size, ranks))  # rank ascending, then size descending
        chosen = [k for k in order if mask[k]][:budget]
        mask = np.zeros(len(ranks), dtype=bool)
        mask[chosen] = True
    return mask
