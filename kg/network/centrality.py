"""Node centrality measures on contract graphs.

Every measure returns a :class:`MeasureResult` ``(values, info)``: ``values``
maps node -> float, ``info`` is a :class:`MeasureInfo` saying which function
and backend computed the numbers and whether they are exact or a sampled
approximation, so a report can show it.

Edge attributes follow ``docs/network-contract.md``: ``weight`` (tie strength)
is used by strength, eigenvector and PageRank; ``distance`` (``1 / weight``)
by the path-based measures betweenness and closeness, so strong ties are
short.

Large graphs
------------
Betweenness and closeness need one shortest-path search per node. With
``backend="auto"`` python-igraph (C code, exact, a dependency of scgov-kg) computes
them whenever it is importable. Without igraph, networkx computes them exactly up
to ``exact_threshold`` nodes (default :data:`DEFAULT_EXACT_THRESHOLD`); above it
betweenness falls back to networkx's seeded k-source sample (approximate, with the
sample size in the result's info) and closeness stays exact but slow.
"""

import dataclasses
import importlib.util
import math
from typing import NamedTuple, Optional

import networkx as nx

from kg.network import _checks

DEFAULT_EXACT_THRESHOLD = 2000
DEFAULT_SAMPLE_SIZE = 500
DEFAULT_EIGENVECTOR_IGRAPH_SIZE = 300
MEASURES = ("degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank")
_BACKENDS = ("auto", "networkx", "igraph")


@dataclasses.dataclass(frozen=True)
class MeasureInfo:
    """How a measure was computed.

    Attributes
    ----------
    measure : str
        Measure name, one of :data:`MEASURES`.
    method : str
        Function that computed it, e.g. ``"networkx.betweenness_centrality"``.
    backend : str
        ``"networkx"`` or ``"igraph"``.
    exact : bool
        False when the value is a sampled approximation.
    sample_size : int or None
        Number of sampled source nodes (approximations only).
    seed : int or None
        Random seed used by the sample (approximations only).
    edge_attr : str or None
        Edge attribute used (``"weight"``, ``"distance"``) or None if unweighted.
    note : str
        Free text for the report, e.g. how disconnected graphs are handled.
    """

    measure: str
    method: str
    backend: str
    exact: bool = True
    sample_size: Optional[int] = None
    seed: Optional[int] = None
    edge_attr: Optional[str] = None
    note: str = ""

    def as_dict(self):
        """Return the info as a plain dict (JSON-ready)."""
        return dataclasses.asdict(self)


class MeasureResult(NamedTuple):
    """Values of one measure (node -> number) and how they were computed."""

    values: dict
    info: MeasureInfo


class AllMeasures(NamedTuple):
    """Result of :func:`compute_all`: node -> {measure: value}, measure -> info."""

    values: dict
    info: dict


def igraph_available():
    """Return True if python-igraph can be imported.

    Examples
    --------
    >>> igraph_available() in (True, False)
    True
    """
    return importlib.util.find_spec("igraph") is not None


def degree(G):
    """Number of neighbours of each node (``networkx.Graph.degree``).

    Parameters
    ----------
    G : networkx.Graph

    Returns
    -------
    MeasureResult
        ``values`` maps node -> int.

    Examples
    --------
    >>> G = nx.star_graph(3)
    >>> degree(G).values
    {0: 3, 1: 1, 2: 1, 3: 1}
    """
    info = MeasureInfo("degree", "networkx.Graph.degree", "networkx")
    return MeasureResult(dict(G.degree()), info)


def strength(G, *, weight="weight"):
    """Weighted degree: sum of the `weight` of each node's ties (``Graph.degree(weight=)``).

    Parameters
    ----------
    G : networkx.Graph
    weight : str
        Edge attribute holding tie strength.

    Returns
    -------
    MeasureResult
        ``values`` maps node -> float.

    Raises
    ------
    ValueError
        If an edge lacks a positive `weight`.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("a", "b", weight=2.0)
    >>> G.add_edge("a", "c", weight=0.5)
    >>> strength(G).values
    {'a': 2.5, 'b': 2.0, 'c': 0.5}
    """
    _checks.require_edge_attr(G, weight)
    info = MeasureInfo("strength", "networkx.Graph.degree(weight=...)", "networkx", edge_attr=weight)
    return MeasureResult({n: float(s) for n, s in G.degree(weight=weight)}, info)


def betweenness(G, *, distance="distance", seed=42, exact_threshold=DEFAULT_EXACT_THRESHOLD,
                sample_size=DEFAULT_SAMPLE_SIZE, backend="auto"):
    """Normalised betweenness centrality on tie distances.

    With ``backend="auto"``: igraph's exact ``Graph.betweenness`` rescaled to
    networkx's normalisation whenever igraph is importable (it is a dependency:
    faster, and it compares path lengths with a tolerance, see Notes); without
    igraph, exact ``networkx.betweenness_centrality(G, weight=distance,
    normalized=True)`` up to `exact_threshold` nodes and above it the networkx
    estimate from ``k=min(sample_size, n)`` seeded source nodes.

    Parameters
    ----------
    G : networkx.Graph
    distance : str or None
        Edge attribute used as path length; None counts hops.
    seed : int
        Seed of the source sample (approximation only).
    exact_threshold : int
        Largest node count computed exactly with networkx.
    sample_size : int
        Number of sampled sources (``k``) for the networkx approximation.
    backend : {"auto", "networkx", "igraph"}
        ``"networkx"`` never uses igraph; ``"igraph"`` always does (exact).

    Returns
    -------
    MeasureResult
        ``values`` maps node -> float in [0, 1]; ``info.exact`` is False for
        the sampled approximation.

    Notes
    -----
    networkx compares path lengths with ``==``, so with distances that are
    not exact binary fractions (``1/3``, ``1/6`` ...) two equally short paths
    can look different by one rounding error and one is dropped; values can
    then differ by up to ~0.005 from the exact ones. igraph compares with a
    tolerance and matches exact rational arithmetic; use ``backend="igraph"``
    when this matters. Hop counts (``distance=None``) are not affected.

    Examples
    --------
    >>> G = nx.path_graph(3)
    >>> nx.set_edge_attributes(G, 1.0, "distance")
    >>> betweenness(G).values
    {0: 0.0, 1: 1.0, 2: 0.0}
    >>> G = nx.path_graph(5)
    >>> nx.set_edge_attributes(G, 1.0, "distance")
    >>> res = betweenness(G, exact_threshold=3, sample_size=2, backend="networkx")
    >>> res.info.exact, res.info.sample_size, res.info.seed
    (False, 2, 42)
    """
    _check_backend(backend)
    _checks.require_simple_graph(G)
    if distance is not None:
        _checks.require_edge_attr(G, distance)
    n = G.number_of_nodes()
    use_igraph = backend == "igraph" or (backend == "auto" and igraph_available())
    if use_igraph:
        return _betweenness_igraph(G, distance)
    if n <= exact_threshold:
        values = nx.betweenness_centrality(G, weight=distance, normalized=True)
        info = MeasureInfo("betweenness", "networkx.betweenness_centrality", "networkx",
                           edge_attr=distance)
        return MeasureResult(values, info)
    return _betweenness_sampled(G, distance, seed, min(sample_size, n))


def _betweenness_sampled(G, distance, seed, k):
    n = G.number_of_nodes()
    values = nx.betweenness_centrality(G, k=k, seed=seed, weight=distance, normalized=True)
    note = "every node sampled" if k >= n else f"estimated from {k} of {n} source nodes"
    info = MeasureInfo("betweenness", "networkx.betweenness_centrality(k=..., seed=...)",
                       "networkx", exact=k >= n, sample_size=k, seed=seed, edge_attr=distance,
                       note=note)
    return MeasureResult(values, info)


def _betweenness_igraph(G, distance):
    graph, nodes = _to_igraph(G, distance)
    raw = graph.betweenness(directed=G.is_directed(), weights="w" if distance else None)
    n = len(nodes)
    pairs = (n - 1) * (n - 2) if G.is_directed() else (n - 1) * (n - 2) / 2
    scale = 1.0 / pairs if n > 2 else 0.0
    values = {node: float(b) * scale for node, b in zip(nodes, raw)}
    info = MeasureInfo("betweenness", "igraph.Graph.betweenness", "igraph", edge_attr=distance,
                       note="raw pair counts rescaled to networkx's normalisation")
    return MeasureResult(values, info)


def closeness(G, *, distance="distance", exact_threshold=DEFAULT_EXACT_THRESHOLD, backend="auto"):
    """Closeness centrality on tie distances (Wasserman–Faust variant).

    ``networkx.closeness_centrality(G, distance=distance, wf_improved=True)``:
    ``(r - 1) / sum(d) * (r - 1) / (n - 1)`` where ``r`` is the number of nodes
    the node can reach (itself included), so nodes in small components score
    low instead of the graph raising or scoring them 1. Isolates get 0.
    For undirected graphs above `exact_threshold` nodes (or
    ``backend="igraph"``) igraph's ``Graph.closeness`` is used and rescaled to
    the same formula. Always exact.

    Parameters
    ----------
    G : networkx.Graph
    distance : str or None
        Edge attribute used as path length; None counts hops.
    exact_threshold : int
        Above this node count, igraph is used when importable.
    backend : {"auto", "networkx", "igraph"}
        Directed graphs always use networkx.

    Returns
    -------
    MeasureResult
        ``values`` maps node -> float >= 0; in [0, 1] for hop counts, and in units of
        1 / distance otherwise (above 1 when ties are shorter than 1, i.e. weight > 1).

    Examples
    --------
    >>> G = nx.path_graph(3)
    >>> nx.set_edge_attributes(G, 1.0, "distance")
    >>> closeness(G).values
    {0: 0.6666666666666666, 1: 1.0, 2: 0.6666666666666666}
    """
    _check_backend(backend)
    _checks.require_simple_graph(G)
    if distance is not None:
        _checks.require_edge_attr(G, distance)
    use_igraph = not G.is_directed() and (backend == "igraph" or (
        backend == "auto" and igraph_available()))
    if use_igraph:
        return _closeness_igraph(G, distance)
    values = nx.closeness_centrality(G, distance=distance, wf_improved=True)
    info = MeasureInfo("closeness", "networkx.closeness_centrality(wf_improved=True)", "networkx",
                       edge_attr=distance)
    return MeasureResult(values, info)


def _closeness_igraph(G, distance):
    graph, nodes = _to_igraph(G, distance)
    raw = graph.closeness(weights="w" if distance else None, normalized=True)
    reach = {node: len(comp) for comp in nx.connected_components(G) for node in comp}
    n = len(nodes)
    values = {}
    for node, c in zip(nodes, raw):
        r = reach[node]
        values[node] = 0.0 if r < 2 or math.isnan(c) else float(c) * (r - 1) / (n - 1)
    info = MeasureInfo("closeness", "igraph.Graph.closeness", "igraph", edge_attr=distance,
                       note="rescaled by (r-1)/(n-1) like networkx wf_improved=True")
    return MeasureResult(values, info)


def eigenvector(G, *, weight="weight", max_iter=1000, tol=1e-08, backend="auto",
                igraph_min_size=DEFAULT_EIGENVECTOR_IGRAPH_SIZE):
    """Eigenvector centrality on tie strengths, per connected component.

    ``networkx.eigenvector_centrality(weight=weight)`` is run on each connected
    component of two or more nodes; each component's vector (unit Euclidean
    norm) is multiplied by ``sqrt(|C| / m)``, ``m`` being the number of
    non-isolated nodes. A connected graph therefore gets exactly networkx's
    values, the whole vector keeps unit norm, and small
    components are not wiped out by the largest one as the power iteration on
    the whole graph would do. Isolates get 0. Values are comparable within a
    component; across components they only reflect component size.

    networkx's power iteration is pure Python and slow to converge on large
    heavy-tailed components (a minute for 5,000 nodes), so with
    ``backend="auto"`` components of `igraph_min_size` nodes or more use
    igraph's ``Graph.eigenvector_centrality`` (ARPACK; the same Perron vector,
    agreeing with networkx to about 1e-6), rescaled to unit norm the same way.

    Parameters
    ----------
    G : networkx.Graph
        Undirected.
    weight : str or None
        Edge attribute holding tie strength; None treats ties as equal.
    max_iter, tol
        Passed to networkx.
    backend : {"auto", "networkx", "igraph"}
        ``"networkx"`` never uses igraph; ``"igraph"`` uses it for every component.
    igraph_min_size : int
        Smallest component handed to igraph with ``backend="auto"``.

    Returns
    -------
    MeasureResult
        ``values`` maps node -> float >= 0.

    Raises
    ------
    ValueError
        For directed graphs, or if the power iteration does not converge.

    Examples
    --------
    >>> G = nx.Graph([(0, 1), (2, 3)])
    >>> nx.set_edge_attributes(G, 1.0, "weight")
    >>> G.add_node(4)
    >>> {n: round(v, 4) for n, v in eigenvector(G).values.items()}
    {0: 0.5, 1: 0.5, 2: 0.5, 3: 0.5, 4: 0.0}
    """
    if G.is_directed():
        raise ValueError("eigenvector centrality is implemented for undirected graphs only")
    if weight is not None:
        _checks.require_edge_attr(G, weight)
    _check_backend(backend)
    components = [c for c in nx.connected_components(G) if len(c) > 1]
    m = sum(len(c) for c in components)
    values = dict.fromkeys(G, 0.0)
    used = set()
    for comp in components:
        big = backend == "igraph" or (backend == "auto" and len(comp) >= igraph_min_size
                                      and igraph_available())
        used.add("igraph" if big else "networkx")
        compute = _component_eigenvector_igraph if big else _component_eigenvector
        values.update(compute(G.subgraph(comp), m, weight, max_iter, tol))
    which = "igraph" if used == {"igraph"} else "networkx"
    method = {"igraph": "igraph.Graph.eigenvector_centrality",
              "networkx": "networkx.eigenvector_centrality"}[which]
    note = "per connected component, scaled by sqrt(|C|/m), m = non-isolated nodes; isolates 0"
    if used == {"igraph", "networkx"}:
        note += f"; components of {igraph_min_size}+ nodes by igraph (ARPACK)"
    info = MeasureInfo("eigenvector", method, which, edge_attr=weight, note=note)
    return MeasureResult(values, info)


def _component_eigenvector_igraph(H, m, weight, max_iter, tol):
    graph, nodes = _to_igraph(H, weight)
    raw = graph.eigenvector_centrality(weights="w" if weight else None)
    norm = math.sqrt(sum(x * x for x in raw)) or 1.0
    scale = math.sqrt(len(H) / m)
    return {node: abs(float(x)) / norm * scale for node, x in zip(nodes, raw)}


def _component_eigenvector(H, m, weight, max_iter, tol):
    try:
        x = nx.eigenvector_centrality(H, max_iter=max_iter, tol=tol, weight=weight)
    except nx.PowerIterationFailedConvergence as exc:
        raise ValueError(f"eigenvector centrality did not converge in {max_iter} "
                         f"iterations on a component of {len(H)} nodes") from exc
    scale = math.sqrt(len(H) / m)
    return {node: value * scale for node, value in x.items()}


def pagerank(G, *, weight="weight", alpha=0.85, backend="auto"):
    """PageRank on tie strengths.

    ``networkx.pagerank(G, alpha=alpha, weight=weight)`` when SciPy is
    importable (networkx needs it); otherwise igraph's ``Graph.pagerank``
    (PRPACK); without either, a pure-Python power iteration of the same
    model (backend ``"python"``, tolerance 1e-10 per node). In all three,
    dangling nodes (isolates) teleport uniformly. Values sum to 1.

    Parameters
    ----------
    G : networkx.Graph
    weight : str or None
        Edge attribute holding tie strength.
    alpha : float
        Damping factor.
    backend : {"auto", "networkx", "igraph", "python"}
        ``"networkx"`` needs SciPy.

    Returns
    -------
    MeasureResult
        ``values`` maps node -> float.

    Raises
    ------
    ImportError
        If ``backend="igraph"`` and igraph is missing.

    Examples
    --------
    >>> G = nx.path_graph(3)
    >>> nx.set_edge_attributes(G, 1.0, "weight")
    >>> {n: round(v, 4) for n, v in pagerank(G).values.items()}
    {0: 0.2568, 1: 0.4865, 2: 0.2568}
    """
    _check_backend(backend, _BACKENDS + ("python",))
    _checks.require_simple_graph(G)
    if weight is not None:
        _checks.require_edge_attr(G, weight)
    has_scipy = importlib.util.find_spec("scipy") is not None
    if backend == "auto" and not has_scipy:
        backend = "igraph" if igraph_available() else "python"
    if backend == "igraph":
        return _pagerank_igraph(G, weight, alpha)
    if backend == "python":
        return _pagerank_python(G, weight, alpha)
    values = nx.pagerank(G, alpha=alpha, weight=weight)
    return MeasureResult(values, MeasureInfo("pagerank", "networkx.pagerank", "networkx",
                                             edge_attr=weight))


def _pagerank_igraph(G, weight, alpha):
    graph, nodes = _to_igraph(G, weight)
    raw = graph.pagerank(directed=G.is_directed(), damping=alpha,
                         weights="w" if weight else None)
    values = {node: float(p) for node, p in zip(nodes, raw)}
    return MeasureResult(values, MeasureInfo("pagerank", "igraph.Graph.pagerank", "igraph",
                                             edge_attr=weight))


def _pagerank_python(G, weight, alpha, tol=1e-10, max_iter=1000):
    """Power iteration of networkx's PageRank model (used without SciPy and igraph)."""
    n = G.number_of_nodes()
    out = {u: sum(d.get(weight, 1) if weight else 1 for d in G[u].values()) for u in G}
    x = dict.fromkeys(G, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(x[u] for u in G if out[u] == 0) / n
        new = dict.fromkeys(G, (1.0 - alpha) / n + dangling)
        for u in G:
            for v, d in G[u].items():
                new[v] += alpha * x[u] * (d.get(weight, 1) if weight else 1) / out[u]
        converged = sum(abs(new[u] - x[u]) for u in G) < n * tol
        x = new
        if converged:
            return MeasureResult(x, MeasureInfo("pagerank", "power iteration (pure Python)",
                                                "python", edge_attr=weight))
    raise ValueError(f"PageRank did not converge in {max_iter} iterations")


def compute_all(G, *, seed=42, exact_threshold=DEFAULT_EXACT_THRESHOLD,
                sample_size=DEFAULT_SAMPLE_SIZE, backend="auto",
                weight="weight", distance="distance"):
    """Compute every measure in :data:`MEASURES` for every node.

    Parameters
    ----------
    G : networkx.Graph
        Undirected contract graph.
    seed, exact_threshold, sample_size, backend
        See :func:`betweenness` and :func:`closeness`.
    weight, distance : str
        Edge attributes for tie strength and path length.

    Returns
    -------
    AllMeasures
        ``values``: node -> {measure: value} with the keys of :data:`MEASURES`;
        ``info``: measure -> :class:`MeasureInfo`.

    Examples
    --------
    >>> G = nx.path_graph(3)
    >>> nx.set_edge_attributes(G, 1.0, "weight")
    >>> nx.set_edge_attributes(G, 1.0, "distance")
    >>> table, info = compute_all(G)
    >>> table[1]["degree"], table[1]["betweenness"], info["betweenness"].exact
    (2, 1.0, True)
    """
    results = {
        "degree": degree(G),
        "strength": strength(G, weight=weight),
        "betweenness": betweenness(G, distance=distance, seed=seed, exact_threshold=exact_threshold,
                                   sample_size=sample_size, backend=backend),
        "closeness": closeness(G, distance=distance, exact_threshold=exact_threshold,
                               backend=backend),
        "eigenvector": eigenvector(G, weight=weight, backend=backend),
        "pagerank": pagerank(G, weight=weight, backend=backend),
    }
    values = {node: {m: results[m].values[node] for m in MEASURES} for node in G}
    return AllMeasures(values, {m: results[m].info for m in MEASURES})


def _check_backend(backend, allowed=_BACKENDS):
    if backend not in allowed:
        raise ValueError(f"backend must be one of {allowed}, not {backend!r}")


def _to_igraph(G, attr):
    """Copy `G` to an igraph Graph with edge attribute ``"w"``; return (graph, node list)."""
    try:
        import igraph
    except ImportError as exc:
        raise ImportError("backend='igraph' needs python-igraph") from exc
    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}
    graph = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()],
                         directed=G.is_directed())
    if attr is not None:
        graph.es["w"] = [float(w) for _, _, w in G.edges(data=attr)]
    return graph, nodes
