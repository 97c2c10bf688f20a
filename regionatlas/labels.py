"""Point labels placed without overlap, for small charts (the interest/influence matrix).

A greedy candidate-position search, the classic approach of cartographic point-feature label
placement (Imhof 1975; Christensen, Marks & Shieber 1995, "An empirical study of algorithms
for point-feature label placement"): each label tries positions around its point in a fixed
order of preference (right, left, above, below, then the diagonals), first close to the point
and then farther out, where it is joined to its point by a leader line. A position is taken
when the label stays inside the chart and overlaps neither a placed label nor any point's
marker. Labels are placed in the order given (put the important ones first). When no position
is free, the one with the least overlap is used and reported.

Sizes are in the caller's units: the Qt dock measures its fonts, the SVG report estimates
text widths with :func:`estimate_text_width`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: Preferred directions (dx, dy) with y growing downwards, as on screen and in SVG.
DIRECTIONS: tuple[tuple[int, int], ...] = (
    (1, 0),
    (-1, 0),
    (0, -1),
    (0, 1),
    (1, -1),
    (-1, -1),
    (1, 1),
    (-1, 1),
)
#: Distances from the point tried in turn, as multiples of the marker radius (1.3: just
#: clear of the marker; farther ones get a leader line).
DISTANCES: tuple[float, ...] = (1.3, 3.0, 5.0, 7.5, 10.0, 14.0)
#: Average advance width of a sans-serif character as a share of the font size.
CHAR_WIDTH_SHARE = 0.58


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    def overlap(self, other: Box) -> float:
        """Area shared with ``other`` (0 when apart or only touching)."""
        w = min(self.x + self.width, other.x + other.width) - max(self.x, other.x)
        h = min(self.y + self.height, other.y + other.height) - max(self.y, other.y)
        return w * h if w > 0 and h > 0 else 0.0

    def inside(self, bounds: Box) -> bool:
        return (
            self.x >= bounds.x
            and self.y >= bounds.y
            and self.x + self.width <= bounds.x + bounds.width
            and self.y + self.height <= bounds.y + bounds.height
        )


@dataclass(frozen=True)
class Placement:
    """Where one label goes: its box, whether it needs a leader line to its point, and
    whether it could only be placed overlapping something."""

    box: Box
    leader: bool
    overlaps: bool


def estimate_text_width(text: str, font_size: float) -> float:
    """Width of ``text`` in a sans-serif font of ``font_size`` (same units), for SVG."""
    return len(text) * font_size * CHAR_WIDTH_SHARE


def place_labels(
    points: Sequence[tuple[float, float]],
    sizes: Sequence[tuple[float, float]],
    marker_radius: float,
    bounds: Box,
    fixed: Sequence[Box] = (),
) -> list[Placement]:
    """A placement for the label of every point (same order as ``points``).

    ``sizes``: (width, height) of each label; ``marker_radius``: radius of the point markers,
    which labels must not cover; ``fixed``: other boxes to keep clear (titles).
    """
    if len(points) != len(sizes):
        raise ValueError("points and sizes differ in length")
    markers = [
        Box(x - marker_radius, y - marker_radius, 2 * marker_radius, 2 * marker_radius)
        for x, y in points
    ]
    taken: list[Box] = list(fixed)
    placements: list[Placement] = []
    for (px, py), (width, height) in zip(points, sizes):
        best: tuple[float, Box, bool] | None = None
        chosen: Placement | None = None
        for step, distance in enumerate(DISTANCES):
            gap = distance * marker_radius
            for dx, dy in DIRECTIONS:
                ax, ay = px + dx * gap, py + dy * gap
                box = Box(
                    ax + (dx - 1) / 2 * width,
                    ay + (dy - 1) / 2 * height,
                    width,
                    height,
                )
                if not box.inside(bounds):
                    continue
                cost = sum(box.overlap(other) for other in taken) + sum(
                    box.overlap(m) for m in markers
                )
                if cost == 0:
                    chosen = Placement(box, step > 0, False)
                    break
                if best is None or cost < best[0]:
                    best = (cost, box, step > 0)
            if chosen is not None:
                break
        if chosen is None:
            if best is None:  # the label is larger than the chart: to the right, clipped
                box = Box(px + DISTANCES[0] * marker_radius, py - height / 2, width, height)
                chosen = Placement(box, False, True)
            else:
                chosen = Placement(best[1], best[2], True)
        taken.append(chosen.box)
        placements.append(chosen)
    return placements
