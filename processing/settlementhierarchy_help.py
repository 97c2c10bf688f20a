"""Help text of ``regionatlas:settlementhierarchy``: what it does, the presets' sources and
each parameter."""

from __future__ import annotations

from ..i18n import tr


def help_text() -> str:
    """The algorithm's short help (HTML) in the user's language."""
    return tr(
        "Classifies settlements (points or polygons, e.g. SCB tätorter) into a hierarchy "
        "and says for every settlement which rule put it there. A <i>rule table</i> lists "
        "classes from the top, each with thresholds on named indicators combined with "
        "AND/OR; the first class that matches wins. In <i>index mode</i> a weighted "
        "composite of standardised indicators is classed into N classes. A rank-size line "
        "(slope of ln(size) on ln(rank - 1/2), with R²) is written to the log, per region "
        "when a region field is given, and to the optional HTML report with a chart.<br>"
        "<br><b>Presets and their sources</b><br>"
        "<i>Population classes</i>: >= 50 000, 10 000 - 49 999, 2 000 - 9 999, 200 - "
        "1 999 inhabitants (size classes of RegionAtlas; 200 is the lower bound of a "
        "tätort: SCB, Tätorter 2020, Statistiska meddelanden MI 38 SM 2101).<br>"
        "<i>RUFS landsbygdsnod</i>: >= 1 000 inhabitants and a grocery shop, a school, a "
        "sports ground, elderly care and a public-transport interchange (Region "
        "Stockholm 2018, RUFS 2050); others get 'Not a landsbygdsnod'.<br>"
        "<i>Composite centrality</i>: equal weights of the z-scores of population, jobs, "
        "services and in-commuting (those given), 4 classes by natural breaks (Jenks, "
        "G. F. 1977, Optimal data classification for choropleth maps).<br>"
        "Source of the rank-size correction: Gabaix &amp; Ibragimov (2011), Rank - 1/2, "
        "Journal of Business &amp; Economic Statistics 29(1).<br><br>"
        "<b>Parameters</b><br>"
        "<i>Settlements</i>: points or polygons; <i>id field</i> (optional, unique; "
        "default the feature id) names settlements in messages.<br>"
        "<i>Population / jobs / in-commuting field</i>, <i>service fields</i>: all "
        "optional; they become the indicators <i>population</i>, <i>jobs</i>, "
        "<i>in_commuting</i> and <i>services</i> (the sum of the service fields, used by "
        "the composite index and by rule tables that name it). Under the RUFS preset "
        "the service fields, when given, are the services a landsbygdsnod must all have "
        "(otherwise the fields grocery, school, sports_ground, elderly_care and "
        "pt_interchange); population classes do not use them (the log says so). Every "
        "field of the layer can also be used in a rule table by its own name (e.g. "
        "<i>grocery</i> for the RUFS preset, or <i>role</i> from a dominant-flow "
        "result).<br>"
        "<i>Classification</i>: 0 Population classes, 1 RUFS landsbygdsnod, 2 Composite "
        "centrality (index mode), 3 rule table from the JSON file.<br>"
        "<i>Rule table file</i> (JSON): "
        '{"classes": [{"class": "Regional centre", "combine": "all", "conditions": '
        '[{"indicator": "population", "op": ">=", "value": 50000}]}, ...], '
        '"fallback": "Other"}; operators >=, >, <=, <, ==, !=, present, absent; combine '
        '"all"/"AND" or "any"/"OR". When a file is given it is used.<br>'
        "<i>Fallback class</i>: class for settlements no rule matches; without one such "
        "settlements stop the run and are listed.<br>"
        "<i>Index weights</i> (index mode): e.g. population=2, jobs=1 or a JSON object; "
        "empty = the preset's equal weights of the indicators given. <i>Standardise</i>: "
        "z-scores or ranks scaled to 0..1. <i>Class method</i>: natural breaks (Jenks), "
        "quantiles or fixed breaks (<i>breaks</i>: comma-separated index values; an "
        "index >= a break moves up a class). <i>Number of classes</i>: N for Jenks and "
        "quantiles. Class 1 is the highest index.<br>"
        "<i>Region field</i> (optional): a rank-size line per region (county, LA "
        "region).<br>"
        "<i>Output</i>: the settlements with class, class_rank (1 = top), index_value "
        "(index mode) and matched_rule. <i>Report</i> (optional HTML): counts per class, "
        "the rules and the rank-size lines with a chart."
    )
