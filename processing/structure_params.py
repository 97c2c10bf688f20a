"""Parameters, outputs and output fields of regionatlas:structureimage (public API: names never
change)."""

from __future__ import annotations

from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..compat import qgs_field
from ..i18n import tr
from ..regionatlas.structureimage import (
    DEFAULT_WIDTH_CLASSES,
    LABELLED_RANKS,
    MAX_WIDTH_CLASSES,
    MIN_WIDTH_CLASSES,
)

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
BORDERS = "BORDERS"
BORDERS_FIELD = "BORDERS_FIELD"
BORDERS_COUNTRY_FIELD = "BORDERS_COUNTRY_FIELD"
OUTPUT_BORDERS = "OUTPUT_BORDERS"
SERVICE_AREAS = "SERVICE_AREAS"
OUTPUT_SERVICE_AREAS = "OUTPUT_SERVICE_AREAS"
#: The field of SERVICE_AREAS that holds each polygon's threshold (regionatlas:serviceareas).
SERVICE_AREAS_MINUTES = "minutes"
METADATA = "METADATA"

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
GREEN_FIELDS = (("name", "String"),)
SERVICE_AREA_FIELDS = (("minutes", "Double"), ("area_km2", "Double"))
BORDER_FIELDS = (("border_kind", "String"),)
REGION_FIELDS = (
    ("region_id", "String"),
    ("name", "String"),
    ("units", "Int"),
    ("area_km2", "Double"),
    ("colour", "Int"),
)


#: Outputs written only when their input is given.
OPTIONAL_OUTPUTS = (OUTPUT_REGIONS, OUTPUT_GREEN, OUTPUT_BORDERS, OUTPUT_SERVICE_AREAS)


def make_fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(qgs_field(name, kind))
    return fields


def add_parameters(alg) -> None:
    """Declare the parameters and outputs of regionatlas:structureimage on ``alg``."""
    point_or_polygon = [
        QgsProcessing.SourceType.TypeVectorPoint,
        QgsProcessing.SourceType.TypeVectorPolygon,
    ]
    polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
    alg.addParameter(
        QgsProcessingParameterFeatureSource(NODES, tr("Nodes (ranked places)"), point_or_polygon)
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
        alg.addParameter(
            QgsProcessingParameterField(
                name, label, parentLayerParameterName=NODES, optional=optional
            )
        )
    alg.addParameter(
        QgsProcessingParameterNumber(
            LABEL_RANKS,
            tr("Label the nodes of ranks 1 to"),
            QgsProcessingParameterNumber.Type.Integer,
            LABELLED_RANKS,
            minValue=0,
        )
    )
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            FLOWS,
            tr("Flows: commuting OD table"),
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
        alg.addParameter(
            QgsProcessingParameterField(name, label, parentLayerParameterName=FLOWS, optional=True)
        )
    alg.addParameter(QgsProcessingParameterString(YEAR, tr("Year to use"), optional=True))
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            NETWORK,
            tr("Network to route the corridors on"),
            [QgsProcessing.SourceType.TypeVectorLine],
            optional=True,
        )
    )
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            REGIONS, tr("Functional regions"), polygon, optional=True
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            REGION_FIELD,
            tr("Region field (dissolve the polygons by it)"),
            parentLayerParameterName=REGIONS,
            optional=True,
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            REGION_NAME_FIELD,
            tr("Region name field"),
            parentLayerParameterName=REGIONS,
            optional=True,
        )
    )
    alg.addParameter(
        QgsProcessingParameterFeatureSource(GREEN, tr("Green structure"), polygon, optional=True)
    )
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            SERVICE_AREAS,
            tr("Service areas with a 'minutes' field (e.g. from Service areas; optional)"),
            polygon,
            optional=True,
        )
    )
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            BORDERS,
            tr("Units for county and national borders (e.g. municipalities)"),
            polygon,
            optional=True,
        )
    )
    for name, label in (
        (BORDERS_FIELD, tr("County field of these units")),
        (BORDERS_COUNTRY_FIELD, tr("Country field of these units")),
    ):
        alg.addParameter(
            QgsProcessingParameterField(
                name, label, parentLayerParameterName=BORDERS, optional=True
            )
        )
    alg.addParameter(
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
    alg.addParameter(
        QgsProcessingParameterNumber(
            CORRIDOR_VALUE,
            tr("Value of the corridor rule (0 = the rule's default)"),
            QgsProcessingParameterNumber.Type.Double,
            0.0,
            minValue=0.0,
        )
    )
    alg.addParameter(
        QgsProcessingParameterNumber(
            WIDTH_CLASSES,
            tr("Width classes"),
            QgsProcessingParameterNumber.Type.Integer,
            DEFAULT_WIDTH_CLASSES,
            minValue=MIN_WIDTH_CLASSES,
            maxValue=MAX_WIDTH_CLASSES,
        )
    )
    alg.addParameter(
        QgsProcessingParameterNumber(
            MAX_LENGTH_KM,
            tr("Longest corridor in km (empty = from the extent, 0 = no limit)"),
            QgsProcessingParameterNumber.Type.Double,
            None,
            optional=True,
            minValue=0.0,
        )
    )
    alg.addParameter(QgsProcessingParameterBoolean(CURVED, tr("Curved corridors"), True))
    for name, label, kind in (
        (OUTPUT_NODES, tr("Nodes"), QgsProcessing.SourceType.TypeVectorPoint),
        (OUTPUT_CORRIDORS, tr("Corridors"), QgsProcessing.SourceType.TypeVectorLine),
        (OUTPUT_BORDER_LINKS, tr("Border links"), QgsProcessing.SourceType.TypeVectorLine),
        (OUTPUT_REGIONS, tr("Functional regions"), QgsProcessing.SourceType.TypeVectorPolygon),
        (OUTPUT_GREEN, tr("Green structure"), QgsProcessing.SourceType.TypeVectorPolygon),
        (
            OUTPUT_BORDERS,
            tr("County and national borders"),
            QgsProcessing.SourceType.TypeVectorLine,
        ),
        (
            OUTPUT_SERVICE_AREAS,
            tr("Service areas"),
            QgsProcessing.SourceType.TypeVectorPolygon,
        ),
    ):
        # Regions, green structure, borders and service areas are optional outputs: written
        # when their input is.
        optional = name in OPTIONAL_OUTPUTS
        alg.addParameter(
            QgsProcessingParameterFeatureSink(
                name, label, kind, optional=optional, createByDefault=True
            )
        )
    alg.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance (JSON)")))
