"""Shared adapters of the commuting-region algorithms.

``regionatlas:commutingregions``, ``regionatlas:laregionsfromindicators`` and
``regionatlas:regionchange`` declare the same method parameters (METHOD and each method's
thresholds), write partitions and region indicators the same way, join them to zones, colour
regions so that neighbours differ, and write HTML reports with matplotlib charts. Everything
method-related is computed in ``regionatlas.commuting.regions``; this module only moves values
between QGIS and the core.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..i18n import number, tr
from ..regionatlas.commuting.regions import (
    euro_regions,
    leiden_regions,
    scb_regions,
    tolbert_sizer_regions,
)
from ..regionatlas.commuting.regions.parameters import (
    LEIDEN_RESOLUTION,
    LEIDEN_SEED,
    SCB_CENTRE_MAX_OUT,
    SCB_CENTRE_MAX_SINGLE,
    TOLBERT_CUT_HEIGHT,
    TTWA_MIN_SC,
    TTWA_MIN_SIZE,
    TTWA_TARGET_SC,
    TTWA_TARGET_SIZE,
    EuroParameters,
    check_share,
)
from ..regionatlas.commuting.regions.partition import Partition
from ..regionatlas.errors import InputError
from ..regionatlas.ids import normalise_id
from ..regionatlas.report.charts import regions_per_year_png as core_regions_per_year_png
from ..regionatlas.report.charts import validity_scatter_png
from ..regionatlas.report.html import img  # noqa: F401  (used by the region reports)
from .charts import (  # noqa: F401  (used by the region reports)
    add_report_parameter,
    html_table,
    in_own_thread,
    key_value_table,
)
from .od_input import ZONES, Zones, _plain
from .region_styles import (  # noqa: F401  (the region algorithms use them from here)
    NO_REGION_COLOUR,
    PALETTE,
    RegionStylePostProcessor,
    region_colours,
    style_regions_on_load,
)
from .sinks import add_features, frame_rows, qgs_fields

# -- public parameter names (API: never change) ----------------------------------------------
METHOD = "METHOD"
CENTRE_MAX_OUT = "CENTRE_MAX_OUT"
CENTRE_MAX_SINGLE = "CENTRE_MAX_SINGLE"
MIN_SIZE = "MIN_SIZE"
MIN_SC = "MIN_SC"
TARGET_SIZE = "TARGET_SIZE"
TARGET_SC = "TARGET_SC"
CUT_HEIGHT = "CUT_HEIGHT"
RESOLUTION = "RESOLUTION"
SEED = "SEED"
BORDER_FIELD = "BORDER_FIELD"
ZONES_NAME_FIELD = "ZONES_NAME_FIELD"
OUTPUT = "OUTPUT"
OUTPUT_REGIONS = "OUTPUT_REGIONS"
OUTPUT_REPORT = "OUTPUT_REPORT"
METADATA = "METADATA"
N_REGIONS = "N_REGIONS"

#: METHOD choices; the order is public API (issue 3).
METHOD_SCB, METHOD_EURO_ISTAT, METHOD_EURO_STRICT, METHOD_TOLBERT, METHOD_LEIDEN = range(5)
METHOD_EURO_TEXTBOOK = 5  # appended: saved models keep the indices above
METHODS_EURO = (METHOD_EURO_ISTAT, METHOD_EURO_STRICT, METHOD_EURO_TEXTBOOK)

UNITS_STYLE = "commuting_regions_units.qml"
REGIONS_STYLE = "commuting_regions.qml"


def method_names() -> list[str]:
    return [
        tr("SCB local labour markets (LA regions)"),
        tr("EURO / TTWA, ISTAT variant (final reserve assignment without validity check)"),
        tr("EURO / TTWA, strict (every final region valid)"),
        tr("Tolbert-Sizer commuting zones"),
        tr("Network communities (Leiden, modularity)"),
        tr("EURO / TTWA, textbook (every validity from cluster totals)"),
    ]


def method_source(index: int) -> str:
    return [
        tr(
            "Statistics Sweden (SCB), Lokala arbetsmarknader (LA) - method description: a unit "
            "is a centre when p1 <= CENTRE_MAX_OUT and p2 <= CENTRE_MAX_SINGLE; other units "
            "follow their largest destination."
        ),
        tr(
            "Coombes M. & Bond S. (2008), Travel-to-Work Areas: the 2007 review, ONS; Eurostat "
            "(2020), European harmonised labour market areas; Franconi L., D'Alò M. & Ichim D. "
            "(2016), Istat implementation of the algorithm to develop Labour Market Areas "
            "(ISTAT variant: reserve-list units are finally assigned without a validity check)."
        ),
        tr(
            "Coombes M. & Bond S. (2008), Travel-to-Work Areas: the 2007 review, ONS, and the "
            "CURDS/ONS TTWA program (strict variant: every final area has V >= 1)."
        ),
        tr(
            "Tolbert C. M. & Sizer M. (1996), U.S. commuting zones and labor market areas, USDA "
            "ERS; Fowler C. S., Rhubart D. C. & Jensen L. (2016) for the cut height 0.977 of the "
            "2010 zones."
        ),
        tr(
            "Traag V. A., Waltman L. & van Eck N. J. (2019), From Louvain to Leiden: guaranteeing "
            "well-connected communities, Scientific Reports 9, 5233; directed modularity "
            "(Leicht & Newman 2008)."
        ),
        tr(
            "Coombes M. & Bond S. (2008), Travel-to-Work Areas: the 2007 review, ONS; Eurostat "
            "(2020), European harmonised labour market areas (textbook variant: the published "
            "procedure with every validity computed from cluster totals)."
        ),
    ][index]


def method_help() -> str:
    """Help text of METHOD and its parameters (shared by commutingregions and regionchange)."""
    return tr(
        "<i>Method</i>: 0 SCB local labour markets; 1 EURO/TTWA, ISTAT variant: reproduces "
        "ISTAT's program LabourMarketAreas step by step, which is what produces ISTAT's and "
        "Eurostat's published areas (including its quirks: a cluster that has just lost a unit "
        "is judged by its weakest member and flow, so it is usually taken apart; reserve-list "
        "units are finally assigned to their best-linked region without a validity check, so a "
        "few regions may have V < 1); 2 EURO/TTWA strict (textbook steps, then the validity "
        "check stays on: every region has V >= 1, units that fit nowhere stay unassigned; on "
        "the UK example data it reproduces 716 of the 785 areas of the original CURDS/ONS "
        "program exactly, which forms more small areas); 3 "
        "Tolbert-Sizer commuting zones; 4 network communities (Leiden, directed modularity; "
        "needs the Python packages igraph and leidenalg); 5 EURO/TTWA textbook (the published "
        "procedure with every validity from cluster totals, reserve-list units finally "
        "assigned without a validity check).<br>"
        "<i>SCB: centre max. share working elsewhere p1</i> (CENTRE_MAX_OUT, 0.20) and "
        "<i>centre max. share to the largest destination p2</i> (CENTRE_MAX_SINGLE, 0.075): a "
        "unit is a centre when both hold; every other unit follows its largest destination "
        "until a centre (or a mutual pair, a multi-centre region).<br>"
        "<i>EURO: minimum size, minimum self-containment, target size, target "
        "self-containment</i> (MIN_SIZE, MIN_SC, TARGET_SIZE, TARGET_SC; UK TTWA 3500, 0.6667, "
        "25000, 0.75; ISTAT's example 1000, 0.6667, 10000, 0.75): sizes are employed "
        "residents, self-containment min(internal flow / R, internal flow / W); a region is "
        "valid when its validity V >= 1. They also give every method's V in the outputs.<br>"
        "<i>Tolbert-Sizer: cut height</i> (CUT_HEIGHT, 0.977; 0.98 in 1990): the average-"
        "linkage tree of the distances 1 - (F[i,j] + F[j,i]) / min(R[i], R[j]) is cut there; a "
        "higher cut gives fewer, larger zones.<br>"
        "<i>Leiden: resolution</i> (RESOLUTION, 1.0; higher gives more, smaller regions) and "
        "<i>seed</i> (SEED, 42; the same seed gives the same partition).<br>"
    )


def add_method_parameters(alg, with_method: bool = True) -> None:
    """Declare METHOD and every method's thresholds with the named defaults of the core.

    Shares are not bounded in the parameter definitions so that an out-of-range value gets
    a message that says what is wrong (see :func:`read_method`).
    """
    if with_method:
        alg.addParameter(
            QgsProcessingParameterEnum(METHOD, tr("Method"), method_names(), defaultValue=0)
        )
    number = QgsProcessingParameterNumber
    integer, double = number.Type.Integer, number.Type.Double

    def add(name, label, kind, default, decimals=None, **kwargs):
        definition = number(name, label, kind, default, **kwargs)
        if decimals is not None:
            definition.setMetadata({"widget_wrapper": {"decimals": decimals}})
        alg.addParameter(definition)

    add(
        CENTRE_MAX_OUT,
        tr("SCB: centre max. share working in another unit (p1)"),
        double,
        SCB_CENTRE_MAX_OUT,
        decimals=3,
    )
    add(
        CENTRE_MAX_SINGLE,
        tr("SCB: centre max. share working in the largest destination (p2)"),
        double,
        SCB_CENTRE_MAX_SINGLE,
        decimals=3,
    )
    if not with_method:
        return
    # person counts are whole numbers; shares get the decimals their published values have
    add(MIN_SIZE, tr("EURO: minimum size (employed residents)"), integer, int(TTWA_MIN_SIZE))
    add(MIN_SC, tr("EURO: minimum self-containment"), double, TTWA_MIN_SC, decimals=4)
    add(
        TARGET_SIZE,
        tr("EURO: target size (employed residents)"),
        integer,
        int(TTWA_TARGET_SIZE),
    )
    add(TARGET_SC, tr("EURO: target self-containment"), double, TTWA_TARGET_SC, decimals=4)
    add(CUT_HEIGHT, tr("Tolbert-Sizer: cut height"), double, TOLBERT_CUT_HEIGHT, decimals=3)
    add(RESOLUTION, tr("Leiden: resolution"), double, LEIDEN_RESOLUTION, decimals=2)
    add(SEED, tr("Leiden: random seed"), integer, LEIDEN_SEED, minValue=0)


@dataclass(frozen=True)
class MethodChoice:
    """The method and its checked parameters."""

    index: int
    centre_max_out: float
    centre_max_single: float
    euro: EuroParameters
    cut_height: float
    resolution: float
    seed: int

    @property
    def name(self) -> str:
        return method_names()[self.index]

    @property
    def source(self) -> str:
        return method_source(self.index)

    def used_parameters(self) -> dict[str, object]:
        """The parameters the chosen method itself uses."""
        if self.index == METHOD_SCB:
            return {CENTRE_MAX_OUT: self.centre_max_out, CENTRE_MAX_SINGLE: self.centre_max_single}
        if self.index in METHODS_EURO:
            return self.euro.as_dict()
        if self.index == METHOD_TOLBERT:
            return {CUT_HEIGHT: self.cut_height}
        return {RESOLUTION: self.resolution, SEED: self.seed}

    @property
    def is_euro(self) -> bool:
        return self.index in METHODS_EURO

    def label(self) -> str:
        """The method and its key parameters in a few words, for layer names ("SCB, p1 0,20,
        p2 0,075"), so that runs with different methods can be told apart in the map."""
        if self.index == METHOD_SCB:
            return tr("SCB, p1 {p1}, p2 {p2}").format(
                p1=number(self.centre_max_out, 2), p2=number(self.centre_max_single, 3)
            )
        if self.is_euro:
            text = (
                tr("EURO ISTAT variant, {min_size}/{min_sc}, {target_size}/{target_sc}")
                if self.index == METHOD_EURO_ISTAT
                else tr("EURO strict, {min_size}/{min_sc}, {target_size}/{target_sc}")
            )
            return text.format(
                min_size=number(self.euro.min_size),
                min_sc=number(self.euro.min_sc, 4, trim=True),
                target_size=number(self.euro.target_size),
                target_sc=number(self.euro.target_sc, 4, trim=True),
            )
        if self.index == METHOD_TOLBERT:
            return tr("Tolbert-Sizer, cut {cut}").format(cut=number(self.cut_height, 3, trim=True))
        return tr("Leiden, resolution {resolution}, seed {seed}").format(
            resolution=number(self.resolution, 2, trim=True), seed=self.seed
        )


def leiden_install_hint() -> str:
    return tr(
        "The network-communities method (Leiden) needs the Python packages 'igraph' and "
        "'leidenalg', which are not installed in the Python that QGIS uses. Install them: on "
        "Debian/Ubuntu 'sudo apt install python3-igraph python3-leidenalg'; elsewhere, in the "
        "OSGeo4W shell or QGIS's Python, 'python -m pip install igraph leidenalg'. Then restart "
        "QGIS, or choose another method."
    )


def read_method(alg, parameters: dict, context, with_method: bool = True) -> MethodChoice:
    """Read and check METHOD and all thresholds (before any input is read or output made)."""
    index = alg.parameterAsEnum(parameters, METHOD, context) if with_method else METHOD_SCB
    max_out = check_share(
        alg.parameterAsDouble(parameters, CENTRE_MAX_OUT, context), CENTRE_MAX_OUT
    )
    max_single = check_share(
        alg.parameterAsDouble(parameters, CENTRE_MAX_SINGLE, context), CENTRE_MAX_SINGLE
    )
    if not with_method:
        return MethodChoice(
            index,
            max_out,
            max_single,
            EuroParameters(),
            TOLBERT_CUT_HEIGHT,
            LEIDEN_RESOLUTION,
            LEIDEN_SEED,
        )
    euro = EuroParameters.checked(
        alg.parameterAsDouble(parameters, MIN_SIZE, context),
        alg.parameterAsDouble(parameters, MIN_SC, context),
        alg.parameterAsDouble(parameters, TARGET_SIZE, context),
        alg.parameterAsDouble(parameters, TARGET_SC, context),
    )
    cut = check_share(alg.parameterAsDouble(parameters, CUT_HEIGHT, context), CUT_HEIGHT)
    resolution = alg.parameterAsDouble(parameters, RESOLUTION, context)
    if not resolution > 0:
        raise InputError(
            tr("Parameter RESOLUTION = {value} must be larger than 0.").format(value=resolution)
        )
    seed = alg.parameterAsInt(parameters, SEED, context)
    if index == METHOD_LEIDEN:
        try:
            import igraph  # noqa: F401
            import leidenalg  # noqa: F401
        except ImportError:
            raise QgsProcessingException(leiden_install_hint()) from None
    return MethodChoice(index, max_out, max_single, euro, cut, resolution, seed)


def run_method(
    table,
    choice: MethodChoice,
    feedback,
    names: dict[str, str] | None = None,
    start: float = 40.0,
    end: float = 80.0,
) -> Partition:
    """Run the chosen method on an ODTable with progress and cancellation passed through."""

    def progress(p: float) -> None:
        feedback.setProgress(start + (end - start) * p / 100.0)

    common = {"names": names, "progress": progress, "cancelled": feedback.isCanceled}
    if choice.index == METHOD_SCB:
        return scb_regions(table, choice.centre_max_out, choice.centre_max_single, **common)
    if choice.is_euro:
        p = choice.euro
        variant = {METHOD_EURO_STRICT: "strict", METHOD_EURO_TEXTBOOK: "textbook"}.get(
            choice.index, "istat"
        )
        return euro_regions(
            table, p.min_size, p.min_sc, p.target_size, p.target_sc, variant=variant, **common
        )
    if choice.index == METHOD_TOLBERT:
        return tolbert_sizer_regions(table, choice.cut_height, **common)
    return leiden_regions(table, choice.resolution, choice.seed, **common)


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


def _sink(alg, parameters, name, context, fields, wkb, crs=None):
    if crs is None:
        sink, dest = alg.parameterAsSink(parameters, name, context, fields, wkb)
    else:
        sink, dest = alg.parameterAsSink(parameters, name, context, fields, wkb, crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    return sink, dest


def wants_output(parameters: dict, name: str) -> bool:
    """An optional feature sink the caller asked for (not skipped)."""
    value = parameters.get(name)
    if value is None:
        return False
    if hasattr(value, "sink"):
        return bool(value.sink.staticValue())
    return bool(str(value))


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
        sink, dest = _sink(alg, parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry)
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(row)
            features.append(feature)
    else:
        from .sinks import combine_fields

        all_fields = combine_fields(zones.fields, fields)
        source = alg.parameterAsSource(parameters, ZONES, context)
        sink, dest = _sink(alg, parameters, name, context, all_fields, source.wkbType(), zones.crs)
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
    text = ("region_id", "region_name", "centre", "largest_outside_destination", "border_areas")
    fields = qgs_fields(frame, text_columns=tuple(c for c in text if c in frame.columns))
    if geometries is None or zones is None:
        sink, dest = _sink(alg, parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry)
    else:
        source = alg.parameterAsSource(parameters, ZONES, context)
        wkb = QgsWkbTypes.multiType(source.wkbType())
        sink, dest = _sink(alg, parameters, name, context, fields, wkb, zones.crs)
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


# -- reading plain tables ----------------------------------------------------------------------


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


# -- report charts -----------------------------------------------------------------------------


def scatter_png(regions: pd.DataFrame, params: EuroParameters) -> str:
    """Size / self-containment scatter of the regions with the validity curve V = 1."""
    labels = {
        "valid": tr("valid (V >= 1)"),
        "invalid": tr("not valid (V < 1)"),
        "curve": tr("validity curve V = 1"),
        "x": tr("Region size: employed residents R (log scale)"),
        "y": tr("Self-containment min(S/R, S/W)"),
        "title": tr("Size and self-containment of the regions"),
    }
    return in_own_thread(validity_scatter_png, regions, params, labels)


def regions_per_year_png(per_year: pd.DataFrame) -> str:
    """Number of regions per year (bars) and the largest region's share (line)."""
    labels = {
        "regions": tr("Number of regions"),
        "year": tr("Year"),
        "title": tr("Regions per year"),
        "share": tr("Share in the largest region"),
    }
    return in_own_thread(core_regions_per_year_png, per_year, labels)
