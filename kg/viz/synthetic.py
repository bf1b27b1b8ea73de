"""Seeded synthetic graphs that follow the network contract (for tests and benchmarks)."""

import random

#: Share of nodes per sector in synthetic graphs (roughly the real corpus).
SECTOR_SHARES = {
    "local-government": 0.30, "industry": 0.22, "central-government": 0.10,
    "research": 0.12, "academia": 0.10, "public-enterprise": 0.07,
    "governance-body": 0.04, "international": 0.03, "other": 0.02,
}
SECTOR_LABELS_KO = {
    "central-government": "\uc911\uc559\uc815\ubd80", "local-government": "\uc9c0\ubc29\uc815\ubd80",
    "research": "\uc5f0\uad6c\uae30\uad00", "public-enterprise": "\uacf5\uae30\uc5c5",
    "academia": "\ud559\uacc4", "industry": "\uc0b0\uc5c5\uacc4", "international": "\uad6d\uc81c",
    "governance-body": "\uac70\ubc84\ub10c\uc2a4 \uae30\uad6c", "other": "\uae30\ud0c0",
}
KIND_SHARES = {"organization": 0.82, "person": 0.08, "body": 0.04, "event": 0.02,
               "agreement": 0.02, "programme": 0.01, "zone": 0.01}
TIE_TYPES = ["agreement", "body", "event", "programme", "project"]


def synthetic_graph(n=5000, *, m=3, seed=0, lang="ko", title=None):
    """Build a random contract-conforming one-mode graph with a heavy-tailed degree.

    Preferential attachment (Barabasi-Albert, ``m`` ties per new node: about
    ``m * n`` edges), sectors and kinds drawn in fixed proportions, and one or two
    evidence items per edge.

    Parameters
    ----------
    n : int
        Number of nodes.
    m : int
        Edges added per node (5,000 nodes with ``m=3`` give ~15,000 edges).
    seed : int
        Random seed; equal seeds give equal graphs.
    lang : {"ko", "en"}
        Language of the ``label`` attribute.
    title : str, optional
        ``G.graph["title"]``.

    Returns
    -------
    networkx.Graph
        The graph, with the contract's graph, node and edge attributes.
    """
    import networkx as nx

    rng = random.Random(seed)
    skeleton = nx.barabasi_albert_graph(n, min(m, max(n - 1, 1)), seed=seed)
    G = nx.Graph(mode="one", lang=lang, filtered=None,
                 title=title or f"Synthetic cooperation network ({n} actors)")
    iri = lambda i: f"https://example.org/scgov/actor/{i}"  # noqa: E731
    for i in skeleton:
        G.add_node(iri(i), **_node_attrs(i, rng, lang))
    for u, v in skeleton.edges():
        G.add_edge(iri(u), iri(v), **_edge_attrs(rng))
    return G


def _pick(rng, shares):
    """Draw a key of ``shares`` with probability proportional to its value."""
    return rng.choices(list(shares), weights=list(shares.values()))[0]


def _node_attrs(i, rng, lang):
    """Return contract node attributes for synthetic actor ``i``."""
    sector, kind = _pick(rng, SECTOR_SHARES), _pick(rng, KIND_SHARES)
    ko, en = f"\uae30\uad00 {i}", f"Organisation {i}"
    years = sorted(rng.sample(range(2014, 2025), rng.randint(0, 4)))
    return {"label": ko if lang == "ko" else en, "label_ko": ko, "label_en": en,
            "kind": kind, "class_label": kind.capitalize(), "sector": sector,
            "sector_label": SECTOR_LABELS_KO[sector] if lang == "ko" else
            sector.replace("-", " ").capitalize(), "years": years}


def _edge_attrs(rng):
    """Return contract edge attributes with one or two evidence items."""
    weight = float(min(int(rng.paretovariate(1.5)), 20))
    years = sorted(rng.sample(range(2014, 2025), rng.randint(1, 3)))
    tie_types = sorted(rng.sample(TIE_TYPES, rng.randint(1, 2)))
    via = [f"Programme {rng.randint(1, 300)}" for _ in tie_types]
    evidence = [{"doc": f"https://example.org/scgov/doc/{rng.randint(1, 9999)}",
                 "doc_title": f"Press release {rng.randint(1, 9999)}",
                 "date": f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                 "quote": "The partners signed a memorandum of understanding.",
                 "via": via[0]} for y in years[:2]]
    return {"weight": weight, "distance": 1.0 / weight, "tie_types": tie_types,
            "years": years, "via": via, "evidence": evidence}
