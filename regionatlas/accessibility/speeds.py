"""Edge speeds and directions: from a speed field, a class table (preset or JSON) or a default.

Presets, each with its source:

``osm``
    OpenStreetMap ``highway`` classes with the default car speeds of the Open Source Routing
    Machine's car profile (OSRM ``profiles/car.lua``, ``speed_profile``; Luxen & Vetter 2011,
    "Real-time routing with OpenStreetMap data", ACM SIGSPATIAL GIS '11).
``nvdb``
    NVDB *funktionell vägklass* 0-9 (Trafikverket, "Funktionell vägklass", NVDB
    dataproduktspecifikation): class 0 the most important through roads, 9 the least.
    Trafikverket publishes no speed per class, so these are RegionAtlas's assumption of
    typical rural posted speeds per class; prefer NVDB's own posted speed
    (*Hastighetsgräns*, ``SPEED_FIELD``) where it is available.

Directions follow OSM's ``oneway`` tag: ``yes``/``1``/``true`` one way along the line,
``-1``/``reverse`` one way against it, ``no``/``0``/``false``/empty both ways
(OSM wiki, Key:oneway). ``reversible`` and ``alternating`` roads change direction over the
day and are taken as two-way.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence

import numpy as np

from ..errors import InputError
from ..ids import example_list
from .parameters import MAX_SPEED_KMH

OSM_HIGHWAY_KMH: dict[str, float] = {
    "motorway": 90.0,
    "motorway_link": 45.0,
    "trunk": 85.0,
    "trunk_link": 40.0,
    "primary": 65.0,
    "primary_link": 30.0,
    "secondary": 55.0,
    "secondary_link": 25.0,
    "tertiary": 40.0,
    "tertiary_link": 20.0,
    "unclassified": 25.0,
    "residential": 25.0,
    "living_street": 10.0,
    "service": 15.0,
}
NVDB_FUNCTIONAL_CLASS_KMH: dict[str, float] = {
    "0": 100.0,
    "1": 90.0,
    "2": 80.0,
    "3": 80.0,
    "4": 70.0,
    "5": 70.0,
    "6": 60.0,
    "7": 50.0,
    "8": 40.0,
    "9": 30.0,
}
PRESETS: dict[str, dict[str, float]] = {"osm": OSM_HIGHWAY_KMH, "nvdb": NVDB_FUNCTIONAL_CLASS_KMH}

#: Direction codes: 0 both ways, 1 along the line only, -1 against it only.
BOTH, FORWARD, BACKWARD = 0, 1, -1
ONEWAY_VALUES: dict[str, int] = {
    "yes": FORWARD,
    "1": FORWARD,
    "true": FORWARD,
    "-1": BACKWARD,
    "reverse": BACKWARD,
    "no": BOTH,
    "0": BOTH,
    "false": BOTH,
    "": BOTH,
    "reversible": BOTH,
    "alternating": BOTH,
}


def speed_table(text: str | None) -> dict[str, float]:
    """A class -> km/h table from a preset name (``osm``, ``nvdb``) or a JSON object."""
    if text is None or not str(text).strip():
        return {}
    key = str(text).strip()
    if key.lower() in PRESETS:
        return dict(PRESETS[key.lower()])
    try:
        data = json.loads(key)
    except json.JSONDecodeError as exc:
        raise InputError(
            "SPEED_TABLE is neither a preset ({presets}) nor valid JSON: {error}.",
            presets=", ".join(PRESETS),
            error=str(exc),
        ) from None
    if not isinstance(data, dict) or not data:
        raise InputError(
            'SPEED_TABLE must be a JSON object of class -> km/h, e.g. {{"primary": 70}}.'
        )
    table = {}
    for cls, value in data.items():
        try:
            speed = float(value)
        except (TypeError, ValueError):
            speed = math.nan
        if not (0 < speed <= MAX_SPEED_KMH):
            raise InputError(
                "SPEED_TABLE: the speed of class '{cls}' is {value!r}; it must be a number "
                "of km/h above 0 and at most {max}.",
                cls=cls,
                value=value,
                max=MAX_SPEED_KMH,
            )
        table[_class_key(cls)] = speed
    return table


def _class_key(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def resolve_speeds(
    line_ids: Sequence[str],
    speed_values: Sequence[object] | None = None,
    class_values: Sequence[object] | None = None,
    table: Mapping[str, float] | None = None,
    default_kmh: float = 0.0,
    speed_field: str = "SPEED_FIELD",
    class_field: str = "SPEED_CLASS_FIELD",
) -> np.ndarray:
    """Speed (km/h) of each line: its speed field, else its class in ``table``, else
    ``default_kmh`` (0 = no default). Raises :class:`InputError` naming the lines without a
    usable speed, and any negative, zero or absurd speed."""
    n = len(line_ids)
    speeds = np.full(n, np.nan)
    if speed_values is not None:
        bad = []
        for k, value in enumerate(speed_values):
            if _is_missing(value) or (isinstance(value, str) and not value.strip()):
                continue
            try:
                speed = float(value)
            except (TypeError, ValueError):
                speed = math.nan
            if not (0 < speed <= MAX_SPEED_KMH):
                bad.append(f"{line_ids[k]} ({value!r})")
            speeds[k] = speed
        if bad:
            raise InputError(
                "{n} line(s) have a speed in '{field}' that is not a number of km/h above 0 "
                "and at most {max}: {lines}.",
                n=len(bad),
                field=speed_field,
                max=MAX_SPEED_KMH,
                lines=example_list(bad),
            )
    if class_values is not None and table:
        todo = np.flatnonzero(np.isnan(speeds))
        for k in todo:
            value = class_values[k]
            if not _is_missing(value):
                speeds[k] = table.get(_class_key(value), math.nan)
    if default_kmh < 0 or default_kmh > MAX_SPEED_KMH:
        raise InputError(
            "DEFAULT_SPEED is {value} km/h; it must lie between 0 and {max}.",
            value=default_kmh,
            max=MAX_SPEED_KMH,
        )
    missing = np.isnan(speeds)
    if missing.any():
        if default_kmh > 0:
            speeds[missing] = default_kmh
        else:
            classes = []
            if class_values is not None:
                classes = sorted({_class_key(class_values[k]) for k in np.flatnonzero(missing)})
            raise InputError(
                "{n} line(s) have no speed (no value in SPEED_FIELD, no class in SPEED_TABLE "
                "and DEFAULT_SPEED is 0): {lines}. Classes without a speed: {classes}.",
                n=int(missing.sum()),
                lines=example_list([line_ids[k] for k in np.flatnonzero(missing)]),
                classes=example_list(classes) or "-",
            )
    return speeds


def resolve_directions(
    line_ids: Sequence[str], values: Sequence[object] | None, field: str = "ONEWAY_FIELD"
) -> np.ndarray:
    """Direction code per line (:data:`BOTH`, :data:`FORWARD`, :data:`BACKWARD`)."""
    n = len(line_ids)
    if values is None:
        return np.zeros(n, dtype=np.int8)
    out = np.zeros(n, dtype=np.int8)
    unknown = {}
    for k, value in enumerate(values):
        text = "" if _is_missing(value) else _class_key(value).lower()
        if isinstance(value, bool):
            text = "true" if value else "false"
        code = ONEWAY_VALUES.get(text)
        if code is None:
            unknown.setdefault(text, line_ids[k])
        else:
            out[k] = code
    if unknown:
        raise InputError(
            "'{field}' has values that are not a direction: {values} (e.g. line {line}). "
            "Use yes/1/true (one way along the line), -1 (against it) or no/0/empty.",
            field=field,
            values=example_list(sorted(unknown), quoted=True),
            line=next(iter(unknown.values())),
        )
    return out
