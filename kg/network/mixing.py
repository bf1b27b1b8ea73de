"""Mixing between groups (sectors): E-I index, permutation test, mixing matrix, assortativity.

The Krackhardt–Stern E-I index is ``(E - I) / (E + I)`` where ``E`` counts
external ties (between groups) and ``I`` internal ties (within a group): -1
when every tie stays inside groups, +1 when every tie crosses groups. With
``weight`` set, ties count by their strength instead of 1. Self-loops are
ignored everywhere in this module.
"""

import random
import statistics

import networkx as nx

from kg.network import _checks


def ei_index(G, *, group="sector", weight=None):
    """Krackhardt–Stern E-I index of the whole network.

    Parameters
    ----------
    G : networkx.Graph
    group : str
        Node attribute holding the group.
    weight : str or None
        None counts ties; an edge attribute name sums tie strengths.

    Returns
    -------
    float
        In [-1, 1].

    Raises
    ------
    ValueError
        If the graph has no ties (self-loops aside).
    KeyError
        If a node lacks `group`.

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> nx.set_node_attributes(G, {"a": "x", "b": "x", "c": "y", "d": "y"}, "sector")
    >>> ei_index(G)          # E = 1 (b-c), I = 2
    -0.333...
    """
    labels = _checks.require_node_attr(G, group)
    external, internal = _external_internal(_ties(G, weight), labels)
    if external + internal == 0:
        raise ValueError("the E-I index is undefined for a graph without ties")
    return (external - internal) / (external + internal)


def group_ei_index(G, *, group="sector", weight=None):
    """E-I index of each group: its ties to other groups against its ties inside.

    For group ``g``, ``E`` counts ties with exactly one end in ``g`` and ``I``
    ties with both ends in ``g``.

    Parameters
    ----------
    G : networkx.Graph
    group : str
        Node attribute holding the group.
    weight : str or None
        None counts ties; an edge attribute name sums tie strengths.

    Returns
    -------
    dict
        group -> float in [-1, 1], NaN for a group without ties.

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> nx.set_node_attributes(G, {"a": "x", "b": "x", "c": "y", "d": "y"}, "sector")
    >>> group_ei_index(G)    # x: E = 1, I = 1
    {'x': 0.0, 'y': 0.0}
    """
    labels = _checks.require_node_attr(G, group)
    ext = dict.fromkeys(sorted(set(labels.values()), key=str), 0.0)
    inn = dict(ext)
    for u, v, w in _ties(G, weight):
        if labels[u] == labels[v]:
            inn[labels[u]] += w
        else:
            ext[labels[u]] += w
            ext[labels[v]] += w
    return {g: _ei(ext[g], inn[g]) for g in ext}


NUMPY_TIES = 2000


def ei_permutation_test(G, *, group="sector", weight=None, n_permutations=1000, seed=42,
                        numpy_ties=NUMPY_TIES):
    """Test the observed E-I index against random relabelling of the nodes.

    Group labels are shuffled over the nodes (group sizes kept, ties fixed)
    `n_permutations` times with ``random.Random(seed)``. The two-sided p-value
    is ``(1 + #{|EI_perm - expected| >= |EI_obs - expected|}) / (1 + n_permutations)``
    where ``expected`` is the mean E-I over the permutations.

    Parameters
    ----------
    G : networkx.Graph
    group : str
        Node attribute holding the group.
    weight : str or None
        None counts ties; an edge attribute name sums tie strengths.
    n_permutations : int
        Number of relabellings (>= 1).
    seed : int
        Seed of the shuffles; the same seed gives the same result.
    numpy_ties : int
        From this many ties on, the shuffles are vectorised with NumPy
        (``numpy.random.default_rng(seed).permutation``; a different but equally
        seeded null sample, ~50 times faster); below it ``random.Random(seed)``.

    Returns
    -------
    dict
        ``{"observed": float, "expected": float, "p_value": float,
        "n_permutations": int, "seed": int, "weighted": bool}``.

    Examples
    --------
    >>> G = nx.barbell_graph(4, 0)            # two 4-cliques and one bridge
    >>> nx.set_node_attributes(G, {n: "ab"[n >= 4] for n in G}, "sector")
    >>> res = ei_permutation_test(G, n_permutations=200, seed=1)
    >>> round(res["observed"], 3), res["p_value"] < 0.05
    (-0.846, True)
    """
    if n_permutations < 1:
        raise ValueError(f"n_permutations must be >= 1, not {n_permutations}")
    observed = ei_index(G, group=group, weight=weight)
    labels = _checks.require_node_attr(G, group)
    ties = _ties(G, weight)
    if len(ties) >= numpy_ties:
        null = _permuted_ei_numpy(ties, labels, n_permutations, seed)
    else:
        null = _permuted_ei(ties, labels, n_permutations, seed)
    expected = statistics.fmean(null)
    tol = 1e-12
    extreme = sum(abs(x - expected) >= abs(observed - expected) - tol for x in null)
    return {"observed": observed, "expected": expected,
            "p_value": (1 + extreme) / (1 + n_permutations),
            "n_permutations": n_permutations, "seed": seed, "weighted": weight is not None}


def _permuted_ei(ties, labels, n_permutations, seed):
    rng = random.Random(seed)
    nodes, values = list(labels), list(labels.values())
    null = []
    for _ in range(n_permutations):
        rng.shuffle(values)
        external, internal = _external_internal(ties, dict(zip(nodes, values)))
        null.append(_ei(external, internal))
    return null


def _permuted_ei_numpy(ties, labels, n_permutations, seed):
    import numpy as np

    nodes = list(labels)
    index = {n: i for i, n in enumerate(nodes)}
    codes = {g: i for i, g in enumerate(sorted(set(labels.values()), key=str))}
    lab = np.array([codes[labels[n]] for n in nodes])
    u = np.array([index[a] for a, _b, _w in ties])
    v = np.array([index[b] for _a, b, _w in ties])
    w = np.array([x for _a, _b, x in ties], dtype=float)
    total = w.sum()
    rng = np.random.default_rng(seed)
    null = []
    for _ in range(n_permutations):
        perm = rng.permutation(lab)
        external = float(w[perm[u] != perm[v]].sum())
        null.append((2 * external - total) / total if total else float("nan"))
    return null


def mixing_matrix(G, *, group="sector", weight="weight"):
    """Ties and tie strength between every pair of groups.

    Undirected graphs give symmetric matrices: ``counts[g][h]`` and
    ``counts[h][g]`` both hold the number of ties between ``g`` and ``h``;
    ``counts[g][g]`` the ties inside ``g`` (each counted once). Directed
    graphs give ``counts[g][h]`` = ties from ``g`` to ``h``.

    Parameters
    ----------
    G : networkx.Graph
    group : str
        Node attribute holding the group.
    weight : str
        Edge attribute summed into ``weights``.

    Returns
    -------
    dict
        ``{"groups": [sorted groups], "counts": {g: {h: int}},
        "weights": {g: {h: float}}}``.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("a", "b", weight=2.0)
    >>> G.add_edge("b", "c", weight=0.5)
    >>> nx.set_node_attributes(G, {"a": "x", "b": "x", "c": "y"}, "sector")
    >>> m = mixing_matrix(G)
    >>> m["groups"], m["counts"], m["weights"]["x"]
    (['x', 'y'], {'x': {'x': 1, 'y': 1}, 'y': {'x': 1, 'y': 0}}, {'x': 2.0, 'y': 0.5})
    """
    labels = _checks.require_node_attr(G, group)
    _checks.require_edge_attr(G, weight)
    groups = sorted(set(labels.values()), key=str)
    counts = {g: dict.fromkeys(groups, 0) for g in groups}
    weights = {g: dict.fromkeys(groups, 0.0) for g in groups}
    for u, v, w in _ties(G, weight):
        pairs = {(labels[u], labels[v])} if G.is_directed() else {
            (labels[u], labels[v]), (labels[v], labels[u])}
        for g, h in pairs:
            counts[g][h] += 1
            weights[g][h] += w
    return {"groups": groups, "counts": counts, "weights": weights}


def sector_assortativity(G, *, group="sector"):
    """Newman's attribute assortativity of the groups (``nx.attribute_assortativity_coefficient``).

    Unweighted: +1 when ties only join nodes of the same group, negative when
    ties join different groups more than random mixing would.

    Parameters
    ----------
    G : networkx.Graph
    group : str
        Node attribute holding the group.

    Returns
    -------
    float
        NaN when undefined (e.g. a single group).

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("c", "d")])
    >>> nx.set_node_attributes(G, {"a": "x", "b": "x", "c": "y", "d": "y"}, "sector")
    >>> sector_assortativity(G)
    1.0
    """
    _checks.require_node_attr(G, group)
    H = _checks.without_selfloops(G)
    if H.number_of_edges() == 0:
        raise ValueError("assortativity is undefined for a graph without ties")
    groups = {g for _, g in H.nodes(data=group)}
    if len(groups) < 2:
        return float("nan")
    return float(nx.attribute_assortativity_coefficient(H, group))


def _ties(G, weight):
    """List ``(u, v, w)`` for every non-loop edge; ``w`` is 1.0 when `weight` is None."""
    if weight is not None:
        _checks.require_edge_attr(G, weight)
    return [(u, v, 1.0 if weight is None else float(w))
            for u, v, w in G.edges(data=weight) if u != v]


def _external_internal(ties, labels):
    external = sum(w for u, v, w in ties if labels[u] != labels[v])
    internal = sum(w for u, v, w in ties if labels[u] == labels[v])
    return external, internal


def _ei(external, internal):
    total = external + internal
    return (external - internal) / total if total else float("nan")
