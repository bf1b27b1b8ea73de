"""Input checks and small graph helpers shared by the measure modules (private).

The checks raise ``ValueError`` or ``KeyError`` with messages that name the
offending node, edge or attribute, so callers can map them to user errors.
"""

import math
import numbers

import networkx as nx


def require_simple_graph(G):
    """Raise ValueError if `G` is a multigraph (the contract uses ``nx.Graph``)."""
    if G.is_multigraph():
        raise ValueError(
            "multigraphs are not supported: the network contract uses nx.Graph; "
            "merge parallel edges (summing 'weight') first"
        )


def require_nonempty(G):
    """Raise ValueError if `G` has no nodes."""
    if G.number_of_nodes() == 0:
        raise ValueError("the graph has no nodes")


def require_edge_attr(G, attr):
    """Raise ValueError unless every edge has a finite, positive numeric `attr`."""
    for u, v, value in G.edges(data=attr):
        if value is None:
            raise ValueError(f"edge ({u!r}, {v!r}) has no {attr!r} attribute")
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise ValueError(f"edge ({u!r}, {v!r}) has non-numeric {attr!r}: {value!r}")
        if not (value > 0 and math.isfinite(value)):
            raise ValueError(f"edge ({u!r}, {v!r}) has {attr!r}={value!r}; it must be > 0 and finite")


def require_node_attr(G, attr):
    """Raise KeyError unless every node has a non-None `attr`; return node -> value."""
    values = {}
    for node, value in G.nodes(data=attr):
        if value is None:
            raise KeyError(f"node {node!r} has no {attr!r} attribute")
        values[node] = value
    return values


def require_node(G, node):
    """Raise KeyError if `node` is not in `G`."""
    if node not in G:
        raise KeyError(f"node {node!r} is not in the graph")


def without_selfloops(G):
    """Return `G` itself if it has no self-loops, else a copy without them."""
    if not nx.number_of_selfloops(G):
        return G
    H = G.copy()
    H.remove_edges_from(list(nx.selfloop_edges(H)))
    return H
