"""regionatlas:degurbaunits - classify spatial units from a Degree of Urbanisation grid."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingParameterRasterLayer,
)

from ..i18n import number, tr
from ..regionatlas.settlement.degurba_units import classify_units_on_grid
from ..regionatlas.settlement.grid_input import units_of_cells
from . import sinks
from .base import RegionAtlasAlgorithm
from .declare import add_enum, add_field, add_metadata_output, add_sink, add_source
from .degurba_help import units_help
from .degurba_input import read_share_raster
from .degurba_params import (
    INPUT_LAND,
    LAND_UNIT,
    LEVEL,
    LEVELS,
    METADATA,
    NODATA,
    NODATA_FAIL,
    NODATA_ZERO,
    OUTPUT,
    PRESET,
    PRESETS,
    add_land_parameters,
    add_nodata_parameter,
    level_choices,
    preset_choices,
)
from .raster_io import check_aligned, read_grid
from .settlement_common import provenance_with
from .shapes import shapely_shapes
from .values import id_field_index
from .zone_input import (
    _examples,
    features_by_id,
)

INPUT = "INPUT"
ID_FIELD = "ID_FIELD"
INPUT_DEGURBA = "INPUT_DEGURBA"
INPUT_POPULATION = "INPUT_POPULATION"

STYLES = {1: "degurbaunits_level1.qml", 2: "degurbaunits_level2.qml"}


class DegurbaUnitsAlgorithm(RegionAtlasAlgorithm):
    NAME = "degurbaunits"
    GROUP_ID = "settlement"
    help_text = staticmethod(units_help)

    def display_name(self) -> str:
        return tr("Degree of Urbanisation (units)")

    def initAlgorithm(self, config=None) -> None:
        add_source(self, INPUT, tr("Units (polygons)"), ("polygon",))
        add_field(self, ID_FIELD, tr("Unit id field"), INPUT)
        for name, label in (
            (INPUT_DEGURBA, tr("DEGURBA raster (GHS-SMOD codes)")),
            (INPUT_POPULATION, tr("Population raster")),
        ):
            self.addParameter(QgsProcessingParameterRasterLayer(name, label))
        add_land_parameters(self)
        add_enum(self, LEVEL, tr("Level"), level_choices(), 0)
        add_enum(self, PRESET, tr("Unit rules"), preset_choices(), 0)
        add_nodata_parameter(self, default=NODATA_FAIL)
        add_sink(self, OUTPUT, tr("Degree of Urbanisation units"), "polygon")
        add_metadata_output(self)

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
        nodata_as_zero = self.parameterAsEnum(parameters, NODATA, context) == NODATA_ZERO
        if population.nodata_cells and nodata_as_zero:
            feedback.pushInfo(
                tr("{n} nodata population cells were treated as no population.").format(
                    n=population.nodata_cells
                )
            )
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
            shapely_shapes(geometries), classes.geotransform, classes.values.shape
        )
        feedback.setProgress(50)
        units = classify_units_on_grid(
            classes.values,
            unit_index,
            population.values,
            ids,
            level=level,
            rules=rules,
            land_share=land,
            population_nodata_as_zero=nodata_as_zero,
        )
        feedback.setProgress(70)
        table = units.table
        if units.unclassified:
            feedback.pushWarning(
                tr(
                    "{n} unit(s) cover no cell centre of the grid (or only water without "
                    "land) and get no class: {ids}."
                ).format(n=number(len(units.unclassified)), ids=_examples(units.unclassified))
            )
        result = table.drop(columns=["unit_id"])
        result_fields = sinks.qgs_fields(
            result, text_columns=("class_l1_name", "class_l2_name", "basis")
        )
        fields = sinks.combine_fields(source.fields(), result_fields)
        sink, dest_id = sinks.open_sink(
            self, parameters, OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        features = sinks.joined_features(fields, zip(originals, sinks.frame_rows(result)))
        sinks.add_features(sink, features, feedback)
        provenance = provenance_with(
            self.provenance(parameters, context), {"level": level, "unit_rules": rules}
        )
        sinks.style_on_load(
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
