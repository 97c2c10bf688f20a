"""regionatlas:degurba - Degree of Urbanisation grid classes (GHS-SMOD codes)."""

from __future__ import annotations

import json

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..i18n import number as format_number
from ..i18n import tr
from ..regionatlas.errors import InputError
from ..regionatlas.settlement import degurba_parameters as dp
from ..regionatlas.settlement.degurba import (
    NODATA_ERROR,
    NODATA_OUTSIDE,
    classify_grid,
)
from ..regionatlas.settlement.degurba import (
    NODATA_ZERO as CORE_NODATA_ZERO,
)
from ..regionatlas.settlement.degurba_output import cropped_geotransform, grid_metadata
from ..regionatlas.settlement.grid_input import grid_from_cells
from .base import RegionAtlasAlgorithm
from .od_input import _plain
from .raster_io import (
    UNIT_DETECT,
    Grid,
    as_share,
    check_aligned,
    read_grid,
    write_codes,
)
from .sinks import style_on_load

INPUT_POPULATION = "INPUT_POPULATION"
POPULATION_GRID = "POPULATION_GRID"
POPULATION_FIELD = "POPULATION_FIELD"
INPUT_LAND = "INPUT_LAND"
LAND_UNIT = "LAND_UNIT"
INPUT_BUILT = "INPUT_BUILT"
BUILT_UNIT = "BUILT_UNIT"
LEVEL = "LEVEL"
PRESET = "PRESET"
OVERRIDES = "OVERRIDES"
NODATA = "NODATA"
PADDING = "PADDING"
OUTPUT = "OUTPUT"
METADATA = "METADATA"

#: LEVEL, PRESET and NODATA choices (order is public API).
LEVELS = (1, 2)
PRESETS = (dp.PRESET_2024, dp.PRESET_2021)
NODATA_FAIL, NODATA_ZERO, NODATA_OUTSIDE_ZERO = 0, 1, 2
#: The core's nodata policy for each NODATA choice.
CORE_NODATA = {
    NODATA_FAIL: NODATA_ERROR,
    NODATA_ZERO: CORE_NODATA_ZERO,
    NODATA_OUTSIDE_ZERO: NODATA_OUTSIDE,
}


def unit_choices() -> list[str]:
    """LAND_UNIT / BUILT_UNIT choices (order is public API)."""
    return [
        tr("Share of the cell (0..1)"),
        tr("m² per cell (GHSL)"),
        tr("Detect from the values"),
    ]


STYLES = {1: "degurba_level1.qml", 2: "degurba_level2.qml"}


def add_share_raster_parameters(
    alg, raster: str, raster_label: str, unit: str, unit_label: str, default_unit: int
) -> None:
    """Declare an optional share raster (land, built-up) and the enum of its unit."""
    alg.addParameter(QgsProcessingParameterRasterLayer(raster, raster_label, optional=True))
    alg.addParameter(
        QgsProcessingParameterEnum(unit, unit_label, unit_choices(), defaultValue=default_unit)
    )


def add_nodata_parameter(alg, default: int = NODATA_OUTSIDE_ZERO) -> None:
    """Declare NODATA: what to do with nodata population cells."""
    alg.addParameter(
        QgsProcessingParameterEnum(
            NODATA,
            tr("Population nodata"),
            [
                tr("Fail"),
                tr("Treat as no population"),
                tr("No population outside the data (edge, no land); fail inside"),
            ],
            defaultValue=default,
        )
    )


def read_share_raster(
    alg, parameters, context, feedback, names: tuple[str, str], label: str, reference, ref_label
) -> np.ndarray | None:
    """The optional raster ``names[0]`` as a share of the cell (its unit from the enum
    ``names[1]``), checked to be aligned with ``reference``; None when it is not given."""
    raster, unit = names
    layer = alg.parameterAsRasterLayer(parameters, raster, context)
    if layer is None:
        return None
    grid = read_grid(layer, label)
    check_aligned(grid, reference, label, ref_label)
    return as_share(grid, alg.parameterAsEnum(parameters, unit, context), label, feedback)


def grid_from_polygons(alg, parameters, context, feedback) -> Grid:
    """A population grid from a polygon grid (one square polygon per cell) + field."""
    source = alg.parameterAsSource(parameters, POPULATION_GRID, context)
    field = alg.parameterAsString(parameters, POPULATION_FIELD, context)
    if not field:
        raise QgsProcessingException(
            tr("Choose the population field (POPULATION_FIELD) of the polygon grid.")
        )
    index = source.fields().lookupField(field)
    if index < 0:
        raise QgsProcessingException(
            tr("The polygon grid has no field '{field}'. Its fields are: {names}.").format(
                field=field, names=", ".join(source.fields().names())
            )
        )
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(
            tr("The polygon grid has no coordinate reference system: assign one first.")
        )
    if crs.isGeographic():
        raise QgsProcessingException(
            tr(
                "The polygon grid is in a geographic CRS ({crs}); DEGURBA needs square cells "
                "in metres: reproject it first."
            ).format(crs=crs.authid())
        )
    boxes, values = [], []
    for feature in source.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([index])):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        geom = feature.geometry()
        if geom is None or geom.isEmpty():
            continue
        box = geom.boundingBox()
        boxes.append((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
        value = _plain(feature.attributes()[index])
        try:
            values.append(np.nan if value is None else float(value))
        except (TypeError, ValueError):
            raise QgsProcessingException(
                tr("Grid cell (feature id {fid}): '{value}' in '{field}' is not a number.").format(
                    fid=feature.id(), value=value, field=field
                )
            ) from None
    cells = grid_from_cells(boxes, values)
    if cells.absent_cells:
        feedback.pushInfo(
            tr("{n} cells of the grid's extent have no polygon: no population there.").format(
                n=format_number(cells.absent_cells)
            )
        )
    return Grid(cells.values, cells.geotransform, crs.toWkt(), source.sourceName())


class DegurbaAlgorithm(RegionAtlasAlgorithm):
    NAME = "degurba"
    GROUP_ID = "settlement"

    def display_name(self) -> str:
        return tr("Degree of Urbanisation (grid)")

    def help_text(self) -> str:
        return tr(
            "Classifies a population grid by the Degree of Urbanisation (DEGURBA) and writes "
            "a raster of GHS-SMOD codes, styled on load. Level 1: 3 urban centre, 2 urban "
            "cluster, 1 rural, 0 water. Level 2: 30 urban centre, 23 dense urban cluster, 22 "
            "semi-dense urban cluster, 21 suburban or peri-urban, 13 rural cluster, 12 "
            "low-density rural, 11 very low-density rural, 10 water. Density is population "
            "per km² of permanent land; all comparisons are >=. Every parameter used is "
            "written to the log and to the raster's metadata.<br><br>"
            "Source: Eurostat et al. (2021) Applying the Degree of Urbanisation - a "
            "methodological manual, with the level-2 revision of July 2024 and the GHSL Data "
            "Package 2022/2023 conventions; parameter names as in the flexurba R package "
            "(Van Migerode et al. 2024, Environment and Planning B 51(7))."
            "<br><br><b>Parameters</b><br>"
            "<i>Population raster</i>: inhabitants per cell; square cells in metres (1 km in "
            "the manual), with a CRS. Or a <i>polygon grid</i> (one square polygon per cell) "
            "with a <i>population field</i>; cells missing from it have no population.<br>"
            "<i>Land raster</i> (optional): permanent land per cell, aligned with the "
            "population grid; without it every cell is land and there is no water class. "
            "<i>Built-up raster</i> (optional): built-up surface per cell, e.g. GHSL BUILT_S; "
            "it turns on the built-up criterion (a cell also counts as dense when its "
            "built-up share of permanent land reaches 20 % (2024) or 50 % (2021)).<br>"
            "<i>Unit</i> of each: detected from the values (default: at most 1 is a share, "
            "up to the cell area is m² per cell, as in GHSL LAND and BUILT_S; the log says "
            "what was detected), a share of the cell (0..1) or m² per cell (divided by the "
            "cell area).<br>"
            "<i>Level</i>: 0 level 1, 1 level 2 (default).<br>"
            "<i>Preset</i>: 0 '2024 update' (default: semi-dense clusters >= 900/km², >= 2 500, "
            "4-connected, 2-cell buffer; built-up 20 %; 2023 majority rule), 1 '2021 manual' "
            "(>= 300/km², >= 5 000, 8-connected, 3-cell buffer; built-up 50 %; >= 5 of 8 "
            "neighbours).<br>"
            "<i>Overrides</i> (JSON, flexurba names): e.g. "
            '{"UC_smooth_edge": false, "DUC_size_threshold": 6000}; unknown names are '
            "refused with the list of known ones.<br>"
            "<i>Population nodata</i>: no population outside the data (default: nodata cells in "
            "an area touching the grid's edge, or without land, count as nobody living there, "
            "as beyond a country's border or at sea; other nodata cells stop the run), fail, "
            "or treat every nodata cell as no population. The log gives the number of "
            "cells.<br>"
            "<i>Padding</i>: cells of context on every side that are classified but cut off "
            "the output. Classify a study area on a grid that includes its surroundings "
            "(neighbouring counties or countries), so that clusters are not cut at the "
            "border; the log warns when a cluster touches the outer edge.<br>"
            "<i>Output</i>: GeoTIFF of codes in the population grid's CRS and cells."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                INPUT_POPULATION, tr("Population raster (inhabitants per cell)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                POPULATION_GRID,
                tr("Or: population polygon grid"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                POPULATION_FIELD,
                tr("Population field of the polygon grid"),
                parentLayerParameterName=POPULATION_GRID,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        add_share_raster_parameters(
            self,
            INPUT_LAND,
            tr("Permanent land raster"),
            LAND_UNIT,
            tr("Unit of the land raster"),
            UNIT_DETECT,
        )
        add_share_raster_parameters(
            self,
            INPUT_BUILT,
            tr("Built-up raster (e.g. GHSL BUILT_S)"),
            BUILT_UNIT,
            tr("Unit of the built-up raster"),
            UNIT_DETECT,
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                LEVEL, tr("Level"), [tr("Level 1"), tr("Level 2")], defaultValue=1
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                PRESET,
                tr("Parameter preset"),
                [tr("2024 update"), tr("2021 manual")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                OVERRIDES, tr("Parameter overrides (JSON, flexurba names)"), optional=True
            )
        )
        add_nodata_parameter(self)
        self.addParameter(
            QgsProcessingParameterNumber(
                PADDING,
                tr("Padding (cells of context cut off the output)"),
                QgsProcessingParameterNumber.Type.Integer,
                0,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(OUTPUT, tr("Degree of Urbanisation"))
        )
        self.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance (JSON)")))

    def run_algorithm(self, parameters, context, feedback) -> dict:
        level = LEVELS[self.parameterAsEnum(parameters, LEVEL, context)]
        preset = PRESETS[self.parameterAsEnum(parameters, PRESET, context)]
        overrides = dp.parse_overrides(self.parameterAsString(parameters, OVERRIDES, context))
        try:
            dp.resolve_parameters(preset, overrides)  # fail before reading any grid
        except InputError as exc:
            raise QgsProcessingException(tr("OVERRIDES: {error}").format(error=exc)) from None
        population_layer = self.parameterAsRasterLayer(parameters, INPUT_POPULATION, context)
        polygon_grid = self.parameterAsSource(parameters, POPULATION_GRID, context)
        if population_layer is None and polygon_grid is None:
            raise QgsProcessingException(
                tr("Choose a population raster (INPUT_POPULATION) or a polygon grid.")
            )
        if population_layer is not None and polygon_grid is not None:
            raise QgsProcessingException(
                tr("Choose either a population raster or a polygon grid, not both.")
            )
        if population_layer is not None:
            population = read_grid(population_layer, tr("population"))
        else:
            population = grid_from_polygons(self, parameters, context, feedback)
        feedback.setProgress(10)
        land = read_share_raster(
            self,
            parameters,
            context,
            feedback,
            (INPUT_LAND, LAND_UNIT),
            tr("land"),
            population,
            tr("population"),
        )
        built = read_share_raster(
            self,
            parameters,
            context,
            feedback,
            (INPUT_BUILT, BUILT_UNIT),
            tr("built-up"),
            population,
            tr("population"),
        )
        padding = self.parameterAsInt(parameters, PADDING, context)
        nodata_policy = CORE_NODATA[self.parameterAsEnum(parameters, NODATA, context)]
        feedback.setProgress(20)
        result = classify_grid(
            population.values,
            population.cell_size,
            land_share=land,
            built_share=built,
            level=level,
            preset=preset,
            overrides=overrides,
            padding=padding,
            nodata_policy=nodata_policy,
        )
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        feedback.setProgress(80)
        for message in result.messages:
            if "nodata population" in message:
                continue  # said below, translated
            if "edge" in message:
                feedback.pushWarning(message)
            else:
                feedback.pushInfo(message)
        if result.diagnostics.get("nodata_cells"):
            feedback.pushInfo(
                tr(
                    "{n} nodata population cells (outside the data: beyond the grid's edge or "
                    "without land) were treated as no population."
                ).format(n=format_number(result.diagnostics["nodata_cells"]))
                if nodata_policy == NODATA_OUTSIDE
                else tr("{n} nodata population cells were treated as no population.").format(
                    n=format_number(result.diagnostics["nodata_cells"])
                )
            )
        gt = cropped_geotransform(population.geotransform, result.padding)
        reference = Grid(result.codes, gt, population.projection, population.path)
        provenance = self.provenance(parameters, context)
        names = dp.LEVEL1_NAMES if level == 1 else dp.LEVEL2_NAMES
        counts = result.counts()
        metadata = grid_metadata(result, provenance)
        output = self.parameterAsOutputLayer(parameters, OUTPUT, context)
        write_codes(output, result.codes, reference, metadata, tr("GHS-SMOD code"))
        full_provenance = json.dumps(
            {
                **json.loads(provenance),
                "degurba_parameters": result.parameters,
                "padding": list(result.padding),
                "built_criterion_used": result.built_criterion_used,
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        style_on_load(
            context,
            output,
            STYLES[level],
            full_provenance,
            tr("Degree of Urbanisation level {level}").format(level=level),
        )
        feedback.pushInfo(
            tr("Preset '{preset}', level {level}; parameters: {params}.").format(
                preset=preset,
                level=level,
                params=", ".join(f"{k}={v}" for k, v in result.parameters.items()),
            )
        )
        if result.built_criterion_used:
            feedback.pushInfo(tr("The built-up criterion was applied."))
        feedback.pushInfo(
            tr("Cells per class: {counts}.").format(
                counts=", ".join(
                    f"{code} {names.get(code, '?')}: {n}" for code, n in sorted(counts.items())
                )
            )
        )
        diag = result.diagnostics
        feedback.pushInfo(
            tr(
                "{uc} urban centre(s); edge smoothing added {smoothed} cells in {rounds} "
                "rounds; gap filling added {filled} cells."
            ).format(
                uc=diag.get("urban_centres", 0),
                smoothed=diag.get("smoothed_cells", 0),
                rounds=diag.get("smoothing_rounds", 0),
                filled=diag.get("gap_cells_filled", 0),
            )
        )
        if padding:
            feedback.pushInfo(
                tr("Padding: {n} cells on every side were classified and cut off.").format(
                    n=padding
                )
            )
        return {OUTPUT: output, METADATA: full_provenance}
