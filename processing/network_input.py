"""Adapters shared by the accessibility algorithms: the road network and the points.

Declares the network parameters (public API: NETWORK, SPEED_FIELD, SPEED_CLASS_FIELD,
SPEED_TABLE, DEFAULT_SPEED, ONEWAY_FIELD, TOLERANCE, CONNECTOR_SPEED, MAX_SNAP) and the point
parameters, reads QGIS layers into plain arrays and calls the core
(``regionatlas.accessibility``), which validates and builds the graph.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..i18n import tr
from ..regionatlas.accessibility import (
    build_network,
    locate,
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
from ..regionatlas.ids import example_list, normalise_id
from .od_input import _plain

NETWORK = "NETWORK"
SPEED_FIELD = "SPEED_FIELD"
SPEED_CLASS_FIELD = "SPEED_CLASS_FIELD"
SPEED_TABLE = "SPEED_TABLE"
DEFAULT_SPEED = "DEFAULT_SPEED"
ONEWAY_FIELD = "ONEWAY_FIELD"
TOLERANCE = "TOLERANCE"
CONNECTOR_SPEED = "CONNECTOR_SPEED"
MAX_SNAP = "MAX_SNAP"
ORIGINS = "ORIGINS"
ORIGINS_ID_FIELD = "ORIGINS_ID_FIELD"
DESTINATIONS = "DESTINATIONS"
DESTINATIONS_ID_FIELD = "DESTINATIONS_ID_FIELD"

DOUBLE = QgsProcessingParameterNumber.Type.Double
#: Geometry validity is not a routing question: every line and point is read as it is.
SKIP_VALIDITY = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks


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


def add_point_parameters(alg, name: str, id_name: str, label: str, id_label: str) -> None:
    """Declare a point layer (points or polygons) and its id field."""
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            name,
            label,
            [
                QgsProcessing.SourceType.TypeVectorPoint,
                QgsProcessing.SourceType.TypeVectorPolygon,
            ],
        )
    )
    alg.addParameter(QgsProcessingParameterField(id_name, id_label, parentLayerParameterName=name))


def _field_index(source, field: str, parameter: str) -> int:
    index = source.fields().lookupField(field)
    if index < 0:
        raise QgsProcessingException(
            tr("{parameter}: the layer has no field '{field}'. Its fields are: {names}.").format(
                parameter=parameter, field=field, names=", ".join(source.fields().names())
            )
        )
    return index


def _optional_field(alg, parameters, name, context, source) -> int | None:
    field = alg.parameterAsString(parameters, name, context)
    return _field_index(source, field, name) if field else None


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
    speed_i = _optional_field(alg, parameters, SPEED_FIELD, context, source)
    class_i = _optional_field(alg, parameters, SPEED_CLASS_FIELD, context, source)
    oneway_i = _optional_field(alg, parameters, ONEWAY_FIELD, context, source)
    table_text = alg.parameterAsString(parameters, SPEED_TABLE, context)
    default = alg.parameterAsDouble(parameters, DEFAULT_SPEED, context)
    if class_i is not None and not table_text:
        raise QgsProcessingException(
            tr("SPEED_CLASS_FIELD needs a SPEED_TABLE (JSON or a preset: osm, nvdb).")
        )
    lines, ids, speeds, classes, oneway = [], [], [], [], []
    total = max(source.featureCount(), 1)
    request = QgsFeatureRequest().setInvalidGeometryCheck(
        QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
    )
    for k, feature in enumerate(source.getFeatures(request, SKIP_VALIDITY)):
        if k % 5000 == 0:
            if feedback.isCanceled():
                return None, crs
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


def read_points(
    alg,
    parameters: dict,
    name: str,
    id_name: str,
    context,
    feedback,
    network,
    network_crs,
    weight_name: str | None = None,
    category_name: str | None = None,
):
    """Located points of layer ``name`` (polygons by their point on surface), reprojected to
    the network's CRS when needed (and said so). Returns (Located, {id: QgsGeometry})."""
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    id_field = alg.parameterAsString(parameters, id_name, context)
    if not id_field:
        raise QgsProcessingException(tr("Choose the id field ({name}).").format(name=id_name))
    id_i = _field_index(source, id_field, id_name)
    weight_i = (
        _optional_field(alg, parameters, weight_name, context, source) if weight_name else None
    )
    cat_i = (
        _optional_field(alg, parameters, category_name, context, source) if category_name else None
    )
    transform = None
    if network_crs.isValid() and source.sourceCrs().isValid() and source.sourceCrs() != network_crs:
        transform = QgsCoordinateTransform(
            source.sourceCrs(), network_crs, context.transformContext()
        )
        feedback.pushInfo(
            tr(
                "{name} is in {source}; its points were reprojected to the network's {target}."
            ).format(name=name, source=source.sourceCrs().authid(), target=network_crs.authid())
        )
    ids, xy, weights, cats, geoms, no_geometry = [], [], [], [], {}, []
    is_point = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    request = QgsFeatureRequest().setInvalidGeometryCheck(
        QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
    )
    for feature in source.getFeatures(request, SKIP_VALIDITY):
        attributes = feature.attributes()
        key = normalise_id(_plain(attributes[id_i]))
        if key is None:
            raise QgsProcessingException(
                tr("{name}: feature {fid} has no value in '{field}'.").format(
                    name=name, fid=feature.id(), field=id_field
                )
            )
        geom = feature.geometry()
        point = None
        if geom is not None and not geom.isEmpty():
            point = QgsGeometry(geom) if is_point else geom.pointOnSurface()
            if transform is not None:
                point.transform(transform)
            if point.isMultipart():
                point = QgsGeometry.fromPointXY(point.asMultiPoint()[0])
        if point is None or point.isEmpty():
            no_geometry.append(key)
            xy.append((np.nan, np.nan))
        else:
            p = point.asPoint()
            xy.append((p.x(), p.y()))
            geoms[key] = point
        ids.append(key)
        if weight_i is not None:
            value = _plain(attributes[weight_i])
            try:
                weights.append(float(value) if value is not None else np.nan)
            except (TypeError, ValueError):
                weights.append(np.nan)
        if cat_i is not None:
            value = normalise_id(_plain(attributes[cat_i]))
            if value is None:
                raise QgsProcessingException(
                    tr("{name}: feature '{id}' has no category in '{field}'.").format(
                        name=name,
                        id=key,
                        field=alg.parameterAsString(parameters, category_name, context),
                    )
                )
            cats.append(value)
    if no_geometry:
        feedback.pushWarning(
            tr("{name}: {n} feature(s) have no geometry: {ids}.").format(
                name=name, n=len(no_geometry), ids=example_list(no_geometry)
            )
        )
    located = locate(
        network,
        ids,
        np.array(xy, dtype=float).reshape(-1, 2),
        alg.parameterAsDouble(parameters, CONNECTOR_SPEED, context),
        alg.parameterAsDouble(parameters, MAX_SNAP, context),
        what=name,
        weight=weights if weight_i is not None else None,
        category=cats if cat_i is not None else None,
    )
    off = located.off_network_ids
    if off:
        feedback.pushWarning(
            tr(
                "{name}: {n} of {total} point(s) are farther than MAX_SNAP from the network (or "
                "have no geometry) and get no travel times: {ids}."
            ).format(name=name, n=len(off), total=len(ids), ids=example_list(off))
        )
    return located, geoms
