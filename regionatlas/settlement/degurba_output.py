"""What a DEGURBA grid output records: where the cropped grid lies and its metadata.

The codes and their names are the GHS-SMOD ones (Schiavina et al. 2023, *GHSL Data Package
2023*, JRC, section GHS-SMOD); every parameter, the padding and whether the built-up criterion
was applied are written with the grid so that a map says how it was made (architecture.md,
"Provenance").
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from . import degurba_parameters as dp
from .degurba import DegurbaGrid


def cropped_geotransform(
    geotransform: Sequence[float], padding: Sequence[int]
) -> tuple[float, ...]:
    """The GDAL geotransform of the grid after ``padding`` (top, bottom, left, right cells)
    was cut off: the origin moves ``left`` columns and ``top`` rows inwards."""
    gt = list(geotransform)
    top, _bottom, left, _right = padding
    gt[0] += left * gt[1]
    gt[3] += top * gt[5]
    return tuple(gt)


def grid_metadata(result: DegurbaGrid, provenance: str) -> dict[str, str]:
    """The raster metadata items of a classified grid: provenance, level, preset, parameters,
    padding, built-up criterion, cells per code and each code's class name."""
    names = dp.LEVEL1_NAMES if result.level == 1 else dp.LEVEL2_NAMES
    metadata = {
        "REGIONATLAS_PROVENANCE": provenance,
        "DEGURBA_LEVEL": str(result.level),
        "DEGURBA_PRESET": result.preset,
        "DEGURBA_PARAMETERS": json.dumps(result.parameters, sort_keys=True),
        "DEGURBA_PADDING": json.dumps(list(result.padding)),
        "DEGURBA_BUILT_CRITERION": str(result.built_criterion_used).lower(),
        "DEGURBA_CELLS_PER_CODE": json.dumps({str(k): v for k, v in result.counts().items()}),
    }
    for code, name in names.items():
        metadata[f"CLASS_{code}"] = name
    return metadata
