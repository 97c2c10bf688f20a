"""Words of the commuting-region methods: METHOD's choices, each method's published source,
the help of METHOD and its thresholds, and how to install Leiden's packages."""

from __future__ import annotations

from ..i18n import tr
from ..regionatlas.commuting.regions.parameters import SCB_CENTRE_MAX_OUT, SCB_CENTRE_MAX_SINGLE


def scb_thresholds() -> dict[str, str]:
    """SCB's centre thresholds p1 and p2 as the method description writes them (0.20, 0.075),
    for help texts (the values are the core's named constants)."""
    return {"p1": f"{SCB_CENTRE_MAX_OUT:.2f}", "p2": f"{SCB_CENTRE_MAX_SINGLE:.3f}"}


def method_names() -> list[str]:
    """METHOD choices (order is public API)."""
    return [
        tr("SCB local labour markets (LA regions)"),
        tr("EURO / TTWA, ISTAT variant (final reserve assignment without validity check)"),
        tr("EURO / TTWA, strict (every final region valid)"),
        tr("Tolbert-Sizer commuting zones"),
        tr("Network communities (Leiden, modularity)"),
        tr("EURO / TTWA, textbook (every validity from cluster totals)"),
    ]


def method_source(index: int) -> str:
    """The published source of method ``index`` (a METHOD choice)."""
    return [
        tr(
            "Statistics Sweden (SCB), Lokala arbetsmarknader (LA) - method description: a unit "
            "is a centre when p1 <= CENTRE_MAX_OUT and p2 <= CENTRE_MAX_SINGLE; other units "
            "follow their largest destination."
        ),
        tr(
            "Coombes M. & Bond S. (2008), Travel-to-Work Areas: the 2007 review, ONS; Eurostat "
            "(2020), European harmonised labour market areas; Franconi L., D'Alò M. & Ichim D. "
            "(2016), Istat implementation of the algorithm to develop Labour Market Areas "
            "(ISTAT variant: reserve-list units are finally assigned without a validity check)."
        ),
        tr(
            "Coombes M. & Bond S. (2008), Travel-to-Work Areas: the 2007 review, ONS, and the "
            "CURDS/ONS TTWA program (strict variant: every final area has V >= 1)."
        ),
        tr(
            "Tolbert C. M. & Sizer M. (1996), U.S. commuting zones and labor market areas, USDA "
            "ERS; Fowler C. S., Rhubart D. C. & Jensen L. (2016) for the cut height 0.977 of the "
            "2010 zones."
        ),
        tr(
            "Traag V. A., Waltman L. & van Eck N. J. (2019), From Louvain to Leiden: guaranteeing "
            "well-connected communities, Scientific Reports 9, 5233; directed modularity "
            "(Leicht & Newman 2008)."
        ),
        tr(
            "Coombes M. & Bond S. (2008), Travel-to-Work Areas: the 2007 review, ONS; Eurostat "
            "(2020), European harmonised labour market areas (textbook variant: the published "
            "procedure with every validity computed from cluster totals)."
        ),
    ][index]


def method_help() -> str:
    """Help text of METHOD and its parameters (shared by commutingregions and regionchange)."""
    return tr(
        "<i>Method</i>: 0 SCB local labour markets; 1 EURO/TTWA, ISTAT variant: reproduces "
        "ISTAT's program LabourMarketAreas step by step, which is what produces ISTAT's and "
        "Eurostat's published areas (including its quirks: a cluster that has just lost a unit "
        "is judged by its weakest member and flow, so it is usually taken apart; reserve-list "
        "units are finally assigned to their best-linked region without a validity check, so a "
        "few regions may have V < 1); 2 EURO/TTWA strict (textbook steps, then the validity "
        "check stays on: every region has V >= 1, units that fit nowhere stay unassigned; on "
        "the UK example data it reproduces 716 of the 785 areas of the original CURDS/ONS "
        "program exactly, which forms more small areas); 3 "
        "Tolbert-Sizer commuting zones; 4 network communities (Leiden, directed modularity; "
        "needs the Python package igraph 1.0 or newer); 5 EURO/TTWA textbook (the published "
        "procedure with every validity from cluster totals, reserve-list units finally "
        "assigned without a validity check).<br>"
        "<i>SCB: centre max. share working elsewhere p1</i> (CENTRE_MAX_OUT, {p1}) and "
        "<i>centre max. share to the largest destination p2</i> (CENTRE_MAX_SINGLE, {p2}): a "
        "unit is a centre when both hold; every other unit follows its largest destination "
        "until a centre (or a mutual pair, a multi-centre region).<br>"
        "<i>EURO: minimum size, minimum self-containment, target size, target "
        "self-containment</i> (MIN_SIZE, MIN_SC, TARGET_SIZE, TARGET_SC; UK TTWA 3500, 0.6667, "
        "25000, 0.75; ISTAT's example 1000, 0.6667, 10000, 0.75): sizes are employed "
        "residents, self-containment min(internal flow / R, internal flow / W); a region is "
        "valid when its validity V >= 1. They also give every method's V in the outputs.<br>"
        "<i>Tolbert-Sizer: cut height</i> (CUT_HEIGHT, 0.977; 0.98 in 1990): the average-"
        "linkage tree of the distances 1 - (F[i,j] + F[j,i]) / min(R[i], R[j]) is cut there; a "
        "higher cut gives fewer, larger zones.<br>"
        "<i>Leiden: resolution</i> (RESOLUTION, 1.0; higher gives more, smaller regions) and "
        "<i>seed</i> (SEED, 42; the same seed gives the same partition).<br>"
    ).format(**scb_thresholds())


def leiden_install_hint() -> str:
    """How to install the package the Leiden method needs."""
    return tr(
        "The network-communities method (Leiden) needs the Python package 'igraph' 1.0 or "
        "newer in the Python that QGIS uses (Debian's python3-igraph is older). Install it "
        "with QGIS's Python, in the OSGeo4W shell on Windows or a terminal elsewhere: "
        "'python -m pip install \"igraph>=1.0\"' (on Debian/Ubuntu 'python3 -m pip install "
        '--user "igraph>=1.0"\'). Then restart QGIS, or choose another method.'
    )
