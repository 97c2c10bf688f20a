"""DEGURBA grid and unit classification (spec settlement-structure.md, section 3)."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.settlement import degurba_parameters as dp
from RegionAtlas.regionatlas.settlement.degurba import (
    classify_grid,
    classify_units,
    classify_units_from_grid,
    fill_gaps,
    smooth_edges,
    unit_shares,
)

# -- Belgium: flexurba's own expectations --------------------------------------------------------


def _read(path) -> np.ndarray:
    from osgeo import gdal

    ds = gdal.Open(str(path))
    assert ds is not None, path
    gt = ds.GetGeoTransform()
    assert abs(gt[1]) == abs(gt[5]) == 1000.0  # the Mollweide grid is 1 km cells
    return ds.GetRasterBand(1).ReadAsArray().astype(np.float64)


def _belgium(shared_data):
    pop = _read(shared_data("belgium", "POP.tif"))
    land = _read(shared_data("belgium", "LAND.tif")) / 1e6  # m² of a 1 km² cell -> share
    built = _read(shared_data("belgium", "BUILT_S.tif")) / 1e6
    expected = json.loads(shared_data("belgium", "flexurba_expected_cells.json").read_text())
    return pop, land, built, expected


@pytest.mark.parametrize("case", [0, 1, 2])
def test_belgium_matches_flexurba_expected_cells(shared_data, case):
    pop, land, built, expected = _belgium(shared_data)
    cells = np.asarray(expected["cell_index_1based_row_major"]) - 1  # 1-based, row-major
    spec = expected["cases"][case]
    assert spec["level1"] is False
    # POP.tif has nodata outside the product (all with no land and no built-up): no people
    grid = classify_grid(
        pop,
        1000,
        land_share=land,
        built_share=built,
        level=2,
        overrides=spec["parameters"],
        nodata_policy="zero",
    )
    got = grid.codes.ravel()[cells]
    want = np.asarray(spec["expected"])
    mismatches = [(int(c) + 1, int(g), int(w)) for c, g, w in zip(cells, got, want) if g != w]
    assert mismatches == [], f"case {case}: (cell, got, expected) {mismatches}"
    assert len(want) == 50 and (got == want).sum() == 50
    assert grid.built_criterion_used


def test_belgium_level1_is_level2_aggregated(shared_data):
    pop, land, built, _ = _belgium(shared_data)
    kw = dict(land_share=land, built_share=built, nodata_policy="zero")
    l1 = classify_grid(pop, 1000, level=1, **kw).codes
    l2 = classify_grid(pop, 1000, level=2, **kw).codes
    assert np.array_equal(l1 == 3, l2 == 30)
    assert np.array_equal(l1 == 0, l2 == 10)
    # suburban cells are urban-cluster cells outside centres and dense/semi-dense clusters
    assert (l1[l2 == 21] == 2).all()


# -- synthetic grids -------------------------------------------------------------------------


def _grid(shape=(20, 20), value=0.0):
    return np.full(shape, float(value))


def test_exactly_50000_is_an_urban_centre():
    pop = _grid()
    pop[5:10, 5:10] = 2000.0  # 25 cells x 2 000 = 50 000 exactly
    codes = classify_grid(pop, 1000, level=2).codes
    assert (codes[5:10, 5:10] == 30).all()
    pop[5, 5] = 1999.0  # 49 999: a dense urban cluster, not a centre
    codes = classify_grid(pop, 1000, level=2).codes
    assert not (codes == 30).any()
    assert (codes[5:10, 5:10] == 23).all()


def test_exactly_50000_from_fractional_cells():
    pop = _grid()
    pop[5:10, 5:10] = 2000.0
    pop[5, 5:10] = [1999.9, 2000.1, 1999.7, 2000.2, 2000.1]  # still sums to 50 000
    assert abs(pop.sum() - 50000) < 1e-6
    codes = classify_grid(pop, 1000, level=2).codes
    assert (codes[5:10, 5:10] == 30).all()


def test_urban_centre_4_connectivity_vs_8():
    pop = _grid()
    pop[2:7, 2:5] = 2000.0  # 15 cells = 30 000
    pop[7:12, 5:8] = 2000.0  # 15 cells = 30 000, touching the first only at a corner
    rook = classify_grid(pop, 1000, level=2, overrides={"UC_smooth_edge": False}).codes
    assert not (rook == 30).any()  # two clusters of 30 000 each
    assert (rook[pop > 0] == 23).all()
    queen = classify_grid(
        pop, 1000, level=2, overrides={"UC_smooth_edge": False, "UC_contiguity_rule": 8}
    ).codes
    assert (queen[pop > 0] == 30).all()  # one cluster of 60 000


def test_urban_cluster_8_connectivity_vs_4():
    pop = _grid()
    pop[2:4, 2:4] = 800.0  # 3 200
    pop[4:6, 4:6] = 800.0  # 3 200, diagonal contact only
    l1 = classify_grid(pop, 1000, level=1).codes
    assert (l1[pop > 0] == 2).all()  # queen: 6 400 >= 5 000
    l1_rook = classify_grid(pop, 1000, level=1, overrides={"UCL_contiguity_rule": 4}).codes
    assert (l1_rook[pop > 0] == 1).all()


def test_gap_filling_below_15_km2():
    for hole_shape, filled in (((2, 7), True), ((3, 5), False), ((3, 3), True), ((4, 4), False)):
        pop = _grid((24, 24))
        pop[3:15, 3:15] = 2000.0
        h, w = hole_shape
        pop[6 : 6 + h, 6 : 6 + w] = 0.0  # a hole of h*w km², fully enclosed
        res = classify_grid(pop, 1000, level=2, overrides={"UC_smooth_edge": False})
        hole = res.codes[6 : 6 + h, 6 : 6 + w]
        assert (hole == 30).all() == filled, (hole_shape, hole)
        assert res.diagnostics["gap_cells_filled"] == (h * w if filled else 0)
        if not filled:
            assert not (hole == 30).any()


def test_gap_touching_the_outside_is_not_filled():
    pop = _grid((24, 24))
    pop[3:15, 3:15] = 2000.0
    pop[6:9, 3:5] = 0.0  # open to the outside on the left edge of the centre
    codes = classify_grid(pop, 1000, level=2, overrides={"UC_smooth_edge": False}).codes
    assert not (codes[6:9, 3:5] == 30).any()


def test_gap_enclosed_through_a_corner_is_filled():
    # X X X
    # X . X      the gap touches the outside only at a corner: a polygon hole
    # X X .
    labels = np.zeros((5, 5), dtype=np.int32)
    labels[1, 1:4] = 1
    labels[2, 1] = labels[2, 3] = 1
    labels[3, 1:3] = 1
    filled, n = fill_gaps(labels, 15)
    assert filled[2, 2] == 1 and filled[3, 3] == 0 and n == 1


def _notched_block(depth: int = 1):
    pop = _grid((14, 14))
    pop[3:9, 3:9] = 2000.0  # 36 cells = 72 000, straight edges add nothing
    pop[3 : 3 + depth, 5] = 100.0  # a notch in the top edge, not dense
    return pop


def test_edge_smoothing_majority_rule_and_iteration():
    pop = _notched_block(depth=1)
    codes = classify_grid(pop, 1000, level=2).codes
    assert codes[3, 5] == 30  # 5 of its 8 neighbours belong to the centre
    assert (codes[2, 3:9] != 30).all()  # 3 of 8 above a straight edge: never
    off = classify_grid(pop, 1000, level=2, overrides={"UC_smooth_edge": False}).codes
    assert off[3, 5] != 30
    # two-deep notch: the inner cell joins first, then the outer one (second round)
    pop2 = _notched_block(depth=2)
    labels = np.zeros(pop2.shape, dtype=np.int32)
    labels[pop2 >= 1500] = 1
    for version in (dp.SMOOTH_R2022A, dp.SMOOTH_R2023A):
        smoothed, rounds = smooth_edges(labels, version)
        assert smoothed[4, 5] == 1 and smoothed[3, 5] == 1, version
        assert rounds >= 3  # round 1 adds (4,5), round 2 adds (3,5), round 3 adds nothing


def test_edge_smoothing_water_never_joins_and_majority_among_land():
    pop = _notched_block(depth=1)
    land = np.ones(pop.shape)
    pop[3, 5] = 0.0
    land[3, 5] = 0.2  # the notch is water: no people, no built-up, < 50 % land
    codes = classify_grid(pop, 1000, land_share=land, level=2).codes
    assert codes[3, 5] == 10
    r2022 = classify_grid(
        pop, 1000, land_share=land, level=2, overrides={"UC_smooth_edge_fun": dp.SMOOTH_R2022A}
    ).codes
    assert r2022[3, 5] == 30  # the 2022 rule lets water join
    # 2023 rule: the majority is taken among populated or land neighbours only
    labels = np.zeros((5, 5), dtype=np.int32)
    labels[1, 1] = labels[2, 1] = labels[3, 1] = labels[3, 2] = 1  # 4 of (2,2)'s neighbours
    skip = np.zeros((5, 5), dtype=bool)
    skip[1, 2] = skip[1, 3] = skip[2, 3] = skip[3, 3] = True  # the other 4: empty water
    s23, _ = smooth_edges(labels, dp.SMOOTH_R2023A, skip_neighbour=skip)
    s22, _ = smooth_edges(labels, dp.SMOOTH_R2022A)
    assert s23[2, 2] == 1 and s22[2, 2] == 0


def _centre_and_semi_dense(gap_cells: int):
    pop = _grid((16, 30))
    pop[4:10, 2:8] = 2000.0  # urban centre 72 000, straight edges
    start = 8 + gap_cells  # first column of the semi-dense cluster
    pop[6, start : start + 4] = 1000.0  # 4 cells x 1 000 = 4 000, >= 900/km², 4-connected
    return pop, start


def test_semi_dense_cluster_two_cell_buffer():
    pop, start = _centre_and_semi_dense(gap_cells=2)  # nearest cell 3 queen steps away
    codes = classify_grid(pop, 1000, level=2).codes
    assert (codes[6, start : start + 4] == 22).all()
    pop, start = _centre_and_semi_dense(gap_cells=1)  # nearest cell 2 steps away: rejected
    codes = classify_grid(pop, 1000, level=2).codes
    cluster = codes[6, start : start + 4]
    assert not (cluster == 22).any()  # rejected whole, although 3 cells lie outside the buffer
    assert (cluster == 13).all()  # 4 000 < 5 000: not suburban; a rural cluster (>= 500)
    # the 2021 manual used 3 cells: the far cluster is rejected too
    pop, start = _centre_and_semi_dense(gap_cells=2)
    old = classify_grid(pop, 1000, level=2, overrides={"SDUC_buffer_size": 3}).codes
    assert not (old[6, start : start + 4] == 22).any()


def test_water_cells():
    pop = _grid((6, 6), 10.0)
    land = np.ones((6, 6))
    built = np.zeros((6, 6))
    pop[1, 1], land[1, 1] = 0.0, 0.3  # water
    pop[1, 3], land[1, 3] = 0.0, 0.5  # half land: not water
    pop[3, 1], land[3, 1], built[3, 1] = 0.0, 0.1, 0.01  # built-up: not water
    pop[3, 3], land[3, 3] = 1.0, 0.1  # people: not water
    l2 = classify_grid(pop, 1000, land_share=land, built_share=built, level=2).codes
    assert l2[1, 1] == 10
    assert l2[1, 3] == 11 and l2[3, 1] == 11
    assert l2[3, 3] == 11  # 1 person on 0.1 km² of land: 10/km², very low density
    l1 = classify_grid(pop, 1000, land_share=land, built_share=built, level=1).codes
    assert l1[1, 1] == 0 and l1[1, 3] == 1


def test_density_uses_permanent_land():
    pop = _grid((10, 10))
    land = np.ones((10, 10))
    pop[4, 4], land[4, 4] = 40.0, 0.5  # 80 per km² of land -> low-density rural
    pop[4, 6], land[4, 6] = 40.0, 1.0  # 40 per km² -> very low density
    codes = classify_grid(pop, 1000, land_share=land, level=2).codes
    assert codes[4, 4] == 12 and codes[4, 6] == 11


def test_built_up_criterion_and_its_absence():
    pop = _grid()
    pop[5:10, 5:10] = 2100.0  # 52 500
    pop[7, 7] = 1000.0  # not dense by population: splits nothing (4-conn ring remains)
    built = np.zeros(pop.shape)
    built[7, 7] = 0.3  # but 30 % built-up
    opts = {"UC_smooth_edge": False, "UC_gap_fill": False}
    with_built = classify_grid(pop, 1000, built_share=built, level=2, overrides=opts)
    assert with_built.codes[7, 7] == 30 and with_built.built_criterion_used
    without = classify_grid(pop, 1000, level=2, overrides=opts)
    assert without.codes[7, 7] != 30
    assert any("built-up" in m for m in without.messages)
    off = classify_grid(
        pop,
        1000,
        built_share=built,
        level=2,
        overrides={**opts, "UC_built_criterion": False, "DUC_built_criterium": False},
    )
    assert off.codes[7, 7] != 30


def test_level2_classes_on_one_grid():
    pop = _grid((30, 40))
    pop[2:8, 2:8] = 2000.0  # urban centre
    pop[2:5, 20:22] = 1600.0  # 6 x 1 600 = 9 600: dense urban cluster
    pop[20:23, 2:6] = 400.0  # 12 x 400 = 4 800: rural cluster (< 5 000)
    pop[20:24, 20:25] = 400.0  # 20 x 400 = 8 000: urban cluster -> suburban
    pop[27, 35] = 60.0  # low-density rural
    pop[27, 30] = 10.0  # very low density
    codes = classify_grid(pop, 1000, level=2).codes
    assert (codes[2:8, 2:8] == 30).all()
    assert (codes[2:5, 20:22] == 23).all()
    assert (codes[20:23, 2:6] == 13).all()
    assert (codes[20:24, 20:25] == 21).all()
    assert codes[27, 35] == 12 and codes[27, 30] == 11 and codes[0, 39] == 11


# -- padding ----------------------------------------------------------------------------------


def _two_county_grid():
    """A city of 78 400 straddling column 30: 44 800 west of the border, 33 600 east."""
    pop = _grid((40, 60), 20.0)
    pop[10:17, 26:33] = 1600.0  # 7 x 7 cells of 1 600/km²; columns 26..29 are the west
    return pop


def test_cluster_crossing_the_study_area_edge_needs_padding():
    pop = _two_county_grid()
    study = (slice(0, 40), slice(0, 30))  # the western county: columns 0..29
    reference = classify_grid(pop, 1000, level=2).codes[study]
    assert (reference[10:17, 26:30] == 30).all()
    # padded: the study area plus 12 columns of the neighbour, cropped back by `padding`
    padded = classify_grid(pop[:, 0:42], 1000, level=2, padding=(0, 0, 0, 12))
    assert padded.codes.shape == (40, 30)
    assert np.array_equal(padded.codes, reference)
    assert padded.padding == (0, 0, 0, 12)
    # unpadded: the city is cut at the border and falls below 50 000
    cut = classify_grid(pop[study], 1000, level=2)
    assert not (cut.codes[10:17, 26:30] == 30).any()
    assert cut.edge_clusters and any("edge" in m for m in cut.messages)


def test_padding_all_sides_is_cropped():
    pop = _two_county_grid()
    res = classify_grid(pop, 1000, level=1, padding=5)
    full = classify_grid(pop, 1000, level=1).codes
    assert np.array_equal(res.codes, full[5:-5, 5:-5])


# -- bad input --------------------------------------------------------------------------------


def test_negative_population_names_the_cell():
    pop = _grid((5, 5), 10.0)
    pop[2, 3] = -4.0
    with pytest.raises(InputError, match=r"negative.*row 3, column 4"):
        classify_grid(pop, 1000)


def test_nodata_population():
    pop = _grid((5, 5), 10.0)
    pop[1, 2] = np.nan
    with pytest.raises(InputError, match=r"nodata.*row 2, column 3"):
        classify_grid(pop, 1000)
    pop2 = _grid((5, 5), 10.0)
    pop2[0, 0] = -9999.0
    with pytest.raises(InputError, match="nodata"):
        classify_grid(pop2, 1000, nodata=-9999.0)
    res = classify_grid(pop, 1000, nodata_policy="zero")
    assert any("nodata" in m for m in res.messages)


def test_land_share_outside_0_1():
    pop = _grid((5, 5), 10.0)
    land = np.ones((5, 5))
    land[4, 4] = 1000000.0  # m² instead of a share
    with pytest.raises(InputError, match=r"land share.*between 0 and 1.*row 5, column 5"):
        classify_grid(pop, 1000, land_share=land)
    land[4, 4] = -0.1
    with pytest.raises(InputError, match="between 0 and 1"):
        classify_grid(pop, 1000, land_share=land)
    land[4, 4] = np.nan
    with pytest.raises(InputError, match="nodata"):
        classify_grid(pop, 1000, land_share=land)


def test_non_square_cells():
    with pytest.raises(InputError, match="non-square"):
        classify_grid(_grid((5, 5)), (1000, 500))
    assert classify_grid(_grid((5, 5)), (1000, -1000)).codes.shape == (5, 5)


def test_bad_parameters_and_shapes():
    pop = _grid((5, 5))
    with pytest.raises(InputError, match="Unknown DEGURBA parameter 'UC_density'"):
        classify_grid(pop, 1000, overrides={"UC_density": 1000})
    with pytest.raises(InputError, match="4 \\(rook\\) or 8"):
        classify_grid(pop, 1000, overrides={"SDUC_contiguity_rule": 6})
    with pytest.raises(InputError, match="true or false"):
        classify_grid(pop, 1000, overrides={"UC_smooth_edge": "maybe"})
    with pytest.raises(InputError, match="not supported"):
        classify_grid(pop, 1000, overrides={"UC_smooth_pop": True})
    with pytest.raises(InputError, match="preset"):
        classify_grid(pop, 1000, preset="2030")
    with pytest.raises(InputError, match="aligned"):
        classify_grid(pop, 1000, land_share=np.ones((4, 5)))
    with pytest.raises(InputError, match="level"):
        classify_grid(pop, 1000, level=3)


def test_presets_differ_only_where_documented():
    p24 = dp.resolve_parameters(dp.PRESET_2024)
    p21 = dp.resolve_parameters(dp.PRESET_2021)
    differ = {k for k in p24 if p24[k] != p21[k]}
    assert differ == {
        "UC_built_threshold",
        "DUC_built_threshold",
        "UC_smooth_edge_fun",
        "SDUC_density_threshold",
        "SDUC_size_threshold",
        "SDUC_contiguity_rule",
        "SDUC_buffer_size",
    }
    assert all(p.source for p in dp.PARAMETERS.values())
    assert (p24["SDUC_density_threshold"], p24["SDUC_size_threshold"]) == (900.0, 2500.0)
    assert (p21["SDUC_density_threshold"], p21["SDUC_size_threshold"]) == (300.0, 5000.0)


# -- spatial units ----------------------------------------------------------------------------


def test_units_level1_and_level2():
    codes = np.array(
        [
            [30, 30, 21, 13, 11],
            [30, 23, 22, 12, 11],
            [10, 10, 11, 11, 11],
        ]
    )
    units = np.array(
        [
            [0, 0, 1, 2, 2],
            [0, 1, 1, 2, 2],
            [3, 3, 4, 4, -1],
        ]
    )
    pop = np.array(
        [
            [500.0, 400.0, 100.0, 300.0, 10.0],
            [200.0, 300.0, 250.0, 20.0, 5.0],
            [0.0, 0.0, 0.0, 0.0, 99.0],
        ]
    )
    ids = ["0114", "0115", "0116", "0117", "0118"]
    l1 = classify_units_from_grid(codes, units, pop, ids, level=1)
    l2 = classify_units_from_grid(codes, units, pop, ids, level=2)
    by = l2.set_index("unit_id")
    # 0114: all 1 100 inhabitants in urban centres -> city
    assert by.loc["0114", "class_l1"] == 3 and by.loc["0114", "class_l2"] == 30
    # 0115: 300 (23) + 250 (22) + 100 (21): dense town? UC+DUC = 300/650 < 50 %;
    # suburban + rural = 100/650 < 50 % -> semi-dense town
    assert by.loc["0115", "class_l1"] == 2 and by.loc["0115", "class_l2"] == 22
    # 0116: 300 rural cluster + 20 + 15 -> rural, village (>= 50 % in clusters)
    assert by.loc["0116", "class_l1"] == 1 and by.loc["0116", "class_l2"] == 13
    # 0117: no population, all water -> classified by land area: rural
    assert by.loc["0117", "basis"] == "land area" and by.loc["0117", "class_l1"] == 1
    # 0118: no population, both cells very low density -> mostly uninhabited
    assert by.loc["0118", "basis"] == "land area" and by.loc["0118", "class_l2"] == 11
    assert list(l1["unit_id"]) == ids
    assert "class_l2" not in l1.columns
    old = classify_units(unit_shares(codes, units, pop, ids), level=2, rules=dp.PRESET_2021)
    assert old.set_index("unit_id").loc["0115", "class_l2"] == 23  # 2021: dense > semi-dense


def test_units_level2_needs_level2_grid():
    codes = np.array([[3, 2], [1, 0]])
    units = np.zeros((2, 2), dtype=int)
    pop = np.ones((2, 2))
    assert classify_units_from_grid(codes, units, pop, ["a"], level=1)["class_l1"].iloc[0] == 2
    with pytest.raises(InputError, match="level-2 grid"):
        classify_units_from_grid(codes, units, pop, ["a"], level=2)


def test_units_bad_codes_and_population():
    units = np.zeros((2, 2), dtype=int)
    with pytest.raises(InputError, match="not DEGURBA codes"):
        unit_shares(np.array([[30, 5], [11, 11]]), units, np.ones((2, 2)), ["a"])
    with pytest.raises(InputError, match="nodata"):
        unit_shares(np.full((2, 2), 11), units, np.array([[1.0, np.nan], [1, 1]]), ["a"])
    frame = unit_shares(np.full((2, 2), 11), units, np.ones((2, 2)), ["a"])
    assert isinstance(frame, pd.DataFrame) and frame["population"].sum() == 4


# -- properties on random grids -------------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), pad=st.integers(0, 4))
def test_random_grids_levels_agree_and_padding_crops(seed, pad):
    rng = np.random.default_rng(seed)
    pop = rng.lognormal(5.5, 1.6, size=(30, 34)) * (rng.random((30, 34)) < 0.8)
    land = np.where(rng.random((30, 34)) < 0.05, 0.2, 1.0)
    pop[land < 0.5] = 0.0
    kw = dict(land_share=land, overrides={"UC_size_threshold": 20000})
    l1 = classify_grid(pop, 1000, level=1, **kw).codes
    l2 = classify_grid(pop, 1000, level=2, **kw).codes
    assert np.array_equal(l1 == 3, l2 == 30)
    assert np.array_equal(l1 == 0, l2 == 10)
    assert set(np.unique(l2)) <= {30, 23, 22, 21, 13, 12, 11, 10}
    padded = classify_grid(pop, 1000, level=2, padding=pad, **kw).codes
    assert np.array_equal(padded, l2[pad : 30 - pad, pad : 34 - pad])


# -- grid inputs: units of land / built-up, nodata outside the data ----------------------------


def test_unit_of_a_share_grid_is_detected_from_the_values():
    from RegionAtlas.regionatlas.settlement import grid_input as gi

    share = gi.as_share(np.array([[0.0, 0.5], [1.0, np.nan]]), gi.UNIT_DETECT, 1e6)
    assert share.unit == gi.UNIT_SHARE and share.detected
    assert np.array_equal(share.values, np.array([[0.0, 0.5], [1.0, np.nan]]), equal_nan=True)
    m2 = gi.as_share(np.array([[0.0, 250000.0], [1e6, 2.0]]), gi.UNIT_DETECT, 1e6)
    assert m2.unit == gi.UNIT_SQUARE_METRES and m2.maximum == 1e6
    assert m2.values.tolist() == [[0.0, 0.25], [1.0, 2e-6]]
    with pytest.raises(InputError, match="1.5e\\+06, is above the cell area"):
        gi.as_share(np.array([[1.5e6]]), gi.UNIT_DETECT, 1e6)
    with pytest.raises(InputError, match="built-up raster.*1.5, is above 1 but far below"):
        gi.as_share(np.array([[1.5, 0.2]]), gi.UNIT_DETECT, 1e6, "built-up")
    given = gi.as_share(np.array([[0.5]]), gi.UNIT_SQUARE_METRES, 1e6)
    assert given.suspicious and not given.detected and given.values[0, 0] == 5e-7


def test_nodata_outside_the_data_is_no_population_and_inside_is_refused():
    pop = np.full((6, 6), 100.0)
    pop[0, :2] = np.nan  # touches the edge: outside
    pop[2, 2] = np.nan  # inside, without land: outside (sea)
    land = np.ones((6, 6))
    land[2, 2] = 0.0
    result = classify_grid(pop, 1000.0, land_share=land, nodata_policy="outside")
    assert result.diagnostics["nodata_cells"] == 3
    pop[4, 4] = np.nan  # inside, on land: a gap in the data
    with pytest.raises(InputError, match="row 5, column 5"):
        classify_grid(pop, 1000.0, land_share=land, nodata_policy="outside")
    assert classify_grid(pop, 1000.0, nodata_policy="zero").diagnostics["nodata_cells"] == 4


def test_grid_from_cells_places_polygons_by_their_boxes():
    from RegionAtlas.regionatlas.settlement.grid_input import grid_from_cells

    boxes = [(0, 1000, 1000, 2000), (1000, 0, 2000, 1000), (2000, 1000, 3000, 2000)]
    grid = grid_from_cells(boxes, [5.0, 7.0, 9.0])
    assert grid.values.tolist() == [[5.0, 0.0, 9.0], [0.0, 7.0, 0.0]]
    assert grid.geotransform == (0.0, 1000.0, 0.0, 2000.0, 0.0, -1000.0)
    assert grid.absent_cells == 3
    with pytest.raises(InputError, match="non-square"):
        grid_from_cells([(0, 0, 1000, 500)], [1.0])


def test_units_of_cells_by_cell_centre():
    import shapely
    from RegionAtlas.regionatlas.settlement.grid_input import units_of_cells

    gt = (0.0, 1000.0, 0.0, 3000.0, 0.0, -1000.0)  # 3 rows x 4 columns of 1 km
    west = shapely.box(0, 0, 2000, 3000)
    east = shapely.box(2000, 1000, 4000, 3000)
    over = shapely.box(2400, 2400, 2600, 2600)  # covers the centre of row 0, column 2
    tiny = shapely.box(100, 100, 200, 200)  # covers no centre
    index = units_of_cells([west, None, east, over, tiny], gt, (3, 4))
    assert index.tolist() == [[0, 0, 3, 2], [0, 0, 2, 2], [0, 0, -1, -1]]


def test_parse_overrides_reads_flexurba_json_and_names_the_position():
    assert dp.parse_overrides("  ") is None
    assert dp.parse_overrides('{"UC_smooth_edge": false, "DUC_size_threshold": 6000}') == {
        "UC_smooth_edge": False,
        "DUC_size_threshold": 6000,
    }
    with pytest.raises(InputError, match=r"OVERRIDES is not valid JSON .* line 1, column 20"):
        dp.parse_overrides('{"UC_smooth_edge": fals}')
    with pytest.raises(InputError, match='must be a JSON object, e.g. {"UC_smooth_edge"'):
        dp.parse_overrides("[1, 2]")


def test_grid_output_geotransform_and_metadata_after_padding():
    from RegionAtlas.regionatlas.settlement.degurba_output import (
        cropped_geotransform,
        grid_metadata,
    )

    # 1 km cells, origin (4000000, 3000000), north up; 2 rows cut at the top, 3 columns left
    gt = (4_000_000.0, 1000.0, 0.0, 3_000_000.0, 0.0, -1000.0)
    assert cropped_geotransform(gt, (2, 1, 3, 0)) == (
        4_003_000.0,
        1000.0,
        0.0,
        2_998_000.0,
        0.0,
        -1000.0,
    )
    population = np.zeros((9, 9))
    population[3:6, 3:6] = 2000.0
    result = classify_grid(population, 1000.0, level=1, padding=1)
    meta = grid_metadata(result, '{"algorithm": "regionatlas:degurba"}')
    assert meta["REGIONATLAS_PROVENANCE"] == '{"algorithm": "regionatlas:degurba"}'
    assert meta["DEGURBA_LEVEL"] == "1" and meta["DEGURBA_PRESET"] == result.preset
    assert json.loads(meta["DEGURBA_PADDING"]) == [1, 1, 1, 1]
    assert json.loads(meta["DEGURBA_PARAMETERS"]) == json.loads(
        json.dumps(result.parameters, sort_keys=True)
    )
    cells = {int(k): v for k, v in json.loads(meta["DEGURBA_CELLS_PER_CODE"]).items()}
    assert cells == result.counts() and sum(cells.values()) == 7 * 7
    assert {k for k in meta if k.startswith("CLASS_")} == {f"CLASS_{c}" for c in dp.LEVEL1_NAMES}
    assert meta["DEGURBA_BUILT_CRITERION"] in ("true", "false")
