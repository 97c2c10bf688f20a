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
    scb_regions_from_frame,
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
from .regions_help import leiden_install_hint, method_names, method_source

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
#: Fields of SCB's LA indicator tables (laregionsfromindicators, regionchange).
UNIT_FIELD = "UNIT_FIELD"
DESTINATION_FIELD = "DESTINATION_FIELD"
P1_FIELD = "P1_FIELD"
P2_FIELD = "P2_FIELD"

#: METHOD choices; the order is public API (issue 3).
METHOD_SCB, METHOD_EURO_ISTAT, METHOD_EURO_STRICT, METHOD_TOLBERT, METHOD_LEIDEN = range(5)
METHOD_EURO_TEXTBOOK = 5  # appended: saved models keep the indices above
METHODS_EURO = (METHOD_EURO_ISTAT, METHOD_EURO_STRICT, METHOD_EURO_TEXTBOOK)

UNITS_STYLE = "commuting_regions_units.qml"
REGIONS_STYLE = "commuting_regions.qml"


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


def la_regions_from_table(
    frame, fields: dict[str, str], choice: MethodChoice, **options
) -> Partition:
    """SCB's LA rule on an indicator table; ``fields`` maps UNIT_FIELD, DESTINATION_FIELD,
    P1_FIELD and P2_FIELD to the table's columns, ``options`` go to the core."""
    return scb_regions_from_frame(
        frame,
        fields[UNIT_FIELD],
        fields[DESTINATION_FIELD],
        fields[P1_FIELD],
        fields[P2_FIELD],
        choice.centre_max_out,
        choice.centre_max_single,
        **options,
    )
