"""regionatlas:serviceareas - service areas (isochrones) around destinations."""

from __future__ import annotations

from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import qgs_field
from ..i18n import tr
from ..regionatlas.accessibility import require_on_network, service_areas
from ..regionatlas.accessibility.measures import parse_minutes
from ..regionatlas.accessibility.parameters import SERVICE_AREA_BUFFER_M
from .accessibility_styles import SERVICE_AREAS_QML, style_field_on_load
from .base import RegionAtlasAlgorithm
from .network_input import DOUBLE, add_network_parameters, network_help, read_network
from .point_input import DESTINATIONS, DESTINATIONS_ID_FIELD, add_point_parameters, read_points
from .shapes import from_wkb
from .sinks import add_features, table_features

THRESHOLDS = "THRESHOLDS"
BUFFER = "BUFFER"
OUTPUT = "OUTPUT"
METADATA = "METADATA"
#: Default service-area thresholds (minutes).
DEFAULT_THRESHOLDS = (10.0, 20.0, 30.0)


class ServiceAreasAlgorithm(RegionAtlasAlgorithm):
    NAME = "serviceareas"
    GROUP_ID = "accessibility"

    def display_name(self) -> str:
        return tr("Service areas (isochrones)")

    def help_text(self) -> str:
        return (
            tr(
                "Polygons of the area from which each destination is reached by road within "
                "each threshold (minutes), connectors included. Recipe: the times of all "
                "network vertices to the destination (Dijkstra on the reversed graph); every "
                "road edge is taken whole where a traveller on it arrives in time, and in part "
                "(the share next to the destination side) where only some of it does; the "
                "reached road parts and the destination are buffered by the buffer distance and "
                "merged (a network-buffer service area, Oliver, Schuurman & Hall 2007). It never "
                "covers land far from the roads, unlike a hull.<br><br>"
                "Source: Hansen (1959), How accessibility shapes land use; Luo & Wang (2003), "
                "two-step floating catchment area; Tillväxtverket, Pipos Serviceanalys; the user "
                "guide, section Accessibility.<br><br><b>Parameters</b><br>"
            )
            + network_help()
            + tr(
                "<br><i>Destinations</i> with a unique id field.<br>"
                "<i>Thresholds</i>: minutes, comma separated (default 10,20,30).<br>"
                "<i>Buffer</i> (m) around the reached roads."
            )
        )

    def initAlgorithm(self, config=None) -> None:
        add_network_parameters(self)
        add_point_parameters(
            self,
            DESTINATIONS,
            DESTINATIONS_ID_FIELD,
            tr("Destinations"),
            tr("Destination id field"),
        )
        self.addParameter(
            QgsProcessingParameterString(
                THRESHOLDS,
                tr("Thresholds (minutes, comma separated)"),
                ",".join(f"{v:g}" for v in DEFAULT_THRESHOLDS),
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                BUFFER,
                tr("Buffer around the reached roads (m)"),
                DOUBLE,
                SERVICE_AREA_BUFFER_M,
                minValue=0.0,
            )  # fmt: skip
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                OUTPUT, tr("Service areas"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance (JSON)")))

    def run_algorithm(self, parameters, context, feedback) -> dict:
        thresholds = parse_minutes(
            self.parameterAsString(parameters, THRESHOLDS, context), THRESHOLDS, DEFAULT_THRESHOLDS
        )
        network, crs = read_network(self, parameters, context, feedback)
        destinations, _ = read_points(
            self, parameters, DESTINATIONS, DESTINATIONS_ID_FIELD, context, feedback, network, crs
        )
        d_net = require_on_network(destinations, DESTINATIONS)
        feedback.setProgress(15)
        areas = service_areas(
            network,
            d_net,
            thresholds,
            self.parameterAsDouble(parameters, BUFFER, context),
            progress=lambda share: feedback.setProgress(15 + 75 * share),
            cancelled=feedback.isCanceled,
        )
        fields = QgsFields()
        fields.append(qgs_field("destination_id", "String"))
        fields.append(qgs_field("minutes", "Double"))
        fields.append(qgs_field("area_km2", "Double"))
        sink, dest_id = self.parameterAsSink(
            parameters, OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        # Largest threshold first, so smaller areas are drawn on top.
        areas = sorted(areas, key=lambda a: (-a[1], a[0]))
        features = table_features(
            fields,
            [[key, minutes, polygon.area / 1e6] for key, minutes, polygon in areas],
            [from_wkb(polygon.wkb, multi=True) for _key, _minutes, polygon in areas],
        )
        add_features(sink, features, feedback, start=90.0)
        provenance = self.provenance(parameters, context)
        style_field_on_load(
            context, dest_id, SERVICE_AREAS_QML, provenance, tr("Service areas"), "minutes"
        )
        feedback.pushInfo(
            tr("{n} service areas written ({d} destinations x {t} thresholds).").format(
                n=len(features), d=int(destinations.on_network.sum()), t=len(thresholds)
            )
        )
        return {OUTPUT: dest_id, METADATA: provenance}
