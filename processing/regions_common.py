"""METHOD and the thresholds shared by the commuting-region algorithms: declared, read, run.

``regionatlas:commutingregions``, ``regionatlas:laregionsfromindicators`` and
``regionatlas:regionchange`` declare the same method parameters (METHOD and each method's
thresholds). Their defaults and checks are the core's
(``regionatlas.commuting.regions.parameters``), the methods ``regionatlas.commuting.regions``;
zones and outputs are in ``region_outputs``. This module only moves values between QGIS and
the core.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
)

from ..i18n import tr
from ..regionatlas.commuting.regions import (
    euro_regions,
    leiden_regions,
    scb_regions,
    tolbert_sizer_regions,
)
from ..regionatlas.commuting.regions.leiden import leiden_installed
from ..regionatlas.commuting.regions.parameters import (
    LEIDEN_RESOLUTION,
    LEIDEN_SEED,
    SCB_CENTRE_MAX_OUT,
    SCB_CENTRE_MAX_SINGLE,
    TOLBERT_CUT_HEIGHT,
    TTWA_MIN_SC,
    TTWA_MIN_SIZE,
    TTWA_TARGET_SC,
    TTWA_TARGET_SIZE,
    EuroParameters,
    check_resolution,
    check_share,
)
from ..regionatlas.commuting.regions.partition import Partition
from .region_styles import (  # noqa: F401  (the region algorithms use them from here)
    NO_REGION_COLOUR,
    PALETTE,
    RegionStylePostProcessor,
    region_colours,
    style_regions_on_load,
)

# -- public parameter names (API: never change) ----------------------------------------------
METHOD = "METHOD"
CENTRE_MAX_OUT = "CENTRE_MAX_OUT"
CENTRE_MAX_SINGLE = "CENTRE_MAX_SINGLE"
MIN_SIZE = "MIN_SIZE"
MIN_SC = "MIN_SC"
TARGET_SIZE = "TARGET_SIZE"
TARGET_SC = "TARGET_SC"
CUT_HEIGHT = "CUT_HEIGHT"
RESOLUTION = "RESOLUTION"
SEED = "SEED"
BORDER_FIELD = "BORDER_FIELD"
ZONES_NAME_FIELD = "ZONES_NAME_FIELD"
OUTPUT = "OUTPUT"
OUTPUT_REGIONS = "OUTPUT_REGIONS"
OUTPUT_REPORT = "OUTPUT_REPORT"
METADATA = "METADATA"
N_REGIONS = "N_REGIONS"

#: METHOD choices; the order is public API (issue 3).
METHOD_SCB, METHOD_EURO_ISTAT, METHOD_EURO_STRICT, METHOD_TOLBERT, METHOD_LEIDEN = range(5)
METHOD_EURO_TEXTBOOK = 5  # appended: saved models keep the indices above
METHODS_EURO = (METHOD_EURO_ISTAT, METHOD_EURO_STRICT, METHOD_EURO_TEXTBOOK)

UNITS_STYLE = "commuting_regions_units.qml"
REGIONS_STYLE = "commuting_regions.qml"


def method_names() -> list[str]:
    return [
        tr("SCB local labour markets (LA regions)"),
        tr("EURO / TTWA, ISTAT variant (final reserve assignment without validity check)"),
        tr("EURO / TTWA, strict (every final region valid)"),
        tr("Tolbert-Sizer commuting zones"),
        tr("Network communities (Leiden, modularity)"),
        tr("EURO / TTWA, textbook (every validity from cluster totals)"),
    ]


def method_source(index: int) -> str:
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
        "needs the Python packages igraph and leidenalg); 5 EURO/TTWA textbook (the published "
        "procedure with every validity from cluster totals, reserve-list units finally "
        "assigned without a validity check).<br>"
        "<i>SCB: centre max. share working elsewhere p1</i> (CENTRE_MAX_OUT, 0.20) and "
        "<i>centre max. share to the largest destination p2</i> (CENTRE_MAX_SINGLE, 0.075): a "
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
    )


def add_method_parameters(alg, with_method: bool = True) -> None:
    """Declare METHOD and every method's thresholds with the named defaults of the core.

    Shares are not bounded in the parameter definitions so that an out-of-range value gets
    a message that says what is wrong (see :func:`read_method`).
    """
    if with_method:
        alg.addParameter(
            QgsProcessingParameterEnum(METHOD, tr("Method"), method_names(), defaultValue=0)
        )
    number = QgsProcessingParameterNumber
    integer, double = number.Type.Integer, number.Type.Double

    def add(name, label, kind, default, decimals=None, **kwargs):
        definition = number(name, label, kind, default, **kwargs)
        if decimals is not None:
            definition.setMetadata({"widget_wrapper": {"decimals": decimals}})
        alg.addParameter(definition)

    add(
        CENTRE_MAX_OUT,
        tr("SCB: centre max. share working in another unit (p1)"),
        double,
        SCB_CENTRE_MAX_OUT,
        decimals=3,
    )
    add(
        CENTRE_MAX_SINGLE,
        tr("SCB: centre max. share working in the largest destination (p2)"),
        double,
        SCB_CENTRE_MAX_SINGLE,
        decimals=3,
    )
    if not with_method:
        return
    # person counts are whole numbers; shares get the decimals their published values have
    add(MIN_SIZE, tr("EURO: minimum size (employed residents)"), integer, int(TTWA_MIN_SIZE))
    add(MIN_SC, tr("EURO: minimum self-containment"), double, TTWA_MIN_SC, decimals=4)
    add(
        TARGET_SIZE,
        tr("EURO: target size (employed residents)"),
        integer,
        int(TTWA_TARGET_SIZE),
    )
    add(TARGET_SC, tr("EURO: target self-containment"), double, TTWA_TARGET_SC, decimals=4)
    add(CUT_HEIGHT, tr("Tolbert-Sizer: cut height"), double, TOLBERT_CUT_HEIGHT, decimals=3)
    add(RESOLUTION, tr("Leiden: resolution"), double, LEIDEN_RESOLUTION, decimals=2)
    add(SEED, tr("Leiden: random seed"), integer, LEIDEN_SEED, minValue=0)


@dataclass(frozen=True)
class MethodChoice:
    """The method and its checked parameters."""

    index: int
    centre_max_out: float
    centre_max_single: float
    euro: EuroParameters
    cut_height: float
    resolution: float
    seed: int

    @property
    def name(self) -> str:
        return method_names()[self.index]

    @property
    def source(self) -> str:
        return method_source(self.index)

    def used_parameters(self) -> dict[str, object]:
        """The parameters the chosen method itself uses."""
        if self.index == METHOD_SCB:
            return {CENTRE_MAX_OUT: self.centre_max_out, CENTRE_MAX_SINGLE: self.centre_max_single}
        if self.index in METHODS_EURO:
            return self.euro.as_dict()
        if self.index == METHOD_TOLBERT:
            return {CUT_HEIGHT: self.cut_height}
        return {RESOLUTION: self.resolution, SEED: self.seed}

    @property
    def is_euro(self) -> bool:
        return self.index in METHODS_EURO


def leiden_install_hint() -> str:
    return tr(
        "The network-communities method (Leiden) needs the Python packages 'igraph' and "
        "'leidenalg', which are not installed in the Python that QGIS uses. Install them: on "
        "Debian/Ubuntu 'sudo apt install python3-igraph python3-leidenalg'; elsewhere, in the "
        "OSGeo4W shell or QGIS's Python, 'python -m pip install igraph leidenalg'. Then restart "
        "QGIS, or choose another method."
    )


def read_method(alg, parameters: dict, context, with_method: bool = True) -> MethodChoice:
    """Read and check METHOD and all thresholds (before any input is read or output made)."""
    index = alg.parameterAsEnum(parameters, METHOD, context) if with_method else METHOD_SCB
    max_out = check_share(
        alg.parameterAsDouble(parameters, CENTRE_MAX_OUT, context), CENTRE_MAX_OUT
    )
    max_single = check_share(
        alg.parameterAsDouble(parameters, CENTRE_MAX_SINGLE, context), CENTRE_MAX_SINGLE
    )
    if not with_method:
        defaults = (EuroParameters(), TOLBERT_CUT_HEIGHT, LEIDEN_RESOLUTION, LEIDEN_SEED)
        return MethodChoice(index, max_out, max_single, *defaults)
    euro = EuroParameters.checked(
        alg.parameterAsDouble(parameters, MIN_SIZE, context),
        alg.parameterAsDouble(parameters, MIN_SC, context),
        alg.parameterAsDouble(parameters, TARGET_SIZE, context),
        alg.parameterAsDouble(parameters, TARGET_SC, context),
    )
    cut = check_share(alg.parameterAsDouble(parameters, CUT_HEIGHT, context), CUT_HEIGHT)
    resolution = check_resolution(alg.parameterAsDouble(parameters, RESOLUTION, context))
    seed = alg.parameterAsInt(parameters, SEED, context)
    if index == METHOD_LEIDEN and not leiden_installed():
        raise QgsProcessingException(leiden_install_hint())
    return MethodChoice(index, max_out, max_single, euro, cut, resolution, seed)


def run_method(
    table,
    choice: MethodChoice,
    feedback,
    names: dict[str, str] | None = None,
    start: float = 40.0,
    end: float = 80.0,
) -> Partition:
    """Run the chosen method on an ODTable with progress and cancellation passed through."""

    def progress(p: float) -> None:
        feedback.setProgress(start + (end - start) * p / 100.0)

    common = {"names": names, "progress": progress, "cancelled": feedback.isCanceled}
    if choice.index == METHOD_SCB:
        return scb_regions(table, choice.centre_max_out, choice.centre_max_single, **common)
    if choice.is_euro:
        p = choice.euro
        variant = {METHOD_EURO_STRICT: "strict", METHOD_EURO_TEXTBOOK: "textbook"}.get(
            choice.index, "istat"
        )
        return euro_regions(
            table, p.min_size, p.min_sc, p.target_size, p.target_sc, variant=variant, **common
        )
    if choice.index == METHOD_TOLBERT:
        return tolbert_sizer_regions(table, choice.cut_height, **common)
    return leiden_regions(table, choice.resolution, choice.seed, **common)
