"""regionatlas:flowlines - commuting flows as lines between zone representative points."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsWkbTypes,
)

from ..compat import qgs_field
from ..i18n import number, tr
from ..regionatlas.commuting.flowlines import (
    DEFAULT_WIDTH_CLASSES,
    MAX_WIDTH_CLASSES,
    MIN_WIDTH_CLASSES,
    FlowLineOptions,
    legend_classes,
    select_flow_lines,
)
from ..regionatlas.errors import InputError
from ..regionatlas.projections import utm_epsg
from .base import RegionAtlasAlgorithm
from .declare import add_field, add_metadata_output, add_number, add_sink
from .flow_styles import style_flow_lines_on_load
from .od_input import (
    MISSING_ZONES,
    add_od_parameters,
    add_zone_parameters,
    check_od_against_zones,
    read_od,
)
from .region_outputs import zone_values
from .sinks import add_features, frame_rows, open_sink, qgs_fields
from .zone_input import (
    ZONES,
    read_zones,
    transform_to,
)

BORDER_FIELD = "BORDER_FIELD"
MIN_FLOW = "MIN_FLOW"
K_LARGEST = "K_LARGEST"
CUMULATIVE_SHARE = "CUMULATIVE_SHARE"
MERGE_PAIRS = "MERGE_PAIRS"
WIDTH_CLASSES = "WIDTH_CLASSES"
OUTPUT = "OUTPUT"
METADATA = "METADATA"

#: Default number of largest flows kept per origin: a readable map out of the box.
DEFAULT_K_LARGEST = 3


def utm_crs_for(point: QgsPointXY) -> QgsCoordinateReferenceSystem:
    """WGS 84 / UTM zone of a longitude/latitude point (the core's :func:`utm_epsg`)."""
    return QgsCoordinateReferenceSystem(f"EPSG:{utm_epsg(point.x(), point.y())}")


class FlowLinesAlgorithm(RegionAtlasAlgorithm):
    NAME = "flowlines"
    GROUP_ID = "commuting"
    ICON = "flowlines.svg"

    def display_name(self) -> str:
        return tr("Commuting flow lines")

    def help_text(self) -> str:
        return tr(
            "Draws commuting flows as straight lines between the representative points of the "
            "zones (a point inside each polygon, or the point itself), with the flow, the "
            "reverse flow, their total and the flow's share of the origin's out-commuting. "
            "Flows within a unit are never drawn. A bundled style draws wider lines for larger "
            "flows, larger flows below smaller ones, and cross-border flows dashed.<br><br>"
            "Sources: Tobler, W. R. (1987), Experiments in migration mapping by computer, The "
            "American Cartographer 14(2) (flow maps thinned to the largest flows); Coombes, M. "
            "&amp; Bond, S. (2008), Travel-to-Work Areas: the 2007 review, ONS (flows and "
            "out-commuting).<br><br>"
            "<b>Parameters</b><br>"
            "<i>Commuting OD table</i>, <i>origin / destination / count field</i>, "
            "<i>year</i>: as in Commuting indicators.<br>"
            "<i>Zones</i>: polygons or points with a unique <i>zone id field</i> matching the "
            "OD ids (text; leading zeros matter). Invalid polygons are repaired and reported. "
            "Zones in a geographic CRS (degrees) are projected to the local UTM zone and the "
            "lines are written in that CRS (the log says which).<br>"
            "<i>Border field</i> (optional): a county or country field of the zones; "
            "<i>cross_border</i> is true when the two ends differ in it (never guessed from "
            "geometry).<br>"
            "<i>Minimum flow</i>: drop smaller flows (0 = off).<br>"
            "<i>k largest per origin</i>: keep each origin's k largest flows (0 = off; "
            "default 3).<br>"
            "<i>Cumulative share per origin</i>: keep each origin's largest flows until they "
            "reach this share of its out-commuting (0 = off).<br>"
            "All active filters must hold.<br>"
            "<i>One line per pair</i>: merge both directions into one line (flow = sum).<br>"
            "<i>Width classes</i>: number of classes (3 to 5, default 4), equal steps on a log "
            "scale between the smallest and largest kept flow; the legend gives the flows of "
            "each class. Arrowheads point to the destination (the workplace)."
        )

    def initAlgorithm(self, config=None) -> None:
        add_od_parameters(self)
        add_zone_parameters(self, optional=False, point_allowed=True)
        add_field(
            self,
            BORDER_FIELD,
            tr("Border field of the zones (county or country)"),
            ZONES,
            optional=True,
        )
        add_number(self, MIN_FLOW, tr("Minimum flow (persons; 0 = off)"), 0, 0, integer=True)
        add_number(
            self,
            K_LARGEST,
            tr("k largest flows per origin (0 = off)"),
            DEFAULT_K_LARGEST,
            0,
            integer=True,
        )
        add_number(
            self,
            CUMULATIVE_SHARE,
            tr("Cumulative share of out-commuting per origin (0 = off)"),
            0.0,
            0.0,
            1.0,
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                MERGE_PAIRS, tr("One line per pair (both directions)"), False
            )
        )
        add_number(
            self,
            WIDTH_CLASSES,
            tr("Width classes"),
            DEFAULT_WIDTH_CLASSES,
            MIN_WIDTH_CLASSES,
            MAX_WIDTH_CLASSES,
            integer=True,
        )
        add_sink(self, OUTPUT, tr("Flow lines"), "line")
        add_metadata_output(self)

    def run_algorithm(self, parameters, context, feedback) -> dict:
        table = read_od(self, parameters, context, feedback)
        zones = read_zones(self, parameters, context, feedback)
        if zones is None:
            raise QgsProcessingException(tr("Choose the zones (ZONES) to draw lines between."))
        policy = self.parameterAsEnum(parameters, MISSING_ZONES, context)
        table = check_od_against_zones(table, zones, policy, feedback)

        if zones.crs.isGeographic():
            extent = QgsGeometry.unaryUnion(list(zones.geometry.values())).boundingBox()
            target = utm_crs_for(extent.center())
            feedback.pushWarning(
                tr(
                    "The zones are in a geographic CRS ({source}); the flow lines were computed "
                    "and written in {target} so that lengths are in metres."
                ).format(
                    source=zones.crs.authid(), target=f"{target.description()} ({target.authid()})"
                )
            )
            transform_to(zones, target, context)
        elif not zones.crs.isValid():
            feedback.pushWarning(tr("The zones have no CRS; lengths assume metres."))

        border_field = self.parameterAsString(parameters, BORDER_FIELD, context)
        border = zone_values(zones, border_field)
        k = self.parameterAsInt(parameters, K_LARGEST, context)
        min_flow = self.parameterAsDouble(parameters, MIN_FLOW, context)
        share = self.parameterAsDouble(parameters, CUMULATIVE_SHARE, context)
        options = FlowLineOptions(
            min_flow=min_flow or None,
            k_largest=k or None,
            cumulative_share=share or None,
            merge_pairs=self.parameterAsBoolean(parameters, MERGE_PAIRS, context),
            width_classes=self.parameterAsInt(parameters, WIDTH_CLASSES, context),
        )
        n_self = int((table.self_flow > 0).sum())
        if n_self:
            feedback.pushInfo(tr("{n} flows within a unit are not drawn.").format(n=number(n_self)))
        frame = select_flow_lines(table, options, border)
        if frame.empty:
            raise InputError(
                tr(
                    "No flow is left after the filters (minimum flow {m}, k largest {k}, "
                    "cumulative share {s}); relax them."
                ).format(m=min_flow, k=k, s=share)
            )
        feedback.setProgress(60)

        points = {}
        for key, geom in zones.geometry.items():
            if geom is None or geom.isEmpty():
                continue
            point = geom if zones.is_point else geom.pointOnSurface()
            points[key] = point.asPoint() if not point.isMultipart() else point.asMultiPoint()[0]
        distance = QgsDistanceArea()
        distance.setSourceCrs(zones.crs, context.transformContext())
        distance.setEllipsoid(context.ellipsoid() or "EPSG:7019")

        fields = qgs_fields(
            frame, text_columns=("origin", "destination", "origin_border", "destination_border")
        )
        fields.append(qgs_field("length_km", "Double"))
        sink, dest_id = open_sink(
            self, parameters, OUTPUT, context, fields, QgsWkbTypes.Type.LineString, zones.crs
        )
        features, skipped = [], 0
        for row in frame_rows(frame):
            a, b = points.get(row[0]), points.get(row[1])
            if a is None or b is None:
                skipped += 1
                continue
            feature = QgsFeature(fields)
            line = QgsGeometry.fromPolylineXY([a, b])
            feature.setGeometry(line)
            feature.setAttributes([*row, distance.measureLine(a, b) / 1000.0])
            features.append(feature)
        if skipped:
            feedback.pushWarning(
                tr("{n} flows have an end without geometry and were not drawn.").format(
                    n=number(skipped)
                )
            )
        add_features(sink, features, feedback)
        provenance = self.provenance(parameters, context)
        ranges, across = legend_classes(frame, border is not None)
        style_flow_lines_on_load(
            context,
            dest_id,
            provenance,
            tr("Commuting flow lines ({filters})").format(filters=_filters_text(options)),
            ranges,
            across,
        )
        feedback.pushInfo(tr("{n} flow lines written.").format(n=number(len(features))))
        if border is not None:
            crossing = int(frame["cross_border"].fillna(False).astype(bool).sum())
            feedback.pushInfo(
                tr("{c} of them join zones with different '{field}'.").format(
                    c=number(crossing), field=border_field
                )
            )
        return {OUTPUT: dest_id, METADATA: provenance}


def _filters_text(options: FlowLineOptions) -> str:
    """The active filters in a few words, for the layer name."""
    parts = []
    if options.k_largest:
        parts.append(tr("{k} largest per origin").format(k=options.k_largest))
    if options.min_flow:
        parts.append(tr("at least {n}").format(n=number(options.min_flow)))
    if options.cumulative_share:
        parts.append(
            tr("{share} % of out-commuting").format(
                share=number(100 * options.cumulative_share, 1, trim=True)
            )
        )
    if options.merge_pairs:
        parts.append(tr("pairs merged"))
    return ", ".join(parts) or tr("all flows")
