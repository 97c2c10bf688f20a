"""regionatlas:degurba - Degree of Urbanisation grid classes (GHS-SMOD codes)."""

from __future__ import annotations

import json

from qgis.core import QgsProcessingException

from ..i18n import number as format_number
from ..i18n import tr
from ..regionatlas.errors import InputError
from ..regionatlas.settlement import degurba_parameters as dp
from ..regionatlas.settlement.degurba import NODATA_OUTSIDE, classify_grid
from ..regionatlas.settlement.degurba_output import cropped_geotransform, grid_metadata
from .base import RegionAtlasAlgorithm
from .degurba_help import grid_help
from .degurba_input import read_population, read_share_raster
from .degurba_params import (
    BUILT_UNIT,
    CORE_NODATA,
    INPUT_BUILT,
    INPUT_LAND,
    LAND_UNIT,
    LEVEL,
    LEVELS,
    METADATA,
    NODATA,
    OUTPUT,
    OVERRIDES,
    PADDING,
    PRESET,
    PRESETS,
    declare,
)
from .raster_io import Grid, write_codes
from .sinks import style_on_load

STYLES = {1: "degurba_level1.qml", 2: "degurba_level2.qml"}


class DegurbaAlgorithm(RegionAtlasAlgorithm):
    NAME = "degurba"
    GROUP_ID = "settlement"
    help_text = staticmethod(grid_help)

    def display_name(self) -> str:
        return tr("Degree of Urbanisation (grid)")

    def initAlgorithm(self, config=None) -> None:
        declare(self)

    def run_algorithm(self, parameters, context, feedback) -> dict:
        level = LEVELS[self.parameterAsEnum(parameters, LEVEL, context)]
        preset = PRESETS[self.parameterAsEnum(parameters, PRESET, context)]
        overrides = dp.parse_overrides(self.parameterAsString(parameters, OVERRIDES, context))
        try:
            dp.resolve_parameters(preset, overrides)  # fail before reading any grid
        except InputError as exc:
            raise QgsProcessingException(tr("OVERRIDES: {error}").format(error=exc)) from None
        population = read_population(self, parameters, context, feedback)
        feedback.setProgress(10)
        population_word = tr("population")
        land, built = (
            read_share_raster(
                self, parameters, context, feedback, names, label, population, population_word
            )
            for names, label in (
                ((INPUT_LAND, LAND_UNIT), tr("land")),
                ((INPUT_BUILT, BUILT_UNIT), tr("built-up")),
            )
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
