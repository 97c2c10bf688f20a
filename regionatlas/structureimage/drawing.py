"""Drawing rules of a structure image: curves, drawing order, generalisation, region colours.

Numbers that shape the map live here, named (spec structure-image.md, "Cartography"):

- corridors are quadratic Bézier curves bent by ``BEND_MIN`` .. ``BEND_MAX`` of their length,
  longer corridors bent more (relative to the longest), so that long corridors do not run in
  parallel with short ones and lines meeting at a node fan out;
- a corridor bends to the side that passes fewest *unrelated* nodes (nodes other than its two
  ends) within ``clearance`` of the line; ties keep the default side (left of the direction
  from the first to the second id), and a stronger bend is tried when both sides collide;
- layers are drawn in :data:`DRAWING_ORDER` (first at the bottom);
- region outlines are simplified with a tolerance of ``GENERALISE_SHARE`` of the extent's
  diagonal and then smoothed ``SMOOTH_ITERATIONS`` times (Chaikin, offset ``SMOOTH_OFFSET``);
- regions get colour numbers 1..k by greedy colouring of their adjacency (largest degree
  first) so that neighbours never share a fill.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from ..errors import Cancelled
from ..map_colouring import greedy_colouring

#: Layer keys from bottom to top (regions, green structure, service areas, county and
#: national borders, corridors, border links, nodes).
DRAWING_ORDER: tuple[str, ...] = (
    "regions",
    "green",
    "service_areas",
    "borders",
    "corridors",
    "border_links",
    "nodes",
)
#: Node labels are shown for ranks 1..LABELLED_RANKS (the top classes) by default.
LABELLED_RANKS = 2
#: Bend of a corridor as a share of its length: shortest -> BEND_MIN, longest -> BEND_MAX.
BEND_MIN, BEND_MAX = 0.04, 0.16
#: The bend never exceeds this share of the map's diagonal: very long links (Oslo - Tromsø)
#: would otherwise swing far out over the sea.
BEND_CAP_SHARE = 0.025
#: A stronger bend tried when both sides pass unrelated nodes.
BEND_STRONG_FACTOR = 1.8
#: Vertices of a curved corridor.
CURVE_VERTICES = 24
#: Nodes of these ranks are obstacles that corridors bend around.
OBSTACLE_RANKS = 3
#: Clearance around obstacle nodes, as a share of the extent's diagonal.
CLEARANCE_SHARE = 0.008
#: Simplification tolerance of region outlines as a share of the extent's diagonal.
GENERALISE_SHARE = 0.002
#: Region outlines are smoothed from the region shrunk by this share of the tolerance and
#: kept inside the region, so that neighbours never overlap.
REGION_INSET_SHARE = 1.0
SMOOTH_ITERATIONS = 3
SMOOTH_OFFSET = 0.25
#: Colours of the region fills (pale, similar lightness: they differ in hue, the outline
#: carries the boundary in greyscale).
REGION_COLOUR_COUNT = 5


def _bezier(a: np.ndarray, b: np.ndarray, offset: float, vertices: int) -> np.ndarray:
    mid = (a + b) / 2.0
    d = b - a
    length = float(np.hypot(*d))
    if length == 0:
        return np.vstack([a, b])
    normal = np.array([-d[1], d[0]]) / length
    control = mid + normal * offset * 2.0  # the curve's apex lies at half the control offset
    t = np.linspace(0.0, 1.0, vertices)[:, None]
    return (1 - t) ** 2 * a + 2 * (1 - t) * t * control + t**2 * b


def _distances(points: np.ndarray, line: np.ndarray) -> np.ndarray:
    """Smallest distance of each point to a polyline."""
    if len(points) == 0:
        return np.zeros(0)
    p = points[:, None, :]
    s0, s1 = line[:-1][None, :, :], line[1:][None, :, :]
    seg = s1 - s0
    seg_len2 = np.maximum((seg**2).sum(axis=2), 1e-12)
    t = np.clip(((p - s0) * seg).sum(axis=2) / seg_len2, 0.0, 1.0)
    nearest = s0 + t[:, :, None] * seg
    return np.sqrt(((p - nearest) ** 2).sum(axis=2)).min(axis=1)


def bend_share(length: float, longest: float) -> float:
    """Bend as a share of the length: BEND_MIN for the shortest, BEND_MAX for the longest."""
    if longest <= 0:
        return BEND_MIN
    return BEND_MIN + (BEND_MAX - BEND_MIN) * min(length / longest, 1.0)


def curve_corridor(
    a: Sequence[float],
    b: Sequence[float],
    longest: float,
    obstacles: np.ndarray | None = None,
    clearance: float = 0.0,
    vertices: int = CURVE_VERTICES,
    max_offset: float | None = None,
) -> tuple[np.ndarray, int]:
    """Vertices of the gently curved corridor from ``a`` to ``b`` and the number of unrelated
    nodes it still passes within ``clearance`` (0 when avoided).

    ``obstacles``: (n, 2) coordinates of the nodes other than a and b that a line should not
    run under (pass only nearby ones for speed). ``max_offset``: the largest bend (apex
    distance from the straight line) in map units, e.g. BEND_CAP_SHARE of the diagonal.
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    length = float(np.hypot(*(b - a)))
    share = bend_share(length, longest)
    if max_offset is not None and length > 0:
        share = min(share, max_offset / length)
    candidates = [share, -share, share * BEND_STRONG_FACTOR, -share * BEND_STRONG_FACTOR]
    if obstacles is None or len(obstacles) == 0 or clearance <= 0:
        return _bezier(a, b, share * length, vertices), 0
    best, best_hits = None, None
    for s in candidates:
        line = _bezier(a, b, s * length, vertices)
        hits = int((_distances(obstacles, line) < clearance).sum())
        if best_hits is None or hits < best_hits:
            best, best_hits = line, hits
        if hits == 0:
            break
    return best, int(best_hits)


def corridor_lines(
    starts: np.ndarray,
    ends: np.ndarray,
    obstacles: np.ndarray,
    diagonal: float,
    curved: bool = True,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[np.ndarray], int]:
    """Vertices of every corridor and how many still pass an unrelated node.

    ``starts``/``ends``: (n, 2) end points; ``obstacles``: (m, 2) nodes that lines should not
    run under (the top ranks); ``diagonal``: the map's diagonal, which sets the clearance
    (``CLEARANCE_SHARE``) and the largest bend (``BEND_CAP_SHARE``). Only obstacles within
    reach of a corridor are tested (k-d tree), so the cost stays near-linear.
    """
    from scipy.spatial import cKDTree

    starts = np.asarray(starts, dtype=float).reshape(-1, 2)
    ends = np.asarray(ends, dtype=float).reshape(-1, 2)
    obstacles = np.asarray(obstacles, dtype=float).reshape(-1, 2)
    lengths = np.hypot(*(ends - starts).T) if len(starts) else np.zeros(0)
    if not curved:
        return [np.vstack([a, b]) for a, b in zip(starts, ends)], 0
    longest = float(lengths.max()) if len(lengths) else 0.0
    clearance = diagonal * CLEARANCE_SHARE
    tree = cKDTree(obstacles) if len(obstacles) else None
    lines, passing = [], 0
    for k, (a, b) in enumerate(zip(starts, ends)):
        if cancelled is not None and k % 200 == 0 and cancelled():
            raise Cancelled("Drawing the corridors was cancelled.")
        near = None
        if tree is not None:
            reach = lengths[k] / 2 + BEND_MAX * BEND_STRONG_FACTOR * lengths[k] + clearance
            pts = obstacles[tree.query_ball_point((a + b) / 2, reach)]
            if len(pts):
                away = (np.hypot(*(pts - a).T) > clearance / 2) & (
                    np.hypot(*(pts - b).T) > clearance / 2
                )
                near = pts[away]
        coords, hits = curve_corridor(
            a, b, longest, near, clearance, max_offset=diagonal * BEND_CAP_SHARE
        )
        lines.append(coords)
        passing += hits > 0
    return lines, passing


def obstacles(xy: np.ndarray, ranks: Sequence[float]) -> np.ndarray:
    """The nodes (x, y) a curved corridor bends around: those of ranks 1..OBSTACLE_RANKS."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    return xy[np.asarray(ranks, dtype=float) <= OBSTACLE_RANKS] if len(xy) else xy


def generalisation_tolerance(width: float, height: float) -> float:
    """Simplification tolerance (map units) for region outlines over an extent."""
    return GENERALISE_SHARE * float(np.hypot(width, height))


def region_colours(adjacency: Mapping[str, set[str]]) -> dict[str, int]:
    """Colour number 1..k per region, neighbours differ (greedy, largest degree first;
    ties by id). Uses at most REGION_COLOUR_COUNT colours where the greedy order allows,
    and more only when needed (:func:`regionatlas.map_colouring.greedy_colouring`)."""
    colours = greedy_colouring(adjacency, REGION_COLOUR_COUNT, add_colours=True)
    return {region: c + 1 for region, c in colours.items()}
