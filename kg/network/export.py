"""Handing the network on: GraphML and GEXF (Gephi), Pajek, UCINET DL, CSV and JSON.

Every format keeps the labels, sectors, kinds, weights, tie types, years and evidence (lists
become ``"; "``-joined strings where the format only takes scalars; evidence becomes JSON text).
GEXF carries time spells per year so Gephi's timeline works. Files are written atomically.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..errors import KGError
from ..fileio import write_atomic

FORMATS = ("graphml", "gexf", "csv", "pajek", "dl", "json")
_LISTS = ("tie_types", "roles", "years", "via")


def scalar_copy(G):
    """A copy of *G* whose attributes are all scalars (for GraphML, GEXF, Pajek).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph(mode="one"); G.add_edge("a", "b", tie_types=["event", "body"], years=[2018], evidence=[])
    >>> scalar_copy(G).edges["a", "b"]["tie_types"]
    'event; body'
    """
    H = G.__class__()
    H.graph.update({k: v for k, v in G.graph.items() if isinstance(v, (str, int, float)) and k != "mode"})
    H.graph["network_mode"] = G.graph.get("mode", "one")
    for n, data in G.nodes(data=True):
        H.add_node(n, **_flatten(data))
    for u, v, data in G.edges(data=True):
        H.add_edge(u, v, **_flatten(data))
    return H


def _flatten(data: dict) -> dict:
    out = {}
    for k, v in data.items():
        if k == "evidence":
            out[k] = json.dumps(v, ensure_ascii=False)
        elif isinstance(v, (list, tuple)):
            out[k] = "; ".join(str(x) for x in v)
        elif v is None:
            continue
        else:
            out[k] = v
    return out


def to_graphml(G) -> bytes:
    """GraphML (for Gephi, yEd, Cytoscape, igraph)."""
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(scalar_copy(G), buf, encoding="utf-8")
    return buf.getvalue()


def to_gexf(G) -> bytes:
    """GEXF 1.2 with one time spell per year on nodes and edges (Gephi's timeline)."""
    import networkx as nx

    H = scalar_copy(G)
    for n in H:
        spells = _spells(G.nodes[n].get("years", []))
        if spells:
            H.nodes[n]["spells"] = spells
    for u, v in H.edges():
        spells = _spells(G.edges[u, v].get("years", []))
        if spells:
            H.edges[u, v]["spells"] = spells
    buf = io.BytesIO()
    nx.write_gexf(H, buf, encoding="utf-8", version="1.2draft")
    return buf.getvalue()


def _spells(years) -> list[tuple[str, str]]:
    return [(f"{y}-01-01", f"{y}-12-31") for y in sorted(years)]


def to_pajek(G) -> bytes:
    """Pajek .net with labels as vertex names and weights."""
    lines = [f"*Vertices {G.number_of_nodes()}"]
    index = {n: i for i, n in enumerate(G, start=1)}
    for n, i in index.items():
        lines.append(f'{i} "{_quote(G.nodes[n].get("label", n))}"')
    lines.append("*Edges")
    for u, v, d in G.edges(data=True):
        lines.append(f"{index[u]} {index[v]} {d.get('weight', 1.0)}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def to_dl(G) -> bytes:
    """UCINET DL, ``edgelist1`` format with embedded labels and weights."""
    lines = [f"dl n={G.number_of_nodes()} format=edgelist1", "labels embedded:", "data:"]
    for u, v, d in G.edges(data=True):
        lines.append(f'"{_quote(G.nodes[u].get("label", u))}" "{_quote(G.nodes[v].get("label", v))}" {d.get("weight", 1.0)}')
    return ("\n".join(lines) + "\n").encode("utf-8")


def _quote(text: str) -> str:
    return str(text).replace('"', "'")


def to_json(G) -> bytes:
    """networkx node-link JSON, attributes as they are (lists and evidence kept)."""
    import networkx as nx

    data = nx.node_link_data(G, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8")


def to_csv_tables(G) -> tuple[str, str]:
    """(nodes.csv, edges.csv) texts; lists joined with ``"; "``, evidence as JSON."""
    nodes = io.StringIO()
    keys = sorted({k for _n, d in G.nodes(data=True) for k in d})
    w = csv.writer(nodes)
    w.writerow(["id", *keys])
    for n, d in G.nodes(data=True):
        flat = _flatten(d)
        w.writerow([n, *[flat.get(k, "") for k in keys]])
    edges = io.StringIO()
    ekeys = sorted({k for *_e, d in G.edges(data=True) for k in d})
    w = csv.writer(edges)
    w.writerow(["source", "target", *ekeys])
    for u, v, d in G.edges(data=True):
        flat = _flatten(d)
        w.writerow([u, v, *[flat.get(k, "") for k in ekeys]])
    return nodes.getvalue(), edges.getvalue()


def export(G, fmt: str, path: str | Path) -> list[Path]:
    """Write *G* in *fmt* to *path* (for ``csv``: ``PATH/nodes.csv`` and ``PATH/edges.csv``, or ``STEM.nodes.csv``/``STEM.edges.csv`` next to a file path)."""
    path = Path(path)
    if fmt == "csv":
        nodes, edges = to_csv_tables(G)
        if path.suffix.lower() == ".csv":
            targets = (path.with_name(path.stem + ".nodes.csv"), path.with_name(path.stem + ".edges.csv"))
        else:
            targets = (path / "nodes.csv", path / "edges.csv")
        return [write_atomic(targets[0], nodes), write_atomic(targets[1], edges)]
    writers = {"graphml": to_graphml, "gexf": to_gexf, "pajek": to_pajek, "dl": to_dl, "json": to_json}
    if fmt not in writers:
        raise KGError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return [write_atomic(path, writers[fmt](G))]


def export_network(store, fmt: str, path: str | Path, *, mode: str = "one", lang: str = "ko", filters=None) -> list[Path]:
    """Project the store's network (one- or two-mode, under *filters*) and :func:`export` it."""
    from .projection import network

    if fmt not in FORMATS:
        raise KGError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return export(network(store, mode=mode, lang=lang, filters=filters), fmt, path)
