"""E-I index, permutation test, mixing matrix and assortativity on a hand-counted toy."""

import itertools
import math

import networkx as nx
import pytest

from kg.network import mixing as mx


@pytest.fixture
def toy(make_graph):
    """Sector A: a1, a2, a3; sector B: b1, b2.

    internal ties: a1-a2 (w 2), a2-a3 (1), b1-b2 (1)          -> I = 3, weighted 4
    external ties: a1-b1 (1), a3-b2 (3), a2-b1 (0.5)          -> E = 3, weighted 4.5
    """
    edges = [("a1", "a2", 2), ("a2", "a3", 1), ("b1", "b2", 1),
             ("a1", "b1", 1), ("a3", "b2", 3), ("a2", "b1", 0.5)]
    sectors = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B"}
    return make_graph(edges, sectors)


def test_ei_index_by_hand(toy):
    assert mx.ei_index(toy) == 0.0
    assert mx.ei_index(toy, weight="weight") == pytest.approx((4.5 - 4) / 8.5)


def test_group_ei_by_hand(toy):
    # A: I = 2 (a1-a2, a2-a3), E = 3; B: I = 1, E = 3
    assert mx.group_ei_index(toy) == pytest.approx({"A": 1 / 5, "B": 2 / 4})
    # weighted A: I = 3, E = 4.5; B: I = 1, E = 4.5
    assert mx.group_ei_index(toy, weight="weight") == pytest.approx({"A": 1.5 / 7.5, "B": 3.5 / 5.5})


def test_ei_extremes_and_selfloops(make_graph):
    G = make_graph([("a", "b"), ("c", "d"), ("a", "a")], {"a": "x", "b": "x", "c": "y", "d": "y"})
    assert mx.ei_index(G) == -1.0                      # the self-loop is not a tie
    H = make_graph([("a", "c"), ("b", "d")], {"a": "x", "b": "x", "c": "y", "d": "y"})
    assert mx.ei_index(H) == 1.0
    groups = mx.group_ei_index(make_graph([("a", "b")], {"a": "x", "b": "x", "z": "y"}))
    assert groups["x"] == -1.0 and math.isnan(groups["y"])


def test_ei_errors(make_graph):
    with pytest.raises(ValueError, match="without ties"):
        mx.ei_index(make_graph([], {"a": "x"}))
    G = make_graph([("a", "b")])
    del G.nodes["a"]["sector"]
    with pytest.raises(KeyError, match="sector"):
        mx.ei_index(G)


def test_permutation_expected_matches_analytic(toy):
    # Random relabelling keeps 3 A and 2 B nodes: a tie is internal with probability
    # (3*2 + 2*1) / (5*4) = 0.4, so the expected E-I is 0.6 - 0.4 = 0.2. Check by enumeration too.
    ties = list(toy.edges())
    exact = []
    for a_nodes in itertools.combinations(sorted(toy), 3):
        lab = {n: n in a_nodes for n in toy}
        e = sum(lab[u] != lab[v] for u, v in ties)
        exact.append((2 * e - len(ties)) / len(ties))
    assert sum(exact) / len(exact) == pytest.approx(0.2)
    res = mx.ei_permutation_test(toy, n_permutations=3000, seed=3)
    assert res["expected"] == pytest.approx(0.2, abs=0.02)
    assert res["observed"] == 0.0
    # share of the 10 labellings at least as far from 0.2 as 0.0 is: the two-sided p
    p_exact = sum(abs(x - 0.2) >= 0.2 - 1e-12 for x in exact) / len(exact)
    assert res["p_value"] == pytest.approx(p_exact, abs=0.05)


def test_permutation_segregated_is_significant_and_seeded():
    G = nx.barbell_graph(6, 0)                      # two 6-cliques, one bridge
    nx.set_node_attributes(G, {n: "ab"[n >= 6] for n in G}, "sector")
    res = mx.ei_permutation_test(G, n_permutations=999, seed=5)
    assert res["observed"] == pytest.approx((1 - 30) / 31)
    assert res["p_value"] < 0.01
    assert res == mx.ei_permutation_test(G, n_permutations=999, seed=5)
    assert set(res) == {"observed", "expected", "p_value", "n_permutations", "seed", "weighted"}
    with pytest.raises(ValueError, match="n_permutations"):
        mx.ei_permutation_test(G, n_permutations=0)


def test_mixing_matrix_by_hand(toy):
    m = mx.mixing_matrix(toy)
    assert m["groups"] == ["A", "B"]
    assert m["counts"] == {"A": {"A": 2, "B": 3}, "B": {"A": 3, "B": 1}}
    assert m["weights"] == {"A": {"A": 3.0, "B": 4.5}, "B": {"A": 4.5, "B": 1.0}}


def test_mixing_matrix_directed():
    G = nx.DiGraph()
    G.add_edge("a", "b", weight=2.0)
    G.add_edge("b", "c", weight=1.0)
    nx.set_node_attributes(G, {"a": "x", "b": "y", "c": "y"}, "sector")
    assert mx.mixing_matrix(G)["counts"] == {"x": {"x": 0, "y": 1}, "y": {"x": 0, "y": 1}}


def test_assortativity_by_hand(toy):
    # symmetric mixing shares e_AA = 4/12, e_BB = 2/12, e_AB = e_BA = 3/12; a_A = 7/12, a_B = 5/12
    # r = (6/12 - 74/144) / (1 - 74/144) = -2/70
    assert mx.sector_assortativity(toy) == pytest.approx(-2 / 70)


def test_assortativity_single_group_is_nan(make_graph):
    assert math.isnan(mx.sector_assortativity(make_graph([("a", "b")])))


def test_permutation_numpy_path_agrees(karate):
    """The vectorised null (used from `numpy_ties` ties on) gives the same verdict."""
    slow = mx.ei_permutation_test(karate, n_permutations=500, seed=2, numpy_ties=10**9)
    fast = mx.ei_permutation_test(karate, n_permutations=500, seed=2, numpy_ties=1)
    assert fast["observed"] == slow["observed"]
    assert fast["expected"] == pytest.approx(slow["expected"], abs=0.03)
    assert fast["p_value"] < 0.01 and slow["p_value"] < 0.01
    assert fast == mx.ei_permutation_test(karate, n_permutations=500, seed=2, numpy_ties=1)
