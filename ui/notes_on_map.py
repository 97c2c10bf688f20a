"""The notes dock on the map: zooming to and flashing a note's feature (or, when the feature
is gone, its stored geometry copy), the "Notes" marker layer with the number of notes per
feature (ui/notes_markers.py draws it), and selecting markers to open their notes.

Pressing Markers adds the layer without making it the active one, and a marker layer that
becomes active leaves the dock on the features' layer (issue 15).
"""

from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from ..i18n import tr
from ..processing.notes_features import find_features_by_key, layer_dataset_key
from ..regionatlas.notes import Note, StoreError
from .notes_markers import MARKER_PROPERTY, fill_marker_layer, new_marker_layer

#: Margin around zoomed-to geometry copies: a share of the extent
#: (at least of this many map units).
ZOOM_MARGIN_SHARE, ZOOM_MARGIN_MIN = 0.2, 500


class NotesOnMap:
    """Zoom and flash, the marker layer (``dock.marker_layer_id``) and its selection."""

    def __init__(self, dock) -> None:
        self.dock = dock
        dock.ui.markers_button.clicked.connect(dock.refresh_markers)

    def zoom_to_note(self, note: Note) -> None:
        """Zoom to and flash the note's feature on the dock's layer (by key), else its stored
        copy."""
        dock = self.dock
        if dock.iface is None or dock.store is None:
            return
        canvas = dock.iface.mapCanvas()
        links = list(dock.store.links_for_note(note.uuid))
        here = [lk for lk in links if lk.dataset_key == dock.dataset]
        key_field = dock.key_field
        if dock.layer is not None and key_field and here:
            features = []
            for link in here:
                features += find_features_by_key(dock.layer, key_field, link.feature_key)
            if features:
                ids = [f.id() for f in features]
                canvas.zoomToFeatureIds(dock.layer, ids)
                canvas.flashFeatureIds(dock.layer, ids)
                return
        geometries = []
        for link in here or links:
            if link.geometry_wkb:
                geometry = QgsGeometry()
                geometry.fromWkb(link.geometry_wkb)
                geometries.append(geometry)
        if not geometries:
            return
        crs = QgsCoordinateReferenceSystem(f"EPSG:{dock.store.srid}")
        transform = QgsCoordinateTransform(
            crs, canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        extent = None
        for geometry in geometries:
            box = transform.transformBoundingBox(geometry.boundingBox())
            if extent is None:
                extent = box
            else:
                extent.combineExtentWith(box)
        if extent is not None:
            margin = max(extent.width(), extent.height(), ZOOM_MARGIN_MIN) * ZOOM_MARGIN_SHARE
            canvas.setExtent(extent.buffered(margin))
            canvas.refresh()
        canvas.flashGeometries(geometries, crs)

    def marker_layer(self) -> Optional[QgsVectorLayer]:
        dock = self.dock
        if dock.marker_layer_id:
            layer = QgsProject.instance().mapLayer(dock.marker_layer_id)
            if layer is not None:
                return layer
        for layer in QgsProject.instance().mapLayers().values():
            if layer.customProperty(MARKER_PROPERTY):
                dock.marker_layer_id = layer.id()
                return layer
        return None

    def refresh_markers(self, only_if_present: bool = False) -> Optional[QgsVectorLayer]:
        """(Re)build the "Notes" point layer: one point per linked feature with its count."""
        dock = self.dock
        if dock.store is None:
            return None
        layer = self.marker_layer()
        if layer is None and only_if_present:
            return None
        try:
            links = dock.store.linked_features(None)
            counts: dict[tuple[str, str], int] = {}
            for dataset in {lk.dataset_key for lk in links}:
                for key, n in dock.store.note_counts(dataset).items():
                    counts[(dataset, key)] = n
        except StoreError as exc:
            dock.show_message(str(exc))
            return None
        if layer is None:
            layer = new_marker_layer(dock.store.srid, tr("Notes"))
            features_layer = dock.layer
            QgsProject.instance().addMapLayer(layer)
            dock.marker_layer_id = layer.id()
            self.watch_markers(layer)
            if dock.iface is not None and features_layer is not None:
                # QGIS makes a new layer the active one; the user is working on the features
                dock.iface.setActiveLayer(features_layer)
        fill_marker_layer(layer, links, counts)
        return layer

    def watch_markers(self, layer: QgsVectorLayer) -> None:
        """Follow the marker layer's selection (once)."""
        try:
            layer.selectionChanged.disconnect(self.marker_selection_changed)
        except (TypeError, RuntimeError):
            pass
        layer.selectionChanged.connect(self.marker_selection_changed)

    def marker_selection_changed(self, *args) -> None:
        """Selecting markers opens their notes: the features are selected on their layer
        when it is loaded (the dock follows it), else their notes are listed by key."""
        dock = self.dock
        layer = self.marker_layer()
        if layer is None:
            return
        pairs = [(f["dataset_key"], f["feature_key"]) for f in layer.getSelectedFeatures()]
        if not pairs:
            return
        target = self.features_layer({dataset for dataset, _key in pairs})
        if target is not None:
            if target is not dock.layer:
                dock.set_layer(target)
            key_field = dock.key_field
            if key_field is not None:
                ids = []
                for _dataset, key in pairs:
                    ids += [f.id() for f in find_features_by_key(target, key_field, key)]
                if ids:
                    dock.pinned = []
                    target.selectByIds(ids)
                    return
        dock.pinned = pairs
        labels = [f["label"] or f["feature_key"] for f in layer.getSelectedFeatures()]
        dock.feature_label.setText(", ".join(str(x) for x in labels[:3]))
        dock.refresh()

    @staticmethod
    def features_layer(datasets: set) -> Optional[QgsVectorLayer]:
        """The loaded layer of the one dataset the selected markers belong to, if any."""
        if len(datasets) != 1:
            return None
        wanted = next(iter(datasets))
        for candidate in QgsProject.instance().mapLayers().values():
            if (
                isinstance(candidate, QgsVectorLayer)
                and not candidate.customProperty(MARKER_PROPERTY)
                and layer_dataset_key(candidate) == wanted
            ):
                return candidate
        return None
