"""The geometry of a layer of noted features: one family (point, line, polygon) per layer.

A notes export or a re-link writes the geometry copies kept with the links into one layer;
a GeoPackage or shapefile layer holds one geometry type (OGC Simple Features, ISO 19125-1),
so copies of one family are written as its multi type and mixed families as points
(each feature's point on its surface).
"""

from __future__ import annotations

from collections.abc import Iterable

import shapely

#: Simple Features geometry type -> family.
FAMILIES = {
    "Point": "point",
    "MultiPoint": "point",
    "LineString": "line",
    "MultiLineString": "line",
    "LinearRing": "line",
    "Polygon": "polygon",
    "MultiPolygon": "polygon",
}
#: The family of a layer whose copies are of several families.
MIXED = "mixed"


def output_family(wkbs: Iterable[bytes | None]) -> str | None:
    """The family of the layer for the geometry copies ``wkbs`` (WKB; None for none): the
    only family present, MIXED when several are, None when no copy has a geometry (or only
    geometry collections)."""
    families = {FAMILIES.get(shapely.from_wkb(w).geom_type) for w in wkbs if w}
    families.discard(None)
    if not families:
        return None
    return next(iter(families)) if len(families) == 1 else MIXED
