"""regionatlas:loadssbcommuting - Statistics Norway's commuting between municipalities
(table 03321) as an OD table, through SSB's PxWebApi 2."""

from __future__ import annotations

from ..i18n import tr
from ..regionatlas.statistics.commuting import SSB_COMMUTING
from ..regionatlas.statistics.providers import SSB
from .base import RegionAtlasAlgorithm
from .commuting_loader import add_loader_parameters, run_loader


class LoadSsbCommutingAlgorithm(RegionAtlasAlgorithm):
    NAME = "loadssbcommuting"
    GROUP_ID = "data"
    ICON = "indicators.svg"

    def display_name(self) -> str:
        return tr("Load commuting from SSB (Norway)")

    def help_text(self) -> str:
        return tr(
            "Loads Statistics Norway's table 03321 (employed persons by municipality of "
            "residence and municipality of work) through SSB's PxWebApi 2 and writes it as "
            "an OD table: origin, destination, employed, year (ids as text, flows within a "
            "municipality included, pairs without commuters left out), ready for every "
            "commuting algorithm.<br><br>"
            "The loader reads the table's own metadata and finds the home (Bokommuen) and "
            "work (ArbstedKomm) variables and the year (Tid), as SSB's own commuting app "
            "queries them (github.com/statisticsnorway/pendling, make_data.R); otherwise it "
            "stops and names the table's variables. Queries are split under SSB's limit of "
            "800 000 cells and kept to 30 calls per minute (SSB, 'API mot Statistikkbanken - "
            "brukerveiledning'); answers are cached in the QGIS profile; requests go through "
            "QGIS's network settings. Source: Statistics Norway (SSB), Statistikkbanken, "
            "table 03321; data licence CC BY 4.0 (name Statistics Norway as the source). "
            "The tests verify this path on a stored SSB answer of another table (05300), "
            "not on 03321.<br><br>"
            "<b>Parameters</b><br>"
            "<i>Table id(s)</i>: 03321 by default.<br>"
            "<i>Years</i>: e.g. 2022, or 2017-2022; empty: the latest year.<br>"
            "<i>County codes</i> and <i>Flows kept</i>: keep municipalities whose code starts "
            "with these county (fylke) codes; both ends or either end.<br>"
            "<i>Carry older municipality codes to the 2020 division</i>: codes of 2019 and "
            "earlier become the codes of 1 January 2020 (the 2020 reform, and the 2018 changes "
            "before it), from SSB's classification 131 (KLASS) code changes shipped with the "
            "plugin (resources/statistics); flows of merged municipalities are added up. "
            "The county filter then uses the 2020 county codes. Later changes (2024) are not "
            "in the list. <i>Municipalities split in the reform</i> (1850 Tysfjord, 1852, "
            "1903, 1940, 5012 Snillfjord): stop, or drop their flows and warn.<br>"
            "<i>Municipality codes that change between the chosen years</i>: stop (default) "
            "or keep each year's codes and warn.<br>"
            "Advanced: home/work variables, contents code, fixed values of other variables, "
            "the API address, the time to wait.<br>"
            "<i>Output</i>: the OD table; <i>Provenance</i> (METADATA and layer metadata): "
            "parameters, table, retrieval time, licence, code changes applied.<br>"
            "An unknown table, an HTTP error, a timeout or an answer cut off stop with the "
            "address named; nothing is written."
        )

    def initAlgorithm(self, config=None) -> None:
        add_loader_parameters(self, SSB, SSB_COMMUTING, sexes=False, reform=True)

    def run_algorithm(self, parameters, context, feedback) -> dict:
        return run_loader(
            self, SSB, SSB_COMMUTING, parameters, context, feedback, tr("Commuting (SSB)")
        )
