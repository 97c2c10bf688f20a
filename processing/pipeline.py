"""regionatlas:pipeline - runs the bundled model resources/models/pipeline.model3.

OD table + zones (+ settlements) -> commuting indicators -> commuting regions -> dominant
flows -> settlement hierarchy -> structure image -> PDF and PNG; with a road network also
service areas (drawn in the structure image) and accessibility (nearest service per category,
by zone). The model file is what a
person opens and changes in the model designer; it is the only source of the chain. This
algorithm loads it with QgsProcessingModelAlgorithm.fromFile, offers its parameters and outputs
under their model names (stable ids such as "structureimage:CORRIDORS") and runs it. It adds
what a bare model lacks in QGIS 3.22: the dialog lists the parameters in the order a user reads
them (each table before its fields) with labels in the user's language, required fields start
empty (not on the table's first field, "fid"), and outputs not given (processing.run,
qgis_process) become temporary outputs instead of failing; without a road network the
accessibility steps are taken out of this run's copy of the model (a 3.22 model cannot skip a
step and still run the steps after it), so the bare model needs every input of them.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildParameterSource,
)

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
        "NETWORK": tr("Road network for accessibility (without it no accessibility steps)"),
        "SPEED_FIELD": tr("Speed field of the roads (km/h)"),
        "ONEWAY_FIELD": tr("One-way field of the roads"),
        "MAX_SNAP": tr("Maximum snapping distance to the roads (m)"),
        "CONNECTOR_SPEED": tr("Speed from a point to the nearest road (km/h)"),
        "SERVICE_POINTS": tr("Services (e.g. grocery stores, schools)"),
        "SERVICE_ID_FIELD": tr("Service id field"),
        "SERVICE_CATEGORY_FIELD": tr("Service category field"),
        "THRESHOLDS": tr("Service-area thresholds (minutes, comma separated)"),
        "ORIGINS": tr("Population points (origins of the accessibility)"),
        "ORIGINS_ID_FIELD": tr("Id field of the population points"),
        "ORIGINS_POPULATION_FIELD": tr("Population field of the population points"),
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
        "structureimage:SERVICE_AREAS": tr("Structure image: service areas"),
        "serviceareas:SERVICE_AREAS": tr("Service areas"),
        "accessibility:ACCESSIBILITY": tr("Accessibility: nearest service"),
        "accessibility:ACCESSIBILITY_ZONES": tr("Accessibility by zone"),
        "export_pdf:OUTPUT_FOLDER": tr("Folder for the PDF and PNG"),
    }


def load_model() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm()
    if not model.fromFile(str(MODEL)):
        raise QgsProcessingException(
            tr("The bundled model {path} could not be read.").format(path=MODEL)
        )
    return model


#: The model's optional accessibility steps (child ids) and what each needs besides NETWORK.
ACCESSIBILITY_STEPS = {"serviceareas": ("SERVICE_POINTS",), "accessibility": ("ORIGINS",)}


def _given(values: dict, name: str) -> bool:
    return values.get(name) not in (None, "")


def _drop_step(model: QgsProcessingModelAlgorithm, child_id: str) -> None:
    """Leave the optional step ``child_id`` out of this run of the model (and the structure
    image without its service areas)."""
    if child_id == "serviceareas":
        image = model.childAlgorithm("structureimage")
        image.addParameterSources(
            "SERVICE_AREAS", [QgsProcessingModelChildParameterSource.fromStaticValue(None)]
        )
        model.setChildAlgorithm(image)
    if not model.removeChildAlgorithm(child_id):
        raise QgsProcessingException(
            tr("The step {step} of the bundled model could not be left out.").format(step=child_id)
        )


def choose_accessibility_steps(model: QgsProcessingModelAlgorithm, values: dict, feedback) -> None:
    """The wrapper's decision on the optional steps (a QGIS 3.22 model cannot skip a step
    whose input is empty and still run the steps after it): with NETWORK, service areas around
    SERVICE_POINTS (drawn in the structure image) and, with ORIGINS, the nearest service per
    category from the population points, by zone; without NETWORK, neither step runs.
    Inputs given for a step that cannot run are an error, never silently ignored."""
    if not _given(values, "NETWORK"):
        stray = [
            name
            for name in ("SERVICE_POINTS", "ORIGINS", "SPEED_FIELD", "ONEWAY_FIELD")
            if _given(values, name)
        ]
        if stray:
            raise QgsProcessingException(
                tr(
                    "{names} given without a road network (NETWORK): the accessibility steps "
                    "need one. Give NETWORK or leave these out."
                ).format(names=", ".join(stray))
            )
        for child_id in ACCESSIBILITY_STEPS:
            _drop_step(model, child_id)
        model.updateDestinationParameters()
        return
    for needed, field in (("SERVICE_POINTS", "SERVICE_ID_FIELD"), ("ORIGINS", "ORIGINS_ID_FIELD")):
        if needed == "SERVICE_POINTS" and not _given(values, needed):
            raise QgsProcessingException(
                tr(
                    "A road network (NETWORK) is given but no services (SERVICE_POINTS): the "
                    "service areas and the accessibility need them."
                )
            )
        if _given(values, needed) and not _given(values, field):
            raise QgsProcessingException(
                tr("Choose the id field ({field}) of {layer}.").format(field=field, layer=needed)
            )
    if not _given(values, "ORIGINS"):
        feedback.pushInfo(
            tr(
                "No population points (ORIGINS): the accessibility step is left out; the "
                "structure image shows the service areas."
            )
        )
        _drop_step(model, "accessibility")
        model.updateDestinationParameters()


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
            "Source: the user guide, section Structure image; the bundled model "
            "resources/models/pipeline.model3 (open it in the model designer to change a "
            "step).<br><br><b>Parameters</b><br>"
            "<i>OD table</i> and its fields, <i>year</i>: as in Commuting indicators.<br>"
            "<i>Zones</i> with <i>id</i>, <i>name</i> and <i>border</i> (county) fields.<br>"
            "<i>Settlements</i> (optional) with <i>id</i>, <i>name</i>, <i>zone id</i> (the OD "
            "id of the zone they lie in), <i>population</i> and <i>border</i> fields.<br>"
            "<i>Title</i> of the image.<br>"
            "Accessibility (optional): with a <i>road network</i> (its <i>speed</i> and "
            "<i>one-way</i> fields, <i>snapping distance</i> and <i>connector speed</i> as in "
            "Service areas) and <i>services</i> (<i>id</i> and <i>category</i> fields), the "
            "model also computes service areas for the <i>thresholds</i> (minutes) and draws "
            "them in the structure image; with <i>population points</i> (<i>id</i> and "
            "<i>population</i> fields) it adds the travel time to the nearest service of each "
            "category, per point and per zone (Accessibility). Without a road network these "
            "steps are left out.<br>"
            "Outputs keep the model's names: indicators:INDICATORS, "
            "regions:COMMUTING_REGIONS, dominantflows:DOMINANT_NODES, "
            "dominantflows:DOMINANT_LINKS, hierarchy:HIERARCHY, structureimage:NODES, "
            "structureimage:CORRIDORS, structureimage:BORDER_LINKS, structureimage:REGIONS, "
            "structureimage:SERVICE_AREAS, serviceareas:SERVICE_AREAS, "
            "accessibility:ACCESSIBILITY, accessibility:ACCESSIBILITY_ZONES and "
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
        choose_accessibility_steps(model, values, feedback)
        results, ok = model.run(values, context, feedback, {}, False)
        if not ok:
            raise QgsProcessingException(tr("The pipeline model did not finish."))
        names = {output.name() for output in self.outputDefinitions()}
        # Outputs of steps left out (or not written, such as service areas without a network)
        # are not results.
        return {key: value for key, value in results.items() if key in names and value is not None}
