"""regionatlas:relinknotes - match notes to a new or re-imported layer by key."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..compat import qgs_field
from ..i18n import tr
from ..regionatlas.notes.errors import StoreError
from .base import RegionAtlasAlgorithm
from .notes_common import add_store_parameter, store_from_parameters
from .notes_features import FeatureCopier, layer_dataset_key, layer_geometry, layer_geometry_type
from .shapes import from_wkb

INPUT = "INPUT"
KEY_FIELD = "KEY_FIELD"
OLD_DATASET = "OLD_DATASET"
OUTPUT = "OUTPUT"
MATCHED = "MATCHED"
UNMATCHED = "UNMATCHED"
LINKS_UPDATED = "LINKS_UPDATED"
REPORT = "REPORT"


class RelinkNotesAlgorithm(RegionAtlasAlgorithm):
    NAME = "relinknotes"
    GROUP_ID = "notes"

    def display_name(self) -> str:
        return tr("Re-link stakeholder notes to a layer")

    def help_text(self) -> str:
        return tr(
            "Matches the notes of a dataset to a new or re-imported layer by the value of its "
            "key field (never by feature id): links whose key the layer has get the layer's "
            "current geometry and label copy (and move to the layer's dataset key when its "
            "data source changed); links whose key the layer lacks are left as they were, "
            "visible through their old geometry copy, and listed in the output layer and the "
            "log.<br><br>"
            "Source: the user guide, section Stakeholder notes (notes are linked to features by a "
            "key field, never by feature id).<br><br>"
            "<b>Parameters</b><br>"
            "<i>Notes store</i>: the GeoPackage file, a PostgreSQL conninfo, a pg service name, "
            "or <tt>pgconn:&lt;name&gt;</tt>.<br>"
            "<i>New layer</i>: the layer the notes should point to now.<br>"
            "<i>Key field</i>: the field holding the key the notes were linked with (e.g. "
            "kommunkod, or the uuid field the notes dock added).<br>"
            "<i>Old dataset key</i>: the dataset key the notes were linked to (e.g. "
            "<tt>ogr:kommuner_2023.gpkg|kommuner</tt>); empty: the new layer's own key (a "
            "re-import of the same source).<br>"
            "<i>Notes that could not be matched</i>: one feature per unmatched link key with "
            "its old geometry copy, label and number of notes."
        )

    def initAlgorithm(self, config=None) -> None:
        add_store_parameter(self)
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                INPUT, tr("New layer"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(KEY_FIELD, tr("Key field"), parentLayerParameterName=INPUT)
        )
        self.addParameter(
            QgsProcessingParameterString(OLD_DATASET, tr("Old dataset key"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                OUTPUT,
                tr("Notes that could not be matched"),
                QgsProcessing.SourceType.TypeVectorAnyGeometry,
                optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(MATCHED, tr("Matched feature keys")))
        self.addOutput(QgsProcessingOutputNumber(UNMATCHED, tr("Unmatched feature keys")))
        self.addOutput(QgsProcessingOutputNumber(LINKS_UPDATED, tr("Links updated")))
        self.addOutput(QgsProcessingOutputString(REPORT, tr("Report")))

    def run_algorithm(self, parameters, context, feedback) -> dict:
        layer = self.parameterAsVectorLayer(parameters, INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, INPUT))
        key_field = self.parameterAsString(parameters, KEY_FIELD, context)
        new_key = layer_dataset_key(layer)
        old_key = (self.parameterAsString(parameters, OLD_DATASET, context) or "").strip()
        old_key = old_key or new_key
        with store_from_parameters(self, parameters, context) as store:
            try:
                copier = FeatureCopier(layer, key_field, store.srid, context.transformContext())
            except StoreError as exc:
                raise QgsProcessingException(str(exc)) from None
            copies = copier.all_copies(feedback)
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user; nothing was changed."))
            if not copies:
                raise QgsProcessingException(
                    tr("The layer {layer} has no values in the key field {field}.").format(
                        layer=layer.name(), field=key_field
                    )
                )
            before = {lk.feature_key: lk for lk in store.linked_features(old_key)}
            counts = store.note_counts(old_key)
            if not before:
                feedback.pushWarning(
                    tr("The store has no notes linked to the dataset {key}.").format(key=old_key)
                )
            report = store.relink(old_key, copies, new_key if new_key != old_key else None)
            srid = store.srid
        feedback.setProgress(80)
        fields = QgsFields()
        for name, kind in (
            ("dataset_key", "String"),
            ("feature_key", "String"),
            ("label", "String"),
            ("notes", "Int"),
        ):
            fields.append(qgs_field(name, kind))
        wkb_type, family = layer_geometry_type(
            before[k].geometry_wkb for k in report.unmatched if k in before
        )
        sink, dest_id = self.parameterAsSink(
            parameters,
            OUTPUT,
            context,
            fields,
            wkb_type,
            QgsCoordinateReferenceSystem(f"EPSG:{srid}"),
        )
        for key in report.unmatched:
            link = before.get(key)
            if sink is None:
                break
            feature = QgsFeature(fields)
            feature.setAttributes([old_key, key, link.label if link else None, counts.get(key, 0)])
            if link is not None and link.geometry_wkb and family is not None:
                feature.setGeometry(layer_geometry(from_wkb(link.geometry_wkb), family))
            sink.addFeature(feature)
        lines = [
            tr("Dataset {old} -> {new} (key field {field}).").format(
                old=old_key, new=new_key, field=key_field
            ),
            tr("{n} feature keys matched, {links} links updated.").format(
                n=len(report.matched), links=report.links_updated
            ),
            tr("{n} feature keys could not be matched ({notes} notes keep their old copy).").format(
                n=len(report.unmatched), notes=len(report.unmatched_notes)
            ),
        ]
        if report.unmatched:
            lines.append(tr("Unmatched keys: {keys}").format(keys=", ".join(report.unmatched)))
        for line in lines:
            feedback.pushInfo(line)
        result = {
            MATCHED: len(report.matched),
            UNMATCHED: len(report.unmatched),
            LINKS_UPDATED: report.links_updated,
            REPORT: "\n".join(lines),
        }
        if sink is not None:
            result[OUTPUT] = dest_id
        return result
