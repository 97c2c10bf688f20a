"""Partitions given as tables: a region code per unit (an official delineation, an earlier run).

``regionatlas:regionchange`` compares partitions of several years; when they come as tables
(unit, region) rather than from a method, this module turns such a table into a
:class:`~.partition.Partition` whose region ids are the given codes (e.g. SCB's ``LA2201``), so
that the comparison speaks the table's language. Units without a region code are kept as
``unassigned``; there is no centre (every unit is a ``member``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ...errors import InputError
from ...ids import id_sort_key, normalise_id
from .partition import ROLE_MEMBER, ROLE_UNASSIGNED, Partition


def partition_from_labels(
    units: Sequence[object],
    regions: Sequence[object],
    *,
    residents: Sequence[object] | None = None,
    unit_field: str = "unit",
    region_field: str = "region",
    size_field: str = "size",
    label: str = "",
) -> Partition:
    """A :class:`Partition` from one region code per unit.

    ``residents`` (optional) are the units' sizes (employed residents); region sizes are then
    persons, otherwise units. ``label`` (e.g. "2021") prefixes error messages. Raises
    :class:`InputError` for an empty table, an empty or duplicate unit id or a size that is not
    a non-negative number; messages name the row and the field.
    """
    where = f"{label}: " if label else ""
    n = len(units)
    if n != len(regions) or (residents is not None and len(residents) != n):
        raise InputError("{where}the unit, region and size columns differ in length.", where=where)
    if n == 0:
        raise InputError("{where}the partition table is empty.", where=where)
    ids = [normalise_id(u) for u in units]
    seen: dict[str, int] = {}
    for k, u in enumerate(ids):
        if u is None:
            raise InputError(
                "{where}row {row}: the unit id in field '{field}' is empty.",
                where=where,
                row=k + 1,
                field=unit_field,
            )
        if u in seen:
            raise InputError(
                "{where}row {row}: unit '{unit}' in field '{field}' occurs twice (first on "
                "row {first}); a partition table needs one row per unit.",
                where=where,
                row=k + 1,
                unit=u,
                field=unit_field,
                first=seen[u] + 1,
            )
        seen[u] = k
    order = sorted(range(n), key=lambda k: id_sort_key(ids[k]))
    unit_arr = np.array([ids[k] for k in order], dtype=object)
    codes = [normalise_id(regions[k]) for k in order]
    region_ids = sorted({c for c in codes if c is not None}, key=id_sort_key)
    if not region_ids:
        raise InputError(
            "{where}no unit has a region in field '{field}'.", where=where, field=region_field
        )
    index = {c: k for k, c in enumerate(region_ids)}
    region = np.array([index[c] if c is not None else -1 for c in codes], dtype=np.int64)
    role = np.where(region >= 0, ROLE_MEMBER, ROLE_UNASSIGNED).astype(object)
    size = None
    if residents is not None:
        size = np.full(n, np.nan)
        for pos, k in enumerate(order):
            value = residents[k]
            text = normalise_id(value)
            if text is None:
                continue
            try:
                number = float(str(text).replace(",", ".").replace(" ", ""))
            except ValueError:
                raise InputError(
                    "{where}row {row}: {value!r} in field '{field}' is not a number.",
                    where=where,
                    row=k + 1,
                    value=text,
                    field=size_field,
                ) from None
            if not np.isfinite(number) or number < 0:
                raise InputError(
                    "{where}row {row}: {field} = {value} must be a number of 0 or more.",
                    where=where,
                    row=k + 1,
                    field=size_field,
                    value=text,
                )
            size[pos] = number
    messages = []
    if (region < 0).any():
        messages.append(
            f"{where}{int((region < 0).sum())} unit(s) have no region in '{region_field}'."
        )
    return Partition(
        units=unit_arr,
        region=region,
        role=role,
        region_ids=list(region_ids),
        region_names=list(region_ids),
        method="table",
        parameters={},
        messages=messages,
        residents=size,
    )
