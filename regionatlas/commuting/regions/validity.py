"""Validity of a cluster: the EURO/TTWA "X-equation" (Coombes & Bond 2008; spec section 2).

``Y = min(SC/tarSC, 1)``, ``s = max((tarSZ - R)/(tarSZ - minSZ), 0)`` (not capped at 1),
``Z = 1 - (1 - minSC/tarSC) s``, ``V = Y Z tarSC/minSC``, and ``V = 1`` when SC = 1, with
``SC = min(S/R, S/W)``. A cluster is valid when ``V >= 1``.
"""

from __future__ import annotations

import numpy as np

from .parameters import EuroParameters


def validity(
    residents: np.ndarray | float,
    jobs: np.ndarray | float,
    internal: np.ndarray | float,
    params: EuroParameters,
) -> np.ndarray | float:
    """Validity V of clusters (the X-equation, Coombes & Bond 2008; spec section 2).

    ``Y = min(SC/tarSC, 1)``, ``s = max((tarSZ - R)/(tarSZ - minSZ), 0)`` (not capped at 1),
    ``Z = 1 - (1 - minSC/tarSC) s``, ``V = Y Z tarSC/minSC``, and ``V = 1`` when SC = 1.
    A cluster is valid when ``V >= 1``. Works on scalars and arrays.
    """
    r = np.asarray(residents, dtype=float)
    w = np.asarray(jobs, dtype=float)
    s_int = np.asarray(internal, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        sc = np.minimum(np.where(r > 0, s_int / r, 0.0), np.where(w > 0, s_int / w, 0.0))
    y = np.minimum(sc / params.target_sc, 1.0)
    s = np.maximum((params.target_size - r) / (params.target_size - params.min_size), 0.0)
    z = 1.0 - (1.0 - params.min_sc / params.target_sc) * s
    v = y * z * params.target_sc / params.min_sc
    v = np.where(sc >= 1.0, 1.0, v)
    if v.ndim == 0:
        return float(v)
    return v


def validity_scalar(r: float, w: float, s_int: float, k: tuple[float, ...]) -> float:
    """V of one cluster (the X-equation) from ``k`` = :func:`validity_constants`."""
    tar_sc, tar_sz, span, slope, scale = k
    if r <= 0.0 or w <= 0.0:
        return -np.inf
    sc = s_int / r if r > w else s_int / w
    if sc >= 1.0:
        return 1.0
    y = sc / tar_sc
    if y > 1.0:
        y = 1.0
    s = (tar_sz - r) / span
    if s < 0.0:
        s = 0.0
    return y * (1.0 - slope * s) * scale


def validity_constants(params: EuroParameters) -> tuple[float, float, float, float, float]:
    """``(tarSC, tarSZ, tarSZ - minSZ, 1 - minSC/tarSC, tarSC/minSC)`` for the X-equation."""
    return (
        params.target_sc,
        params.target_size,
        params.target_size - params.min_size,
        1.0 - params.min_sc / params.target_sc,
        params.target_sc / params.min_sc,
    )


def validity_scalars(
    r: np.ndarray, w: np.ndarray, s_int: np.ndarray, k: tuple[float, ...]
) -> np.ndarray:
    """:func:`validity_scalar` of many clusters at once, bit for bit the same values.

    The same floating-point operations in the same order, element by element, so that a V
    computed here compares equal to the one :func:`validity_scalar` gives for the same cluster
    (the EURO iterations break ties of V exactly).
    """
    tar_sc, tar_sz, span, slope, scale = k
    r = np.asarray(r, dtype=float)
    w = np.asarray(w, dtype=float)
    s_int = np.asarray(s_int, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        sc = np.where(r > w, s_int / r, s_int / w)
    y = np.minimum(sc / tar_sc, 1.0)
    s = np.maximum((tar_sz - r) / span, 0.0)
    v = y * (1.0 - slope * s) * scale
    v = np.where(sc >= 1.0, 1.0, v)
    return np.where((r <= 0.0) | (w <= 0.0), -np.inf, v)
