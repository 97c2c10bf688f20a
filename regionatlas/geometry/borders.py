"""County and national borders as lines, from units (municipalities) and their county and
country codes.

A border is where two units of different counties (or countries) meet: the boundaries of the
units dissolved by county, without the outline of the whole area (a coast or the edge of the
data is not a border). National borders are drawn once: county borders along them are left
out. Boundaries are merged into as few lines as possible (shapely ``line_merge``). Units that
do not quite meet (gaps or overlaps in the data below ``tolerance``) still give one border.
"""

from __future__ import annotations

from collections.abc import Mapping

import shapely

from ..errors import InputError
from ..ids import example_list, id_sort_key


def _missing(geometries: Mapping[str, object], codes: Mapping[str, object]) -> list[str]:
    return sorted((u for u in geometries if codes.get(u) in (None, "")), key=id_sort_key)


def _dissolved_boundaries(geometries: Mapping[str, object], codes: Mapping[str, object]):
    groups: dict[str, list] = {}
    for unit, geom in geometries.items():
        groups.setdefault(str(codes[unit]), []).append(geom)
    dissolved = [shapely.union_all(g) for g in groups.values()]
    return shapely.union_all([shapely.boundary(g) for g in dissolved]), len(groups)


def border_lines(
    geometries: Mapping[str, object],
    county: Mapping[str, object],
    country: Mapping[str, object] | None = None,
    *,
    tolerance: float = 0.0,
) -> list[tuple[str, object]]:
    """[("national", lines), ("county", lines)] (kinds with no line left out).

    ``geometries``: unit id -> shapely (multi)polygon; ``county``/``country``: unit id -> code.
    Every unit needs a county (and, when given, a country) code.
    """
    if _missing(geometries, county):
        raise InputError(
            "{count} unit(s) have no county code, so the borders cannot be drawn: {ids}.",
            count=len(_missing(geometries, county)),
            ids=example_list(_missing(geometries, county)),
        )
    if country is not None and _missing(geometries, country):
        raise InputError(
            "{count} unit(s) have no country code, so the borders cannot be drawn: {ids}.",
            count=len(_missing(geometries, country)),
            ids=example_list(_missing(geometries, country)),
        )
    if not geometries:
        return []
    valid = {u: g if g.is_valid else shapely.make_valid(g) for u, g in geometries.items()}
    outline = shapely.boundary(shapely.union_all(list(valid.values())))
    margin = shapely.buffer(outline, max(tolerance, 1e-9))
    out = []
    national = None
    if country is not None:
        lines, groups = _dissolved_boundaries(valid, country)
        if groups > 1:
            national = shapely.line_merge(shapely.difference(lines, margin))
            if not national.is_empty:
                out.append(("national", national))
    lines, groups = _dissolved_boundaries(valid, county)
    if groups > 1:
        lines = shapely.difference(lines, margin)
        if national is not None and not national.is_empty:
            lines = shapely.difference(lines, shapely.buffer(national, max(tolerance, 1e-9)))
        lines = shapely.line_merge(lines) if not lines.is_empty else lines
        if not lines.is_empty:
            out.append(("county", lines))
    return out
