"""regionatlas:pipeline - runs the bundled model resources/models/pipeline.model3.

OD table + zones (+ settlements) -> commuting indicators -> commuting regions -> dominant
flows -> settlement hierarchy -> structure image -> PDF and PNG. The model file is what a
person opens and changes in the model designer; it is the only source of the chain. This
algorithm loads it with QgsProcessingModelAlgorithm.fromFile, offers its parameters and outputs
under their model names (stable ids such as "structureimage:CORRIDORS") and runs it. It adds
what a bare model lacks in QGIS 3.22: the dialog lists the parameters in the order a user reads
them (each table before its fields) with labels in the user's language, required fields start
empty (not on the table's first field, "fid"), and outputs not given (processing.run,
qgis_process) become temporary outputs instead of failing.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingModelAlgorithm

from ..i18n import tr
from .base import RegionAtlasAlgorithm

MODEL = Path(__file__).resolve().parents[1] / "resources" / "models" / "pipeline.model3"


def parameter_labels() -> dict[str, str]:
    """The model's parameters in the order a user fills them in, with translated labels
    (QGIS adds "[optional]" itself)."""
    return {
        "INPUT": tr("Commuting OD table (layer, table or CSV)"),
        "ORIGIN_FIELD": tr("Origin (home unit) field"),
        "DESTINATION_FIELD": tr("Destination (work unit) field"),
        "COUNT_FIELD": tr("Count field (employed persons)"),
        "YEAR_FIELD": tr("Year field"),
        "YEAR": tr("Year to use"),
        "ZONES": tr("Zones (municipalities)"),
        "ZONES_ID_FIELD": tr("Zone id field"),
        "ZONES_NAME_FIELD": tr("Zone name field"),
        "BORDER_FIELD": tr("Border field of the zones (county)"),
        "SETTLEMENTS": tr("Settlements (without them the zones are the nodes)"),
        "SETTLEMENTS_ID_FIELD": tr("Settlement id field"),
        "SETTLEMENTS_NAME_FIELD": tr("Settlement name field"),
        "SETTLEMENTS_ZONE_FIELD": tr("Zone id of each settlement"),
        "POPULATION_FIELD": tr("Population field of the settlements"),
        "SETTLEMENTS_BORDER_FIELD": tr("Border field of the settlements (county)"),
        "MAX_LENGTH_KM": tr("Longest corridor in km (empty = from the extent, 0 = no limit)"),
        "TITLE": tr("Title"),
        "indicators:INDICATORS": tr("Commuting indicators"),
        "regions:COMMUTING_REGIONS": tr("Commuting regions"),
        "dominantflows:DOMINANT_NODES": tr("Dominant flows: nodes"),
        "dominantflows:DOMINANT_LINKS": tr("Dominant flows: links"),
        "hierarchy:HIERARCHY": tr("Settlement hierarchy"),
        "structureimage:NODES": tr("Structure image: nodes"),
        "structureimage:CORRIDORS": tr("Structure image: corridors"),
        "structureimage:BORDER_LINKS": tr("Structure image: border links"),
        "structureimage:REGIONS": tr("Structure image: functional regions"),
        "export_pdf:OUTPUT_FOLDER": tr("Folder for the PDF and PNG"),
    }


def load_model() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm()
    if not model.fromFile(str(MODEL)):
        raise QgsProcessingException(
            tr("The bundled model {path} could not be read.").format(path=MODEL)
        )
    return model


class PipelineAlgorithm(RegionAtlasAlgorithm):
    NAME = "pipeline"
    GROUP_ID = "structureimage"
    ICON = "structureimage.svg"

    def __init__(self) -> None:
        super().__init__()
        self.model = load_model()

    def flags(self):
        # The model exports print layouts: main thread (architecture.md).
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def display_name(self) -> str:
        return tr("Pipeline: from commuting to a structure image")

    def help_text(self) -> str:
        return tr(
            "Runs the whole chain on an OD table, zones and (optionally) settlements: "
            "commuting indicators, commuting regions (SCB LA method), dominant flows "
            "(Nystuen &amp; Dacey), settlement hierarchy (population classes), the structure "
            "image (two largest corridors per node, border links, commuting regions) and its "
            "export to an A3 PDF (300 dpi) and PNG (150 dpi) in the output folder. Without "
            "settlements the zones are the nodes, classed by their employed residents.<br><br>"
            "Source: RegionAtlas spec structure-image.md; the bundled model "
            "resources/models/pipeline.model3 (open it in the model designer to change a "
            "step).<br><br><b>Parameters</b><br>"
            "<i>OD table</i> and its fields, <i>year</i>: as in Commuting indicators.<br>"
            "<i>Zones</i> with <i>id</i>, <i>name</i> and <i>border</i> (county) fields.<br>"
            "<i>Settlements</i> (optional) with <i>id</i>, <i>name</i>, <i>zone id</i> (the OD "
            "id of the zone they lie in), <i>population</i> and <i>border</i> fields.<br>"
            "<i>Title</i> of the image.<br>"
            "Outputs keep the model's names: indicators:INDICATORS, "
            "regions:COMMUTING_REGIONS, dominantflows:DOMINANT_NODES, "
            "dominantflows:DOMINANT_LINKS, hierarchy:HIERARCHY, structureimage:NODES, "
            "structureimage:CORRIDORS, structureimage:BORDER_LINKS, structureimage:REGIONS and "
            "export_pdf:OUTPUT_FOLDER (structure_image.pdf and structure_image.png); outputs "
            "not given are temporary."
        )

    def initAlgorithm(self, config=None) -> None:
        definitions = {d.name(): d for d in self.model.parameterDefinitions()}
        labels = parameter_labels()
        order = [name for name in labels if name in definitions]
        order += sorted(name for name in definitions if name not in labels)
        for name in order:
            copy = definitions[name].clone()
            if name in labels:
                copy.setDescription(labels[name])
            if copy.isDestination():
                # Not given = temporary (the model itself would fail in QGIS 3.22).
                copy.setFlags(copy.flags() | copy.FlagOptional)
            elif (
                copy.type() == "field"
                and copy.defaultValue() is None
                and not copy.flags() & copy.FlagOptional
            ):
                # An empty default: the dialog does not preselect the table's first field.
                copy.setDefaultValue("")
            self.addParameter(copy)

    def run_algorithm(self, parameters, context, feedback) -> dict:
        values = dict(parameters)
        for definition in self.model.destinationParameterDefinitions():
            if values.get(definition.name()) in (None, ""):
                values[definition.name()] = "TEMPORARY_OUTPUT"
        model = load_model()
        results, ok = model.run(values, context, feedback, {}, False)
        if not ok:
            raise QgsProcessingException(tr("The pipeline model did not finish."))
        names = {output.name() for output in self.outputDefinitions()}
        return {key: value for key, value in results.items() if key in names}
