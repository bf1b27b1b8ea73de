"""Cohesion: k-cores, Louvain communities, modularity and network-level statistics.

Freeman centralisation compares every node with the most central one:
``sum_i (C_max - C_i)`` divided by its largest possible value, reached by a
star. It is 1 for a star and 0 when all nodes are equally central (cycle,
complete graph). Undefined (NaN) below 3 nodes.
"""

import networkx as nx

from kg.network import _checks, centrality


def core_numbers(G):
    """k-core number of every node (``networkx.core_number``), self-loops removed.

    Parameters
    ----------
    G : networkx.Graph

    Returns
    -------
    dict
        node -> int: the largest ``k`` such that the node is in the k-core.

    Examples
    --------
    >>> G = nx.complete_graph(4)
    >>> G.add_edges_from([(3, 4), (4, 4)])
    >>> core_numbers(G)
    {0: 3, 1: 3, 2: 3, 3: 3, 4: 1}
    """
    return nx.core_number(_checks.without_selfloops(G))


def louvain_communities(G, *, weight="weight", resolution=1.0, seed=42):
    """Louvain communities (``networkx.community.louvain_communities``), seeded.

    Parameters
    ----------
    G : networkx.Graph
    weight : str or None
        Edge attribute holding tie strength.
    resolution : float
        Above 1 favours smaller communities, below 1 larger ones.
    seed : int
        Fixes the node order, so the same graph gives the same partition.

    Returns
    -------
    list of frozenset
        Communities, largest first (ties broken by their smallest member's ``str``).

    Examples
    --------
    >>> G = nx.barbell_graph(5, 0)            # two 5-cliques and a bridge
    >>> nx.set_edge_attributes(G, 1.0, "weight")
    >>> [sorted(c) for c in louvain_communities(G)]
    [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    """
    if weight is not None:
        _checks.require_edge_attr(G, weight)
    found = nx.community.louvain_communities(G, weight=weight, resolution=resolution, seed=seed)
    return sorted((frozenset(c) for c in found), key=lambda c: (-len(c), min(map(str, c))))


def community_membership(communities):
    """Map each node to the index of its community in `communities`.

    Examples
    --------
    >>> community_membership([{"a", "b"}, {"c"}]) == {"a": 0, "b": 0, "c": 1}
    True
    """
    return {node: i for i, community in enumerate(communities) for node in community}


def modularity(G, communities, *, weight="weight", resolution=1.0):
    """Newman modularity of a partition (``networkx.community.modularity``).

    Parameters
    ----------
    G : networkx.Graph
    communities : iterable of sets
        A partition of the nodes of `G`.
    weight : str or None
        Edge attribute holding tie strength.
    resolution : float

    Returns
    -------
    float

    Raises
    ------
    ValueError
        If `communities` is not a partition of the nodes.

    Examples
    --------
    >>> G = nx.barbell_graph(5, 0)            # m = 21, each side: 10 ties, degree sum 21
    >>> round(modularity(G, [set(range(5)), set(range(5, 10))], weight=None), 4)  # 2 (10/21 - 1/4)
    0.4524
    """
    communities = [set(c) for c in communities]
    if not nx.community.is_partition(G, communities):
        raise ValueError("communities must be a partition of the graph's nodes "
                         "(every node in exactly one community)")
    return nx.community.modularity(G, communities, weight=weight, resolution=resolution)


def degree_centralization(G):
    """Freeman degree centralisation: ``sum_i (d_max - d_i) / ((n - 1)(n - 2))``.

    Parameters
    ----------
    G : networkx.Graph
        Undirected.

    Returns
    -------
    float
        In [0, 1]; NaN when ``n < 3``.

    Examples
    --------
    >>> degree_centralization(nx.star_graph(4)), degree_centralization(nx.cycle_graph(5))
    (1.0, 0.0)
    """
    _require_undirected(G)
    n = G.number_of_nodes()
    if n < 3:
        return float("nan")
    degrees = [d for _, d in _checks.without_selfloops(G).degree()]
    return sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2))


def betweenness_centralization(G, *, betweenness=None, distance=None, seed=42,
                               exact_threshold=centrality.DEFAULT_EXACT_THRESHOLD):
    """Freeman betweenness centralisation: ``sum_i (b_max - b_i) / (n - 1)``.

    ``b`` is normalised betweenness (in [0, 1]), for which a star's centre
    has 1 and the maximum of the sum is ``n - 1``.

    Parameters
    ----------
    G : networkx.Graph
        Undirected.
    betweenness : dict, optional
        Precomputed normalised betweenness (node -> float); computed with
        :func:`kg.network.centrality.betweenness` when None.
    distance : str or None
        Path length attribute when computing; None (Freeman's hop counts) by default.
    seed, exact_threshold
        Passed to :func:`kg.network.centrality.betweenness`.

    Returns
    -------
    float
        In [0, 1]; NaN when ``n < 3``.

    Examples
    --------
    >>> betweenness_centralization(nx.star_graph(4))
    1.0
    >>> round(betweenness_centralization(nx.path_graph(5)), 4)    # (2 * 2/3 + 2 * 1/6) / 4
    0.4167
    """
    _require_undirected(G)
    n = G.number_of_nodes()
    if n < 3:
        return float("nan")
    if betweenness is None:
        betweenness = centrality.betweenness(G, distance=distance, seed=seed,
                                             exact_threshold=exact_threshold).values
    top = max(betweenness.values())
    return sum(top - b for b in betweenness.values()) / (n - 1)


def network_stats(G, *, seed=42, exact_threshold=centrality.DEFAULT_EXACT_THRESHOLD,
                  sample_size=centrality.DEFAULT_SAMPLE_SIZE):
    """Network-level statistics for a report.

    Parameters
    ----------
    G : networkx.Graph
        Undirected, at least one node.
    seed, exact_threshold, sample_size
        Passed to :func:`kg.network.centrality.betweenness` (hop counts) for
        the betweenness centralisation.

    Returns
    -------
    dict
        ``nodes``, ``edges`` (ints), ``density``, ``components`` (int),
        ``largest_component_share`` (nodes in the largest component / n),
        ``average_degree`` (2m / n), ``degree_centralization``,
        ``betweenness_centralization``, ``betweenness_exact`` (bool, False
        when betweenness was sampled), ``average_clustering``
        (``networkx.average_clustering``, unweighted).

    Examples
    --------
    >>> stats = network_stats(nx.star_graph(3))
    >>> stats["nodes"], stats["edges"], stats["density"], stats["degree_centralization"]
    (4, 3, 0.5, 1.0)
    """
    _require_undirected(G)
    _checks.require_nonempty(G)
    n = G.number_of_nodes()
    between = centrality.betweenness(G, distance=None, seed=seed, exact_threshold=exact_threshold,
                                     sample_size=sample_size)
    return {
        "nodes": n,
        "edges": G.number_of_edges(),
        "density": nx.density(G),
        "components": nx.number_connected_components(G),
        "largest_component_share": max(len(c) for c in nx.connected_components(G)) / n,
        "average_degree": sum(d for _, d in G.degree()) / n,
        "degree_centralization": degree_centralization(G),
        "betweenness_centralization": betweenness_centralization(G, betweenness=between.values),
        "betweenness_exact": between.info.exact,
        "average_clustering": average_clustering(G),
    }


def average_clustering(G, *, backend="auto"):
    """Mean local clustering coefficient, unweighted, nodes of degree < 2 counted as 0.

    The same number as ``networkx.average_clustering`` (self-loops ignored); with
    ``backend="igraph"`` (the default when python-igraph is installed) it comes from
    igraph's ``transitivity_avglocal_undirected`` in C: 0.5 s (mostly the copy to igraph)
    instead of 1.8 s on the 1,000-organisation benchmark network (docs/performance.md).

    Parameters
    ----------
    G : networkx.Graph
        Undirected, at least one node.
    backend : {"auto", "networkx", "igraph"}

    Examples
    --------
    >>> G = nx.Graph([(0, 1), (1, 2), (2, 0), (2, 3), (3, 3)])
    >>> round(average_clustering(G), 6), round(average_clustering(G, backend="networkx"), 6)
    (0.583333, 0.583333)
    """
    centrality._check_backend(backend)
    use_igraph = backend == "igraph" or (backend == "auto" and centrality.igraph_available())
    H = _checks.without_selfloops(G)
    if not use_igraph:
        return nx.average_clustering(H)
    graph, _nodes = centrality._to_igraph(H, None)
    return graph.transitivity_avglocal_undirected(mode="zero")


def _require_undirected(G):
    if G.is_directed():
        raise ValueError("this measure is implemented for undirected graphs only")
