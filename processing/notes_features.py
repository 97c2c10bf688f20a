"""Adapters shared by the notes algorithms and the notes dock: copies of layer features.

A link keeps a copy of its feature (geometry as WKB in the store's CRS, label from the
layer's display expression), found again by its key field value, never by fid; exports and
re-links write those copies into one layer of one geometry family.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsWkbTypes,
)

from ..i18n import tr
from ..regionatlas.notes.dockstate import label_expression
from ..regionatlas.notes.errors import StoreError
from ..regionatlas.notes.keys import dataset_key, feature_key
from ..regionatlas.notes.output_geometry import MIXED, output_family
from .values import plain as _plain


def layer_dataset_key(layer) -> str:
    """The stable dataset key of a QGIS layer (data source, not layer id)."""
    return dataset_key(layer.providerType(), layer.source())


def to_store_transform(layer_crs, srid: int, transform_context=None) -> QgsCoordinateTransform:
    target = QgsCoordinateReferenceSystem(f"EPSG:{srid}")
    return QgsCoordinateTransform(
        layer_crs, target, transform_context or QgsProject.instance().transformContext()
    )


class FeatureCopier:
    """Makes (key, geometry WKB in the store CRS, label) copies of a layer's features."""

    def __init__(self, layer, key_field: str, srid: int, transform_context=None) -> None:
        self.layer = layer
        self.key_field = key_field
        self.index = layer.fields().lookupField(key_field)
        if self.index < 0:
            raise StoreError(
                tr("The layer {layer} has no field {field}.").format(
                    layer=layer.name(), field=key_field
                )
            )
        self.transform = to_store_transform(layer.crs(), srid, transform_context)
        names = [f.name() for f in layer.fields()]
        self.expression = QgsExpression(
            label_expression(layer.displayExpression(), names, key_field)
        )
        self.context = QgsExpressionContext()
        # appendScopes takes ownership; the list constructor does not (double free at exit)
        self.context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        self.expression.prepare(self.context)

    def key(self, feature) -> str | None:
        return feature_key(_plain(feature.attribute(self.index)))

    def copy(self, feature) -> tuple[str | None, bytes | None, str | None]:
        geometry = feature.geometry()
        wkb = None
        if geometry is not None and not geometry.isEmpty():
            geometry = type(geometry)(geometry)
            try:
                geometry.transform(self.transform)
                wkb = bytes(geometry.asWkb())
            except Exception:  # QgsCsException: outside the store's CRS area
                wkb = None
        self.context.setFeature(feature)
        label = self.expression.evaluate(self.context)
        label = None if label is None or _plain(label) is None else str(label)
        return self.key(feature), wkb, label

    def all_copies(self, feedback=None) -> dict[str, tuple[bytes | None, str | None]]:
        copies = {}
        total = max(self.layer.featureCount(), 1)
        for i, feature in enumerate(self.layer.getFeatures()):
            if feedback is not None:
                if feedback.isCanceled():
                    break
                feedback.setProgress(50.0 * i / total)
            key, wkb, label = self.copy(feature)
            if key is not None:
                copies[key] = (wkb, label)
        return copies


#: Output layer type of each family (see regionatlas/notes/output_geometry.py).
_MULTI = {
    "point": QgsWkbTypes.Type.MultiPoint,
    "line": QgsWkbTypes.Type.MultiLineString,
    "polygon": QgsWkbTypes.Type.MultiPolygon,
    MIXED: QgsWkbTypes.Type.MultiPoint,
}


def layer_geometry_type(wkbs):
    """(QGIS wkb type, family) of one output layer for the geometry copies *wkbs*: the multi
    type of the only family present; points ("mixed") when families are mixed; no geometry
    (None) when there is none."""
    family = output_family(wkbs)
    return (QgsWkbTypes.Type.NoGeometry if family is None else _MULTI[family]), family


def layer_geometry(geometry: QgsGeometry, family: str | None) -> QgsGeometry:
    """*geometry* as the output layer's type (see :func:`layer_geometry_type`)."""
    geometry = QgsGeometry(geometry)
    if family == MIXED:
        geometry = geometry.pointOnSurface()
    geometry.convertToMultiType()
    return geometry


def find_features_by_key(layer, key_field: str, key: str) -> list:
    """Features of *layer* whose key field holds *key* (text comparison, not fid)."""
    expression = QgsExpression.createFieldEqualityExpression(key_field, key)
    features = list(layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))
    if not features:  # numeric fields: compare as text
        index = layer.fields().lookupField(key_field)
        features = [
            f for f in layer.getFeatures() if feature_key(_plain(f.attribute(index))) == key
        ]
    return features
