"""Burt's structural-hole measures: constraint, effective size, efficiency.

Thin wrappers around ``networkx.constraint`` and ``networkx.effective_size``
using tie strength (``weight``), so a node's investment in a contact is
proportional to the strength of the tie (Burt 1992, *Structural Holes*).

Complexity
----------
networkx's pure-Python code recomputes the normalising sum of a node's ties
for every term, so one node ``v`` costs about ``O(d(v)^2 * (d(v) + d̄))``
operations, where ``d̄`` is the typical degree of its contacts: cubic in the
degree of hubs. Graphs of a few thousand nodes with moderate degrees are
fine; on large graphs with hubs, pass ``nodes=`` (e.g. the top nodes by
degree or betweenness) to compute only those.

For undirected graphs (the contract's one-mode graphs) this module therefore
computes both measures itself, with the same formulas as networkx: the shares
``p_ij = w_ij / s_i`` are computed once per node, and the indirect term of a
contact ``j`` runs over the common neighbours of ``i`` and ``j`` (iterating the
smaller of the two neighbourhoods), so one node costs
``O(sum_j min(d(i), d(j)))``. The results equal networkx's to rounding (the tests
check it); directed graphs use networkx. :func:`structural_holes` (what the analysis and the
report call) does the same arithmetic in igraph's C code and NumPy when python-igraph is
installed (a dependency), with the same numbers.

Self-loops are ignored. Isolates have no ego network: their values are NaN.
"""

import math

import networkx as nx

from kg.network import _checks


def constraint(G, *, nodes=None, weight="weight"):
    """Burt's constraint of each node (``networkx.constraint``).

    ``c(i) = sum_j (p_ij + sum_q p_iq p_qj)^2`` over contacts ``j``, where
    ``p_ij`` is the share of i's tie strength invested in j. Low constraint
    means many structural holes. A star's centre with ``k`` leaves has
    ``1/k``; a leaf has 1.

    Parameters
    ----------
    G : networkx.Graph
    nodes : iterable, optional
        Nodes to compute; all nodes when None.
    weight : str or None
        Edge attribute holding tie strength; None treats ties as equal.

    Returns
    -------
    dict
        node -> float (NaN for isolates).

    Raises
    ------
    KeyError
        If a node in `nodes` is not in `G`.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("a", "b", weight=1.0)
    >>> G.add_edge("b", "c", weight=3.0)
    >>> constraint(G)          # b: (1/4)^2 + (3/4)^2
    {'a': 1.0, 'b': 0.625, 'c': 1.0}
    """
    G, nodes = _prepare(G, nodes, weight)
    if not G.is_directed():
        return _undirected(G, list(G) if nodes is None else nodes, weight, "constraint")
    return nx.constraint(G, nodes=nodes, weight=weight)


def effective_size(G, *, nodes=None, weight="weight"):
    """Burt's effective size of each node's ego network (``networkx.effective_size``).

    ``e(i) = sum_j (1 - sum_q p_iq m_jq)``: the number of contacts minus their
    redundancy, where ``m_jq`` is j's tie to q relative to j's strongest tie.
    Unweighted, it equals Borgatti's ``n - 2t/n`` (``n`` contacts, ``t`` ties
    among them).

    Parameters
    ----------
    G : networkx.Graph
    nodes : iterable, optional
        Nodes to compute; all nodes when None.
    weight : str or None
        Edge attribute holding tie strength; None treats ties as equal.

    Returns
    -------
    dict
        node -> float (NaN for isolates).

    Examples
    --------
    >>> G = nx.Graph([(0, 1), (0, 2), (0, 3), (1, 2)])
    >>> nx.set_edge_attributes(G, 1.0, "weight")
    >>> effective_size(G, nodes=[0])     # 3 contacts, 1 tie among them: 3 - 2/3
    {0: 2.333...}
    """
    G, nodes = _prepare(G, nodes, weight)
    if not G.is_directed():
        return _undirected(G, list(G) if nodes is None else nodes, weight, "effective_size")
    return nx.effective_size(G, nodes=list(G) if nodes is None else nodes, weight=weight)


def structural_holes(G, *, nodes=None, weight="weight"):
    """Constraint, effective size and efficiency (effective size / degree) per node.

    Parameters
    ----------
    G : networkx.Graph
    nodes : iterable, optional
        Nodes to compute; all nodes when None.
    weight : str or None
        Edge attribute holding tie strength.

    Returns
    -------
    dict
        node -> ``{"constraint": float, "effective_size": float, "efficiency": float}``.

    Examples
    --------
    >>> G = nx.star_graph(4)
    >>> nx.set_edge_attributes(G, 1.0, "weight")
    >>> structural_holes(G, nodes=[0, 1])
    {0: {'constraint': 0.25, 'effective_size': 4.0, 'efficiency': 1.0}, 1: {'constraint': 1.0, 'effective_size': 1.0, 'efficiency': 1.0}}
    """
    from .centrality import igraph_available

    G, nodes = _prepare(G, nodes, weight)
    nodes = list(G) if nodes is None else nodes
    if not G.is_directed() and igraph_available():
        cons, size = _undirected_igraph(G, nodes, weight)
    else:
        cons = constraint(G, nodes=nodes, weight=weight)
        size = effective_size(G, nodes=nodes, weight=weight)
    return {n: {"constraint": cons[n], "effective_size": size[n],
                "efficiency": _ratio(size[n], G.degree(n))} for n in nodes}


def _undirected_igraph(G, nodes, weight):
    """Constraint and effective size of *nodes*, in igraph's C code and NumPy.

    The same numbers as :func:`_undirected` (the tests compare them): constraint is
    ``igraph.Graph.constraint`` (Burt's definition, weighted); effective size sums, over the
    ties among i's contacts (igraph's induced subgraph), each tie's redundancy
    ``p_iq m_jq + p_ij m_qj``, so ``e(i) = d(i) - sum``. On the one-mode network of 1,000
    synthetic organisations (819 actors, 52,000 ties) all nodes take 2.6 s instead of 20 s
    with the Python loops (docs/performance.md).
    """
    import igraph as ig
    import numpy as np

    order = list(G)
    index = {n: k for k, n in enumerate(order)}
    edges = [(index[u], index[v]) for u, v in G.edges()]
    w = np.array([1.0 if weight is None else float(d[weight]) for _u, _v, d in G.edges(data=True)])
    g = ig.Graph(n=len(order), edges=edges)
    g.es["w"] = w
    strength = np.array(g.strength(weights="w"))
    top = np.zeros(len(order))
    if len(edges):
        ends = np.array(edges)
        np.maximum.at(top, ends[:, 0], w)
        np.maximum.at(top, ends[:, 1], w)
    vids = [index[n] for n in nodes]
    cons = dict(zip(nodes, g.constraint(vertices=vids, weights="w")))
    ends = np.array(edges, dtype=np.int64).reshape(-1, 2)
    g.vs["orig"] = list(range(len(order)))
    share = np.zeros(len(order))
    size = {}
    for n, i in zip(nodes, vids):
        inc = np.array(g.incident(i), dtype=np.int64)
        if not len(inc):
            cons[n] = size[n] = math.nan
            continue
        contacts = np.where(ends[inc, 0] == i, ends[inc, 1], ends[inc, 0])
        share[contacts] = w[inc] / strength[i]
        sub = g.induced_subgraph(contacts.tolist())
        redundancy = 0.0
        if sub.ecount():
            orig = np.array(sub.vs["orig"], dtype=np.int64)
            pairs = orig[np.array(sub.get_edgelist(), dtype=np.int64)]
            ww = np.array(sub.es["w"])
            j, q = pairs[:, 0], pairs[:, 1]
            redundancy = float(np.sum(share[q] * ww / top[j] + share[j] * ww / top[q]))
        share[contacts] = 0.0
        size[n] = len(contacts) - redundancy
    return cons, size


def _prepare(G, nodes, weight):
    """Validate; return a self-loop-free graph and the node list (or None)."""
    _checks.require_simple_graph(G)
    if weight is not None:
        _checks.require_edge_attr(G, weight)
    if nodes is not None:
        nodes = list(nodes)
        for node in nodes:
            _checks.require_node(G, node)
    return _checks.without_selfloops(G), nodes


def _ratio(value, degree):
    return value / degree if degree and not math.isnan(value) else math.nan


def _undirected(G, nodes, weight, measure):
    """Constraint or effective size of `nodes` in an undirected graph without self-loops.

    Same definitions as ``networkx.constraint`` / ``networkx.effective_size``: for an
    undirected tie the mutual weight is ``2 w``, so ``p_ij = w_ij / s_i`` (``s_i`` the
    strength of i) and ``m_jq = w_jq / max_k w_jk``.
    """
    adj = G.adj

    def w(u, v):
        return 1.0 if weight is None else float(adj[u][v][weight])

    strength, strongest = {}, {}

    def shares(i):
        if i not in strength:
            ws = {j: w(i, j) for j in adj[i]}
            total = sum(ws.values())
            strength[i] = {j: x / total for j, x in ws.items()} if total else {}
            strongest[i] = max(ws.values(), default=0.0)
        return strength[i]

    out = {}
    for i in nodes:
        p_i = shares(i)
        if not p_i:
            out[i] = math.nan
            continue
        total = 0.0
        for j, p_ij in p_i.items():
            adj_j = adj[j]
            common = (q for q in adj_j if q in p_i) if len(adj_j) < len(p_i) else (q for q in p_i if q in adj_j)
            if measure == "constraint":
                indirect = sum(p_i[q] * shares(q).get(j, 0.0) for q in common if q != j)
                total += (p_ij + indirect) ** 2
            else:
                shares(j)
                top = strongest[j]
                redundancy = sum(p_i[q] * w(j, q) / top for q in common if q != j) if top else 0.0
                total += 1.0 - redundancy
        out[i] = total
    return out
