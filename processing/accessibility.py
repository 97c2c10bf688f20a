"""regionatlas:accessibility - nearest service, opportunities within T minutes, gravity, 2SFCA
per origin, and population by time band per zone."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..i18n import tr
from ..regionatlas.accessibility import require_on_network
from ..regionatlas.accessibility.measures import check_categories, parse_minutes
from ..regionatlas.accessibility.parameters import HALF_LIFE_MIN, THRESHOLDS_MIN, TIME_BANDS_MIN
from ..regionatlas.accessibility.per_origin import (
    check_categories_on_network,
    field_safe_categories,
    main_measure,
    origin_measures,
)
from ..regionatlas.accessibility.zones import zone_figures, zone_map_column
from .accessibility_styles import MINUTES_QML, OPPORTUNITIES_QML, ZONES_QML, style_field_on_load
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
from .settlement_common import provenance_with
from .shapes import points_xy, shapely_shapes
from .sinks import add_features, frame_rows, open_sink, qgs_fields, table_features
from .zone_input import add_zone_source_parameters, read_zones, reproject_zones

POPULATION_FIELD = "POPULATION_FIELD"
CATEGORY_FIELD = "CATEGORY_FIELD"
OPPORTUNITY_FIELD = "OPPORTUNITY_FIELD"
MEASURES = "MEASURES"
THRESHOLDS = "THRESHOLDS"
HALF_LIFE = "HALF_LIFE"
TIME_BANDS = "TIME_BANDS"
OUTPUT = "OUTPUT"
OUTPUT_ZONES = "OUTPUT_ZONES"
METADATA = "METADATA"

#: MEASURES choices (order is public API).
NEAREST, CUMULATIVE, GRAVITY, TWO_STEP = 0, 1, 2, 3
MEASURE_KEYS = ("nearest", "cumulative", "gravity", "2SFCA")


class AccessibilityAlgorithm(RegionAtlasAlgorithm):
    NAME = "accessibility"
    GROUP_ID = "accessibility"

    def display_name(self) -> str:
        return tr("Accessibility (nearest service, opportunities within T minutes)")

    def help_text(self) -> str:
        return (
            tr(
                "Accessibility by road from every origin (homes, population cells) to the "
                "destinations (services, workplaces), per destination category:<br>"
                "<b>nearest</b>: minutes to the nearest destination (min_&lt;category&gt;) "
                "and its id (near_&lt;category&gt;), as Tillväxtverket's Pipos "
                "Serviceanalys; one multi-source search per category;<br>"
                "<b>cumulative</b>: the sum of the opportunity field within each threshold "
                "(cum_&lt;category&gt;_&lt;T&gt;; Wachs & Kumagai 1973);<br>"
                "<b>gravity</b>: sum of opportunities weighted by exp(-beta t), beta = ln 2 / "
                "half-life (Hansen 1959); a half-life of 0 gives a step at the first "
                "threshold;<br>"
                "<b>2SFCA</b>: supply per inhabitant within each threshold (two-step floating "
                "catchment area, Luo & Wang 2003), needs the population field.<br>"
                "With zones: per zone the population, the population-weighted mean minutes to "
                "the nearest destination (mean_&lt;category&gt;), the percent of population per "
                "time band (pct_...), within each band bound (within_&lt;category&gt;_&lt;T&gt;) "
                "and reaching none (pct_&lt;category&gt;_none, points off the network "
                "included), and the population-weighted average of the other measures "
                "(avg_...).<br><br>"
                "Source: Hansen (1959), How accessibility shapes land use; Luo & Wang (2003), "
                "two-step floating catchment area; Tillväxtverket, Pipos Serviceanalys; the user "
                "guide, section Accessibility.<br><br><b>Parameters</b><br>"
            )
            + network_help()
            + tr(
                "<br><i>Origins</i> with a unique id and an optional <i>population field</i> "
                "(else each origin counts 1).<br>"
                "<i>Destinations</i> with a unique id, an optional <i>category field</i> "
                "(e.g. grocery, school; measures per category) and an optional "
                "<i>opportunity field</i> (jobs, beds; else each destination counts 1).<br>"
                "<i>Thresholds</i>: minutes, e.g. 30,45,60. <i>Half-life</i>: minutes.<br>"
                "<i>Zones</i> (optional) with their id field; <i>time bands</i>: the band "
                "bounds in minutes (default 5,10,30: &lt;5, 5-10, 10-30, &ge;30)."
            )
        )

    def initAlgorithm(self, config=None) -> None:
        add_network_parameters(self)
        add_point_parameters(self, ORIGINS, ORIGINS_ID_FIELD, tr("Origins"), tr("Origin id field"))
        numeric = QgsProcessingParameterField.DataType.Numeric
        self.addParameter(
            QgsProcessingParameterField(
                POPULATION_FIELD,
                tr("Population field of the origins"),
                parentLayerParameterName=ORIGINS,
                type=numeric,
                optional=True,
            )
        )
        add_point_parameters(
            self,
            DESTINATIONS,
            DESTINATIONS_ID_FIELD,
            tr("Destinations"),
            tr("Destination id field"),
        )
        self.addParameter(
            QgsProcessingParameterField(
                CATEGORY_FIELD,
                tr("Category field of the destinations"),
                parentLayerParameterName=DESTINATIONS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                OPPORTUNITY_FIELD,
                tr("Opportunity field of the destinations (jobs, beds)"),
                parentLayerParameterName=DESTINATIONS,
                type=numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                MEASURES,
                tr("Measures"),
                [tr("Nearest"), tr("Cumulative opportunities"), tr("Gravity"), tr("2SFCA")],
                allowMultiple=True,
                defaultValue=[NEAREST, CUMULATIVE],
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                THRESHOLDS,
                tr("Thresholds (minutes, comma separated)"),
                ",".join(f"{v:g}" for v in THRESHOLDS_MIN),
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                HALF_LIFE, tr("Gravity half-life (minutes)"), DOUBLE, HALF_LIFE_MIN, minValue=0.0
            )
        )
        add_zone_source_parameters(self, optional=True)
        self.addParameter(
            QgsProcessingParameterString(
                TIME_BANDS,
                tr("Time bands for the zones (minutes, comma separated)"),
                ",".join(f"{v:g}" for v in TIME_BANDS_MIN),
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                OUTPUT, tr("Accessibility of the origins"), QgsProcessing.SourceType.TypeVectorPoint
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                OUTPUT_ZONES,
                tr("Accessibility by zone"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance (JSON)")))

    def run_algorithm(self, parameters, context, feedback) -> dict:
        measures = set(self.parameterAsEnums(parameters, MEASURES, context))
        if not measures:
            raise QgsProcessingException(tr("Choose at least one measure (MEASURES)."))
        thresholds = parse_minutes(
            self.parameterAsString(parameters, THRESHOLDS, context), THRESHOLDS, THRESHOLDS_MIN
        )
        bands = parse_minutes(
            self.parameterAsString(parameters, TIME_BANDS, context), TIME_BANDS, TIME_BANDS_MIN
        )
        half_life = self.parameterAsDouble(parameters, HALF_LIFE, context)
        network, crs = read_network(self, parameters, context, feedback)
        origins, o_geom = read_points(
            self, parameters, ORIGINS, ORIGINS_ID_FIELD, context, feedback, network, crs,
            weight_name=POPULATION_FIELD,
        )  # fmt: skip
        destinations, _ = read_points(
            self, parameters, DESTINATIONS, DESTINATIONS_ID_FIELD, context, feedback, network,
            crs, weight_name=OPPORTUNITY_FIELD, category_name=CATEGORY_FIELD,
        )  # fmt: skip
        field_safe_categories(destinations)
        require_on_network(origins, ORIGINS)  # refused when no origin can be routed
        on_o = origins.on_network
        d_net = require_on_network(destinations, DESTINATIONS)
        check_categories_on_network(destinations, d_net)
        categories = check_categories(d_net, None)
        feedback.setProgress(15)
        measured = origin_measures(
            network, origins, d_net, categories, thresholds,
            nearest=NEAREST in measures, cumulative=CUMULATIVE in measures,
            gravity=GRAVITY in measures, two_step=TWO_STEP in measures, half_life=half_life,
            progress=lambda share: feedback.setProgress(40 + 40 * share),
            cancelled=feedback.isCanceled,
        )  # fmt: skip
        feedback.setProgress(80)
        columns = measured.columns
        frame = measured.frame(origins)
        fields = qgs_fields(
            frame, text_columns=("origin_id", *[k for k in columns if k.startswith("near")])
        )
        sink, dest_id = open_sink(
            self, parameters, OUTPUT, context, fields, QgsWkbTypes.Type.Point, crs
        )
        rows = frame_rows(frame)
        features = table_features(fields, rows, [o_geom.get(row[0]) for row in rows])
        add_features(sink, features, feedback, start=85.0)
        settings = {
            "measures": [MEASURE_KEYS[m] for m in sorted(measures)],
            "thresholds": list(thresholds),
            "half_life": half_life,
            "time_bands": list(bands),
            "categories": categories,
        }
        provenance = provenance_with(self.provenance(parameters, context), settings)
        main, is_minutes = main_measure(list(columns), thresholds)
        qml, reclassify = (MINUTES_QML, False) if is_minutes else (OPPORTUNITIES_QML, True)
        style_field_on_load(
            context, dest_id, qml, provenance, tr("Accessibility"), main, reclassify
        )
        results = {OUTPUT: dest_id, METADATA: provenance}

        zones = read_zones(self, parameters, context, feedback)
        if zones is not None:
            results[OUTPUT_ZONES] = self._write_zones(
                parameters, context, feedback, zones, crs, origins, o_geom,
                measured.nearest_minutes, measured.averages, bands, provenance,
            )  # fmt: skip
        feedback.pushInfo(
            tr("{n} origins written, {m} of them on the network; categories: {cats}.").format(
                n=len(origins.ids), m=int(on_o.sum()), cats=", ".join(categories)
            )
        )
        return results

    def _write_zones(
        self, parameters, context, feedback, zones, crs, origins, o_geom, nearest_minutes,
        averages, bands, provenance,
    ) -> str:  # fmt: skip
        reproject_zones(zones, crs, context, feedback)
        keys = list(zones.geometry)
        frame, outside = zone_figures(
            points_xy([o_geom.get(key) for key in origins.ids]),
            shapely_shapes(zones.geometry[k] for k in keys),
            keys, origins.weight, nearest_minutes, bands, averages,
        )  # fmt: skip
        if outside:
            feedback.pushWarning(
                tr("{n} origin(s) lie in no zone and are left out of the zone figures.").format(
                    n=outside
                )
            )
        fields = qgs_fields(frame, text_columns=("zone_id",))
        sink, dest_id = self.parameterAsSink(
            parameters, OUTPUT_ZONES, context, fields, QgsWkbTypes.Type.MultiPolygon, crs
        )
        if sink is None:
            return ""
        for geometry in zones.geometry.values():
            geometry.convertToMultiType()
        features = table_features(fields, frame_rows(frame), [zones.geometry[k] for k in keys])
        add_features(sink, features, feedback, start=95.0)
        main = zone_map_column(list(frame.columns), bands)
        style_field_on_load(
            context, dest_id, ZONES_QML if main else None, provenance, tr("Accessibility by zone"),
            main,
        )  # fmt: skip
        return dest_id
