"""Width classes of drawn flows: the one set for flow lines (regionatlas:flowlines) and
structure-image corridors (regionatlas:structureimage).

Spec structure-image.md, "Cartography": line widths in 3 to 5 classes; 4 is the default (the
middle). Classes are equal steps on a log scale between the smallest and largest drawn flow:
commuting flows are heavy-tailed, so log-equal intervals give every class members on real data
(unlike equal intervals) and stay stable when a filter changes (unlike quantiles); on class
intervals for skewed data see Slocum, T. A. et al. (2009), Thematic Cartography and
Geovisualization, 3rd ed.
"""

from __future__ import annotations

import numpy as np

#: Number of width classes: default and allowed range.
DEFAULT_WIDTH_CLASSES = 4
MIN_WIDTH_CLASSES, MAX_WIDTH_CLASSES = 3, 5


def width_class_breaks(values: np.ndarray, classes: int) -> np.ndarray:
    """Upper class limits equal in log space between the smallest and largest value."""
    values = np.asarray(values, dtype=float)
    lo, hi = float(values.min()), float(values.max())
    if lo <= 0:
        lo = min(v for v in values if v > 0) if (values > 0).any() else 1.0
    if hi <= lo:
        return np.full(classes, hi)
    return np.exp(np.linspace(np.log(lo), np.log(hi), classes + 1)[1:])


def classify_widths(values: np.ndarray, classes: int) -> np.ndarray:
    """Width class 1 (thinnest) .. classes for each value."""
    breaks = width_class_breaks(values, classes)
    cls = np.searchsorted(breaks, np.asarray(values, dtype=float) * (1 - 1e-12), side="left") + 1
    return np.clip(cls, 1, classes).astype(int)


def class_ranges(values: np.ndarray, classes: np.ndarray) -> dict[int, tuple[float, float]]:
    """The smallest and largest value in each width class that occurs (for a legend)."""
    values = np.asarray(values, dtype=float)
    classes = np.asarray(classes)
    return {
        int(k): (float(values[classes == k].min()), float(values[classes == k].max()))
        for k in np.unique(classes)
    }
