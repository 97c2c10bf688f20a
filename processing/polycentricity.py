"""regionatlas:polycentricity - morphological and functional polycentricity per region."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsWkbTypes,
)

from ..i18n import number, tr
from ..regionatlas.accessibility.zones import zones_of_points
from ..regionatlas.ids import normalise_id
from ..regionatlas.settlement.polycentricity import MAX_CENTRES, MIN_CENTRES, polycentricity
from .base import RegionAtlasAlgorithm
from .centres_help import polycentricity_help
from .declare import add_enum, add_field, add_metadata_output, add_number, add_sink, add_source
from .od_input import (
    COUNT_FIELD,
    DESTINATION_FIELD,
    INPUT,
    ORIGIN_FIELD,
    add_od_parameters,
    read_od,
)
from .settlement_common import provenance_with
from .shapes import points_xy, shapely_shapes
from .sinks import (
    add_features,
    combine_fields,
    frame_rows,
    joined_features,
    open_sink,
    qgs_fields,
    style_on_load,
    table_features,
)
from .table_input import chosen_field_name, require_fields
from .values import plain as _plain
from .zone_input import (
    _examples,
    features_by_id,
)

CENTRES = "CENTRES"
CENTRES_ID_FIELD = "CENTRES_ID_FIELD"
SIZE_FIELD = "SIZE_FIELD"
REGION_FIELD = "REGION_FIELD"
REGIONS = "REGIONS"
REGIONS_ID_FIELD = "REGIONS_ID_FIELD"
N = "N"
TOO_FEW = "TOO_FEW"
OUTPUT = "OUTPUT"
OUTPUT_REGIONS = "OUTPUT_REGIONS"
METADATA = "METADATA"

#: TOO_FEW choices (order is public API).
TOO_FEW_FAIL, TOO_FEW_FLAG = 0, 1
DEFAULT_N = 3
TEXT_COLUMNS = ("region", "centres", "centre_sizes", "note")


class PolycentricityAlgorithm(RegionAtlasAlgorithm):
    NAME = "polycentricity"
    GROUP_ID = "settlement"
    help_text = staticmethod(polycentricity_help)

    def display_name(self) -> str:
        return tr("Polycentricity (flerkärnighet)")

    def initAlgorithm(self, config=None) -> None:
        add_source(self, CENTRES, tr("Centres (points)"), ("point", "polygon"))
        add_field(self, CENTRES_ID_FIELD, tr("Centre id field"), CENTRES)
        add_field(self, SIZE_FIELD, tr("Size field (population or jobs)"), CENTRES, numeric=True)
        add_field(self, REGION_FIELD, tr("Region field of the centres"), CENTRES, optional=True)
        add_source(self, REGIONS, tr("Or: regions (polygons)"), ("polygon",), optional=True)
        add_field(self, REGIONS_ID_FIELD, tr("Region id field"), REGIONS, optional=True)
        add_number(
            self,
            N,
            tr("Number of centres N"),
            DEFAULT_N,
            MIN_CENTRES,
            MAX_CENTRES,
            integer=True,
        )
        add_enum(
            self,
            TOO_FEW,
            tr("Regions with fewer than N centres"),
            [tr("Fail"), tr("Flag them and use the centres they have")],
            TOO_FEW_FAIL,
        )
        add_od_parameters(self)
        for name in (INPUT, ORIGIN_FIELD, DESTINATION_FIELD, COUNT_FIELD):
            definition = self.parameterDefinition(name)
            definition.setFlags(
                definition.flags() | QgsProcessingParameterDefinition.Flag.FlagOptional
            )
        self.parameterDefinition(INPUT).setDescription(tr("OD table among centres"))
        add_sink(self, OUTPUT, tr("Polycentricity per region"), "table")
        add_sink(self, OUTPUT_REGIONS, tr("Regions with polycentricity"), "polygon", optional=True)
        add_metadata_output(self)

    # -- inputs ---------------------------------------------------------------------------------
    def _field(self, parameters, name, context, source, label, required=True):
        value = chosen_field_name(self, parameters, name, context, label, required)
        require_fields(
            source.fields(),
            [value],
            tr("The {label} '{field}' is not a field of the layer. Its fields are: {names}."),
            label=label,
        )
        return value

    def _regions(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, REGIONS, context)
        if source is None:
            return None
        id_field = self._field(
            parameters, REGIONS_ID_FIELD, context, source, tr("region id field (REGIONS_ID_FIELD)")
        )
        index = source.fields().lookupField(id_field)
        regions = {"source": source, "id_field": id_field, "features": {}, "geometry": {}}
        for key, feature in features_by_id(
            source,
            index,
            id_field,
            tr("A region (feature id {fid}) has no value in '{field}'."),
            tr("Region ids must be unique; these occur more than once in '{field}': {ids}."),
        ):
            geom = feature.geometry()
            if geom is not None and not geom.isEmpty() and not geom.isGeosValid():
                geom = geom.makeValid()
            regions["features"][key] = feature
            regions["geometry"][key] = geom
        return regions

    def _centres(self, parameters, context, feedback, regions):
        source = self.parameterAsSource(parameters, CENTRES, context)
        if source is None:
            raise QgsProcessingException(tr("The centres (CENTRES) could not be opened."))
        id_field = self._field(parameters, CENTRES_ID_FIELD, context, source, tr("centre id field"))
        size_field = self._field(parameters, SIZE_FIELD, context, source, tr("size field"))
        region_field = self._field(
            parameters, REGION_FIELD, context, source, tr("region field"), required=False
        )
        if region_field is None and regions is None:
            raise QgsProcessingException(
                tr(
                    "Give the regions: a region field of the centres (REGION_FIELD) or a "
                    "regions layer (REGIONS) with its id field."
                )
            )
        if region_field is not None and regions is not None:
            raise QgsProcessingException(
                tr("Give either a region field of the centres or a regions layer, not both.")
            )
        fields = source.fields()
        i_id, i_size = fields.lookupField(id_field), fields.lookupField(size_field)
        i_region = fields.lookupField(region_field) if region_field else -1
        features = list(source.getFeatures())
        region_of = None
        if regions is not None:
            region_of = self._region_of_centres(features, source, regions, context)
        rows, outside = [], []
        for feature in features:
            attrs = feature.attributes()
            key = normalise_id(_plain(attrs[i_id]))
            if region_of is not None:
                region = region_of[feature.id()]
                if region is None:
                    outside.append(key or str(feature.id()))
                    continue
            else:
                region = normalise_id(_plain(attrs[i_region]))
            rows.append({"id": key, "region": region, "size": _plain(attrs[i_size])})
        if outside:
            feedback.pushWarning(
                tr("{n} centre(s) lie in no region and were left out: {ids}.").format(
                    n=number(len(outside)), ids=_examples(outside)
                )
            )
        if not rows:
            raise QgsProcessingException(tr("No centre lies in a region."))
        frame = pd.DataFrame(rows, columns=["id", "region", "size"])
        duplicated = frame["id"][frame["id"].duplicated() & frame["id"].notna()].tolist()
        if duplicated:
            raise QgsProcessingException(
                tr(
                    "Centre ids must be unique; these occur more than once in '{field}': {ids}."
                ).format(field=id_field, ids=_examples(duplicated))
            )
        return frame

    @staticmethod
    def _region_of_centres(features, source, regions, context) -> dict:
        """Feature id -> the region its point (or point on surface) lies in, or None
        (the core's point-in-zone search, first listed region on a shared border)."""
        transform = None
        if source.sourceCrs() != regions["source"].sourceCrs():
            transform = QgsCoordinateTransform(
                source.sourceCrs(), regions["source"].sourceCrs(), context.transformContext()
            )
        keys = list(regions["geometry"])
        polygons = shapely_shapes(regions["geometry"][k] for k in keys)
        xy = points_xy([f.geometry() for f in features], transform)
        index = zones_of_points(xy, polygons)
        return {f.id(): (keys[k] if k >= 0 else None) for f, k in zip(features, index)}

    # -- run ------------------------------------------------------------------------------------
    def run_algorithm(self, parameters, context, feedback) -> dict:
        regions = self._regions(parameters, context, feedback)
        centres = self._centres(parameters, context, feedback, regions)
        n = self.parameterAsInt(parameters, N, context)
        on_too_few = (
            "flag"
            if self.parameterAsEnum(parameters, TOO_FEW, context) == TOO_FEW_FLAG
            else "error"
        )
        flows = None
        if self.parameterAsSource(parameters, INPUT, context) is not None:
            flows = read_od(self, parameters, context, feedback)
        feedback.setProgress(50)
        result = polycentricity(centres, n=n, flows=flows, on_too_few=on_too_few)
        for message in result.messages:
            feedback.pushWarning(message)
        table = result.table
        if regions is not None:
            no_centre = [key for key in regions["features"] if key not in set(table["region"])]
            if no_centre:
                feedback.pushWarning(
                    tr("{n} region(s) contain no centre and get no index: {ids}.").format(
                        n=number(len(no_centre)), ids=_examples(no_centre)
                    )
                )
        fields = qgs_fields(table, text_columns=TEXT_COLUMNS)
        sink, dest_id = open_sink(
            self, parameters, OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry
        )
        rows = frame_rows(table)
        features = table_features(fields, rows)
        region_sink = region_id = None
        region_features = []
        if regions is not None:
            source = regions["source"]
            joined = combine_fields(source.fields(), fields)
            region_sink, region_id = self.parameterAsSink(
                parameters, OUTPUT_REGIONS, context, joined, source.wkbType(), source.sourceCrs()
            )
            by_region = {row[0]: row for row in rows}
            empty = [None] * fields.count()
            pairs = ((f, by_region.get(key, empty)) for key, f in regions["features"].items())
            region_features = joined_features(joined, pairs)
        add_features(sink, features, feedback, start=70.0)
        provenance = provenance_with(
            self.provenance(parameters, context),
            {"n": n, "too_few_centres": on_too_few, "functional_index": flows is not None},
        )
        style_on_load(context, dest_id, None, provenance, tr("Polycentricity per region"))
        results = {OUTPUT: dest_id, METADATA: provenance}
        if region_sink is not None:
            add_features(region_sink, region_features, feedback, start=85.0)
            style_on_load(
                context, region_id, "polycentricity.qml", provenance, tr("Polycentricity")
            )
            results[OUTPUT_REGIONS] = region_id
        elif self.parameterAsString(parameters, OUTPUT_REGIONS, context) and regions is None:
            feedback.pushInfo(tr("No regions layer: the regions output is not written."))
        for row in table.itertuples():
            feedback.pushInfo(
                tr("Region {region}: centres {centres}; P_M {pm}, P_F {pf}{note}.").format(
                    region=row.region,
                    centres=row.centres,
                    pm="-" if pd.isna(row.p_morphological) else number(row.p_morphological, 3),
                    pf="-" if pd.isna(row.p_functional) else number(row.p_functional, 3),
                    note=f" ({row.note})" if row.note else "",
                )
            )
        return results
