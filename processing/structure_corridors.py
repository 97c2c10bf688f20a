"""The corridors of regionatlas:structureimage: the flows read and matched to the nodes, the
corridor rule, curved lines, routing on a network, or the network itself without flows.

Each step converts QGIS input to plain data (``structure_layers``), calls one core function of
``regionatlas/structureimage`` and turns the result into (geometry, attributes) rows.
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsDistanceArea, QgsPointXY, QgsProcessingException

from ..i18n import tr
from ..regionatlas.errors import Cancelled
from ..regionatlas.structureimage import (
    CORRIDOR_RULES,
    CorridorOptions,
    border_crossed,
    corridors_from_flows,
)
from ..regionatlas.structureimage.corridors import nullable_flag
from ..regionatlas.structureimage.drawing import OBSTACLE_RANKS, corridor_lines, obstacles
from ..regionatlas.structureimage.extent import automatic_max_length, map_diagonal
from ..regionatlas.structureimage.nodes import match_flows, representative_nodes
from ..regionatlas.structureimage.routing import classify_routed, nearest_nodes, route_corridors
from .od_input import read_od
from .structure_layers import polyline, read_lines
from .structure_params import (
    BORDER_FIELD,
    CORRIDOR_RULE,
    CORRIDOR_VALUE,
    COUNTRY_FIELD,
    CURVED,
    FLOWS,
    MAX_LENGTH_KM,
    NETWORK,
    NODE_ID_FIELD,
    SIZE_FIELD,
    WIDTH_CLASSES,
)
from .structure_styles import number_text, run_summary

#: Position of the attributes in a corridor row (CORRIDOR_FIELDS of structureimage.py).
FLOW, WIDTH, CROSS = 6, 7, 8


class _FlowsAdapter:
    """Lets od_input.read_od read FLOWS (it reads the parameter named INPUT)."""

    def __init__(self, alg) -> None:
        self.alg = alg

    def parameterAsSource(self, parameters, name, context):
        return self.alg.parameterAsSource(parameters, FLOWS if name == "INPUT" else name, context)

    def parameterAsString(self, parameters, name, context):
        return self.alg.parameterAsString(parameters, name, context)


def max_length_m(alg, parameters, context, feedback, extent) -> float | None:
    """The length limit in metres: given (0 = none) or automatic from the extent."""
    if parameters.get(MAX_LENGTH_KM) in (None, ""):
        limit = automatic_max_length(extent.width(), extent.height())
        feedback.pushInfo(
            tr(
                "Longest corridor: {km} km, chosen from the extent of the nodes (give "
                "'Longest corridor in km' to change it, 0 for no limit)."
            ).format(km=number_text(limit / 1000.0, 0))
        )
        return limit
    km = alg.parameterAsDouble(parameters, MAX_LENGTH_KM, context)
    return km * 1000.0 if km > 0 else None


def build_corridors(alg, parameters, context, feedback, nodes, target, extent) -> dict:
    diagonal = map_diagonal(extent.width(), extent.height())
    network_source = alg.parameterAsSource(parameters, NETWORK, context)
    network = None
    if network_source is not None:
        if network_source.sourceCrs() != target:
            feedback.pushWarning(
                tr("The network was reprojected from {a} to {b}.").format(
                    a=network_source.sourceCrs().authid(), b=target.authid()
                )
            )
        network = read_lines(network_source, target, context)
        if not network:
            raise QgsProcessingException(tr("The network layer has no lines."))
    flows_given = bool(parameters.get(FLOWS))
    if not flows_given or alg.parameterAsSource(parameters, FLOWS, context) is None:
        if network is None:
            feedback.pushInfo(tr("No flows and no network: the image has no corridors."))
            return {"lines": [], "border": [], "summary": ""}
        return network_corridors(alg, network, nodes, parameters, context)
    id_field = alg.parameterAsString(parameters, NODE_ID_FIELD, context)
    if id_field == "":
        raise QgsProcessingException(
            tr(
                "Flows were given: choose the node id field whose values are the OD table's "
                "ids (e.g. the municipality code)."
            )
        )
    table = read_od(
        _FlowsAdapter(alg), {**parameters, "INPUT": parameters[FLOWS]}, context, feedback
    )
    chosen = representative_nodes(
        [n["key"] for n in nodes],
        [n["rank"] for n in nodes],
        [n["size"] for n in nodes],
        [n["name"] for n in nodes],
    )
    representative = {key: nodes[i] for key, i in chosen.items()}
    for node in representative.values():
        node["flow_node"] = True
    rows, cols, vals = table.coo()
    limit = max_length_m(alg, parameters, context, feedback, extent)
    matched = match_flows(
        table.units,
        rows,
        cols,
        vals,
        {k: (n["x"], n["y"]) for k, n in representative.items()},
        max_length=limit,
        id_field=id_field,
    )
    if matched.lost_persons > 0:
        feedback.pushWarning(
            tr(
                "{n} OD id(s) have no node and their flows ({persons} persons) are not "
                "drawn: {ids}."
            ).format(
                n=len(matched.missing_ids),
                persons=number_text(matched.lost_persons, 0),
                ids=", ".join(matched.missing_ids[:10]),
            )
        )
    if matched.too_long:
        feedback.pushInfo(
            tr(
                "{n} flows between nodes more than {km} km apart ({persons} persons) were "
                "left out before choosing corridors."
            ).format(
                n=matched.too_long,
                km=number_text(limit / 1000.0, 0),
                persons=number_text(matched.too_long_persons, 0),
            )
        )
    rule = CORRIDOR_RULES[alg.parameterAsEnum(parameters, CORRIDOR_RULE, context)]
    options = CorridorOptions(
        rule=rule,
        value=alg.parameterAsDouble(parameters, CORRIDOR_VALUE, context) or None,
        width_classes=alg.parameterAsInt(parameters, WIDTH_CLASSES, context),
    )
    border_name = alg.parameterAsString(parameters, BORDER_FIELD, context)
    country_name = alg.parameterAsString(parameters, COUNTRY_FIELD, context)
    use_size = bool(alg.parameterAsString(parameters, SIZE_FIELD, context))
    frame = corridors_from_flows(
        matched.origins,
        matched.destinations,
        matched.counts,
        options,
        border={k: n["county"] for k, n in representative.items()} if border_name else None,
        country={k: n["country"] for k, n in representative.items()} if country_name else None,
        border_name=border_name or "county",
        country_name=country_name or "country",
        sizes={k: n["size"] for k, n in representative.items()} if use_size else None,
    )
    feedback.pushInfo(
        tr("Corridor rule '{rule}' (value {value}): {n} corridors.").format(
            rule=rule, value=f"{options.effective_value:g}", n=len(frame)
        )
    )
    distance = QgsDistanceArea()
    distance.setSourceCrs(target, context.transformContext())
    distance.setEllipsoid(context.ellipsoid() or "EPSG:7019")
    curved = alg.parameterAsBoolean(parameters, CURVED, context)
    lines = pair_lines(frame, representative, nodes, curved, diagonal, distance, feedback)
    border = [row for row in lines if row[1][CROSS] is True]
    if network is not None:
        lines = routed_lines(
            frame, representative, network, lines, options, diagonal, distance, feedback
        )
    rule_label = alg.parameterDefinition(CORRIDOR_RULE).options()[CORRIDOR_RULES.index(rule)]
    summary = run_summary(rule_label, options.effective_value, limit)
    return {"lines": lines, "border": border, "summary": summary}


def _xy(representative, ids) -> np.ndarray:
    return np.array([[representative[i]["x"], representative[i]["y"]] for i in ids]).reshape(-1, 2)


def pair_lines(frame, representative, nodes, curved, diagonal, distance, feedback):
    """(geometry, attributes) of each corridor as a (curved) line between its nodes."""
    starts, ends = _xy(representative, frame["from_id"]), _xy(representative, frame["to_id"])
    node_xy = [[n["x"], n["y"]] for n in nodes]
    lines, passing = corridor_lines(
        starts,
        ends,
        obstacles(node_xy, [n["rank"] for n in nodes]),
        diagonal,
        curved,
        cancelled=feedback.isCanceled,
    )
    out = []
    for row, coords, a, b in zip(frame.itertuples(index=False), lines, starts, ends):
        attrs = [
            row.from_id,
            row.to_id,
            representative[row.from_id]["name"],
            representative[row.to_id]["name"],
            float(row.flow_from_to),
            float(row.flow_to_from),
            float(row.flow),
            int(row.width_class),
            nullable_flag(row.cross_border),
            row.border_crossed,
            1,
            distance.measureLine(QgsPointXY(*a), QgsPointXY(*b)) / 1000.0,
        ]
        out.append((polyline(coords), attrs))
    if passing:
        feedback.pushInfo(
            tr("{n} corridors still pass close to an unrelated node of ranks 1-{r}.").format(
                n=passing, r=OBSTACLE_RANKS
            )
        )
    return out


def routed_lines(frame, representative, network, direct, options, diagonal, distance, feedback):
    result = route_corridors(
        network,
        _xy(representative, frame["from_id"]),
        _xy(representative, frame["to_id"]),
        frame["flow"].to_numpy(),
        diagonal,
        cancelled=feedback.isCanceled,
    )
    if feedback.isCanceled():
        raise Cancelled("Routing was cancelled.")
    classes = classify_routed(
        result,
        frame["flow"].tolist(),
        [nullable_flag(v) for v in frame["cross_border"]],
        frame["border_crossed"].tolist(),
        options.width_classes,
    )
    out = []
    for k, piece in enumerate(result.pieces):
        geom = polyline(piece.coords)
        attrs = [None] * 6 + [
            piece.flow,
            classes.piece_classes[k],
            classes.piece_cross[k],
            classes.piece_crossed[k],
            len(piece.pairs),
            distance.measureLength(geom) / 1000.0,
        ]
        out.append((geom, attrs))
    for k, cls in zip(result.unrouted, classes.unrouted_classes):
        geom, attrs = direct[k]
        attrs = list(attrs)
        attrs[WIDTH] = cls
        out.append((geom, attrs))
    feedback.pushInfo(
        tr("Routed {n} of {m} corridors on the network ({p} segments).").format(
            n=len(frame) - len(result.unrouted), m=len(frame), p=len(result.pieces)
        )
    )
    if result.unrouted:
        feedback.pushWarning(
            tr(
                "{n} corridors could not be routed (a node far from the network, or not "
                "connected) and are drawn as lines."
            ).format(n=len(result.unrouted))
        )
    out.sort(key=lambda item: -(item[1][FLOW] or 0.0))
    return out


def network_corridors(alg, network, nodes, parameters, context) -> dict:
    """Without flows: the network lines are the corridors; ends take the nearest node."""
    first, last = nearest_nodes(network, np.array([[n["x"], n["y"]] for n in nodes]))
    border_name = alg.parameterAsString(parameters, BORDER_FIELD, context)
    country_name = alg.parameterAsString(parameters, COUNTRY_FIELD, context)
    out = []
    for line, i, j in zip(network, first, last):
        a, b = nodes[int(i)], nodes[int(j)]
        cross, text = border_crossed(
            (a["county"], b["county"]) if border_name else None,
            (a["country"], b["country"]) if country_name else None,
            border_name or "county",
            country_name or "country",
        )
        geom = polyline(line)
        attrs = [a["id"], b["id"], a["name"], b["name"], None, None, None, 2, cross, text, 0]
        out.append((geom, [*attrs, geom.length() / 1000.0]))
    border = [row for row in out if row[1][CROSS] is True]
    return {"lines": out, "border": border, "summary": tr("network")}
