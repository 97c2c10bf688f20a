"""Named default thresholds of the commuting-region methods, with their sources, in one place.

Every number that defines a method lives here (architecture.md, "Conventions"); the methods
and the Processing algorithms read their defaults from these constants.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import InputError

# -- SCB local labour markets (LA-regioner) ------------------------------------------------
#: A unit is an LA centre when at most this share of its employed residents work in another
#: unit (p1). Source: SCB, "Lokala arbetsmarknader" method description (spec section 1).
SCB_CENTRE_MAX_OUT = 0.20
#: ... and at most this share work in its single largest destination (p2). Source: SCB.
SCB_CENTRE_MAX_SINGLE = 0.075

# -- EURO method / travel-to-work areas -----------------------------------------------------
#: UK TTWA 2001/2011 parameters (Coombes & Bond 2008, "Travel-to-Work Areas: the 2007
#: review", ONS): minimum size, minimum self-containment, target size, target self-containment.
TTWA_MIN_SIZE = 3500.0
TTWA_MIN_SC = 0.6667
TTWA_TARGET_SIZE = 25000.0
TTWA_TARGET_SC = 0.75
#: ISTAT example parameters (Franconi et al., ISTAT LabourMarketAreas package examples).
ISTAT_MIN_SIZE = 1000.0
ISTAT_MIN_SC = 0.6667
ISTAT_TARGET_SIZE = 10000.0
ISTAT_TARGET_SC = 0.75

# -- Tolbert-Sizer commuting zones ----------------------------------------------------------
#: Cut height of the average-linkage tree for the 2010 and 2020 delineations (USDA ERS;
#: Fowler, Rhubart & Jensen 2016). 1990 used 0.98 (Tolbert & Sizer 1996).
TOLBERT_CUT_HEIGHT = 0.977
TOLBERT_CUT_HEIGHT_1990 = 0.98
#: Proportional flows are capped below 1 so that distances stay positive (Tolbert & Sizer 1996).
TOLBERT_PF_CAP = 0.999

# -- Leiden network communities -------------------------------------------------------------
#: Resolution of the (directed) modularity quality function (Traag, Waltman & van Eck 2019).
LEIDEN_RESOLUTION = 1.0
#: Fixed seed so that the same input gives the same partition.
LEIDEN_SEED = 42


def check_resolution(value: float) -> float:
    """Leiden's RESOLUTION must be a number larger than 0 (Traag, Waltman & van Eck 2019: the
    resolution scales the null-model term of modularity; 0 or less has no communities)."""
    try:
        resolution = float(value)
    except (TypeError, ValueError):
        raise InputError("RESOLUTION must be a number, not {value!r}.", value=value) from None
    if not resolution > 0:
        raise InputError("RESOLUTION = {value:g} must be larger than 0.", value=resolution)
    return resolution


def check_share(value: float, name: str, *, allow_zero: bool = True) -> float:
    """A share parameter must be a number in 0..1 (``(0, 1]`` when ``allow_zero`` is False)."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise InputError(
            "Parameter {name} must be a number between 0 and 1, not {value!r}.",
            name=name,
            value=value,
        ) from None
    low_ok = v >= 0 if allow_zero else v > 0
    if not (low_ok and v <= 1):
        if allow_zero:
            raise InputError(
                "Parameter {name} = {value!r} is outside the allowed range: "
                "it must lie between 0 and 1.",
                name=name,
                value=value,
            )
        raise InputError(
            "Parameter {name} = {value!r} is outside the allowed range: "
            "it must lie between 0 (exclusive) and 1.",
            name=name,
            value=value,
        )
    return v


@dataclass(frozen=True)
class EuroParameters:
    """The four thresholds of the EURO/TTWA validity function (Coombes & Bond 2008).

    ``min_size``/``target_size`` are in employed residents, ``min_sc``/``target_sc`` are
    self-containment shares. Construct through :meth:`checked` to get planner-readable errors.
    """

    min_size: float = TTWA_MIN_SIZE
    min_sc: float = TTWA_MIN_SC
    target_size: float = TTWA_TARGET_SIZE
    target_sc: float = TTWA_TARGET_SC

    @classmethod
    def checked(
        cls,
        min_size: float = TTWA_MIN_SIZE,
        min_sc: float = TTWA_MIN_SC,
        target_size: float = TTWA_TARGET_SIZE,
        target_sc: float = TTWA_TARGET_SC,
    ) -> EuroParameters:
        min_sc = check_share(min_sc, "MIN_SC", allow_zero=False)
        target_sc = check_share(target_sc, "TARGET_SC", allow_zero=False)
        try:
            min_size, target_size = float(min_size), float(target_size)
        except (TypeError, ValueError):
            raise InputError("Parameters MIN_SIZE and TARGET_SIZE must be numbers.") from None
        if min_size < 0:
            raise InputError("Parameter MIN_SIZE = {value:g} must not be negative.", value=min_size)
        if min_size >= target_size:
            raise InputError(
                "Parameter MIN_SIZE ({min_size:g}) must be smaller than TARGET_SIZE "
                "({target_size:g}): the validity function interpolates between them.",
                min_size=min_size,
                target_size=target_size,
            )
        if min_sc > target_sc:
            raise InputError(
                "Parameter MIN_SC ({min_sc:g}) must not be larger than TARGET_SC ({target_sc:g}).",
                min_sc=min_sc,
                target_sc=target_sc,
            )
        return cls(min_size, min_sc, target_size, target_sc)

    def as_dict(self) -> dict[str, float]:
        return {
            "MIN_SIZE": self.min_size,
            "MIN_SC": self.min_sc,
            "TARGET_SIZE": self.target_size,
            "TARGET_SC": self.target_sc,
        }


TTWA_PARAMETERS = EuroParameters(TTWA_MIN_SIZE, TTWA_MIN_SC, TTWA_TARGET_SIZE, TTWA_TARGET_SC)
ISTAT_PARAMETERS = EuroParameters(ISTAT_MIN_SIZE, ISTAT_MIN_SC, ISTAT_TARGET_SIZE, ISTAT_TARGET_SC)
