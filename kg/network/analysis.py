"""The full measure table of a cooperation network, and its network-level statistics.

:func:`analyze` runs every measure module of :mod:`kg.network` on one contract graph
(``docs/network-contract.md``) and returns an :class:`Analysis`: one row per node with

============================  ==========================================================
column                        from
============================  ==========================================================
degree, strength              :mod:`kg.network.centrality`
betweenness, closeness        :mod:`kg.network.centrality` (on ``distance`` = 1/weight)
eigenvector, pagerank         :mod:`kg.network.centrality` (on ``weight``)
constraint, effective_size,   :mod:`kg.network.structural_holes` (Burt, weighted)
efficiency
brokerage (total) and the     :mod:`kg.network.brokerage` (Gould–Fernandez roles by
five roles                    sector: coordinator, itinerant, gatekeeper,
                              representative, liaison)
core                          :func:`kg.network.cohesion.core_numbers` (k-core)
community                     seeded Louvain, :func:`kg.network.cohesion.louvain_communities`
============================  ==========================================================

and the network-level statistics (density, components, Freeman centralisation,
modularity, sector assortativity, the E-I index by sector with its permutation test,
the sector mixing matrix). Every measure's :class:`kg.network.centrality.MeasureInfo`
(exact or approximate, sample size, seed, backend) is carried in ``Analysis.info``.

Large graphs
------------
Everything here is at most ``O(n m)`` (betweenness and closeness, in igraph's C code);
the local measures whose cost grows with the square or cube of a hub's degree
(structural holes, brokerage) are computed for every node up to ``local_threshold``
nodes and above it only for the ``local_top`` nodes of highest degree (the others get
``None``, and ``Analysis.info`` says so). The E-I permutation test is vectorised with
NumPy from 2,000 ties on.

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph(mode="one", lang="en", title="toy", filtered=None)
>>> for u, v in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]:
...     G.add_edge(u, v, weight=1.0, distance=1.0)
>>> nx.set_node_attributes(G, {"a": "research", "b": "research", "c": "industry", "d": "industry"}, "sector")
>>> nx.set_node_attributes(G, {n: n.upper() for n in G}, "label")
>>> result = analyze(G, n_permutations=99)
>>> result.table["c"]["degree"], result.table["c"]["core"], result.network["components"]
(3, 2, 1)
>>> [row["label"] for row in result.rows(sort_by="betweenness")][:1]
['C']
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

#: Columns of the measure table, in display order.
COLUMNS = (
    "degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank",
    "constraint", "effective_size", "efficiency",
    "brokerage", "coordinator", "itinerant", "gatekeeper", "representative", "liaison",
    "core", "community",
)
#: Columns where a LOW value marks an important node (sorted ascending).
ASCENDING = frozenset({"constraint"})
#: Columns that are integers.
INTEGER = frozenset({"degree", "core", "community"})
DEFAULT_LOCAL_THRESHOLD = 5000
DEFAULT_LOCAL_TOP = 1000


@dataclass
class Analysis:
    """The measure table of one graph and its network-level statistics.

    Attributes
    ----------
    graph : networkx.Graph
        The analysed graph (not copied).
    table : dict
        node -> {column: value}; ``None`` where a measure was not computed for the node
        (structural holes and brokerage on very large graphs), NaN where undefined
        (constraint of an isolate).
    info : dict
        measure -> dict: how it was computed (``exact``, ``sample_size``, ``method``,
        ``backend``, ``note``; :class:`kg.network.centrality.MeasureInfo` fields).
    network : dict
        Network-level statistics (see :func:`analyze`).
    communities : list of list
        Louvain communities, largest first (the ``community`` column indexes them).
    """

    graph: object
    table: dict
    info: dict
    network: dict
    communities: list = field(default_factory=list)

    def label(self, node) -> str:
        """The node's display label."""
        return str(self.graph.nodes[node].get("label", node))

    def top(self, column: str, n: int = 10) -> list:
        """The *n* nodes that rank highest on *column* (lowest for constraint), ties by label.

        Nodes without a value (``None``/NaN) are left out.
        """
        return [row["node"] for row in self.rows(sort_by=column)[:n] if _number(row.get(column))]

    def rows(self, *, sort_by: str = "degree", top: int | None = None) -> list[dict]:
        """The table as rows (node, label, sector, kind and every column), sorted by *sort_by*.

        Raises
        ------
        KeyError
            If *sort_by* is not a column.
        """
        if sort_by not in COLUMNS:
            raise KeyError(f"unknown measure {sort_by!r}: use one of {', '.join(COLUMNS)}")
        sign = 1 if sort_by in ASCENDING else -1
        rows = []
        for node, values in self.table.items():
            attrs = self.graph.nodes[node]
            rows.append({"node": node, "label": self.label(node), "sector": attrs.get("sector", "other"),
                         "kind": attrs.get("kind", ""), **values})

        def key(row):
            value = row.get(sort_by)
            missing = not _number(value)
            return (missing, 0.0 if missing else sign * value, row["label"], str(row["node"]))

        rows.sort(key=key)
        return rows[:top] if top else rows

    def to_dict(self, *, sort_by: str = "degree", top: int | None = None) -> dict:
        """JSON-ready: ``{"graph", "network", "info", "communities", "nodes"}`` (NaN → None)."""
        G = self.graph
        return _clean({
            "graph": {k: G.graph.get(k) for k in ("mode", "lang", "title", "filtered")},
            "network": self.network,
            "info": self.info,
            "communities": [[str(n) for n in c] for c in self.communities],
            "nodes": self.rows(sort_by=sort_by, top=top),
        })


def analyze(G, *, seed: int = 42, n_permutations: int = 1000, backend: str = "auto",
            exact_threshold: int | None = None, sample_size: int | None = None,
            local_threshold: int = DEFAULT_LOCAL_THRESHOLD, local_top: int = DEFAULT_LOCAL_TOP,
            group: str = "sector") -> Analysis:
    """Compute the full measure table and the network-level statistics of *G*.

    Parameters
    ----------
    G : networkx.Graph
        Undirected one-mode contract graph (``weight``, ``distance`` on edges, ``sector`` on
        nodes). An empty graph gives an empty table.
    seed : int
        Seed of every random step (Louvain, the permutation test, sampled betweenness).
    n_permutations : int
        Relabellings of the E-I permutation test.
    backend : {"auto", "networkx", "igraph"}
        Passed to the centrality measures.
    exact_threshold, sample_size : int, optional
        Passed to :func:`kg.network.centrality.betweenness` (defaults there).
    local_threshold, local_top : int
        Above *local_threshold* nodes, structural holes and brokerage are computed only for
        the *local_top* nodes of highest degree.
    group : str
        Node attribute of the groups (sector).

    Returns
    -------
    Analysis
        ``network`` holds ``nodes``, ``edges``, ``density``, ``components``,
        ``largest_component_share``, ``isolates``, ``average_degree``,
        ``average_clustering``, ``degree_centralization``, ``betweenness_centralization``
        (Freeman, on the table's betweenness), ``modularity``, ``n_communities``,
        ``assortativity`` (sector), ``ei`` (``observed``, ``expected``, ``p_value``,
        ``n_permutations``, ``seed``), ``ei_weighted`` (E-I on tie strength),
        ``group_ei`` (sector -> E-I), ``mixing`` (:func:`kg.network.mixing.mixing_matrix`)
        and ``sectors`` (sector -> node count).
    """
    import networkx as nx

    from . import brokerage, centrality, cohesion, mixing, structural_holes

    if G.is_directed() or G.is_multigraph():
        raise ValueError("analyze() expects an undirected nx.Graph (the one-mode network)")
    table = {n: dict.fromkeys(COLUMNS) for n in G}
    info: dict = {}
    network: dict = {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
    if not len(G):
        return Analysis(G, table, info, network, [])

    kwargs = {"seed": seed, "backend": backend}
    if exact_threshold is not None:
        kwargs["exact_threshold"] = exact_threshold
    if sample_size is not None:
        kwargs["sample_size"] = sample_size
    measures = centrality.compute_all(G, **kwargs)
    for node, values in measures.values.items():
        table[node].update(values)
    info.update({m: i.as_dict() for m, i in measures.info.items()})

    degree = dict(G.degree())
    local = None
    if len(G) > local_threshold:
        local = sorted(G, key=lambda n: (-degree[n], str(n)))[:local_top]
    local_note = (f"computed for the {len(local)} nodes of highest degree only "
                  f"(graph has {len(G)} > {local_threshold} nodes)") if local else "every node"
    holes = structural_holes.structural_holes(G, nodes=local)
    for node, values in holes.items():
        table[node].update(values)
    for m in ("constraint", "effective_size", "efficiency"):
        info[m] = _info(m, "kg.network.structural_holes (Burt, weighted)", local_note,
                        sample_size=len(local) if local else None)

    roles = brokerage.brokerage_roles(G, group=group) if not local else _brokerage_for(G, local, group)
    for node, values in roles.items():
        table[node]["brokerage"] = values["total"]
        for role in brokerage.ROLES:
            table[node][role] = values[role]
    info["brokerage"] = _info("brokerage", "kg.network.brokerage (Gould–Fernandez, by sector)",
                              "brokered pairs of non-adjacent contacts; " + local_note,
                              sample_size=len(local) if local else None)

    cores = cohesion.core_numbers(G)
    communities = cohesion.louvain_communities(G, seed=seed) if G.number_of_edges() else [frozenset([n]) for n in G]
    membership = cohesion.community_membership(communities)
    for node in G:
        table[node]["core"] = cores[node]
        table[node]["community"] = membership[node]
    info["core"] = _info("core", "networkx.core_number", "")
    info["community"] = _info("community", "networkx.community.louvain_communities",
                              f"seeded Louvain (seed {seed}), weighted", seed=seed)

    components = list(nx.connected_components(G))
    between = {n: table[n]["betweenness"] for n in G}
    network.update({
        "density": nx.density(G),
        "components": len(components),
        "largest_component_share": max(len(c) for c in components) / len(G),
        "isolates": sum(1 for n in G if degree[n] == 0),
        "average_degree": sum(degree.values()) / len(G),
        "average_clustering": cohesion.average_clustering(G),
        "degree_centralization": cohesion.degree_centralization(G),
        "betweenness_centralization": cohesion.betweenness_centralization(G, betweenness=between),
        "n_communities": len(communities),
        "modularity": cohesion.modularity(G, communities) if G.number_of_edges() else math.nan,
        "sectors": _count_by(G, group),
    })
    network.update(_mixing(G, group, n_permutations, seed, mixing))
    return Analysis(G, table, info, network, [sorted(c, key=str) for c in communities])


def _brokerage_for(G, nodes, group):
    """Brokerage roles of *nodes* only (their two-paths run through the whole graph)."""
    from . import brokerage

    missing = dict.fromkeys(brokerage.ROLES + ("total",), None)
    out = {n: missing for n in G}
    out.update(brokerage.brokerage_roles(G, group=group, nodes=nodes))
    return out


def _mixing(G, group, n_permutations, seed, mixing):
    out = {"assortativity": math.nan, "ei": None, "ei_weighted": math.nan, "group_ei": {},
           "mixing": mixing.mixing_matrix(G, group=group)}
    if G.number_of_edges() == 0:
        return out
    out["assortativity"] = mixing.sector_assortativity(G, group=group)
    out["ei"] = mixing.ei_permutation_test(G, group=group, n_permutations=n_permutations, seed=seed)
    out["ei_weighted"] = mixing.ei_index(G, group=group, weight="weight")
    out["group_ei"] = mixing.group_ei_index(G, group=group)
    return out


def _info(measure, method, note, *, sample_size=None, seed=None) -> dict:
    return {"measure": measure, "method": method, "backend": "networkx" if method.startswith("networkx") else "python",
            "exact": True, "sample_size": sample_size, "seed": seed, "edge_attr": "weight", "note": note}


def _count_by(G, attr) -> dict:
    counts: dict = {}
    for _n, value in G.nodes(data=attr):
        counts[value or "other"] = counts.get(value or "other", 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and not math.isnan(value)


def _clean(obj):
    """NaN/inf → None and tuples → lists, recursively (strict JSON)."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {str(k): _clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [_clean(v) for v in obj]
    return obj


def metrics(store, *, lang: str = "ko", filters=None, **options) -> Analysis:
    """:func:`analyze` of the store's one-mode cooperation network under *filters*."""
    from .projection import network

    return analyze(network(store, mode="one", lang=lang, filters=filters), **options)
