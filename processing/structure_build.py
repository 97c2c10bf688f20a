"""Nodes, regions, green structure and borders of regionatlas:structureimage (the corridors are
in ``structure_corridors``).

Each step converts QGIS input to plain data (``structure_layers``), calls one core function of
``regionatlas/structureimage`` and turns the result into (geometry, attributes) rows.
"""

from __future__ import annotations

import shapely
from qgis.core import QgsProcessingException

from ..i18n import tr
from ..regionatlas.geometry.borders import border_lines
from ..regionatlas.ids import normalise_id
from ..regionatlas.structureimage import (
    node_ranks,
)
from ..regionatlas.structureimage.drawing import (
    generalisation_tolerance,
)
from ..regionatlas.structureimage.extent import LABEL_BUDGET
from ..regionatlas.structureimage.nodes import labelled
from ..regionatlas.structureimage.outlines import generalise_polygons
from .structure_layers import (
    field_index,
    from_shapely,
    read_node_features,
    read_polygon_groups,
)
from .structure_params import (
    BORDER_FIELD,
    BORDERS,
    BORDERS_COUNTRY_FIELD,
    BORDERS_FIELD,
    CLASS_FIELD,
    COUNTRY_FIELD,
    LABEL_RANKS,
    NAME_FIELD,
    NODE_ID_FIELD,
    RANK_FIELD,
    REGION_FIELD,
    REGION_NAME_FIELD,
    REGIONS,
    SIZE_FIELD,
)


def read_nodes(alg, source, parameters, context, feedback, target) -> list[dict]:
    fields = {
        "name": (NAME_FIELD, tr("name field"), True),
        "class_value": (CLASS_FIELD, tr("class field"), False),
        "rank_value": (RANK_FIELD, tr("rank field"), False),
        "size": (SIZE_FIELD, tr("size field"), False),
        "county": (BORDER_FIELD, tr("border field"), False),
        "country": (COUNTRY_FIELD, tr("country field"), False),
        "key": (NODE_ID_FIELD, tr("node id field"), False),
    }
    indexes = {
        key: field_index(alg, source, parameters, name, context, label, required)
        for key, (name, label, required) in fields.items()
    }
    if indexes["class_value"] is None and indexes["rank_value"] is None:
        raise QgsProcessingException(
            tr(
                "Choose the class field or the rank field of the nodes: a structure image "
                "draws nodes by class (run the settlement hierarchy first if the nodes have "
                "none)."
            )
        )
    nodes = read_node_features(source, indexes, target, context)
    if not nodes:
        raise QgsProcessingException(tr("The nodes layer has no feature with a geometry."))
    is_rank = indexes["rank_value"] is not None
    for node in nodes:
        node["name"] = normalise_id(node["name"]) or str(node["fid"])
        try:
            node["size"] = float(node["size"]) if node["size"] is not None else None
        except (TypeError, ValueError):
            node["size"] = None
        for key in ("key", "county", "country"):
            node[key] = normalise_id(node[key])
        node["class"] = normalise_id(node["class_value"])
    field = alg.parameterAsString(parameters, RANK_FIELD if is_rank else CLASS_FIELD, context)
    ranks, labels, how = node_ranks(
        [n["name"] for n in nodes],
        [n["rank_value" if is_rank else "class_value"] for n in nodes],
        sizes=[n["size"] for n in nodes] if indexes["size"] is not None else None,
        field=field,
        is_rank=is_rank,
    )
    label_ranks = alg.parameterAsInt(parameters, LABEL_RANKS, context)
    shown = labelled(ranks, [n["size"] for n in nodes], label_ranks, LABEL_BUDGET)
    for node, rank, label in zip(nodes, ranks, shown):
        node["rank"] = int(rank)
        if node["class"] is None:
            node["class"] = labels[int(rank) - 1]
        node["label"] = bool(label)
        node["id"] = node["key"] if node["key"] is not None else str(node["fid"])
        node["flow_node"] = False
    feedback.pushInfo(
        tr("Nodes: {n} in {k} classes ({how}); {m} labelled.").format(
            n=len(nodes), k=len(labels), how=how, m=int(shown.sum())
        )
    )
    return nodes


def outlines(alg, parameters, context, feedback, name, target, extent) -> list:
    """Rows of the generalised regions (``name`` = REGIONS) or green areas (GREEN)."""
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        return []
    if source.sourceCrs() != target:
        feedback.pushWarning(
            tr("The layer '{param}' was reprojected from {a} to {b}.").format(
                param=name, a=source.sourceCrs().authid(), b=target.authid()
            )
        )
    is_regions = name == REGIONS
    key_i = name_i = None
    if is_regions:
        key_i = field_index(alg, source, parameters, REGION_FIELD, context, tr("region field"))
        name_i = field_index(
            alg, source, parameters, REGION_NAME_FIELD, context, tr("region name field")
        )
    groups, names = read_polygon_groups(source, target, context, key_i, name_i)
    if not groups:
        return []
    full = extent
    for geoms in groups.values():
        for g in geoms:
            x0, y0, x1, y1 = g.bounds
            full = (min(full[0], x0), min(full[1], y0), max(full[2], x1), max(full[3], y1))
    result = generalise_polygons(groups, full, regions=is_regions, cancelled=feedback.isCanceled)
    rows = []
    for o in result:
        attrs = (
            [o.key, names.get(o.key) or o.key, o.units, o.area_km2, o.colour]
            if is_regions
            else [names.get(o.key) or o.key]
        )
        rows.append((from_shapely(o.geometry), attrs))
    return rows


def check_borders(alg, parameters, context) -> None:
    """Before computing anything: BORDERS needs its county field."""
    if parameters.get(BORDERS) and not alg.parameterAsString(parameters, BORDERS_FIELD, context):
        raise QgsProcessingException(
            tr("Choose the {label}.").format(label=tr("county field of the borders"))
        )


def borders(alg, parameters, context, feedback, target, extent) -> list:
    """Rows of the county and national borders between the units of BORDERS."""
    source = alg.parameterAsSource(parameters, BORDERS, context)
    if source is None:
        return []
    county_i = field_index(
        alg, source, parameters, BORDERS_FIELD, context, tr("county field of the borders"), True
    )
    country_i = field_index(
        alg, source, parameters, BORDERS_COUNTRY_FIELD, context, tr("country field of the borders")
    )
    if source.sourceCrs() != target:
        feedback.pushWarning(
            tr("The layer '{param}' was reprojected from {a} to {b}.").format(
                param=BORDERS, a=source.sourceCrs().authid(), b=target.authid()
            )
        )
    units, county = read_polygon_groups(source, target, context, None, county_i)
    geometries = {k: shapely.union_all(v) for k, v in units.items()}
    country = None
    if country_i is not None:
        _units, country = read_polygon_groups(source, target, context, None, country_i)
    tolerance = generalisation_tolerance(extent[2] - extent[0], extent[3] - extent[1])
    lines = border_lines(geometries, county, country, tolerance=tolerance)
    return [(from_shapely(geom), [kind]) for kind, geom in lines]
