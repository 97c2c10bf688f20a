"""regionatlas:loadscbcommuting - SCB's register-based commuting between municipalities as an
OD table, through the PxWebApi 2 of Statistikdatabasen."""

from __future__ import annotations

from ..i18n import tr
from ..regionatlas.statistics.commuting import SCB_COMMUTING
from ..regionatlas.statistics.providers import SCB
from .base import RegionAtlasAlgorithm
from .commuting_loader import add_loader_parameters, run_loader


class LoadScbCommutingAlgorithm(RegionAtlasAlgorithm):
    NAME = "loadscbcommuting"
    GROUP_ID = "data"
    ICON = "indicators.svg"

    def display_name(self) -> str:
        return tr("Load commuting from SCB (Sweden)")

    def help_text(self) -> str:
        return tr(
            "Loads Statistics Sweden's register-based commuting between municipalities "
            "(employed persons by home municipality and workplace municipality) from "
            "Statistikdatabasen through its PxWebApi 2, and writes it as an OD table: "
            "origin, destination, employed, year (ids as text, flows within a municipality "
            "included, pairs without commuters left out). The table is ready for every "
            "commuting algorithm (origin, destination, employed; year field and year).<br><br>"
            "The loader first reads each table's own metadata and finds the home "
            "(Bostadskommun), work (Arbetsstallekommun), sex (Kon) and year (Tid) variables; "
            "when they are not there it stops and names the table and its variables. The "
            "query is split under SCB's limit of 150 000 cells per call and kept to 30 calls "
            "per 10 s (SCB's /api/v2/config); answers are cached in the QGIS profile. "
            "Requests go through QGIS's network settings (proxy, certificates).<br><br>"
            "Sources: SCB, Statistikdatabasen, AM0210 (BAS, register-based labour-market "
            "statistics) and AM0207 (RAMS). Default tables, in this order: TAB1830 (BAS, "
            "commuting 2020-), TAB5850 (RAMS new series 2019-2021), TAB333 (RAMS 2004-2018), "
            "TAB334 (RAMS 1993-2003), as documented by Region Dalarna's scripts for SCB's API "
            "(github.com/Region-Dalarna/hamta_data, hamta_pendling_rams_bas_scb.R). Data "
            "licence CC0. The tests verify this path on SCB's own stored answers of other "
            "tables (TAB5974), not on these tables.<br><br>"
            "<b>Parameters</b><br>"
            "<i>Table id(s)</i>: one or more tables; a year is taken from the first table "
            "that has it.<br>"
            "<i>Years</i>: e.g. 2022, or 2019-2023 (the years the tables hold in that range); "
            "empty: the latest year. Years from different tables cross series breaks "
            "(2003/04, 2018/19, 2019/20): they are named in the log and the metadata.<br>"
            "<i>Sex</i>: both (men and women added up), men or women.<br>"
            "<i>County codes</i>: keep municipalities whose code starts with these county "
            "codes (e.g. 25 for Norrbotten); <i>Flows kept</i>: home and work both in the "
            "counties (a closed table), or either end there.<br>"
            "<i>Municipality codes that change between the chosen years</i>: stop (default), "
            "or keep each year's own codes and warn (the commuting algorithms use one year at "
            "a time).<br>"
            "Advanced: the home and work variables, the contents code and fixed values of "
            "other variables (e.g. Alder=16+) when a table's metadata needs them; the API "
            "address; the time to wait for an answer.<br>"
            "<i>Output</i>: the OD table. <i>Provenance</i> (METADATA, also in the layer's "
            "metadata): parameters, tables and their titles per year, retrieval time, "
            "licence, series breaks crossed, cells without value.<br>"
            "An unknown table, an HTTP error, a timeout or an answer cut off stop with the "
            "address named; nothing is written."
        )

    def initAlgorithm(self, config=None) -> None:
        add_loader_parameters(self, SCB, SCB_COMMUTING, sexes=True, reform=False)

    def run_algorithm(self, parameters, context, feedback) -> dict:
        return run_loader(
            self, SCB, SCB_COMMUTING, parameters, context, feedback, tr("Commuting (SCB)")
        )
