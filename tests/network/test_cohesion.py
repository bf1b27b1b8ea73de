"""Cohesion: k-cores, Louvain, modularity, centralisation and network statistics."""

import math

import networkx as nx
import pytest

from kg.network import cohesion as co


def test_core_numbers_with_selfloop(make_graph):
    # a K4 (core 3), a pendant path d-e-f (core 1) and a self-loop that nx.core_number rejects
    G = make_graph([(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (3, "d"), ("d", "e"), (0, 0)])
    assert co.core_numbers(G) == {0: 3, 1: 3, 2: 3, 3: 3, "d": 1, "e": 1}


def test_karate_core_numbers(karate):
    cores = co.core_numbers(karate)
    assert max(cores.values()) == 4 and cores[11] == 1     # node 11 is the single pendant


def test_louvain_two_cliques(make_graph):
    G = make_graph([e for e in nx.barbell_graph(5, 0).edges()])
    comms = co.louvain_communities(G)
    assert comms == [frozenset(range(5)), frozenset(range(5, 10))]
    assert co.community_membership(comms)[7] == 1
    # m = 21; each clique holds 10 ties and degree sum 21: Q = 2 (10/21 - (21/42)^2)
    assert co.modularity(G, comms) == pytest.approx(20 / 21 - 1 / 2)


def test_louvain_is_seeded_and_near_karate_optimum(karate):
    comms = co.louvain_communities(karate, seed=7)
    assert comms == co.louvain_communities(karate, seed=7)
    q = co.modularity(karate, comms)
    # the proven maximum modularity of the (unweighted) karate club is 0.4198 (Brandes et al. 2008)
    assert 0.40 < q <= 0.41979 + 1e-4


def test_modularity_rejects_non_partition(make_graph):
    G = make_graph([("a", "b"), ("b", "c")])
    with pytest.raises(ValueError, match="partition"):
        co.modularity(G, [{"a", "b"}])


@pytest.mark.parametrize("graph, expected", [
    (nx.star_graph(5), 1.0),
    (nx.cycle_graph(6), 0.0),
    (nx.complete_graph(5), 0.0),
    (nx.path_graph(5), 2 / 12),        # degrees 1 2 2 2 1: (1 + 1) / (4 * 3)
])
def test_degree_centralization(graph, expected):
    assert co.degree_centralization(graph) == pytest.approx(expected)


@pytest.mark.parametrize("graph, expected", [
    (nx.star_graph(5), 1.0),
    (nx.cycle_graph(6), 0.0),
    (nx.complete_graph(5), 0.0),
    (nx.path_graph(5), 5 / 12),        # b = 0, 1/2, 2/3, 1/2, 0: (2*2/3 + 2*1/6) / 4
])
def test_betweenness_centralization(graph, expected):
    assert co.betweenness_centralization(graph) == pytest.approx(expected, abs=1e-12)


def test_centralization_small_graphs_nan():
    assert math.isnan(co.degree_centralization(nx.path_graph(2)))
    assert math.isnan(co.betweenness_centralization(nx.path_graph(2)))


def test_network_stats_by_hand(make_graph):
    # triangle a-b-c with d hanging on c, a separate tie x-y, an isolate z: n = 7, m = 6
    G = make_graph([("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"), ("x", "y")], {"z": "other"})
    stats = co.network_stats(G)
    assert stats == pytest.approx({
        "nodes": 7, "edges": 5, "density": 5 / 21, "components": 3,
        "largest_component_share": 4 / 7, "average_degree": 10 / 7,
        # degrees 2 2 3 1 1 1 0, max 3: (1+1+0+2+2+2+3) / (6*5)
        "degree_centralization": 11 / 30,
        # only c brokers (a-d, b-d): b_c = 2 / 15; sum of (b_c - b_i) over the 6 others / 6
        "betweenness_centralization": 6 * (2 / 15) / 6,
        "betweenness_exact": True,
        # clustering a = b = 1, c = 1/3 (one tie among 3 neighbours), others 0
        "average_clustering": (2 + 1 / 3) / 7,
    })


def test_network_stats_reports_sampling(karate, monkeypatch):
    from kg.network import centrality
    monkeypatch.setattr(centrality, "igraph_available", lambda: False)
    stats = co.network_stats(karate, exact_threshold=10, sample_size=12)
    assert stats["betweenness_exact"] is False
    assert 0 < stats["betweenness_centralization"] <= 1
    full = co.network_stats(karate, exact_threshold=10)          # k = min(500, 34): every node
    assert full["betweenness_exact"] is True
    assert full["betweenness_centralization"] == pytest.approx(co.betweenness_centralization(karate))


def test_network_stats_errors():
    with pytest.raises(ValueError, match="no nodes"):
        co.network_stats(nx.Graph())
    with pytest.raises(ValueError, match="undirected"):
        co.network_stats(nx.DiGraph([(0, 1)]))


@pytest.mark.parametrize("backend", ["networkx", "igraph"])
def test_average_clustering_matches_networkx(karate, make_graph, backend):
    # karate club: 0.5706 (Zachary's network, a known value); a triangle with a tail and a self-loop
    assert co.average_clustering(karate, backend=backend) == pytest.approx(nx.average_clustering(karate))
    assert co.average_clustering(karate, backend=backend) == pytest.approx(0.5706384782076823)
    G = make_graph([(0, 1), (1, 2), (2, 0), (2, 3), (3, 3)])
    assert co.average_clustering(G, backend=backend) == pytest.approx(7 / 12)
