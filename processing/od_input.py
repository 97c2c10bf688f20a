"""Adapters: read OD tables and zone layers from QGIS inputs for the core.

Every commuting algorithm has the same public parameters (INPUT, ORIGIN_FIELD,
DESTINATION_FIELD, COUNT_FIELD, optional YEAR_FIELD + YEAR), accepts any table or layer,
including a plain CSV path that OGR opens with every field as text, and reports problems
with the row, the field and the id. The core (:class:`ODTable`) does the validation; this
module only moves values out of QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProviderRegistry,
    QgsWkbTypes,
)

from ..i18n import tr
from ..regionatlas.commuting.odcsv import NotPlainCsv, read_columns, take_rows
from ..regionatlas.commuting.odtable import MAX_EXAMPLES, ODTable, encode_ids
from ..regionatlas.errors import InputError
from ..regionatlas.ids import normalise_id
from .text_sources import TEXT_SUFFIXES, detected_encoding

INPUT = "INPUT"
ORIGIN_FIELD = "ORIGIN_FIELD"
DESTINATION_FIELD = "DESTINATION_FIELD"
COUNT_FIELD = "COUNT_FIELD"
YEAR_FIELD = "YEAR_FIELD"
YEAR = "YEAR"
ZONES = "ZONES"
ZONES_ID_FIELD = "ZONES_ID_FIELD"
MISSING_ZONES = "MISSING_ZONES"

#: MISSING_ZONES choices (order is public API).
MISSING_FAIL, MISSING_DROP = 0, 1


def add_od_parameters(alg) -> None:
    """Declare INPUT and its field parameters on ``alg``."""
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            INPUT,
            tr("Commuting OD table (layer, table or CSV)"),
            [QgsProcessing.SourceType.TypeVector],
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            ORIGIN_FIELD, tr("Origin (home unit) field"), parentLayerParameterName=INPUT
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            DESTINATION_FIELD, tr("Destination (work unit) field"), parentLayerParameterName=INPUT
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            COUNT_FIELD, tr("Count field (employed persons)"), parentLayerParameterName=INPUT
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            YEAR_FIELD, tr("Year field"), parentLayerParameterName=INPUT, optional=True
        )
    )
    alg.addParameter(QgsProcessingParameterString(YEAR, tr("Year to use"), optional=True))


def add_zone_source_parameters(alg, optional: bool, point_allowed: bool = False) -> None:
    """Declare ZONES and ZONES_ID_FIELD."""
    types = [QgsProcessing.SourceType.TypeVectorPolygon]
    if point_allowed:
        types.append(QgsProcessing.SourceType.TypeVectorPoint)
    alg.addParameter(
        QgsProcessingParameterFeatureSource(ZONES, tr("Zones (units)"), types, optional=optional)
    )
    alg.addParameter(
        QgsProcessingParameterField(
            ZONES_ID_FIELD, tr("Zone id field"), parentLayerParameterName=ZONES, optional=optional
        )
    )


def add_zone_parameters(alg, optional: bool, point_allowed: bool = False) -> None:
    """Declare ZONES, ZONES_ID_FIELD and MISSING_ZONES."""
    add_zone_source_parameters(alg, optional, point_allowed)
    alg.addParameter(
        QgsProcessingParameterEnum(
            MISSING_ZONES,
            tr("When OD ids are missing from the zones"),
            [tr("Fail"), tr("Drop those flows and warn")],
            defaultValue=MISSING_FAIL,
        )
    )


def _field_name(alg, parameters, name: str, context, source, label: str, required: bool = True):
    value = alg.parameterAsString(parameters, name, context)
    if not value:
        if required:
            raise QgsProcessingException(tr("Choose the {label}.").format(label=label))
        return None
    if source.fields().lookupField(value) < 0:
        names = ", ".join(source.fields().names())
        raise QgsProcessingException(
            tr("The OD table has no field '{field}' ({label}). Its fields are: {names}.").format(
                field=value, label=label, names=names
            )
        )
    return value


def read_od(
    alg, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> ODTable:
    """Read and validate the OD table named by INPUT and the field parameters."""
    source = alg.parameterAsSource(parameters, INPUT, context)
    if source is None:
        raise QgsProcessingException(tr("The OD table (INPUT) could not be opened."))
    origin = _field_name(alg, parameters, ORIGIN_FIELD, context, source, tr("origin field"))
    destination = _field_name(
        alg, parameters, DESTINATION_FIELD, context, source, tr("destination field")
    )
    count = _field_name(alg, parameters, COUNT_FIELD, context, source, tr("count field"))
    year_field = _field_name(
        alg, parameters, YEAR_FIELD, context, source, tr("year field"), required=False
    )
    year = alg.parameterAsString(parameters, YEAR, context).strip() if YEAR in parameters else ""
    if year and not year_field:
        raise QgsProcessingException(
            tr("A year was given but no year field: choose the year field.")
        )

    names = [origin, destination, count] + ([year_field] if year_field else [])
    columns = _read_csv_fast(parameters.get(INPUT), names, feedback)
    if columns is None:
        columns = _read_ogr_arrow(alg, parameters, context, names, feedback)
    if columns is None:
        columns = _read_features(source, names, feedback)
    feedback.setProgress(40)
    rows = np.arange(1, len(columns[0]) + 1)
    if year_field:
        (codes,), years = encode_ids([columns[3]], [year_field], rows, allow_missing=True)
        years_seen = sorted({y for y in years.tolist() if y is not None})
        if not year:
            if len(years_seen) > 1:
                raise QgsProcessingException(
                    tr(
                        "The table holds several years ({years}): choose one in 'Year to use'."
                    ).format(years=", ".join(years_seen))
                )
            keep = None
        else:
            wanted = np.flatnonzero(years == year)
            keep = np.isin(codes, wanted)
            if not keep.any():
                raise QgsProcessingException(
                    tr("No row has year {year} in field '{field}'. Years present: {years}.").format(
                        year=year, field=year_field, years=", ".join(years_seen)
                    )
                )
        if keep is not None:
            columns = [take_rows(col, keep) for col in columns[:3]]
            rows = rows[keep]
    table = ODTable.from_records(
        columns[0],
        columns[1],
        columns[2],
        origin_field=origin,
        destination_field=destination,
        count_field=count,
        row_numbers=rows,
    )
    for message in table.messages:
        feedback.pushInfo(message)
    feedback.pushInfo(
        tr("OD table: {rows} rows, {units} units, {flows} flows, {total} persons.").format(
            rows=len(rows), units=table.n, flows=table.nnz, total=f"{table.total:,.0f}"
        )
    )
    return table


def _read_features(source, names: list[str], feedback) -> list[list]:
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
            column.append(_plain(attrs[i]))
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


def _read_csv_fast(value, names: list[str], feedback) -> list | None:
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


def _read_ogr_arrow(alg, parameters, context, names: list[str], feedback) -> list | None:
    """The columns of a whole OGR layer (a GeoPackage table ...) through GDAL's Arrow stream
    (``OGR_L_GetArrowStream``, GDAL 3.6+), or None to read QGIS features.

    A feature at a time costs about 10 s per million rows; the Arrow stream hands over
    column batches (about 0.2 s per million). Used only for a whole layer of one of
    :data:`ARROW_DRIVERS` (no selection, filter or subset), so rows and values are those QGIS
    would give, in the same order.
    """
    value = parameters.get(INPUT)
    if hasattr(value, "source") and hasattr(value, "selectedFeaturesOnly"):
        return None
    try:
        import pyarrow as pa
        from osgeo import ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsPyArrow"):
        return None
    layer = alg.parameterAsVectorLayer(parameters, INPUT, context)
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


def _plain(value):
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


@dataclass
class Zones:
    """Zone features keyed by id (text): geometry (repaired) and attributes."""

    crs: QgsCoordinateReferenceSystem
    geometry: dict[str, QgsGeometry] = field(default_factory=dict)
    features: dict[str, object] = field(default_factory=dict)
    fields: object = None
    id_field: str = ""
    is_point: bool = False


def id_field_index(source, id_field: str, no_field: str) -> int:
    """Index of ``id_field`` in ``source``; raises ``no_field`` (translated, with ``{field}``
    and ``{names}``) when the layer has no such field."""
    index = source.fields().lookupField(id_field)
    if index < 0:
        raise QgsProcessingException(
            no_field.format(field=id_field, names=", ".join(source.fields().names()))
        )
    return index


def features_by_id(source, id_index: int, id_field: str, no_value: str, not_unique: str):
    """(id, feature) for each feature of ``source``, the id being the normalised text of field
    ``id_index``. QGIS's own invalid-geometry check is off: the callers repair and report.

    Raises ``no_value`` (translated, with ``{fid}`` and ``{field}``) for a feature without an
    id, and after the last feature ``not_unique`` (with ``{field}`` and ``{ids}``) when ids
    repeat (only the first feature of each id is yielded).
    """
    seen, duplicates = set(), []
    request = QgsFeatureRequest().setInvalidGeometryCheck(
        QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
    )
    flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
    for feature in source.getFeatures(request, flags):
        key = normalise_id(_plain(feature.attributes()[id_index]))
        if key is None:
            raise QgsProcessingException(no_value.format(fid=feature.id(), field=id_field))
        if key in seen:
            duplicates.append(key)
            continue
        seen.add(key)
        yield key, feature
    if duplicates:
        raise QgsProcessingException(not_unique.format(field=id_field, ids=_examples(duplicates)))


def read_zones(
    alg, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> Zones | None:
    """Read ZONES keyed by ZONES_ID_FIELD; repair invalid geometries and say so."""
    source = alg.parameterAsSource(parameters, ZONES, context)
    if source is None:
        return None
    id_field = alg.parameterAsString(parameters, ZONES_ID_FIELD, context)
    if not id_field:
        raise QgsProcessingException(tr("Choose the zone id field (ZONES_ID_FIELD)."))
    id_index = id_field_index(
        source, id_field, tr("The zones have no field '{field}'. Their fields are: {names}.")
    )
    zones = Zones(crs=source.sourceCrs(), fields=source.fields(), id_field=id_field)
    zones.is_point = (
        QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    )
    repaired, empty = [], []
    for key, feature in features_by_id(
        source,
        id_index,
        id_field,
        tr("A zone (feature id {fid}) has no value in '{field}'."),
        tr("Zone ids must be unique; these occur more than once in '{field}': {ids}."),
    ):
        geom = feature.geometry()
        if geom is None or geom.isEmpty():
            empty.append(key)
        elif not geom.isGeosValid():
            fixed = geom.makeValid()
            if fixed.isEmpty():
                raise QgsProcessingException(
                    tr("Zone '{id}' has an invalid geometry that could not be repaired.").format(
                        id=key
                    )
                )
            geom = fixed
            repaired.append(key)
        zones.geometry[key] = geom
        zones.features[key] = feature
    if repaired:
        message = (
            tr("1 invalid zone geometry was repaired (makeValid): {ids}.")
            if len(repaired) == 1
            else tr("{n} invalid zone geometries were repaired (makeValid): {ids}.")
        )
        feedback.pushWarning(message.format(n=len(repaired), ids=_examples(repaired)))
    if empty:
        feedback.pushWarning(
            (
                tr("1 zone has no geometry and gets no lines: {ids}.")
                if len(empty) == 1
                else tr("{n} zones have no geometry and get no lines: {ids}.")
            ).format(n=len(empty), ids=_examples(empty))
        )
    return zones


def _examples(ids: list[str]) -> str:
    shown = ", ".join(ids[:MAX_EXAMPLES])
    return shown + (
        tr(" and {n} more").format(n=len(ids) - MAX_EXAMPLES) if len(ids) > MAX_EXAMPLES else ""
    )


def drop_missing_ids(
    table: ODTable,
    known,
    field: str,
    policy: int,
    feedback: QgsProcessingFeedback,
    texts: tuple[str, str, str],
    empty_error: type[Exception] = QgsProcessingException,
) -> ODTable:
    """Ids of the OD table that are not in ``known``: fail, or drop their flows and warn.

    ``texts`` are translated: which ids are missing from ``field`` (with ``{n}``, ``{field}``,
    ``{ids}`` and ``{persons}``), the hint added when the policy is MISSING_FAIL, and the
    ``empty_error`` raised when no flow remains after dropping.
    """
    missing = [u for u in table.units if u not in known]
    if not missing:
        return table
    missing_text, hint, none_left = texts
    r, c, v = table.coo()
    is_missing = np.isin(table.units, np.array(missing, dtype=object))
    lost = float(v[is_missing[r] | is_missing[c]].sum())
    text = missing_text.format(
        n=len(missing), field=field, ids=_examples(missing), persons=f"{lost:,.0f}"
    )
    if policy == MISSING_FAIL:
        raise QgsProcessingException(text + " " + hint)
    feedback.pushWarning(text + " " + tr("Those flows were dropped."))
    sub = table.restricted_to(~is_missing)
    if sub.nnz == 0:
        raise empty_error(none_left)
    return sub


def check_od_against_zones(
    table: ODTable, zones: Zones, policy: int, feedback: QgsProcessingFeedback
) -> ODTable:
    """Ids of the OD table that are not zones: fail, or drop their flows and warn."""
    texts = (
        tr(
            "{n} id(s) of the OD table are not in the zones' field '{field}': {ids} "
            "({persons} persons in their flows)."
        ),
        tr("Check the id fields (leading zeros?) or choose 'Drop those flows and warn'."),
        tr("No flows remain after dropping the ids missing from the zones."),
    )
    return drop_missing_ids(
        table, set(zones.features), zones.id_field, policy, feedback, texts, InputError
    )


def transform_to(zones: Zones, target: QgsCoordinateReferenceSystem, context) -> None:
    """Reproject the zone geometries in place."""
    transform = QgsCoordinateTransform(zones.crs, target, context.transformContext())
    for key, geom in zones.geometry.items():
        g = QgsGeometry(geom)
        g.transform(transform)
        zones.geometry[key] = g
    zones.crs = target
