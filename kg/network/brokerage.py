"""Gould–Fernandez brokerage roles (Gould & Fernandez 1989).

A node ``b`` brokers a two-path ``a -> b -> c`` when ``a`` and ``c`` are
different and not directly tied. The group attribute (default ``sector``) of
the three nodes gives the role:

================  =====================  ==========================================
role              groups                 reading
================  =====================  ==========================================
coordinator       a = b = c              brokers inside its own group
itinerant         a = c != b             outsider brokering for one group (consultant)
gatekeeper        a != b = c             screens what enters its group
representative    a = b != c             speaks for its group to another
liaison           a, b, c all different  links two other groups
================  =====================  ==========================================

Conventions
-----------
Directed graphs: every ordered two-path ``a -> b -> c`` with ``a != c`` and no
edge ``a -> c`` counts once (an edge ``c -> a`` does not close it).

Undirected graphs (the contract's one-mode graphs): each edge counts as both
directions, and each unordered pair ``{a, c}`` of non-adjacent neighbours of
``b`` counts once. Coordinator, itinerant and liaison do not depend on the
orientation, so such a pair adds 1 to that role. When ``b`` shares its group
with exactly one of ``a`` and ``c``, the pair is a gatekeeper in one
direction and a representative in the other, so it adds 0.5 to each.
Hence undirected counts are exactly the counts of the symmetric directed
graph (``G.to_directed()``) divided by 2, and ``total`` is the number of
brokered pairs.

Cost: ``sum_b d_in(b) * d_out(b)`` adjacency checks, quadratic in the
degree of hubs. For undirected graphs with python-igraph installed (a
dependency), the counts come from arithmetic on group sizes minus the ties
among each broker's contacts (:func:`_undirected_counts`): the same numbers,
``O(ties among the contacts)`` per broker in C and NumPy.
"""

import itertools

from kg.network import _checks

ROLES = ("coordinator", "itinerant", "gatekeeper", "representative", "liaison")


def classify_role(group_a, group_b, group_c):
    """Return the Gould–Fernandez role of ``b`` on the two-path ``a -> b -> c``.

    Parameters
    ----------
    group_a, group_b, group_c : hashable
        Groups of the source, the broker and the target.

    Returns
    -------
    str
        One of :data:`ROLES`.

    Examples
    --------
    >>> classify_role("industry", "research", "research")
    'gatekeeper'
    >>> classify_role("industry", "industry", "research")
    'representative'
    >>> classify_role("industry", "research", "academia")
    'liaison'
    """
    if group_a == group_b == group_c:
        return "coordinator"
    if group_a == group_c:
        return "itinerant"
    if group_b == group_c:
        return "gatekeeper"
    if group_a == group_b:
        return "representative"
    return "liaison"


def brokerage_roles(G, *, group="sector", nodes=None):
    """Count the brokerage roles of every node.

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        See the module docstring for the directed / undirected conventions.
    group : str
        Node attribute holding the group (sector key by default).
    nodes : iterable, optional
        Only these brokers (their pairs still run over the whole graph); all nodes when None.

    Returns
    -------
    dict
        node -> ``{role: float for role in ROLES} | {"total": float}``; every
        node asked for is present, non-brokers with zeros.

    Raises
    ------
    KeyError
        If a node lacks the `group` attribute.
    ValueError
        For multigraphs.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.DiGraph([("a", "b"), ("b", "c")])
    >>> nx.set_node_attributes(G, {"a": "industry", "b": "research", "c": "research"}, "sector")
    >>> brokerage_roles(G)["b"]
    {'coordinator': 0.0, 'itinerant': 0.0, 'gatekeeper': 1.0, 'representative': 0.0, 'liaison': 0.0, 'total': 1.0}
    >>> H = G.to_undirected()
    >>> brokerage_roles(H)["b"]
    {'coordinator': 0.0, 'itinerant': 0.0, 'gatekeeper': 0.5, 'representative': 0.5, 'liaison': 0.0, 'total': 1.0}
    """
    _checks.require_simple_graph(G)
    groups = _checks.require_node_attr(G, group)
    nodes = list(G) if nodes is None else list(nodes)
    if G.is_directed():
        return {b: _count(_directed_pairs(G, b), b, groups, split=False) for b in nodes}
    from .centrality import igraph_available

    if igraph_available():
        return _undirected_counts(G, nodes, groups)
    return {b: _count(_undirected_pairs(G, b), b, groups, split=True) for b in nodes}


def _undirected_counts(G, nodes, groups):
    """The undirected counts by arithmetic instead of pair enumeration (same numbers).

    For broker ``b`` with ``n_g`` contacts in group ``g``, the contact pairs of groups
    ``{g, h}`` number ``n_g n_h`` (``n_g (n_g - 1) / 2`` when ``g = h``); the brokered ones are
    those minus the ties among the contacts of those groups, which igraph's induced subgraph
    of the contacts lists (C code; NumPy tallies them). ``O(ties among the contacts)`` per
    broker instead of ``O(d(b)^2)`` adjacency checks in Python.
    """
    import igraph as ig
    import numpy as np

    order = list(G)
    index = {n: k for k, n in enumerate(order)}
    keys = sorted({groups[n] for n in order}, key=str)
    code = np.array([keys.index(groups[n]) for n in order], dtype=np.int64)
    k = len(keys)
    g = ig.Graph(n=len(order), edges=[(index[u], index[v]) for u, v in G.edges() if u != v])
    g.vs["orig"] = list(range(len(order)))
    out = {}
    for b in nodes:
        i = index[b]
        contacts = np.array([c for c in g.neighbors(i) if c != i], dtype=np.int64)
        pairs = np.zeros((k, k))
        if len(contacts) >= 2:
            n = np.bincount(code[contacts], minlength=k).astype(float)
            pairs = np.outer(n, n)
            np.fill_diagonal(pairs, n * (n - 1) / 2)
            sub = g.induced_subgraph(contacts.tolist())
            if sub.ecount():
                orig = np.array(sub.vs["orig"], dtype=np.int64)
                ends = code[orig[np.array(sub.get_edgelist(), dtype=np.int64)]]
                lo, hi = ends.min(axis=1), ends.max(axis=1)
                tied = np.bincount(lo * k + hi, minlength=k * k).reshape(k, k)
                pairs = pairs - tied  # upper triangle: the pairs read below
        counts = dict.fromkeys(ROLES, 0.0)
        gb = code[i]
        for x in range(k):
            for y in range(x, k):
                m = float(pairs[x, y])
                if not m:
                    continue
                if x == y:
                    counts["coordinator" if x == gb else "itinerant"] += m
                elif x == gb or y == gb:
                    counts["gatekeeper"] += 0.5 * m
                    counts["representative"] += 0.5 * m
                else:
                    counts["liaison"] += m
        counts["total"] = sum(counts[r] for r in ROLES)
        out[b] = counts
    return out


def _count(pairs, b, groups, *, split):
    """Tally roles over the ``(a, c)`` pairs brokered by ``b``.

    With `split`, a gatekeeper/representative pair counts half to each.
    """
    counts = dict.fromkeys(ROLES, 0.0)
    for a, c in pairs:
        role = classify_role(groups[a], groups[b], groups[c])
        if split and role in ("gatekeeper", "representative"):
            counts["gatekeeper"] += 0.5
            counts["representative"] += 0.5
        else:
            counts[role] += 1.0
    counts["total"] = sum(counts[r] for r in ROLES)
    return counts


def _directed_pairs(G, b):
    """Yield ``(a, c)`` for open ordered two-paths ``a -> b -> c``."""
    for a in G.predecessors(b):
        for c in G.successors(b):
            if len({a, b, c}) == 3 and not G.has_edge(a, c):
                yield a, c


def _undirected_pairs(G, b):
    """Yield ``(a, c)`` for unordered non-adjacent neighbour pairs of ``b``."""
    neighbours = [n for n in G[b] if n != b]
    for a, c in itertools.combinations(neighbours, 2):
        if not G.has_edge(a, c):
            yield a, c
