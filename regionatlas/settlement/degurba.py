"""Degree of Urbanisation (DEGURBA): grid cells and spatial units.

Method: Eurostat, FAO, UN-Habitat, OECD and World Bank (2021), *Applying the Degree of
Urbanisation - a methodological manual to define cities, towns and rural areas for
international comparisons* (2021 edition, level-2 rules revised July 2024), with the grid
conventions of the JRC GHSL Data Packages 2022/2023. Parameter names and the concrete
conventions below follow the published description of the flexurba R package
(Van Migerode et al. 2024, Environment and Planning B 51(7)), so that results can be compared
with flexurba cell by cell; this is an independent NumPy/SciPy implementation.

Grid classification (:func:`classify_grid`), in this order:

1. density = population / (permanent-land share x cell area in km²); a cell with people but
   no land has infinite density, a cell with neither has none (it is never dense);
   built-up per permanent land = built-up share / land share, rounded to 3 decimals.
2. Urban centres: cells with density >= ``UC_density_threshold`` (or built-up per land >=
   ``UC_built_threshold`` when the built-up criterion is on and a built-up grid is given),
   grouped by ``UC_contiguity_rule``; groups with >= ``UC_size_threshold`` inhabitants.
   Then the edges are smoothed (iterative majority rule, all cells updated at once per
   round, until nothing changes) and then holes smaller than ``UC_max_gap`` km² are filled.
   Holes are 4-connected groups of other cells enclosed by one centre, like polygon holes.
3. Level 1: urban clusters (>= 300/km², 8-connected, >= 5 000; the group's size counts the
   urban-centre cells in it) -> code 2 outside urban centres; everything else rural (1);
   rural cells with land share < 0.5, no population and no built-up -> water (0).
4. Level 2: dense urban clusters (density or built-up criterion, 4-connected, >= 5 000;
   size counted over all dense cells, urban-centre cells included) -> 23 outside urban
   centres; semi-dense urban clusters (>= 900, 4-connected, >= 2 500) -> 22 unless any of
   their cells lies within ``SDUC_buffer_size`` queen steps of a 30/23 cell (then the whole
   cluster is rejected); remaining cells of urban clusters -> 21; rural clusters
   (>= 300, 8-connected, >= 500) -> 13; density >= 50 -> 12; the rest 11; very-low-density
   cells that are water -> 10.

Cells outside the grid count as "other" neighbours in the majority rule, and clusters stop
at the edge. A study area must therefore be classified on a grid padded with its
surroundings (neighbouring counties or countries); ``padding`` crops the result back to the
study area, and the result warns when a cluster still touches the outer edge of the padded
grid (then the padding may be too small). A padding of 20 km is usually enough for edge
smoothing and the semi-dense buffer; a city crossing the border needs padding covering it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from scipy import ndimage

from ..errors import InputError
from . import degurba_parameters as dp

_ROOK = ndimage.generate_binary_structure(2, 1)
_QUEEN = ndimage.generate_binary_structure(2, 2)
#: Neighbour offsets in row-major window order (the order ties are broken in).
_OFFSETS = ((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1))
#: Relative tolerance for size thresholds: a cluster of exactly 50 000 must not be lost to
#: floating-point rounding of the cell sum.
_SIZE_RTOL = 1e-9


@dataclass
class DegurbaGrid:
    """Result of :func:`classify_grid`.

    ``codes``: uint8 array of GHS-SMOD codes (level 1: 3/2/1/0, level 2:
    30/23/22/21/13/12/11/10), cropped to the study area when padding was given.
    ``parameters``: every parameter used (record them in the output's metadata).
    ``edge_clusters``: True when a cluster touches the outer edge of the classified grid.
    """

    codes: np.ndarray
    level: int
    preset: str
    parameters: dict[str, Any]
    padding: tuple[int, int, int, int]
    cell_size: float
    built_criterion_used: bool
    edge_clusters: bool
    messages: list[str] = field(default_factory=list)
    #: urban_centres (number), smoothing_rounds, smoothed_cells, gap_cells_filled
    diagnostics: dict[str, int] = field(default_factory=dict)

    def counts(self) -> dict[int, int]:
        """Number of cells per code."""
        values, counts = np.unique(self.codes, return_counts=True)
        return {int(v): int(c) for v, c in zip(values, counts)}


# -- input checks ---------------------------------------------------------------------------


def _cell(index: int, shape: tuple[int, int]) -> dict[str, int]:
    """Values ``row`` and ``col`` (1-based) of a flat cell index, for an error template."""
    r, c = divmod(int(index), shape[1])
    return {"row": r + 1, "col": c + 1}


def _check_cell_size(cell_size: float | Sequence[float]) -> float:
    if isinstance(cell_size, (int, float)):
        sizes = [float(cell_size), float(cell_size)]
    else:
        sizes = [abs(float(v)) for v in cell_size]
        if len(sizes) != 2:
            raise InputError("cell_size must be one number or (x size, y size) in metres.")
    if not all(np.isfinite(sizes)) or min(sizes) <= 0:
        raise InputError(
            "The cell size must be a positive number of metres, not {cell_size!r}.",
            cell_size=cell_size,
        )
    if abs(sizes[0] - sizes[1]) > 1e-6 * max(sizes):
        raise InputError(
            "The grid has non-square cells ({x_size:g} x {y_size:g} m). DEGURBA needs "
            "square cells (1 km in the manual): resample the grid first.",
            x_size=sizes[0],
            y_size=sizes[1],
        )
    return sizes[0]


#: Grids besides the population (``name`` of :func:`_prepare_share`); each has its own error
#: templates below so that a translator sees whole sentences.
_LAND = "land share"
_BUILT = "built-up share"


def _as_grid(values: Any, name: str, shape: tuple[int, int] | None) -> np.ndarray:
    """``name``: "population", :data:`_LAND` or :data:`_BUILT`; ``shape`` of the population."""
    arr = np.asarray(values, dtype=np.float64)
    if arr.ndim != 2:
        if name == _LAND:
            raise InputError(
                "The land share grid must be 2-dimensional, not {ndim}-dimensional.",
                ndim=arr.ndim,
            )
        if name == _BUILT:
            raise InputError(
                "The built-up share grid must be 2-dimensional, not {ndim}-dimensional.",
                ndim=arr.ndim,
            )
        raise InputError(
            "The population grid must be 2-dimensional, not {ndim}-dimensional.", ndim=arr.ndim
        )
    if shape is not None and arr.shape != shape:
        sizes = {
            "rows": arr.shape[0],
            "cols": arr.shape[1],
            "pop_rows": shape[0],
            "pop_cols": shape[1],
        }
        if name == _BUILT:
            raise InputError(
                "The built-up share grid has {rows} x {cols} cells but the population grid "
                "has {pop_rows} x {pop_cols}: they must be aligned.",
                **sizes,
            )
        raise InputError(
            "The land share grid has {rows} x {cols} cells but the population grid "
            "has {pop_rows} x {pop_cols}: they must be aligned.",
            **sizes,
        )
    return arr


#: ``nodata_policy`` values of :func:`classify_grid`.
NODATA_ERROR, NODATA_ZERO, NODATA_OUTSIDE = "error", "zero", "outside"
NODATA_POLICIES = (NODATA_ERROR, NODATA_ZERO, NODATA_OUTSIDE)


def outside_the_data(missing: np.ndarray, land: np.ndarray | None) -> np.ndarray:
    """Nodata cells that lie outside the data: in a nodata area (8-connected) that touches
    the grid's edge, or (with a land grid) on a cell without any land.

    Population products such as GHS-POP clipped to a country are nodata beyond the border and
    over the sea; a nodata cell inside the country with land is a gap in the data instead.
    """
    labels, _n = ndimage.label(missing, structure=np.ones((3, 3), dtype=bool))
    edge = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    outside = np.isin(labels, edge[edge > 0])
    if land is not None:
        outside |= missing & (land <= 0)
    return outside


def _prepare_population(
    population: Any, nodata: float | None, nodata_policy: str, land: np.ndarray | None = None
) -> tuple[np.ndarray, list[str], int]:
    """The population as float64 without nodata, the messages, and the number of nodata
    cells treated as no population."""
    if nodata_policy not in NODATA_POLICIES:
        raise InputError(
            "nodata_policy must be 'error', 'zero' or 'outside', not {policy!r}.",
            policy=nodata_policy,
        )
    pop = _as_grid(population, "population", None)
    messages: list[str] = []
    missing = ~np.isfinite(pop)
    if nodata is not None:
        missing |= pop == nodata
    treated = 0
    if missing.any():
        n = int(missing.sum())
        inside = missing
        if nodata_policy == NODATA_OUTSIDE:
            land_grid = None if land is None else _as_grid(land, _LAND, pop.shape)
            inside = missing & ~outside_the_data(missing, land_grid)
        elif nodata_policy == NODATA_ZERO:
            inside = np.zeros_like(missing)
        if inside.any():
            first = _cell(np.flatnonzero(inside)[0], pop.shape)
            if nodata_policy == NODATA_OUTSIDE:
                raise InputError(
                    "The population grid has {n} nodata cell(s) inside the data, on land and "
                    "away from the grid's edge (first at row {row}, column {col}). Fill them, "
                    "or choose the 'treat nodata as no population' option.",
                    n=int(inside.sum()),
                    **first,
                )
            raise InputError(
                "The population grid has {n} nodata cell(s) (first at row {row}, column {col})."
                " Fill them (0 where nobody lives, e.g. sea outside the population product) or"
                " choose the 'treat nodata as no population' option.",
                n=n,
                **first,
            )
        pop = np.where(missing, 0.0, pop)
        treated = n
        messages.append(f"{n} nodata population cell(s) were treated as no population.")
    negative = pop < 0
    if negative.any():
        idx = np.flatnonzero(negative)[0]
        raise InputError(
            "The population grid has {n} negative cell(s) (first at row {row}, column {col}: "
            "{value:g}). Population must be >= 0.",
            n=int(negative.sum()),
            value=pop.flat[idx],
            **_cell(idx, pop.shape),
        )
    return pop, messages, treated


def _prepare_share(values: Any, name: str, shape: tuple[int, int]) -> np.ndarray:
    """``name``: :data:`_LAND` or :data:`_BUILT`."""
    arr = _as_grid(values, name, shape)
    bad = ~np.isfinite(arr)
    if bad.any():
        where = _cell(np.flatnonzero(bad)[0], shape)
        if name == _BUILT:
            raise InputError(
                "The built-up share grid has {n} nodata cell(s) (first at row {row}, "
                "column {col}); give 0 where there is none.",
                n=int(bad.sum()),
                **where,
            )
        raise InputError(
            "The land share grid has {n} nodata cell(s) (first at row {row}, column {col}); "
            "give 0 where there is none.",
            n=int(bad.sum()),
            **where,
        )
    outside = (arr < 0) | (arr > 1)
    if outside.any():
        idx = np.flatnonzero(outside)[0]
        found = {"n": int(outside.sum()), "value": arr.flat[idx], **_cell(idx, shape)}
        if name == _BUILT:
            raise InputError(
                "The built-up share grid must hold shares between 0 and 1, but {n} cell(s) "
                "lie outside (first at row {row}, column {col}: {value:g}). Convert m² to a "
                "share of the cell area first.",
                **found,
            )
        raise InputError(
            "The land share grid must hold shares between 0 and 1, but {n} cell(s) lie "
            "outside (first at row {row}, column {col}: {value:g}). Convert m² to a share of "
            "the cell area first.",
            **found,
        )
    return arr


def _padding(padding: int | Sequence[int], shape: tuple[int, int]) -> tuple[int, int, int, int]:
    pads = (
        (int(padding),) * 4 if isinstance(padding, (int, np.integer)) else tuple(map(int, padding))
    )
    if len(pads) != 4 or min(pads) < 0:
        raise InputError("padding must be one number of cells or (top, bottom, left, right) >= 0.")
    if pads[0] + pads[1] >= shape[0] or pads[2] + pads[3] >= shape[1]:
        raise InputError(
            "A padding of {padding} cells leaves no study area in a {shape} grid.",
            padding=pads,
            shape=shape,
        )
    return pads  # type: ignore[return-value]


# -- building blocks --------------------------------------------------------------------------


def clusters(
    selected: np.ndarray, size: np.ndarray, min_size: float, contiguity: int
) -> np.ndarray:
    """Label groups of selected cells whose ``size`` sums to >= ``min_size``.

    Returns int32 labels (0 = not in a kept cluster); kept clusters keep their label from
    :func:`scipy.ndimage.label` (row-major order of first cell).
    """
    labels, n = ndimage.label(selected, structure=_ROOK if contiguity == 4 else _QUEEN)
    if n == 0:
        return labels.astype(np.int32)
    sums = np.bincount(labels.ravel(), weights=size.ravel(), minlength=n + 1)
    keep = sums >= min_size * (1.0 - _SIZE_RTOL)
    keep[0] = False
    return np.where(keep[labels], labels, 0).astype(np.int32)


def smooth_edges(
    labels: np.ndarray,
    version: str,
    skip_neighbour: np.ndarray | None = None,
    never_join: np.ndarray | None = None,
    max_rounds: int = 10_000,
) -> tuple[np.ndarray, int]:
    """Iterative 3x3 majority rule that lets cells join adjacent urban centres.

    ``majority_rule_R2022A`` (GHSL Data Package 2022): a cell joins a centre when at least 5
    of its 8 neighbours belong to that centre. ``majority_rule_R2023A`` (GHSL Data Package
    2023, footnote 29): the majority is taken only among neighbours that are populated or
    land (``skip_neighbour`` marks the others: no population and land share < 0.5), more
    than half of them must belong to one centre, and water cells (``never_join``) never
    join. Each round updates all cells at once; rounds repeat until no cell joins. Cells
    outside the grid count as ordinary non-centre neighbours. Returns (labels, rounds).
    """
    labels = labels.copy()
    shape = labels.shape
    if skip_neighbour is None:
        skip_neighbour = np.zeros(shape, dtype=bool)
    if never_join is None:
        never_join = np.zeros(shape, dtype=bool)
    skip_padded = np.pad(skip_neighbour, 1, constant_values=False)
    newly = labels > 0
    rounds = 0
    while newly.any() and rounds < max_rounds:
        rounds += 1
        candidates = ndimage.binary_dilation(newly, structure=_QUEEN) & (labels == 0) & ~never_join
        idx = np.flatnonzero(candidates)
        if idx.size == 0:
            break
        rows, cols = np.divmod(idx, shape[1])
        padded = np.pad(labels, 1)
        nb = np.stack([padded[rows + 1 + dr, cols + 1 + dc] for dr, dc in _OFFSETS], axis=1)
        # counts[i, k]: how many neighbours of cell i carry the label of its k-th neighbour
        same = nb[:, :, None] == nb[:, None, :]
        counts = np.where(nb > 0, same.sum(axis=2), 0)
        best = counts.argmax(axis=1)
        best_count = counts[np.arange(idx.size), best]
        best_label = nb[np.arange(idx.size), best]
        if version == dp.SMOOTH_R2022A:
            join = best_count >= 5
        else:
            skipped = np.stack(
                [skip_padded[rows + 1 + dr, cols + 1 + dc] for dr, dc in _OFFSETS], axis=1
            ) & (nb == 0)
            valid = 8 - skipped.sum(axis=1)
            join = (best_count > 0) & (2 * best_count > valid)
        newly = np.zeros(shape, dtype=bool)
        if join.any():
            labels.flat[idx[join]] = best_label[join]
            newly.flat[idx[join]] = True
    return labels, rounds


def fill_gaps(labels: np.ndarray, max_gap_cells: float) -> tuple[np.ndarray, int]:
    """Fill holes of fewer than ``max_gap_cells`` cells inside each labelled centre.

    A hole is a 4-connected group of cells not in the centre that the centre encloses
    (corner contacts enclose, as polygon holes do). Holes touching the grid edge are not
    holes. Only unlabelled cells are filled. Returns (labels, number of cells filled).
    """
    labels = labels.copy()
    filled_cells = 0
    for k, sl in enumerate(ndimage.find_objects(labels), start=1):
        if sl is None:
            continue
        r0, r1 = max(sl[0].start - 1, 0), min(sl[0].stop + 1, labels.shape[0])
        c0, c1 = max(sl[1].start - 1, 0), min(sl[1].stop + 1, labels.shape[1])
        window = labels[r0:r1, c0:c1]
        mine = window == k
        holes = ndimage.binary_fill_holes(mine) & ~mine
        if not holes.any():
            continue
        hole_labels, n = ndimage.label(holes, structure=_ROOK)
        sizes = np.bincount(hole_labels.ravel(), minlength=n + 1)
        small = sizes < max_gap_cells
        small[0] = False
        fill = small[hole_labels] & (window == 0)
        filled_cells += int(fill.sum())
        window[fill] = k
    return labels, filled_cells


def _dense(density: np.ndarray, threshold: float, built_pl: np.ndarray | None, built_thr: float):
    with np.errstate(invalid="ignore"):
        dense = density >= threshold
        if built_pl is not None:
            dense |= built_pl >= built_thr
    return dense


# -- grid classification ---------------------------------------------------------------------


def classify_grid(
    population: Any,
    cell_size: float | Sequence[float],
    *,
    land_share: Any | None = None,
    built_share: Any | None = None,
    level: int = 2,
    preset: str = dp.PRESET_2024,
    overrides: Mapping[str, Any] | None = None,
    padding: int | Sequence[int] = 0,
    nodata: float | None = None,
    nodata_policy: str = "error",
) -> DegurbaGrid:
    """Classify a population grid by the Degree of Urbanisation (levels 1 or 2).

    Parameters
    ----------
    population:
        2-D array of inhabitants per cell (>= 0). Nodata (NaN or ``nodata``) raises
        :class:`InputError` with ``nodata_policy="error"``; ``"zero"`` treats every nodata
        cell as no population, ``"outside"`` only those :func:`outside_the_data` (beyond
        the grid's edge or without land) and refuses the others. ``diagnostics
        ["nodata_cells"]`` says how many were treated as no population.
    cell_size:
        Cell size in metres, one number or ``(x, y)``; cells must be square.
    land_share:
        Optional share of permanent land per cell (0..1). Without it every cell is land
        (so there is no water class).
    built_share:
        Optional built-up surface as a share of the cell (0..1). Enables the built-up
        criterion of urban centres and dense urban clusters (if the parameters turn it on).
    level:
        1 (codes 3/2/1/0) or 2 (codes 30/23/22/21/13/12/11/10).
    preset, overrides:
        ``"2024 update"`` (default) or ``"2021 manual"``; overrides use flexurba's names,
        see :mod:`regionatlas.settlement.degurba_parameters`.
    padding:
        Cells of context around the study area included in the input: one number or
        (top, bottom, left, right). The classification uses them; the result is cropped.

    Returns a :class:`DegurbaGrid`.
    """
    if level not in (1, 2):
        raise InputError("DEGURBA level must be 1 or 2, not {level!r}.", level=level)
    params = dp.resolve_parameters(preset, overrides)
    size_m = _check_cell_size(cell_size)
    pop, messages, nodata_cells = _prepare_population(population, nodata, nodata_policy, land_share)
    shape = pop.shape
    pads = _padding(padding, shape)
    land = None if land_share is None else _prepare_share(land_share, _LAND, shape)
    built = None if built_share is None else _prepare_share(built_share, _BUILT, shape)
    cell_km2 = (size_m / 1000.0) ** 2
    if abs(size_m - 1000.0) > 1e-6:
        messages.append(
            f"The grid has {size_m:g} m cells; the manual's thresholds are meant for 1 km cells."
        )

    with np.errstate(divide="ignore", invalid="ignore"):
        density = pop / ((land if land is not None else 1.0) * cell_km2)
        built_pl = None
        if built is not None:
            built_pl = np.round(built / (land if land is not None else 1.0), 3)
    if land is None:
        messages.append("No land-share grid: every cell counts as land (no water class).")
    use_uc_built = bool(params["UC_built_criterium"]) and built_pl is not None
    use_duc_built = bool(params["DUC_built_criterium"]) and built_pl is not None
    if built_pl is None and (params["UC_built_criterium"] or params["DUC_built_criterium"]):
        messages.append("No built-up grid: the built-up criterion was not applied.")

    water = np.ones(shape, dtype=bool)
    if land is not None:
        water &= land < params["water_land_threshold"]
    else:
        water[:] = False
    water &= pop <= params["water_pop_threshold"]
    if built is not None:
        water &= built <= params["water_built_threshold"]

    # urban centres
    uc_dense = _dense(
        density,
        params["UC_density_threshold"],
        built_pl if use_uc_built else None,
        params["UC_built_threshold"],
    )
    uc = clusters(uc_dense, pop, params["UC_size_threshold"], params["UC_contiguity_rule"])
    diagnostics = {
        "urban_centres": int(np.unique(uc[uc > 0]).size),
        "smoothing_rounds": 0,
        "smoothed_cells": 0,
        "gap_cells_filled": 0,
        "nodata_cells": nodata_cells,
    }
    if params["UC_smooth_edge"] and uc.any():
        before = int((uc > 0).sum())
        skip = ((pop == 0) & (land < 0.5)) | water if land is not None else water
        uc, rounds = smooth_edges(
            uc,
            params["UC_smooth_edge_fun"],
            skip_neighbour=skip,
            never_join=water if params["UC_smooth_edge_fun"] == dp.SMOOTH_R2023A else None,
        )
        diagnostics["smoothing_rounds"] = rounds
        diagnostics["smoothed_cells"] = int((uc > 0).sum()) - before
    if params["UC_gap_fill"] and uc.any():
        uc, diagnostics["gap_cells_filled"] = fill_gaps(uc, params["UC_max_gap"] / cell_km2)
    is_uc = uc > 0
    edge_masks = [is_uc]

    if level == 1:
        codes = np.full(shape, dp.L1_RURAL, dtype=np.uint8)
        ucl = (
            clusters(
                density >= params["UCL_density_threshold"],
                pop,
                params["UCL_size_threshold"],
                params["UCL_contiguity_rule"],
            )
            > 0
        )
        codes[ucl] = dp.L1_URBAN_CLUSTER
        codes[is_uc] = dp.L1_URBAN_CENTRE
        codes[(codes == dp.L1_RURAL) & water] = dp.L1_WATER
        edge_masks.append(ucl)
    else:
        codes = np.zeros(shape, dtype=np.uint8)
        codes[is_uc] = dp.URBAN_CENTRE
        duc_dense = _dense(
            density,
            params["DUC_density_threshold"],
            built_pl if use_duc_built else None,
            params["DUC_built_threshold"],
        )
        duc = clusters(duc_dense, pop, params["DUC_size_threshold"], params["DUC_contiguity_rule"])
        codes[(codes == 0) & (duc > 0)] = dp.DENSE_URBAN_CLUSTER
        # semi-dense: reject a whole cluster if any cell is within the buffer of 30/23
        core = codes > 0
        buffer_size = int(params["SDUC_buffer_size"])
        near = (
            ndimage.binary_dilation(core, structure=_QUEEN, iterations=buffer_size)
            if buffer_size > 0 and core.any()
            else core
        )
        with np.errstate(invalid="ignore"):
            sduc = clusters(
                density >= params["SDUC_density_threshold"],
                pop,
                params["SDUC_size_threshold"],
                params["SDUC_contiguity_rule"],
            )
        rejected = np.unique(sduc[near])
        sduc_keep = (sduc > 0) & ~np.isin(sduc, rejected)
        codes[(codes == 0) & sduc_keep] = dp.SEMI_DENSE_URBAN_CLUSTER
        with np.errstate(invalid="ignore"):
            surb = (
                clusters(
                    density >= params["SUrb_density_threshold"],
                    pop,
                    params["SUrb_size_threshold"],
                    params["SUrb_contiguity_rule"],
                )
                > 0
            )
        codes[(codes == 0) & surb] = dp.SUBURBAN
        with np.errstate(invalid="ignore"):
            rc = (
                clusters(
                    density >= params["RC_density_threshold"],
                    pop,
                    params["RC_size_threshold"],
                    params["RC_contiguity_rule"],
                )
                > 0
            )
        codes[(codes == 0) & rc] = dp.RURAL_CLUSTER
        with np.errstate(invalid="ignore"):
            ldr = density >= params["LDR_density_threshold"]
        codes[(codes == 0) & ldr] = dp.LOW_DENSITY_RURAL
        codes[codes == 0] = dp.VERY_LOW_DENSITY_RURAL
        codes[(codes == dp.VERY_LOW_DENSITY_RURAL) & water] = dp.WATER
        edge_masks += [duc > 0, surb, rc]

    edge = np.zeros(shape, dtype=bool)
    edge[0, :] = edge[-1, :] = edge[:, 0] = edge[:, -1] = True
    edge_clusters = any(bool((m & edge).any()) for m in edge_masks)
    if edge_clusters:
        messages.append(
            "A cluster touches the outer edge of the grid: cells beyond it were not seen, so "
            "its class may change with more padding (neighbouring counties or countries)."
        )
    top, bottom, left, right = pads
    codes = codes[top : shape[0] - bottom, left : shape[1] - right]
    return DegurbaGrid(
        codes=np.ascontiguousarray(codes),
        level=level,
        preset=preset,
        parameters=params,
        padding=pads,
        cell_size=size_m,
        built_criterion_used=use_uc_built or (level == 2 and use_duc_built),
        edge_clusters=edge_clusters,
        messages=messages,
        diagnostics=diagnostics,
    )


# -- spatial units ----------------------------------------------------------------------------

_L2_TO_L1 = {30: 3, 23: 2, 22: 2, 21: 2, 13: 1, 12: 1, 11: 1, 10: 0}


def unit_shares(
    codes: np.ndarray,
    unit_index: np.ndarray,
    population: np.ndarray,
    unit_ids: Sequence[str],
    *,
    land_share: np.ndarray | None = None,
) -> pd.DataFrame:
    """Population and land area per unit and grid class (zonal sums).

    ``unit_index`` holds, per cell, the position of the unit in ``unit_ids`` (-1 = no unit),
    e.g. from rasterising the unit polygons on the grid of ``codes`` (the population grid
    may be finer than 1 km if ``codes`` was resampled to it). Returns long rows: unit_id,
    code, population, area (cells weighted by land share when given).
    """
    codes = np.asarray(codes)
    unit_index = np.asarray(unit_index)
    pop = np.asarray(population, dtype=np.float64)
    if not (codes.shape == unit_index.shape == pop.shape):
        raise InputError("The class grid, the unit grid and the population grid must be aligned.")
    n_units = len(unit_ids)
    inside = (unit_index >= 0) & (unit_index < n_units)
    bad_pop = inside & ~np.isfinite(pop)
    if bad_pop.any():
        raise InputError(
            "The population grid has {n} nodata cell(s) inside units "
            "(first at row {row}, column {col}).",
            n=int(bad_pop.sum()),
            **_cell(np.flatnonzero(bad_pop)[0], pop.shape),
        )
    if (pop[inside] < 0).any():
        raise InputError("The population grid has negative cells inside units.")
    area = (
        np.ones(pop.shape) if land_share is None else _prepare_share(land_share, _LAND, pop.shape)
    )
    valid_codes = np.array(sorted(set(_L2_TO_L1) | {3, 2, 1, 0}))
    present = np.unique(codes[inside])
    unknown = np.setdiff1d(present, valid_codes)
    if unknown.size:
        raise InputError(
            "The class grid holds codes {codes} that are not DEGURBA codes "
            "(level 1: 3/2/1/0, level 2: 30/23/22/21/13/12/11/10).",
            codes=unknown.tolist(),
        )
    u = unit_index[inside].astype(np.int64)
    c = codes[inside].astype(np.int64)
    key = u * 64 + c
    uniq, inv = np.unique(key, return_inverse=True)
    pops = np.bincount(inv, weights=pop[inside])
    areas = np.bincount(inv, weights=area[inside])
    ids = np.asarray(unit_ids, dtype=object)
    return pd.DataFrame(
        {
            "unit_id": ids[uniq // 64],
            "code": (uniq % 64).astype(int),
            "population": pops,
            "area": areas,
        }
    )


def classify_units(
    shares: pd.DataFrame,
    *,
    level: int = 1,
    rules: str = dp.PRESET_2024,
    unit_ids: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Classify spatial units from their population per grid class.

    ``shares``: long rows unit_id, code, population, area (see :func:`unit_shares`), codes
    of level 1 or level 2 grids. Level 1 (manual 2021, section 3): city when >= 50 % of the
    population lives in urban centres, rural area when > 50 % lives in rural cells
    (water counted as rural), otherwise town and semi-dense area. Level 2 (needs a level-2
    grid), ``rules="2024 update"``: dense town when >= 50 % in urban centres + dense
    urban clusters, suburban or peri-urban area when >= 50 % in suburban + rural cells,
    otherwise semi-dense town; village when >= 50 % in urban centres, urban clusters and
    rural clusters, mostly uninhabited when >= 50 % in very-low-density cells, otherwise
    dispersed rural. ``rules="2021 manual"``: the 2021 comparisons of shares (dense vs
    semi-dense vs suburban; the largest of rural cluster / low density / very low density).
    Units without population are classified by land-area shares instead (column ``basis``).

    Returns one row per unit: unit_id, population, area, share_<code> columns, class_l1,
    class_l1_name, and for level 2 class_l2, class_l2_name, plus basis.
    """
    if level not in (1, 2):
        raise InputError("DEGURBA unit level must be 1 or 2, not {level!r}.", level=level)
    if rules not in dp.PRESETS:
        raise InputError(
            "Unknown unit rules {rules!r}; choose one of {presets}.",
            rules=rules,
            presets=", ".join(dp.PRESETS),
        )
    df = shares.copy()
    codes_present = set(df["code"].unique().tolist())
    level2_grid = bool(codes_present & {30, 23, 22, 21, 13, 12, 11, 10})
    level1_grid = bool(codes_present & {3, 2, 1, 0}) and not level2_grid
    if level == 2 and level1_grid:
        raise InputError(
            "Level-2 unit classes need a level-2 grid (codes 30/23/22/21/13/12/11/10)."
        )
    if level2_grid:
        all_codes = [30, 23, 22, 21, 13, 12, 11, 10]
    else:
        all_codes = [3, 2, 1, 0]
    pop = df.pivot_table(
        index="unit_id", columns="code", values="population", aggfunc="sum", fill_value=0.0
    )
    area = df.pivot_table(
        index="unit_id", columns="code", values="area", aggfunc="sum", fill_value=0.0
    )
    pop = pop.reindex(columns=all_codes, fill_value=0.0)
    area = area.reindex(columns=all_codes, fill_value=0.0)
    if unit_ids is not None:
        pop = pop.reindex(list(unit_ids), fill_value=0.0)
        area = area.reindex(list(unit_ids), fill_value=0.0)
    tot_pop = pop.sum(axis=1)
    tot_area = area.sum(axis=1)
    use_pop = tot_pop > 0
    basis = np.where(use_pop, "population", np.where(tot_area > 0, "land area", "none"))
    weights = pop.where(use_pop, area)
    total = weights.sum(axis=1).replace(0.0, np.nan)
    share = weights.div(total, axis=0).fillna(0.0)

    def s(*cs: int) -> np.ndarray:
        return share[list(cs)].sum(axis=1).to_numpy()

    thr = dp.UNIT_SHARE_THRESHOLD
    eps = 1e-12
    if level2_grid:
        uc, rural = s(30), s(13, 12, 11, 10)
    else:
        uc, rural = s(3), s(1, 0)
    l1 = np.where(uc >= thr - eps, 3, np.where(rural > thr + eps, 1, 2))
    out = pd.DataFrame({"unit_id": pop.index.to_numpy(dtype=object)})
    out["population"] = tot_pop.to_numpy()
    out["area"] = tot_area.to_numpy()
    for code in all_codes:
        out[f"share_{code}"] = share[code].to_numpy()
    none = basis == "none"
    out["class_l1"] = pd.array(np.where(none, 0, l1), dtype="Int64")
    out.loc[none, "class_l1"] = pd.NA
    out["class_l1_name"] = [None if n else dp.UNIT_LEVEL1_NAMES[int(v)] for v, n in zip(l1, none)]
    if level == 2:
        if rules == dp.PRESET_2024:
            town = np.where(
                s(30, 23) >= thr - eps, 23, np.where(s(21, 13, 12, 11, 10) >= thr - eps, 21, 22)
            )
            rur = np.where(
                s(30, 23, 22, 21, 13) >= thr - eps, 13, np.where(s(11) >= thr - eps, 11, 12)
            )
        else:
            d, sd, sub = s(23), s(22), s(21)
            town = np.where(d + sd > sub, np.where(d > sd, 23, 22), 21)
            rc, ld, vl = s(13), s(12), s(11)
            rur = np.where((rc >= ld) & (rc >= vl), 13, np.where(ld >= vl, 12, 11))
        l2 = np.where(l1 == 3, 30, np.where(l1 == 2, town, rur))
        out["class_l2"] = pd.array(l2, dtype="Int64")
        out.loc[none, "class_l2"] = pd.NA
        out["class_l2_name"] = [
            None if n else dp.UNIT_LEVEL2_NAMES[int(v)] for v, n in zip(l2, none)
        ]
    out["basis"] = basis
    return out


def classify_units_from_grid(
    codes: np.ndarray,
    unit_index: np.ndarray,
    population: np.ndarray,
    unit_ids: Sequence[str],
    *,
    level: int = 1,
    rules: str = dp.PRESET_2024,
    land_share: np.ndarray | None = None,
) -> pd.DataFrame:
    """:func:`unit_shares` followed by :func:`classify_units` (units without cells get no class)."""
    shares = unit_shares(codes, unit_index, population, unit_ids, land_share=land_share)
    return classify_units(shares, level=level, rules=rules, unit_ids=unit_ids)
