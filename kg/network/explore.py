"""Store-level questions about one actor or a pair: evidenced paths and ego networks.

These name actors the way users do (label, alias, IRI; see :func:`kg.network.projection.resolve_node`)
and return JSON-ready dicts for the CLI and the report.
"""

from __future__ import annotations


def evidenced_path(store, source: str, target: str, *, lang: str = "ko", filters=None) -> dict:
    """The shortest cooperation path between two named actors, each hop with its evidence.

    Returns
    -------
    dict
        :func:`kg.network.paths.shortest_path`'s ``nodes``, ``length`` and ``hops`` (each with
        ``tie_types``, ``via``, ``evidence`` = ``{"doc", "doc_title", "date", "quote", "via"}``),
        plus ``labels`` (node -> label).

    Raises
    ------
    kg.errors.ResolutionError
        Unknown name (closest names listed) or an actor not in the network.
    kg.errors.KGError
        When no path joins the two actors.
    """
    from ..errors import KGError
    from .paths import shortest_path
    from .projection import network, resolve_node

    G = network(store, mode="one", lang=lang, filters=filters)
    a, b = resolve_node(store, G, source), resolve_node(store, G, target)
    try:
        result = shortest_path(G, a, b)
    except ValueError:
        raise KGError(f"no cooperation path joins {G.nodes[a]['label']} and {G.nodes[b]['label']} "
                      "in this network (different components)") from None
    result["labels"] = {n: G.nodes[n].get("label", n) for n in result["nodes"]}
    return result


def ego_summary(store, actor: str, *, radius: int = 1, lang: str = "ko", filters=None) -> dict:
    """The actors within *radius* hops of *actor*, with their tie to it.

    Returns
    -------
    dict
        ``{"node", "label", "radius", "edges", "nodes": [{"node", "label", "sector", "hops",
        "weight_to_ego", "tie_types", "via", "evidence"}]}``, nearest and strongest first
        (the ego itself is not listed).
    """
    import networkx as nx

    from .paths import ego_network
    from .projection import network, resolve_node

    G = network(store, mode="one", lang=lang, filters=filters)
    ego = resolve_node(store, G, actor)
    H = ego_network(G, ego, radius=radius)
    hops = nx.single_source_shortest_path_length(H, ego)
    rows = []
    for n in H:
        if n == ego:
            continue
        d = G.edges[ego, n] if G.has_edge(ego, n) else {}
        rows.append({"node": n, "label": G.nodes[n].get("label", n), "sector": G.nodes[n].get("sector", "other"),
                     "hops": hops.get(n), "weight_to_ego": d.get("weight"), "tie_types": list(d.get("tie_types", [])),
                     "via": list(d.get("via", [])), "evidence": list(d.get("evidence", []))})
    rows.sort(key=lambda r: (r["hops"], -(r["weight_to_ego"] or 0), r["label"]))
    return {"node": ego, "label": G.nodes[ego].get("label", ego), "radius": radius,
            "edges": H.number_of_edges(), "nodes": rows}
