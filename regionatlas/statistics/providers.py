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
    #: The licence's short name, as recorded in outputs.
    licence_name: str = ""
    #: Language of the codes' texts asked for (``lang=``).
    language: str = "sv"


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
    licence_name="CC0 1.0",
    language="sv",
)

#: Statistics Norway, PxWebApi 2. Limits and licence from SSB's API guide, "API mot
#: Statistikkbanken - brukerveiledning"
#: (https://www.ssb.no/api/api-mot-statistikkbanken--brukerveiledning): "Grensene per uttrekk
#: er 800.000 dataceller, og antall spørringer er for tiden 30 per minutt", "API-et benytter
#: Creative Commons-lisensen CC BY 4.0"; base address https://data.ssb.no/api/pxwebapi/v2.
SSB = Provider(
    key="ssb",
    name="Statistics Norway (SSB)",
    base_url="https://data.ssb.no/api/pxwebapi/v2",
    max_cells=800_000,
    max_calls=30,
    window_s=60.0,
    licence="https://creativecommons.org/licenses/by/4.0/",
    licence_name="CC BY 4.0",
    language="no",
)

PROVIDERS = {SCB.key: SCB, SSB.key: SSB}
