"""Adapters: write core results (pandas DataFrames) to Processing sinks, and style them.

Field types follow the frame's dtypes (text, integer, real, boolean); NaN and None become
NULL. Styles are bundled QML files applied by a layer post-processor when the output is
loaded, with the algorithm's provenance written into the layer's metadata.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsLayerMetadata,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from ..compat import qgs_field

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"

#: Keep post-processors alive until QGIS has run them (QGIS holds only a raw pointer).
_POST_PROCESSORS: dict[str, QgsProcessingLayerPostProcessorInterface] = {}


def qgs_fields(frame: pd.DataFrame, text_columns: tuple[str, ...] = ()) -> QgsFields:
    """QgsFields for the columns of ``frame``; ``text_columns`` are forced to text."""
    fields = QgsFields()
    for name in frame.columns:
        dtype = frame[name].dtype
        if name in text_columns or pd.api.types.is_object_dtype(dtype):
            sample = frame[name].dropna()
            if (
                name not in text_columns
                and len(sample)
                and all(isinstance(v, (bool, np.bool_)) for v in sample)
            ):
                fields.append(qgs_field(name, "Bool"))
            else:
                fields.append(qgs_field(name, "String"))
        elif pd.api.types.is_bool_dtype(dtype):
            fields.append(qgs_field(name, "Bool"))
        elif pd.api.types.is_integer_dtype(dtype):
            fields.append(qgs_field(name, "LongLong"))
        else:
            fields.append(qgs_field(name, "Double"))
    return fields


def python_value(value):
    """numpy scalars -> Python; NaN/None -> None (NULL)."""
    if value is None:
        return None
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if value is pd.NA:
        return None
    return value


def column_values(series: pd.Series) -> list:
    """One column as plain Python values (NaN/None/NA -> None), converted a column at a time:
    numeric columns by numpy, only object columns value by value (and plain text as is)."""
    kind = series.dtype.kind if isinstance(series.dtype, np.dtype) else "O"
    if kind in "iub":
        return series.to_numpy().tolist()
    if kind == "f":
        values = series.to_numpy(dtype=float)
        out = values.tolist()
        for k in np.flatnonzero(np.isnan(values)).tolist():
            out[k] = None
        return out
    return [v if type(v) is str else python_value(v) for v in series.tolist()]


def frame_rows(frame: pd.DataFrame) -> list[list]:
    """Rows of ``frame`` as lists of plain Python values (see :func:`column_values`)."""
    if not len(frame):
        return []
    columns = [column_values(frame[c]) for c in frame.columns]
    return [list(row) for row in zip(*columns)]


#: Features written between two progress reports and cancellation checks.
WRITE_CHUNK = 5000


def add_features(sink, features: list[QgsFeature], feedback, start: float = 80.0) -> None:
    """Add features in chunks with progress; cancellation stops before anything is partial."""
    total = max(len(features), 1)
    chunk = WRITE_CHUNK
    for k in range(0, len(features), chunk):
        if feedback.isCanceled():
            return
        sink.addFeatures(features[k : k + chunk], QgsFeatureSink.Flag.FastInsert)
        feedback.setProgress(start + (100.0 - start) * min(k + chunk, total) / total)


def write_rows(
    sink,
    fields: QgsFields,
    rows: list[list],
    feedback,
    start: float = 80.0,
    geometries=None,
) -> int:
    """Write one feature per row (an attribute list under ``fields``; with ``geometries``,
    one QgsGeometry or None per row) and return how many were written.

    One QgsFeature is filled and handed to the sink row after row: sinks copy what they
    are given (QgsFeature is implicitly shared, a later change detaches the copy), so no
    feature object per row is made or kept; a million rows need no million Python objects.
    Progress and cancellation every :data:`WRITE_CHUNK` rows; after a cancellation the
    caller reports it (as with :func:`add_features`)."""
    feature = QgsFeature(fields)
    add = sink.addFeature
    fast = QgsFeatureSink.Flag.FastInsert
    total = max(len(rows), 1)
    written = 0
    for k in range(0, len(rows), WRITE_CHUNK):
        if feedback.isCanceled():
            return written
        chunk = rows[k : k + WRITE_CHUNK]
        if geometries is None:
            for row in chunk:
                feature.setAttributes(row)
                add(feature, fast)
        else:
            for row, geometry in zip(chunk, geometries[k : k + WRITE_CHUNK]):
                feature.setAttributes(row)
                if geometry is None:
                    feature.clearGeometry()
                else:
                    feature.setGeometry(geometry)
                add(feature, fast)
        written += len(chunk)
        feedback.setProgress(start + (100.0 - start) * written / total)
    return written


def table_features(fields: QgsFields, rows: list[list], geometries=None) -> list[QgsFeature]:
    """Features carrying ``rows`` (one attribute list each) under ``fields``; with
    ``geometries`` (one QgsGeometry or None per row) the geometry of each."""
    features = []
    for row, geometry in zip(rows, geometries if geometries is not None else [None] * len(rows)):
        feature = QgsFeature(fields)
        feature.setAttributes(list(row))
        if geometry is not None:
            feature.setGeometry(geometry)
        features.append(feature)
    return features


def joined_features(fields: QgsFields, pairs) -> list[QgsFeature]:
    """Each (original feature, row): its geometry and attributes with ``row`` appended, under
    ``fields`` (the original fields followed by the row's, see :func:`combine_fields`)."""
    features = []
    for original, row in pairs:
        feature = QgsFeature(fields)
        feature.setGeometry(original.geometry())
        feature.setAttributes(list(original.attributes()) + list(row))
        features.append(feature)
    return features


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a bundled QML and records provenance in the layer metadata."""

    def __init__(self, qml: str | None, provenance: str, title: str | None = None) -> None:
        super().__init__()
        self.qml = qml
        self.provenance = provenance
        self.title = title

    def postProcessLayer(self, layer, context, feedback) -> None:
        if not isinstance(layer, QgsVectorLayer) and not hasattr(layer, "loadNamedStyle"):
            return
        path = STYLES / self.qml if self.qml else None
        if path is not None and path.exists():
            _message, ok = layer.loadNamedStyle(str(path))
            if not ok:
                feedback.pushWarning(f"Style {path.name} could not be applied: {_message}")
            from .style_labels import translate_legend

            translate_legend(layer)  # the QML's English class labels in the user's language
            layer.triggerRepaint()
        metadata = layer.metadata() if hasattr(layer, "metadata") else QgsLayerMetadata()
        metadata.setAbstract(self.provenance)
        if self.title:
            metadata.setTitle(self.title)
        layer.setMetadata(metadata)


def style_on_load(
    context, dest_id: str, qml: str | None, provenance: str, title: str | None = None
) -> None:
    """Ask QGIS to style the output ``dest_id`` with ``qml`` when it is loaded."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    processor = StylePostProcessor(qml, provenance, title)
    _POST_PROCESSORS[dest_id] = processor
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


def combine_fields(first: QgsFields, second: QgsFields) -> QgsFields:
    """``first`` then ``second``; clashing names in ``second`` get a suffix (QGIS's rule)."""
    return QgsProcessingUtils.combineFields(first, second)


def open_sink(alg, parameters: dict, name: str, context, fields, wkb, crs=None):
    """The feature sink ``name`` of ``alg``, or a clear error when it cannot be made."""
    if crs is None:
        sink, dest = alg.parameterAsSink(parameters, name, context, fields, wkb)
    else:
        sink, dest = alg.parameterAsSink(parameters, name, context, fields, wkb, crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    return sink, dest


def wants_output(parameters: dict, name: str) -> bool:
    """An optional feature sink the caller asked for (not skipped)."""
    value = parameters.get(name)
    if value is None:
        return False
    if hasattr(value, "sink"):
        return bool(value.sink.staticValue())
    return bool(str(value))
