"""Every number that defines the Degree of Urbanisation (DEGURBA), named once, with its source.

Parameter names follow the flexurba R package (Van Migerode, Poorthuis & Derudder 2024,
"Flexurba: an open-source R package to flexibly reconstruct the Degree of Urbanisation
classification", Environment and Planning B 51(7), 1706-1714; ``DoU_get_grid_parameters()``),
so that an ``OVERRIDES`` JSON written for flexurba works here unchanged
(e.g. ``{"UC_smooth_edge": false, "DUC_size_threshold": 6000}``).

Two presets:

``"2024 update"`` (default)
    Eurostat, *Applying the Degree of Urbanisation* (online manual, level-2 rules revised in
    July 2024) with the grid conventions of the GHSL Data Package 2023 (JRC): built-up
    criterion ("reduce fragmentation option") at 20 % built-up per permanent land, the 2023
    majority rule for edge smoothing, semi-dense urban clusters >= 900/km², >= 2 500
    inhabitants, 4-connected, rejected when within 2 cells of an urban centre or dense urban
    cluster. These are flexurba's own defaults (flexurba NEWS 0.2.0).
``"2021 manual"``
    Eurostat et al. (2021), *Applying the Degree of Urbanisation - a methodological manual to
    define cities, towns and rural areas for international comparisons*, 2021 edition, with
    the GHSL Data Package 2022 conventions: built-up criterion at 50 %, the original majority
    rule (a cell joins when >= 5 of its 8 neighbours belong to one centre), semi-dense urban
    clusters >= 300/km², >= 5 000 inhabitants, 8-connected, at least 3 cells away (the
    pre-July-2024 values listed in flexurba NEWS 0.2.0), and the 2021 unit rules.

Densities are inhabitants per km² of permanent land; sizes are inhabitants; ``UC_max_gap``
is in km²; buffer sizes are in cells. All density and size comparisons are ``>=``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import InputError

PRESET_2024 = "2024 update"
PRESET_2021 = "2021 manual"
PRESETS: tuple[str, ...] = (PRESET_2024, PRESET_2021)

#: GHS-SMOD codes, level 2 (GHSL Data Package 2023, table "SMOD L2").
URBAN_CENTRE = 30
DENSE_URBAN_CLUSTER = 23
SEMI_DENSE_URBAN_CLUSTER = 22
SUBURBAN = 21
RURAL_CLUSTER = 13
LOW_DENSITY_RURAL = 12
VERY_LOW_DENSITY_RURAL = 11
WATER = 10
#: Level-1 codes (GHS-SMOD L1: 3 urban centre, 2 urban cluster, 1 rural; 0 = water here).
L1_URBAN_CENTRE = 3
L1_URBAN_CLUSTER = 2
L1_RURAL = 1
L1_WATER = 0

LEVEL2_NAMES: dict[int, str] = {
    URBAN_CENTRE: "urban centre",
    DENSE_URBAN_CLUSTER: "dense urban cluster",
    SEMI_DENSE_URBAN_CLUSTER: "semi-dense urban cluster",
    SUBURBAN: "suburban or peri-urban",
    RURAL_CLUSTER: "rural cluster",
    LOW_DENSITY_RURAL: "low-density rural",
    VERY_LOW_DENSITY_RURAL: "very low-density rural",
    WATER: "water",
}
LEVEL1_NAMES: dict[int, str] = {
    L1_URBAN_CENTRE: "urban centre",
    L1_URBAN_CLUSTER: "urban cluster",
    L1_RURAL: "rural",
    L1_WATER: "water",
}

#: Unit (municipality, DeSO) classes. Level 1: 3 city, 2 town and semi-dense area, 1 rural.
UNIT_LEVEL1_NAMES: dict[int, str] = {3: "city", 2: "town and semi-dense area", 1: "rural area"}
UNIT_LEVEL2_NAMES: dict[int, str] = {
    30: "city",
    23: "dense town",
    22: "semi-dense town",
    21: "suburban or peri-urban area",
    13: "village",
    12: "dispersed rural area",
    11: "mostly uninhabited area",
}
#: Share of a unit's population that decides its class (manual 2021, section 3; all 50 %).
UNIT_SHARE_THRESHOLD = 0.5

SMOOTH_R2023A = "majority_rule_R2023A"
SMOOTH_R2022A = "majority_rule_R2022A"

_MANUAL_2021 = "Eurostat et al. (2021) Applying the Degree of Urbanisation, 2021 edition"
_GHSL_2023 = "GHSL Data Package 2023 (JRC), footnotes 29-30"
_GHSL_2022 = "GHSL Data Package 2022 (JRC), footnote 25"
_JULY_2024 = "Eurostat online manual, level-2 revision July 2024 (flexurba NEWS 0.2.0)"


@dataclass(frozen=True)
class Parameter:
    """One named threshold: its value in each preset, what it means and where it comes from."""

    name: str
    value_2024: Any
    value_2021: Any
    kind: type
    meaning: str
    source: str

    def value(self, preset: str) -> Any:
        return self.value_2024 if preset == PRESET_2024 else self.value_2021


def _p(name: str, v24: Any, v21: Any, kind: type, meaning: str, source: str) -> Parameter:
    return Parameter(name, v24, v21, kind, meaning, source)


PARAMETERS: dict[str, Parameter] = {
    p.name: p
    for p in (
        # -- urban centres (levels 1 and 2) ------------------------------------------------
        _p(
            "UC_density_threshold",
            1500.0,
            1500.0,
            float,
            "minimum density of an urban-centre cell (inh./km² of permanent land)",
            _MANUAL_2021,
        ),
        _p(
            "UC_size_threshold",
            50000.0,
            50000.0,
            float,
            "minimum population of an urban centre",
            _MANUAL_2021,
        ),
        _p("UC_contiguity_rule", 4, 4, int, "4 = rook (no diagonals), 8 = queen", _MANUAL_2021),
        _p(
            "UC_built_criterium",
            True,
            True,
            bool,
            "a cell also counts as dense when its built-up share of permanent land reaches "
            "UC_built_threshold (only when a built-up grid is given)",
            _GHSL_2022,
        ),
        _p(
            "UC_built_threshold",
            0.2,
            0.5,
            float,
            "built-up share of permanent land for the built-up criterion",
            "2024: " + _GHSL_2023 + " (20 %, flexurba default); 2021: " + _GHSL_2022 + " (50 %)",
        ),
        _p("UC_gap_fill", True, True, bool, "fill holes in urban centres", _MANUAL_2021),
        _p(
            "UC_max_gap",
            15.0,
            15.0,
            float,
            "holes with an area below this (km²) are filled",
            _MANUAL_2021,
        ),
        _p(
            "UC_smooth_edge",
            True,
            True,
            bool,
            "smooth urban-centre edges with the iterative majority rule",
            _MANUAL_2021,
        ),
        _p(
            "UC_smooth_edge_fun",
            SMOOTH_R2023A,
            SMOOTH_R2022A,
            str,
            "majority_rule_R2023A: majority among populated or land neighbours, water never "
            "joins; majority_rule_R2022A: >= 5 of the 8 neighbours",
            "2024: " + _GHSL_2023 + "; 2021: " + _GHSL_2022,
        ),
        # -- urban clusters (level 1) ---------------------------------------------------------
        _p(
            "UCL_density_threshold",
            300.0,
            300.0,
            float,
            "minimum density of an urban-cluster cell",
            _MANUAL_2021,
        ),
        _p(
            "UCL_size_threshold",
            5000.0,
            5000.0,
            float,
            "minimum population of an urban cluster",
            _MANUAL_2021,
        ),
        _p("UCL_contiguity_rule", 8, 8, int, "urban clusters include diagonals", _MANUAL_2021),
        # -- dense urban clusters (level 2) ---------------------------------------------------
        _p(
            "DUC_density_threshold",
            1500.0,
            1500.0,
            float,
            "minimum density of a dense-urban-cluster cell",
            _MANUAL_2021,
        ),
        _p(
            "DUC_size_threshold",
            5000.0,
            5000.0,
            float,
            "minimum population of a dense urban cluster",
            _MANUAL_2021,
        ),
        _p("DUC_contiguity_rule", 4, 4, int, "dense urban clusters: rook contiguity", _MANUAL_2021),
        _p(
            "DUC_built_criterium",
            True,
            True,
            bool,
            "built-up criterion for dense urban clusters",
            _GHSL_2022,
        ),
        _p(
            "DUC_built_threshold",
            0.2,
            0.5,
            float,
            "built-up share of permanent land for dense urban clusters",
            "2024: " + _GHSL_2023 + "; 2021: " + _GHSL_2022,
        ),
        # -- semi-dense urban clusters (level 2) ----------------------------------------------
        _p(
            "SDUC_density_threshold",
            900.0,
            300.0,
            float,
            "minimum density of a semi-dense-urban-cluster cell",
            _JULY_2024,
        ),
        _p(
            "SDUC_size_threshold",
            2500.0,
            5000.0,
            float,
            "minimum population of a semi-dense urban cluster",
            _JULY_2024,
        ),
        _p(
            "SDUC_contiguity_rule",
            4,
            8,
            int,
            "semi-dense clusters: 4 (2024) or 8 (2021)",
            _JULY_2024,
        ),
        _p(
            "SDUC_buffer_size",
            2,
            3,
            int,
            "a semi-dense cluster is rejected whole when any of its cells lies within this "
            "many cells (queen steps) of an urban centre or dense urban cluster",
            _JULY_2024,
        ),
        # -- suburban / peri-urban (level 2) --------------------------------------------------
        _p(
            "SUrb_density_threshold",
            300.0,
            300.0,
            float,
            "minimum density of a suburban cell (the urban-cluster rule)",
            _MANUAL_2021,
        ),
        _p(
            "SUrb_size_threshold",
            5000.0,
            5000.0,
            float,
            "minimum population of the urban cluster a suburban cell belongs to",
            _MANUAL_2021,
        ),
        _p("SUrb_contiguity_rule", 8, 8, int, "urban clusters include diagonals", _MANUAL_2021),
        # -- rural (level 2) ------------------------------------------------------------------
        _p(
            "RC_density_threshold",
            300.0,
            300.0,
            float,
            "minimum density of a rural-cluster cell",
            _MANUAL_2021,
        ),
        _p(
            "RC_size_threshold",
            500.0,
            500.0,
            float,
            "minimum population of a rural cluster",
            _MANUAL_2021,
        ),
        _p("RC_contiguity_rule", 8, 8, int, "rural clusters include diagonals", _MANUAL_2021),
        _p(
            "LDR_density_threshold",
            50.0,
            50.0,
            float,
            "minimum density of a low-density rural cell",
            _MANUAL_2021,
        ),
        # -- water ----------------------------------------------------------------------------
        _p(
            "water_land_threshold",
            0.5,
            0.5,
            float,
            "a water cell has a permanent-land share below this",
            _MANUAL_2021,
        ),
        _p(
            "water_pop_threshold",
            0.0,
            0.0,
            float,
            "a water cell has at most this population",
            _MANUAL_2021,
        ),
        _p(
            "water_built_threshold",
            0.0,
            0.0,
            float,
            "a water cell has at most this built-up share",
            _MANUAL_2021,
        ),
    )
}

#: Other spellings accepted in overrides (English "criterion" for flexurba's "criterium").
ALIASES: dict[str, str] = {
    "UC_built_criterion": "UC_built_criterium",
    "DUC_built_criterion": "DUC_built_criterium",
    "built_criterion": "UC_built_criterium",
}

_NO_POP_SMOOTHING = "population smoothing before delineation is not implemented"
_BUILT_AS_NUMBER = "give UC_built_threshold/DUC_built_threshold as a number instead"

#: flexurba parameters this implementation deliberately does not offer (the reasons have their
#: own error templates in :func:`resolve_parameters`, for translation).
UNSUPPORTED: dict[str, str] = {
    "UC_smooth_pop": _NO_POP_SMOOTHING,
    "UC_smooth_pop_window": _NO_POP_SMOOTHING,
    "UCL_smooth_pop": _NO_POP_SMOOTHING,
    "UCL_smooth_pop_window": _NO_POP_SMOOTHING,
    "built_optimal_data": _BUILT_AS_NUMBER,
}


def _coerce(param: Parameter, value: Any) -> Any:
    name = param.name
    if param.kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float)) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        raise InputError(
            "DEGURBA parameter '{name}' must be true or false, not {value!r}.",
            name=name,
            value=value,
        )
    if param.kind is str:
        if name == "UC_smooth_edge_fun" and value in (SMOOTH_R2023A, SMOOTH_R2022A):
            return value
        raise InputError(
            "DEGURBA parameter '{name}' must be '{option_2023}' or '{option_2022}', not {value!r}.",
            name=name,
            option_2023=SMOOTH_R2023A,
            option_2022=SMOOTH_R2022A,
            value=value,
        )
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(
            "DEGURBA parameter '{name}' must be a number, not {value!r}.", name=name, value=value
        )
    if value != value or value in (float("inf"), float("-inf")):
        raise InputError(
            "DEGURBA parameter '{name}' must be a finite number, not {value!r}.",
            name=name,
            value=value,
        )
    if param.kind is int:
        if float(value) != int(value):
            raise InputError(
                "DEGURBA parameter '{name}' must be a whole number, not {value!r}.",
                name=name,
                value=value,
            )
        value = int(value)
        if name.endswith("contiguity_rule") and value not in (4, 8):
            raise InputError(
                "DEGURBA parameter '{name}' must be 4 (rook) or 8 (queen), not {value}.",
                name=name,
                value=value,
            )
        if name == "SDUC_buffer_size" and value < 0:
            raise InputError(
                "DEGURBA parameter '{name}' must be >= 0, not {value}.", name=name, value=value
            )
        return value
    value = float(value)
    if value < 0:
        raise InputError(
            "DEGURBA parameter '{name}' must be >= 0, not {value:g}.", name=name, value=value
        )
    if name.endswith("built_threshold") or name == "water_land_threshold":
        if value > 1:
            raise InputError(
                "DEGURBA parameter '{name}' is a share and must be 0..1, not {value:g}.",
                name=name,
                value=value,
            )
    return value


def resolve_parameters(
    preset: str = PRESET_2024, overrides: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """All DEGURBA parameters for a preset, with overrides applied and checked.

    ``overrides`` uses flexurba's names (see :data:`PARAMETERS`); an unknown name, a wrong
    type or an impossible value raises :class:`InputError` naming the parameter.
    """
    if preset not in PRESETS:
        raise InputError(
            "Unknown DEGURBA preset {preset!r}; choose one of {presets}.",
            preset=preset,
            presets=", ".join(PRESETS),
        )
    params = {name: p.value(preset) for name, p in PARAMETERS.items()}
    if overrides is None:
        return params
    if not isinstance(overrides, Mapping):
        raise InputError(
            "DEGURBA overrides must be a JSON object such as {example}.",
            example='{"UC_smooth_edge": false, "DUC_size_threshold": 6000}',
        )
    for raw_name, value in overrides.items():
        name = ALIASES.get(raw_name, raw_name)
        if name in UNSUPPORTED:
            if UNSUPPORTED[name] == _NO_POP_SMOOTHING:
                raise InputError(
                    "DEGURBA parameter '{name}' is not supported: population smoothing before "
                    "delineation is not implemented.",
                    name=raw_name,
                )
            if UNSUPPORTED[name] == _BUILT_AS_NUMBER:
                raise InputError(
                    "DEGURBA parameter '{name}' is not supported: give "
                    "UC_built_threshold/DUC_built_threshold as a number instead.",
                    name=raw_name,
                )
            raise InputError(
                "DEGURBA parameter '{name}' is not supported: {reason}.",
                name=raw_name,
                reason=UNSUPPORTED[name],
            )
        if name not in PARAMETERS:
            raise InputError(
                "Unknown DEGURBA parameter '{name}'. Known parameters: {known}.",
                name=raw_name,
                known=", ".join(PARAMETERS),
            )
        params[name] = _coerce(PARAMETERS[name], value)
    return params


def describe_parameters(params: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Rows (name, value, meaning, source) for metadata and reports."""
    return [
        {
            "name": n,
            "value": params[n],
            "meaning": PARAMETERS[n].meaning,
            "source": PARAMETERS[n].source,
        }
        for n in PARAMETERS
        if n in params
    ]


def parse_overrides(text: str | None) -> dict[str, Any] | None:
    """OVERRIDES text (a flexurba-style JSON object, see the module docstring) -> dict, or None
    when empty; malformed JSON names the line and column. The values are checked by
    :func:`resolve_parameters`."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            "OVERRIDES is not valid JSON ({error} at line {line}, column {col}). Example: "
            '{{"UC_smooth_edge": false, "DUC_size_threshold": 6000}}.',
            error=exc.msg,
            line=exc.lineno,
            col=exc.colno,
        ) from None
    if not isinstance(value, dict):
        raise InputError(
            'OVERRIDES must be a JSON object, e.g. {{"UC_smooth_edge": false, '
            '"DUC_size_threshold": 6000}}.'
        )
    return value
