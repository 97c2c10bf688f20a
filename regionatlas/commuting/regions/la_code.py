"""SCB's codes of local labour markets: "LA" + the year's last two digits + a serial number.

Source: Statistics Sweden (SCB), *Förteckning över lokala arbetsmarknader* (the published
list of each year's LA regions, e.g. LA 2022: LA2201 Stockholm-Solna ... LA2267 Kiruna). SCB's
method description gives the centre rule but no numbering rule in words; the rule below is
read off SCB's lists, where it holds for every region: the regions of year ``yyyy`` are
numbered 01, 02, ... in ascending order of the municipality code (kommunkod) of their main
centre, the centre the region is named after (the largest; "Katrineholm-Flen" is numbered by
Katrineholm 0483, "Karlshamn-Olofström" by Karlshamn 1082, "Arjeplog" by Arjeplog 2506 although
its member Sorsele has code 2422). Checked: on SCB's 2022 indicators the LA partition with
these codes reproduces SCB's ``la_code`` of all 290 municipalities
(tests/core/test_la_code.py).

The main centre of a multi-centre region is its largest centre (employed residents). An
indicator table (p1, p2, largest destination) does not say which that is; when the order of
such a region among the others depends on it, the codes are not determined and none are given
(:attr:`LACodes.undetermined` names those regions) rather than codes that may differ from SCB's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from ...errors import InputError
from ...ids import id_sort_key, normalise_id

#: Field of the LA code in the unit and region tables.
LA_CODE_FIELD = "la_code"
#: The letters every LA code starts with (SCB).
LA_CODE_PREFIX = "LA"
#: Digits of the serial number (SCB: two, "LA2201"); more only when there are over 99 regions.
SERIAL_DIGITS = 2
#: Years an LA code can carry (SCB's LA regions exist from 1970 on).
FIRST_YEAR, LAST_YEAR = 1970, 2099


@dataclass(frozen=True)
class LACodes:
    """LA code per region (None for every region when not determined).

    ``year`` is the year the codes carry (None when none was given); ``undetermined`` the
    multi-centre regions (their centre ids) whose place in the numbering depends on which
    of their centres is the largest, when that is not known.
    """

    codes: list[str | None]
    year: int | None
    undetermined: list[list[str]] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return all(code is not None for code in self.codes)


def la_year(value: object, parameter: str = "YEAR") -> int | None:
    """The year for the codes from a parameter value (2022, "2022"); None when empty.

    Raises :class:`InputError` for anything that is not a four-digit year in
    FIRST_YEAR..LAST_YEAR.
    """
    text = normalise_id(value)
    if text is None:
        return None
    if not (text.isdigit() and len(text) == 4 and FIRST_YEAR <= int(text) <= LAST_YEAR):
        raise InputError(
            "{parameter} = {value!r} is not a year for the LA codes: give four digits "
            "between {first} and {last}, e.g. 2022.",
            parameter=parameter,
            value=text,
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    return int(text)


def la_codes(
    centres: Sequence[Sequence[str]], year: int | None, *, largest_first: bool = True
) -> LACodes:
    """SCB's LA code of each region, from its centres (largest first when ``largest_first``).

    ``centres[k]`` are the centre unit ids of region k. With ``largest_first`` the first is
    the main centre; without it (sizes unknown) the codes are given only when every region's
    place in the order is the same whichever of its centres is the main one. Without a
    ``year`` no codes are given.
    """
    groups = [[str(c) for c in group] for group in centres]
    for k, group in enumerate(groups):
        if not group:
            raise InputError("Region {k} has no centre: it cannot get an LA code.", k=k + 1)
    empty = LACodes([None] * len(groups), year)
    if year is None:
        return empty
    if largest_first:
        keys = [id_sort_key(group[0]) for group in groups]
    else:
        undetermined = _undetermined(groups)
        if undetermined:
            return LACodes([None] * len(groups), year, [groups[k] for k in undetermined])
        keys = [id_sort_key(group[0]) for group in groups]
    order = sorted(range(len(groups)), key=lambda k: keys[k])
    digits = max(SERIAL_DIGITS, len(str(len(groups))))
    prefix = f"{LA_CODE_PREFIX}{year % 100:02d}"
    codes: list[str | None] = [None] * len(groups)
    for serial, k in enumerate(order, start=1):
        codes[k] = f"{prefix}{serial:0{digits}d}"
    return LACodes(codes, year)


def _undetermined(groups: list[list[str]]) -> list[int]:
    """Multi-centre regions whose rank depends on which of their centres is the main one:
    their span of centre codes overlaps another region's. Sorting the spans by their lower
    end, a span overlaps an earlier one when the largest upper end before it reaches it, and
    a later one when the next span starts within it: O(n log n)."""
    spans = []
    for group in groups:
        keys = sorted(id_sort_key(c) for c in group)
        spans.append((keys[0], keys[-1]))
    order = sorted(range(len(spans)), key=lambda k: spans[k][0])
    overlapping = [False] * len(spans)
    reach = None  # the largest upper end of the spans so far
    for position, k in enumerate(order):
        low, high = spans[k]
        if reach is not None and reach >= low:
            overlapping[k] = True
        if position + 1 < len(order) and spans[order[position + 1]][0] <= high:
            overlapping[k] = True
        reach = high if reach is None else max(reach, high)
    return [k for k, (low, high) in enumerate(spans) if low != high and overlapping[k]]


def with_la_codes(
    units: pd.DataFrame,
    regions: pd.DataFrame,
    unit_region: Sequence[int],
    codes: Sequence[str | None],
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Copies of ``units`` and ``regions`` with the field :data:`LA_CODE_FIELD` right after
    ``region_id``: ``codes[k]`` for region k, and for each unit the code of its region
    (``unit_region``, -1 for none: no code)."""
    region_codes = list(codes)
    unit_codes = [region_codes[int(k)] if k >= 0 else None for k in unit_region]
    units, regions = units.copy(), regions.copy()
    for table, values, default in ((units, unit_codes, 1), (regions, region_codes, 0)):
        columns = list(table.columns)
        at = columns.index("region_id") + 1 if "region_id" in columns else default
        table.insert(at, LA_CODE_FIELD, pd.Series(values, index=table.index, dtype=object))
    return units, regions
