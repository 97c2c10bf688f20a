"""regionatlas:dominantflows - Nystuen-Dacey dominant flows: a functional hierarchy of places."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)

from ..i18n import number, tr
from ..regionatlas.settlement.dominant_flows import MODES, dominant_flows
from .base import RegionAtlasAlgorithm
from .centres_help import dominant_flows_help
from .declare import add_enum, add_field, add_metadata_output, add_number, add_sink, add_source
from .od_input import (
    add_od_parameters,
    drop_missing_ids,
    read_od,
)
from .settlement_common import provenance_with
from .sinks import (
    add_features,
    combine_fields,
    frame_rows,
    open_sink,
    qgs_fields,
    style_on_load,
    table_features,
)
from .values import id_field_index
from .values import plain as _plain
from .zone_input import features_by_id

MODE = "MODE"
RATIO = "RATIO"
SHARE = "SHARE"
NODES = "NODES"
NODES_ID_FIELD = "NODES_ID_FIELD"
SIZE_FIELD = "SIZE_FIELD"
MISSING_NODES = "MISSING_NODES"
OUTPUT_NODES = "OUTPUT_NODES"
OUTPUT_LINKS = "OUTPUT_LINKS"
METADATA = "METADATA"

#: MISSING_NODES choices (order is public API).
MISSING_FAIL, MISSING_DROP = 0, 1
#: Default minimum share of a place's outflow in mode 1.
DEFAULT_SHARE = 0.1

NODE_TEXT_COLUMNS = ("id", "role", "dominant_id", "largest_destination")
LINK_TEXT_COLUMNS = ("from", "to")


class DominantFlowsAlgorithm(RegionAtlasAlgorithm):
    NAME = "dominantflows"
    GROUP_ID = "settlement"
    help_text = staticmethod(dominant_flows_help)

    def display_name(self) -> str:
        return tr("Dominant flows (Nystuen-Dacey)")

    def initAlgorithm(self, config=None) -> None:
        add_od_parameters(self)
        add_enum(
            self,
            MODE,
            tr("Mode"),
            [tr("Largest flow"), tr("Share of outflow"), tr("Rihll-Wilson")],
        )
        add_number(
            self, RATIO, tr("Ratio k (size of the receiver > k x size of the sender)"), 1.0, 1.0
        )
        add_number(self, SHARE, tr("Share of outflow (mode 1)"), DEFAULT_SHARE, 0.0, 1.0)
        add_source(
            self,
            NODES,
            tr("Nodes (places; points or polygons)"),
            ("point", "polygon"),
            optional=True,
        )
        add_field(self, NODES_ID_FIELD, tr("Node id field"), NODES, optional=True)
        add_field(
            self,
            SIZE_FIELD,
            tr("Size field of the nodes (default: total inflow)"),
            NODES,
            numeric=True,
            optional=True,
        )
        add_enum(
            self,
            MISSING_NODES,
            tr("When OD ids are missing from the nodes"),
            [tr("Fail"), tr("Drop those flows and warn")],
            MISSING_FAIL,
        )
        add_sink(self, OUTPUT_NODES, tr("Dominant-flow nodes"))
        add_sink(self, OUTPUT_LINKS, tr("Dominant-flow links"))
        add_metadata_output(self)

    # -- nodes ----------------------------------------------------------------------------------
    def _read_nodes(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, NODES, context)
        if source is None:
            return None
        id_field = self.parameterAsString(parameters, NODES_ID_FIELD, context)
        if not id_field:
            raise QgsProcessingException(tr("Choose the node id field (NODES_ID_FIELD)."))
        id_index = id_field_index(
            source, id_field, tr("The nodes have no field '{field}'. Their fields are: {names}.")
        )
        size_field = self.parameterAsString(parameters, SIZE_FIELD, context) or None
        size_index = source.fields().lookupField(size_field) if size_field else -1
        is_point = (
            QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
        )
        points, attributes, sizes = {}, {}, {}
        for key, feature in features_by_id(
            source,
            id_index,
            id_field,
            tr("A node (feature id {fid}) has no value in '{field}'."),
            tr("Node ids must be unique; these occur more than once in '{field}': {ids}."),
        ):
            attributes[key] = feature.attributes()
            if size_field:
                sizes[key] = _plain(feature.attributes()[size_index])
            geom = feature.geometry()
            if geom is None or geom.isEmpty():
                continue
            if not is_point:
                if not geom.isGeosValid():
                    geom = geom.makeValid()
                geom = geom.pointOnSurface()
            point = geom.asPoint() if not geom.isMultipart() else geom.asMultiPoint()[0]
            points[key] = point
        return {
            "source": source,
            "id_field": id_field,
            "size_field": size_field,
            "points": points,
            "attributes": attributes,
            "sizes": sizes,
        }

    def _check_ids(self, table, nodes, policy, feedback):
        texts = (
            tr(
                "{n} id(s) of the OD table are not in the nodes' field '{field}': {ids} "
                "({persons} in their flows)."
            ),
            tr(
                "Every origin and destination needs a node: check the id fields (leading "
                "zeros?) or choose 'Drop those flows and warn'."
            ),
            tr("No flows remain after dropping the ids missing from the nodes."),
        )
        return drop_missing_ids(
            table, nodes["attributes"], nodes["id_field"], policy, feedback, texts
        )

    # -- run ------------------------------------------------------------------------------------
    def run_algorithm(self, parameters, context, feedback) -> dict:
        table = read_od(self, parameters, context, feedback)
        nodes = self._read_nodes(parameters, context, feedback)
        policy = self.parameterAsEnum(parameters, MISSING_NODES, context)
        if nodes is not None:
            table = self._check_ids(table, nodes, policy, feedback)
        elif self.parameterAsString(parameters, SIZE_FIELD, context):
            raise QgsProcessingException(tr("A size field needs the nodes layer (NODES)."))
        mode = MODES[self.parameterAsEnum(parameters, MODE, context)]
        ratio = self.parameterAsDouble(parameters, RATIO, context)
        share = self.parameterAsDouble(parameters, SHARE, context)
        feedback.setProgress(45)
        sizes = nodes["sizes"] if nodes is not None and nodes["size_field"] else None
        result = dominant_flows(
            table,
            mode=mode,
            ratio=ratio,
            share=share,
            sizes=sizes,
            size_field=nodes["size_field"] if sizes is not None else "size",
        )
        for message in result.messages:
            if message not in table.messages:
                feedback.pushInfo(message)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        feedback.setProgress(60)
        provenance = provenance_with(
            self.provenance(parameters, context),
            {
                "mode": mode,
                "ratio": ratio,
                "share": share if mode == "share" else None,
                "size": result.size_source,
                "missing_nodes": "drop" if nodes is not None and policy == MISSING_DROP else "fail",
            },
        )

        node_fields = qgs_fields(result.nodes, text_columns=NODE_TEXT_COLUMNS)
        link_fields = qgs_fields(result.links, text_columns=LINK_TEXT_COLUMNS)
        node_features, link_features = [], []
        if nodes is None:
            no_geometry = QgsWkbTypes.Type.NoGeometry
            node_sink, node_id = open_sink(
                self, parameters, OUTPUT_NODES, context, node_fields, no_geometry
            )
            link_sink, link_id = open_sink(
                self, parameters, OUTPUT_LINKS, context, link_fields, no_geometry
            )
            node_features = table_features(node_fields, frame_rows(result.nodes))
            link_features = table_features(link_fields, frame_rows(result.links))
        else:
            source = nodes["source"]
            fields = combine_fields(node_fields, source.fields())
            crs = source.sourceCrs()
            node_sink, node_id = open_sink(
                self, parameters, OUTPUT_NODES, context, fields, QgsWkbTypes.Type.Point, crs
            )
            link_sink, link_id = open_sink(
                self,
                parameters,
                OUTPUT_LINKS,
                context,
                link_fields,
                QgsWkbTypes.Type.LineString,
                crs,
            )
            empty = [None] * source.fields().count()
            for row in frame_rows(result.nodes):
                feature = QgsFeature(fields)
                point = nodes["points"].get(row[0])
                if point is not None:
                    feature.setGeometry(QgsGeometry.fromPointXY(point))
                feature.setAttributes(row + list(nodes["attributes"].get(row[0], empty)))
                node_features.append(feature)
            skipped = 0
            for row in frame_rows(result.links):
                a, b = nodes["points"].get(row[0]), nodes["points"].get(row[1])
                feature = QgsFeature(link_fields)
                if a is None or b is None:
                    skipped += 1
                else:
                    feature.setGeometry(QgsGeometry.fromPolylineXY([a, b]))
                feature.setAttributes(row)
                link_features.append(feature)
            if skipped:
                feedback.pushWarning(
                    tr("{n} links have an end without geometry (no line drawn).").format(
                        n=number(skipped)
                    )
                )
        add_features(node_sink, node_features, feedback, start=60.0)
        add_features(link_sink, link_features, feedback, start=80.0)
        if nodes is not None:
            style_on_load(
                context, node_id, "dominantflows_nodes.qml", provenance, tr("Dominant-flow nodes")
            )
            style_on_load(
                context, link_id, "dominantflows_links.qml", provenance, tr("Dominant-flow links")
            )
        else:
            style_on_load(context, node_id, None, provenance, tr("Dominant-flow nodes"))
            style_on_load(context, link_id, None, provenance, tr("Dominant-flow links"))
        roles = result.roles()
        feedback.pushInfo(
            tr(
                "Mode {mode}, k = {k}, size = {size}: {n} places; {dominant} dominant, "
                "{intermediate} intermediate, {dominated} dominated, {independent} "
                "independent; {links} links kept."
            ).format(
                mode=mode,
                k=f"{ratio:g}",
                size=result.size_source,
                n=number(len(result.nodes)),
                links=number(len(result.links)),
                **roles,
            )
        )
        return {OUTPUT_NODES: node_id, OUTPUT_LINKS: link_id, METADATA: provenance}
