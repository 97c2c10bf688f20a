"""regionatlas:structureimage - the layers of a structure image (strukturbild).

Ranked nodes, corridors between them (from an OD table, optionally routed on a network),
border links, generalised functional regions and green structure, each styled by a bundled QML
and loaded into one layer group in drawing order. The selection and drawing rules are in
``regionatlas/structureimage``; this module reads the layers, calls them and writes sinks.
"""

from __future__ import annotations

import uuid

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsWkbTypes,
)
from scipy.spatial import cKDTree

from ..compat import qgs_field
from ..i18n import tr
from ..regionatlas.errors import Cancelled, InputError
from ..regionatlas.ids import id_sort_key, normalise_id
from ..regionatlas.structureimage import (
    CORRIDOR_RULES,
    DEFAULT_WIDTH_CLASSES,
    DRAWING_ORDER,
    LABELLED_RANKS,
    MAX_WIDTH_CLASSES,
    MIN_WIDTH_CLASSES,
    CorridorOptions,
    border_crossed,
    corridors_from_flows,
    generalisation_tolerance,
    node_ranks,
    region_colours,
    route_flows,
)
from ..regionatlas.structureimage.corridors import pairs_within
from ..regionatlas.structureimage.drawing import (
    OBSTACLE_RANKS,
    REGION_INSET_SHARE,
    SMOOTH_ITERATIONS,
    SMOOTH_OFFSET,
    corridor_lines,
)
from .base import RegionAtlasAlgorithm
from .flowlines import utm_crs_for
from .od_input import _plain, read_od
from .sinks import _POST_PROCESSORS, add_features
from .structure_styles import OUTPUTS, GroupPostProcessor

NODES = "NODES"
NODE_ID_FIELD = "NODE_ID_FIELD"
NAME_FIELD = "NAME_FIELD"
CLASS_FIELD = "CLASS_FIELD"
RANK_FIELD = "RANK_FIELD"
SIZE_FIELD = "SIZE_FIELD"
BORDER_FIELD = "BORDER_FIELD"
COUNTRY_FIELD = "COUNTRY_FIELD"
LABEL_RANKS = "LABEL_RANKS"
FLOWS = "FLOWS"
ORIGIN_FIELD = "ORIGIN_FIELD"
DESTINATION_FIELD = "DESTINATION_FIELD"
COUNT_FIELD = "COUNT_FIELD"
YEAR_FIELD = "YEAR_FIELD"
YEAR = "YEAR"
NETWORK = "NETWORK"
REGIONS = "REGIONS"
REGION_FIELD = "REGION_FIELD"
REGION_NAME_FIELD = "REGION_NAME_FIELD"
GREEN = "GREEN"
CORRIDOR_RULE = "CORRIDOR_RULE"
CORRIDOR_VALUE = "CORRIDOR_VALUE"
WIDTH_CLASSES = "WIDTH_CLASSES"
MAX_LENGTH_KM = "MAX_LENGTH_KM"
CURVED = "CURVED"
OUTPUT_NODES = "OUTPUT_NODES"
OUTPUT_CORRIDORS = "OUTPUT_CORRIDORS"
OUTPUT_BORDER_LINKS = "OUTPUT_BORDER_LINKS"
OUTPUT_REGIONS = "OUTPUT_REGIONS"
OUTPUT_GREEN = "OUTPUT_GREEN"
METADATA = "METADATA"

#: Pairs whose node lies further from the network than this share of the diagonal are drawn
#: straight (not routed).
MAX_ACCESS_SHARE = 0.05

CORRIDOR_FIELDS = (
    ("from_id", "String"),
    ("to_id", "String"),
    ("from_name", "String"),
    ("to_name", "String"),
    ("flow_from_to", "Double"),
    ("flow_to_from", "Double"),
    ("flow", "Double"),
    ("width_class", "Int"),
    ("cross_border", "Bool"),
    ("border_crossed", "String"),
    ("pairs", "Int"),
    ("length_km", "Double"),
)
NODE_FIELDS = (
    ("node_id", "String"),
    ("name", "String"),
    ("class", "String"),
    ("rank", "Int"),
    ("size", "Double"),
    ("county", "String"),
    ("country", "String"),
    ("label", "Bool"),
    ("flow_node", "Bool"),
)
REGION_FIELDS = (
    ("region_id", "String"),
    ("name", "String"),
    ("units", "Int"),
    ("area_km2", "Double"),
    ("colour", "Int"),
)


def _flag(value) -> bool | None:
    """pandas' nullable boolean (True/False/NA) -> True/False/None."""
    try:
        return None if value is None or bool(value != value) else bool(value)
    except TypeError:  # pd.NA
        return None


def make_fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(qgs_field(name, kind))
    return fields


class _FlowsAdapter:
    """Lets od_input.read_od read FLOWS (it reads the parameter named INPUT)."""

    def __init__(self, alg) -> None:
        self.alg = alg

    def parameterAsSource(self, parameters, name, context):
        return self.alg.parameterAsSource(parameters, FLOWS if name == "INPUT" else name, context)

    def parameterAsString(self, parameters, name, context):
        return self.alg.parameterAsString(parameters, name, context)


class StructureImageAlgorithm(RegionAtlasAlgorithm):
    NAME = "structureimage"
    GROUP_ID = "structureimage"
    ICON = "structureimage.svg"

    def display_name(self) -> str:
        return tr("Build structure image")

    def help_text(self) -> str:
        return tr(
            "Builds the layers of a structure image (strukturbild): ranked nodes, corridors "
            "between them, the links that cross county or national borders, generalised "
            "functional regions and green structure. Each output is styled by a bundled style "
            "and loaded into one layer group (regions at the bottom, then green structure, "
            "corridors, border links and nodes on top). Export the result with "
            "<i>Export structure image</i>.<br><br>"
            "Source: RegionAtlas spec structure-image.md; dominant-flow links after Nystuen "
            "&amp; Dacey (1961).<br><br>"
            "<b>Parameters</b><br>"
            "<i>Nodes</i>: ranked points or polygons (e.g. the settlement hierarchy's output). "
            "<i>Name field</i>; <i>class field</i> or <i>rank field</i> (1 = top; numbers rank "
            "by value, text classes by the mean size of their nodes, or by rarity without a "
            "size field); every node needs one. <i>Size field</i> (optional: population, jobs). "
            "<i>Border field</i> (e.g. county) and <i>country field</i>: a corridor is "
            "cross-border when its ends differ in either (never guessed from geometry). "
            "<i>Node id field</i>: the ids that the OD table uses (e.g. the municipality code); "
            "when several nodes share an id, the flow is drawn from the highest-ranked, then "
            "largest of them. <i>Labelled ranks</i>: labels for ranks 1..n.<br>"
            "<i>Flows</i> (optional): an OD table with origin, destination and count fields "
            "(and a year), as in Commuting indicators. The flow of a pair is F[i,j] + F[j,i].<br>"
            "<i>Network</i> (optional): lines to route the corridors on (shortest way, flows "
            "summed per segment; pairs the network does not reach are drawn as lines and "
            "reported). Without flows, the network lines themselves are the corridors.<br>"
            "<i>Corridor rule</i> and <i>value</i> (0 = the rule's default): dominant-flow links "
            "(value = size ratio, default 1), k largest per node (default 2), threshold "
            "(persons, default 100), cumulative share (0-1, default 0.8).<br>"
            "<i>Width classes</i>: 3-5, equal steps on a log scale.<br>"
            "<i>Curved corridors</i>: gently curved, longer ones more, bending away from "
            "unrelated nodes where possible.<br>"
            "<i>Regions</i> (optional): polygons, dissolved by the <i>region field</i> when "
            "given, simplified and smoothed. <i>Green structure</i> (optional): polygons.<br>"
            "Layers in other CRSs are reprojected to the nodes' CRS (a projected UTM zone when "
            "the nodes are in degrees) and the log says so."
        )

    # -- parameters ---------------------------------------------------------------------------
    def initAlgorithm(self, config=None) -> None:
        point_or_polygon = [
            QgsProcessing.SourceType.TypeVectorPoint,
            QgsProcessing.SourceType.TypeVectorPolygon,
        ]
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                NODES, tr("Nodes (ranked places)"), point_or_polygon
            )
        )
        for name, label, optional in (
            (NAME_FIELD, tr("Name field"), False),
            (CLASS_FIELD, tr("Class field"), True),
            (RANK_FIELD, tr("Rank field (1 = top)"), True),
            (SIZE_FIELD, tr("Size field (population, jobs)"), True),
            (BORDER_FIELD, tr("Border field (county)"), True),
            (COUNTRY_FIELD, tr("Country field"), True),
            (NODE_ID_FIELD, tr("Node id field matching the OD ids"), True),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name, label, parentLayerParameterName=NODES, optional=optional
                )
            )
        self.addParameter(
            QgsProcessingParameterNumber(
                LABEL_RANKS,
                tr("Label the nodes of ranks 1 to"),
                QgsProcessingParameterNumber.Type.Integer,
                LABELLED_RANKS,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                FLOWS,
                tr("Flows: commuting OD table (optional)"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        for name, label in (
            (ORIGIN_FIELD, tr("Origin (home unit) field")),
            (DESTINATION_FIELD, tr("Destination (work unit) field")),
            (COUNT_FIELD, tr("Count field (employed persons)")),
            (YEAR_FIELD, tr("Year field")),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name, label, parentLayerParameterName=FLOWS, optional=True
                )
            )
        self.addParameter(QgsProcessingParameterString(YEAR, tr("Year to use"), optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                NETWORK,
                tr("Network to route the corridors on (optional)"),
                [QgsProcessing.SourceType.TypeVectorLine],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                REGIONS, tr("Functional regions (optional)"), polygon, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                REGION_FIELD,
                tr("Region field (dissolve the polygons by it)"),
                parentLayerParameterName=REGIONS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                REGION_NAME_FIELD,
                tr("Region name field"),
                parentLayerParameterName=REGIONS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                GREEN, tr("Green structure (optional)"), polygon, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                CORRIDOR_RULE,
                tr("Corridor rule"),
                [
                    tr("Dominant-flow links"),
                    tr("k largest per node"),
                    tr("Threshold (persons)"),
                    tr("Cumulative share"),
                ],
                defaultValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                CORRIDOR_VALUE,
                tr("Value of the corridor rule (0 = the rule's default)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                WIDTH_CLASSES,
                tr("Width classes"),
                QgsProcessingParameterNumber.Type.Integer,
                DEFAULT_WIDTH_CLASSES,
                minValue=MIN_WIDTH_CLASSES,
                maxValue=MAX_WIDTH_CLASSES,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                MAX_LENGTH_KM,
                tr("Longest corridor in km (0 = no limit)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(QgsProcessingParameterBoolean(CURVED, tr("Curved corridors"), True))
        for name, label, kind in (
            (OUTPUT_NODES, tr("Nodes"), QgsProcessing.SourceType.TypeVectorPoint),
            (OUTPUT_CORRIDORS, tr("Corridors"), QgsProcessing.SourceType.TypeVectorLine),
            (OUTPUT_BORDER_LINKS, tr("Border links"), QgsProcessing.SourceType.TypeVectorLine),
            (OUTPUT_REGIONS, tr("Functional regions"), QgsProcessing.SourceType.TypeVectorPolygon),
            (OUTPUT_GREEN, tr("Green structure"), QgsProcessing.SourceType.TypeVectorPolygon),
        ):
            # Regions and green structure are optional outputs: written when their input is.
            optional = name in (OUTPUT_REGIONS, OUTPUT_GREEN)
            self.addParameter(
                QgsProcessingParameterFeatureSink(
                    name, label, kind, optional=optional, createByDefault=True
                )
            )
        self.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance (JSON)")))

    # -- running ------------------------------------------------------------------------------
    def run_algorithm(self, parameters, context, feedback) -> dict:
        nodes_source = self.parameterAsSource(parameters, NODES, context)
        if nodes_source is None:
            raise QgsProcessingException(tr("The nodes (NODES) could not be opened."))
        crs = nodes_source.sourceCrs()
        target = crs
        if crs.isGeographic():
            extent = nodes_source.sourceExtent()
            target = utm_crs_for(extent.center())
            feedback.pushWarning(
                tr(
                    "The nodes are in a geographic CRS ({source}); the structure image is "
                    "computed and written in {target} so that lengths are in metres."
                ).format(source=crs.authid(), target=target.authid())
            )
        nodes = self.read_nodes(nodes_source, parameters, context, feedback, target)
        extent = QgsRectangle()
        for node in nodes:
            extent.combineExtentWith(node["point"].x(), node["point"].y())
        diagonal = float(np.hypot(extent.width(), extent.height())) or 1.0
        feedback.setProgress(15)

        corridors = self.build_corridors(parameters, context, feedback, nodes, target, diagonal)
        feedback.setProgress(55)
        regions = self.read_polygons(parameters, context, feedback, REGIONS, target, extent)
        green = self.read_polygons(parameters, context, feedback, GREEN, target, extent)
        feedback.setProgress(75)

        provenance = self.provenance(parameters, context)
        run_id = uuid.uuid4().hex
        results = {METADATA: provenance}
        # Regions and green structure are written only when given (no empty layers in the
        # group); nodes, corridors and border links always (a model can rely on them).
        if parameters.get(REGIONS):
            results[OUTPUT_REGIONS] = self.write(
                parameters,
                context,
                feedback,
                OUTPUT_REGIONS,
                REGION_FIELDS,
                QgsWkbTypes.Type.MultiPolygon,
                target,
                regions,
                run_id,
                provenance,
                tr("Functional regions"),
            )
        if parameters.get(GREEN):
            results[OUTPUT_GREEN] = self.write(
                parameters,
                context,
                feedback,
                OUTPUT_GREEN,
                (("name", "String"),),
                QgsWkbTypes.Type.MultiPolygon,
                target,
                green,
                run_id,
                provenance,
                tr("Green structure"),
            )
        results[OUTPUT_CORRIDORS] = self.write(
            parameters,
            context,
            feedback,
            OUTPUT_CORRIDORS,
            CORRIDOR_FIELDS,
            QgsWkbTypes.Type.LineString,
            target,
            corridors["lines"],
            run_id,
            provenance,
            tr("Corridors"),
        )
        results[OUTPUT_BORDER_LINKS] = self.write(
            parameters,
            context,
            feedback,
            OUTPUT_BORDER_LINKS,
            CORRIDOR_FIELDS,
            QgsWkbTypes.Type.LineString,
            target,
            corridors["border"],
            run_id,
            provenance,
            tr("Border links"),
        )
        node_rows = [
            (
                n["point"],
                [
                    n["id"],
                    n["name"],
                    n["class"],
                    n["rank"],
                    n["size"],
                    n["county"],
                    n["country"],
                    n["label"],
                    n["flow_node"],
                ],
            )
            for n in sorted(nodes, key=lambda n: (-n["rank"], n["size"] or 0.0))
        ]
        results[OUTPUT_NODES] = self.write(
            parameters,
            context,
            feedback,
            OUTPUT_NODES,
            NODE_FIELDS,
            QgsWkbTypes.Type.Point,
            target,
            node_rows,
            run_id,
            provenance,
            tr("Nodes"),
        )
        feedback.pushInfo(
            tr(
                "Structure image: {n} nodes, {c} corridors ({b} across a border), {r} regions, "
                "{g} green areas."
            ).format(
                n=len(nodes),
                c=len(corridors["lines"]),
                b=len(corridors["border"]),
                r=len(regions),
                g=len(green),
            )
        )
        return {key: value for key, value in results.items() if value is not None}

    # -- nodes --------------------------------------------------------------------------------
    def field_index(self, source, parameters, name, context, label, required=False):
        value = self.parameterAsString(parameters, name, context)
        if not value:
            if required:
                raise QgsProcessingException(tr("Choose the {label}.").format(label=label))
            return None
        index = source.fields().lookupField(value)
        if index < 0:
            raise QgsProcessingException(
                tr("The layer has no field '{field}' ({label}). Its fields are: {names}.").format(
                    field=value, label=label, names=", ".join(source.fields().names())
                )
            )
        return index

    def read_nodes(self, source, parameters, context, feedback, target) -> list[dict]:
        name_i = self.field_index(source, parameters, NAME_FIELD, context, tr("name field"), True)
        class_i = self.field_index(source, parameters, CLASS_FIELD, context, tr("class field"))
        rank_i = self.field_index(source, parameters, RANK_FIELD, context, tr("rank field"))
        size_i = self.field_index(source, parameters, SIZE_FIELD, context, tr("size field"))
        border_i = self.field_index(source, parameters, BORDER_FIELD, context, tr("border field"))
        country_i = self.field_index(
            source, parameters, COUNTRY_FIELD, context, tr("country field")
        )
        id_i = self.field_index(source, parameters, NODE_ID_FIELD, context, tr("node id field"))
        if class_i is None and rank_i is None:
            raise QgsProcessingException(
                tr(
                    "Choose the class field or the rank field of the nodes: a structure image "
                    "draws nodes by class (run the settlement hierarchy first if the nodes have "
                    "none)."
                )
            )
        transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
        nodes = []
        for feature in source.getFeatures():
            geom = feature.geometry()
            if geom is None or geom.isEmpty():
                continue
            if geom.type() != QgsWkbTypes.GeometryType.PointGeometry:
                geom = geom.pointOnSurface()
            geom = QgsGeometry(geom)
            if not transform.isShortCircuited():
                geom.transform(transform)
            point = geom.asPoint() if not geom.isMultipart() else geom.asMultiPoint()[0]
            attrs = feature.attributes()

            def value(i, attrs=attrs):
                return None if i is None else _plain(attrs[i])

            name = normalise_id(value(name_i)) or str(feature.id())
            size = value(size_i)
            try:
                size = float(size) if size is not None else None
            except (TypeError, ValueError):
                size = None
            nodes.append(
                {
                    "fid": feature.id(),
                    "point": point,
                    "name": name,
                    "key": normalise_id(value(id_i)) if id_i is not None else None,
                    "raw_class": value(rank_i if rank_i is not None else class_i),
                    "class": normalise_id(value(class_i)) if class_i is not None else None,
                    "size": size,
                    "county": normalise_id(value(border_i)),
                    "country": normalise_id(value(country_i)),
                }
            )
        if not nodes:
            raise QgsProcessingException(tr("The nodes layer has no feature with a geometry."))
        field = self.parameterAsString(
            parameters, RANK_FIELD if rank_i is not None else CLASS_FIELD, context
        )
        ranks, labels, how = node_ranks(
            [n["name"] for n in nodes],
            [n["raw_class"] for n in nodes],
            sizes=[n["size"] for n in nodes] if size_i is not None else None,
            field=field,
            is_rank=rank_i is not None,
        )
        label_ranks = self.parameterAsInt(parameters, LABEL_RANKS, context)
        for node, rank in zip(nodes, ranks):
            node["rank"] = int(rank)
            if node["class"] is None:
                node["class"] = labels[int(rank) - 1]
            node["label"] = int(rank) <= label_ranks
            node["id"] = node["key"] if node["key"] is not None else str(node["fid"])
            node["flow_node"] = False
        feedback.pushInfo(
            tr("Nodes: {n} in {k} classes ({how}).").format(n=len(nodes), k=len(labels), how=how)
        )
        return nodes

    # -- corridors ----------------------------------------------------------------------------
    def build_corridors(self, parameters, context, feedback, nodes, target, diagonal) -> dict:
        has_flows = (
            bool(parameters.get(FLOWS))
            and self.parameterAsSource(parameters, FLOWS, context) is not None
        )
        network = self.read_network(parameters, context, feedback, target)
        if not has_flows:
            if network is None:
                feedback.pushInfo(tr("No flows and no network: the image has no corridors."))
                return {"lines": [], "border": []}
            return self.network_corridors(network, nodes, parameters, context, diagonal)
        if self.parameterAsString(parameters, NODE_ID_FIELD, context) == "":
            raise QgsProcessingException(
                tr(
                    "Flows were given: choose the node id field whose values are the OD table's "
                    "ids (e.g. the municipality code)."
                )
            )
        table = read_od(
            _FlowsAdapter(self), {**parameters, "INPUT": parameters[FLOWS]}, context, feedback
        )
        # One representative node per id: the highest rank (1), then the largest, then name.
        representative: dict[str, dict] = {}
        for node in nodes:
            key = node["key"]
            if key is None:
                continue
            best = representative.get(key)
            if best is None or (node["rank"], -(node["size"] or 0.0), node["name"]) < (
                best["rank"],
                -(best["size"] or 0.0),
                best["name"],
            ):
                representative[key] = node
        for node in representative.values():
            node["flow_node"] = True
        rows, cols, vals = table.coo()
        units = table.units
        known = np.array([u in representative for u in units], dtype=bool)
        inside = known[rows] & known[cols]
        lost = float(vals[~inside].sum())
        if not inside.any():
            od_examples = ", ".join(list(units[:5]))
            node_examples = ", ".join(sorted(representative, key=id_sort_key)[:5]) or tr("none")
            raise InputError(
                tr(
                    "Empty flows after matching the OD ids to the nodes: no OD id is a value of "
                    "the node id field '{field}' (OD ids: {od}; node ids: {nodes}). Check the "
                    "field and leading zeros."
                ).format(
                    field=self.parameterAsString(parameters, NODE_ID_FIELD, context),
                    od=od_examples,
                    nodes=node_examples,
                )
            )
        if lost > 0:
            missing = sorted({str(u) for u, k in zip(units, known) if not k}, key=id_sort_key)
            feedback.pushWarning(
                tr(
                    "{n} OD id(s) have no node and their flows ({persons} persons) are not "
                    "drawn: {ids}."
                ).format(n=len(missing), persons=f"{lost:,.0f}", ids=", ".join(missing[:10]))
            )
        max_km = self.parameterAsDouble(parameters, MAX_LENGTH_KM, context)
        if max_km > 0:
            inside &= self.within_length(units, rows, cols, representative, max_km, vals, feedback)
            if not (inside & (rows != cols)).any():
                raise InputError(
                    tr(
                        "Empty flows after the length limit: no two nodes with flows between "
                        "them are within {km} km. Raise 'Longest corridor in km' or set it to 0."
                    ).format(km=f"{max_km:g}")
                )
        origins = units[rows[inside]]
        destinations = units[cols[inside]]
        counts = vals[inside]
        if not (origins != destinations).any():
            raise InputError(
                tr(
                    "Empty flows after dropping the flows within a node: every remaining flow "
                    "starts and ends at the same node id."
                )
            )
        rule = CORRIDOR_RULES[self.parameterAsEnum(parameters, CORRIDOR_RULE, context)]
        options = CorridorOptions(
            rule=rule,
            value=self.parameterAsDouble(parameters, CORRIDOR_VALUE, context) or None,
            width_classes=self.parameterAsInt(parameters, WIDTH_CLASSES, context),
        )
        use_border = bool(self.parameterAsString(parameters, BORDER_FIELD, context))
        use_country = bool(self.parameterAsString(parameters, COUNTRY_FIELD, context))
        sizes = (
            {k: n["size"] for k, n in representative.items()}
            if self.parameterAsString(parameters, SIZE_FIELD, context)
            else None
        )
        frame = corridors_from_flows(
            origins,
            destinations,
            counts,
            options,
            border={k: n["county"] for k, n in representative.items()} if use_border else None,
            country={k: n["country"] for k, n in representative.items()} if use_country else None,
            border_name=self.parameterAsString(parameters, BORDER_FIELD, context) or "county",
            country_name=self.parameterAsString(parameters, COUNTRY_FIELD, context) or "country",
            sizes=sizes,
        )
        feedback.pushInfo(
            tr("Corridor rule '{rule}' (value {value}): {n} corridors.").format(
                rule=rule, value=f"{options.effective_value:g}", n=len(frame)
            )
        )
        distance = QgsDistanceArea()
        distance.setSourceCrs(target, context.transformContext())
        distance.setEllipsoid(context.ellipsoid() or "EPSG:7019")
        curved = self.parameterAsBoolean(parameters, CURVED, context)
        lines = self.pair_lines(frame, representative, nodes, curved, diagonal, distance, feedback)
        border = [row for row in lines if row[1][8] is True]
        if network is not None:
            lines = self.routed_lines(
                frame, representative, network, lines, options, diagonal, distance, feedback
            )
        return {"lines": lines, "border": border}

    def within_length(self, units, rows, cols, representative, max_km, vals, feedback):
        """Mask of the OD pairs whose nodes are at most ``max_km`` apart (core:
        :func:`pairs_within`); says how many flows were left out."""
        xy = np.full((len(units), 2), np.nan)
        for k, unit in enumerate(units):
            node = representative.get(unit)
            if node is not None:
                xy[k] = (node["point"].x(), node["point"].y())
        keep = pairs_within(xy[rows], xy[cols], max_km * 1000.0)
        dropped = (~keep) & (rows != cols)
        if dropped.any():
            feedback.pushInfo(
                tr(
                    "{n} flows between nodes more than {km} km apart ({persons} persons) were "
                    "left out before choosing corridors."
                ).format(
                    n=int(dropped.sum()), km=f"{max_km:g}", persons=f"{vals[dropped].sum():,.0f}"
                )
            )
        return keep

    def pair_lines(self, frame, representative, nodes, curved, diagonal, distance, feedback):
        """(geometry, attributes) of each corridor as a (curved) line between its nodes."""

        def xy(ids):
            points = [representative[i]["point"] for i in ids]
            return np.array([[p.x(), p.y()] for p in points]).reshape(-1, 2)

        starts, ends = xy(frame["from_id"]), xy(frame["to_id"])
        obstacles = np.array(
            [[n["point"].x(), n["point"].y()] for n in nodes if n["rank"] <= OBSTACLE_RANKS]
        ).reshape(-1, 2)
        try:
            lines, passing = corridor_lines(
                starts, ends, obstacles, diagonal, curved, cancelled=feedback.isCanceled
            )
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled by the user.")) from None
        out = []
        for row, coords, a, b in zip(frame.itertuples(index=False), lines, starts, ends):
            geom = QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in coords])
            attrs = [
                row.from_id,
                row.to_id,
                representative[row.from_id]["name"],
                representative[row.to_id]["name"],
                float(row.flow_from_to),
                float(row.flow_to_from),
                float(row.flow),
                int(row.width_class),
                _flag(row.cross_border),
                row.border_crossed,
                1,
                distance.measureLine(QgsPointXY(*a), QgsPointXY(*b)) / 1000.0,
            ]
            out.append((geom, attrs))
        if passing:
            feedback.pushInfo(
                tr("{n} corridors still pass close to an unrelated node of ranks 1-{r}.").format(
                    n=passing, r=OBSTACLE_RANKS
                )
            )
        return out

    def read_network(self, parameters, context, feedback, target):
        source = self.parameterAsSource(parameters, NETWORK, context)
        if source is None:
            return None
        transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
        if source.sourceCrs() != target:
            feedback.pushWarning(
                tr("The network was reprojected from {a} to {b}.").format(
                    a=source.sourceCrs().authid(), b=target.authid()
                )
            )
        lines = []
        for feature in source.getFeatures():
            geom = QgsGeometry(feature.geometry())
            if geom.isEmpty():
                continue
            if not transform.isShortCircuited():
                geom.transform(transform)
            parts = geom.asMultiPolyline() if geom.isMultipart() else [geom.asPolyline()]
            for part in parts:
                if len(part) >= 2:
                    lines.append(np.array([[p.x(), p.y()] for p in part]))
        if not lines:
            raise QgsProcessingException(tr("The network layer has no lines."))
        return lines

    def routed_lines(
        self, frame, representative, network, direct, options, diagonal, distance, feedback
    ):
        starts = np.array(
            [
                [representative[a]["point"].x(), representative[a]["point"].y()]
                for a in frame["from_id"]
            ]
        )
        ends = np.array(
            [
                [representative[b]["point"].x(), representative[b]["point"].y()]
                for b in frame["to_id"]
            ]
        )
        result = route_flows(
            network,
            starts,
            ends,
            frame["flow"].to_numpy(),
            snap=max(diagonal * 1e-6, 0.01),
            max_access=diagonal * MAX_ACCESS_SHARE,
            cancelled=feedback.isCanceled,
        )
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        from ..regionatlas.commuting.flowlines import classify_widths

        flows = [p.flow for p in result.pieces] + [
            float(frame["flow"].iat[k]) for k in result.unrouted
        ]
        classes = classify_widths(np.array(flows), options.width_classes) if flows else []
        out = []
        cross = frame["cross_border"].tolist()
        texts = frame["border_crossed"].tolist()
        for piece, cls in zip(result.pieces, classes):
            geom = QgsGeometry.fromPolylineXY(
                [QgsPointXY(float(x), float(y)) for x, y in piece.coords]
            )
            flags = [cross[k] for k in piece.pairs]
            any_cross = (
                True
                if any(f is True for f in flags)
                else (False if flags and all(f is False for f in flags) else None)
            )
            crossed = "; ".join(sorted({texts[k] for k in piece.pairs if texts[k]}))
            out.append(
                (
                    geom,
                    [
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        piece.flow,
                        int(cls),
                        any_cross,
                        crossed,
                        len(piece.pairs),
                        distance.measureLength(geom) / 1000.0,
                    ],
                )
            )
        for k, cls in zip(result.unrouted, classes[len(result.pieces) :]):
            geom, attrs = direct[k]
            attrs = list(attrs)
            attrs[7] = int(cls)
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
        out.sort(key=lambda item: -(item[1][6] or 0.0))
        return out

    def network_corridors(self, network, nodes, parameters, context, diagonal):
        """Without flows: the network lines are the corridors; ends take the nearest node."""
        xy = np.array([[n["point"].x(), n["point"].y()] for n in nodes])
        tree = cKDTree(xy)
        border_name = self.parameterAsString(parameters, BORDER_FIELD, context) or "county"
        country_name = self.parameterAsString(parameters, COUNTRY_FIELD, context) or "country"
        use_border = bool(self.parameterAsString(parameters, BORDER_FIELD, context))
        use_country = bool(self.parameterAsString(parameters, COUNTRY_FIELD, context))
        out = []
        for line in network:
            (_, i), (_, j) = tree.query(line[0]), tree.query(line[-1])
            a, b = nodes[int(i)], nodes[int(j)]
            cross, text = border_crossed(
                (a["county"], b["county"]) if use_border else None,
                (a["country"], b["country"]) if use_country else None,
                border_name,
                country_name,
            )
            geom = QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in line])
            out.append(
                (
                    geom,
                    [
                        a["id"],
                        b["id"],
                        a["name"],
                        b["name"],
                        None,
                        None,
                        None,
                        2,
                        cross,
                        text,
                        0,
                        geom.length() / 1000.0,
                    ],
                )
            )
        border = [row for row in out if row[1][8] is True]
        return {"lines": out, "border": border}

    # -- polygons -----------------------------------------------------------------------------
    def read_polygons(self, parameters, context, feedback, name, target, node_extent) -> list:
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return []
        if source.sourceCrs() != target:
            feedback.pushWarning(
                tr("The layer '{param}' was reprojected from {a} to {b}.").format(
                    param=name, a=source.sourceCrs().authid(), b=target.authid()
                )
            )
        transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
        region_i = name_i = None
        if name == REGIONS:
            region_i = self.field_index(
                source, parameters, REGION_FIELD, context, tr("region field")
            )
            name_i = self.field_index(
                source, parameters, REGION_NAME_FIELD, context, tr("region name field")
            )
        groups: dict[str, list] = {}
        names: dict[str, str] = {}
        request = QgsFeatureRequest().setInvalidGeometryCheck(
            QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
        )
        for feature in source.getFeatures(request):
            geom = QgsGeometry(feature.geometry())
            if geom.isEmpty():
                continue
            if not geom.isGeosValid():
                geom = geom.makeValid()
            if not transform.isShortCircuited():
                geom.transform(transform)
            attrs = feature.attributes()
            key = normalise_id(_plain(attrs[region_i])) if region_i is not None else None
            key = key if key is not None else str(feature.id())
            groups.setdefault(key, []).append(geom)
            if name_i is not None and key not in names:
                names[key] = normalise_id(_plain(attrs[name_i])) or key
        if not groups:
            return []
        extent = QgsRectangle(node_extent)
        for geoms in groups.values():
            for g in geoms:
                extent.combineExtentWith(g.boundingBox())
        tolerance = generalisation_tolerance(extent.width(), extent.height())
        merged, units = {}, {}
        for key, geoms in groups.items():
            geom = QgsGeometry.unaryUnion(geoms) if len(geoms) > 1 else geoms[0]
            merged[key] = geom
            units[key] = len(geoms)
        colours = {}
        if name == REGIONS:
            keys = list(merged)
            boxes = {k: merged[k].boundingBox().buffered(tolerance) for k in keys}
            grown = {}
            adjacency = {k: set() for k in keys}
            for x, a in enumerate(keys):
                for b in keys[x + 1 :]:
                    if not boxes[a].intersects(boxes[b]):
                        continue
                    if a not in grown:
                        grown[a] = merged[a].buffer(tolerance, 2)
                    if grown[a].intersects(merged[b]):
                        adjacency[a].add(b)
                        adjacency[b].add(a)
            colours = region_colours(adjacency)
        out = []
        for key in sorted(merged, key=id_sort_key):
            base = merged[key]
            if name == REGIONS:
                # Smoothing pushes concave corners outwards, over the neighbour: smooth a
                # slightly shrunk outline, then keep it inside the region, so neighbours
                # never overlap and the clip rarely cuts a smooth curve.
                inner = base.buffer(-tolerance * REGION_INSET_SHARE, 4)
                base = inner if not inner.isEmpty() and inner.isGeosValid() else base
            geom = base.simplify(tolerance).smooth(SMOOTH_ITERATIONS, SMOOTH_OFFSET)
            if geom.isEmpty() or not geom.isGeosValid():
                geom = merged[key].makeValid()
            elif name == REGIONS:
                clipped = geom.intersection(merged[key])
                if not clipped.isEmpty() and clipped.isGeosValid():
                    geom = clipped
            geom.convertToMultiType()
            area = merged[key].area() / 1e6
            if name == REGIONS:
                attrs = [key, names.get(key, key), units[key], area, colours.get(key, 1)]
            else:
                attrs = [names.get(key, key)]
            out.append((geom, attrs))
        return out

    # -- writing ------------------------------------------------------------------------------
    def write(
        self, parameters, context, feedback, output, spec, wkb, crs, rows, run_id, provenance, title
    ):
        fields = make_fields(spec)
        sink, dest_id = self.parameterAsSink(parameters, output, context, fields, wkb, crs)
        if sink is None:
            if output in (OUTPUT_REGIONS, OUTPUT_GREEN) and not parameters.get(output):
                return None  # an optional output the caller did not ask for
            raise QgsProcessingException(self.invalidSinkError(parameters, output))
        features = []
        for geom, attrs in rows:
            feature = QgsFeature(fields)
            if wkb == QgsWkbTypes.Type.Point and geom.__class__.__name__ == "QgsPointXY":
                geom = QgsGeometry.fromPointXY(geom)
            feature.setGeometry(geom)
            feature.setAttributes(list(attrs))
            features.append(feature)
        add_features(sink, features, feedback, start=feedback.progress())
        key, qml = OUTPUTS[output]
        if context.willLoadLayerOnCompletion(dest_id):
            processor = GroupPostProcessor(
                qml, provenance, title, tr("Structure image"), run_id, DRAWING_ORDER.index(key)
            )
            _POST_PROCESSORS[dest_id] = processor
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
        return dest_id
