"""Zones and outputs of the commuting-region algorithms.

``regionatlas:commutingregions``, ``regionatlas:laregionsfromindicators`` and
``regionatlas:regionchange`` read zone fields, dissolve regions, and write partitions and region
indicators (joined to zones or as tables) the same way. METHOD and the thresholds are in
``regions_common``; everything method-related is computed in ``regionatlas.commuting.regions``.
"""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsWkbTypes,
)

from ..i18n import number, tr
from ..regionatlas.commuting.regions.partition import Partition
from ..regionatlas.ids import normalise_id
from .charts import add_report_parameter
from .declare import add_field, add_metadata_output, add_sink
from .la_codes import LA_CODE_FIELD
from .region_styles import region_colours, style_regions_on_load
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
from .sinks import combine_fields, frame_rows, open_sink, qgs_fields, wants_output, write_rows
from .values import plain as _plain
from .zone_input import (
    ZONES,
    Zones,
)

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
    """Declare BORDER_FIELD and (``with_name``) ZONES_NAME_FIELD, optional fields of ZONES."""
    add_field(
        alg, BORDER_FIELD, tr("Border field of the zones (county or country)"), ZONES, optional=True
    )
    if with_name:
        add_field(
            alg,
            ZONES_NAME_FIELD,
            tr("Name field of the zones (region names)"),
            ZONES,
            optional=True,
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
    if zones is None:
        sink, dest = open_sink(alg, parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry)
        return dest, write_rows(sink, fields, rows, feedback, start)
    all_fields = combine_fields(zones.fields, fields)
    source = alg.parameterAsSource(parameters, ZONES, context)
    sink, dest = open_sink(alg, parameters, name, context, all_fields, source.wkbType(), zones.crs)
    column = list(frame.columns).index(key)
    missing, joined, geometries = [], [], []
    for row in rows:
        zone = zones.features.get(row[column])
        if zone is None:
            missing.append(str(row[column]))
            continue
        joined.append(list(zone.attributes()) + row)
        geometries.append(zones.geometry[row[column]])
    if missing:
        feedback.pushWarning(
            tr("{n} unit(s) have no zone and are left off the map: {ids}.").format(
                n=number(len(missing)),
                ids=", ".join(missing[:10]) + (" …" if len(missing) > 10 else ""),
            )
        )
    return dest, write_rows(sink, all_fields, joined, feedback, start, geometries)


def add_region_outputs(alg, units_label: str, regions_label: str, report: bool) -> None:
    """Declare OUTPUT (the units), OUTPUT_REGIONS (optional, made by default), OUTPUT_REPORT
    when ``report``, and the outputs METADATA and N_REGIONS."""
    add_sink(alg, OUTPUT, units_label)
    add_sink(alg, OUTPUT_REGIONS, regions_label, optional=True)
    if report:
        add_report_parameter(alg)
    add_metadata_output(alg, METADATA)
    alg.addOutput(QgsProcessingOutputNumber(N_REGIONS, tr("Number of regions")))


#: Text columns of the units output (the rest are numbers).
UNIT_TEXT = ("unit_id", "region_id", LA_CODE_FIELD, "region_name", "role")


def write_partition(
    alg,
    parameters: dict,
    context,
    feedback,
    partition: Partition,
    regions: pd.DataFrame,
    zones: Zones | None,
    provenance: str,
    titles: tuple[str, str],
    start: float = 85.0,
    units: pd.DataFrame | None = None,
) -> dict:
    """Write OUTPUT (the units, joined to the zones when given) and, when it is asked for,
    OUTPUT_REGIONS (``regions``; the zones dissolved per region), both styled on load with
    colours that differ between neighbouring regions. ``titles``: (units, regions);
    ``units``: the units table when it has more than the partition's columns (LA codes).
    Returns the results {OUTPUT: ..., OUTPUT_REGIONS: ...}."""
    geometries = colours = None
    if zones is not None:
        geometries = dissolve(zones, partition, feedback)
        colours = region_colours(geometries)
    units_dest, _ = write_frame(
        alg,
        parameters,
        OUTPUT,
        context,
        feedback,
        partition.to_frame() if units is None else units,
        UNIT_TEXT,
        zones,
        start=start,
    )
    names = dict(zip(partition.region_ids, partition.region_names))
    units_title, regions_title = titles
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
    rows = frame_rows(frame)
    shapes = None
    if geometries is not None:
        shapes = []
        for row in rows:
            geom = geometries.get(row[0])
            if geom is not None:
                geom = QgsGeometry(geom)
                geom.convertToMultiType()
            shapes.append(geom)
    write_rows(sink, fields, rows, feedback, start, shapes)
    return dest
