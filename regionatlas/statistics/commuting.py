"""Commuting between municipalities from a provider's statistics tables, as an OD table
(origin, destination, employed, year), found through the tables' own metadata.

A table describes itself (regionatlas/statistics/metadata.py). The home-region, work-region,
sex, time and contents variables are found by their codes and texts with the patterns below,
one set per provider, each with its source; when they do not match, the load stops and names
the table and the variables it has. From that the data query is built (chosen years, sex, a
county filter on the codes), split under the provider's cell limit, fetched, checked against
what was asked, and reshaped. Codes that change between the chosen years stop the load,
unless they are carried to one division (Norway's 2020 reform, reform.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

import pandas as pd

from ..errors import Cancelled, InputError
from .metadata import TableMetadata, Variable, metadata_url, parse_metadata
from .od import OD_COLUMNS, od_frame
from .providers import Provider
from .query import Selection
from .reform import SPLITS_FAIL, CodeChanges, carry_od
from .transport import Fetch, RateLimiter, ResponseCache, fetch_table


@dataclass(frozen=True)
class VariablePattern:
    """A variable is recognised by its code (exact, any case) or by its text (regex)."""

    codes: tuple[str, ...]
    texts: tuple[str, ...] = ()

    def matches(self, variable: Variable) -> bool:
        if variable.code.casefold() in {c.casefold() for c in self.codes}:
            return True
        return any(re.search(t, variable.label, re.IGNORECASE) for t in self.texts)

    def describe(self) -> str:
        return " / ".join(self.codes)


@dataclass(frozen=True)
class SeriesBreak:
    """The series changes between ``before`` and ``after`` (years)."""

    before: int
    after: int
    what: str


@dataclass(frozen=True)
class CommutingPatterns:
    home: VariablePattern
    work: VariablePattern
    sex: VariablePattern
    #: Codes of the sexes in the sex variable.
    men: str
    women: str
    #: A municipality code (aggregates such as the whole country are left out).
    municipality: str
    #: Default tables, in order of preference for a year that several tables hold.
    tables: tuple[str, ...]
    series_breaks: tuple[SeriesBreak, ...] = ()
    #: The division old codes can be carried to (reform.py), "" when there is none.
    division_reform: str = ""
    source: str = ""


#: Statistics Sweden. Tables and their variables as documented by Region Dalarna's production
#: scripts for SCB's PxWebApi 2 (github.com/Region-Dalarna/hamta_data,
#: hamta_pendling_rams_bas_scb.R, commit 3a1f4ba): TAB1830 = AM0210/AM0210F/ArRegPend2 (BAS,
#: 2020-), TAB5850 = AM0207/AM0207Z/AM0207PendlKomA04N (RAMS, new series 2019-2021), TAB333 =
#: AM0207/AM0207L/AM0207PendlKomA04 (RAMS 2004-2018), TAB334 = AM0207/AM0207L/
#: AM0207PendlKomA9303 (RAMS 1993-2003); variables Bostadskommun, Arbetsstallekommun, Kon,
#: ContentsCode, Tid. Sex codes 1 = män, 2 = kvinnor as in SCB's own metadata (TAB638, stored
#: in tests/data/statistics/scb). Series breaks: issue 13 (2003/04, 2018/19, 2019/20), the
#: seams between those tables.
SCB_COMMUTING = CommutingPatterns(
    home=VariablePattern(("Bostadskommun", "Bostadsregion"), (r"^bostads(kommun|region)",)),
    work=VariablePattern(
        ("Arbetsstallekommun", "Arbetsstalleregion"), (r"^arbetsställe(kommun|region)",)
    ),
    sex=VariablePattern(("Kon",), (r"^kön$",)),
    men="1",
    women="2",
    municipality=r"^\d{4}$",
    tables=("TAB1830", "TAB5850", "TAB333", "TAB334"),
    series_breaks=(
        SeriesBreak(2003, 2004, "RAMS 1993-2003 (TAB334) -> RAMS 2004-2018 (TAB333)"),
        SeriesBreak(2018, 2019, "RAMS 2004-2018 (TAB333) -> RAMS new series (TAB5850)"),
        SeriesBreak(2019, 2020, "RAMS (TAB5850) -> BAS, register-based labour market (TAB1830)"),
    ),
    source="Region-Dalarna/hamta_data, hamta_pendling_rams_bas_scb.R",
)

#: Statistics Norway, table 03321 "Sysselsatte per 4. kvartal, etter bostedskommune,
#: arbeidsstedskommune": variables Bokommuen (home), ArbstedKomm (work), ContentsCode
#: (Sysselsatte), Tid, as queried by SSB's own commuting app (github.com/statisticsnorway/
#: pendling, make_data.R: ApiData("https://data.ssb.no/api/v0/no/table/03321/", Tid = y,
#: ArbstedKomm = TRUE, Bokommuen = TRUE)). Kjonn (1 = menn, 2 = kvinner) is SSB's sex
#: variable where a table has one.
SSB_COMMUTING = CommutingPatterns(
    home=VariablePattern(("Bokommuen", "Bostedskommune"), (r"^bostedskommune",)),
    work=VariablePattern(("ArbstedKomm", "Arbeidsstedskommune"), (r"^arbeidsstedskommune",)),
    sex=VariablePattern(("Kjonn",), (r"^kjønn$",)),
    men="1",
    women="2",
    municipality=r"^\d{4}$",
    tables=("03321",),
    division_reform="2020",
    source="statisticsnorway/pendling, make_data.R",
)

#: Sex choices (public order of the SEX parameter).
SEX_BOTH, SEX_MEN, SEX_WOMEN = 0, 1, 2
#: County filter: keep flows with both ends in the counties, or with either end there.
COUNTY_BOTH, COUNTY_EITHER = 0, 1


@dataclass
class CommutingRequest:
    """What the user asked for. Empty ``years`` means the latest year any table has."""

    years: list[str] = field(default_factory=list)
    year_ranges: list[tuple[int, int]] = field(default_factory=list)
    sex: int = SEX_BOTH
    counties: list[str] = field(default_factory=list)
    county_mode: int = COUNTY_BOTH
    home_variable: str = ""
    work_variable: str = ""
    contents: str = ""
    #: Fixed choices for any variable: {code: [value codes]} ("*" = all values).
    select: dict[str, list[str]] = field(default_factory=dict)
    carry_to_2020: bool = False
    splits: int = SPLITS_FAIL
    #: Stop when codes change between the chosen years (else keep them and record it).
    check_changes: bool = True


@dataclass
class Roles:
    home: str
    work: str
    time: str
    sex: str | None
    contents: str | None


@dataclass
class CommutingResult:
    """The OD table and the record of where it came from (tables, retrieval time, licence,
    series breaks crossed, code changes)."""

    od: pd.DataFrame
    record: dict


# -- parsing the user's text parameters ---------------------------------------------------------


def parse_list(text: str) -> list[str]:
    """'a, b;c' -> ['a', 'b', 'c'] (commas, semicolons or spaces)."""
    return [part for part in re.split(r"[,;\s]+", text or "") if part]


def parse_years(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """'2019, 2021-2023' -> (['2019'], [(2021, 2023)]): single years (each must exist) and
    ranges (the years a table holds within them)."""
    years: list[str] = []
    ranges: list[tuple[int, int]] = []
    for part in parse_list(text):
        match = re.fullmatch(r"(\d{4})-(\d{4})", part)
        if match:
            first, last = int(match.group(1)), int(match.group(2))
            if last < first:
                raise InputError("Years '{part}': the range runs backwards.", part=part)
            ranges.append((first, last))
        else:
            years.append(part)
    return list(dict.fromkeys(years)), ranges


def parse_select(text: str) -> dict[str, list[str]]:
    """'Alder=16+; ContentsCode=X' -> {'Alder': ['16+'], 'ContentsCode': ['X']}."""
    select: dict[str, list[str]] = {}
    for part in (p.strip() for p in (text or "").split(";")):
        if not part:
            continue
        if "=" not in part:
            raise InputError(
                "'{part}' is not of the form variable=code,code (parts separated by ';').",
                part=part,
            )
        name, values = (s.strip() for s in part.split("=", 1))
        codes = [v.strip() for v in values.split(",") if v.strip()]
        if not name or not codes:
            raise InputError("'{part}' names no variable or no code.", part=part)
        select[name] = codes
    return select


# -- finding the variables ----------------------------------------------------------------------


def _find(meta: TableMetadata, pattern: VariablePattern, override: str) -> list[Variable]:
    if override:
        return [meta.variable(override)]
    return [v for v in meta.variables if pattern.matches(v)]


def find_roles(
    meta: TableMetadata, patterns: CommutingPatterns, request: CommutingRequest
) -> Roles:
    """The variables that hold home region, work region, time, sex and contents."""
    homes = _find(meta, patterns.home, request.home_variable)
    if len(homes) != 1:
        raise InputError(
            "Table {table}: found {n} variables for the home region (looked for {pattern}); "
            "the table's variables are: {known}. Name the variable in the advanced parameters.",
            table=meta.table,
            n=len(homes),
            pattern=patterns.home.describe(),
            known=meta.describe(),
        )
    works = _find(meta, patterns.work, request.work_variable)
    if len(works) != 1:
        raise InputError(
            "Table {table}: found {n} variables for the work region (looked for {pattern}); "
            "the table's variables are: {known}. Name the variable in the advanced parameters.",
            table=meta.table,
            n=len(works),
            pattern=patterns.work.describe(),
            known=meta.describe(),
        )
    home, work = homes[0], works[0]
    if home.code == work.code:
        raise InputError(
            "Table {table}: home and work region are both variable '{code}'.",
            table=meta.table,
            code=home.code,
        )
    times = [v for v in meta.variables if v.role == "time"] or [
        v for v in meta.variables if v.code.casefold() == "tid"
    ]
    if len(times) != 1:
        raise InputError(
            "Table {table} has no single time variable; its variables are: {known}.",
            table=meta.table,
            known=meta.describe(),
        )
    sexes = [v for v in meta.variables if patterns.sex.matches(v)]
    contents = [v for v in meta.variables if v.role == "metric"] or [
        v for v in meta.variables if v.code == "ContentsCode"
    ]
    return Roles(
        home=home.code,
        work=work.code,
        time=times[0].code,
        sex=sexes[0].code if len(sexes) == 1 else None,
        contents=contents[0].code if len(contents) == 1 else None,
    )


# -- the query ----------------------------------------------------------------------------------


def _check_codes(meta: TableMetadata, variable: Variable, codes: list[str]) -> list[str]:
    if codes == ["*"]:
        return list(variable.codes)
    unknown = [c for c in codes if c not in variable.codes]
    if unknown:
        raise InputError(
            "Table {table}, variable {variable}: no value {codes}; it has {known}.",
            table=meta.table,
            variable=variable.describe(),
            codes=", ".join(unknown),
            known=", ".join(variable.codes[:12]) + (" …" if len(variable.codes) > 12 else ""),
        )
    return list(codes)


def _region_codes(
    meta: TableMetadata,
    variable: Variable,
    patterns: CommutingPatterns,
    request: CommutingRequest,
    counties_in_query: bool,
) -> list[str]:
    if variable.code in request.select:
        return _check_codes(meta, variable, request.select[variable.code])
    codes = [c for c in variable.codes if re.fullmatch(patterns.municipality, c)]
    if counties_in_query:
        codes = [c for c in codes if any(c.startswith(p) for p in request.counties)]
    if not codes and counties_in_query:
        raise InputError(
            "Table {table}, variable {variable}: no municipality code in the counties {counties}.",
            table=meta.table,
            variable=variable.describe(),
            counties=", ".join(request.counties),
        )
    if not codes:
        raise InputError(
            "Table {table}, variable {variable}: no municipality code.",
            table=meta.table,
            variable=variable.describe(),
        )
    return codes


def build_selection(
    meta: TableMetadata,
    roles: Roles,
    patterns: CommutingPatterns,
    request: CommutingRequest,
    years: list[str],
    counties_in_query: bool,
) -> tuple[Selection, tuple[str, ...]]:
    """The data query for ``years`` of the table, and the variables to add up (sex)."""
    selection: Selection = {}
    sum_over: tuple[str, ...] = ()
    for name in request.select:
        meta.variable(name)  # an unknown variable in SELECT is named, not ignored
    for variable in meta.variables:
        code = variable.code
        if code in (roles.home, roles.work):
            in_query = counties_in_query and request.county_mode == COUNTY_BOTH
            selection[code] = _region_codes(meta, variable, patterns, request, in_query)
        elif code == roles.time:
            selection[code] = list(years)
        elif code == roles.sex and code not in request.select:
            wanted = {
                SEX_BOTH: [patterns.men, patterns.women],
                SEX_MEN: [patterns.men],
                SEX_WOMEN: [patterns.women],
            }[request.sex]
            selection[code] = _check_codes(meta, variable, wanted)
            if len(wanted) > 1:
                sum_over = (code,)
        elif code == roles.contents and request.contents and code not in request.select:
            selection[code] = _check_codes(meta, variable, [request.contents])
        elif code in request.select:
            selection[code] = _check_codes(meta, variable, request.select[code])
        elif len(variable.codes) == 1:
            selection[code] = list(variable.codes)
        elif not variable.elimination:
            raise InputError(
                "Table {table}: variable {variable} has {n} values ({codes}) and cannot be "
                "left out; choose one with {code}=<value> in the advanced parameter 'Fix "
                "variables'.",
                table=meta.table,
                variable=variable.describe(),
                n=len(variable.codes),
                codes=", ".join(variable.codes[:8]) + (" …" if len(variable.codes) > 8 else ""),
                code=code,
            )
    if roles.sex is None and request.sex != SEX_BOTH:
        raise InputError(
            "Table {table} has no sex variable ({pattern}); choose both sexes.",
            table=meta.table,
            pattern=patterns.sex.describe(),
        )
    return selection, sum_over


# -- checks on the result -----------------------------------------------------------------------


def changed_codes(od: pd.DataFrame) -> dict[str, list[str]]:
    """Codes that exist in some of the years only: {code: [years without it]}.

    A municipality exists in a year when it has people living and working in it (a positive
    self-flow); tables without self-flows are not checked.
    """
    years = sorted(od["year"].unique())
    if len(years) < 2:
        return {}
    own = od[(od["origin"] == od["destination"]) & (od["employed"] > 0)]
    present = {y: set(own.loc[own["year"] == y, "origin"]) for y in years}
    every = set().union(*present.values())
    return {
        code: [y for y in years if code not in present[y]]
        for code in sorted(every)
        if any(code not in present[y] for y in years)
    }


def crossed_breaks(breaks: tuple[SeriesBreak, ...], years: list[str]) -> list[SeriesBreak]:
    numbers = [int(y[:4]) for y in years if y[:4].isdigit()]
    if not numbers:
        return []
    return [b for b in breaks if min(numbers) <= b.before and max(numbers) >= b.after]


def _filter_counties(od: pd.DataFrame, counties: list[str], mode: int) -> pd.DataFrame:
    if not counties:
        return od
    pattern = tuple(counties)
    home = od["origin"].str.startswith(pattern)
    work = od["destination"].str.startswith(pattern)
    keep = (home & work) if mode == COUNTY_BOTH else (home | work)
    return od.loc[keep]


# -- the load -----------------------------------------------------------------------------------


def load_commuting(
    provider: Provider,
    patterns: CommutingPatterns,
    tables: list[str],
    request: CommutingRequest,
    fetch: Fetch,
    cache: ResponseCache | None = None,
    limiter: RateLimiter | None = None,
    progress: Callable[[float], None] = lambda p: None,
    cancelled: Callable[[], bool] = lambda: False,
    changes: CodeChanges | None = None,
) -> CommutingResult:
    """The OD table of ``request`` from ``tables`` (first table that holds a year wins)."""
    if not tables:
        raise InputError("No table given.")
    limiter = limiter or RateLimiter(provider.max_calls, provider.window_s)
    metas: dict[str, TableMetadata] = {}
    roles: dict[str, Roles] = {}
    for i, table in enumerate(tables):
        if cancelled():
            raise Cancelled()
        url = metadata_url(provider.base_url, table, provider.language)
        limiter.wait()
        metas[table] = parse_metadata(fetch(url, None), table, url)
        roles[table] = find_roles(metas[table], patterns, request)
        progress(10.0 * (i + 1) / len(tables))
    available = {t: metas[t].variable(roles[t].time).codes for t in tables}
    every_year = sorted({y for codes in available.values() for y in codes})
    years = list(request.years)
    for first, last in request.year_ranges:
        within = [y for y in every_year if y[:4].isdigit() and first <= int(y[:4]) <= last]
        if not within:
            raise InputError(
                "No table holds a year from {first} to {last}: {offer}.",
                first=first,
                last=last,
                offer="; ".join(f"{t} has {_span(available[t])}" for t in tables if available[t]),
            )
        years.extend(y for y in within if y not in years)
    if not years and every_year:
        years = [every_year[-1]]
    years.sort()
    source_of: dict[str, str] = {}
    for year in years:
        holder = next((t for t in tables if year in available[t]), None)
        if holder is None:
            raise InputError(
                "No table holds the year {year}: {offer}.",
                year=year,
                offer="; ".join(f"{t} has {_span(available[t])}" for t in tables if available[t]),
            )
        source_of[year] = holder
    counties_in_query = bool(request.counties) and not request.carry_to_2020
    frames = []
    calls = 0
    missing = 0
    used = [t for t in tables if t in source_of.values()]
    for k, table in enumerate(used):
        table_years = [y for y in years if source_of[y] == table]
        selection, sum_over = build_selection(
            metas[table], roles[table], patterns, request, table_years, counties_in_query
        )
        share = (k, len(used))
        fetched = fetch_table(
            provider,
            table,
            selection,
            fetch,
            cache,
            limiter,
            provider.language,
            progress=lambda p, share=share: progress(10.0 + 70.0 * (share[0] + p / 100) / share[1]),
            cancelled=cancelled,
        )
        od = od_frame(fetched, roles[table].home, roles[table].work, roles[table].time, sum_over)
        calls += fetched.metadata.get("calls", 0)
        missing += od.attrs.get("missing", 0)
        frames.append(od)
    od = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=OD_COLUMNS)
    for column in ("origin", "destination", "year"):
        od[column] = od[column].astype(str)
    reform_record = None
    if request.carry_to_2020:
        changes = changes or CodeChanges.read()
        od, reform_record = carry_od(od, changes, request.splits)
    od = _filter_counties(od, request.counties, request.county_mode)
    od = od[od["employed"] > 0].sort_values(["year", "origin", "destination"])
    od = od.reset_index(drop=True)[list(OD_COLUMNS)]
    changed = changed_codes(od)
    if changed and request.check_changes:
        examples = "; ".join(
            f"{code} (not in {', '.join(gone)})" for code, gone in list(changed.items())[:6]
        )
        if patterns.division_reform:
            raise InputError(
                "Municipality codes changed between the chosen years: {n} codes exist in "
                "some years only, e.g. {examples}. Choose years with the same regional "
                "division, or carry the codes to the {reform} division; nothing was written.",
                n=len(changed),
                examples=examples,
                reform=patterns.division_reform,
            )
        raise InputError(
            "Municipality codes changed between the chosen years: {n} codes exist in some "
            "years only, e.g. {examples}. Choose years with the same regional division; "
            "nothing was written.",
            n=len(changed),
            examples=examples,
        )
    breaks = crossed_breaks(patterns.series_breaks, years)
    record = {
        "provider": provider.name,
        "api": provider.base_url,
        "tables": {t: metas[t].title for t in used},
        "table_of_year": source_of,
        "updated": {t: metas[t].updated for t in used if metas[t].updated},
        "retrieved": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "licence": f"{provider.licence_name} ({provider.licence})",
        "series_breaks": [f"{b.before}/{b.after}: {b.what}" for b in breaks],
        "variables": {
            t: {"home": roles[t].home, "work": roles[t].work, "time": roles[t].time} for t in used
        },
        "missing_cells": missing,
        "calls": calls,
    }
    if changed:
        record["codes_changed_kept"] = changed
    if reform_record is not None:
        record["carried_to_2020_division"] = {
            "source": "SSB KLASS 131 changes (" + changes.source + ")",
            **reform_record,
        }
    progress(80.0)
    return CommutingResult(od=od, record=record)


def _span(codes: list[str]) -> str:
    return f"{codes[0]}-{codes[-1]}" if len(codes) > 1 else codes[0]
