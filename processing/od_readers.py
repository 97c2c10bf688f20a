"""Adapters: the columns of an OD table read as fast as its source allows.

A bare path to a text table goes to the core's CSV reader (``regionatlas.commuting.odcsv``),
a whole OGR layer of a UTF-8 driver through GDAL's Arrow stream, anything else feature by
feature through QGIS. Each reader returns the same values in the same row order.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsProviderRegistry

from ..i18n import tr
from ..regionatlas.commuting.odcsv import NotPlainCsv, read_columns
from ..regionatlas.errors import InputError
from .text_sources import TEXT_SUFFIXES, detected_encoding
from .values import plain


def read_features(source, names: list[str], feedback) -> list[list]:
    """Attribute columns of a QGIS feature source (any provider), without geometry."""
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(names, source.fields())
    idx = [source.fields().lookupField(n) for n in names]
    columns: list[list] = [[] for _ in names]
    total = source.featureCount() or 1
    for k, feature in enumerate(source.getFeatures(request), start=1):
        if k % 50000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user."))
            feedback.setProgress(min(40.0, 40.0 * k / total))
        attrs = feature.attributes()
        for column, i in zip(columns, idx):
            column.append(plain(attrs[i]))
    return columns


def plain_text_path(value) -> Path | None:
    """The file of a parameter value that is a bare path to a text table (.csv, .txt, .tsv),
    or None (a layer, a URI with options, a selection, another format)."""
    if hasattr(value, "source") and hasattr(value, "selectedFeaturesOnly"):
        return None  # a QgsProcessingFeatureSourceDefinition: selection, limits, filters
    if not isinstance(value, str) or "|" in value or "?" in value:
        return None
    path = Path(value)
    if path.suffix.lower() not in TEXT_SUFFIXES or not path.is_file():
        return None
    return path


def read_csv_fast(value, names: list[str], feedback) -> list | None:
    """Read a plain CSV path with the core's reader (every field text), or None to use QGIS.

    OGR's CSV reader yields one QgsFeature per row, which costs about 10 s per million rows;
    the core reads the same text columns (pyarrow) in a fraction of that. Used only for a
    bare path to a text file (no layer options, selection or filter), so the values and the
    row numbers are exactly those QGIS would give. The encoding is the one detected for the
    file (UTF-8, else Windows-1252; see text_sources, which logs it).
    """
    path = plain_text_path(value)
    if path is None:
        return None
    encoding = detected_encoding(path)
    try:
        columns, _ = read_columns(path, names, encoding=encoding)
    except (NotPlainCsv, InputError):
        # e.g. ragged rows or header names OGR reads differently: QGIS reads it instead,
        # in the same encoding (set on the layer by base.prepare_text_sources)
        return None
    feedback.pushInfo(tr("Read the CSV file directly (all fields as text)."))
    return columns


#: OGR drivers whose text is UTF-8 and whose rows the Arrow stream returns as QGIS would.
ARROW_DRIVERS = ("GPKG", "SQLite", "FlatGeobuf", "Parquet", "Arrow")


def read_ogr_arrow(
    alg, parameters, context, names: list[str], feedback, name: str = "INPUT"
) -> list | None:
    """The columns of a whole OGR layer (a GeoPackage table ...) through GDAL's Arrow stream
    (``OGR_L_GetArrowStream``, GDAL 3.6+), or None to read QGIS features.

    A feature at a time costs about 10 s per million rows; the Arrow stream hands over
    column batches (about 0.2 s per million). Used only for a whole layer of one of
    :data:`ARROW_DRIVERS` (no selection, filter or subset), so rows and values are those QGIS
    would give, in the same order.
    """
    value = parameters.get(name)
    if hasattr(value, "source") and hasattr(value, "selectedFeaturesOnly"):
        return None
    try:
        import pyarrow as pa
        from osgeo import ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsPyArrow"):
        return None
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if parts.get("subset"):
        return None
    dataset = ogr.Open(parts.get("path", ""))
    if dataset is None or dataset.GetDriver().GetName() not in ARROW_DRIVERS:
        return None
    if parts.get("layerName"):
        ogr_layer = dataset.GetLayerByName(parts["layerName"])
    else:
        ogr_layer = dataset.GetLayer(int(parts.get("layerId") or 0))
    if ogr_layer is None:
        return None
    definition = ogr_layer.GetLayerDefn()
    fields = [definition.GetFieldDefn(k).GetName() for k in range(definition.GetFieldCount())]
    if any(n not in fields for n in names):
        return None
    ogr_layer.SetIgnoredFields([f for f in fields if f not in names] + ["OGR_GEOMETRY"])
    batches = []
    for k, batch in enumerate(ogr_layer.GetArrowStreamAsPyArrow(["INCLUDE_FID=NO"])):
        if k % 20 == 0 and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        batches.append(batch)
    if not batches:
        return None
    feedback.pushInfo(tr("Read the layer's columns directly (GDAL Arrow stream)."))
    return [pa.chunked_array([b.field(n) for b in batches]) for n in names]
