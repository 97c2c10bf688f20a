"""regionatlas:exportstructureimage - lay out a structure image and export it (PDF/PNG/SVG).

Loads the bundled print-layout template (resources/layouts/structure_image_a3.qpt, or the
portrait one for tall extents), fills it with the chosen layers, extent and texts
(``structure_layout``) and exports it with QgsLayoutExporter, optionally as an atlas (one page
per feature). How the image was made (the parameters recorded in the layers) is written beside
it as ``<name>_provenance.txt`` and into the files' metadata, not onto the map face. Files are
written into a temporary folder inside the output folder and moved to their names only when
every export succeeded: a failed run leaves nothing that looks like a result. Layout work runs
on the main thread (FlagNoThreading), so progress is reported per format and atlas page and
the event loop is kept running.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayoutExporter,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
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
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..i18n import tr
from ..regionatlas import __version__
from ..regionatlas.structureimage.layout import is_portrait, with_margin
from .base import RegionAtlasAlgorithm
from .structure_layout import (
    LAYOUTS,
    fill_layout,
    load_template,
    provenance_lines,
    set_up_atlas,
    source_text,
)
from .structure_styles import apply_structure_style, structure_layer_key

DEFAULT_TEMPLATE = LAYOUTS / "structure_image_a3.qpt"
PORTRAIT_TEMPLATE = LAYOUTS / "structure_image_a3_portrait.qpt"

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
PROVENANCE = "PROVENANCE"

#: FORMAT choices (order is public API) -> file extensions.
FORMATS = (("pdf",), ("png",), ("svg",), ("pdf", "png", "svg"))
DEFAULT_DPI = 300


def drawing_order(layers: list[QgsMapLayer], by_geometry: bool) -> list[QgsMapLayer]:
    """Layers top first (QgsMapSettings order). By geometry: points over lines over polygons
    over rasters; otherwise the order given, the first on top (as in the Layers panel)."""
    if not by_geometry:
        return list(layers)
    rank = {
        QgsWkbTypes.PointGeometry: 0,
        QgsWkbTypes.LineGeometry: 1,
        QgsWkbTypes.PolygonGeometry: 2,
    }

    def key(item):
        index, layer = item
        kind = rank.get(layer.geometryType(), 3) if layer.type() == QgsMapLayer.VectorLayer else 4
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


class ExportStructureImageAlgorithm(RegionAtlasAlgorithm):
    NAME = "exportstructureimage"
    GROUP_ID = "structureimage"
    ICON = "structureimage.svg"

    def flags(self):
        # Print layouts must be built and exported on the main thread (architecture.md).
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def display_name(self) -> str:
        return tr("Export structure image")

    def help_text(self) -> str:
        return tr(
            "Lays out a structure image on the bundled A3 print-layout template (map, title, "
            "subtitle, legend, scale bar, north arrow, source and date) and exports it to PDF, "
            "PNG and/or SVG, optionally as an atlas with one page per feature (region, "
            "county). How the image was made (the parameters recorded in RegionAtlas outputs) "
            "is written beside it as <i>name</i>_provenance.txt and into the files' metadata. "
            "Files appear in the output folder only when the whole export succeeded.<br><br>"
            "Source: QGIS print layouts and QgsLayoutExporter (QGIS User Guide, Laying out "
            "the maps)."
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
            "(and, when present, title, subtitle, legend, scalebar, north_arrow, source); "
            "default the bundled A3 template, landscape or portrait after the "
            "shape of the extent.<br>"
            "<i>Format</i>: PDF, PNG, SVG or all three. <i>DPI</i>: resolution of PNG (and of "
            "rasterised parts of PDF/SVG). <i>Editable text</i>: map labels in PDF and SVG "
            "stay text (editable, searchable) rather than outlines (QGIS 3.22 writes the "
            "layout's own texts as text either way).<br>"
            "<i>Atlas layer</i> (optional): one page per feature, the map zoomed to it; "
            "<i>atlas name field</i> names the pages; <i>one file</i> writes a single PDF "
            "(otherwise one file per page; PNG and SVG are always one file per page).<br>"
            "<i>Title</i>, <i>subtitle</i>, <i>source text</i>: texts of the layout; the date "
            'and the RegionAtlas version are added to the source ("Source:" only when the '
            'text does not start with its own, e.g. "Källa: SCB"). <i>Parameters text</i>: '
            "plain text, or the provenance (METADATA output) of a RegionAtlas algorithm, for "
            "the provenance file; the parameters recorded in the layers are added.<br>"
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
                QgsProcessingParameterNumber.Integer,
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
                tr("Parameters text for the provenance file (default: from the layers)"),
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
        self.addOutput(QgsProcessingOutputString(PROVENANCE, tr("Provenance file")))

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
        elif atlas_layer is None and is_portrait(extent.width(), extent.height()):
            template = PORTRAIT_TEMPLATE
        else:
            template = DEFAULT_TEMPLATE
        project = QgsProject()  # the layout's own project: the user's project is not touched
        project.setCrs(crs)
        project.setTransformContext(context.transformContext())
        layout = load_template(template, project)
        provenance = provenance_lines(
            layers, self.parameterAsString(parameters, PARAMETERS_TEXT, context)
        )
        texts = {
            "title": self.parameterAsString(parameters, TITLE, context),
            "subtitle": self.parameterAsString(parameters, SUBTITLE, context),
            "source": source_text(self.parameterAsString(parameters, SOURCE_TEXT, context)),
        }
        fill_layout(layout, layers, crs, extent, texts, template)
        metadata = project.metadata()
        metadata.setTitle(texts["title"])
        metadata.setAbstract("\n".join(provenance))
        metadata.setAuthor(f"RegionAtlas {__version__}")
        project.setMetadata(metadata)
        if atlas_layer is not None:
            set_up_atlas(
                layout,
                atlas_layer,
                self.parameterAsString(parameters, ATLAS_NAME_FIELD, context),
                name,
            )
        feedback.setProgress(10)
        QCoreApplication.processEvents()

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
            written = self.export(
                layout, atlas_layer, work, name, extensions, parameters, context, feedback
            )
            sidecar = work / f"{name}_provenance.txt"
            body = "\n\n".join(provenance) or tr(
                "The layers record no RegionAtlas provenance (layers read from files keep "
                "none): give the METADATA output of Build structure image as the parameters "
                "text."
            )
            sidecar.write_text(
                tr("How this structure image was made") + "\n\n" + body + "\n", encoding="utf-8"
            )
            final = []
            for path in [*written, sidecar]:
                target = folder / path.relative_to(work)
                target.parent.mkdir(parents=True, exist_ok=True)
                path.replace(target)
                final.append(target)
        except Exception:
            shutil.rmtree(work, ignore_errors=True)
            raise
        shutil.rmtree(work, ignore_errors=True)
        pages = int(layout.atlas().count()) if atlas_layer is not None else 1
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
            FILES: json.dumps([str(p) for p in final[:-1]]),
            PAGES: pages,
            PROVENANCE: str(final[-1]),
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
        extent = QgsRectangle()
        extent.setMinimal()
        for layer in layers:
            layer_extent = layer.extent()
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
        box = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        return QgsRectangle(*with_margin(box))

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
        base = str(work / name)
        # One step per format; an atlas reports each page inside its step. The export runs on
        # the main thread: keep the event loop turning so QGIS does not look frozen.
        steps = QgsProcessingMultiStepFeedback(len(extensions), feedback)
        steps.progressChanged.connect(lambda _p: QCoreApplication.processEvents())
        for k, ext in enumerate(extensions):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user."))
            steps.setCurrentStep(k)
            feedback.pushInfo(tr("Exporting {format}…").format(format=ext.upper()))
            QCoreApplication.processEvents()
            if ext == "pdf":
                settings = QgsLayoutExporter.PdfExportSettings()
                settings.textRenderFormat = text_format
                settings.rasterizeWholeImage = False
            elif ext == "png":
                settings = QgsLayoutExporter.ImageExportSettings()
            else:
                settings = QgsLayoutExporter.SvgExportSettings()
                settings.textRenderFormat = text_format
            settings.dpi = dpi
            settings.exportMetadata = True
            if ext != "png":
                settings.forceVectorOutput = True
                settings.simplifyGeometries = True
            # QGIS 3.22 tries to write the georeference into the PNG through GDAL, which cannot
            # update PNGs and logs "ERROR 6"; the image itself is fine.
            gdal.PushErrorHandler("CPLQuietErrorHandler")
            try:
                result, error = self.export_one(
                    exporter, atlas, ext, base, settings, single_pdf, steps
                )
            finally:
                gdal.PopErrorHandler()
            if result != QgsLayoutExporter.Success:
                raise QgsProcessingException(
                    tr("The {format} export failed ({code}): {error}").format(
                        format=ext.upper(), code=int(result), error=error or tr("no detail")
                    )
                )
        feedback.setProgress(100)
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

    @staticmethod
    def export_one(exporter, atlas, ext, base, settings, single_pdf, feedback):
        """(result, error) of one format: the page, or every atlas page (progress per page)."""
        if atlas is None:
            call = {
                "pdf": exporter.exportToPdf,
                "png": exporter.exportToImage,
                "svg": exporter.exportToSvg,
            }[ext]
            result = call(f"{base}.{ext}", settings)
            feedback.setProgress(100)
            return result, exporter.errorFile()
        if ext == "pdf" and single_pdf:
            return QgsLayoutExporter.exportToPdf(atlas, f"{base}.pdf", settings, feedback)
        if ext == "pdf":
            return QgsLayoutExporter.exportToPdfs(atlas, base, settings, feedback)
        if ext == "png":
            return QgsLayoutExporter.exportToImage(atlas, base, "png", settings, feedback)
        return QgsLayoutExporter.exportToSvg(atlas, base, settings, feedback)
