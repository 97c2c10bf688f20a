"""Commuting indicators of zones that have no row in the OD table.

A zone of the map that no commuter lives or works in has counts of 0 and no ratios (a ratio
with a zero denominator is NULL, as in :mod:`indicators`; SCB, Pendling i Sverige, defines
the shares per employed resident or per job).
"""

from __future__ import annotations

from .indicators import INDICATOR_FIELDS

#: The counts that are 0 for a zone without commuting (employed residents through net
#: commuting, in :data:`INDICATOR_FIELDS` order); every other indicator is NULL.
COUNT_FIELDS = INDICATOR_FIELDS[1 : INDICATOR_FIELDS.index("net_commuting") + 1]


def indicators_without_commuting(unit_id: str) -> list:
    """The indicator row (in :data:`INDICATOR_FIELDS` order) of a zone without commuting."""
    values: dict[str, object] = dict.fromkeys(INDICATOR_FIELDS)
    values.update(dict.fromkeys(COUNT_FIELDS, 0.0), unit_id=unit_id)
    return [values[name] for name in INDICATOR_FIELDS]
