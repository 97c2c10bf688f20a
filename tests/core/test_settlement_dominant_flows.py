"""Dominant flows (Nystuen & Dacey 1961), spec settlement-structure.md section 1."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from RegionAtlas.regionatlas.commuting.odtable import ODTable
from RegionAtlas.regionatlas.errors import InputError
from RegionAtlas.regionatlas.settlement import dominant_flows
from scipy.sparse.csgraph import connected_components


def _od(rows):
    o, d, c = zip(*rows)
    return ODTable.from_records(list(o), list(d), list(c))


def test_toy_a_sends_most_to_b_which_is_larger():
    # A sends most to B; B receives more than A -> A is dominated by B
    t = _od([("A", "B", 10), ("A", "C", 2), ("B", "A", 3), ("C", "B", 1), ("A", "A", 99)])
    res = dominant_flows(t)
    nodes = res.nodes.set_index("id")
    assert nodes.loc["A", "role"] == "dominated"
    assert nodes.loc["A", "dominant_id"] == "B"
    assert nodes.loc["B", "role"] == "dominant"
    assert nodes.loc["A", "size"] == 3  # inflow without the self-flow of 99
    links = res.links
    assert links[["from", "to"]].values.tolist() == [["A", "B"], ["C", "B"]]
    assert links.loc[0, "flow"] == 10
    assert links.loc[0, "share_of_outflow"] == pytest.approx(10 / 12)


def test_levels_on_a_hand_built_hierarchy():
    # sizes (inflow): R=30+20=50, S=8+4=12, T=5, U=3, V=0, W=0, X: independent pair
    t = _od(
        [
            ("S", "R", 30),
            ("T", "R", 20),
            ("U", "S", 8),
            ("V", "S", 4),
            ("W", "T", 5),
            ("R", "S", 1),
            ("X", "Y", 2),
            ("Y", "X", 2),
            ("Z", "V", 3),
        ]
    )
    nodes = dominant_flows(t).nodes.set_index("id")
    expected = {
        "R": ("dominant", 0, "R"),
        "S": ("intermediate", 1, "R"),
        "T": ("intermediate", 1, "R"),
        "U": ("dominated", 2, "R"),
        "V": ("intermediate", 2, "R"),
        "W": ("dominated", 2, "R"),
        "Z": ("dominated", 3, "R"),
        "X": ("independent", 0, None),  # X and Y are equally large: no w_j > w_i
        "Y": ("independent", 0, None),
    }
    for uid, (role, level, dom) in expected.items():
        assert (nodes.loc[uid, "role"], nodes.loc[uid, "level"], nodes.loc[uid, "dominant_id"]) == (
            role,
            level,
            dom,
        ), uid


def test_ratio_k_makes_the_rule_stricter():
    t = _od([("A", "B", 10), ("C", "B", 5), ("B", "A", 4)])  # w_A = 4, w_B = 15
    assert dominant_flows(t, ratio=1).nodes.set_index("id").loc["A", "role"] == "dominated"
    assert dominant_flows(t, ratio=4).nodes.set_index("id").loc["A", "role"] == "independent"
    with pytest.raises(InputError, match=">= 1"):
        dominant_flows(t, ratio=0.5)


def test_ties_go_to_the_smallest_id():
    t = _od(
        [
            ("9", "10", 5),
            ("9", "2", 5),
            ("2", "10", 1),
            ("10", "2", 1),
            ("3", "2", 9),
            ("3", "10", 9),
        ]
    )
    nodes = dominant_flows(t).nodes.set_index("id")
    assert nodes.loc["9", "largest_destination"] == "2"  # "2" < "10" numerically


def _random_od(n: int, seed: int) -> ODTable:
    rng = np.random.default_rng(seed)
    m = n * 6
    o = rng.integers(0, n, m)
    d = np.where(rng.random(m) < 0.5, rng.integers(0, n, m), rng.integers(0, max(n // 20, 1), m))
    c = rng.integers(1, 500, m).astype(float)
    return ODTable.from_arrays(o.astype(str).astype(object), d.astype(str).astype(object), c)


@pytest.mark.parametrize("mode", ["largest", "rihll_wilson"])
def test_each_component_is_a_tree_with_one_dominant(mode):
    t = _random_od(3000, seed=4)
    res = dominant_flows(t, mode=mode)
    nodes, links = res.nodes, res.links
    index = pd.Index(nodes["id"])
    i, j = index.get_indexer(links["from"]), index.get_indexer(links["to"])
    n = len(nodes)
    assert np.bincount(i, minlength=n).max() <= 1  # one kept out-link at most
    g = sp.coo_array((np.ones(len(i)), (i, j)), shape=(n, n))
    n_comp, comp = connected_components(g, directed=False)
    in_tree = np.bincount(np.concatenate([i, j]), minlength=n) > 0
    dominant = (nodes["role"] == "dominant").to_numpy()
    per_comp = np.bincount(comp[in_tree], weights=dominant[in_tree], minlength=n_comp)
    sizes = np.bincount(comp[in_tree], minlength=n_comp)
    assert (per_comp[sizes > 0] == 1).all()
    # edges = nodes - 1 in every component: trees
    edges = np.bincount(comp[i], minlength=n_comp)
    assert (edges[sizes > 0] == sizes[sizes > 0] - 1).all()
    # levels: a child is one deeper than its parent, and points to a larger place
    lvl = nodes["level"].to_numpy()
    assert (lvl[i] == lvl[j] + 1).all()
    w = nodes["size"].to_numpy()
    assert (w[j] > w[i]).all()
    # dominant_id is the root of the component
    roots = nodes["dominant_id"].to_numpy()
    assert (roots[i] == roots[j]).all()
    assert set(nodes.loc[dominant, "id"]) == set(roots[in_tree])


def test_share_mode_keeps_several_links():
    t = _od(
        [("A", "B", 5), ("A", "C", 4), ("A", "D", 1), ("B", "C", 1), ("D", "B", 9), ("D", "C", 9)]
    )
    res = dominant_flows(t, mode="share", share=0.3)
    kept = set(map(tuple, res.links[["from", "to"]].values.tolist()))
    # w: B=14, C=14, D=1, A=0; A->B 50 %, A->C 40 % kept; A->D 10 % below the share
    assert {("A", "B"), ("A", "C")} <= kept and ("A", "D") not in kept
    a = res.nodes.set_index("id").loc["A"]
    assert a["role"] == "dominated" and a["level"] == 1
    with pytest.raises(InputError, match="share"):
        dominant_flows(t, mode="share", share=0)


def test_rihll_wilson_rule():
    # B: inflow 2, sends 10 to C > 2 -> dominated; D: inflow 20 > its largest outflow 3
    t = _od([("A", "B", 2), ("B", "C", 10), ("E", "D", 20), ("D", "C", 3)])
    nodes = dominant_flows(t, mode="rihll_wilson").nodes.set_index("id")
    assert nodes.loc["B", "role"] == "intermediate"  # B also receives A's link (0 < 2)
    assert nodes.loc["D", "role"] == "dominant"  # 20 >= 3: D is not dominated
    assert nodes.loc["C", "role"] == "dominant"


def test_sizes_from_an_attribute_and_missing_ids():
    t = _od([("0101", "0301", 10), ("0301", "0101", 20)])
    res = dominant_flows(t, sizes={"0101": 50, "0301": 500, "9999": 1}, size_field="jobs")
    nodes = res.nodes.set_index("id")
    assert nodes.loc["0301", "role"] == "dominant" and nodes.loc["0101", "dominant_id"] == "0301"
    assert nodes.loc["9999", "role"] == "independent"
    assert any("9999" in m for m in res.messages)
    with pytest.raises(InputError, match=r"missing from the nodes layer: '0301'"):
        dominant_flows(t, sizes={"0101": 50})
    with pytest.raises(InputError, match="jobs"):
        dominant_flows(t, sizes={"0101": 50, "0301": "many"}, size_field="jobs")
    with pytest.raises(InputError, match="mode"):
        dominant_flows(t, mode="biggest")


def test_norway_2022(shared_data):
    frame = pd.read_csv(shared_data("norway", "commuting_2022.csv"), dtype=str)
    t = ODTable.from_frame(frame, "home_kommune", "work_kommune", "employed")
    res = dominant_flows(t)
    nodes = res.nodes.set_index("id")
    assert len(nodes) == t.n
    assert nodes.loc["0301", "role"] == "dominant"  # Oslo
    roles = res.roles()
    assert sum(roles.values()) == t.n and roles["dominant"] >= 10
    assert res.links["share_of_outflow"].between(0, 1).all()


def _reference(table: ODTable, mode: str, ratio: float = 1.0, share: float = 0.1):
    """Plain-loop Nystuen-Dacey written from the spec, independent of the vectorised code."""
    ids = [str(u) for u in table.units]
    dense = table.matrix.toarray()
    n = len(ids)
    flows = {i: {j: dense[i, j] for j in range(n) if j != i and dense[i, j] > 0} for i in range(n)}
    w = [sum(dense[i, j] for i in range(n) if i != j) for j in range(n)]
    kept = []
    for i in range(n):
        out = flows[i]
        if not out:
            continue
        total = sum(out.values())
        best = max(out.values())
        j_star = min(j for j, v in out.items() if v == best)  # ties: smallest id (id order)
        if mode == "largest" and w[j_star] > ratio * w[i]:
            kept.append((i, j_star))
        elif mode == "rihll_wilson" and w[i] < best:
            kept.append((i, j_star))
        elif mode == "share":
            kept += [(i, j) for j, v in out.items() if v >= share * total and w[j] > ratio * w[i]]
    sends = {i for i, _ in kept}
    receives = {j for _, j in kept}
    roles = {}
    for k in range(n):
        if k in sends and k in receives:
            roles[ids[k]] = "intermediate"
        elif k in sends:
            roles[ids[k]] = "dominated"
        elif k in receives:
            roles[ids[k]] = "dominant"
        else:
            roles[ids[k]] = "independent"
    levels = {}
    if mode != "share":
        parent = dict(kept)
        for k in range(n):
            depth, node = 0, k
            while node in parent:
                node, depth = parent[node], depth + 1
            levels[ids[k]] = depth
    return roles, levels, {(ids[i], ids[j]) for i, j in kept}


@pytest.mark.parametrize("mode", ["largest", "share", "rihll_wilson"])
def test_equals_a_plain_loop_reference(shared_data, mode):
    frame = pd.read_csv(shared_data("norway", "commuting_2022.csv"), dtype=str)
    tables = [
        ODTable.from_frame(frame, "home_kommune", "work_kommune", "employed"),
        _random_od(400, seed=11),
    ]
    for t in tables:
        res = dominant_flows(t, mode=mode, ratio=1.2 if mode == "largest" else 1.0, share=0.15)
        roles, levels, links = _reference(
            t, mode, ratio=1.2 if mode == "largest" else 1.0, share=0.15
        )
        nodes = res.nodes.set_index("id")
        assert nodes["role"].to_dict() == roles
        if levels:
            assert nodes["level"].to_dict() == levels
        assert set(map(tuple, res.links[["from", "to"]].values.tolist())) == links


def test_dominant_centres_are_ranked_by_size():
    from RegionAtlas.regionatlas.settlement.dominant_flows import dominant_ranks

    nodes = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d", "e"],
            "role": ["dominant", "dominated", "dominant", "dominant", "independent"],
            "size": [50.0, 900.0, 300.0, 50.0, 1000.0],
        }
    )
    ranks = dominant_ranks(nodes)
    assert ranks.tolist() == [2, pd.NA, 1, 3, pd.NA]
