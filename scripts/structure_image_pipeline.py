"""Write the bundled Processing model resources/models/pipeline.model3 (regionatlas:pipeline).

OD table + zones (+ settlements) -> commuting indicators -> commuting regions -> dominant
flows -> settlement hierarchy -> structure image -> PDF and PNG. The .model3 is what a person
opens in QGIS's model designer; this script only makes it reproducible. Model input names and
output names are API (scripts and the README call them):

inputs   INPUT, ORIGIN_FIELD, DESTINATION_FIELD, COUNT_FIELD, YEAR_FIELD, YEAR,
         ZONES, ZONES_ID_FIELD, ZONES_NAME_FIELD, BORDER_FIELD, SETTLEMENTS,
         SETTLEMENTS_ID_FIELD, SETTLEMENTS_NAME_FIELD, SETTLEMENTS_ZONE_FIELD,
         POPULATION_FIELD, SETTLEMENTS_BORDER_FIELD, TITLE
outputs  (QGIS names model outputs "<child id>:<output name>")
         indicators:INDICATORS, regions:COMMUTING_REGIONS, dominantflows:DOMINANT_NODES,
         dominantflows:DOMINANT_LINKS, hierarchy:HIERARCHY, structureimage:NODES,
         structureimage:CORRIDORS, structureimage:BORDER_LINKS, structureimage:REGIONS,
         export_pdf:OUTPUT_FOLDER (structure_image.pdf and structure_image.png)

Without SETTLEMENTS the zones themselves (their commuting indicators, ranked by employed
residents) are the nodes: a model expression picks the layer and the fields.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/structure_image_pipeline.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildDependency,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF

MODEL = Path(__file__).resolve().parents[1] / "resources" / "models" / "pipeline.model3"
Src = QgsProcessingModelChildParameterSource


def param(name: str) -> QgsProcessingModelChildParameterSource:
    return Src.fromModelParameter(name)


def child_output(child: str, output: str) -> QgsProcessingModelChildParameterSource:
    return Src.fromChildOutput(child, output)


def static(value) -> QgsProcessingModelChildParameterSource:
    return Src.fromStaticValue(value)


def expression(text: str) -> QgsProcessingModelChildParameterSource:
    return Src.fromExpression(text)


def add_inputs(model: QgsProcessingModelAlgorithm) -> None:
    vector = [QgsProcessing.SourceType.TypeVector]
    polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
    points = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
    definitions = [
        QgsProcessingParameterFeatureSource(
            "INPUT", "Commuting OD table (layer, table or CSV)", vector
        ),
        QgsProcessingParameterField(
            "ORIGIN_FIELD", "Origin (home unit) field", parentLayerParameterName="INPUT"
        ),
        QgsProcessingParameterField(
            "DESTINATION_FIELD", "Destination (work unit) field", parentLayerParameterName="INPUT"
        ),
        QgsProcessingParameterField(
            "COUNT_FIELD", "Count field (employed persons)", parentLayerParameterName="INPUT"
        ),
        QgsProcessingParameterField(
            "YEAR_FIELD", "Year field", parentLayerParameterName="INPUT", optional=True
        ),
        QgsProcessingParameterString("YEAR", "Year to use", optional=True),
        QgsProcessingParameterFeatureSource("ZONES", "Zones (municipalities)", polygons),
        QgsProcessingParameterField(
            "ZONES_ID_FIELD", "Zone id field", parentLayerParameterName="ZONES"
        ),
        QgsProcessingParameterField(
            "ZONES_NAME_FIELD", "Zone name field", parentLayerParameterName="ZONES"
        ),
        QgsProcessingParameterField(
            "BORDER_FIELD",
            "Border field of the zones (county)",
            parentLayerParameterName="ZONES",
            optional=True,
        ),
        QgsProcessingParameterFeatureSource(
            "SETTLEMENTS", "Settlements (optional; default the zones)", points, optional=True
        ),
        QgsProcessingParameterField(
            "SETTLEMENTS_ID_FIELD",
            "Settlement id field",
            parentLayerParameterName="SETTLEMENTS",
            optional=True,
        ),
        QgsProcessingParameterField(
            "SETTLEMENTS_NAME_FIELD",
            "Settlement name field",
            parentLayerParameterName="SETTLEMENTS",
            optional=True,
        ),
        QgsProcessingParameterField(
            "SETTLEMENTS_ZONE_FIELD",
            "Zone id of each settlement",
            parentLayerParameterName="SETTLEMENTS",
            optional=True,
        ),
        QgsProcessingParameterField(
            "POPULATION_FIELD",
            "Population field of the settlements",
            parentLayerParameterName="SETTLEMENTS",
            optional=True,
        ),
        QgsProcessingParameterField(
            "SETTLEMENTS_BORDER_FIELD",
            "Border field of the settlements (county)",
            parentLayerParameterName="SETTLEMENTS",
            optional=True,
        ),
        QgsProcessingParameterNumber(
            "MAX_LENGTH_KM",
            "Longest corridor in km (0 = no limit)",
            QgsProcessingParameterNumber.Double,
            0.0,
            optional=True,
            minValue=0.0,
        ),
        QgsProcessingParameterString("TITLE", "Title", defaultValue="Structure image"),
    ]
    for k, definition in enumerate(definitions):
        model.addModelParameter(definition, _component(definition.name(), k))


def _component(name: str, k: int) -> QgsProcessingModelParameter:
    component = QgsProcessingModelParameter(name)
    component.setPosition(QPointF(120 + 200 * (k % 6), 60 + 60 * (k // 6)))
    return component


def od_sources() -> dict:
    return {
        "INPUT": [param("INPUT")],
        "ORIGIN_FIELD": [param("ORIGIN_FIELD")],
        "DESTINATION_FIELD": [param("DESTINATION_FIELD")],
        "COUNT_FIELD": [param("COUNT_FIELD")],
        "YEAR_FIELD": [param("YEAR_FIELD")],
        "YEAR": [param("YEAR")],
    }


def add_child(model, child_id, algorithm_id, description, sources, outputs, k, after=()) -> None:
    """``after``: children this one must follow although no source says so (an expression
    that reads their output)."""
    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    if after:
        child.setDependencies([QgsProcessingModelChildDependency(c) for c in after])
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(QPointF(200 + 260 * k, 330 + 40 * (k % 2)))
    for name, value in sources.items():
        child.addParameterSources(name, value if isinstance(value, list) else [value])
    model_outputs = {}
    for child_output_name, model_output_name in outputs.items():
        output = QgsProcessingModelOutput(model_output_name)
        output.setChildId(child_id)
        output.setChildOutputName(child_output_name)
        # processing.run and qgis_process then need no value for it (temporary output).
        output.setDefaultValue("TEMPORARY_OUTPUT")
        output.setPosition(QPointF(200 + 260 * k, 460 + 30 * len(model_outputs)))
        model_outputs[model_output_name] = output
    child.setModelOutputs(model_outputs)
    model.addChildAlgorithm(child)


#: Without settlements, the commuting-indicators output (zones + indicators) are the nodes.
#: QGIS 3.22 names a child's outputs in expressions after its *description*
#: (@Commuting_indicators_OUTPUT): keep the descriptions as they are.
NO_SETTLEMENTS = "@SETTLEMENTS IS NULL OR @SETTLEMENTS = ''"


def build() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm("pipeline", "Structure image", "structureimage")
    model.setHelpContent(
        {
            "ALG_DESC": (
                "From a commuting OD table, zones and (optionally) settlements to a finished "
                "structure image: commuting indicators, commuting regions (SCB LA method), "
                "dominant flows (Nystuen & Dacey), settlement hierarchy (population classes), "
                "structure image (dominant-flow corridors, border links, commuting regions) "
                "and its export to PDF (A3, 300 dpi) and PNG (150 dpi). Without settlements, "
                "the zones are the nodes, ranked by their employed residents."
            ),
            "ALG_CREATOR": "RegionAtlas",
        }
    )
    add_inputs(model)
    zones = {"ZONES": [param("ZONES")], "ZONES_ID_FIELD": [param("ZONES_ID_FIELD")]}
    add_child(
        model,
        "indicators",
        "regionatlas:commutingindicators",
        "Commuting indicators",
        {**od_sources(), **zones, "MISSING_ZONES": static(1), "OUTPUT": static("TEMPORARY_OUTPUT")},
        {"OUTPUT": "INDICATORS"},
        0,
    )
    add_child(
        model,
        "regions",
        "regionatlas:commutingregions",
        "Commuting regions",
        {
            **od_sources(),
            **zones,
            "MISSING_ZONES": static(1),
            "ZONES_NAME_FIELD": param("ZONES_NAME_FIELD"),
            "BORDER_FIELD": param("BORDER_FIELD"),
            "OUTPUT": static("TEMPORARY_OUTPUT"),
            "OUTPUT_REGIONS": static("TEMPORARY_OUTPUT"),
        },
        {"OUTPUT_REGIONS": "COMMUTING_REGIONS"},
        1,
    )
    add_child(
        model,
        "dominantflows",
        "regionatlas:dominantflows",
        "Dominant flows",
        {
            **od_sources(),
            "NODES": param("ZONES"),
            "NODES_ID_FIELD": param("ZONES_ID_FIELD"),
            "MISSING_NODES": static(1),
            "OUTPUT_NODES": static("TEMPORARY_OUTPUT"),
            "OUTPUT_LINKS": static("TEMPORARY_OUTPUT"),
        },
        {"OUTPUT_NODES": "DOMINANT_NODES", "OUTPUT_LINKS": "DOMINANT_LINKS"},
        2,
    )
    add_child(
        model,
        "hierarchy",
        "regionatlas:settlementhierarchy",
        "Settlement hierarchy",
        {
            "INPUT": expression(
                f"if({NO_SETTLEMENTS}, @Commuting_indicators_OUTPUT, @SETTLEMENTS)"
            ),
            "ID_FIELD": expression(f"if({NO_SETTLEMENTS}, @ZONES_ID_FIELD, @SETTLEMENTS_ID_FIELD)"),
            "POPULATION_FIELD": expression(
                f"if({NO_SETTLEMENTS}, 'employed_residents', @POPULATION_FIELD)"
            ),
            "RULES": static(0),
            # Small places (and zones with few employed residents) still get a class.
            "FALLBACK_CLASS": static("< 200"),
            "OUTPUT": static("TEMPORARY_OUTPUT"),
        },
        {"OUTPUT": "HIERARCHY"},
        3,
        after=("indicators",),
    )
    add_child(
        model,
        "structureimage",
        "regionatlas:structureimage",
        "Structure image",
        {
            "NODES": child_output("hierarchy", "OUTPUT"),
            "NAME_FIELD": expression(
                f"if({NO_SETTLEMENTS}, @ZONES_NAME_FIELD, @SETTLEMENTS_NAME_FIELD)"
            ),
            "CLASS_FIELD": static("class"),
            "RANK_FIELD": static("class_rank"),
            "SIZE_FIELD": expression(
                f"if({NO_SETTLEMENTS}, 'employed_residents', @POPULATION_FIELD)"
            ),
            "BORDER_FIELD": expression(
                f"if({NO_SETTLEMENTS}, @BORDER_FIELD, @SETTLEMENTS_BORDER_FIELD)"
            ),
            "NODE_ID_FIELD": expression(
                f"if({NO_SETTLEMENTS}, @ZONES_ID_FIELD, @SETTLEMENTS_ZONE_FIELD)"
            ),
            "LABEL_RANKS": static(2),
            "FLOWS": param("INPUT"),
            "ORIGIN_FIELD": param("ORIGIN_FIELD"),
            "DESTINATION_FIELD": param("DESTINATION_FIELD"),
            "COUNT_FIELD": param("COUNT_FIELD"),
            "YEAR_FIELD": param("YEAR_FIELD"),
            "YEAR": param("YEAR"),
            "REGIONS": child_output("regions", "OUTPUT_REGIONS"),
            "REGION_FIELD": static("region_id"),
            "REGION_NAME_FIELD": static("region_name"),
            "CORRIDOR_RULE": static(1),
            "CORRIDOR_VALUE": static(2),
            "WIDTH_CLASSES": static(4),
            "CURVED": static(True),
            "MAX_LENGTH_KM": param("MAX_LENGTH_KM"),
            "OUTPUT_NODES": static("TEMPORARY_OUTPUT"),
            "OUTPUT_CORRIDORS": static("TEMPORARY_OUTPUT"),
            "OUTPUT_BORDER_LINKS": static("TEMPORARY_OUTPUT"),
            "OUTPUT_REGIONS": static("TEMPORARY_OUTPUT"),
        },
        {
            "OUTPUT_NODES": "NODES",
            "OUTPUT_CORRIDORS": "CORRIDORS",
            "OUTPUT_BORDER_LINKS": "BORDER_LINKS",
            "OUTPUT_REGIONS": "REGIONS",
        },
        4,
    )
    layers = [
        child_output("structureimage", "OUTPUT_NODES"),
        child_output("structureimage", "OUTPUT_BORDER_LINKS"),
        child_output("structureimage", "OUTPUT_CORRIDORS"),
        child_output("structureimage", "OUTPUT_REGIONS"),
    ]
    for k, (child_id, fmt, dpi, name) in enumerate(
        (("export_pdf", 0, 300, "PDF"), ("export_png", 1, 150, "PNG"))
    ):
        # The PDF export's folder is the model's output folder; the PNG export writes into the
        # same folder (which also makes it run after the PDF: layouts run one at a time).
        folder = (
            static("TEMPORARY_OUTPUT") if k == 0 else child_output("export_pdf", "OUTPUT_FOLDER")
        )
        add_child(
            model,
            child_id,
            "regionatlas:exportstructureimage",
            f"Export {name}",
            {
                "LAYERS": layers,
                "SORT_BY_GEOMETRY": static(True),
                "APPLY_STYLES": static(True),
                "FORMAT": static(fmt),
                "DPI": static(dpi),
                "EDITABLE_TEXT": static(True),
                "TITLE": param("TITLE"),
                "SUBTITLE": expression(
                    "'Commuting' || coalesce(' ' || @YEAR, '') || ': nodes, corridors, border "
                    "links and commuting regions'"
                ),
                "SOURCE_TEXT": static("commuting OD table and zones given to the pipeline"),
                "PARAMETERS_TEXT": child_output("structureimage", "METADATA"),
                "FILE_NAME": static("structure_image"),
                "OUTPUT_FOLDER": folder,
            },
            {"OUTPUT_FOLDER": "OUTPUT_FOLDER"} if k == 0 else {},
            5 + k,
        )
    return model


def main() -> int:
    app = QgsApplication([], True)
    app.initQgis()
    # The child algorithms must be registered to be added to a model.
    sys.path.insert(0, str(MODEL.parents[2] / ".build" / "plugins"))
    from RegionAtlas.processing.provider import RegionAtlasProvider

    provider = RegionAtlasProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    model = build()
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    ok = model.toFile(str(MODEL))
    print("wrote" if ok else "FAILED", MODEL)
    app.exitQgis()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
