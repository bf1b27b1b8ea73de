"""Centrality: hand-computed values, literature values on Zachary's karate club,
igraph == networkx, and the exact/approximate switch."""

import math
import random
from fractions import Fraction

import networkx as nx
import pytest
from hypothesis import given, settings, strategies as st

from kg.network import centrality as c

# Zachary's karate club, unweighted: values reported in the literature and the networkx docs.
KARATE = {
    "betweenness": {0: 0.437635, 33: 0.304075, 32: 0.145247, 2: 0.143657},
    "closeness": {0: 0.568966, 2: 0.559322, 33: 0.55},
    "eigenvector": {33: 0.373371, 0: 0.355483},
    "pagerank": {33: 0.100918, 0: 0.097002},
}


def test_degree_and_strength(make_graph):
    G = make_graph([("a", "b", 2), ("a", "c", 0.5), ("b", "c", 1)])
    assert c.degree(G).values == {"a": 2, "b": 2, "c": 2}
    assert c.strength(G).values == {"a": 2.5, "b": 3.0, "c": 1.5}


def test_karate_degree(karate):
    deg = c.degree(karate).values
    assert (deg[33], deg[0], deg[32]) == (17, 16, 12)


@pytest.mark.parametrize("measure", ["betweenness", "closeness", "eigenvector", "pagerank"])
def test_karate_literature_values(karate, measure):
    values = getattr(c, measure)(karate).values
    for node, expected in KARATE[measure].items():
        assert values[node] == pytest.approx(expected, abs=1e-5)


def test_star_hand_values(make_graph):
    G = make_graph([(0, i) for i in range(1, 5)])      # centre 0, 4 leaves
    assert c.betweenness(G).values == {0: 1.0, 1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0}
    close = c.closeness(G).values
    assert close[0] == 1.0 and close[1] == pytest.approx(4 / 7)   # 4 / (1 + 2*3)


def test_path_betweenness_hand_values(make_graph):
    G = make_graph([(0, 1), (1, 2), (2, 3), (3, 4)])
    # node 1 lies on 3 of the 6 pairs not involving it, node 2 on 4 of 6
    assert c.betweenness(G).values == pytest.approx({0: 0, 1: 0.5, 2: 4 / 6, 3: 0.5, 4: 0})


def test_betweenness_and_closeness_use_distance(make_graph):
    # a-c is a weak tie (weight 0.25, distance 4): the short way from a to c is via b
    G = make_graph([("a", "b", 1), ("b", "c", 1), ("a", "c", 0.25)])
    assert c.betweenness(G).values["b"] == 1.0
    assert c.betweenness(G, distance=None).values["b"] == 0.0
    assert c.closeness(G).values == pytest.approx({"a": 2 / 3, "b": 1.0, "c": 2 / 3})


def test_star_eigenvector_and_pagerank(make_graph):
    G = make_graph([(0, 1), (0, 2), (0, 3)])
    eig = c.eigenvector(G).values
    assert eig[0] == pytest.approx(1 / math.sqrt(2), abs=1e-6)   # lambda = sqrt(3)
    assert eig[1] == pytest.approx(1 / math.sqrt(6), abs=1e-6)
    pr = c.pagerank(G).values
    # solve p_c = .15/4 + .85 * 3 p_l, p_l = .15/4 + .85 p_c / 3
    assert pr[0] == pytest.approx(0.133125 / 0.2775, abs=1e-6)
    assert sum(pr.values()) == pytest.approx(1.0)


def test_eigenvector_disconnected_per_component(make_graph):
    G = make_graph([(0, 1), (0, 2), (0, 3), ("x", "y")], {"iso": "other"})
    eig = c.eigenvector(G).values
    # star component: 4 of the 6 non-isolated nodes; pair: 2 of 6
    assert eig[0] == pytest.approx(math.sqrt(1 / 2) * math.sqrt(4 / 6), abs=1e-6)
    assert eig["x"] == pytest.approx(math.sqrt(1 / 2) * math.sqrt(2 / 6), abs=1e-6)
    assert eig["iso"] == 0.0
    assert sum(v * v for v in eig.values()) == pytest.approx(1.0)


def test_eigenvector_connected_equals_networkx(karate):
    expected = nx.eigenvector_centrality(karate, weight="weight", max_iter=1000, tol=1e-8)
    assert c.eigenvector(karate).values == pytest.approx(expected)


def test_closeness_disconnected_wasserman_faust(make_graph):
    G = make_graph([(0, 1), (1, 2), ("x", "y")], {"iso": "other"})
    close = c.closeness(G).values     # n = 6
    assert close[1] == pytest.approx(2 / 2 * 2 / 5)       # (r-1)/sum d * (r-1)/(n-1), r = 3
    assert close["x"] == pytest.approx(1 / 1 * 1 / 5)
    assert close["iso"] == 0.0


def test_bad_inputs(make_graph):
    G = make_graph([("a", "b")])
    G.add_edge("b", "c", weight=1.0)             # no distance
    with pytest.raises(ValueError, match="distance"):
        c.betweenness(G)
    with pytest.raises(ValueError, match="backend"):
        c.closeness(G, backend="fast")
    with pytest.raises(ValueError, match="multigraph"):
        c.betweenness(nx.MultiGraph(G))
    G["b"]["c"]["weight"] = -1.0
    with pytest.raises(ValueError, match="weight"):
        c.strength(G)
    with pytest.raises(ValueError, match="undirected"):
        c.eigenvector(nx.DiGraph(G))


# --- exact / approximate switch -----------------------------------------------------------

def test_small_graph_is_exact_networkx(karate):
    info = c.betweenness(karate, backend="networkx").info
    assert (info.exact, info.backend, info.sample_size) == (True, "networkx", None)


def test_auto_prefers_igraph_when_installed(karate):
    info = c.betweenness(karate).info
    assert info.exact
    assert info.backend == ("igraph" if c.igraph_available() else "networkx")


def test_above_threshold_networkx_samples(karate):
    res = c.betweenness(karate, exact_threshold=10, sample_size=20, seed=7, backend="networkx")
    assert (res.info.exact, res.info.sample_size, res.info.seed) == (False, 20, 7)
    again = c.betweenness(karate, exact_threshold=10, sample_size=20, seed=7, backend="networkx")
    assert res.values == again.values                                  # seeded
    exact = c.betweenness(karate).values
    assert max(res.values, key=res.values.get) == max(exact, key=exact.get) == 0


def test_sample_covering_all_nodes_is_exact(karate):
    res = c.betweenness(karate, exact_threshold=10, sample_size=1000, backend="networkx")
    assert res.info.exact and res.info.sample_size == 34
    assert res.values == pytest.approx(c.betweenness(karate).values)


def test_auto_prefers_igraph_then_sampling(karate, monkeypatch):
    pytest.importorskip("igraph")
    info = c.betweenness(karate, exact_threshold=10).info
    assert (info.backend, info.exact) == ("igraph", True)
    assert c.closeness(karate, exact_threshold=10).info.backend == "igraph"
    monkeypatch.setattr(c, "igraph_available", lambda: False)
    info = c.betweenness(karate, exact_threshold=10, sample_size=12).info
    assert (info.backend, info.exact, info.sample_size) == ("networkx", False, 12)


def test_compute_all_shape(karate):
    values, info = c.compute_all(karate, exact_threshold=10_000)
    assert set(values) == set(karate)
    assert all(set(row) == set(c.MEASURES) for row in values.values())
    assert set(info) == set(c.MEASURES)
    assert all(i.exact for i in info.values())
    assert values[0]["betweenness"] == pytest.approx(KARATE["betweenness"][0], abs=1e-5)
    expected = "igraph.Graph.betweenness" if c.igraph_available() else "networkx.betweenness_centrality"
    assert info["betweenness"].as_dict()["method"] == expected


# --- igraph agrees with networkx (normalisation included) --------------------------------

def _weighted_karate(weights, seed=1):
    G = nx.karate_club_graph()
    rng = random.Random(seed)
    for _, _, d in G.edges(data=True):
        d["weight"] = float(rng.choice(weights))
        d["distance"] = 1.0 / d["weight"]
    return G


@pytest.mark.parametrize("directed", [False, True])
def test_igraph_betweenness_matches_networkx(directed):
    pytest.importorskip("igraph")
    G = _weighted_karate([0.5, 1, 2, 4])          # distances are exact binary fractions
    G.add_edge("x", "y", weight=1.0, distance=1.0)
    G.add_node("iso")
    if directed:
        G = nx.DiGraph([(u, v, d) for u, v, d in G.edges(data=True) if hash((u, v)) % 3]
                       + [(v, u, d) for u, v, d in G.edges(data=True) if hash((u, v)) % 2])
    expected = nx.betweenness_centrality(G, weight="distance", normalized=True)
    assert c.betweenness(G, backend="igraph").values == pytest.approx(expected, abs=1e-12)


def test_igraph_closeness_matches_networkx():
    pytest.importorskip("igraph")
    G = _weighted_karate([0.5, 1, 2, 3])
    nx.add_path(G, ["x", "y", "z"], weight=2.0, distance=0.5)
    G.add_node("iso")
    expected = nx.closeness_centrality(G, distance="distance")
    assert c.closeness(G, backend="igraph").values == pytest.approx(expected, abs=1e-12)


def test_igraph_pagerank_matches_networkx_reference():
    pytest.importorskip("igraph")
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
    G = _weighted_karate([0.5, 1, 2, 3])
    G.add_node("iso")                              # a dangling node
    expected = _pagerank_python(G, weight="weight", tol=1e-12, max_iter=1000)
    assert c.pagerank(G, backend="igraph").values == pytest.approx(expected, abs=1e-8)


def test_igraph_handles_equal_length_paths_exactly():
    """networkx's float == misses ties such as 1/3 + 1/6 == 1/2; igraph does not."""
    pytest.importorskip("igraph")
    G = _weighted_karate([1, 2, 3])
    H = G.copy()
    for _, _, d in H.edges(data=True):
        d["distance"] = 1 / Fraction(d["weight"])   # exact rational path lengths
    exact = {n: float(v) for n, v in nx.betweenness_centrality(H, weight="distance").items()}
    assert c.betweenness(G, backend="igraph").values == pytest.approx(exact, abs=1e-12)


@settings(max_examples=40, deadline=None)
@given(st.integers(3, 25), st.floats(0.1, 0.6), st.integers(0, 10_000))
def test_igraph_equals_networkx_on_random_graphs(n, p, seed):
    pytest.importorskip("igraph")
    G = nx.gnp_random_graph(n, p, seed=seed)
    rng = random.Random(seed)
    for _, _, d in G.edges(data=True):
        d["distance"] = rng.choice([0.25, 0.5, 1.0, 2.0])
    for measure in ("betweenness", "closeness"):
        ours = getattr(c, measure)(G, backend="igraph").values
        ref = getattr(c, measure)(G, backend="networkx").values
        assert ours == pytest.approx(ref, abs=1e-12)


def test_padgett_medici_betweenness(florentine):
    # Padgett & Ansell's Medici broker 47.5 of the 13*14/2 = 91 pairs of other families
    assert c.betweenness(florentine).values["Medici"] == pytest.approx(47.5 / 91)
    assert c.degree(florentine).values["Medici"] == 6


def test_compute_all_on_disconnected_graph(make_graph):
    G = make_graph([(0, 1), (1, 2), ("x", "y")], {"iso": "other"})
    values, info = c.compute_all(G)
    assert values["iso"] == {"degree": 0, "strength": 0.0, "betweenness": 0.0, "closeness": 0.0,
                             "eigenvector": 0.0, "pagerank": pytest.approx(values["iso"]["pagerank"])}
    assert sum(row["pagerank"] for row in values.values()) == pytest.approx(1.0)
    assert values[1]["betweenness"] == pytest.approx(1 / 10)     # pair 0-2 of C(5, 2) = 10


def test_large_graph_default_threshold_stays_fast():
    ig = pytest.importorskip("igraph")
    n = 2500
    G = nx.barabasi_albert_graph(n, 2, seed=3)
    nx.set_edge_attributes(G, 1.0, "weight")
    nx.set_edge_attributes(G, 1.0, "distance")
    res = c.betweenness(G)                                # 2500 > 2000: igraph, exact
    assert (res.info.backend, res.info.exact) == ("igraph", True)
    assert c.closeness(G).info.backend == "igraph"
    # every shortest s-t path has d(s, t) - 1 interior nodes, so in a connected graph the
    # normalised betweenness sums to n (L - 1) / (n - 2), L the average path length
    L = ig.Graph(n=n, edges=list(G.edges())).average_path_length(directed=False)
    assert sum(res.values.values()) == pytest.approx(n * (L - 1) / (n - 2))


@pytest.mark.parametrize("backend", ["python", "igraph"])
def test_pagerank_fallbacks_match_networkx_reference(backend):
    if backend == "igraph":
        pytest.importorskip("igraph")
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
    G = _weighted_karate([0.5, 1, 2, 3])
    G.add_node("iso")
    nx.add_path(G, ["x", "y", "z"], weight=1.0, distance=1.0)
    expected = _pagerank_python(G, weight="weight", tol=1e-12, max_iter=1000)
    res = c.pagerank(G, backend=backend)
    assert res.info.backend == backend
    assert res.values == pytest.approx(expected, abs=1e-8)
    D = nx.DiGraph([(0, 1), (1, 2), (2, 0), (2, 3)])    # node 3 is dangling
    nx.set_edge_attributes(D, 1.0, "weight")
    assert c.pagerank(D, backend=backend).values == pytest.approx(_pagerank_python(D, tol=1e-12),
                                                                  abs=1e-8)


def test_pagerank_auto_without_igraph_uses_python(karate, monkeypatch):
    monkeypatch.setattr(c, "igraph_available", lambda: False)
    info = c.pagerank(karate).info
    assert info.backend in ("python", "networkx")       # networkx when SciPy is installed
    with pytest.raises(ValueError, match="backend"):
        c.betweenness(karate, backend="python")


def test_eigenvector_igraph_matches_networkx(karate):
    """The igraph path (used for large components) gives networkx's vector."""
    from kg.network import centrality as cent

    if not cent.igraph_available():
        pytest.skip("python-igraph not installed")
    G = nx.disjoint_union(karate, nx.path_graph(4))
    nx.set_edge_attributes(G, 1.0, "weight")
    fast = cent.eigenvector(G, backend="igraph")
    slow = cent.eigenvector(G, backend="networkx")
    assert fast.info.backend == "igraph" and slow.info.backend == "networkx"
    assert fast.values == pytest.approx(slow.values, abs=1e-6)
    mixed = cent.eigenvector(G, igraph_min_size=10)
    assert "igraph" in mixed.info.note
    assert mixed.values == pytest.approx(slow.values, abs=1e-6)
