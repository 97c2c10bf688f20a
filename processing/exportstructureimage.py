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
from pathlib import Path

from qgis.core import (
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
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import keep_layout_text
from ..i18n import tr
from ..regionatlas.structureimage.layout import is_file_name
from .base import RegionAtlasAlgorithm
from .structure_export import (
    drawing_order,
    export,
    map_crs,
    map_extent,
    style_file_layers,
    write_provenance,
    written_on_success,
)
from .structure_layout import (
    new_layout,
    provenance_lines,
    source_text,
)

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
                tr("Atlas layer: one page per feature"),
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
        if not is_file_name(name):
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
        crs = map_crs(self.parameterAsCrs(parameters, CRS, context), layers, feedback)
        given = parameters.get(EXTENT) and self.parameterAsExtent(parameters, EXTENT, context, crs)
        extent = map_extent(given, layers, crs, context)
        provenance = provenance_lines(
            layers, self.parameterAsString(parameters, PARAMETERS_TEXT, context)
        )
        texts = {
            "title": self.parameterAsString(parameters, TITLE, context),
            "subtitle": self.parameterAsString(parameters, SUBTITLE, context),
            "source": source_text(self.parameterAsString(parameters, SOURCE_TEXT, context)),
        }
        atlas = (atlas_layer, self.parameterAsString(parameters, ATLAS_NAME_FIELD, context), name)
        layout, _project = new_layout(
            template, layers, crs, extent, texts, provenance, context, atlas
        )
        feedback.setProgress(10)
        QCoreApplication.processEvents()
        editable = self.parameterAsBoolean(parameters, EDITABLE_TEXT, context)
        dpi = self.parameterAsInt(parameters, DPI, context)
        single = self.parameterAsBoolean(parameters, ATLAS_SINGLE_FILE, context)

        def write(work: Path) -> list[Path]:
            with keep_layout_text(layout, not editable):  # only map labels become outlines
                written = export(
                    layout, atlas_layer, work, name, extensions, dpi, editable, single, feedback
                )
            return [*written, write_provenance(work / f"{name}_provenance.txt", provenance)]

        final = written_on_success(folder, write, feedback)
        pages = int(layout.atlas().count()) if atlas_layer is not None else 1
        by_ext = {
            ext: ";".join(str(p) for p in final if p.suffix.lower() == f".{ext}")
            for ext in ("pdf", "png", "svg")
        }
        return {
            OUTPUT_FOLDER: str(folder),
            **{key: by_ext[key.lower()] for key in (PDF, PNG, SVG)},
            FILES: json.dumps([str(p) for p in final[:-1]]),
            PAGES: pages,
            PROVENANCE: str(final[-1]),
        }
