"""processing/sinks.py: rows for features, converted a column at a time, equal to converting
every value with python_value (the definition of a plain attribute value)."""

from __future__ import annotations

import numpy as np
import pandas as pd


def test_frame_rows_equal_value_by_value_conversion(qgis_app):
    from RegionAtlas.processing.sinks import frame_rows, python_value

    frame = pd.DataFrame(
        {
            "text": ["0114", None, np.nan, "Gävle"],
            "real": [1.5, np.nan, 2.0, -0.0],
            "int": [1, 2, 3, 4],
            "flag": [True, False, True, False],
            "nullable": pd.array([1, None, 3, 4], dtype="Int64"),
            "mixed": [np.float64(1.0), pd.NA, "z", np.int64(7)],
            "small": np.array([1, 2, 3, 4], dtype=np.uint8),
            "f32": np.array([1.0, np.inf, np.nan, 2.5], dtype=np.float32),
        }
    )
    expected = [[python_value(v) for v in row] for row in zip(*[frame[c].tolist() for c in frame])]
    rows = frame_rows(frame)
    assert rows == expected
    assert [[type(v) for v in r] for r in rows] == [[type(v) for v in r] for r in expected]
    assert frame_rows(frame.iloc[:0]) == []


def _memory_layer(geometry: str = "Point"):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(
        f"{geometry}?crs=EPSG:3006&field=id:string&field=n:long&field=share:double", "m", "memory"
    )
    assert layer.isValid()
    return layer


def _contents(layer) -> list:
    return [
        (f.attributes(), f.geometry().asWkt() if f.hasGeometry() else None)
        for f in layer.getFeatures()
    ]


def test_write_rows_writes_what_one_feature_per_row_writes(qgis_app, monkeypatch):
    """write_rows fills one QgsFeature row after row: the layer holds exactly what features
    made one per row hold (attributes, geometry or none, in order), also across chunks."""
    from qgis.core import QgsFeedback, QgsGeometry, QgsPointXY
    from RegionAtlas.processing import sinks

    monkeypatch.setattr(sinks, "WRITE_CHUNK", 3)
    rows = [[f"{k:04d}", k, None if k % 4 == 1 else k / 3] for k in range(11)]
    geometries = [
        None if k % 3 == 2 else QgsGeometry.fromPointXY(QgsPointXY(k, 2 * k)) for k in range(11)
    ]
    for shapes in (geometries, None):
        reused, fresh = _memory_layer(), _memory_layer()
        fields = reused.fields()
        written = sinks.write_rows(reused.dataProvider(), fields, rows, QgsFeedback(), 0.0, shapes)
        features = sinks.table_features(fields, rows, shapes)
        sinks.add_features(fresh.dataProvider(), features, QgsFeedback())
        assert written == 11 and _contents(reused) == _contents(fresh)
        assert len({tuple(a) for a, _ in _contents(reused)}) == 11
    assert [g is None for _, g in _contents(reused)] == [True] * 11
    assert [g is None for _, g in _contents(fresh)] == [True] * 11


def test_write_rows_stops_when_cancelled(qgis_app, monkeypatch):
    from qgis.core import QgsFeedback
    from RegionAtlas.processing import sinks

    monkeypatch.setattr(sinks, "WRITE_CHUNK", 2)
    layer = _memory_layer("None")
    feedback = QgsFeedback()
    feedback.cancel()
    assert sinks.write_rows(layer.dataProvider(), layer.fields(), [["a", 1, 0.5]], feedback) == 0
    assert layer.featureCount() == 0
