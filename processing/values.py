"""Adapter: features and attribute values of QGIS sources as plain Python values."""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsProcessingFeatureSource


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


def unchecked_features(source, request: QgsFeatureRequest | None = None):
    """The features of a Processing source read as they are: geometry validity is the
    caller's question (repaired and reported, or irrelevant to routing), so neither the
    request nor the context's invalid-geometry setting drops or stops on one."""
    request = (request or QgsFeatureRequest()).setInvalidGeometryCheck(
        QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
    )
    return source.getFeatures(
        request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
    )
