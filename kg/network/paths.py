"""Ego networks and evidenced shortest paths.

:func:`shortest_path` returns, for each hop, the edge's ``tie_types``, ``via``
and ``evidence`` (see ``docs/network-contract.md``) so a caller can show why
two actors are connected.
"""

import networkx as nx

from kg.network import _checks

HOP_KEYS = ("tie_types", "via", "evidence")


def ego_network(G, node, *, radius=1, distance=None):
    """Subgraph of the nodes within `radius` of `node` (``networkx.ego_graph``).

    Parameters
    ----------
    G : networkx.Graph
    node : hashable
        The ego.
    radius : float
        Number of hops, or a path length in `distance` units when `distance` is set.
    distance : str or None
        Edge attribute used as path length; None counts hops.

    Returns
    -------
    networkx.Graph
        A copy with all node, edge and graph attributes; ``graph["filtered"]``
        says which ego network it is (appended to any earlier filter).

    Raises
    ------
    KeyError
        If `node` is not in `G`.

    Examples
    --------
    >>> G = nx.path_graph(5)
    >>> H = ego_network(G, 2)
    >>> sorted(H), H.graph["filtered"]
    ([1, 2, 3], 'ego network of 2 within 1 hop(s)')
    """
    _checks.require_node(G, node)
    if distance is not None:
        _checks.require_edge_attr(G, distance)
    H = nx.ego_graph(G, node, radius=radius, center=True, distance=distance)
    H.graph = dict(G.graph)
    label = G.nodes[node].get("label", node)
    unit = "hop(s)" if distance is None else f"{distance!r} units"
    sentence = f"ego network of {label} within {radius} {unit}"
    H.graph["filtered"] = "; ".join(s for s in (G.graph.get("filtered"), sentence) if s)
    return H


def shortest_path(G, source, target, *, distance="distance"):
    """Shortest path by tie distance, with each hop's tie types, affiliations and evidence.

    Uses ``networkx.shortest_path(G, source, target, weight=distance)``
    (Dijkstra); among equally short paths networkx's choice (by node
    insertion order) is returned.

    Parameters
    ----------
    G : networkx.Graph
    source, target : hashable
        End nodes.
    distance : str or None
        Edge attribute used as path length; None counts hops.

    Returns
    -------
    dict
        ``{"nodes": [source, ..., target], "length": float, "hops": [hop, ...]}``
        where each hop is ``{"source", "target", "weight", "distance",
        "tie_types": list, "via": list, "evidence": list[dict]}`` taken from
        the edge's contract attributes (missing lists give ``[]``, missing
        numbers None). ``length`` is the sum of `distance` over the hops, or
        the number of hops when `distance` is None. A path from a node
        to itself has no hops and length 0.

    Raises
    ------
    KeyError
        If `source` or `target` is not in `G`.
    ValueError
        If no path joins them.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("a", "b", weight=2.0, distance=0.5, tie_types=["agreement"],
    ...            via=["MOU 2018"], evidence=[{"doc": "ex:d1", "quote": "a and b signed"}])
    >>> G.add_edge("b", "c", weight=1.0, distance=1.0, tie_types=["event"], via=["Expo"],
    ...            evidence=[])
    >>> path = shortest_path(G, "a", "c")
    >>> path["nodes"], path["length"]
    (['a', 'b', 'c'], 1.5)
    >>> path["hops"][0]["via"], path["hops"][0]["evidence"][0]["quote"]
    (['MOU 2018'], 'a and b signed')
    """
    _checks.require_node(G, source)
    _checks.require_node(G, target)
    if distance is not None:
        _checks.require_edge_attr(G, distance)
    try:
        nodes = nx.shortest_path(G, source, target, weight=distance)
    except nx.NetworkXNoPath as exc:
        raise ValueError(f"no path between {source!r} and {target!r}: "
                         "they are in different components") from exc
    pairs = list(zip(nodes, nodes[1:]))
    length = sum(G.edges[u, v][distance] for u, v in pairs) if distance else len(pairs)
    return {"nodes": nodes, "length": float(length), "hops": [_hop(G.edges[e], e) for e in pairs]}


def _hop(data, edge):
    """Describe one hop from its edge attributes."""
    hop = {"source": edge[0], "target": edge[1],
           "weight": data.get("weight"), "distance": data.get("distance")}
    hop.update({key: list(data.get(key, [])) for key in HOP_KEYS})
    return hop
