"""The result of every commuting-region method: a :class:`Partition` of units into regions.

One object carries what the Processing algorithms write (spec commuting-regions.md and issue 3,
OUTPUT): per unit the region, its role and the indicators R, W, p1, p2; per region an id and a
name; and what the method did (method name, parameters, variant, reserve-list events, log
messages, diagnostics). It holds plain numpy/pandas data so that it can be tested, pickled and
compared without QGIS.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import numpy as np
import pandas as pd

from ...errors import Cancelled

#: Roles a unit can have.
ROLE_CENTRE = "centre"
ROLE_MEMBER = "member"
ROLE_ZERO_LIST = "zero-list"
ROLE_UNASSIGNED = "unassigned"
ROLES = (ROLE_CENTRE, ROLE_MEMBER, ROLE_ZERO_LIST, ROLE_UNASSIGNED)

#: Columns of :meth:`Partition.to_frame`, in order (the OUTPUT table of issue 3).
UNIT_FIELDS = ("unit_id", "region_id", "region_name", "role", "R", "W", "p1", "p2")

ProgressCallback = Optional[Callable[[float], None]]
CancelCallback = Optional[Callable[[], bool]]


class Feedback:
    """Wraps the optional ``progress(percent)`` and ``cancelled() -> bool`` callbacks."""

    __slots__ = ("_cancelled", "_progress")

    def __init__(self, progress: ProgressCallback = None, cancelled: CancelCallback = None):
        self._progress = progress
        self._cancelled = cancelled

    def progress(self, percent: float) -> None:
        if self._progress is not None:
            self._progress(float(min(max(percent, 0.0), 100.0)))

    def check(self) -> None:
        """Raise :class:`~regionatlas.errors.Cancelled` when the user cancelled."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled("The computation of commuting regions was cancelled.")


@dataclass(frozen=True, eq=False)
class Partition:
    """Units grouped into regions by one method.

    Attributes
    ----------
    units:
        Unit ids (text), in id order (:func:`regionatlas.ids.id_sort_key`).
    region:
        Region index per unit (``0 .. n_regions-1``); ``-1`` for zero-list or unassigned units.
    role:
        Per unit one of ``"centre"``, ``"member"``, ``"zero-list"``, ``"unassigned"``.
    region_ids, region_names:
        Per region index: a stable id (the id of the region's centre unit, centres joined with
        "-" for SCB multi-centre regions) and a display name (the same with unit names when
        given).
    method, parameters, variant:
        What ran: e.g. ``"euro"``, ``{"MIN_SIZE": 3500, ...}``, ``"istat"``/``"strict"``.
    events:
        Reserve-list events (EURO) as dicts with at least ``unit`` and ``action``.
    messages:
        Lines for the Processing log (what was set aside, ties, variant ...).
    residents, jobs, p1, p2:
        Per-unit R, W and the SCB indicators (NaN where not known, e.g. R from an indicator
        table).
    diagnostics:
        Method-specific extra results (EURO selection trace and first selected validity,
        Leiden modularity, Tolbert-Sizer merge heights ...).
    """

    units: np.ndarray
    region: np.ndarray
    role: np.ndarray
    region_ids: list[str]
    region_names: list[str]
    method: str
    parameters: dict[str, Any] = field(default_factory=dict)
    variant: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    residents: np.ndarray | None = None
    jobs: np.ndarray | None = None
    p1: np.ndarray | None = None
    p2: np.ndarray | None = None
    diagnostics: dict[str, Any] = field(default_factory=dict)

    # -- views --------------------------------------------------------------------------------
    @property
    def n_units(self) -> int:
        return len(self.units)

    @property
    def n_regions(self) -> int:
        return len(self.region_ids)

    def members(self, k: int) -> list[str]:
        """Unit ids of region index ``k`` in id order."""
        return self.units[self.region == k].tolist()

    def region_sets(self) -> set[frozenset[str]]:
        """The partition as a set of frozensets of unit ids (zero list/unassigned excluded).

        This is how partitions are compared in the tests: never by count alone.
        """
        groups: list[list[str]] = [[] for _ in range(self.n_regions)]
        for uid, k in zip(self.units.tolist(), self.region.tolist()):
            if k >= 0:
                groups[k].append(uid)
        return {frozenset(g) for g in groups}

    def unassigned(self) -> list[str]:
        """Unit ids without a region (zero list and unassigned)."""
        return self.units[self.region < 0].tolist()

    def zero_list(self) -> list[str]:
        return self.units[self.role == ROLE_ZERO_LIST].tolist()

    def region_of(self) -> dict[str, str | None]:
        """Mapping unit id -> region id (None without a region)."""
        rid = self.region_ids
        return {
            u: (rid[k] if k >= 0 else None)
            for u, k in zip(self.units.tolist(), self.region.tolist())
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per unit with :data:`UNIT_FIELDS` (the algorithms' OUTPUT table)."""
        n = self.n_units
        rid = np.array([*self.region_ids, None], dtype=object)
        rname = np.array([*self.region_names, None], dtype=object)
        k = np.where(self.region >= 0, self.region, len(self.region_ids))

        def col(a: np.ndarray | None) -> np.ndarray:
            return np.full(n, np.nan) if a is None else np.asarray(a, dtype=float)

        return pd.DataFrame(
            {
                "unit_id": self.units,
                "region_id": rid[k],
                "region_name": rname[k],
                "role": self.role,
                "R": col(self.residents),
                "W": col(self.jobs),
                "p1": col(self.p1),
                "p2": col(self.p2),
            },
            columns=list(UNIT_FIELDS),
        )


def _name_for(uid: str, names: Mapping[str, str] | None) -> str:
    if names is None:
        return uid
    name = names.get(uid)
    return uid if name is None or name != name else str(name)


def build_partition(
    units: np.ndarray,
    labels: np.ndarray,
    *,
    method: str,
    parameters: Mapping[str, Any],
    jobs: np.ndarray | None,
    residents: np.ndarray | None = None,
    zero_list: np.ndarray | None = None,
    centres: Sequence[Sequence[int]] | None = None,
    names: Mapping[str, str] | None = None,
    variant: str | None = None,
    events: list[dict[str, Any]] | None = None,
    messages: list[str] | None = None,
    p1: np.ndarray | None = None,
    p2: np.ndarray | None = None,
    diagnostics: dict[str, Any] | None = None,
) -> Partition:
    """Turn arbitrary cluster labels (``-1`` = no region) into a :class:`Partition`.

    Regions are numbered in the order of their first unit (id order), which makes the result
    independent of internal cluster numbers. Without explicit ``centres``, each region's centre
    is its unit with the most jobs W (ties: smallest id) and the region is named after it
    (spec section 2, step 7, applied to every method for consistency).
    """
    units = np.asarray(units, dtype=object)
    labels = np.asarray(labels, dtype=np.int64)
    n = len(units)
    assigned = labels >= 0
    # the units of each label together, each label's units in unit order (one stable sort)
    idx = np.flatnonzero(assigned)
    lab = labels[idx]
    o = np.argsort(lab, kind="stable")
    sorted_labels = lab[o]
    starts = np.flatnonzero(np.r_[True, sorted_labels[1:] != sorted_labels[:-1]])
    if not len(lab):
        starts = starts[:0]
    uniq = sorted_labels[starts]  # as np.unique(lab, return_index=True), from the same sort
    first = o[starts]
    # renumber by first occurrence in unit order
    order = np.argsort(first, kind="stable")
    remap = np.full(int(labels.max(initial=-1)) + 1 if assigned.any() else 0, -1, dtype=np.int64)
    remap[uniq[order]] = np.arange(len(uniq))
    region = np.full(n, -1, dtype=np.int64)
    region[assigned] = remap[lab]
    n_reg = len(uniq)

    role = np.full(n, ROLE_MEMBER, dtype=object)
    role[~assigned] = ROLE_UNASSIGNED
    if zero_list is not None:
        role[np.asarray(zero_list, dtype=bool)] = ROLE_ZERO_LIST

    if centres is None:
        # per region: max W, ties smallest index; each label's units are in unit order, so
        # the first to reach the label's maximum (W NaN counts as lowest, as in a sort)
        w = np.zeros(n) if jobs is None else np.asarray(jobs, dtype=float)
        wg = w[idx[o]]
        wg[np.isnan(wg)] = -np.inf
        picked = np.empty(n_reg, dtype=np.int64)
        if n_reg:
            top = np.maximum.reduceat(wg, starts)
            hit = np.flatnonzero(wg == np.repeat(top, np.diff(np.r_[starts, len(wg)])))
            group = np.searchsorted(starts, hit, side="right") - 1
            firsts = np.r_[True, group[1:] != group[:-1]]
            picked[remap[uniq]] = idx[o[hit[firsts]]]
        region_ids = units[picked].tolist()
        if names is None:
            region_names = list(region_ids)
        else:
            region_names = [_name_for(uid, names) for uid in region_ids]
        role[picked] = ROLE_CENTRE
    else:
        centre_lists: list[list[int]] = [[] for _ in range(n_reg)]
        for group in centres:
            group = list(group)
            if not group:
                continue
            k = region[group[0]]
            if k >= 0:
                centre_lists[k] = group
        region_ids = []
        region_names = []
        unit_list = units.tolist()
        all_centres: list[int] = []
        for group in centre_lists:
            if len(group) == 1:
                uid = unit_list[group[0]]
                all_centres.append(group[0])
                region_ids.append(uid)
                region_names.append(uid if names is None else _name_for(uid, names))
                continue
            all_centres.extend(group)
            region_ids.append("-".join(unit_list[c] for c in group))
            region_names.append("-".join(_name_for(unit_list[c], names) for c in group))
        if all_centres:
            role[np.asarray(all_centres, dtype=np.int64)] = ROLE_CENTRE
    return Partition(
        units=units,
        region=region,
        role=role,
        region_ids=region_ids,
        region_names=region_names,
        method=method,
        parameters=dict(parameters),
        variant=variant,
        events=list(events or []),
        messages=list(messages or []),
        residents=None if residents is None else np.asarray(residents, dtype=float),
        jobs=None if jobs is None else np.asarray(jobs, dtype=float),
        p1=p1,
        p2=p2,
        diagnostics=dict(diagnostics or {}),
    )


def unit_indicators(
    table, sums: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """R, W, p1, p2 per unit of an :class:`~regionatlas.commuting.odtable.ODTable`.

    ``sums``: the table's residents, jobs and self flows when the caller has them already
    (computed from ``table.matrix`` the way its properties compute them).
    """
    from ..odtable import largest_destination

    r, w, s = (table.residents, table.jobs, table.self_flow) if sums is None else sums
    _, best_flow = largest_destination(table)
    with np.errstate(divide="ignore", invalid="ignore"):
        p1 = np.where(r > 0, (r - s) / np.where(r > 0, r, 1), np.nan)
        p2 = np.where(r > 0, best_flow / np.where(r > 0, r, 1), np.nan)
    return r, w, p1, p2
