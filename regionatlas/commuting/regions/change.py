"""Region enlargement over time (regionförstoring).

Functional regions grow as commuting distances grow; Swedish regional planning follows this
through the number of LA regions per year (SCB: 187 regions in 1970, 67 in 2022). Given one
partition per year, this module reports per year the number of regions, their mean and median
size, the share of the population in the largest region; per unit its region each year and
whether it changed; and the matching of regions between consecutive years by largest overlap
and Jaccard index (|A and B| / |A or B| of the unit sets). Units are matched by id; units
present in only one year (municipal reforms) are counted in that year only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ...errors import InputError
from ...ids import id_sort_key, normalise_id
from ..odtable import ODTable
from .partition import Partition


@dataclass(frozen=True)
class RegionChange:
    """Result of :func:`region_change`.

    ``per_year``: year, regions, mean_units, median_units, mean_size, median_size (size = R,
    employed residents, NaN when the partition has no R), largest_region, largest_share (share
    of all employed residents - or of units without R - in the largest region).
    ``per_unit``: unit_id, one ``region_<year>`` column per year, ``changed_<year>`` for every
    year after the first (True when the unit's region is not the successor of its region the
    year before, i.e. not matched to it), and ``changed`` (any change).
    ``matches``: year_from, year_to, region_to, region_from (largest overlap, ties: smaller
    id), overlap (units), jaccard; one row per region of the later year.
    """

    per_year: pd.DataFrame
    per_unit: pd.DataFrame
    matches: pd.DataFrame


def _sizes(p: Partition) -> tuple[np.ndarray, np.ndarray, bool]:
    k = p.n_regions
    ok = p.region >= 0
    units = np.bincount(p.region[ok], minlength=k).astype(float)
    if p.residents is not None and np.isfinite(p.residents[ok]).all():
        return units, np.bincount(p.region[ok], weights=p.residents[ok], minlength=k), True
    return units, units, False


def match_regions(earlier: Partition, later: Partition) -> pd.DataFrame:
    """For each region of ``later``: the region of ``earlier`` with the largest overlap."""
    a = pd.DataFrame({"unit": earlier.units, "ra": earlier.region})
    b = pd.DataFrame({"unit": later.units, "rb": later.region})
    a, b = a[a.ra >= 0], b[b.rb >= 0]
    both = a.merge(b, on="unit")
    size_a = a.groupby("ra").size()
    size_b = b.groupby("rb").size()
    ov = both.groupby(["rb", "ra"]).size().rename("overlap").reset_index()
    ov["jaccard"] = ov.overlap / (
        size_a.reindex(ov.ra).to_numpy() + size_b.reindex(ov.rb).to_numpy() - ov.overlap
    )
    ov = ov.sort_values(["rb", "overlap", "jaccard", "ra"], ascending=[True, False, False, True])
    best = ov.drop_duplicates("rb").set_index("rb")
    rows = []
    ida, idb = earlier.region_ids, later.region_ids
    for rb in range(later.n_regions):
        if rb in best.index:
            r = best.loc[rb]
            rows.append((idb[rb], ida[int(r.ra)], int(r.overlap), float(r.jaccard)))
        else:
            rows.append((idb[rb], None, 0, 0.0))
    return pd.DataFrame(rows, columns=["region_to", "region_from", "overlap", "jaccard"])


def region_change(partitions: Mapping[Any, Partition]) -> RegionChange:
    """Compare partitions of several years (keys are years, compared in sorted order)."""
    if len(partitions) < 2:
        raise InputError("Region change needs partitions for at least two years.")
    years = sorted(partitions)
    per_year = []
    for y in years:
        p = partitions[y]
        units, size, has_r = _sizes(p)
        k = int(np.argmax(size)) if len(size) else -1
        total = size.sum()
        per_year.append(
            {
                "year": y,
                "regions": p.n_regions,
                "mean_units": float(units.mean()) if len(units) else np.nan,
                "median_units": float(np.median(units)) if len(units) else np.nan,
                "mean_size": float(size.mean()) if has_r and len(size) else np.nan,
                "median_size": float(np.median(size)) if has_r and len(size) else np.nan,
                "largest_region": p.region_ids[k] if k >= 0 else None,
                "largest_share": float(size[k] / total) if k >= 0 and total > 0 else np.nan,
                "size_measure": "employed residents" if has_r else "units",
            }
        )
    unit_frame: pd.DataFrame | None = None
    for y in years:
        p = partitions[y]
        col = pd.DataFrame({"unit_id": p.units, f"region_{y}": [p.region_of()[u] for u in p.units]})
        unit_frame = col if unit_frame is None else unit_frame.merge(col, on="unit_id", how="outer")
    assert unit_frame is not None
    matches = []
    changed_any = np.zeros(len(unit_frame), dtype=bool)
    for y0, y1 in zip(years[:-1], years[1:]):
        m = match_regions(partitions[y0], partitions[y1])
        m.insert(0, "year_to", y1)
        m.insert(0, "year_from", y0)
        matches.append(m)
        succ = dict(zip(m.region_to, m.region_from))
        r0 = unit_frame[f"region_{y0}"]
        r1 = unit_frame[f"region_{y1}"]
        present = r0.notna() & r1.notna()
        changed = present & (r1.map(succ) != r0)
        unit_frame[f"changed_{y1}"] = changed.where(present, other=pd.NA)
        changed_any |= changed.to_numpy(dtype=bool)
    unit_frame["changed"] = changed_any
    return RegionChange(
        per_year=pd.DataFrame(per_year),
        per_unit=unit_frame.reset_index(drop=True),
        matches=pd.concat(matches, ignore_index=True),
    )


def consecutive_changes(change: RegionChange, years: Sequence | None = None) -> pd.DataFrame:
    """One row per pair of consecutive years: year_from, year_to, regions (of the later year),
    unchanged (regions matched with Jaccard 1), mean_jaccard, changed_units (units whose region
    is not the successor of their earlier one, see :func:`region_change`). ``years``: their
    order (default: that of ``change.per_year``)."""
    years = change.per_year["year"].tolist() if years is None else list(years)
    rows = []
    for y0, y1 in zip(years[:-1], years[1:]):
        m = change.matches[change.matches.year_to == y1]
        flag = change.per_unit.get(f"changed_{y1}")
        changed = (
            0 if flag is None else int(sum(1 for v in flag.tolist() if v is True or v is np.True_))
        )
        rows.append(
            {
                "year_from": y0,
                "year_to": y1,
                "regions": len(m),
                "unchanged": int((m.jaccard == 1.0).sum()),
                "mean_jaccard": float(m.jaccard.mean()) if len(m) else np.nan,
                "changed_units": changed,
            }
        )
    columns = ["year_from", "year_to", "regions", "unchanged", "mean_jaccard", "changed_units"]
    return pd.DataFrame(rows, columns=columns)


def inputs_by_year(
    inputs: Sequence[tuple[str, pd.DataFrame, str | None]],
    year_field: str | None,
    years: Sequence[str],
) -> list[tuple[int | str, str, pd.DataFrame]]:
    """The tables of each year, in time order, as (year, input label, rows).

    ``inputs``: (label, table, year from its name) per input; the table's index is its row
    numbers. With ``year_field`` every input is split by that field (``years``, when given,
    keeps those years); without it each input is one year: ``years[i]`` when given (one per
    input, in order), else the year in its name. A year may come from one input only, and
    there must be two or more.
    """
    if years and not year_field and len(years) != len(inputs):
        raise InputError(
            "YEARS lists {n} year(s) but there are {m} inputs: give one year per input, "
            "in the order of the inputs.",
            n=len(years),
            m=len(inputs),
        )
    by_year: dict[str, tuple[str, pd.DataFrame]] = {}
    for i, (label, frame, name_year) in enumerate(inputs):
        if year_field:
            values = frame[year_field].map(normalise_id)
            if values.isna().any():
                raise InputError(
                    "Input '{name}', row {row}: the year field '{field}' is empty.",
                    name=label,
                    row=int(values.index[values.isna()][0]),
                    field=year_field,
                )
            groups = {y: frame[values == y] for y in sorted(set(values))}
            if years:
                groups = {y: g for y, g in groups.items() if y in years}
        else:
            year = years[i] if years else name_year
            if year is None:
                raise InputError(
                    "Cannot tell the year of input '{name}': give YEARS (one per input, "
                    "in order) or a YEAR_FIELD, or put the year in the file name.",
                    name=label,
                )
            groups = {year: frame}
        for year, group in groups.items():
            if year in by_year:
                raise InputError(
                    "Year {year} occurs in two inputs: '{a}' and '{b}'.",
                    year=year,
                    a=by_year[year][0],
                    b=label,
                )
            by_year[year] = (label, group)
    absent = [y for y in years if y not in by_year] if year_field else []
    if absent:
        raise InputError(
            "No input has the year(s) {years} in field '{field}'.",
            years=", ".join(absent),
            field=year_field,
        )
    if len(by_year) < 2:
        raise InputError(
            "Region change needs two or more years; the inputs give {n}: {years}.",
            n=len(by_year),
            years=", ".join(by_year) or "-",
        )
    return [(year, *by_year[key]) for key, year in ordered_years(list(by_year))]


def partitions_over_years(
    tables: Mapping[Any, ODTable], method: Callable[..., Partition], **kwargs: Any
) -> dict[Any, Partition]:
    """Run one method on the OD tables of several years (``method(table, **kwargs)``)."""
    return {y: method(t, **kwargs) for y, t in sorted(tables.items())}


#: A four-digit year 1800-2199 not inside a longer number ("la_2022.csv", "pendling 2019").
YEAR_IN_NAME = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")


def year_from_name(*texts: str | None) -> str | None:
    """The last year in the first of ``texts`` (layer name, file path) that has one."""
    for text in texts:
        found = YEAR_IN_NAME.findall(text or "")
        if found:
            return found[-1]
    return None


def ordered_years(years: list[str]) -> list[tuple[str, int | str]]:
    """Years in time order as (the text given, the year): the year a number when all are,
    else the text; ordered as ids are (numbers by value)."""
    ordered = sorted(years, key=id_sort_key)
    numeric = all(y.isdigit() for y in ordered)
    return [(y, int(y) if numeric else y) for y in ordered]
