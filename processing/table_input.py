"""Adapter: the fields of a QGIS table as a DataFrame of plain Python values."""

from __future__ import annotations

import pandas as pd
from qgis.core import QgsFeatureRequest, QgsProcessingException

from ..i18n import tr
from ..regionatlas.ids import normalise_id
from .values import plain as _plain


def chosen_field_name(alg, parameters: dict, name: str, context, label: str, required: bool = True):
    """The field the parameter ``name`` names, or None when none was chosen; raises "Choose
    the {label}." when it is ``required``."""
    value = alg.parameterAsString(parameters, name, context)
    if not value and required:
        raise QgsProcessingException(tr("Choose the {label}.").format(label=label))
    return value or None


def require_fields(fields, names, message: str, **words) -> None:
    """Raise ``message`` (translated, with ``{field}``, ``{names}`` and ``words``) for the
    first of ``names`` (None and empty names skipped) that ``fields`` lacks."""
    for name in names:
        if name and fields.lookupField(name) < 0:
            raise QgsProcessingException(
                message.format(field=name, names=", ".join(fields.names()), **words)
            )


def read_columns(source, names: list[str], feedback, what: str) -> pd.DataFrame:
    """The chosen fields of a table as a DataFrame of plain Python values (NULL -> None)."""
    fields = source.fields()
    require_fields(
        fields,
        names,
        tr("The {what} has no field '{field}'. Its fields are: {names}."),
        what=what,
    )
    names = list(dict.fromkeys(names))
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(names, fields)
    index = [fields.lookupField(n) for n in names]
    rows = []
    for k, feature in enumerate(source.getFeatures(request), start=1):
        if k % 50000 == 0 and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        attrs = feature.attributes()
        rows.append([_plain(attrs[i]) for i in index])
    return pd.DataFrame(rows, columns=names, dtype=object)


def read_all_fields(source, feedback, id_field: str | None = None, progress_to: float = 20.0):
    """Every field of ``source`` by its own name (types inferred, NULL -> None), the feature
    ids, and each feature's id as text (the normalised value of ``id_field``, else the
    feature id), in the same order; progress up to ``progress_to``, cancel checked."""
    names = source.fields().names()
    columns: dict[str, list] = {name: [] for name in names}
    feature_ids, ids = [], []
    id_index = source.fields().lookupField(id_field) if id_field else -1
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    total = source.featureCount() or 1
    for k, feature in enumerate(source.getFeatures(request), start=1):
        if k % 20000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user."))
            feedback.setProgress(progress_to * k / total)
        attrs = feature.attributes()
        for name, value in zip(names, attrs):
            columns[name].append(_plain(value))
        feature_ids.append(feature.id())
        ids.append(normalise_id(_plain(attrs[id_index])) if id_index >= 0 else str(feature.id()))
    return pd.DataFrame(columns), feature_ids, ids
