"""Adapters shared by the accessibility algorithms: the road network.

Declares the network parameters (public API: NETWORK, SPEED_FIELD, SPEED_CLASS_FIELD,
SPEED_TABLE, DEFAULT_SPEED, ONEWAY_FIELD, TOLERANCE, CONNECTOR_SPEED, MAX_SNAP),
reads the lines into plain arrays and calls the core (``regionatlas.accessibility``), which
validates and builds the graph. The points on the network: ``point_input``.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..i18n import tr
from ..regionatlas.accessibility import (
    build_network,
    resolve_directions,
    resolve_speeds,
    speed_table,
)
from ..regionatlas.accessibility.parameters import (
    CONNECTOR_SPEED_KMH,
    DEFAULT_SPEED_KMH,
    MAX_SNAP_M,
    TOLERANCE_M,
)
from .values import chosen_field, unchecked_features
from .values import plain as _plain

NETWORK = "NETWORK"
SPEED_FIELD = "SPEED_FIELD"
SPEED_CLASS_FIELD = "SPEED_CLASS_FIELD"
SPEED_TABLE = "SPEED_TABLE"
DEFAULT_SPEED = "DEFAULT_SPEED"
ONEWAY_FIELD = "ONEWAY_FIELD"
TOLERANCE = "TOLERANCE"
CONNECTOR_SPEED = "CONNECTOR_SPEED"
MAX_SNAP = "MAX_SNAP"

DOUBLE = QgsProcessingParameterNumber.Type.Double


def network_help() -> str:
    """The help text of the network parameters (shared by the three algorithms)."""
    return tr(
        "<i>Road network</i> (NETWORK): lines in a projected CRS (metres). Each line is an "
        "edge between its end points; lines are joined where they share an end point or a "
        "vertex (OpenStreetMap ways meet at shared nodes), never where they only cross.<br>"
        "<i>Speed field</i> (km/h), else <i>speed class field</i> looked up in the "
        "<i>speed table</i>: a JSON object such as {\"primary\": 70} or a preset: 'osm' "
        "(OpenStreetMap highway classes, default car speeds of the OSRM car profile) or "
        "'nvdb' (NVDB functional road class 0-9, RegionAtlas's typical speeds); else the "
        "<i>default speed</i> (0 = none: a line without a speed is an error).<br>"
        "<i>One-way field</i>: yes/1/true one way along the line, -1 against it, "
        "no/0/empty both ways (OpenStreetMap's oneway).<br>"
        "<i>Tolerance</i> (m): end points closer than this are joined.<br>"
        "<i>Connector speed</i> (km/h, default 5: walking) covers the straight line from "
        "each point to its nearest network vertex; a point farther than the <i>maximum "
        "snapping distance</i> (m) is not on the network: it is listed in the log and gets "
        "no travel times."
    )


def add_network_parameters(alg) -> None:
    """Declare the network parameters on ``alg``."""
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            NETWORK, tr("Road network (lines)"), [QgsProcessing.SourceType.TypeVectorLine]
        )
    )
    numeric = QgsProcessingParameterField.DataType.Numeric
    alg.addParameter(
        QgsProcessingParameterField(
            SPEED_FIELD,
            tr("Speed field (km/h)"),
            parentLayerParameterName=NETWORK,
            type=numeric,
            optional=True,
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            SPEED_CLASS_FIELD,
            tr("Speed class field (road class)"),
            parentLayerParameterName=NETWORK,
            optional=True,
        )
    )
    alg.addParameter(
        QgsProcessingParameterString(
            SPEED_TABLE, tr("Speed table (JSON class -> km/h, or osm / nvdb)"), optional=True
        )
    )
    alg.addParameter(
        QgsProcessingParameterNumber(
            DEFAULT_SPEED,
            tr("Default speed (km/h; 0 = none)"),
            DOUBLE,
            DEFAULT_SPEED_KMH,
            minValue=0.0,
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            ONEWAY_FIELD,
            tr("One-way field (yes / -1 / no)"),
            parentLayerParameterName=NETWORK,
            optional=True,
        )
    )
    alg.addParameter(
        QgsProcessingParameterNumber(
            TOLERANCE, tr("Joining tolerance (m)"), DOUBLE, TOLERANCE_M, minValue=0.0
        )
    )
    alg.addParameter(
        QgsProcessingParameterNumber(
            CONNECTOR_SPEED,
            tr("Connector speed (km/h)"),
            DOUBLE,
            CONNECTOR_SPEED_KMH,
            minValue=0.001,
        )
    )
    alg.addParameter(
        QgsProcessingParameterNumber(
            MAX_SNAP, tr("Maximum snapping distance (m)"), DOUBLE, MAX_SNAP_M, minValue=0.0
        )
    )


def read_network(alg, parameters: dict, context, feedback):
    """(RoadNetwork, crs) from the network parameters; a geographic CRS is refused."""
    source = alg.parameterAsSource(parameters, NETWORK, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, NETWORK))
    crs = source.sourceCrs()
    if crs.isValid() and crs.isGeographic():
        raise QgsProcessingException(
            tr(
                "NETWORK is in a geographic CRS ({crs}): lengths would be in degrees. "
                "Reproject the road network to a projected CRS in metres (e.g. SWEREF 99 TM, "
                "EPSG:3006) first."
            ).format(crs=crs.authid())
        )
    if not crs.isValid():
        feedback.pushWarning(tr("NETWORK has no CRS; coordinates are taken as metres."))
    speed_i = chosen_field(alg, parameters, SPEED_FIELD, context, source)[1]
    class_i = chosen_field(alg, parameters, SPEED_CLASS_FIELD, context, source)[1]
    oneway_i = chosen_field(alg, parameters, ONEWAY_FIELD, context, source)[1]
    table_text = alg.parameterAsString(parameters, SPEED_TABLE, context)
    default = alg.parameterAsDouble(parameters, DEFAULT_SPEED, context)
    if class_i is not None and not table_text:
        raise QgsProcessingException(
            tr("SPEED_CLASS_FIELD needs a SPEED_TABLE (JSON or a preset: osm, nvdb).")
        )
    lines, ids, speeds, classes, oneway = [], [], [], [], []
    total = max(source.featureCount(), 1)
    for k, feature in enumerate(unchecked_features(source)):
        if k % 5000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user."))
            feedback.setProgress(10.0 * k / total)
        geom = feature.geometry()
        if geom is None or geom.isEmpty():
            continue
        attributes = feature.attributes()
        polylines = geom.asMultiPolyline() if geom.isMultipart() else [geom.asPolyline()]
        for line in polylines:
            if not line:
                continue
            lines.append(np.array([(v.x(), v.y()) for v in line], dtype=float))
            ids.append(f"fid {feature.id()}")
            speeds.append(_plain(attributes[speed_i]) if speed_i is not None else None)
            classes.append(_plain(attributes[class_i]) if class_i is not None else None)
            oneway.append(_plain(attributes[oneway_i]) if oneway_i is not None else None)
    speed_field = alg.parameterAsString(parameters, SPEED_FIELD, context) or SPEED_FIELD
    speeds_kmh = resolve_speeds(
        ids,
        speeds if speed_i is not None else None,
        classes if class_i is not None else None,
        speed_table(table_text),
        default,
        speed_field=speed_field,
    )
    directions = resolve_directions(
        ids,
        oneway if oneway_i is not None else None,
        alg.parameterAsString(parameters, ONEWAY_FIELD, context) or ONEWAY_FIELD,
    )
    tolerance = alg.parameterAsDouble(parameters, TOLERANCE, context)
    network = build_network(lines, speeds_kmh, directions, tolerance)
    feedback.pushInfo(
        tr("Network: {lines} lines, {vertices} vertices, {arcs} directed edges.").format(
            lines=len(lines), vertices=network.n_vertices, arcs=network.n_arcs
        )
    )
    return network, crs
