"""The validity curve of the size / self-containment chart of commuting regions.

The validity curve is the boundary ``V = 1`` of the EURO X-equation (Coombes & Bond 2008; spec
commuting-regions.md section 2): for a region of size R (employed residents) it gives the
self-containment SC a region needs to be valid. Solving ``V = Y Z tarSC / minSC = 1`` with
``Y = SC / tarSC`` gives ``SC = minSC / Z(R)``; below ``minSZ`` that would exceed ``tarSC``
(where Y is capped), so no region smaller than ``minSZ`` is valid unless SC = 1.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from .parameters import EuroParameters


def validity_threshold(sizes: np.ndarray | Iterable[float], params: EuroParameters) -> np.ndarray:
    """Self-containment needed for ``V >= 1`` at each size; NaN where no SC < 1 suffices."""
    r = np.asarray(list(sizes) if not isinstance(sizes, np.ndarray) else sizes, dtype=float)
    s = np.maximum((params.target_size - r) / (params.target_size - params.min_size), 0.0)
    z = 1.0 - (1.0 - params.min_sc / params.target_sc) * s
    with np.errstate(divide="ignore", invalid="ignore"):
        sc = np.where(z > 0, params.min_sc / np.where(z > 0, z, 1.0), np.nan)
    # Y is capped at 1: more than tarSC does not help, so beyond it the curve does not exist
    return np.where(sc <= params.target_sc + 1e-12, sc, np.nan)
