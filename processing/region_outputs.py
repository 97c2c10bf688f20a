"""Zones and outputs of the commuting-region algorithms.

``regionatlas:commutingregions``, ``regionatlas:laregionsfromindicators`` and
``regionatlas:regionchange`` read zone fields, dissolve regions, and write partitions and region
indicators (joined to zones or as tables) the same way. METHOD and the thresholds are in
``regions_common``; everything method-related is computed in ``regionatlas.commuting.regions``.
"""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..i18n import number, tr
from ..regionatlas.commuting.regions.la_code import la_codes, la_year
from ..regionatlas.commuting.regions.partition import Partition
from ..regionatlas.ids import normalise_id
from .charts import add_report_parameter
from .od_input import ZONES, Zones
from .region_styles import style_regions_on_load
from .regions_common import (
    BORDER_FIELD,
    METADATA,
    METHOD_EURO_ISTAT,
    METHOD_EURO_TEXTBOOK,
    METHOD_SCB,
    METHOD_TOLBERT,
    N_REGIONS,
    OUTPUT,
    OUTPUT_REGIONS,
    REGIONS_STYLE,
    UNITS_STYLE,
    ZONES_NAME_FIELD,
    MethodChoice,
)
from .sinks import add_features, frame_rows, open_sink, qgs_fields, wants_output
from .values import plain as _plain

# -- names -----------------------------------------------------------------------------------


def method_label(choice: MethodChoice) -> str:
    """The method and its key parameters in a few words, for layer names ("SCB, p1 0,20,
    p2 0,075"), so that runs with different methods can be told apart in the map."""
    if choice.index == METHOD_SCB:
        return tr("SCB, p1 {p1}, p2 {p2}").format(
            p1=number(choice.centre_max_out, 2), p2=number(choice.centre_max_single, 3)
        )
    if choice.is_euro:
        if choice.index == METHOD_EURO_ISTAT:
            text = tr("EURO ISTAT variant, {min_size}/{min_sc}, {target_size}/{target_sc}")
        elif choice.index == METHOD_EURO_TEXTBOOK:
            text = tr("EURO textbook, {min_size}/{min_sc}, {target_size}/{target_sc}")
        else:
            text = tr("EURO strict, {min_size}/{min_sc}, {target_size}/{target_sc}")
        return text.format(
            min_size=number(choice.euro.min_size),
            min_sc=number(choice.euro.min_sc, 4, trim=True),
            target_size=number(choice.euro.target_size),
            target_sc=number(choice.euro.target_sc, 4, trim=True),
        )
    if choice.index == METHOD_TOLBERT:
        return tr("Tolbert-Sizer, cut {cut}").format(cut=number(choice.cut_height, 3, trim=True))
    return tr("Leiden, resolution {resolution}, seed {seed}").format(
        resolution=number(choice.resolution, 2, trim=True), seed=choice.seed
    )


# -- zones -------------------------------------------------------------------------------------


def zone_values(zones: Zones, field_name: str | None) -> dict[str, str] | None:
    """Zone id -> text value of one of the zones' fields (None when no field was chosen)."""
    if not field_name:
        return None
    index = zones.fields.lookupField(field_name)
    if index < 0:
        raise QgsProcessingException(
            tr("The zones have no field '{field}'. Their fields are: {names}.").format(
                field=field_name, names=", ".join(zones.fields.names())
            )
        )
    out = {}
    for key, feature in zones.features.items():
        value = normalise_id(_plain(feature.attributes()[index]))
        if value is not None:
            out[key] = value
    return out


def add_zone_field_parameters(alg, with_name: bool = True) -> None:
    alg.addParameter(
        QgsProcessingParameterField(
            BORDER_FIELD,
            tr("Border field of the zones (county or country)"),
            parentLayerParameterName=ZONES,
            optional=True,
        )
    )
    if with_name:
        alg.addParameter(
            QgsProcessingParameterField(
                ZONES_NAME_FIELD,
                tr("Name field of the zones (region names)"),
                parentLayerParameterName=ZONES,
                optional=True,
            )
        )


def dissolve(zones: Zones, partition: Partition, feedback) -> dict[str, QgsGeometry]:
    """Region id -> union of its units' zone geometries (QgsGeometry.unaryUnion)."""
    groups: dict[int, list[QgsGeometry]] = {}
    for unit, k in zip(partition.units.tolist(), partition.region.tolist()):
        geom = zones.geometry.get(unit)
        if k >= 0 and geom is not None and not geom.isEmpty():
            groups.setdefault(k, []).append(geom)
    out = {}
    for k, geoms in groups.items():
        if feedback.isCanceled():
            break
        union = QgsGeometry.unaryUnion(geoms) if len(geoms) > 1 else QgsGeometry(geoms[0])
        if not union.isGeosValid():
            union = union.makeValid()
        out[partition.region_ids[k]] = union
    return out


# -- writing -----------------------------------------------------------------------------------


def write_frame(
    alg,
    parameters: dict,
    name: str,
    context,
    feedback,
    frame: pd.DataFrame,
    text_columns: tuple[str, ...] = (),
    zones: Zones | None = None,
    key: str = "unit_id",
    start: float = 85.0,
) -> tuple[str, int]:
    """Write ``frame`` as a table, or joined to the zones (zone attributes first) by ``key``.

    With zones, only rows whose key is a zone are written (the others are reported).
    Returns the destination id and the number of features written.
    """
    fields = qgs_fields(frame, text_columns=text_columns)
    rows = frame_rows(frame)
    features = []
    if zones is None:
        sink, dest = open_sink(alg, parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry)
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(row)
            features.append(feature)
    else:
        from .sinks import combine_fields

        all_fields = combine_fields(zones.fields, fields)
        source = alg.parameterAsSource(parameters, ZONES, context)
        sink, dest = open_sink(
            alg, parameters, name, context, all_fields, source.wkbType(), zones.crs
        )
        column = list(frame.columns).index(key)
        missing = []
        for row in rows:
            zone = zones.features.get(row[column])
            if zone is None:
                missing.append(str(row[column]))
                continue
            feature = QgsFeature(all_fields)
            feature.setGeometry(zones.geometry[row[column]])
            feature.setAttributes(list(zone.attributes()) + row)
            features.append(feature)
        if missing:
            feedback.pushWarning(
                tr("{n} unit(s) have no zone and are left off the map: {ids}.").format(
                    n=number(len(missing)),
                    ids=", ".join(missing[:10]) + (" …" if len(missing) > 10 else ""),
                )
            )
    add_features(sink, features, feedback, start)
    return dest, len(features)


def add_region_outputs(alg, units_label: str, regions_label: str, report: bool) -> None:
    """Declare OUTPUT (the units), OUTPUT_REGIONS (optional, made by default), OUTPUT_REPORT
    when ``report``, and the outputs METADATA and N_REGIONS."""
    alg.addParameter(
        QgsProcessingParameterFeatureSink(
            OUTPUT, units_label, QgsProcessing.SourceType.TypeVectorAnyGeometry
        )
    )
    alg.addParameter(
        QgsProcessingParameterFeatureSink(
            OUTPUT_REGIONS,
            regions_label,
            QgsProcessing.SourceType.TypeVectorAnyGeometry,
            optional=True,
            createByDefault=True,
        )
    )
    if report:
        add_report_parameter(alg)
    alg.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance (JSON)")))
    alg.addOutput(QgsProcessingOutputNumber(N_REGIONS, tr("Number of regions")))


def write_region_outputs(
    alg,
    parameters: dict,
    context,
    feedback,
    units_dest: str,
    regions: pd.DataFrame,
    zones: Zones | None,
    styling: tuple,
) -> dict:
    """Style the units output ``units_dest`` on load, and write and style OUTPUT_REGIONS when
    it is asked for. ``styling``: (provenance, geometries, colours, names, units title,
    regions title). Returns the results {OUTPUT: ..., OUTPUT_REGIONS: ...}."""
    provenance, geometries, colours, names, units_title, regions_title = styling
    results = {OUTPUT: units_dest}
    style_regions_on_load(context, units_dest, UNITS_STYLE, provenance, units_title, colours, names)
    if wants_output(parameters, OUTPUT_REGIONS):
        dest = write_regions(alg, parameters, context, feedback, regions, geometries, zones)
        results[OUTPUT_REGIONS] = dest
        style_regions_on_load(
            context, dest, REGIONS_STYLE, provenance, regions_title, colours, names
        )
    return results


def write_regions(
    alg,
    parameters: dict,
    context,
    feedback,
    frame: pd.DataFrame,
    geometries: dict[str, QgsGeometry] | None,
    zones: Zones | None,
    name: str = OUTPUT_REGIONS,
    start: float = 92.0,
) -> str:
    """Region indicators as dissolved polygons (with zones) or as a table."""
    text = (
        "region_id",
        LA_CODE_FIELD,
        "region_name",
        "centre",
        "largest_outside_destination",
        "border_areas",
    )
    fields = qgs_fields(frame, text_columns=tuple(c for c in text if c in frame.columns))
    if geometries is None or zones is None:
        sink, dest = open_sink(alg, parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry)
    else:
        source = alg.parameterAsSource(parameters, ZONES, context)
        wkb = QgsWkbTypes.multiType(source.wkbType())
        sink, dest = open_sink(alg, parameters, name, context, fields, wkb, zones.crs)
    features = []
    for row in frame_rows(frame):
        feature = QgsFeature(fields)
        if geometries is not None:
            geom = geometries.get(row[0])
            if geom is not None:
                geom = QgsGeometry(geom)
                geom.convertToMultiType()
                feature.setGeometry(geom)
        feature.setAttributes(row)
        features.append(feature)
    add_features(sink, features, feedback, start)
    return dest


# -- SCB's LA codes --------------------------------------------------------------------------

#: Parameter: the year of the data, which SCB's LA codes carry ("LA2201").
LA_YEAR = "LA_YEAR"
#: Field of the LA code in the unit and region outputs.
LA_CODE_FIELD = "la_code"


def add_la_year_parameter(alg) -> None:
    """Declare the optional LA_YEAR (the year in SCB's LA codes)."""
    alg.addParameter(
        QgsProcessingParameterNumber(
            LA_YEAR,
            tr("SCB: year of the data, for the LA codes (LA + year + number)"),
            QgsProcessingParameterNumber.Type.Integer,
            optional=True,
            minValue=0,
        )
    )


def add_la_codes(
    alg,
    parameters: dict,
    context,
    feedback,
    partition: Partition,
    units: pd.DataFrame,
    regions: pd.DataFrame,
    year_hint: str = "",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``units`` and ``regions`` with SCB's LA code (field la_code, after region_id).

    The year is LA_YEAR, else ``year_hint`` (the year of the OD rows used) when it is one.
    Without a year, or when the codes depend on centre sizes that are not known, the field is
    there but empty and the log says why (see :mod:`regionatlas.commuting.regions.la_code`).
    """
    raw = parameters.get(LA_YEAR)
    value = None if raw in (None, "") else alg.parameterAsInt(parameters, LA_YEAR, context)
    year = la_year(value, LA_YEAR)
    if year is None and year_hint:
        try:
            year = la_year(year_hint, LA_YEAR)
        except ValueError:
            year = None
    result = la_codes(
        partition.diagnostics["centres"],
        year,
        largest_first=bool(partition.diagnostics.get("centres_by_size", True)),
    )
    if year is None:
        feedback.pushInfo(
            tr(
                "The LA codes (field {field}) are left empty: give the year of the data in "
                "'{parameter}'."
            ).format(field=LA_CODE_FIELD, parameter=LA_YEAR)
        )
    elif result.undetermined:
        feedback.pushWarning(
            tr(
                "The LA codes (field {field}) are left empty: SCB numbers a region by its "
                "largest centre, and without sizes it is not known which centre is the largest "
                "in {regions}. Choose the size field (employed residents)."
            ).format(
                field=LA_CODE_FIELD,
                regions=", ".join("-".join(group) for group in result.undetermined),
            )
        )
    else:
        codes = sorted(c for c in result.codes if c)
        feedback.pushInfo(
            tr(
                "LA codes {first} to {last}, numbered in the order of the main centre's code."
            ).format(first=codes[0], last=codes[-1])
        )
    codes = pd.Series(result.codes, dtype=object)
    region_codes = codes.tolist()
    unit_codes = [region_codes[int(k)] if k >= 0 else None for k in partition.region.tolist()]
    units = units.copy()
    regions = regions.copy()
    at = list(units.columns).index("region_id") + 1 if "region_id" in units.columns else 1
    units.insert(at, LA_CODE_FIELD, pd.Series(unit_codes, index=units.index, dtype=object))
    at = list(regions.columns).index("region_id") + 1 if "region_id" in regions.columns else 0
    regions.insert(at, LA_CODE_FIELD, pd.Series(region_codes, index=regions.index, dtype=object))
    return units, regions
