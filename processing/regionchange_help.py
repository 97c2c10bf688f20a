"""Help text of ``regionatlas:regionchange``: what it compares, the sources (SCB LA regions,
Jaccard 1912) and each parameter."""

from __future__ import annotations

from ..i18n import tr
from .regions_help import method_help


def help_text() -> str:
    """The algorithm's short help (HTML) in the user's language."""
    return (
        tr(
            "Compares functional regions of several years (regionförstoring, region "
            "enlargement): per year the number of regions, their mean and median size and "
            "the share of the population in the largest region; per unit its region each "
            "year and whether it changed; the matching of each region to the region of the "
            "year before with which it shares most units (largest overlap, Jaccard index "
            "|A and B| / |A or B|). The partitions can be given as tables, or be made here "
            "from OD tables of several years by one method, or from SCB indicator tables. "
            "Units are matched by id; units present in only some years (municipal reforms) "
            "count in those years only.<br><br>"
            "Sources: SCB, Lokala arbetsmarknader (LA regions per year since 1970); Jaccard, "
            "P. (1912), The distribution of the flora in the alpine zone, New Phytologist "
            "11(2) (the overlap index); the methods' sources are in the report.<br>"
            "<br><b>Parameters</b><br>"
            "<i>Inputs</i>: two or more tables (layers or CSV paths), all of one kind:<br>"
            "&nbsp;0 <i>partition tables</i>: one row per unit with UNIT_FIELD and "
            "REGION_FIELD (default unit_id and region_id, as written by Commuting regions), "
            "optional SIZE_FIELD (employed residents, e.g. R; without it sizes are counted in "
            "units);<br>"
            "&nbsp;1 <i>commuting OD tables</i>: ORIGIN_FIELD, DESTINATION_FIELD, "
            "COUNT_FIELD, run through one METHOD with its parameters (below); sizes are "
            "employed residents;<br>"
            "&nbsp;2 <i>LA indicator tables</i>: UNIT_FIELD, DESTINATION_FIELD (largest "
            "destination), P1_FIELD, P2_FIELD, run through SCB's rule with CENTRE_MAX_OUT "
            "and CENTRE_MAX_SINGLE.<br>"
            "Field names are typed, the same for every input.<br>"
            "<i>Year of each input</i>: with a <i>year field</i> (YEAR_FIELD) every input is "
            "split by its values (one table may hold all years) and <i>years</i> (YEARS, "
            "optional, comma-separated) picks some; without it YEARS gives one year per "
            "input in input order, and if YEARS is empty each input's year is the last "
            "four-digit number in its layer or file name (commuting_2017.csv: 2017).<br>"
        )
        + method_help()
        + tr(
            "<i>Zones</i> (optional polygons) with <i>zone id field</i>: the units output "
            "becomes a map on which the units that changed region stand out.<br>"
            "<i>Years</i> (OUTPUT_YEARS): year, regions, mean_units, median_units, "
            "mean_size, median_size, largest_region, largest_share, size_measure.<br>"
            "<i>Units</i> (OUTPUT_UNITS): unit_id, region_YEAR per year, changed_YEAR "
            "(true when the unit's region is not the successor of its region the year "
            "before) and changed (in any year).<br>"
            "<i>Matches</i> (OUTPUT_MATCHES): year_from, year_to, region_to, region_from "
            "(largest overlap; ties: smaller id), overlap (units), jaccard.<br>"
            "<i>Report</i> (optional HTML): the tables and a chart of regions per year."
        )
    )
