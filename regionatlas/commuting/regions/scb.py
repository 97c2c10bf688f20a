"""SCB local labour markets (LA-regioner), Sweden.

Source: Statistics Sweden (SCB), *Lokala arbetsmarknader - beskrivning av metoden* (the LA
method used since 1985); spec commuting-regions.md section 1. Per unit i:

- ``p1 = (R[i] - F[i,i]) / R[i]``: share of employed residents working in another unit;
- ``till[i] = argmax_{j != i} F[i,j]`` (ties: smallest id) and ``p2 = F[i, till[i]] / R[i]``.

A unit is a centre when ``p1 <= CENTRE_MAX_OUT`` (0.20) and ``p2 <= CENTRE_MAX_SINGLE`` (0.075).
Every other unit follows its ``till`` link; the chain ends at a centre (the unit joins that
centre's region) or in a cycle (in practice a mutual pair such as Stockholm-Solna), which
becomes one multi-centre region. Following the links is a walk on a functional graph, done
once per unit with memoisation, so the cost is linear in the number of units.

Two entry points: :func:`scb_regions` computes the indicators from an OD table;
:func:`scb_regions_from_indicators` applies the rule to a table that already has them (this is
how SCB's published files are checked).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from ...errors import InputError
from ...ids import id_sort_key, normalise_id
from ..odtable import ODTable, largest_destination_and_ties
from .parameters import SCB_CENTRE_MAX_OUT, SCB_CENTRE_MAX_SINGLE, check_share
from .partition import (
    ROLE_UNASSIGNED,
    CancelCallback,
    Feedback,
    Partition,
    ProgressCallback,
    build_partition,
)


def follow_links(centre: np.ndarray, till: np.ndarray) -> tuple[np.ndarray, list[list[int]]]:
    """Resolve ``till`` chains (spec section 1, step 2).

    ``centre`` is a boolean mask, ``till`` the index of each unit's largest destination (-1:
    none). Returns a region label per unit (-1 when the chain ends at a unit without a link
    that is not a centre) and the list of centre groups: one group per single centre (in
    index order), then one group per cycle of non-centres (a multi-centre region), in order
    of the smallest unit whose chain reaches it.

    Vectorised: the links of non-centres form a functional graph whose weak components each
    end in one centre, one unit without a link, or one cycle. Pointer doubling (``p = p[p]``,
    log2(n) times) takes every unit to that end; the cycle members are the ends that still
    have a link. Linear-logarithmic in the number of units, no Python loop per unit.
    """
    n = len(centre)
    centre = np.asarray(centre, dtype=bool)
    till = np.asarray(till, dtype=np.int64)
    linked = ~centre & (till >= 0)
    jump = np.where(linked, till, np.arange(n))
    for _ in range(max(1, int(n).bit_length())):
        jump = jump[jump]
    src = np.flatnonzero(linked)
    graph = sp.csr_array((np.ones(len(src), dtype=np.int8), (src, till[src])), shape=(n, n))
    _, component = connected_components(graph, directed=True, connection="weak")
    centres = np.flatnonzero(centre)
    label = np.full(n, -1, dtype=np.int64)
    group_of_centre = np.full(n, -1, dtype=np.int64)
    group_of_centre[centres] = np.arange(len(centres))
    ends_at_centre = centre[jump]
    label[ends_at_centre] = group_of_centre[jump[ends_at_centre]]
    groups: list[list[int]] = [[int(c)] for c in centres.tolist()]
    cycle_nodes = np.unique(jump[linked[jump]])
    if len(cycle_nodes):
        # components with a cycle, ordered by their smallest unit
        first_unit = np.full(component.max() + 1, n, dtype=np.int64)
        np.minimum.at(first_unit, component, np.arange(n))
        cycle_comp = component[cycle_nodes]
        order = np.lexsort((cycle_nodes, first_unit[cycle_comp]))
        cycle_nodes, cycle_comp = cycle_nodes[order], cycle_comp[order]
        starts = np.flatnonzero(np.r_[True, cycle_comp[1:] != cycle_comp[:-1]])
        group_of_comp = np.full(component.max() + 1, -1, dtype=np.int64)
        group_of_comp[cycle_comp[starts]] = len(groups) + np.arange(len(starts))
        groups.extend(part.tolist() for part in np.split(cycle_nodes, starts[1:]))
        in_cycle_comp = ~ends_at_centre & linked[jump]
        label[in_cycle_comp] = group_of_comp[component[in_cycle_comp]]
    return label, groups


def _order_groups(groups: list[list[int]], size: np.ndarray | None) -> list[list[int]]:
    """Centres of a multi-centre region: largest R first (ties and unknown R: id order)."""
    if size is None:
        return [g if len(g) == 1 else sorted(g) for g in groups]
    return [g if len(g) == 1 else sorted(g, key=lambda u: (-size[u], u)) for g in groups]


def _apply_rule(
    units: np.ndarray,
    till: np.ndarray,
    p1: np.ndarray,
    p2: np.ndarray,
    *,
    max_out: float,
    max_single: float,
    residents: np.ndarray | None,
    jobs: np.ndarray | None,
    names: Mapping[str, str] | None,
    method: str,
    messages: list[str],
    fb: Feedback,
) -> Partition:
    max_out = check_share(max_out, "CENTRE_MAX_OUT")
    max_single = check_share(max_single, "CENTRE_MAX_SINGLE")
    with np.errstate(invalid="ignore"):
        centre = (p1 <= max_out) & (p2 <= max_single)
    fb.check()
    stuck = ~centre & (till < 0)
    label, groups = follow_links(centre, till)
    fb.progress(80.0)
    if stuck.any():
        messages.append(
            f"{int(stuck.sum())} unit(s) are no centre and have no largest destination "
            f"(no employed residents?) and stay unassigned: {', '.join(units[stuck][:10])}"
        )
    if not centre.any() and not groups:
        raise InputError(
            "No unit qualifies as an LA centre and no chain of links closes: no region."
        )
    groups = _order_groups(groups, residents)
    multi = [g for g in groups if len(g) > 1]
    if multi:
        messages.append(
            f"{len(multi)} multi-centre region(s) from mutual largest destinations: "
            + "; ".join("-".join(units[u] for u in g) for g in multi[:10])
        )
    part = build_partition(
        units,
        label,
        method=method,
        parameters={"CENTRE_MAX_OUT": max_out, "CENTRE_MAX_SINGLE": max_single},
        jobs=jobs,
        residents=residents,
        centres=groups,
        names=names,
        messages=messages,
        p1=p1,
        p2=p2,
    )
    part.role[label < 0] = ROLE_UNASSIGNED
    # centre ids per region, main centre (largest R, the one SCB names and numbers the region
    # by) first; "centres_by_size" says whether R was known to order them
    centre_ids: list[list[str]] = [[] for _ in range(part.n_regions)]
    for group in groups:
        k = int(part.region[group[0]])
        if k >= 0:
            centre_ids[k] = [str(units[u]) for u in group]
    part.diagnostics["centres"] = centre_ids
    part.diagnostics["centres_by_size"] = residents is not None
    part.diagnostics["largest_destination"] = np.where(till >= 0, units[np.maximum(till, 0)], None)
    fb.progress(100.0)
    return part


def scb_regions(
    table: ODTable,
    centre_max_out: float = SCB_CENTRE_MAX_OUT,
    centre_max_single: float = SCB_CENTRE_MAX_SINGLE,
    *,
    names: Mapping[str, str] | None = None,
    progress: ProgressCallback = None,
    cancelled: CancelCallback = None,
) -> Partition:
    """SCB LA regions from an OD table (spec section 1).

    Units whose only flow is to themselves (p1 = 0) become one-unit regions of their own; units
    without employed residents have no p1 and stay unassigned. Both cases are logged.
    ``diagnostics["largest_destination"]`` gives ``till`` per unit (None without one).
    """
    fb = Feedback(progress, cancelled)
    r = table.residents
    w = table.jobs
    s = table.self_flow
    best, best_flow, ties = largest_destination_and_ties(table)
    with np.errstate(divide="ignore", invalid="ignore"):
        p1 = np.where(r > 0, (r - s) / np.where(r > 0, r, 1), np.nan)
        p2 = np.where(r > 0, best_flow / np.where(r > 0, r, 1), np.nan)
    messages = list(table.messages)
    only_self = (r > 0) & (best < 0)
    if only_self.any():
        messages.append(
            f"{int(only_self.sum())} unit(s) have flows only to themselves and form regions of "
            f"their own: {', '.join(table.units[only_self][:10])}"
        )
    # ties in the largest destination: report them (resolved to the smallest id)
    tied = np.flatnonzero(ties > 1)
    if len(tied):
        messages.append(
            f"{len(tied)} unit(s) have several equally large destinations; the one with the "
            f"smallest id was taken: {', '.join(table.units[tied][:10])}"
        )
    fb.progress(30.0)
    return _apply_rule(
        table.units,
        best,
        p1,
        p2,
        max_out=centre_max_out,
        max_single=centre_max_single,
        residents=r,
        jobs=w,
        names=names,
        method="scb",
        messages=messages,
        fb=fb,
    )


def scb_regions_from_indicators(
    units: Sequence[object],
    largest_destination: Sequence[object],
    p1: Sequence[object],
    p2: Sequence[object],
    centre_max_out: float = SCB_CENTRE_MAX_OUT,
    centre_max_single: float = SCB_CENTRE_MAX_SINGLE,
    *,
    residents: Sequence[float] | None = None,
    names: Mapping[str, str] | None = None,
    unit_field: str = "unit",
    destination_field: str = "largest_destination",
    p1_field: str = "p1",
    p2_field: str = "p2",
    progress: ProgressCallback = None,
    cancelled: CancelCallback = None,
) -> Partition:
    """SCB LA regions from a per-unit indicator table (unit, largest_destination, p1, p2).

    This is the check against SCB's published files (``regionatlas:laregionsfromindicators``).
    The ``*_field`` names only serve the error messages. ``residents`` (optional) orders the
    centres of a multi-centre region in its name (largest first); without it, id order.

    Raises :class:`InputError` for a missing or duplicate unit id, a p1/p2 that is not a number
    in 0..1, or a ``largest_destination`` that is not a unit of the table.
    """
    fb = Feedback(progress, cancelled)
    n = len(units)
    if not (n == len(largest_destination) == len(p1) == len(p2)):
        raise InputError("The unit, destination, p1 and p2 columns differ in length.")
    if n == 0:
        raise InputError("The indicator table is empty.")
    rows = np.arange(1, n + 1)
    ids = [normalise_id(u) for u in units]
    for k, u in enumerate(ids):
        if u is None:
            raise InputError(
                "Row {row}: the unit id in field '{field}' is empty.", row=k + 1, field=unit_field
            )
    seen: dict[str, int] = {}
    for k, u in enumerate(ids):
        if u in seen:
            raise InputError(
                "Row {row}: unit '{unit}' in field '{field}' occurs twice "
                "(first on row {first}); the indicator table needs one row per unit.",
                row=k + 1,
                unit=u,
                field=unit_field,
                first=seen[u] + 1,
            )
        seen[u] = k
    order = sorted(range(n), key=lambda k: id_sort_key(ids[k]))
    unit_arr = np.array([ids[k] for k in order], dtype=object)
    pos = {u: k for k, u in enumerate(unit_arr.tolist())}
    dest_raw = [normalise_id(largest_destination[k]) for k in order]
    till = np.full(n, -1, dtype=np.int64)
    for k, d in enumerate(dest_raw):
        if d is None:
            continue
        j = pos.get(d)
        if j is None:
            raise InputError(
                "Row {row}: the largest destination '{destination}' of unit '{unit}' "
                "(field '{field}') is not a unit of the table. Every destination "
                "must itself be a row of the indicator table.",
                row=order[k] + 1,
                destination=d,
                unit=unit_arr[k],
                field=destination_field,
            )
        if j == k:
            raise InputError(
                "Row {row}: unit '{unit}' names itself as its largest destination "
                "in field '{field}'; it must be another unit.",
                row=order[k] + 1,
                unit=unit_arr[k],
                field=destination_field,
            )
        till[k] = j
    a1 = _shares([p1[k] for k in order], p1_field, rows[order])
    a2 = _shares([p2[k] for k in order], p2_field, rows[order])
    size = None
    if residents is not None:
        size = np.asarray([float(residents[k]) for k in order])
    return _apply_rule(
        unit_arr,
        till,
        a1,
        a2,
        max_out=centre_max_out,
        max_single=centre_max_single,
        residents=size,
        jobs=None,
        names=names,
        method="scb-indicators",
        messages=[],
        fb=fb,
    )


def _shares(values: list[object], field_name: str, rows: np.ndarray) -> np.ndarray:
    """Parse a share column (text or numbers, decimal comma accepted); empty -> NaN."""
    arr = np.full(len(values), np.nan)
    present = np.array([normalise_id(v) is not None for v in values], dtype=bool)
    if present.any():
        text = pd.Series(
            [str(values[k]).strip().replace(",", ".") for k in np.flatnonzero(present)]
        )
        parsed = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float)
        bad = ~np.isfinite(parsed)
        if bad.any():
            k = int(np.flatnonzero(bad)[0])
            raise InputError(
                "Row {row}: {value!r} in field '{field}' is not a number.",
                row=rows[present][k],
                value=text[k],
                field=field_name,
            )
        arr[present] = parsed
    out = present & ((arr < 0) | (arr > 1))
    if out.any():
        k = int(np.flatnonzero(out)[0])
        raise InputError(
            "Row {row}: {field} = {value:g} is a share and must lie between 0 and 1.",
            row=rows[k],
            field=field_name,
            value=arr[k],
        )
    return arr


def scb_regions_from_frame(
    frame: pd.DataFrame,
    unit_field: str,
    destination_field: str,
    p1_field: str,
    p2_field: str,
    centre_max_out: float = SCB_CENTRE_MAX_OUT,
    centre_max_single: float = SCB_CENTRE_MAX_SINGLE,
    *,
    name_field: str | None = None,
    size_field: str | None = None,
    progress: ProgressCallback = None,
    cancelled: CancelCallback = None,
) -> Partition:
    """:func:`scb_regions_from_indicators` on a DataFrame, with field names checked.

    ``size_field`` (optional): employed residents per unit, which orders the centres of a
    multi-centre region (name and LA code follow the largest)."""
    for f in (
        unit_field,
        destination_field,
        p1_field,
        p2_field,
        *([name_field] if name_field else []),
        *([size_field] if size_field else []),
    ):
        if f not in frame.columns:
            raise InputError(
                "The indicator table has no field '{field}'. Fields: {fields}.",
                field=f,
                fields=", ".join(map(str, frame.columns)),
            )
    names = None
    if name_field:
        names = {normalise_id(u): str(v) for u, v in zip(frame[unit_field], frame[name_field])}
    residents = None
    if size_field:
        residents = _sizes(frame[size_field].tolist(), size_field)
    return scb_regions_from_indicators(
        frame[unit_field].tolist(),
        frame[destination_field].tolist(),
        frame[p1_field].tolist(),
        frame[p2_field].tolist(),
        centre_max_out,
        centre_max_single,
        residents=residents,
        names=names,
        unit_field=unit_field,
        destination_field=destination_field,
        p1_field=p1_field,
        p2_field=p2_field,
        progress=progress,
        cancelled=cancelled,
    )


def _sizes(values: list[object], field_name: str) -> list[float]:
    """Parse a size column (employed residents): numbers >= 0, decimal comma accepted."""
    out = []
    for row, value in enumerate(values, start=1):
        text = "" if normalise_id(value) is None else str(value).strip().replace(",", ".")
        number = pd.to_numeric(text.replace(" ", "").replace("\u00a0", ""), errors="coerce")
        if text == "" or not np.isfinite(number) or number < 0:
            raise InputError(
                "Row {row}: {value!r} in field '{field}' is not a size (a number of employed "
                "residents, 0 or more).",
                row=row,
                value=text,
                field=field_name,
            )
        out.append(float(number))
    return out
