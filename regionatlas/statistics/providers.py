"""The PxWeb API providers and the numbers that bound their use, with their sources."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Provider:
    key: str
    name: str
    #: PxWebApi 2 base URL (``{base}/tables/{id}/data``).
    base_url: str
    #: Largest number of data cells one call may ask for.
    max_cells: int
    #: At most ``max_calls`` calls per ``window_s`` seconds.
    max_calls: int
    window_s: float
    licence: str


#: Statistics Sweden, PxWebApi 2. Limits and licence from the API's own configuration,
#: https://statistikdatabasen.scb.se/api/v2/config ("maxDataCells": 150000,
#: "maxCallsPerTimeWindow": 30, "timeWindow": 10, licence CC0; stored response in
#: tests/data/statistics/scb/config.json).
SCB = Provider(
    key="scb",
    name="Statistics Sweden (SCB)",
    base_url="https://statistikdatabasen.scb.se/api/v2",
    max_cells=150_000,
    max_calls=30,
    window_s=10.0,
    licence="https://creativecommons.org/share-your-work/public-domain/cc0/",
)

PROVIDERS = {SCB.key: SCB}
