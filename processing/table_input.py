"""Adapter: the chosen fields of a QGIS table as a DataFrame of plain Python values."""

from __future__ import annotations

import pandas as pd
from qgis.core import QgsFeatureRequest, QgsProcessingException

from ..i18n import tr
from .values import plain as _plain


def read_columns(source, names: list[str], feedback, what: str) -> pd.DataFrame:
    """The chosen fields of a table as a DataFrame of plain Python values (NULL -> None)."""
    fields = source.fields()
    for name in names:
        if fields.lookupField(name) < 0:
            raise QgsProcessingException(
                tr("The {what} has no field '{field}'. Its fields are: {names}.").format(
                    what=what, field=name, names=", ".join(fields.names())
                )
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
