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
