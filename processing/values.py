"""Adapter: features and attribute values of QGIS sources as plain Python values."""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsProcessingFeatureSource

from ..i18n import tr


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


def id_field_index(source, id_field: str, no_field: str, **words) -> int:
    """Index of ``id_field`` in ``source``; raises ``no_field`` (translated, with ``{field}``,
    ``{names}`` and any other ``words``) when the layer has no such field."""
    index = source.fields().lookupField(id_field)
    if index < 0:
        raise QgsProcessingException(
            no_field.format(field=id_field, names=", ".join(source.fields().names()), **words)
        )
    return index


def chosen_field(alg, parameters, name, context, source, required: str | None = None):
    """(field, index in ``source``) chosen for the field parameter ``name``; (None, None)
    when none is (or ``name`` is None). ``required``: the field's label, for "Choose the
    <label>." when none is. A field the layer lacks is refused (processAlgorithm refuses it
    first when the parameter names its parent layer; this keeps any other caller from
    reading another column)."""
    field = alg.parameterAsString(parameters, name, context) if name else ""
    if not field:
        if required:
            raise QgsProcessingException(tr("Choose the {label}.").format(label=required))
        return None, None
    no_field = tr("{parameter}: the layer has no field '{field}'. Its fields are: {names}.")
    return field, id_field_index(source, field, no_field, parameter=name)
