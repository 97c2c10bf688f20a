"""Inputs of the settlement hierarchy as a planner gives them: the services indicator from
service fields, the RUFS rule with the planner's own service fields, index weights and fixed
breaks typed as text, and the composite preset's weights on the indicators at hand.

The classification itself is :mod:`regionatlas.settlement.hierarchy`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from ..errors import InputError
from ..ids import example_list
from .hierarchy import COMPOSITE_PRESET, PRESET_RUFS, PRESETS, RuleTable, parse_rule_table

#: Name of the indicator made from the service fields (rule tables and the index use it).
SERVICES = "services"
#: Population a RUFS landsbygdsnod must have (Region Stockholm 2018, RUFS 2050).
RUFS_MIN_POPULATION = 1000
#: Settlement ids named in a message at most.
MAX_IDS_IN_MESSAGE = 10


def services_indicator(frame: pd.DataFrame, fields: Sequence[str], id_column: str) -> pd.Series:
    """The sum of the service fields per settlement (counts or 0/1, booleans count 1; empty
    counts 0). A value that is not a number is refused with the settlements named."""
    values = {}
    for name in fields:
        column = frame[name]
        numbers = pd.to_numeric(
            column.map(lambda v: int(v) if isinstance(v, bool) else v), errors="coerce"
        )
        bad = numbers.isna() & column.notna()
        if bad.any():
            raise InputError(
                "Service field '{field}' is not a number for settlement(s) {ids}.",
                field=name,
                ids=example_list(list(map(str, frame[id_column][bad])), MAX_IDS_IN_MESSAGE),
            )
        values[name] = numbers.fillna(0.0)
    return pd.DataFrame(values, index=frame.index).sum(axis=1)


def rufs_rule_table(service_fields: Sequence[str] | None = None) -> RuleTable:
    """The RUFS landsbygdsnod rule: at least :data:`RUFS_MIN_POPULATION` inhabitants and every
    service present. The services are the preset's fields (grocery, school, sports_ground,
    elderly_care, pt_interchange) unless ``service_fields`` names the planner's own."""
    preset = dict(PRESETS[PRESET_RUFS])
    if not service_fields:
        return parse_rule_table(preset)
    rule = dict(preset["classes"][0])
    rule["conditions"] = [
        {"indicator": "population", "op": ">=", "value": RUFS_MIN_POPULATION},
        *({"indicator": name, "op": "present"} for name in service_fields),
    ]
    preset["classes"] = [rule]
    preset["source"] = preset["source"] + " Services: " + ", ".join(service_fields) + "."
    return parse_rule_table(preset)


def uses_indicator(rules: RuleTable, indicator: str) -> bool:
    """Whether any condition of ``rules`` reads ``indicator``."""
    return indicator in rules.indicators


def parse_weights(text: str | None) -> dict[str, float] | None:
    """Index weights typed as ``population=2, jobs=1`` or a JSON object; None when empty."""
    text = (text or "").strip()
    if not text:
        return None
    if text.startswith("{"):
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                "The index weights are not valid JSON: {error}.", error=exc.msg
            ) from None
        if not isinstance(raw, dict):
            raise InputError("The index weights must be a JSON object.")
        items: list[tuple[str, Any]] = list(raw.items())
    else:
        items = []
        for part in text.split(","):
            if not part.strip():
                continue
            if "=" not in part:
                raise InputError(
                    "Index weight '{part}' must read indicator=weight, e.g. population=2.",
                    part=part.strip(),
                )
            key, value = part.split("=", 1)
            items.append((key.strip(), value.strip()))
    weights = {}
    for key, value in items:
        try:
            weights[key] = float(value)
        except (TypeError, ValueError):
            raise InputError(
                "Index weight of '{name}' is not a number: {value!r}.", name=key, value=value
            ) from None
    return weights


def parse_breaks(text: str | None) -> list[float] | None:
    """Fixed breaks typed as comma- (or semicolon-) separated numbers; None when empty."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return [float(v) for v in text.replace(";", ",").split(",") if v.strip()]
    except ValueError:
        raise InputError(
            "Fixed breaks must be numbers separated by commas, not '{text}'.", text=text
        ) from None


def composite_weights(columns: Sequence[str]) -> tuple[dict[str, float], list[str]]:
    """The composite preset's weights of the indicators in ``columns`` and the preset's
    indicators left out; at least one must be there."""
    preset: Mapping[str, float] = COMPOSITE_PRESET["weights"]
    weights = {k: w for k, w in preset.items() if k in columns}
    if not weights:
        raise InputError(
            "Composite centrality needs at least one of the population, jobs, service or "
            "in-commuting fields."
        )
    return weights, [k for k in preset if k not in columns]


#: Column of the settlement ids in the indicator frame (never a field name of a layer).
ID_COLUMN = "__settlement_id"


def indicator_frame(
    attributes: pd.DataFrame,
    ids: Sequence[str],
    fields: Mapping[str, str | None],
    services: Sequence[str] = (),
) -> tuple[pd.DataFrame, dict[str, str]]:
    """The settlements' attributes with their ids (column ``ID_COLUMN``), each indicator of
    ``fields`` (indicator -> field; None = not given) as a copy of its field, and the
    indicator ``services`` as the sum of the ``services`` fields (``services_indicator``).

    Also returns the indicators used and the field(s) behind each, for the log and the
    provenance. Rule tables may name any attribute by its own name (RegionAtlas user guide,
    settlement hierarchy).
    """
    frame = attributes.copy()
    frame.insert(0, ID_COLUMN, list(ids))
    used = {indicator: field for indicator, field in fields.items() if field}
    for indicator, field in used.items():
        frame[indicator] = frame[field]
    if services:
        frame[SERVICES] = services_indicator(frame, services, ID_COLUMN)
        used[SERVICES] = "+".join(services)
    return frame, used
