"""regionatlas:traveltimes - travel time matrix (minutes, metres) on a road network."""

from __future__ import annotations

from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..i18n import tr
from ..regionatlas.accessibility import require_on_network, travel_time_matrix
from ..regionatlas.accessibility.measures import median_minutes
from .base import RegionAtlasAlgorithm
from .network_input import DOUBLE, add_network_parameters, network_help, read_network
from .point_input import (
    DESTINATIONS,
    DESTINATIONS_ID_FIELD,
    ORIGINS,
    ORIGINS_ID_FIELD,
    add_point_parameters,
    read_points,
)
from .sinks import add_features, frame_rows, qgs_fields, style_on_load, table_features

MAX_MINUTES = "MAX_MINUTES"
OUTPUT = "OUTPUT"
OUTPUT_LINES = "OUTPUT_LINES"
METADATA = "METADATA"


class TravelTimesAlgorithm(RegionAtlasAlgorithm):
    NAME = "traveltimes"
    GROUP_ID = "accessibility"

    def display_name(self) -> str:
        return tr("Travel time matrix")

    def help_text(self) -> str:
        return (
            tr(
                "Travel times by road from every origin to every destination: the fastest "
                "path on the network (Dijkstra on a sparse graph, one search per distinct "
                "network vertex), plus the straight connectors from the points to the "
                "network. Writes a table origin_id, destination_id, minutes, metres (the "
                "length of the fastest path, connectors included).<br><br>"
                "Source: Dijkstra (1959), A note on two problems in connexion with graphs; speeds "
                "of OpenStreetMap road classes after the OSRM car profile; the user guide, "
                "section Accessibility.<br><br>"
                "<b>Parameters</b><br>"
            )
            + network_help()
            + tr(
                "<br><i>Origins</i>, <i>destinations</i>: points (or polygons, by a point on "
                "their surface) with a unique id field (text). Layers in another CRS than the "
                "network are reprojected (the log says so).<br>"
                "<i>Maximum minutes</i>: only pairs within this time are written (0 = all "
                "reachable pairs).<br>"
                "<i>Lines</i> (optional): the pairs as straight lines for the map."
            )
        )

    def initAlgorithm(self, config=None) -> None:
        add_network_parameters(self)
        add_point_parameters(self, ORIGINS, ORIGINS_ID_FIELD, tr("Origins"), tr("Origin id field"))
        add_point_parameters(
            self,
            DESTINATIONS,
            DESTINATIONS_ID_FIELD,
            tr("Destinations"),
            tr("Destination id field"),
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                MAX_MINUTES, tr("Maximum minutes (0 = no limit)"), DOUBLE, 0.0, minValue=0.0
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                OUTPUT, tr("Travel times"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                OUTPUT_LINES,
                tr("Travel time lines"),
                QgsProcessing.SourceType.TypeVectorLine,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance (JSON)")))

    def run_algorithm(self, parameters, context, feedback) -> dict:
        network, crs = read_network(self, parameters, context, feedback)
        origins, o_geom = read_points(
            self, parameters, ORIGINS, ORIGINS_ID_FIELD, context, feedback, network, crs
        )
        destinations, d_geom = read_points(
            self, parameters, DESTINATIONS, DESTINATIONS_ID_FIELD, context, feedback, network, crs
        )
        o_net = require_on_network(origins, ORIGINS)
        d_net = require_on_network(destinations, DESTINATIONS)
        feedback.setProgress(15)
        max_minutes = self.parameterAsDouble(parameters, MAX_MINUTES, context)
        frame = travel_time_matrix(
            network,
            o_net,
            d_net,
            max_minutes,
            progress=lambda share: feedback.setProgress(15 + 65 * share),
            cancelled=feedback.isCanceled,
        )
        fields = qgs_fields(frame, text_columns=("origin_id", "destination_id"))
        sink, dest_id = self.parameterAsSink(
            parameters, OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        rows = frame_rows(frame)
        add_features(sink, table_features(fields, rows), feedback, start=80.0)
        results = {OUTPUT: dest_id}
        provenance = self.provenance(parameters, context)
        style_on_load(context, dest_id, None, provenance, tr("Travel times"))
        lines_sink, lines_id = self.parameterAsSink(
            parameters, OUTPUT_LINES, context, fields, QgsWkbTypes.Type.LineString, crs
        )
        if lines_sink is not None:
            lines = [
                QgsGeometry.fromPolylineXY([o_geom[row[0]].asPoint(), d_geom[row[1]].asPoint()])
                for row in rows
            ]
            add_features(lines_sink, table_features(fields, rows, lines), feedback, start=90.0)
            style_on_load(
                context, lines_id, "accessibility_lines.qml", provenance, tr("Travel time lines")
            )
            results[OUTPUT_LINES] = lines_id
        feedback.pushInfo(
            tr("{n} origin-destination pairs written (median {median:.1f} minutes).").format(
                n=len(frame), median=median_minutes(frame["minutes"])
            )
        )
        results[METADATA] = provenance
        return results
