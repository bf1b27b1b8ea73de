"""Structural holes: hand-computed constraint and effective size."""

import math

import pytest

from kg.network import structural_holes as sh


def test_star(make_graph):
    G = make_graph([(0, i) for i in range(1, 6)])     # centre with k = 5 leaves
    table = sh.structural_holes(G)
    assert table[0] == pytest.approx({"constraint": 1 / 5, "effective_size": 5.0, "efficiency": 1.0})
    assert table[3] == pytest.approx({"constraint": 1.0, "effective_size": 1.0, "efficiency": 1.0})


def test_triangle_is_fully_redundant(make_graph):
    G = make_graph([("a", "b"), ("b", "c"), ("a", "c")])
    # p = 1/2 direct + 1/2 * 1/2 indirect, squared, for two contacts: 2 * (3/4)^2
    assert sh.constraint(G) == pytest.approx({"a": 9 / 8, "b": 9 / 8, "c": 9 / 8})
    assert sh.effective_size(G) == pytest.approx({"a": 1.0, "b": 1.0, "c": 1.0})  # 2 - 2*1/2


def test_weighted_constraint(make_graph):
    G = make_graph([("a", "b", 1), ("b", "c", 3)])
    assert sh.constraint(G)["b"] == pytest.approx((1 / 4) ** 2 + (3 / 4) ** 2)
    assert sh.constraint(G, weight=None)["b"] == pytest.approx(0.5)


def test_weighted_effective_size(make_graph):
    # b's contacts a (weight 1) and c (weight 3) are tied (weight 1).
    # redundancy of a = p_bc * m_ac = 3/4 * 1/1; of c = p_ba * m_ca = 1/4 * 1/3
    G = make_graph([("a", "b", 1), ("b", "c", 3), ("a", "c", 1)])
    assert sh.effective_size(G)["b"] == pytest.approx((1 - 3 / 4) + (1 - 1 / 12))


def test_padgett_medici(florentine):
    # Medici: 6 contacts, one tie among them (Ridolfi-Tornabuoni, both of degree 3):
    # constraint 4 * (1/6)^2 + 2 * (1/6 + 1/6 * 1/3)^2 = 68/324; effective size 6 - 2/6
    row = sh.structural_holes(florentine, nodes=["Medici"])["Medici"]
    assert row["constraint"] == pytest.approx(68 / 324)
    assert row["effective_size"] == pytest.approx(6 - 2 / 6)
    assert row["efficiency"] == pytest.approx((6 - 2 / 6) / 6)


def test_nodes_subset_matches_full(florentine):
    full = sh.structural_holes(florentine)
    part = sh.structural_holes(florentine, nodes=["Strozzi", "Guadagni"])
    assert set(part) == {"Strozzi", "Guadagni"}
    assert part["Strozzi"] == pytest.approx(full["Strozzi"])


def test_isolate_and_selfloop(make_graph):
    G = make_graph([("a", "b"), ("a", "a")], {"iso": "other"})
    table = sh.structural_holes(G)
    assert all(math.isnan(v) for v in table["iso"].values())
    assert table["a"]["constraint"] == pytest.approx(1.0)     # self-loop ignored


def test_errors(make_graph):
    G = make_graph([("a", "b")])
    with pytest.raises(KeyError, match="zzz"):
        sh.constraint(G, nodes=["zzz"])
    del G["a"]["b"]["weight"]
    with pytest.raises(ValueError, match="weight"):
        sh.effective_size(G)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("weight", ["weight", None])
def test_fast_undirected_path_equals_networkx(seed, weight):
    """The module's own undirected computation gives networkx's numbers."""
    import random

    import networkx as nx

    G = nx.gnm_random_graph(50, 220, seed=seed)
    rng = random.Random(seed)
    for u, v in G.edges():
        G.edges[u, v]["weight"] = rng.choice([0.5, 1.0, 1.5, 3.0])
    G.add_node("isolate")
    for ours, theirs in ((sh.constraint, nx.constraint), (sh.effective_size, nx.effective_size)):
        got, expected = ours(G, weight=weight), theirs(G, weight=weight)
        assert math.isnan(got["isolate"]) and math.isnan(expected["isolate"])
        del got["isolate"], expected["isolate"]
        assert got == pytest.approx(expected, rel=1e-9)


def test_igraph_path_equals_the_python_loops():
    """structural_holes() uses igraph + NumPy; the numbers are those of the pure-Python formulas."""
    import math
    import random

    import networkx as nx

    from kg.network.centrality import igraph_available

    if not igraph_available():
        pytest.skip("python-igraph not installed")
    for seed in range(4):
        G = nx.gnp_random_graph(50, 0.2, seed=seed)
        G.add_node("isolate")
        rng = random.Random(seed)
        for u, v in G.edges():
            G[u][v]["weight"] = rng.choice([0.5, 1.0, 1.22, 3.0])
        for weight in ("weight", None):
            fast = sh.structural_holes(G, weight=weight)
            cons = sh._undirected(G, list(G), weight, "constraint")
            size = sh._undirected(G, list(G), weight, "effective_size")
            for n in G:
                if n == "isolate":
                    assert math.isnan(fast[n]["constraint"]) and math.isnan(fast[n]["effective_size"])
                    continue
                assert fast[n]["constraint"] == pytest.approx(cons[n], abs=1e-12)
                assert fast[n]["effective_size"] == pytest.approx(size[n], abs=1e-9)
    some = sh.structural_holes(G, nodes=[0, 1], weight=None)
    assert set(some) == {0, 1} and some[0]["constraint"] == pytest.approx(cons[0])
