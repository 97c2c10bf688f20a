"""regionatlas:exportstructureimage - lay out a structure image and export it (PDF/PNG/SVG).

Loads the bundled print-layout template (resources/layouts/structure_image_a3.qpt; items found
by id: map, title, subtitle, legend, scalebar, north_arrow, source, parameters), fills it with
the chosen layers, extent and texts, and exports it with QgsLayoutExporter, optionally as an
atlas (one page per feature). Files are written into a temporary folder inside the output
folder and moved to their names only when every export succeeded: a failed run leaves nothing
that looks like a result. Layout work runs on the main thread (FlagNoThreading).
"""

from __future__ import annotations

import datetime
import json
import shutil
import tempfile
from pathlib import Path

from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsMapLayer,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtXml import QDomDocument

from ..compat import keep_layout_text, null_rectangle
from ..i18n import tr
from ..regionatlas import __version__
from .base import RegionAtlasAlgorithm
from .structure_styles import apply_structure_style, structure_layer_key

LAYOUTS = Path(__file__).resolve().parents[1] / "resources" / "layouts"
DEFAULT_TEMPLATE = LAYOUTS / "structure_image_a3.qpt"
PORTRAIT_TEMPLATE = LAYOUTS / "structure_image_a3_portrait.qpt"
#: Without a chosen template, extents taller than this ratio (height / width) get the portrait
#: template (Sweden, Norway, Norrbotten), others the landscape one.
PORTRAIT_RATIO = 1.1
#: Item ids the template must have (the others are filled when present).
REQUIRED_ITEMS = ("map",)
TEXT_ITEMS = ("title", "subtitle", "source", "parameters")

LAYERS = "LAYERS"
EXTENT = "EXTENT"
CRS = "CRS"
SORT_BY_GEOMETRY = "SORT_BY_GEOMETRY"
APPLY_STYLES = "APPLY_STYLES"
TEMPLATE = "TEMPLATE"
FORMAT = "FORMAT"
DPI = "DPI"
EDITABLE_TEXT = "EDITABLE_TEXT"
ATLAS_LAYER = "ATLAS_LAYER"
ATLAS_NAME_FIELD = "ATLAS_NAME_FIELD"
ATLAS_SINGLE_FILE = "ATLAS_SINGLE_FILE"
TITLE = "TITLE"
SUBTITLE = "SUBTITLE"
SOURCE_TEXT = "SOURCE_TEXT"
PARAMETERS_TEXT = "PARAMETERS_TEXT"
FILE_NAME = "FILE_NAME"
OUTPUT_FOLDER = "OUTPUT_FOLDER"
PDF = "PDF"
PNG = "PNG"
SVG = "SVG"
FILES = "FILES"
PAGES = "PAGES"

#: FORMAT choices (order is public API) -> file extensions.
FORMATS = (("pdf",), ("png",), ("svg",), ("pdf", "png", "svg"))
DEFAULT_DPI = 300
#: Margin around the layers' extent when no extent is given (share of its size).
EXTENT_MARGIN = 0.04
#: Parameters not worth printing in the parameters box.
_SKIP_KEYS = ("OUTPUT", "NODES", "FLOWS", "REGIONS", "GREEN", "NETWORK", "INPUT", "ZONES")


def load_template(path: Path, project: QgsProject) -> QgsPrintLayout:
    """The print layout of a .qpt; raises QgsProcessingException naming what is wrong."""
    if not path.is_file():
        raise QgsProcessingException(
            tr("The layout template {path} does not exist.").format(path=path)
        )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QgsProcessingException(
            tr("The layout template {path} cannot be read: {error}").format(path=path, error=exc)
        ) from None
    doc = QDomDocument()
    parsed = doc.setContent(text)
    ok = parsed[0] if isinstance(parsed, tuple) else bool(parsed)
    if not ok or doc.documentElement().tagName() != "Layout":
        raise QgsProcessingException(
            tr(
                "The layout template {path} is broken: it is not a QGIS print-layout template "
                "(.qpt) that QGIS can read."
            ).format(path=path)
        )
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, loaded = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not loaded:
        raise QgsProcessingException(
            tr("The layout template {path} could not be loaded by QGIS.").format(path=path)
        )
    for item_id in REQUIRED_ITEMS:
        if layout.itemById(item_id) is None:
            raise QgsProcessingException(
                tr("The layout template {path} has no item with the id '{id}'.").format(
                    path=path, id=item_id
                )
            )
    return layout


def drawing_order(layers: list[QgsMapLayer], by_geometry: bool) -> list[QgsMapLayer]:
    """Layers top first (QgsMapSettings order). By geometry: points over lines over polygons
    over rasters; otherwise the order given, the first on top (as in the Layers panel)."""
    if not by_geometry:
        return list(layers)
    rank = {
        QgsWkbTypes.GeometryType.PointGeometry: 0,
        QgsWkbTypes.GeometryType.LineGeometry: 1,
        QgsWkbTypes.GeometryType.PolygonGeometry: 2,
    }

    def key(item):
        index, layer = item
        kind = rank.get(layer.geometryType(), 3) if isinstance(layer, QgsVectorLayer) else 4
        # Within a kind the later one is drawn on top (first given = bottom).
        return (kind, -index)

    return [layer for _i, layer in sorted(enumerate(layers), key=key)]


def style_file_layers(layers: list[QgsMapLayer], feedback) -> None:
    """Give outputs of regionatlas:structureimage that were read back from files (qgis_process,
    models) their bundled style and name. Layers of the open project keep their own style."""
    project_layers = QgsProject.instance().mapLayers()
    for layer in layers:
        if layer.id() in project_layers:
            continue
        key = structure_layer_key(layer)
        if key is None or isinstance(layer.renderer(), QgsRuleBasedRenderer):
            continue
        apply_structure_style(layer, key, rename=True)
        feedback.pushInfo(
            tr("Layer {name} styled with the bundled {key} style.").format(
                name=layer.name(), key=key
            )
        )


def drop_repeated_legend_entries(model, root) -> None:
    """Show each legend entry once: the corridors' "across a border" entry repeats the border
    links' (both layers draw those links the same way), so the later one is dropped."""
    seen: set[str] = set()
    for tree_layer in root.findLayers():
        nodes = model.layerOriginalLegendNodes(tree_layer)
        keep = []
        for index, node in enumerate(nodes):
            text = node.data(Qt.ItemDataRole.DisplayRole)
            if text and text in seen:
                continue
            keep.append(index)
            if text:
                seen.add(text)
        if len(keep) < len(nodes):
            QgsMapLayerLegendUtils.setLegendNodeOrder(tree_layer, keep)
            model.refreshLayerLegend(tree_layer)


def parameters_text(layers: list[QgsMapLayer], given: str = "") -> str:
    """The parameters recorded in the layers' provenance (RegionAtlas outputs), one line each.

    ``given`` (the PARAMETERS_TEXT parameter) comes first: plain text is kept as it is; a
    provenance JSON (an algorithm's METADATA output, e.g. wired in a model) is summarised like
    the layers' own.
    """
    lines, seen = [], set()
    records = []
    if given.strip():
        try:
            records.append(json.loads(given))
        except ValueError:
            lines.append(given.strip())
    for layer in layers:
        abstract = layer.metadata().abstract() if hasattr(layer, "metadata") else ""
        try:
            records.append(json.loads(abstract))
        except (TypeError, ValueError):
            continue
    for info in records:
        if not isinstance(info, dict) or "algorithm" not in info:
            continue
        params = {
            k: v
            for k, v in sorted(info.get("parameters", {}).items())
            if not k.startswith(_SKIP_KEYS)
            and v not in (None, "", [])
            and not (isinstance(v, str) and ("/" in v or "\\" in v or v.startswith("<")))
        }
        algorithm = QgsApplication.processingRegistry().algorithmById(info["algorithm"])
        for key, value in params.items():
            definition = algorithm.parameterDefinition(key) if algorithm else None
            if isinstance(definition, QgsProcessingParameterEnum) and isinstance(value, int):
                options = definition.options()
                if 0 <= value < len(options):
                    params[key] = options[value]
        text = "{alg} ({version}): {params}".format(
            alg=info["algorithm"],
            version=info.get("version", ""),
            params="; ".join(f"{k} = {v}" for k, v in params.items()),
        )
        if text not in seen:
            seen.add(text)
            lines.append(text)
    return "\n".join(lines)


class ExportStructureImageAlgorithm(RegionAtlasAlgorithm):
    NAME = "exportstructureimage"
    GROUP_ID = "structureimage"
    ICON = "structureimage.svg"

    def flags(self):
        # Print layouts must be built and exported on the main thread (architecture.md).
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def display_name(self) -> str:
        return tr("Export structure image")

    def help_text(self) -> str:
        return tr(
            "Lays out a structure image on the bundled A3 print-layout template (map, title, "
            "subtitle, legend, scale bar, north arrow, source and date, and the parameters "
            "recorded in RegionAtlas outputs) and exports it to PDF, PNG and/or SVG, optionally "
            "as an atlas with one page per feature (region, county). Files appear in the output "
            "folder only when the whole export succeeded.<br><br>"
            "Source: RegionAtlas spec structure-image.md (Export); QGIS QgsLayoutExporter."
            "<br><br><b>Parameters</b><br>"
            "<i>Layers</i>: the layers to show. <i>Points over lines over polygons</i>: draw "
            "them in that order (otherwise the order given, the first on top, as in the Layers "
            "panel).<br>"
            "<i>Style structure-image layers</i>: outputs of Build structure image read from "
            "files (qgis_process, models) get the bundled styles; layers of the open project "
            "keep theirs.<br>"
            "<i>Extent</i> (optional): the area to show; default all layers.<br>"
            "<i>Map CRS</i> (optional): default the CRS of the first projected layer; layers "
            "in other CRSs are reprojected on the fly and the log says which.<br>"
            "<i>Layout template</i> (optional): a .qpt with at least an item with id 'map' "
            "(and, when present, title, subtitle, legend, scalebar, north_arrow, source, "
            "parameters); default the bundled A3 template, landscape or portrait after the "
            "shape of the extent.<br>"
            "<i>Format</i>: PDF, PNG, SVG or all three. <i>DPI</i>: resolution of PNG (and of "
            "rasterised parts of PDF/SVG). <i>Editable text</i>: map labels in PDF and SVG "
            "stay text (editable, searchable) rather than outlines (QGIS 3.22 writes the "
            "layout's own texts as text either way).<br>"
            "<i>Atlas layer</i> (optional): one page per feature, the map zoomed to it; "
            "<i>atlas name field</i> names the pages; <i>one file</i> writes a single PDF "
            "(otherwise one file per page; PNG and SVG are always one file per page).<br>"
            "<i>Title</i>, <i>subtitle</i>, <i>source text</i>: texts of the layout; the date "
            "and the RegionAtlas version are added to the source. <i>Parameters text</i>: "
            "plain text, or the provenance (METADATA output) of a RegionAtlas algorithm; the "
            "parameters recorded in the layers are added.<br>"
            "<i>File name</i> and <i>output folder</i>: where the files go."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                LAYERS, tr("Layers"), QgsProcessing.SourceType.TypeMapLayer
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                SORT_BY_GEOMETRY, tr("Draw points over lines over polygons"), True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                APPLY_STYLES,
                tr("Style structure-image layers read from files with the bundled styles"),
                True,
            )
        )
        self.addParameter(QgsProcessingParameterExtent(EXTENT, tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterCrs(CRS, tr("Map CRS"), optional=True))
        self.addParameter(
            QgsProcessingParameterFile(
                TEMPLATE,
                tr("Layout template (.qpt; default the bundled A3 template)"),
                extension="qpt",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                FORMAT, tr("Format"), ["PDF", "PNG", "SVG", tr("All three")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                DPI,
                tr("DPI"),
                QgsProcessingParameterNumber.Type.Integer,
                DEFAULT_DPI,
                minValue=36,
                maxValue=1200,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(EDITABLE_TEXT, tr("Editable text in PDF and SVG"), True)
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                ATLAS_LAYER,
                tr("Atlas layer: one page per feature (optional)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                ATLAS_NAME_FIELD,
                tr("Atlas page name field"),
                parentLayerParameterName=ATLAS_LAYER,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(ATLAS_SINGLE_FILE, tr("Atlas as one PDF file"), True)
        )
        self.addParameter(
            QgsProcessingParameterString(TITLE, tr("Title"), defaultValue=tr("Structure image"))
        )
        self.addParameter(QgsProcessingParameterString(SUBTITLE, tr("Subtitle"), optional=True))
        self.addParameter(
            QgsProcessingParameterString(SOURCE_TEXT, tr("Source text"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                PARAMETERS_TEXT,
                tr("Parameters text (default: the parameters recorded in the layers)"),
                multiLine=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(FILE_NAME, tr("File name"), defaultValue="structure_image")
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(OUTPUT_FOLDER, tr("Output folder"))
        )
        self.addOutput(QgsProcessingOutputString(PDF, tr("PDF file(s)")))
        self.addOutput(QgsProcessingOutputString(PNG, tr("PNG file(s)")))
        self.addOutput(QgsProcessingOutputString(SVG, tr("SVG file(s)")))
        self.addOutput(QgsProcessingOutputString(FILES, tr("All files written (JSON list)")))
        self.addOutput(QgsProcessingOutputNumber(PAGES, tr("Pages")))

    # -- running ------------------------------------------------------------------------------
    def run_algorithm(self, parameters, context, feedback) -> dict:
        layers = self.parameterAsLayerList(parameters, LAYERS, context)
        if not layers:
            raise QgsProcessingException(tr("Choose at least one layer to show (LAYERS)."))
        if self.parameterAsBoolean(parameters, APPLY_STYLES, context):
            style_file_layers(layers, feedback)
        layers = drawing_order(
            layers, self.parameterAsBoolean(parameters, SORT_BY_GEOMETRY, context)
        )
        template = self.parameterAsFile(parameters, TEMPLATE, context)
        folder = Path(self.parameterAsString(parameters, OUTPUT_FOLDER, context))
        name = self.parameterAsString(parameters, FILE_NAME, context).strip() or "structure_image"
        if any(c in name for c in '/\\:*?"<>|'):
            raise QgsProcessingException(
                tr("The file name '{name}' contains characters not allowed in file names.").format(
                    name=name
                )
            )
        extensions = FORMATS[self.parameterAsEnum(parameters, FORMAT, context)]

        atlas_layer = self.parameterAsVectorLayer(parameters, ATLAS_LAYER, context)
        if atlas_layer is not None and atlas_layer.featureCount() == 0:
            raise QgsProcessingException(
                tr("The atlas layer '{name}' has no features: there is no page to export.").format(
                    name=atlas_layer.name()
                )
            )

        crs = self.map_crs(parameters, context, layers, feedback)
        extent = self.map_extent(parameters, context, layers, crs)
        if template:
            template = Path(template)
        elif atlas_layer is None and extent.height() > PORTRAIT_RATIO * extent.width():
            template = PORTRAIT_TEMPLATE
        else:
            template = DEFAULT_TEMPLATE
        project = QgsProject()  # the layout's own project: the user's project is not touched
        project.setCrs(crs)
        project.setTransformContext(context.transformContext())
        layout = load_template(template, project)
        self.fill_layout(layout, parameters, context, layers, crs, extent, template)
        feedback.setProgress(20)

        if atlas_layer is not None:
            self.set_up_atlas(layout, atlas_layer, parameters, context)

        # Everything goes to a temporary folder first; moved into place only on success.
        try:
            folder.mkdir(parents=True, exist_ok=True)
            work = Path(tempfile.mkdtemp(prefix=".regionatlas-export-", dir=str(folder)))
        except OSError as exc:
            raise QgsProcessingException(
                tr("The output folder {folder} cannot be written: {error}").format(
                    folder=folder, error=exc.strerror or exc
                )
            ) from None
        try:
            outlines = not self.parameterAsBoolean(parameters, EDITABLE_TEXT, context)
            with keep_layout_text(layout, outlines):  # only map labels become outlines
                written = self.export(
                    layout, atlas_layer, work, name, extensions, parameters, context, feedback
                )
            final = []
            for path in written:
                target = folder / path.relative_to(work)
                target.parent.mkdir(parents=True, exist_ok=True)
                path.replace(target)
                final.append(target)
        except Exception:
            shutil.rmtree(work, ignore_errors=True)
            raise
        shutil.rmtree(work, ignore_errors=True)
        pages = self.page_count(layout, atlas_layer)
        by_ext = {
            ext: [str(p) for p in final if p.suffix.lower() == f".{ext}"]
            for ext in ("pdf", "png", "svg")
        }
        for path in final:
            feedback.pushInfo(tr("Written: {path}").format(path=path))
        return {
            OUTPUT_FOLDER: str(folder),
            PDF: ";".join(by_ext["pdf"]),
            PNG: ";".join(by_ext["png"]),
            SVG: ";".join(by_ext["svg"]),
            FILES: json.dumps([str(p) for p in final]),
            PAGES: pages,
        }

    # -- layout -------------------------------------------------------------------------------
    def map_crs(self, parameters, context, layers, feedback) -> QgsCoordinateReferenceSystem:
        crs = self.parameterAsCrs(parameters, CRS, context)
        if not crs.isValid():
            projected = [
                layer.crs()
                for layer in layers
                if layer.crs().isValid() and not layer.crs().isGeographic()
            ]
            valid = [layer.crs() for layer in layers if layer.crs().isValid()]
            crs = (projected or valid or [QgsCoordinateReferenceSystem("EPSG:3006")])[0]
        other = [layer for layer in layers if layer.crs().isValid() and layer.crs() != crs]
        if other:
            feedback.pushWarning(
                tr("Layers in another CRS are reprojected on the fly to {crs}: {layers}.").format(
                    crs=crs.authid(),
                    layers=", ".join(f"{x.name()} ({x.crs().authid()})" for x in other),
                )
            )
        return crs

    def map_extent(self, parameters, context, layers, crs) -> QgsRectangle:
        if parameters.get(EXTENT):
            extent = self.parameterAsExtent(parameters, EXTENT, context, crs)
            if not extent.isEmpty():
                return extent
        extent = null_rectangle()
        for layer in layers:
            layer_extent = layer.extent()
            if layer_extent.isEmpty() and not layer_extent.isNull() and layer_extent.width() == 0:
                pass
            if layer.crs().isValid() and layer.crs() != crs:
                transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
                try:
                    layer_extent = transform.transformBoundingBox(layer_extent)
                except Exception:
                    continue
            if layer_extent.isFinite() and not layer_extent.isNull():
                extent.combineExtentWith(layer_extent)
        if extent.isNull() or not extent.isFinite():
            raise QgsProcessingException(tr("The layers have no extent to show (all empty?)."))
        margin = max(extent.width(), extent.height()) * EXTENT_MARGIN or 1000.0
        return extent.buffered(margin)

    def fill_layout(self, layout, parameters, context, layers, crs, extent, template) -> None:
        map_item = layout.itemById("map")
        map_item.setCrs(crs)
        map_item.setLayers(layers)
        map_item.setKeepLayerSet(True)
        map_item.setExtent(fit_aspect(extent, map_item.rect().width(), map_item.rect().height()))
        title = self.parameterAsString(parameters, TITLE, context)
        subtitle = self.parameterAsString(parameters, SUBTITLE, context)
        source = self.parameterAsString(parameters, SOURCE_TEXT, context)
        made = tr("Made with RegionAtlas {version} on {date}.").format(
            version=__version__, date=datetime.date.today().isoformat()
        )
        texts = {
            "title": title,
            "subtitle": subtitle,
            "source": (tr("Source: {text}").format(text=source) + "\n" if source else "") + made,
            "parameters": parameters_text(
                layers, self.parameterAsString(parameters, PARAMETERS_TEXT, context)
            ),
        }
        for item_id, text in texts.items():
            item = layout.itemById(item_id)
            if item is not None:
                # Texts are literal: [% %] in a title must not be evaluated as an expression.
                item.setText(text.replace("[%", "[ %"))
        legend = layout.itemById("legend")
        if legend is not None:
            if legend.title() == "Legend":  # the template's English default
                legend.setTitle(tr("Legend"))
            legend.setAutoUpdateModel(False)
            model = legend.model()
            root = model.rootGroup()
            root.clear()
            for layer in layers:
                root.addLayer(layer)
            drop_repeated_legend_entries(model, root)
            legend.setLinkedMap(map_item)
            # Only the symbols that occur on the map (e.g. 4 of 5 width classes).
            legend.setLegendFilterByMapEnabled(True)
            legend.refresh()
            legend.adjustBoxSize()
        arrow = layout.itemById("north_arrow")
        if arrow is not None:
            path = arrow.picturePath()
            if path and not Path(path).is_absolute():
                arrow.setPicturePath(str(template.parent / path))
            if not Path(arrow.picturePath()).exists():
                arrow.setPicturePath(str(LAYOUTS / "north_arrow.svg"))
            arrow.refreshPicture()
        scalebar = layout.itemById("scalebar")
        if scalebar is not None:
            # A round segment length: about a sixth of the map width, 1-2-5 steps, in km.
            width_km = extent.width() / 1000.0 if not crs.isGeographic() else extent.width() * 60
            step = _nice(width_km / 6.0)
            scalebar.setUnitsPerSegment(step)
            scalebar.setNumberOfSegments(2)
            scalebar.update()

    def set_up_atlas(self, layout, atlas_layer, parameters, context) -> None:
        atlas = layout.atlas()
        atlas.setCoverageLayer(atlas_layer)
        atlas.setEnabled(True)
        atlas.setHideCoverage(False)
        name_field = self.parameterAsString(parameters, ATLAS_NAME_FIELD, context)
        if name_field:
            atlas.setPageNameExpression(f'"{name_field}"')
        atlas.setFilenameExpression(
            "'{name}_' || lpad(@atlas_featurenumber, 3, '0')".format(
                name=self.parameterAsString(parameters, FILE_NAME, context).replace("'", "''")
                or "structure_image"
            )
        )
        map_item = layout.itemById("map")
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
        map_item.setAtlasMargin(0.1)
        subtitle = layout.itemById("subtitle")
        if subtitle is not None:
            text = subtitle.text()
            subtitle.setText((text + " – " if text else "") + "[% @atlas_pagename %]")

    def page_count(self, layout, atlas_layer) -> int:
        if atlas_layer is not None:
            return int(layout.atlas().count())
        return int(layout.pageCollection().pageCount())

    # -- export -------------------------------------------------------------------------------
    def export(self, layout, atlas_layer, work, name, extensions, parameters, context, feedback):
        dpi = self.parameterAsInt(parameters, DPI, context)
        editable = self.parameterAsBoolean(parameters, EDITABLE_TEXT, context)
        text_format = (
            Qgis.TextRenderFormat.AlwaysText if editable else Qgis.TextRenderFormat.AlwaysOutlines
        )
        single_pdf = self.parameterAsBoolean(parameters, ATLAS_SINGLE_FILE, context)
        atlas = layout.atlas() if atlas_layer is not None else None
        if atlas is not None and not atlas.updateFeatures():
            raise QgsProcessingException(tr("The atlas layer has no features to make pages of."))
        exporter = QgsLayoutExporter(layout)
        base = work / name
        step = 80.0 / len(extensions)
        for k, ext in enumerate(extensions):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user."))
            if ext == "pdf":
                settings = QgsLayoutExporter.PdfExportSettings()
                settings.dpi = dpi
                settings.textRenderFormat = text_format
                settings.rasterizeWholeImage = False
                settings.forceVectorOutput = True
                settings.simplifyGeometries = True
                if atlas is None:
                    result = exporter.exportToPdf(str(base) + ".pdf", settings)
                    error = exporter.errorFile()
                elif single_pdf:
                    result, error = QgsLayoutExporter.exportToPdf(
                        atlas, str(base) + ".pdf", settings
                    )
                else:
                    result, error = QgsLayoutExporter.exportToPdfs(atlas, str(base), settings)
            elif ext == "png":
                settings = QgsLayoutExporter.ImageExportSettings()
                settings.dpi = dpi
                # QGIS 3.22 tries to write the georeference into the PNG through GDAL, which
                # cannot update PNGs and logs "ERROR 6"; the image itself is fine.
                gdal.PushErrorHandler("CPLQuietErrorHandler")
                try:
                    if atlas is None:
                        result = exporter.exportToImage(str(base) + ".png", settings)
                        error = exporter.errorFile()
                    else:
                        result, error = QgsLayoutExporter.exportToImage(
                            atlas, str(base), "png", settings
                        )
                finally:
                    gdal.PopErrorHandler()
            else:
                settings = QgsLayoutExporter.SvgExportSettings()
                settings.dpi = dpi
                settings.textRenderFormat = text_format
                settings.forceVectorOutput = True
                settings.simplifyGeometries = True
                if atlas is None:
                    result = exporter.exportToSvg(str(base) + ".svg", settings)
                    error = exporter.errorFile()
                else:
                    result, error = QgsLayoutExporter.exportToSvg(atlas, str(base), settings)
            if result != QgsLayoutExporter.ExportResult.Success:
                raise QgsProcessingException(
                    tr("The {format} export failed ({code}): {error}").format(
                        format=ext.upper(), code=int(result), error=error or tr("no detail")
                    )
                )
            feedback.setProgress(20 + step * (k + 1))
        written = sorted(
            p
            for p in work.rglob("*")
            if p.is_file() and p.suffix.lower() in {".pdf", ".png", ".svg"}
        )
        empty = [p for p in written if p.stat().st_size == 0]
        if not written or empty:
            raise QgsProcessingException(
                tr("The export wrote no usable file (empty files: {files}).").format(
                    files=", ".join(p.name for p in empty) or tr("none")
                )
            )
        return written


def fit_aspect(extent: QgsRectangle, width: float, height: float) -> QgsRectangle:
    """``extent`` grown about its centre to the width/height ratio of the map item."""
    if width <= 0 or height <= 0 or extent.width() <= 0 or extent.height() <= 0:
        return QgsRectangle(extent)
    ratio = width / height
    w, h = extent.width(), extent.height()
    if w / h < ratio:
        w = h * ratio
    else:
        h = w / ratio
    c = extent.center()
    return QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)


def _nice(value: float) -> float:
    """The 1-2-5 step at or below ``value`` (at least 1)."""
    import math

    if value <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for factor in (5, 2, 1):
        if factor * power <= value:
            return float(factor * power)
    return float(power)
