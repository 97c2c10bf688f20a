"""Page geometry of an exported structure image: orientation, map extent, scale-bar step.

Spec structure-image.md ("Export"); issue 15: the map fills the page for any extent's shape.

- Orientation: an extent taller than ``PORTRAIT_RATIO`` x its width (Sweden, Norway,
  Norrbotten) gets the portrait page, others the landscape one.
- The extent shown is the data's extent grown by ``EXTENT_MARGIN`` and then about its centre to
  the map frame's width/height ratio, so the frame is filled and nothing is cut.
- A tall extent on the portrait page (Sweden) is drawn as large as the page's height allows,
  against the left edge, with the legend, scale bar and source in the free column on the
  right (:func:`side_panel_extent`), instead of a narrow map between two white bands.
- The scale bar has two segments of a round length (1-2-5 steps, Tufte's and cartographers'
  usual series) of about ``SCALEBAR_SHARE`` of the map's width.
"""

from __future__ import annotations

import math

#: Height / width above which the portrait page is used.
PORTRAIT_RATIO = 1.1
#: Margin around the data's extent (share of its larger side).
EXTENT_MARGIN = 0.04
#: One scale-bar segment is about this share of the map's width.
SCALEBAR_SHARE = 1.0 / 6.0

#: Characters Windows (and so a shared project folder) refuses in a file name; "/" also on
#: Linux and macOS (Microsoft, "Naming Files, Paths, and Namespaces").
FILE_NAME_FORBIDDEN = '/\\:*?"<>|'

Extent = tuple[float, float, float, float]  # xmin, ymin, xmax, ymax


def is_file_name(name: str) -> bool:
    """True when ``name`` (a base name without folder) holds no forbidden character."""
    return not any(c in name for c in FILE_NAME_FORBIDDEN)


def is_portrait(width: float, height: float) -> bool:
    """True when an extent of this shape is best shown on a portrait page."""
    return height > PORTRAIT_RATIO * width


def with_margin(extent: Extent, share: float = EXTENT_MARGIN, minimum: float = 1000.0) -> Extent:
    """``extent`` grown on every side by ``share`` of its larger side (at least ``minimum``)."""
    xmin, ymin, xmax, ymax = extent
    margin = max(xmax - xmin, ymax - ymin) * share or minimum
    return (xmin - margin, ymin - margin, xmax + margin, ymax + margin)


def fit_aspect(extent: Extent, width: float, height: float) -> Extent:
    """``extent`` grown about its centre to the ``width``/``height`` ratio of the map frame."""
    xmin, ymin, xmax, ymax = extent
    w, h = xmax - xmin, ymax - ymin
    if width <= 0 or height <= 0 or w <= 0 or h <= 0:
        return extent
    ratio = width / height
    if w / h < ratio:
        w = h * ratio
    else:
        h = w / ratio
    cx, cy = (xmin + xmax) / 2.0, (ymin + ymax) / 2.0
    return (cx - w / 2.0, cy - h / 2.0, cx + w / 2.0, cy + h / 2.0)


def nice_step(value: float) -> float:
    """The 1-2-5 step at or below ``value`` (at least 1)."""
    if value <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for factor in (5, 2, 1):
        if factor * power <= value:
            return float(factor * power)
    return float(power)


def scalebar_step_km(map_width_km: float) -> float:
    """Length of one scale-bar segment (km) for a map ``map_width_km`` wide."""
    return nice_step(map_width_km * SCALEBAR_SHARE)


def side_panel_extent(
    extent: Extent, frame_width: float, frame_height: float, panel_width: float
) -> Extent | None:
    """For a tall extent on a wider frame: the map extent that draws the data as large as the
    frame's height allows, against the frame's left edge, leaving ``panel_width`` (frame
    units) free on the right for the legend. None when the data (at that scale) and the
    panel do not both fit: the caller keeps the usual layout."""
    xmin, ymin, xmax, ymax = extent
    w, h = xmax - xmin, ymax - ymin
    if min(w, h, frame_width, frame_height) <= 0:
        return None
    scale = h / frame_height  # map units per frame unit when the data fills the height
    if w / scale + panel_width > frame_width:
        return None
    return (xmin, ymin, xmin + frame_width * scale, ymax)
