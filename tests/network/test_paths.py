"""Ego networks and evidenced shortest paths."""

import networkx as nx
import pytest

from kg.network import paths


@pytest.fixture
def chain(make_graph):
    """a-b-c-d strong ties (weight 2, distance 0.5), a weak direct tie a-d (weight 0.5,
    distance 2), and a separate pair x-y."""
    return make_graph([("a", "b", 2), ("b", "c", 2), ("c", "d", 2), ("a", "d", 0.5), ("x", "y")])


def test_shortest_path_prefers_strong_ties(chain):
    path = paths.shortest_path(chain, "a", "d")
    assert path["nodes"] == ["a", "b", "c", "d"]          # 1.5 < 2.0 for the weak direct tie
    assert path["length"] == 1.5
    assert [(h["source"], h["target"]) for h in path["hops"]] == [("a", "b"), ("b", "c"), ("c", "d")]
    hop = path["hops"][1]
    assert hop["weight"] == 2.0 and hop["distance"] == 0.5
    assert hop["tie_types"] == ["agreement"]
    assert hop["via"] == ["b-c agreement"]
    assert hop["evidence"][0]["quote"] == "b and c cooperate"
    assert hop["evidence"][0]["doc"] == "doc:b-c"


def test_shortest_path_by_hops(chain):
    path = paths.shortest_path(chain, "a", "d", distance=None)
    assert path["nodes"] == ["a", "d"] and path["length"] == 1.0
    assert path["hops"][0]["via"] == ["a-d agreement"]


def test_path_to_itself(chain):
    assert paths.shortest_path(chain, "a", "a") == {"nodes": ["a"], "length": 0.0, "hops": []}


def test_hop_lists_are_copies(chain):
    hop = paths.shortest_path(chain, "a", "b")["hops"][0]
    hop["via"].append("changed")
    assert chain.edges["a", "b"]["via"] == ["a-b agreement"]


def test_missing_list_attributes_give_empty_lists():
    G = nx.Graph()
    G.add_edge("a", "b", weight=1.0, distance=1.0)
    hop = paths.shortest_path(G, "a", "b")["hops"][0]
    assert (hop["tie_types"], hop["via"], hop["evidence"]) == ([], [], [])


def test_no_path_and_unknown_node(chain):
    with pytest.raises(ValueError, match="no path between 'a' and 'x'"):
        paths.shortest_path(chain, "a", "x")
    with pytest.raises(KeyError, match="'zzz' is not in the graph"):
        paths.shortest_path(chain, "a", "zzz")
    with pytest.raises(KeyError, match="zzz"):
        paths.ego_network(chain, "zzz")


def test_ego_network_hops(chain):
    chain.graph["filtered"] = "year 2018"
    H = paths.ego_network(chain, "a")
    assert set(H) == {"a", "b", "d"}
    assert set(H.edges()) == {("a", "b"), ("a", "d")}      # the ego network keeps ties among alters
    assert H.nodes["b"]["sector"] == "other" and H.edges["a", "b"]["weight"] == 2.0
    assert H.graph["filtered"] == "year 2018; ego network of a within 1 hop(s)"
    assert chain.graph["filtered"] == "year 2018"           # original untouched
    assert set(paths.ego_network(chain, "a", radius=2)) == {"a", "b", "c", "d"}


def test_ego_network_by_distance(chain):
    # within distance 1.0 of a: b (0.5) and c (1.0); d is 1.5 away via c, 2.0 directly
    H = paths.ego_network(chain, "a", radius=1.0, distance="distance")
    assert set(H) == {"a", "b", "c"}
    assert "'distance' units" in H.graph["filtered"]
