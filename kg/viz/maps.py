"""Maps of the graph in a store: choose the network, compute the measures, draw it.

:func:`make_map` is what ``scgov viz`` calls: the one-mode cooperation network (default) or
the two-mode affiliation network, optionally an ego network or the top-N actors by a measure,
sized by that measure and written by :func:`kg.viz.render_map`.
"""

from __future__ import annotations

import os
from pathlib import Path

SIZE_MEASURES = ("degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank")


def make_map(store, path: str | os.PathLike, *, mode: str = "one", lang: str = "ko", filters=None,
             ego: str | None = None, radius: int = 1, size_by: str = "degree", top: int | None = None,
             physics_threshold: int = 300) -> tuple[Path, object]:
    """Write the interactive map of *store*'s network to *path*; return ``(path, graph)``.

    Parameters
    ----------
    mode : {"one", "two"}
        Cooperation network of actors, or actors × affiliations.
    filters : kg.network.projection.Filters, optional
        Years, sectors, tie types, people.
    ego : str, optional
        An actor named by label, alias or IRI: only its ego network of *radius* hops is drawn.
    size_by : str
        Node size: one of :data:`SIZE_MEASURES`.
    top : int, optional
        Keep only the *top* nodes by *size_by* (the page says it shows a subset).
    """
    from ..errors import KGError
    from ..network.centrality import compute_all
    from ..network.paths import ego_network
    from ..network.projection import network, resolve_node
    from .interactive import render_map

    if size_by not in SIZE_MEASURES:
        raise KGError(f"unknown measure {size_by!r} for --size-by: use one of {', '.join(SIZE_MEASURES)}")
    G = network(store, mode=mode, lang=lang, filters=filters)
    if ego is not None:
        G = ego_network(G, resolve_node(store, G, ego), radius=radius)
    measures = compute_all(G).values if G.number_of_nodes() else {}
    if top is not None and top < G.number_of_nodes():
        G = keep_top(G, measures, size_by, top)
    return render_map(G, path, size_by=size_by, measures=measures, physics_threshold=physics_threshold), G


def keep_top(G, measures: dict, measure: str, n: int, *, max_edges: int | None = None):
    """The subgraph of the *n* nodes highest by *measure*, with the filter noted in ``graph["filtered"]``.

    With *max_edges*, fewer nodes are kept when needed: the longest run of the ranking whose
    ties among themselves number at most *max_edges*.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.star_graph(4); G.graph["filtered"] = None
    >>> H = keep_top(G, {v: {"degree": d} for v, d in G.degree()}, "degree", 2)
    >>> sorted(H.nodes), H.graph["filtered"]
    ([0, 1], 'top 2 of 5 by degree')
    >>> K = nx.complete_graph(5); K.graph["filtered"] = None
    >>> keep_top(K, {}, "degree", 5, max_edges=3).graph["filtered"]
    'top 3 of 5 by degree'
    """
    ranked = sorted(G, key=lambda v: (-(measures.get(v) or {}).get(measure, 0.0), str(v)))[:n]
    if max_edges is not None:
        ranked = ranked[:_prefix_within(G, ranked, max_edges)]
    H = G.subgraph(ranked).copy()
    H.graph = dict(G.graph)
    note = f"top {len(ranked)} of {G.number_of_nodes()} by {measure}"
    H.graph["filtered"] = "; ".join(s for s in (G.graph.get("filtered"), note) if s)
    return H


def _prefix_within(G, ranked: list, max_edges: int) -> int:
    """How many leading nodes of *ranked* have at most *max_edges* ties among themselves."""
    seen: set = set()
    edges = 0
    for i, v in enumerate(ranked):
        edges += sum(1 for u in G[v] if u in seen)
        if edges > max_edges:
            return i
        seen.add(v)
    return len(ranked)
