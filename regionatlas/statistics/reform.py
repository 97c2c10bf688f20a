"""Norwegian municipality codes of 2018 and 2019 carried to the 2020 division (the 2020
municipality and county reform, with the 2018 Trøndelag and Vestfold changes before it).

The code changes are Statistics Norway's own: KLASS classification 131 (Standard for
kommuneinndeling), https://data.ssb.no/api/klass/v1/classifications/131/changes.json, as
stored in a public repository (resources/statistics/README.md cites it). A municipality that
was split among several new ones (KLASS lists one old code with several new codes) cannot be
carried over as a whole: its flows are refused, or dropped when the user asks for that.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import InputError

#: The shipped change list (old_code, new_code, new_name, valid_from).
CHANGES_FILE = (
    Path(__file__).resolve().parents[2]
    / "resources"
    / "statistics"
    / "ssb_kommune_changes_2018_2020.csv"
)

#: What to do with flows of a municipality that was split (public order of the choices).
SPLITS_FAIL, SPLITS_DROP = 0, 1


@dataclass
class CodeChanges:
    """Old code -> new codes, per date of change (a year: valid from 1 January)."""

    waves: dict[int, dict[str, list[str]]] = field(default_factory=dict)
    source: str = ""

    @classmethod
    def read(cls, path: str | Path = CHANGES_FILE) -> CodeChanges:
        waves: dict[int, dict[str, list[str]]] = {}
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                wave = waves.setdefault(int(row["valid_from"]), {})
                wave.setdefault(row["old_code"], []).append(row["new_code"])
        return cls(waves=waves, source=str(Path(path).name))

    def last(self) -> int:
        return max(self.waves)

    def carry(self, code: str, year: int) -> list[str]:
        """The code(s) that ``code`` of data year ``year`` has in the latest division here;
        one code, or several when it was split."""
        codes = [code]
        for valid_from in sorted(self.waves):
            if year >= valid_from:
                continue
            wave = self.waves[valid_from]
            carried: list[str] = []
            for c in codes:
                for new in wave.get(c, [c]):
                    if new not in carried:
                        carried.append(new)
            codes = carried
        return codes


def data_year(value: str) -> int:
    """The calendar year of a time code ("2019", "2019K4", "2019M12")."""
    text = str(value)
    if len(text) < 4 or not text[:4].isdigit():
        raise InputError(
            "The time code '{value}' does not start with a year; codes cannot be carried "
            "to another regional division.",
            value=value,
        )
    return int(text[:4])


def carry_od(
    od: pd.DataFrame, changes: CodeChanges, splits: int = SPLITS_FAIL
) -> tuple[pd.DataFrame, dict]:
    """``od`` (origin, destination, employed, year) with every code carried to the latest
    division of ``changes``; flows of old codes that now fall together are added up.

    Returns the new table and a record: codes changed, split codes met and persons dropped.
    """
    mapping: dict[tuple[str, int], list[str]] = {}
    years = {y: data_year(y) for y in od["year"].unique()}
    for column in ("origin", "destination"):
        for code, year in od[[column, "year"]].drop_duplicates().itertuples(index=False):
            key = (code, years[year])
            if key not in mapping:
                mapping[key] = changes.carry(code, years[year])
    split = {key: codes for key, codes in mapping.items() if len(codes) > 1}
    changed = sorted({code for (code, _), codes in mapping.items() if codes != [code]})
    record = {"codes_changed": len(changed), "split_codes": {}, "persons_dropped": 0}
    single = {key: codes[0] for key, codes in mapping.items() if len(codes) == 1}
    year_numbers = od["year"].map(years)
    origin_keys = list(zip(od["origin"], year_numbers))
    destination_keys = list(zip(od["destination"], year_numbers))
    in_split = pd.Series(
        [o in split or d in split for o, d in zip(origin_keys, destination_keys)],
        index=od.index,
        dtype=bool,
    )
    if in_split.any():
        record["split_codes"] = {code: codes for (code, _), codes in sorted(split.items())}
        persons = int(od.loc[in_split, "employed"].sum())
        listed = "; ".join(
            f"{code} -> {', '.join(codes)}" for code, codes in record["split_codes"].items()
        )
        if splits != SPLITS_DROP:
            raise InputError(
                "Municipalities that were split in the reform cannot be carried over as a "
                "whole: {listed} ({persons} persons in their flows). Choose years from {year} "
                "on, or drop the flows of split municipalities.",
                listed=listed,
                persons=persons,
                year=changes.last(),
            )
        record["persons_dropped"] = persons
        od = od.loc[~in_split]
        origin_keys = [k for k, s in zip(origin_keys, in_split) if not s]
        destination_keys = [k for k, s in zip(destination_keys, in_split) if not s]
    carried = pd.DataFrame(
        {
            "origin": [single[k] for k in origin_keys],
            "destination": [single[k] for k in destination_keys],
            "employed": od["employed"].to_numpy(),
            "year": od["year"].to_numpy(),
        }
    )
    out = (
        carried.groupby(["origin", "destination", "year"], sort=True)["employed"]
        .sum()
        .reset_index()[["origin", "destination", "employed", "year"]]
    )
    out.attrs.update(od.attrs)
    return out, record
