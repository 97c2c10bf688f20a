"""regionatlas:exportwebatlas - layers as a self-contained web map folder (Leaflet)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
    QgsVectorLayer,
)

from ..i18n import qgis_locale, tr
from ..regionatlas.webatlas import WebAtlas, write_web_atlas
from ..regionatlas.webatlas.geometry import (
    DEFAULT_DECIMALS,
    DEFAULT_TOLERANCE_M,
    MAX_DECIMALS,
    MIN_DECIMALS,
)
from ..regionatlas.webatlas.model import file_table_name
from .base import RegionAtlasAlgorithm
from .webatlas_layers import web_layer

LAYERS = "LAYERS"
TITLE = "TITLE"
LANGUAGE = "LANGUAGE"
INCLUDE_NOTES = "INCLUDE_NOTES"
APPLY_STYLES = "APPLY_STYLES"
TOLERANCE = "TOLERANCE"
DECIMALS = "DECIMALS"
OUTPUT_FOLDER = "OUTPUT_FOLDER"
INDEX = "INDEX"
SIZE_BYTES = "SIZE_BYTES"
METADATA = "METADATA"

#: LANGUAGE options: the QGIS locale (Swedish when QGIS speaks Swedish, else English), or fixed.
LANGUAGE_CODES = (None, "en", "sv")
WEB = Path(__file__).resolve().parents[1] / "resources" / "web"
STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"


def bundled_style_for(layer: QgsVectorLayer) -> Path | None:
    """The bundled QML whose name is the layer's table name (GeoPackage layername) or file
    name, e.g. ``pipeline.gpkg|layername=commuting_regions`` -> commuting_regions.qml."""
    if layer.providerType() != "ogr":
        return None
    parts = layer.source().split("|")
    names = [p.split("=", 1)[1] for p in parts[1:] if p.startswith("layername=")]
    names.append(Path(parts[0]).stem)
    for name in names:
        if not name.replace("_", "").isalnum():
            continue
        path = STYLES / f"{name}.qml"
        if path.is_file():
            return path
    return None


class ExportWebAtlasAlgorithm(RegionAtlasAlgorithm):
    NAME = "exportwebatlas"
    GROUP_ID = "share"

    def display_name(self) -> str:
        return tr("Export web atlas")

    def flags(self):
        # Reads the renderers and labels of project layers: main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def help_text(self) -> str:
        return tr(
            "Writes the chosen layers as a web map in a folder that anyone can open: "
            "index.html opens from disk (file://) or from any web server, with no build step "
            "and no internet connection (the map library Leaflet 1.9.4, BSD-2-Clause, is "
            "shipped with the plugin and copied into the folder with its licence). The page "
            "has a layer switcher, legends taken from the layers' QGIS styles (single symbol, "
            "categorized, graduated, rule-based: each feature keeps the colour QGIS gives it), "
            "popups with the field values (field aliases where set), the layers' labels, a "
            "scale bar, a title and, under 'About the map', how each layer was made (the "
            "RegionAtlas provenance in its metadata). The data are GeoJSON (RFC 7946) in WGS "
            "84, simplified for the web and rounded, each file wrapped in one line of "
            "JavaScript so that browsers load it from disk.<br><br>"
            "Source: GeoJSON, RFC 7946 (IETF 2016); simplification after Douglas and Peucker "
            "(1973), topology-preserving (GEOS); Leaflet 1.9.4 (leafletjs.com).<br><br>"
            "<b>Parameters</b><br>"
            "<i>Layers</i>: vector layers, drawn polygons below lines below points.<br>"
            "<i>Title</i>: the heading of the page.<br>"
            "<i>Language</i>: of the page's own text (Swedish or English); by default that of "
            "QGIS.<br>"
            "<i>Include stakeholder notes</i>: notes layers are published only when this is "
            "ticked (off by default); otherwise the export stops and names the layer.<br>"
            "<i>Style layers read from files</i>: a layer read from a file (not a layer of the "
            "open project) whose table or file name is that of a bundled RegionAtlas style "
            "(e.g. commuting_regions, flowlines) gets that style.<br>"
            "<i>Simplification tolerance (m)</i>: Douglas-Peucker with topology preserved; 0 "
            "keeps every vertex.<br>"
            "<i>Coordinate decimals</i>: 5 is about 1 m.<br>"
            "<i>Output folder</i>: a new or empty folder, or an earlier web atlas, which is "
            "replaced; any other folder is left untouched."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                LAYERS, tr("Layers"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )
        self.addParameter(
            QgsProcessingParameterString(TITLE, tr("Title"), defaultValue="RegionAtlas")
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                LANGUAGE,
                tr("Language of the page"),
                options=[tr("As QGIS"), "English", "Svenska"],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                INCLUDE_NOTES, tr("Include stakeholder notes (publish them)"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                APPLY_STYLES, tr("Style layers read from files with the bundled styles"), True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                TOLERANCE,
                tr("Simplification tolerance (m)"),
                QgsProcessingParameterNumber.Type.Double,
                DEFAULT_TOLERANCE_M,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                DECIMALS,
                tr("Coordinate decimals"),
                QgsProcessingParameterNumber.Type.Integer,
                DEFAULT_DECIMALS,
                minValue=MIN_DECIMALS,
                maxValue=MAX_DECIMALS,
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(OUTPUT_FOLDER, tr("Output folder"))
        )
        self.addOutput(QgsProcessingOutputFile(INDEX, tr("Web page (index.html)")))
        self.addOutput(QgsProcessingOutputNumber(SIZE_BYTES, tr("Size of the folder (bytes)")))
        self.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance (JSON)")))

    def run_algorithm(self, parameters, context, feedback) -> dict:
        layers = self.parameterAsLayerList(parameters, LAYERS, context)
        language = LANGUAGE_CODES[self.parameterAsEnum(parameters, LANGUAGE, context)]
        if language is None:
            language = "sv" if qgis_locale() == "sv" else "en"
        project_layers = QgsProject.instance().mapLayers()
        apply_styles = self.parameterAsBoolean(parameters, APPLY_STYLES, context)
        web_layers = []
        for i, layer in enumerate(layers):
            table = file_table_name(layer.source(), layer.name())
            if layer.id() not in project_layers and table:
                layer.setName(table)  # named after its file: name it after its table
            if apply_styles and isinstance(layer, QgsVectorLayer):
                style = bundled_style_for(layer)
                if layer.id() not in project_layers and style is not None:
                    message, ok = layer.loadNamedStyle(str(style))
                    if ok:
                        feedback.pushInfo(
                            tr("Layer {name} styled with the bundled {style}.").format(
                                name=layer.name(), style=style.name
                            )
                        )
            web_layers.append(web_layer(layer, context, feedback, feedback.isCanceled))
            feedback.setProgress(50.0 * (i + 1) / len(layers))
        atlas = WebAtlas(
            title=self.parameterAsString(parameters, TITLE, context).strip() or "RegionAtlas",
            language=language,
            layers=web_layers,
            include_notes=self.parameterAsBoolean(parameters, INCLUDE_NOTES, context),
        )
        folder = self.parameterAsString(parameters, OUTPUT_FOLDER, context)
        # The layers by name and source, not as Python objects.
        named = dict(parameters, **{LAYERS: [f"{x.name()} ({x.source()})" for x in layers]})
        provenance = self.provenance(named, context)
        written = write_web_atlas(
            atlas,
            folder,
            WEB,
            tolerance_m=self.parameterAsDouble(parameters, TOLERANCE, context),
            decimals=self.parameterAsInt(parameters, DECIMALS, context),
            progress=lambda p: feedback.setProgress(50.0 + p / 2.0),
            cancelled=feedback.isCanceled,
            provenance=provenance,
        )
        size = written.size_bytes
        feedback.pushInfo(
            tr("Web atlas written to {path}: {n} layers, {features} features, {kb} kB.").format(
                path=str(written.index),
                n=len(web_layers),
                features=sum(written.features.values()),
                kb=round(size / 1024),
            )
        )
        return {
            OUTPUT_FOLDER: str(written.folder),
            INDEX: str(written.index),
            SIZE_BYTES: size,
            METADATA: provenance,
        }
