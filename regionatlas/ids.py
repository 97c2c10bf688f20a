"""Unit identifiers: strings end to end.

Swedish kommunkod "0114" and Norwegian "0301" keep their leading zeros, so ids are never
parsed as numbers. Where a method needs an order ("ties: smallest id", "clusters numbered
in ascending unit id", spec commuting-regions.md) ids that are all digits are ordered by
their numeric value (then text), other ids by their text.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np


def normalise_id(value: object) -> str | None:
    """Return an id as text, or None when it is missing.

    Integral floats (``114.0``, as OGR delivers integer columns read as real) become "114";
    a leading zero lost by a numeric field cannot be recovered here.
    """
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    text = str(value).strip()
    if text == "" or text.upper() == "NULL":
        return None
    return text


def id_sort_key(unit_id: str) -> tuple:
    """Sort key: digit-only ids by number, then all others by text."""
    if unit_id.isdigit():
        return (0, int(unit_id), unit_id)
    return (1, 0, unit_id)


def example_list(values: Sequence[object], limit: int = 5, quoted: bool = False) -> str:
    """The first ``limit`` values for a message, then how many more: "a, b, c … (+3)".

    Language-neutral, because it is placed inside messages that are translated.
    """
    values = list(values)
    shown = ", ".join(repr(v) if quoted else str(v) for v in values[:limit])
    more = len(values) - limit
    return shown + (f" … (+{more})" if more > 0 else "")


def sorted_ids(ids: Iterable[str]) -> list[str]:
    """Unique ids in method order (see module docstring)."""
    return sorted(set(ids), key=id_sort_key)
