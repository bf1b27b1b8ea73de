"""Fixtures: tiny one-mode graphs that follow docs/network-contract.md."""

import networkx as nx
import pytest


def build_graph(edges, sectors=None, *, title="test graph"):
    """Build a contract one-mode graph.

    `edges` holds ``(u, v)`` or ``(u, v, weight)`` tuples; `sectors` maps
    node -> sector key (default ``"other"``).
    """
    G = nx.Graph(mode="one", lang="en", title=title, filtered=None)
    for edge in edges:
        u, v = edge[:2]
        weight = float(edge[2]) if len(edge) > 2 else 1.0
        G.add_edge(u, v, weight=weight, distance=1.0 / weight, tie_types=["agreement"],
                   years=[2018], via=[f"{u}-{v} agreement"],
                   evidence=[{"doc": f"doc:{u}-{v}", "doc_title": f"Doc {u}-{v}",
                              "date": "2018-01-01", "quote": f"{u} and {v} cooperate",
                              "via": f"{u}-{v} agreement"}])
    for node in (sectors or {}):
        G.add_node(node)
    for node in G:
        sector = (sectors or {}).get(node, "other")
        G.nodes[node].update(label=str(node), label_ko="", label_en=str(node), kind="organization",
                             class_label="Organization", sector=sector, sector_label=sector,
                             years=[2018])
    return G


@pytest.fixture
def make_graph():
    """Return the contract graph builder :func:`build_graph`."""
    return build_graph


@pytest.fixture
def karate():
    """Zachary's karate club, unweighted (weight = distance = 1), sector = club."""
    K = nx.karate_club_graph()
    G = build_graph(K.edges(), {n: K.nodes[n]["club"] for n in K})
    return G


@pytest.fixture
def florentine():
    """Padgett's Florentine marriage network (networkx's 15-family version), unweighted."""
    F = nx.florentine_families_graph()
    return build_graph(F.edges())
