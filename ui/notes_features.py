"""The notes dock's feature following: the dock follows the active vector layer and its
selection, picks the layer's key field (an official code before other unique fields, never
the fid) and can add a uuid key field to a layer that has none.

Features are found by their key field value (:mod:`regionatlas.ids` keeps "0114" a string);
which fields can be keys is :func:`regionatlas.notes.dockstate.key_field_candidates`.
"""

from __future__ import annotations

import uuid
from typing import Optional

from qgis.core import QgsDefaultValue, QgsFeature, QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from ..compat import qgs_field
from ..i18n import tr
from ..processing.notes_features import FeatureCopier, layer_dataset_key
from ..regionatlas.ids import normalise_id
from ..regionatlas.notes.dockstate import UUID_FIELD, key_field_candidates
from ..regionatlas.notes.model import DEFAULT_SRID
from .confirm import confirm
from .notes_markers import MARKER_PROPERTY

#: Features read to judge which fields are unique keys (a large layer is sampled).
KEY_SAMPLE = 20000
#: Features named in the dock's heading before "and n more".
NAMED_FEATURES = 3


def is_null(value) -> bool:
    if value is None:
        return True
    if isinstance(value, QVariant):
        return value.isNull()
    return False


def key_candidates(layer: QgsVectorLayer, sample: int = KEY_SAMPLE) -> list[str]:
    """The layer's fields whose (sampled) values identify every feature, best first."""
    names = [f.name() for f in layer.fields()]
    columns: dict[str, list] = {n: [] for n in names}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setLimit(sample)
    for feature in layer.getFeatures(request):
        for name, value in zip(names, feature.attributes()):
            columns[name].append(normalise_id(None if is_null(value) else value))
    return key_field_candidates(columns.items())


class FeatureSelection:
    """The dock's layer (``dock.layer``, ``dock.dataset``), its key field and selection."""

    def __init__(self, dock) -> None:
        self.dock = dock
        ui = dock.ui
        self.layer_label = ui.layer_label
        self.key_combo = ui.key_combo
        self.add_key_button = ui.add_key_button
        self.feature_label = ui.feature_label
        self.key_combo.activated.connect(self.key_field_chosen)
        self.add_key_button.setToolTip(
            tr("Adds a text field {name} filled with uuid() to the layer").format(name=UUID_FIELD)
        )
        self.add_key_button.clicked.connect(self.add_uuid_field)

    def set_layer(self, layer) -> None:
        dock = self.dock
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            layer = None
        if layer is not None and layer.customProperty(MARKER_PROPERTY):
            # Our own marker layer has no notes of its own: the dock stays on the features'
            # layer (its selection is still shown); selecting a marker opens its notes.
            dock.on_map.watch_markers(layer)
            if dock.layer is not None:
                return
            layer = None
        self.disconnect()
        dock.pinned = []
        dock.layer = layer
        dock.dataset = layer_dataset_key(layer) if layer is not None else None
        self.key_combo.blockSignals(True)
        self.key_combo.clear()
        if layer is None:
            self.layer_label.setText(tr("No vector layer active"))
            self.add_key_button.hide()
            self.key_combo.setEnabled(False)
        else:
            layer.selectionChanged.connect(self.selection_changed)
            self.layer_label.setText(layer.name())
            self.layer_label.setToolTip(tr("Dataset key: {key}").format(key=dock.dataset))
            candidates = dock.key_candidates(layer)
            self.key_combo.addItems(candidates)
            chosen = dock.state.key_fields.get(dock.dataset)
            if chosen in candidates:
                self.key_combo.setCurrentText(chosen)
            self.key_combo.setEnabled(bool(candidates))
            self.add_key_button.setVisible(not candidates)
            if candidates and chosen not in candidates:
                dock.state.key_fields[dock.dataset] = candidates[0]
        self.key_combo.blockSignals(False)
        self.selection_changed()

    def disconnect(self) -> None:
        """Stop following the selection of the dock's layer."""
        if self.dock.layer is not None:
            try:
                self.dock.layer.selectionChanged.disconnect(self.selection_changed)
            except (TypeError, RuntimeError):
                pass

    @property
    def key_field(self) -> Optional[str]:
        return self.key_combo.currentText() or None if self.dock.layer is not None else None

    def key_field_chosen(self, *args) -> None:
        dock = self.dock
        if dock.dataset and self.key_field:
            dock.state.key_fields[dock.dataset] = self.key_field
            dock.save_state()
        self.selection_changed()

    def add_uuid_field(self) -> bool:
        """Add a text key field filled with uuid() (default value for new features)."""
        dock = self.dock
        layer = dock.layer
        if layer is None:
            return False
        if not confirm(
            dock,
            tr("Add key field"),
            tr(
                "The layer {layer} has no field that identifies every feature. Add a text "
                "field {name} to its data, filled with a uuid for every feature and for new "
                "features?"
            ).format(layer=layer.name(), name=UUID_FIELD),
            action=tr("Add field"),
        ):
            return False
        provider = layer.dataProvider()
        if layer.fields().lookupField(UUID_FIELD) < 0:
            if not provider.addAttributes([qgs_field(UUID_FIELD, "String", 38)]):
                dock.show_message(
                    tr("The layer {layer} cannot get a new field: {error}").format(
                        layer=layer.name(), error=provider.lastError() or tr("read-only")
                    )
                )
                return False
            layer.updateFields()
        index = layer.fields().lookupField(UUID_FIELD)
        layer.setDefaultValueDefinition(index, QgsDefaultValue("uuid()"))
        changes = {}
        for feature in layer.getFeatures():
            if is_null(feature.attribute(index)):
                changes[feature.id()] = {index: str(uuid.uuid4())}
        if changes and not provider.changeAttributeValues(changes):
            dock.show_message(tr("Could not fill {name}.").format(name=UUID_FIELD))
            return False
        layer.reload()
        dock.state.key_fields[dock.dataset] = UUID_FIELD
        dock.save_state()
        dock.set_layer(layer)
        return True

    def selected_features(self) -> list[QgsFeature]:
        if self.dock.layer is None:
            return []
        return list(self.dock.layer.getSelectedFeatures())

    def selected_keys(self) -> list[tuple[str, QgsFeature]]:
        """(key, feature) of the selected features that have a key value."""
        key = self.key_field
        if key is None:
            return []
        index = self.dock.layer.fields().lookupField(key)
        keys = []
        for feature in self.selected_features():
            value = normalise_id(None if is_null(feature.attribute(index)) else feature[index])
            if value is not None:
                keys.append((value, feature))
        return keys

    def selection_changed(self, *args) -> None:
        layer = self.dock.layer
        keys = self.selected_keys()
        if layer is None:
            self.feature_label.setText(tr("Select a feature to see its notes."))
        elif self.key_field is None:
            self.feature_label.setText(
                tr("The layer has no key field: add one to link notes to its features.")
            )
        elif not keys:
            self.feature_label.setText(
                tr("Select a feature of {layer} to see its notes.").format(layer=layer.name())
            )
        else:
            copier = self.copier()
            names = []
            for key, feature in keys[:NAMED_FEATURES]:
                label = copier.copy(feature)[2] if copier else None
                names.append(f"{label} ({key})" if label and label != key else key)
            more = len(keys) - NAMED_FEATURES
            text = ", ".join(names) + (" " + tr("and {n} more").format(n=more) if more > 0 else "")
            self.feature_label.setText(text)
        self.dock.refresh()

    def copier(self) -> Optional[FeatureCopier]:
        """Copies a selected feature's key, geometry and label for a note's link."""
        dock = self.dock
        if dock.layer is None or self.key_field is None:
            return None
        srid = dock.store.srid if dock.store is not None else DEFAULT_SRID
        return FeatureCopier(dock.layer, self.key_field, srid)
