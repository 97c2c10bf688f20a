"""Adapter: attribute values of QGIS features as plain Python values."""

from __future__ import annotations


def plain(value):
    """QVariant NULL -> None; everything else unchanged."""
    try:
        from qgis.PyQt.QtCore import QVariant

        if isinstance(value, QVariant) and value.isNull():
            return None
    except ImportError:  # pragma: no cover
        pass
    if value is None:
        return None
    if hasattr(value, "isNull") and callable(value.isNull) and value.isNull():
        return None
    return value
