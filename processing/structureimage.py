"""regionatlas:structureimage - the layers of a structure image (strukturbild).

Ranked nodes, corridors between them (from an OD table, optionally routed on a network),
border links, generalised functional regions and green structure, each styled by a bundled QML
and loaded into one layer group in drawing order. The method is in ``regionatlas/structureimage``;
``structure_build`` converts the layers and calls it; this module declares the parameters and
writes the sinks.
"""

from __future__ import annotations

import uuid

from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRectangle,
    QgsWkbTypes,
)

from ..i18n import tr
from ..regionatlas.structureimage import DRAWING_ORDER, closing_distance, service_area_bands
from .base import RegionAtlasAlgorithm
from .flowlines import utm_crs_for
from .sinks import _POST_PROCESSORS, add_features, table_features
from .structure_build import borders, check_borders, outlines, read_nodes
from .structure_corridors import build_corridors
from .structure_layers import from_shapely, read_minute_polygons
from .structure_params import (
    BORDER_FIELDS,
    BORDERS,
    CORRIDOR_FIELDS,
    GREEN,
    GREEN_FIELDS,
    METADATA,
    NODE_FIELDS,
    NODES,
    OPTIONAL_OUTPUTS,
    OUTPUT_BORDER_LINKS,
    OUTPUT_BORDERS,
    OUTPUT_CORRIDORS,
    OUTPUT_GREEN,
    OUTPUT_NODES,
    OUTPUT_REGIONS,
    OUTPUT_SERVICE_AREAS,
    REGION_FIELDS,
    REGIONS,
    SERVICE_AREA_FIELDS,
    SERVICE_AREAS,
    SERVICE_AREAS_MINUTES,
    add_parameters,
    make_fields,
)
from .structure_styles import OUTPUTS, GroupPostProcessor, layer_titles


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
            "service areas, corridors, border links and nodes on top). Export the result with "
            "<i>Export structure image</i>.<br><br>"
            "Sources: dominant-flow links after Nystuen &amp; Dacey (1961), A graph theory "
            "interpretation of nodal regions; outlines simplified after Douglas &amp; Peucker "
            "(1973) and smoothed by Chaikin's corner cutting (1974).<br><br>"
            "<b>Parameters</b><br>"
            "<i>Nodes</i>: ranked points or polygons (e.g. the settlement hierarchy's output). "
            "<i>Name field</i>; <i>class field</i> or <i>rank field</i> (1 = top; numbers rank "
            "by value, text classes by the mean size of their nodes, or by rarity without a "
            "size field); every node needs one. <i>Size field</i> (optional: population, jobs). "
            "<i>Border field</i> (e.g. county) and <i>country field</i>: a corridor is "
            "cross-border when its ends differ in either (never guessed from geometry). "
            "<i>Node id field</i>: the ids that the OD table uses (e.g. the municipality code); "
            "when several nodes share an id, the flow is drawn from the highest-ranked, then "
            "largest of them. <i>Labelled ranks</i>: names for ranks 1..n, on at most 40 "
            "nodes (the best-ranked, then the largest).<br>"
            "<i>Flows</i> (optional): an OD table with origin, destination and count fields "
            "(and a year), as in Commuting indicators. The flow of a pair is F[i,j] + F[j,i].<br>"
            "<i>Network</i> (optional): lines to route the corridors on (shortest way, flows "
            "summed per segment; pairs the network does not reach are drawn as lines and "
            "reported). Without flows, the network lines themselves are the corridors.<br>"
            "<i>Corridor rule</i> and <i>value</i> (0 = the rule's default): dominant-flow links "
            "(value = size ratio, default 1), k largest per node (default 2), threshold "
            "(persons, default 100), cumulative share (0-1, default 0.8).<br>"
            "<i>Width classes</i>: 3-5, equal steps on a log scale.<br>"
            "<i>Longest corridor in km</i>: pairs further apart are left out before the rule "
            "chooses. Empty: 12 % of the diagonal of the nodes' extent, at least 150 km (the "
            "reach of daily commuting), so a national map is not crossed by long-distance "
            "links; 0: no limit.<br>"
            "<i>Curved corridors</i>: gently curved, longer ones more, bending away from "
            "unrelated nodes where possible.<br>"
            "<i>Regions</i> (optional): polygons, dissolved by the <i>region field</i> when "
            "given, simplified and smoothed, labelled with the <i>region name field</i>. "
            "<i>Green structure</i> (optional): polygons.<br>"
            "<i>Service areas</i> (optional): polygons with a 'minutes' field, e.g. the output "
            "of <i>Service areas</i>; drawn as time bands (the area reached within each "
            "threshold and not within a smaller one), generalised for the map (the gaps between "
            "the roads closed, Serra 1982), under the corridors and nodes.<br>"
            "<i>Units for county and national borders</i> (optional, e.g. the municipalities) "
            "with their <i>county field</i> (and <i>country field</i>): the borders between "
            "units of different counties (countries) are drawn as lines; the outline of the "
            "whole area (coast, edge of the data) is not a border.<br>"
            "Layers in other CRSs are reprojected to the nodes' CRS (a projected UTM zone when "
            "the nodes are in degrees) and the log says so."
        )

    # -- parameters ---------------------------------------------------------------------------
    def initAlgorithm(self, config=None) -> None:
        add_parameters(self)

    # -- running ------------------------------------------------------------------------------
    def run_algorithm(self, parameters, context, feedback) -> dict:
        check_borders(self, parameters, context)
        nodes_source = self.parameterAsSource(parameters, NODES, context)
        if nodes_source is None:
            raise QgsProcessingException(tr("The nodes (NODES) could not be opened."))
        crs = target = nodes_source.sourceCrs()
        if crs.isGeographic():
            target = utm_crs_for(nodes_source.sourceExtent().center())
            feedback.pushWarning(
                tr(
                    "The nodes are in a geographic CRS ({source}); the structure image is "
                    "computed and written in {target} so that lengths are in metres."
                ).format(source=crs.authid(), target=target.authid())
            )
        nodes = read_nodes(self, nodes_source, parameters, context, feedback, target)
        extent = QgsRectangle()
        for node in nodes:
            extent.combineExtentWith(node["x"], node["y"])
        feedback.setProgress(15)
        corridors = build_corridors(self, parameters, context, feedback, nodes, target, extent)
        feedback.setProgress(55)
        box = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        regions = outlines(self, parameters, context, feedback, REGIONS, target, box)
        green = outlines(self, parameters, context, feedback, GREEN, target, box)
        border_rows = borders(self, parameters, context, feedback, target, box)
        area_rows = service_areas(self, parameters, context, feedback, target, extent)
        feedback.setProgress(75)

        provenance = self.provenance(parameters, context)
        summary = corridors["summary"]  # the method in every loaded layer's name
        run_id = uuid.uuid4().hex
        node_rows = [
            (
                QgsGeometry.fromPointXY(QgsPointXY(n["x"], n["y"])),
                [n[k] for k in ("id", "name", "class", "rank", "size", "county", "country")]
                + [n["label"], n["flow_node"]],
            )
            for n in sorted(nodes, key=lambda n: (-n["rank"], n["size"] or 0.0))
        ]
        # Regions and green structure are written only when given (no empty layers in the
        # group); nodes, corridors and border links always (a model can rely on them).
        outputs = [
            (OUTPUT_REGIONS, REGION_FIELDS, QgsWkbTypes.Type.MultiPolygon, regions, REGIONS),
            (OUTPUT_GREEN, GREEN_FIELDS, QgsWkbTypes.Type.MultiPolygon, green, GREEN),
            (
                OUTPUT_SERVICE_AREAS,
                SERVICE_AREA_FIELDS,
                QgsWkbTypes.Type.MultiPolygon,
                area_rows,
                SERVICE_AREAS,
            ),
            (OUTPUT_BORDERS, BORDER_FIELDS, QgsWkbTypes.Type.MultiLineString, border_rows, BORDERS),
            (
                OUTPUT_CORRIDORS,
                CORRIDOR_FIELDS,
                QgsWkbTypes.Type.LineString,
                corridors["lines"],
                None,
            ),
            (
                OUTPUT_BORDER_LINKS,
                CORRIDOR_FIELDS,
                QgsWkbTypes.Type.LineString,
                corridors["border"],
                None,
            ),
            (OUTPUT_NODES, NODE_FIELDS, QgsWkbTypes.Type.Point, node_rows, None),
        ]
        results = {METADATA: provenance}
        for output, spec, wkb, rows, needs in outputs:
            if needs is not None and not parameters.get(needs):
                continue
            dest = self.write(
                parameters,
                context,
                feedback,
                output,
                spec,
                wkb,
                target,
                rows,
                run_id,
                provenance,
                summary,
            )
            if dest is not None:
                results[output] = dest
        feedback.pushInfo(
            tr(
                "Structure image: {n} nodes, {c} corridors ({b} across a border), {r} regions, "
                "{g} green areas, {s} service-area bands."
            ).format(
                n=len(nodes),
                c=len(corridors["lines"]),
                b=len(corridors["border"]),
                r=len(regions),
                g=len(green),
                s=len(area_rows),
            )
        )
        return results

    # -- writing ------------------------------------------------------------------------------
    def write(
        self,
        parameters,
        context,
        feedback,
        output,
        spec,
        wkb,
        crs,
        rows,
        run_id,
        provenance,
        summary,
    ):
        fields = make_fields(spec)
        sink, dest_id = self.parameterAsSink(parameters, output, context, fields, wkb, crs)
        if sink is None:
            if output in OPTIONAL_OUTPUTS and not parameters.get(output):
                return None  # an optional output the caller did not ask for
            raise QgsProcessingException(self.invalidSinkError(parameters, output))
        features = table_features(fields, [a for _g, a in rows], [g for g, _a in rows])
        add_features(sink, features, feedback, start=feedback.progress())
        key, qml = OUTPUTS[output]
        if context.willLoadLayerOnCompletion(dest_id):
            title = layer_titles()[key] + (f" – {summary}" if summary else "")
            group = tr("Structure image")
            processor = GroupPostProcessor(
                qml, provenance, title, group, run_id, DRAWING_ORDER.index(key)
            )
            _POST_PROCESSORS[dest_id] = processor
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
        return dest_id


def service_areas(alg, parameters, context, feedback, target, extent) -> list:
    """Rows of the service-area bands (one per threshold, largest first so that a reader of
    the table meets them in drawing order) from SERVICE_AREAS, or [] without it; generalised
    for the map of the nodes' and the areas' ``extent``."""
    source = alg.parameterAsSource(parameters, SERVICE_AREAS, context)
    if source is None:
        return []
    index = source.fields().lookupField(SERVICE_AREAS_MINUTES)
    if index < 0:
        raise QgsProcessingException(
            tr(
                "The service areas (SERVICE_AREAS) have no field '{field}' with the minutes of "
                "each polygon (the output of Service areas has it). Its fields are: {names}."
            ).format(field=SERVICE_AREAS_MINUTES, names=", ".join(source.fields().names()))
        )
    if source.sourceCrs() != target:
        feedback.pushWarning(
            tr("The layer '{param}' was reprojected from {a} to {b}.").format(
                param=SERVICE_AREAS, a=source.sourceCrs().authid(), b=target.authid()
            )
        )
    rows = read_minute_polygons(source, target, context, index)
    full = QgsRectangle(extent)
    for _row, _minutes, geometry in rows:
        if geometry is not None and not geometry.is_empty:
            full.combineExtentWith(QgsRectangle(*geometry.bounds))
    bands = service_area_bands(rows, closing_distance(full.width(), full.height()))
    return [
        (from_shapely(polygon), [minutes, polygon.area / 1e6])
        for minutes, polygon in sorted(bands, key=lambda band: -band[0])
    ]
