"""regionatlas:degurbaunits - classify spatial units from a Degree of Urbanisation grid."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
)

from ..i18n import number, tr
from ..regionatlas.settlement.degurba import classify_units_from_grid
from ..regionatlas.settlement.grid_input import units_of_cells
from .base import RegionAtlasAlgorithm
from .degurba import (
    LEVELS,
    NODATA_FAIL,
    NODATA_ZERO,
    PRESETS,
    add_nodata_parameter,
    add_share_raster_parameters,
    read_share_raster,
)
from .od_input import _examples, features_by_id, id_field_index
from .raster_io import UNIT_DETECT, check_aligned, read_grid
from .settlement_common import provenance_with
from .sinks import add_features, combine_fields, frame_rows, qgs_fields, style_on_load

INPUT = "INPUT"
ID_FIELD = "ID_FIELD"
INPUT_DEGURBA = "INPUT_DEGURBA"
INPUT_POPULATION = "INPUT_POPULATION"
INPUT_LAND = "INPUT_LAND"
LAND_UNIT = "LAND_UNIT"
LEVEL = "LEVEL"
PRESET = "PRESET"
NODATA = "NODATA"
OUTPUT = "OUTPUT"
METADATA = "METADATA"

STYLES = {1: "degurbaunits_level1.qml", 2: "degurbaunits_level2.qml"}


def shapely_geometry(geometry):
    """A QgsGeometry as a shapely geometry (None when empty)."""
    if geometry is None or geometry.isEmpty():
        return None
    return shapely.from_wkb(bytes(geometry.asWkb()))


class DegurbaUnitsAlgorithm(RegionAtlasAlgorithm):
    NAME = "degurbaunits"
    GROUP_ID = "settlement"

    def display_name(self) -> str:
        return tr("Degree of Urbanisation (units)")

    def help_text(self) -> str:
        return tr(
            "Classifies spatial units (municipalities, DeSO) by the share of their population "
            "living in each Degree of Urbanisation grid class. Level 1: city when >= 50 % "
            "lives in urban centres, rural area when > 50 % lives in rural cells, otherwise "
            "town and semi-dense area. Level 2 splits towns into dense towns, semi-dense towns "
            "and suburban or peri-urban areas, and rural areas into villages, dispersed rural "
            "areas and mostly uninhabited areas. Units without population are classified by "
            "their land-area shares instead (column basis).<br><br>"
            "Source: Eurostat et al. (2021) Applying the Degree of Urbanisation - a "
            "methodological manual, section 3 (unit rules), with the level-2 revision of July "
            "2024.<br><br>"
            "<b>Parameters</b><br>"
            "<i>Units</i>: polygons with a unique <i>unit id field</i>. Each grid cell belongs "
            "to the unit that covers its centre; units that cover no "
            "cell centre get no class and are listed.<br>"
            "<i>DEGURBA raster</i>: the output of Degree of Urbanisation (grid), level 1 or "
            "2 codes. <i>Population raster</i>: the population grid it was made from (same "
            "cells). <i>Land raster</i> (optional, same cells) and its <i>unit</i>: weights "
            "the land-area shares of units without population.<br>"
            "<i>Level</i>: 0 level 1 (default), 1 level 2 (needs a level-2 grid). "
            "<i>Unit rules</i>: "
            "0 '2024 update', 1 '2021 manual'. <i>Population nodata</i>: fail when a nodata "
            "cell lies inside a unit (default; nodata outside every unit does not matter) or "
            "treat nodata as no population.<br>"
            "<i>Output</i>: the units with population, area (cells, weighted by land share), "
            "share_<code> per grid class, class_l1, class_l1_name, (class_l2, "
            "class_l2_name,) basis."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                INPUT, tr("Units (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                ID_FIELD, tr("Unit id field"), parentLayerParameterName=INPUT
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(INPUT_DEGURBA, tr("DEGURBA raster (GHS-SMOD codes)"))
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(INPUT_POPULATION, tr("Population raster"))
        )
        add_share_raster_parameters(
            self,
            INPUT_LAND,
            tr("Permanent land raster"),
            LAND_UNIT,
            tr("Unit of the land raster"),
            UNIT_DETECT,
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                LEVEL, tr("Level"), [tr("Level 1"), tr("Level 2")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                PRESET, tr("Unit rules"), [tr("2024 update"), tr("2021 manual")], defaultValue=0
            )
        )
        add_nodata_parameter(self, default=NODATA_FAIL)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                OUTPUT,
                tr("Degree of Urbanisation units"),
                QgsProcessing.SourceType.TypeVectorPolygon,
            )
        )
        self.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance (JSON)")))

    def run_algorithm(self, parameters, context, feedback) -> dict:
        source = self.parameterAsSource(parameters, INPUT, context)
        if source is None:
            raise QgsProcessingException(tr("The units (INPUT) could not be opened."))
        id_field = self.parameterAsString(parameters, ID_FIELD, context)
        id_index = id_field_index(
            source, id_field, tr("The units have no field '{field}'. Their fields are: {names}.")
        )
        level = LEVELS[self.parameterAsEnum(parameters, LEVEL, context)]
        rules = PRESETS[self.parameterAsEnum(parameters, PRESET, context)]
        class_layer = self.parameterAsRasterLayer(parameters, INPUT_DEGURBA, context)
        pop_layer = self.parameterAsRasterLayer(parameters, INPUT_POPULATION, context)
        classes = read_grid(class_layer, tr("DEGURBA"))
        population = read_grid(pop_layer, tr("population"))
        check_aligned(population, classes, tr("population"), tr("DEGURBA"))
        land = read_share_raster(
            self,
            parameters,
            context,
            feedback,
            (INPUT_LAND, LAND_UNIT),
            tr("land"),
            classes,
            tr("DEGURBA"),
        )
        pop = population.values
        if population.nodata_cells:
            if self.parameterAsEnum(parameters, NODATA, context) == NODATA_ZERO:
                pop = np.where(np.isfinite(pop), pop, 0.0)
                feedback.pushInfo(
                    tr("{n} nodata population cells were treated as no population.").format(
                        n=population.nodata_cells
                    )
                )
        codes = np.where(np.isfinite(classes.values), classes.values, 255).astype(np.int64)
        feedback.setProgress(20)

        raster_crs = pop_layer.crs()
        transform = None
        if source.sourceCrs().isValid() and raster_crs.isValid():
            if source.sourceCrs() != raster_crs:
                transform = QgsCoordinateTransform(
                    source.sourceCrs(), raster_crs, context.transformContext()
                )
                feedback.pushInfo(
                    tr(
                        "The units were reprojected to the grid's CRS ({crs}) for the overlay."
                    ).format(crs=raster_crs.authid() or raster_crs.description())
                )
        ids, geometries, originals = [], [], []
        for key, feature in features_by_id(
            source,
            id_index,
            id_field,
            tr("A unit (feature id {fid}) has no value in '{field}'."),
            tr("Unit ids must be unique; these occur more than once in '{field}': {ids}."),
        ):
            geom = feature.geometry()
            overlay = None
            if geom is not None and not geom.isEmpty():
                overlay = type(geom)(geom)
                if not overlay.isGeosValid():
                    overlay = overlay.makeValid()
                if transform is not None:
                    overlay.transform(transform)
            ids.append(key)
            geometries.append(overlay)
            originals.append(feature)
        unit_index = units_of_cells(
            [shapely_geometry(g) for g in geometries], classes.geotransform, classes.values.shape
        )
        feedback.setProgress(50)
        inside = unit_index >= 0
        bad_codes = inside & (codes == 255)
        if bad_codes.any():
            raise QgsProcessingException(
                tr(
                    "The DEGURBA raster has {n} nodata cell(s) inside the units; classify a "
                    "grid that covers all units."
                ).format(n=number(int(bad_codes.sum())))
            )
        if land is not None:
            land = np.where(np.isfinite(land), land, 0.0)
        table = classify_units_from_grid(
            codes, unit_index, pop, ids, level=level, rules=rules, land_share=land
        )
        feedback.setProgress(70)
        table = table.set_index("unit_id").reindex(ids).reset_index()
        without = table.loc[table["basis"] == "none", "unit_id"].tolist()
        if without:
            feedback.pushWarning(
                tr(
                    "{n} unit(s) cover no cell centre of the grid (or only water without "
                    "land) and get no class: {ids}."
                ).format(n=number(len(without)), ids=_examples(without))
            )
        result = table.drop(columns=["unit_id"])
        result_fields = qgs_fields(result, text_columns=("class_l1_name", "class_l2_name", "basis"))
        fields = combine_fields(source.fields(), result_fields)
        sink, dest_id = self.parameterAsSink(
            parameters, OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        features = []
        for feature, row in zip(originals, frame_rows(result)):
            new = QgsFeature(fields)
            new.setGeometry(feature.geometry())
            new.setAttributes(list(feature.attributes()) + row)
            features.append(new)
        add_features(sink, features, feedback)
        provenance = provenance_with(
            self.provenance(parameters, context), {"level": level, "unit_rules": rules}
        )
        style_on_load(
            context, dest_id, STYLES[level], provenance, tr("Degree of Urbanisation units")
        )
        column = "class_l2_name" if level == 2 else "class_l1_name"
        counts = table[column].value_counts()
        feedback.pushInfo(
            tr("Units per class: {counts}.").format(
                counts=", ".join(f"{k}: {int(v)}" for k, v in counts.items())
            )
        )
        return {OUTPUT: dest_id, METADATA: provenance}
