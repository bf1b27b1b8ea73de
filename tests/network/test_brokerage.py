"""Gould–Fernandez brokerage on hand-checked toys."""

import networkx as nx
import pytest
from hypothesis import given, settings, strategies as st

from kg.network import brokerage as br

ZERO = dict.fromkeys(br.ROLES, 0.0)


def counts(total=0.0, **roles):
    return {**ZERO, **{r: float(v) for r, v in roles.items()}, "total": float(total)}


@pytest.fixture
def directed_toy():
    """Five open two-paths, one per role, plus ties that must not count.

    X, Y, Z are groups. Brokers: co (X->X->X), it (X->Y->X), gk (X->Y->Y),
    rep (X->X->Y), li (X->Y->Z). Also a closed triad t1->t2->t3 with t1->t3,
    and a reciprocated pair r1 <-> r2 (a -> b -> a is not brokerage).
    """
    G = nx.DiGraph()
    paths = {"co": "XXX", "it": "XYX", "gk": "XYY", "rep": "XXY", "li": "XYZ"}
    for name, (ga, gb, gc) in paths.items():
        G.add_node(f"{name}_a", sector=ga)
        G.add_node(name, sector=gb)
        G.add_node(f"{name}_c", sector=gc)
        G.add_edges_from([(f"{name}_a", name), (name, f"{name}_c")])
    G.add_nodes_from(["t1", "t2", "t3"], sector="X")
    G.add_edges_from([("t1", "t2"), ("t2", "t3"), ("t1", "t3")])
    G.add_node("r1", sector="X")
    G.add_node("r2", sector="Y")
    G.add_edges_from([("r1", "r2"), ("r2", "r1")])
    return G


def test_directed_each_role_once(directed_toy):
    roles = br.brokerage_roles(directed_toy)
    assert roles["co"] == counts(1, coordinator=1)
    assert roles["it"] == counts(1, itinerant=1)
    assert roles["gk"] == counts(1, gatekeeper=1)
    assert roles["rep"] == counts(1, representative=1)
    assert roles["li"] == counts(1, liaison=1)
    brokers = {"co", "it", "gk", "rep", "li"}
    assert all(roles[n] == counts() for n in directed_toy if n not in brokers)
    for role in br.ROLES:                             # each role occurs exactly once overall
        assert sum(r[role] for r in roles.values()) == 1.0


def test_directed_reverse_edge_does_not_close(directed_toy):
    directed_toy.add_edge("gk_c", "gk_a")             # c -> a, but a -> c is still missing
    assert br.brokerage_roles(directed_toy)["gk"] == counts(1, gatekeeper=1)
    directed_toy.add_edge("gk_a", "gk_c")             # now closed
    assert br.brokerage_roles(directed_toy)["gk"] == counts()


def test_undirected_star_hub():
    # hub b (A) with leaves x, y (A), z (B), w (C): 6 pairs, none tied.
    G = nx.Graph([("b", v) for v in "xyzw"])
    nx.set_node_attributes(G, {"b": "A", "x": "A", "y": "A", "z": "B", "w": "C"}, "sector")
    # x-y coordinator; x-z, y-z, x-w, y-w each half gatekeeper half representative; z-w liaison
    assert br.brokerage_roles(G)["b"] == counts(6, coordinator=1, gatekeeper=2,
                                                representative=2, liaison=1)
    G.add_edge("x", "y")                              # closing x-y removes the coordinator pair
    assert br.brokerage_roles(G)["b"] == counts(5, gatekeeper=2, representative=2, liaison=1)


def test_undirected_itinerant():
    G = nx.Graph([("u", "v"), ("v", "t")])
    nx.set_node_attributes(G, {"u": "B", "v": "A", "t": "B"}, "sector")
    assert br.brokerage_roles(G) == {"u": counts(), "v": counts(1, itinerant=1), "t": counts()}


def test_custom_group_attribute_and_missing_group():
    G = nx.Graph([("a", "b"), ("b", "c")])
    nx.set_node_attributes(G, {"a": 1, "b": 1, "c": 1}, "club")
    assert br.brokerage_roles(G, group="club")["b"] == counts(1, coordinator=1)
    with pytest.raises(KeyError, match="sector"):
        br.brokerage_roles(G)


@settings(max_examples=50, deadline=None)
@given(st.integers(2, 14), st.floats(0.1, 0.7), st.integers(0, 10_000))
def test_undirected_is_half_the_symmetric_directed(n, p, seed):
    G = nx.gnp_random_graph(n, p, seed=seed)
    nx.set_node_attributes(G, {v: "ABC"[v % 3] for v in G}, "sector")
    und = br.brokerage_roles(G)
    sym = br.brokerage_roles(G.to_directed())
    for v in G:
        assert und[v] == {k: x / 2 for k, x in sym[v].items()}


def test_igraph_counts_equal_the_pair_enumeration():
    """Undirected brokerage by arithmetic (igraph + NumPy) gives exactly the enumerated counts."""
    import random

    import networkx as nx

    from kg.network import brokerage
    from kg.network.centrality import igraph_available

    if not igraph_available():
        pytest.skip("python-igraph not installed")
    for seed in range(5):
        G = nx.gnp_random_graph(60, 0.2, seed=seed)
        G.add_node("isolate")
        rng = random.Random(seed)
        for n in G:
            G.nodes[n]["sector"] = rng.choice(["research", "industry", "academia", "central-government"])
        fast = brokerage.brokerage_roles(G)
        slow = {b: brokerage._count(brokerage._undirected_pairs(G, b), b, dict(G.nodes(data="sector")), split=True) for b in G}
        assert fast == slow
        assert brokerage.brokerage_roles(G, nodes=[0, 3]) == {0: slow[0], 3: slow[3]}
