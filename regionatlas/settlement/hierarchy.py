"""Settlement hierarchy (ortshierarki): rule tables, composite index and rank-size diagnostic.

Planners name regional cores, sub-regional nodes, municipal centres and service villages.
This module makes such a classification explicit and repeatable:

*Rule tables* (spec settlement-structure.md, section 2) list classes from the top; each class
has conditions on named indicators combined with AND ("all") or OR ("any"); the first class
whose conditions hold wins, and the output says which rule matched. JSON schema::

    {
      "name": "Population classes",                  # optional
      "source": "where the thresholds come from",    # optional, shown in the help/log
      "fallback": "Other",                           # optional class for unmatched places
      "classes": [                                   # top-down, at least one
        {"class": "Regional centre",
         "combine": "all",                           # "all"/"AND" (default) or "any"/"OR"
         "conditions": [                             # at least one
            {"indicator": "population", "op": ">=", "value": 50000},
            {"indicator": "school", "op": "present"}  # present: value > 0 (or true)
         ]},
        ...
      ]
    }

Operators: ``>=``, ``>``, ``<=``, ``<``, ``==``, ``!=``, ``present``, ``absent``. ``==`` and
``!=`` also take a text value, e.g. ``{"indicator": "role", "op": "==", "value": "dominant"}``
to use a dominant-flow result. A missing value (NaN) never satisfies a condition.
``class_rank`` is the position of the class (1 = top); the fallback class gets rank
``len(classes) + 1``.

*Index mode*: a weighted composite of standardised indicators (z-scores or ranks scaled to
0..1), classed into N classes by natural breaks (Jenks 1977, via ``jenkspy``), quantiles or
fixed breaks; class 1 is the highest index.

*Rank-size diagnostic*: the slope b of ``ln(size) = a + b ln(rank - 1/2)`` with its R², per
region. The ``- 1/2`` shift is Gabaix & Ibragimov's (2011) correction of the small-sample
bias of the OLS rank-size slope ("Rank - 1/2: a simple way to improve the OLS estimation of
tail exponents", Journal of Business & Economic Statistics 29(1)); b = -1 is Zipf's law.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError
from ..ids import example_list, id_sort_key, normalise_id

MAX_IDS_IN_MESSAGE = 10
OPERATORS: tuple[str, ...] = (">=", ">", "<=", "<", "==", "!=", "present", "absent")
_COMBINE = {"all": "all", "and": "all", "any": "any", "or": "any"}


def _ids_text(ids: Sequence[str]) -> str:
    return example_list(ids, MAX_IDS_IN_MESSAGE)


# -- rule tables --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Condition:
    indicator: str
    op: str
    value: float | str | None = None

    @property
    def is_text(self) -> bool:
        return isinstance(self.value, str)

    def text(self) -> str:
        if self.op in ("present", "absent"):
            return f"{self.indicator} {self.op}"
        if self.is_text:
            return f"{self.indicator} {self.op} '{self.value}'"
        return f"{self.indicator} {self.op} {self.value:g}"

    def evaluate(self, values: np.ndarray) -> np.ndarray:
        if self.is_text:
            text = np.array([None if v is None else str(v) for v in values], dtype=object)
            equal = text == self.value
            return equal if self.op == "==" else (~equal & (text != None))  # noqa: E711
        x = np.asarray(values, dtype=np.float64)
        with np.errstate(invalid="ignore"):
            if self.op == "present":
                return x > 0
            if self.op == "absent":
                return x == 0
            v = float(self.value)  # type: ignore[arg-type]
            return {
                ">=": x >= v,
                ">": x > v,
                "<=": x <= v,
                "<": x < v,
                "==": x == v,
                "!=": (x != v) & ~np.isnan(x),
            }[self.op]


@dataclass(frozen=True)
class RuleClass:
    name: str
    combine: str
    conditions: tuple[Condition, ...]

    def text(self) -> str:
        joiner = " AND " if self.combine == "all" else " OR "
        return f"{self.name}: " + joiner.join(c.text() for c in self.conditions)


@dataclass(frozen=True)
class RuleTable:
    """A validated rule table (see the module docstring for the JSON schema)."""

    classes: tuple[RuleClass, ...]
    name: str = ""
    source: str = ""
    fallback: str | None = None

    @property
    def indicators(self) -> list[str]:
        seen: list[str] = []
        for cls in self.classes:
            for cond in cls.conditions:
                if cond.indicator not in seen:
                    seen.append(cond.indicator)
        return seen

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "source": self.source,
            "fallback": self.fallback,
            "classes": [
                {
                    "class": c.name,
                    "combine": c.combine,
                    "conditions": [
                        {"indicator": d.indicator, "op": d.op}
                        | ({} if d.value is None else {"value": d.value})
                        for d in c.conditions
                    ],
                }
                for c in self.classes
            ],
        }


def parse_rule_table(source: str | Mapping[str, Any]) -> RuleTable:
    """Validate a rule table given as JSON text or as a parsed dict.

    Malformed JSON, a missing or empty ``classes`` list, a class without a name or
    conditions, an unknown operator or a non-numeric threshold raise :class:`InputError`
    with the position (line/column, or class and condition number).
    """
    if isinstance(source, str):
        try:
            data = json.loads(source)
        except json.JSONDecodeError as exc:
            raise InputError(
                "The rule table is not valid JSON: {error} at line {line}, column {column}.",
                error=exc.msg,
                line=exc.lineno,
                column=exc.colno,
            ) from None
    else:
        data = source
    if not isinstance(data, Mapping):
        raise InputError('The rule table must be a JSON object with a "classes" list.')
    classes_raw = data.get("classes")
    if not isinstance(classes_raw, list) or not classes_raw:
        raise InputError('The rule table needs a non-empty "classes" list (classes from the top).')
    classes: list[RuleClass] = []
    names: set[str] = set()
    for k, cls in enumerate(classes_raw, start=1):
        if not isinstance(cls, Mapping):
            raise InputError("Class {k} of the rule table must be an object.", k=k)
        name = cls.get("class", cls.get("name"))
        if not isinstance(name, str) or not name.strip():
            raise InputError('Class {k} of the rule table has no "class" name.', k=k)
        name = name.strip()
        if name in names:
            raise InputError(
                "Class {k} ('{name}'): the class name occurs twice in the rule table.",
                k=k,
                name=name,
            )
        names.add(name)
        combine_raw = str(cls.get("combine", "all")).strip().lower()
        if combine_raw not in _COMBINE:
            raise InputError(
                'Class {k} (\'{name}\'): "combine" must be "all"/"AND" or "any"/"OR", '
                "not {combine!r}.",
                k=k,
                name=name,
                combine=combine_raw,
            )
        conds_raw = cls.get("conditions", cls.get("rules"))
        if not isinstance(conds_raw, list) or not conds_raw:
            raise InputError("Class {k} ('{name}') has no \"conditions\" list.", k=k, name=name)
        conds: list[Condition] = []
        for m, cond in enumerate(conds_raw, start=1):
            if not isinstance(cond, Mapping):
                raise InputError(
                    "Class {k} ('{name}'), condition {m} must be an object.", k=k, name=name, m=m
                )
            ind = cond.get("indicator")
            if not isinstance(ind, str) or not ind.strip():
                raise InputError(
                    "Class {k} ('{name}'), condition {m} has no \"indicator\".",
                    k=k,
                    name=name,
                    m=m,
                )
            op = str(cond.get("op", ">=")).strip()
            if op not in OPERATORS:
                raise InputError(
                    "Class {k} ('{name}'), condition {m}: unknown operator {op!r}; "
                    "use one of {operators}.",
                    k=k,
                    name=name,
                    m=m,
                    op=op,
                    operators=", ".join(OPERATORS),
                )
            value = cond.get("value")
            if op in ("present", "absent"):
                conds.append(Condition(ind.strip(), op, None))
                continue
            if op in ("==", "!=") and isinstance(value, str):
                conds.append(Condition(ind.strip(), op, value))  # text, e.g. a role
                continue
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not np.isfinite(value)
            ):
                raise InputError(
                    "Class {k} ('{name}'), condition {m} ({indicator} {op} ...): \"value\" "
                    "must be a number, not {value!r}.",
                    k=k,
                    name=name,
                    m=m,
                    indicator=ind,
                    op=op,
                    value=value,
                )
            conds.append(Condition(ind.strip(), op, float(value)))
        classes.append(RuleClass(name, _COMBINE[combine_raw], tuple(conds)))
    fallback = data.get("fallback")
    if fallback is not None and (not isinstance(fallback, str) or not fallback.strip()):
        raise InputError('"fallback" must be the name of a class (text).')
    if fallback is not None and fallback.strip() in names:
        raise InputError("The fallback class '{fallback}' is also a rule class.", fallback=fallback)
    return RuleTable(
        classes=tuple(classes),
        name=str(data.get("name", "")),
        source=str(data.get("source", "")),
        fallback=fallback.strip() if isinstance(fallback, str) else None,
    )


# -- presets -----------------------------------------------------------------------------------

PRESET_POPULATION = "population_classes"
PRESET_RUFS = "rufs_landsbygdsnod"
PRESET_COMPOSITE = "composite_centrality"

#: Rule-table presets with their sources (the composite preset is an index specification).
PRESETS: dict[str, dict[str, Any]] = {
    PRESET_POPULATION: {
        "name": "Population classes",
        "source": (
            "RegionAtlas spec settlement-structure.md section 2 (size classes >= 50 000, "
            ">= 10 000, >= 2 000); 200 inhabitants is the lower bound of a tätort (SCB, "
            "Tätorter 2020, Statistiska meddelanden MI 38 SM 2101: a tätort has at least "
            "200 inhabitants and at most 200 m between houses)."
        ),
        "fallback": None,
        "classes": [
            {
                "class": ">= 50 000",
                "conditions": [{"indicator": "population", "op": ">=", "value": 50000}],
            },
            {
                "class": "10 000 - 49 999",
                "conditions": [{"indicator": "population", "op": ">=", "value": 10000}],
            },
            {
                "class": "2 000 - 9 999",
                "conditions": [{"indicator": "population", "op": ">=", "value": 2000}],
            },
            {
                "class": "200 - 1 999",
                "conditions": [{"indicator": "population", "op": ">=", "value": 200}],
            },
        ],
    },
    PRESET_RUFS: {
        "name": "RUFS landsbygdsnod",
        "source": (
            "Region Stockholm (2018), RUFS 2050 - Regional utvecklingsplan för "
            "Stockholmsregionen: a landsbygdsnod (rural service node) has at least 1 000 "
            "inhabitants and a grocery shop, a school, a sports ground, elderly care and a "
            "public-transport interchange."
        ),
        "fallback": "Not a landsbygdsnod",
        "classes": [
            {
                "class": "Landsbygdsnod",
                "combine": "all",
                "conditions": [
                    {"indicator": "population", "op": ">=", "value": 1000},
                    {"indicator": "grocery", "op": "present"},
                    {"indicator": "school", "op": "present"},
                    {"indicator": "sports_ground", "op": "present"},
                    {"indicator": "elderly_care", "op": "present"},
                    {"indicator": "pt_interchange", "op": "present"},
                ],
            }
        ],
    },
}

#: Index-mode preset: equal weights of z-scores, 4 Jenks classes (spec section 2).
COMPOSITE_PRESET: dict[str, Any] = {
    "name": "Composite centrality",
    "source": (
        "RegionAtlas spec settlement-structure.md section 2: weighted index of z-scores of "
        "population, jobs, services and in-commuting; natural breaks (Jenks, G. F. 1977, "
        "Optimal data classification for choropleth maps, Univ. of Kansas Occasional Paper 2)."
    ),
    "weights": {"population": 1.0, "jobs": 1.0, "services": 1.0, "in_commuting": 1.0},
    "standardise": "zscore",
    "method": "jenks",
    "n_classes": 4,
}


def read_rule_table(path: str | Path) -> RuleTable:
    """The rule table in the UTF-8 JSON file ``path`` (see :func:`parse_rule_table`); a missing
    file or a bad table raises :class:`InputError` naming the file."""
    path = Path(path)
    if not path.exists():
        raise InputError("The rule table file {path} does not exist.", path=path)
    try:
        return parse_rule_table(path.read_text(encoding="utf-8"))
    except InputError as exc:
        raise InputError("Rule table {name}: {error}", name=path.name, error=str(exc)) from None


def preset_rule_table(name: str) -> RuleTable:
    """A shipped rule table by name (``population_classes`` or ``rufs_landsbygdsnod``)."""
    if name not in PRESETS:
        raise InputError(
            "Unknown rule preset {name!r}; choose one of {presets} "
            "(or '{composite}' in index mode).",
            name=name,
            presets=", ".join(PRESETS),
            composite=PRESET_COMPOSITE,
        )
    return parse_rule_table(PRESETS[name])


# -- classification ----------------------------------------------------------------------------


@dataclass
class HierarchyResult:
    """Per settlement: id, class, class_rank (1 = top), index_value, matched_rule."""

    table: pd.DataFrame
    method: str
    source: str = ""
    messages: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Settlements per class, in class-rank order."""
        t = self.table.sort_values("class_rank")
        return {str(k): int(v) for k, v in t.groupby("class", sort=False).size().items()}


def _indicator_frame(
    data: pd.DataFrame | Mapping[str, Any], id_column: str
) -> tuple[np.ndarray, pd.DataFrame]:
    frame = data if isinstance(data, pd.DataFrame) else pd.DataFrame(dict(data))
    if id_column not in frame.columns:
        raise InputError("The settlements have no id field '{field}'.", field=id_column)
    ids = np.array([normalise_id(v) for v in frame[id_column]], dtype=object)
    missing = [k + 1 for k, v in enumerate(ids) if v is None]
    if missing:
        raise InputError(
            "Settlement row(s) {rows} have no id in '{field}'.",
            rows=_ids_text([str(m) for m in missing]),
            field=id_column,
        )
    uniq, counts = np.unique(ids.astype(str), return_counts=True)
    if (counts > 1).any():
        raise InputError(
            "Settlement ids occur more than once: {ids}.",
            ids=_ids_text(uniq[counts > 1].tolist()),
        )
    return ids, frame


def _numeric(frame: pd.DataFrame, name: str, ids: np.ndarray) -> np.ndarray:
    col = frame[name]
    if col.dtype == bool:
        return col.to_numpy(dtype=float)
    values = pd.to_numeric(col, errors="coerce")
    bad = values.isna() & col.notna() & (col.astype(str).str.strip() != "")
    if bad.any():
        raise InputError(
            "Indicator '{indicator}' is not a number for settlement(s) {ids}.",
            indicator=name,
            ids=_ids_text(ids[bad.to_numpy()].tolist()),
        )
    return values.to_numpy(dtype=float)


def _missing_indicators(missing: list[str], frame: pd.DataFrame, id_column: str) -> dict:
    """Values of the "names indicator(s) ... Available: ..." messages ("–" when none)."""
    available = [str(c) for c in frame.columns if c != id_column]
    return {
        "missing": ", ".join(repr(m) for m in missing),
        "available": ", ".join(available) or "–",
    }


def classify_by_rules(
    data: pd.DataFrame | Mapping[str, Any],
    rules: RuleTable | str | Mapping[str, Any],
    *,
    id_column: str = "id",
    fallback: str | None = None,
) -> HierarchyResult:
    """Classify settlements with a rule table; the first matching class wins.

    ``data`` has an id column and one column per indicator (names as in the rules; any
    indicator the rules do not use may be absent). ``rules`` is a :class:`RuleTable`, a
    preset name, JSON text or a dict. ``fallback`` (or the table's own) names the class for
    settlements no rule matches; without one, unmatched settlements raise
    :class:`InputError` listing their ids.

    Returns a :class:`HierarchyResult` whose table has columns id, class, class_rank,
    index_value (NaN: rule mode has no index) and matched_rule (the rule text).
    """
    if isinstance(rules, RuleTable):
        table = rules
    elif isinstance(rules, str) and rules in PRESETS:
        table = preset_rule_table(rules)
    else:
        table = parse_rule_table(rules)
    ids, frame = _indicator_frame(data, id_column)
    missing = [name for name in table.indicators if name not in frame.columns]
    if missing:
        raise InputError(
            "The rule table names indicator(s) {missing} that the settlements do not have. "
            "Available: {available}.",
            **_missing_indicators(missing, frame, id_column),
        )
    text_use = {c.indicator for k in table.classes for c in k.conditions if c.is_text}
    num_use = {c.indicator for k in table.classes for c in k.conditions if not c.is_text}
    both = sorted(text_use & num_use)
    if both:
        raise InputError(
            "Indicator(s) {indicators} are compared both with text and with numbers in the "
            "rule table; use one kind per indicator.",
            indicators=", ".join(repr(b) for b in both),
        )
    values = {
        name: (
            np.array([normalise_id(v) for v in frame[name]], dtype=object)
            if name in text_use
            else _numeric(frame, name, ids)
        )
        for name in table.indicators
    }
    n = len(ids)
    assigned = np.full(n, -1, dtype=np.int64)
    for k, cls in enumerate(table.classes):
        tests = [cond.evaluate(values[cond.indicator]) for cond in cls.conditions]
        hit = np.logical_and.reduce(tests) if cls.combine == "all" else np.logical_or.reduce(tests)
        assigned[(assigned < 0) & hit] = k
    unmatched = assigned < 0
    fallback = fallback if fallback is not None else table.fallback
    messages: list[str] = []
    if unmatched.any():
        bad_ids = sorted(ids[unmatched].tolist(), key=id_sort_key)
        if fallback is None:
            raise InputError(
                "{n} settlement(s) match no class of the rule table: {ids}. Add a class that "
                "catches them (e.g. population >= 0) or choose a fallback class.",
                n=len(bad_ids),
                ids=_ids_text(bad_ids),
            )
        messages.append(
            f"{len(bad_ids)} settlement(s) got the fallback class '{fallback}': "
            f"{_ids_text(bad_ids)}."
        )
    names = [c.name for c in table.classes] + [fallback or ""]
    texts = [c.text() for c in table.classes] + [f"{fallback}: fallback (no rule matched)"]
    pick = np.where(unmatched, len(table.classes), assigned)
    out = pd.DataFrame(
        {
            "id": ids,
            "class": np.array(names, dtype=object)[pick],
            "class_rank": (pick + 1).astype(int),
            "index_value": np.full(n, np.nan),
            "matched_rule": np.array(texts, dtype=object)[pick],
        }
    )
    return HierarchyResult(
        table=out, method=f"rules: {table.name}".strip(), source=table.source, messages=messages
    )


def standardise(values: np.ndarray, how: str = "zscore") -> np.ndarray:
    """z-scores (population standard deviation; all equal -> 0) or ranks scaled to 0..1
    (average ranks for ties; one settlement -> 0.5)."""
    x = np.asarray(values, dtype=np.float64)
    if how == "zscore":
        sd = x.std()
        return np.zeros_like(x) if sd == 0 else (x - x.mean()) / sd
    if how == "rank":
        if x.size == 1:
            return np.array([0.5])
        return (pd.Series(x).rank(method="average").to_numpy() - 1) / (x.size - 1)
    raise InputError("Standardisation must be 'zscore' or 'rank', not {how!r}.", how=how)


def class_breaks(
    values: np.ndarray, method: str, n_classes: int, breaks: Sequence[float] | None = None
) -> np.ndarray:
    """Inner class breaks (ascending, ``n_classes - 1`` values): a value belongs to the
    class above a break when it is > the break (Jenks, quantiles) or >= it (fixed)."""
    x = np.asarray(values, dtype=np.float64)
    if method == "fixed":
        if not breaks:
            raise InputError("Fixed breaks need at least one break value.")
        b = np.asarray(sorted(float(v) for v in breaks))
        return b
    if n_classes < 2:
        raise InputError(
            "The number of classes must be at least 2, not {n_classes}.", n_classes=n_classes
        )
    n_unique = np.unique(x).size
    if n_unique < n_classes:
        raise InputError(
            "{n_classes} classes need at least {n_classes} different index values; "
            "there are {n_unique}.",
            n_classes=n_classes,
            n_unique=n_unique,
        )
    if method == "jenks":
        import jenkspy

        return np.asarray(jenkspy.jenks_breaks(x.tolist(), n_classes=n_classes)[1:-1], dtype=float)
    if method == "quantiles":
        return np.quantile(x, np.arange(1, n_classes) / n_classes)
    raise InputError(
        "Class method must be 'jenks', 'quantiles' or 'fixed', not {method!r}.", method=method
    )


def classify_by_index(
    data: pd.DataFrame | Mapping[str, Any],
    weights: Mapping[str, float],
    *,
    id_column: str = "id",
    standardise_how: str = "zscore",
    method: str = "jenks",
    n_classes: int = 4,
    breaks: Sequence[float] | None = None,
    class_names: Sequence[str] | None = None,
) -> HierarchyResult:
    """Composite centrality index: weighted mean of standardised indicators, then classes.

    ``index = sum_k w_k * s(x_k) / sum_k |w_k|`` with s = z-score or scaled rank. Indicators
    in ``weights`` must exist in ``data`` (others may be absent) and be complete. Classes:
    natural breaks (Jenks), quantiles, or fixed ``breaks`` (index >= break moves up a
    class; N = len(breaks) + 1). Class 1 is the highest index. Returns columns id, class,
    class_rank, index_value, matched_rule (the interval the index fell in).
    """
    if not weights:
        raise InputError("Index mode needs at least one indicator with a weight.")
    ids, frame = _indicator_frame(data, id_column)
    missing = [k for k in weights if k not in frame.columns]
    if missing:
        raise InputError(
            "Index weights name indicator(s) {missing} that the settlements do not have. "
            "Available: {available}.",
            **_missing_indicators(missing, frame, id_column),
        )
    total_w = sum(abs(float(w)) for w in weights.values())
    if total_w == 0:
        raise InputError("All index weights are zero.")
    index = np.zeros(len(ids))
    for name, w in weights.items():
        x = _numeric(frame, name, ids)
        nan = np.isnan(x)
        if nan.any():
            raise InputError(
                "Indicator '{indicator}' is missing for settlement(s) {ids}; fill it (e.g. 0) "
                "or leave the indicator out of the index.",
                indicator=name,
                ids=_ids_text(ids[nan].tolist()),
            )
        index += float(w) * standardise(x, standardise_how)
    index /= total_w
    b = class_breaks(index, method, n_classes, breaks)
    n_cls = b.size + 1
    # class from the bottom: 0 = lowest
    if method == "fixed":
        low_class = np.searchsorted(b, index, side="right")  # index >= break -> above
    else:
        low_class = np.searchsorted(b, index, side="left")  # index > break -> above
    rank = n_cls - low_class  # 1 = highest
    if class_names is not None and len(class_names) != n_cls:
        raise InputError(
            "{n_classes} classes need {n_classes} class names, not {n_names}.",
            n_classes=n_cls,
            n_names=len(class_names),
        )
    names = (
        list(class_names)
        if class_names is not None
        else [f"Class {k} of {n_cls}" for k in range(1, n_cls + 1)]
    )
    edges = np.concatenate([[-np.inf], b, [np.inf]])
    texts = []
    for lc, v in zip(low_class, index):
        lo, hi = edges[lc], edges[lc + 1]
        if method == "fixed":
            texts.append(f"index {v:.4g} in [{lo:.4g}, {hi:.4g}) ({method} breaks)")
        else:
            texts.append(f"index {v:.4g} in ({lo:.4g}, {hi:.4g}] ({method} breaks)")
    out = pd.DataFrame(
        {
            "id": ids,
            "class": np.array(names, dtype=object)[rank - 1],
            "class_rank": rank.astype(int),
            "index_value": index,
            "matched_rule": np.array(texts, dtype=object),
        }
    )
    weights_text = ", ".join(f"{k}={float(v):g}" for k, v in weights.items())
    return HierarchyResult(
        table=out,
        method=f"index ({standardise_how}; {weights_text}; {method}, {n_cls} classes)",
        source=COMPOSITE_PRESET["source"],
    )


# -- rank-size diagnostic ----------------------------------------------------------------------


def rank_size(
    sizes: Sequence[float] | np.ndarray,
    regions: Sequence[object] | np.ndarray | None = None,
    *,
    min_settlements: int = 3,
) -> pd.DataFrame:
    """Rank-size regression ``ln(size) = a + b ln(rank - 1/2)`` per region.

    Settlements with size <= 0 or missing are left out (counted in ``n_excluded``).
    Returns columns region (None when no regions given), n, n_excluded, slope, intercept,
    r2; regions with fewer than ``min_settlements`` usable settlements get NaN.
    """
    s = np.asarray(sizes, dtype=np.float64)
    reg = (
        np.full(s.size, None, dtype=object)
        if regions is None
        else np.asarray(regions, dtype=object)
    )
    if reg.size != s.size:
        raise InputError("Sizes and regions differ in length.")
    frame = pd.DataFrame({"region": reg, "size": s})
    rows = []
    for region, grp in frame.groupby("region", sort=False, dropna=False):
        v = grp["size"].to_numpy()
        ok = np.isfinite(v) & (v > 0)
        x = np.sort(v[ok])[::-1]
        row = {"region": region, "n": int(x.size), "n_excluded": int((~ok).sum())}
        if x.size < max(min_settlements, 2):
            row.update(slope=np.nan, intercept=np.nan, r2=np.nan)
        else:
            lr = np.log(np.arange(1, x.size + 1) - 0.5)
            ly = np.log(x)
            slope, intercept = np.polyfit(lr, ly, 1)
            resid = ly - (intercept + slope * lr)
            ss_tot = ((ly - ly.mean()) ** 2).sum()
            r2 = 1 - (resid**2).sum() / ss_tot if ss_tot > 0 else 1.0
            row.update(slope=float(slope), intercept=float(intercept), r2=float(r2))
        rows.append(row)
    out = pd.DataFrame(rows, columns=["region", "n", "n_excluded", "slope", "intercept", "r2"])
    if regions is not None:
        out = out.iloc[
            sorted(range(len(out)), key=lambda k: id_sort_key(str(out["region"].iloc[k])))
        ]
    return out.reset_index(drop=True)


def rank_size_of_column(
    data: pd.DataFrame, size_column: str, region_column: str | None = None
) -> tuple[pd.DataFrame, dict[object, np.ndarray]]:
    """:func:`rank_size` of one column of ``data`` (text numbers read, others NaN), per region
    of ``region_column`` (ids normalised, "0114" keeps its zero) or over all rows.

    Returns the rank-size table and the sizes of each region (key None without regions), the
    series :func:`regionatlas.report.charts.rank_size_png` draws.
    """
    sizes = pd.to_numeric(data[size_column], errors="coerce").to_numpy(dtype=float)
    regions = [normalise_id(v) for v in data[region_column]] if region_column else None
    table = rank_size(sizes, regions)
    keys = regions if regions is not None else [None] * len(sizes)
    grouped: dict[object, list[float]] = {}
    for key, value in zip(keys, sizes):
        grouped.setdefault(key, []).append(value)
    return table, {k: np.asarray(v) for k, v in grouped.items()}


def composite_centrality(
    data: pd.DataFrame | Mapping[str, Any],
    *,
    id_column: str = "id",
    n_classes: int | None = None,
    method: str | None = None,
    standardise_how: str | None = None,
    breaks: Sequence[float] | None = None,
) -> HierarchyResult:
    """The "Composite centrality" preset: :data:`COMPOSITE_PRESET` on the indicators present.

    Population, jobs, services and in-commuting each weigh 1; indicators missing from
    ``data`` are left out (and listed in the messages), at least one must be present.
    Defaults: z-scores, 4 Jenks classes; any of them may be overridden.
    """
    frame = data if isinstance(data, pd.DataFrame) else pd.DataFrame(dict(data))
    weights = {k: w for k, w in COMPOSITE_PRESET["weights"].items() if k in frame.columns}
    absent = [k for k in COMPOSITE_PRESET["weights"] if k not in frame.columns]
    if not weights:
        raise InputError(
            "Composite centrality needs at least one of the fields {fields}.",
            fields=", ".join(COMPOSITE_PRESET["weights"]),
        )
    result = classify_by_index(
        frame,
        weights,
        id_column=id_column,
        standardise_how=standardise_how or COMPOSITE_PRESET["standardise"],
        method=method or COMPOSITE_PRESET["method"],
        n_classes=n_classes or COMPOSITE_PRESET["n_classes"],
        breaks=breaks,
    )
    if absent:
        result.messages.append(f"Indicators not given and left out: {', '.join(absent)}.")
    return result
