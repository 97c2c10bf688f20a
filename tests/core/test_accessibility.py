"""Accessibility core on hand-computed networks: one-way streets, lines that only cross,
shared interior vertices, tolerance, disconnected parts, snapping, ties, measures, bad input."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest
from RegionAtlas.regionatlas.accessibility import (
    build_network,
    locate,
    nearest_by_category,
    opportunity_measures,
    require_on_network,
    resolve_directions,
    resolve_speeds,
    service_areas,
    speed_table,
    travel_time_matrix,
    zone_aggregates,
)
from RegionAtlas.regionatlas.accessibility.measures import check_categories, parse_minutes
from RegionAtlas.regionatlas.errors import InputError

#  D (1000,2000)
#  |
#  +------------+ (2000,1000)      L3: 60 km/h both ways, 3 km from B to C
#  |            |
#  A ---- B --|-- C               L1: A-B 60 km/h; L2: B-C 30 km/h one way B->C
#  (0,0) (1000,0) X (2000,0)      L4: crosses L2 at (1500,0) without a shared vertex
LINES = [
    np.array([[0, 0], [1000, 0]]),
    np.array([[1000, 0], [2000, 0]]),
    np.array([[1000, 0], [1000, 1000], [2000, 1000], [2000, 0]]),
    np.array([[1500, -500], [1500, 500]]),
    np.array([[1000, 1000], [1000, 2000]]),
]
IDS = ["L1", "L2", "L3", "L4", "L5"]


def network(oneway=(None, "yes", "no", "", "no"), speeds=(60, 30, 60, 60, 60), tolerance=0.0):
    return build_network(
        LINES,
        resolve_speeds(IDS, list(speeds)),
        resolve_directions(IDS, list(oneway)),
        tolerance,
    )


def points(net, names, xy, max_snap=500.0, **kw):
    return locate(net, names, np.array(xy, dtype=float), 5.0, max_snap, **kw)


def matrix_dict(frame):
    return {
        (o, d): (m, r)
        for o, d, m, r in frame[["origin_id", "destination_id", "minutes", "metres"]].itertuples(
            index=False
        )
    }


def test_one_way_street_crossing_lines_and_shared_interior_vertex():
    net = network()
    pts = require_on_network(
        points(net, ["A", "C", "X", "D"], [[0, 0], [2000, 0], [1500, -500], [1000, 2000]]),
        "ORIGINS",
    )
    got = matrix_dict(travel_time_matrix(net, pts, pts))
    # A->C along the one-way street: 1 + 2 minutes, 2 km.
    assert got[("A", "C")] == pytest.approx((3.0, 2000.0))
    # C->A cannot use the one-way street: round L3 (3 km at 60) then L1: 4 minutes, 4 km.
    assert got[("C", "A")] == pytest.approx((4.0, 4000.0))
    # D joins L3 at its interior vertex (1000,1000): A->D = 1 + 1 + 1 minutes.
    assert got[("A", "D")] == pytest.approx((3.0, 3000.0))
    # X lies on a line that only crosses L2: no connection, so no pair with others.
    assert ("A", "X") not in got and ("X", "A") not in got
    assert got[("X", "X")] == pytest.approx((0.0, 0.0))


def test_without_one_way_the_short_street_is_used_both_ways():
    net = network(oneway=(None, None, None, None, None))
    pts = require_on_network(points(net, ["A", "C"], [[0, 0], [2000, 0]]), "ORIGINS")
    got = matrix_dict(travel_time_matrix(net, pts, pts))
    assert got[("C", "A")] == pytest.approx((3.0, 2000.0))


def test_reverse_one_way_value():
    net = network(oneway=(None, "-1", "no", "", "no"))
    pts = require_on_network(points(net, ["A", "C"], [[0, 0], [2000, 0]]), "ORIGINS")
    got = matrix_dict(travel_time_matrix(net, pts, pts))
    assert got[("C", "A")] == pytest.approx((3.0, 2000.0))
    assert got[("A", "C")] == pytest.approx((4.0, 4000.0))


def test_connectors_snapping_and_points_off_the_network():
    net = network()
    pts = points(net, ["O", "Far"], [[0, 300], [10_000, 10_000]], max_snap=500.0)
    assert pts.off_network_ids == ["Far"]
    assert pts.snap_m[0] == pytest.approx(300.0)
    # 300 m at 5 km/h = 3.6 minutes.
    assert pts.connector_min[0] == pytest.approx(3.6)
    dest = require_on_network(points(net, ["C"], [[2000, 0]]), "DESTINATIONS")
    got = matrix_dict(travel_time_matrix(net, require_on_network(pts, "ORIGINS"), dest))
    assert got[("O", "C")] == pytest.approx((3.6 + 3.0, 2300.0))
    with pytest.raises(InputError, match="No point of ORIGINS is within MAX_SNAP"):
        require_on_network(points(net, ["Far"], [[1e5, 1e5]]), "ORIGINS")


def test_cut_off_keeps_only_pairs_within():
    net = network()
    pts = require_on_network(points(net, ["A", "C", "D"], [[0, 0], [2000, 0], [1000, 2000]]), "O")
    frame = travel_time_matrix(net, pts, pts, max_minutes=3.5)
    assert set(zip(frame.origin_id, frame.destination_id)) == {
        ("A", "A"), ("A", "C"), ("A", "D"), ("C", "C"), ("C", "D"),
        ("D", "D"), ("D", "A"), ("D", "C"),
    }  # fmt: skip
    assert (frame.minutes <= 3.5).all()


def test_tolerance_joins_near_end_points():
    lines = [np.array([[0, 0], [1000, 0]]), np.array([[1000.4, 0], [2000, 0]])]
    speeds = resolve_speeds(["a", "b"], [60, 60])
    apart = build_network(lines, speeds, tolerance=0.0)
    joined = build_network(lines, speeds, tolerance=1.0)
    for net, reached in ((apart, False), (joined, True)):
        pts = require_on_network(points(net, ["s", "t"], [[0, 0], [2000, 0]]), "O")
        got = matrix_dict(travel_time_matrix(net, pts, pts))
        assert (("s", "t") in got) is reached
    assert matrix_dict(
        travel_time_matrix(
            joined,
            require_on_network(points(joined, ["s"], [[0, 0]]), "O"),
            require_on_network(points(joined, ["t"], [[2000, 0]]), "D"),
        )
    )[("s", "t")][0] == pytest.approx((1000 + 999.6) / 1000)


def test_nearest_per_category_with_ties_and_unreachable():
    net = network()
    origins = require_on_network(points(net, ["A", "X"], [[0, 0], [1500, -500]]), "O")
    dest = require_on_network(
        points(
            net,
            ["s1", "s2", "h1"],
            [[1000, 2000], [2000, 0], [1000, 0]],
            category=["shop", "shop", "health"],
        ),
        "D",
    )
    cats = check_categories(dest, None)
    result = nearest_by_category(net, origins, dest, cats)
    minutes, which = result["shop"]
    # A reaches both shops in exactly 3 minutes (a tie): the time is 3 either way.
    assert minutes[0] == pytest.approx(3.0) and which[0] in ("s1", "s2")
    assert math.isinf(minutes[1]) and which[1] is None
    assert result["health"][0][0] == pytest.approx(1.0) and result["health"][1][0] == "h1"
    with pytest.raises(InputError, match="No destination has the category 'school'"):
        check_categories(dest, ["school"])


def test_cumulative_gravity_and_2sfca_by_hand():
    net = network()
    origins = require_on_network(
        points(net, ["A", "C"], [[0, 0], [2000, 0]], weight=[100, 300]), "O"
    )
    dest = require_on_network(
        points(net, ["B", "D"], [[1000, 0], [1000, 2000]], weight=[10, 20]), "D"
    )
    out = opportunity_measures(
        net, origins, dest, ["all"], [1.5, 3.5], gravity=True, half_life=2.0, two_step=True
    )
    # A: B in 1, D in 3; C: B in 3, D in 3.
    assert out["cum_1_5"].tolist() == [10.0, 0.0]
    assert out["cum_3_5"].tolist() == [30.0, 30.0]
    beta = math.log(2) / 2.0
    assert out["grav"][0] == pytest.approx(10 * math.exp(-beta) + 20 * math.exp(-3 * beta))
    assert out["grav"][1] == pytest.approx(10 * math.exp(-3 * beta) + 20 * math.exp(-3 * beta))
    # 2SFCA at 3.5: both origins reach both; R_B = 10/400, R_D = 20/400; A_i = 30/400.
    assert out["sfca_3_5"] == pytest.approx([30 / 400, 30 / 400])
    # At 1.5: only A reaches B: R_B = 10/100.
    assert out["sfca_1_5"] == pytest.approx([0.1, 0.0])


def test_matches_networkx_on_a_random_grid():
    rng = np.random.default_rng(7)
    lines, speeds, dirs = [], [], []
    size = 12
    for i in range(size):
        for j in range(size):
            for di, dj in ((1, 0), (0, 1)):
                if i + di < size and j + dj < size:
                    lines.append(np.array([[i * 100, j * 100], [(i + di) * 100, (j + dj) * 100]]))
                    speeds.append(float(rng.choice([20, 30, 50, 70])))
                    dirs.append(rng.choice(["no", "no", "yes", "-1"]))
    ids = [str(k) for k in range(len(lines))]
    net = build_network(lines, resolve_speeds(ids, speeds), resolve_directions(ids, dirs))
    g = nx.DiGraph()
    for line, s, d in zip(lines, speeds, dirs):
        a, b = tuple(line[0]), tuple(line[1])
        t = 100 / (s * 1000 / 60)
        if d != "-1":
            g.add_edge(a, b, weight=t)
        if d != "yes":
            g.add_edge(b, a, weight=t)
    xy = [[i * 100, j * 100] for i in range(size) for j in range(size)]
    names = [f"p{k}" for k in range(len(xy))]
    pts = require_on_network(points(net, names, xy), "O")
    got = matrix_dict(travel_time_matrix(net, pts, pts))
    for k in range(0, len(xy), 7):
        want = nx.single_source_dijkstra_path_length(g, tuple(map(float, xy[k])))
        for m, target in enumerate(xy):
            key = (names[k], names[m])
            t = want.get(tuple(map(float, target)))
            if t is None:
                assert key not in got
            else:
                assert got[key][0] == pytest.approx(t, abs=1e-9)


def test_zone_aggregates_bands_and_weighted_mean():
    minutes = {"shop": np.array([2.0, 7.0, 40.0, np.inf, 3.0])}
    population = np.array([10.0, 30.0, 60.0, 100.0, 50.0])
    zone = np.array([0, 0, 0, 0, 1])
    frame = zone_aggregates(zone, ["k1", "k2"], population, minutes, (5, 10, 30))
    row = frame.set_index("zone_id").loc["k1"]
    assert row["population"] == 200
    assert row["mean_shop"] == pytest.approx((20 + 210 + 2400) / 100)
    assert row["pct_shop_lt5"] == pytest.approx(5.0)
    assert row["pct_shop_5_10"] == pytest.approx(15.0)
    assert row["pct_shop_10_30"] == pytest.approx(0.0)
    assert row["pct_shop_ge30"] == pytest.approx(30.0)
    assert row["pct_shop_none"] == pytest.approx(50.0)
    assert row["within_shop_10"] == pytest.approx(20.0)
    assert frame.set_index("zone_id").loc["k2", "within_shop_5"] == pytest.approx(100.0)


def test_service_area_reaches_partial_edges():
    net = build_network([np.array([[0, 0], [6000, 0]])], resolve_speeds(["a"], [60]))
    dest = require_on_network(points(net, ["s"], [[0, 0]]), "D")
    (sid, t3, area3), (_, t1, area1) = service_areas(net, dest, [1, 3], buffer_m=10)
    assert (sid, t3, t1) == ("s", 3.0, 1.0)
    # 3 minutes at 60 km/h = 3 km of road, buffered by 10 m.
    assert area3.bounds == pytest.approx((-10, -10, 3010, 10))
    assert area1.bounds == pytest.approx((-10, -10, 1010, 10))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: build_network([], np.array([])), "no line with two or more vertices"),
        (
            lambda: build_network([np.array([[0, 0], [0, 0]])], np.array([50.0])),
            "no edge between two different vertices",
        ),
        (lambda: resolve_speeds(["r1", "r2"], [50, -20]), r"r2 \(-20\)"),
        (lambda: resolve_speeds(["r1"], [None], default_kmh=0), "have no speed"),
        (
            lambda: resolve_speeds(["r1"], None, ["footway"], speed_table("osm"), 0),
            "Classes without a speed: footway",
        ),
        (lambda: speed_table('{"primary": -5}'), "class 'primary'"),
        (lambda: speed_table("fast"), "neither a preset"),
        (lambda: resolve_directions(["r1"], ["maybe"]), "'maybe'"),
        (lambda: parse_minutes("30,abc", "THRESHOLDS", ()), "THRESHOLDS: 'abc'"),
    ],
)
def test_bad_input_messages(call, message):
    with pytest.raises(InputError, match=message):
        call()


def test_duplicated_ids_and_negative_weights():
    net = network()
    with pytest.raises(InputError, match="DESTINATIONS must be unique.*'?b"):
        locate(net, ["a", "b", "b"], np.zeros((3, 2)), 5, 100, what="DESTINATIONS")
    with pytest.raises(InputError, match="missing or negative weight: a"):
        locate(net, ["a"], np.zeros((1, 2)), 5, 100, weight=[-1])


def test_speed_presets_and_class_fallback():
    table = speed_table("osm")
    assert table["residential"] == 25.0 and table["motorway"] == 90.0
    speeds = resolve_speeds(
        ["a", "b", "c"], [None, 80, None], ["primary", "primary", "x"], table, 40
    )
    assert speeds.tolist() == [65.0, 80.0, 40.0]
    assert speed_table('{"1": 90, "2": 70}') == {"1": 90.0, "2": 70.0}


def test_nearest_counts_both_connectors():
    net = network()
    # Origin 300 m north of A (3.6 minutes on foot), shop 120 m south of B (1.44 minutes).
    origins = require_on_network(points(net, ["o"], [[0, 300]]), "O")
    shops = require_on_network(points(net, ["s"], [[1000, -120]]), "D")
    minutes, which = nearest_by_category(net, origins, shops, ["all"])["all"]
    assert minutes[0] == pytest.approx(3.6 + 1.0 + 1.44) and which[0] == "s"
    # The matrix agrees with the nearest search.
    assert travel_time_matrix(net, origins, shops).minutes[0] == pytest.approx(minutes[0])


def test_band_bounds_belong_to_the_upper_band():
    # "<5, 5-10": exactly 5 minutes is in 5-10, exactly 10 in 10-30 (Tillväxtanalys' bands).
    frame = zone_aggregates(
        np.array([0, 0, 0]), ["k"], np.ones(3), {"m": np.array([5.0, 10.0, 4.999])}, (5, 10, 30)
    )
    row = frame.iloc[0]
    assert row["pct_m_lt5"] == pytest.approx(100 / 3)
    assert row["pct_m_5_10"] == pytest.approx(100 / 3)
    assert row["pct_m_10_30"] == pytest.approx(100 / 3)
    assert row["within_m_10"] == pytest.approx(200 / 3)


def test_origin_measures_cover_every_origin_and_name_columns_by_category():
    from RegionAtlas.regionatlas.accessibility.per_origin import (
        check_categories_on_network,
        field_safe_categories,
        main_measure,
        origin_measures,
    )

    net = network()
    # "far" lies 5 km from every road: off the network, so it gets no value.
    origins = points(net, ["A", "far", "C"], [[0, 0], [9000, 9000], [2000, 0]], weight=[1, 2, 3])
    dest = points(
        net,
        ["s1", "b1", "h1"],
        [[1000, 2000], [1000, 0], [1000, 0]],
        category=["Shop ", "Vård/Hälsa", "Vård/Hälsa"],
        weight=[5, 7, 1],
    )
    field_safe_categories(dest)
    assert sorted(set(dest.category)) == ["shop", "vård_hälsa"]
    d_net = require_on_network(dest, "D")
    check_categories_on_network(dest, d_net)
    cats = check_categories(d_net, None)
    seen = []
    out = origin_measures(
        net, origins, d_net, cats, [1.5],
        nearest=True, cumulative=True, gravity=False, two_step=False, half_life=10.0,
        progress=seen.append,
    )  # fmt: skip
    assert list(out.columns) == [
        *("min_shop", "near_shop", "min_vård_hälsa", "near_vård_hälsa"),
        *("cum_shop_1_5", "cum_vård_hälsa_1_5"),
    ]
    # within 1.5 minutes A reaches b1 and h1 (1 minute), not s1 (3 minutes)
    assert out.columns["cum_vård_hälsa_1_5"][0] == 8.0 and out.columns["cum_shop_1_5"][0] == 0.0
    assert out.columns["min_shop"][0] == pytest.approx(3.0)  # A -> s1 via B and L3/L5
    assert np.isnan(out.columns["min_shop"][1]) and out.columns["near_shop"][1] is None
    assert math.isinf(out.nearest_minutes["shop"][1])
    assert out.columns["near_vård_hälsa"][0] in ("b1", "h1")
    cum = [k for k in out.columns if k.startswith("cum")]
    assert cum and all(np.isnan(out.columns[k][1]) for k in cum)
    assert set(out.averages) == set(cum) and seen[0] == 0.0
    frame = out.frame(origins)
    assert frame["origin_id"].tolist() == ["A", "far", "C"]
    assert frame["on_network"].tolist() == [True, False, True]
    assert frame["population"].tolist() == [1, 2, 3]
    assert main_measure(list(out.columns), [1.5]) == ("min_shop", True)
    assert main_measure(["grav", "cum_45", "cum_30"], [30.0, 45.0, 60.0]) == ("cum_45", False)
    assert main_measure(["grav"], [30.0]) == ("grav", False)


def test_categories_that_clash_as_field_names_or_leave_the_network_are_refused():
    from RegionAtlas.regionatlas.accessibility.per_origin import (
        check_categories_on_network,
        field_safe_categories,
    )

    net = network()
    clash = points(net, ["a", "b"], [[0, 0], [1000, 0]], category=["Skola", "skola!"])
    with pytest.raises(InputError, match="differ only in case or punctuation: 'Skola'"):
        field_safe_categories(clash)
    far = points(net, ["a", "b"], [[0, 0], [9000, 9000]], category=["shop", "school"])
    with pytest.raises(InputError, match="category 'school' is on the network"):
        check_categories_on_network(far, require_on_network(far, "D"))
