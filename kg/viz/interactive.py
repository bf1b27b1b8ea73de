"""Offline, self-contained interactive HTML map of a governance network.

pyvis builds the vis-network node/edge/option records; the page itself comes from
this package's own Jinja2 template, which inlines vis-network 9.1.2 (JS and CSS) from
pyvis's package folder, loads nothing from the network, and uses no Bootstrap.
"""

import json
import math
from pathlib import Path

from kg.viz.style import (KIND_SHAPES, SECTOR_ORDER, SHAPE_SYMBOLS, format_number,
                          normalise, sector_colour)

ASSETS = Path(__file__).with_name("assets")
MAX_EVIDENCE = 10  # evidence items listed per edge tooltip
MAX_QUOTE = 400  # characters of a quote kept in a tooltip
MAX_MEASURES = 8  # measures listed per node tooltip

STRINGS = {
    "en": {
        "name_ko": "Korean name", "name_en": "English name", "class": "Class",
        "sector": "Sector", "kind": "Kind", "years": "Years", "tie_types": "Tie types",
        "weight": "Weight", "roles": "Roles", "via": "Via", "evidence": "Evidence",
        "more": "more evidence items", "search": "Search by name (Korean or English)",
        "no_match": "No match", "sectors": "Sectors", "shapes": "Shapes",
        "size": "Node size", "width": "Edge width: tie weight",
        "filtered": "Showing a filtered subset: ", "layout": "Laying out the network\u2026",
        "hint": "Click a node to highlight its neighbours; click the background to reset.",
        "nodes": "nodes", "edges": "ties", "default_title": "Smart-city governance network",
    },
    "ko": {
        "name_ko": "\ud55c\uad6d\uc5b4 \uc774\ub984", "name_en": "\uc601\uc5b4 \uc774\ub984",
        "class": "\uc720\ud615", "sector": "\ubd80\ubb38", "kind": "\uc885\ub958",
        "years": "\uc5f0\ub3c4", "tie_types": "\uad00\uacc4 \uc720\ud615",
        "weight": "\uac00\uc911\uce58", "roles": "\uc5ed\ud560", "via": "\uacbd\uc720",
        "evidence": "\uadfc\uac70", "more": "\uac1c \uadfc\uac70 \ub354 \uc788\uc74c",
        "search": "\uc774\ub984 \uac80\uc0c9 (\ud55c\uad6d\uc5b4/\uc601\uc5b4)",
        "no_match": "\uacb0\uacfc \uc5c6\uc74c", "sectors": "\ubd80\ubb38",
        "shapes": "\ubaa8\uc591", "size": "\ub178\ub4dc \ud06c\uae30",
        "width": "\uc120 \ub450\uaed8: \uad00\uacc4 \uac00\uc911\uce58",
        "filtered": "\uc77c\ubd80\ub9cc \ud45c\uc2dc \uc911: ",
        "layout": "\ub124\ud2b8\uc6cc\ud06c \ubc30\uce58 \uc911\u2026",
        "hint": "\ub178\ub4dc\ub97c \ud074\ub9ad\ud558\uba74 \uc774\uc6c3\uc774 "
                "\uac15\uc870\ub429\ub2c8\ub2e4. \ube48 \uacf3\uc744 \ud074\ub9ad\ud558\uba74 "
                "\ucd08\uae30\ud654\ub429\ub2c8\ub2e4.",
        "nodes": "\ub178\ub4dc", "edges": "\uad00\uacc4",
        "default_title": "\uc2a4\ub9c8\ud2b8\uc2dc\ud2f0 \uac70\ubc84\ub10c\uc2a4 "
                         "\ub124\ud2b8\uc6cc\ud06c",
    },
}


def render_map(G, path, *, size_by="degree", measures=None, physics_threshold=300,
               title=None):
    """Write the interactive map of ``G`` as one self-contained HTML file.

    Parameters
    ----------
    G : networkx.Graph
        Graph following ``docs/network-contract.md``; it is not modified.
    path : str or os.PathLike
        Output file; written atomically (temporary file, then ``os.replace``).
    size_by : str
        Measure that scales the nodes: a key of ``measures``, or ``"degree"``
        (computed from ``G`` when the measures do not hold it).
    measures : dict, optional
        Node to ``{measure: value}``; shown in the node tooltips.
    physics_threshold : int
        Above this many nodes, positions are computed in Python and physics is off;
        at or below it, the browser refines those positions with physics (300
        iterations at most), then stops physics.
    title : str, optional
        Page title; defaults to ``G.graph["title"]``.

    Returns
    -------
    pathlib.Path
        The written file.

    Raises
    ------
    ValueError
        If ``size_by`` is neither ``"degree"`` nor a measure present in ``measures``.
    """
    data = build_map_data(G, size_by=size_by, measures=measures,
                          physics_threshold=physics_threshold, title=title)
    return write_text_atomic(path, render_html(data))


def build_map_data(G, *, size_by="degree", measures=None, physics_threshold=300,
                   title=None):
    """Build the JSON-ready data of the map page.

    Parameters
    ----------
    G, size_by, measures, physics_threshold, title
        As in :func:`render_map`.

    Returns
    -------
    dict
        ``{"nodes", "edges", "options", "meta"}``; nodes and edges are
        vis-network records whose ``tip`` field holds the tooltip content as data
        (the page turns it into DOM text, never into HTML).
    """
    measures = measures or {}
    lang = G.graph.get("lang") if G.graph.get("lang") in STRINGS else "en"
    strings = STRINGS[lang]
    # No physics for an empty graph either: vis-network never reports it stabilised.
    large = G.number_of_nodes() > physics_threshold or G.number_of_nodes() == 0
    # Python positions fix large maps and seed the physics of small ones (fast to settle).
    positions = _positions(G)
    values = normalise(size_values(G, size_by, measures))
    degree = dict(G.degree())
    nodes = [_node_record(n, a, values.get(n, 0.5), measures.get(n, {}), degree[n],
                          positions.get(n), strings, fixed=large)
             for n, a in G.nodes(data=True)]
    widths = _edge_widths(G)
    edges = [_edge_record(i, u, v, d, G, widths[i], strings)
             for i, (u, v, d) in enumerate(G.edges(data=True))]
    nodes, edges, options = _through_pyvis(nodes, edges, _options(large))
    meta = _meta(G, title, size_by, large, strings, lang)
    return {"nodes": nodes, "edges": edges, "options": options, "meta": meta}


def size_values(G, size_by, measures):
    """Return the raw size measure of every node.

    Parameters
    ----------
    G : networkx.Graph
        The graph.
    size_by : str
        Measure name, or ``"degree"``.
    measures : dict
        Node to ``{measure: value}``.

    Returns
    -------
    dict
        Node to value (0 for nodes lacking the measure).

    Raises
    ------
    ValueError
        If ``size_by`` is unknown.
    """
    if any(size_by in row for row in measures.values()):
        return {n: measures.get(n, {}).get(size_by, 0) for n in G}
    if size_by == "degree":
        return dict(G.degree())
    known = sorted({k for row in measures.values() for k in row} | {"degree"})
    raise ValueError(f"size_by={size_by!r} is not a measure; choose one of {known}")


def _positions(G):
    """Return fixed pixel positions for a large graph."""
    from kg.viz.layout import fixed_positions

    return fixed_positions(G)


def _node_record(node, attrs, value, row, degree, pos, strings, fixed):
    """Return the vis-network record of one node."""
    label = str(attrs.get("label") or attrs.get("label_en") or attrs.get("label_ko") or node)
    sector = attrs.get("sector") or "other"
    kind = attrs.get("kind") or "organization"
    record = {
        "id": str(node), "label": label, "shape": KIND_SHAPES.get(kind, "dot"),
        "value": round(value, 4), "sector": sector, "kind": kind,
        "color": _node_colour(sector),
        "search": [s for s in {label, attrs.get("label_ko") or "",
                               attrs.get("label_en") or ""} if s],
        "tip": _node_tip(label, attrs, row, degree, strings),
    }
    if pos is not None:
        record.update(x=pos[0], y=pos[1])
    if fixed:
        record["physics"] = False
    return record


def _node_colour(sector):
    """Return the vis-network colour object of a sector."""
    c = sector_colour(sector)
    return {"background": c, "border": c,
            "highlight": {"background": c, "border": "#111111"},
            "hover": {"background": c, "border": "#111111"}}


def _node_tip(label, attrs, row, degree, strings):
    """Return the node tooltip as ``{"head", "rows"}`` of plain strings."""
    rows = [(strings["name_ko"], attrs.get("label_ko")),
            (strings["name_en"], attrs.get("label_en")),
            (strings["class"], attrs.get("class_label")),
            (strings["kind"], attrs.get("kind")),
            (strings["sector"], attrs.get("sector_label") or attrs.get("sector")),
            (strings["years"], _join(attrs.get("years"))),
            ("degree", str(degree))]
    shown = sorted(k for k in row if k != "degree")[:MAX_MEASURES]
    rows += [(k, format_number(row[k])) for k in shown]
    return {"head": label, "rows": [[str(k), str(v)] for k, v in rows if v not in (None, "")]}


def _join(items):
    """Join a list of values with commas ("" for none)."""
    return ", ".join(str(i) for i in (items or []))


def _edge_widths(G):
    """Return edge widths in pixels (1-8) scaled by ``log1p(weight)``, in edge order."""
    weights = {i: d.get("weight", 1) for i, (_, _, d) in enumerate(G.edges(data=True))}
    return {i: round(1 + 7 * s, 2) for i, s in normalise(weights, transform="log").items()}


def _edge_record(i, u, v, attrs, G, width, strings):
    """Return the vis-network record of one edge."""
    return {"id": f"e{i}", "from": str(u), "to": str(v), "width": width,
            "tip": _edge_tip(u, v, attrs, G, strings)}


def _edge_tip(u, v, attrs, G, strings):
    """Return the edge tooltip as ``{"head", "rows", "evidence", "more"}``."""
    name = lambda n: str(G.nodes[n].get("label") or n)  # noqa: E731
    rows = [(strings["tie_types"], _join(attrs.get("tie_types"))),
            (strings["years"], _join(attrs.get("years"))),
            (strings["weight"], format_number(attrs.get("weight", ""))),
            (strings["roles"], _join(attrs.get("roles"))),
            (strings["via"], _join(attrs.get("via")))]
    evidence = list(attrs.get("evidence") or [])
    items = [{"title": str(e.get("doc_title") or e.get("doc") or ""),
              "date": str(e.get("date") or ""), "via": str(e.get("via") or ""),
              "quote": _clip(str(e.get("quote") or ""))}
             for e in evidence[:MAX_EVIDENCE]]
    return {"head": f"{name(u)} \u2014 {name(v)}",
            "rows": [[k, str(val)] for k, val in rows if val not in (None, "")],
            "evidence": items, "more": max(0, len(evidence) - MAX_EVIDENCE)}


def _clip(text):
    """Shorten a quote to :data:`MAX_QUOTE` characters."""
    return text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE - 1] + "\u2026"


def _options(large):
    """Return vis-network options for a small (physics) or large (fixed) map."""
    physics = {"enabled": False} if large else {
        "enabled": True, "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90,
                             "avoidOverlap": 0.4},
        "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 25}}
    return {
        "autoResize": True,
        "nodes": {"borderWidth": 1,
                  "scaling": {"min": 6, "max": 40,
                              "label": {"enabled": True, "min": 11, "max": 26,
                                        "drawThreshold": 7 if large else 4}},
                  "font": {"face": "sans-serif", "strokeWidth": 3,
                           "strokeColor": "#ffffff"}},
        "edges": {"smooth": False if large else {"type": "continuous"},
                  "color": {"color": "#9aa0a6", "highlight": "#333333",
                            "hover": "#555555", "opacity": 0.55}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large,
                        "keyboard": False},
        "physics": physics,
        "layout": {"improvedLayout": False, "randomSeed": 42},
    }


def _through_pyvis(nodes, edges, options):
    """Pass the records through a pyvis Network and return its vis data.

    Nodes go through ``Network.add_node``. Edges are appended as
    ``pyvis.edge.Edge`` options directly, because ``Network.add_edge`` scans all
    earlier edges for duplicates (quadratic: minutes at 15,000 edges) and a
    networkx graph has no duplicate edges anyway.
    """
    from pyvis.edge import Edge
    from pyvis.network import Network

    net = Network(directed=False)
    for rec in nodes:
        rec = dict(rec)
        net.add_node(rec.pop("id"), label=rec.pop("label"), shape=rec.pop("shape"), **rec)
    for rec in edges:
        rec = dict(rec)
        net.edges.append(Edge(rec.pop("from"), rec.pop("to"), False, **rec).options)
    net.options = options
    vis_nodes, vis_edges, _, _, _, options_json = net.get_network_data()
    return vis_nodes, vis_edges, json.loads(options_json)


def _meta(G, title, size_by, large, strings, lang):
    """Return page-level data: title, banner, legend, counts, strings."""
    counts, labels, kinds = {}, {}, set()
    for _, a in G.nodes(data=True):
        s = a.get("sector") or "other"
        counts[s] = counts.get(s, 0) + 1
        labels.setdefault(s, a.get("sector_label") or s)
        kinds.add(a.get("kind") or "organization")
    order = [s for s in SECTOR_ORDER if s in counts] + sorted(set(counts) - set(SECTOR_ORDER))
    return {
        "title": str(title or G.graph.get("title") or strings["default_title"]),
        "filtered": G.graph.get("filtered") or None, "lang": lang, "large": large,
        "size_by": size_by, "strings": strings,
        "nodeCount": G.number_of_nodes(), "edgeCount": G.number_of_edges(),
        "sectors": [{"key": s, "label": str(labels[s]), "colour": sector_colour(s),
                     "count": counts[s]} for s in order],
        "shapes": [{"kind": k, "symbol": SHAPE_SYMBOLS.get(KIND_SHAPES.get(k, "dot"), "\u25cf")}
                   for k in sorted(kinds)],
    }


def script_json(obj):
    """Serialise ``obj`` as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c``, ``\\u003e``, ``\\u0026`` (so
    ``</script>`` or ``<!--`` in the data cannot end the element), as do the
    line separators U+2028/U+2029.

    Parameters
    ----------
    obj : object
        JSON-serialisable data.

    Returns
    -------
    str
        The escaped JSON text.
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                      default=_json_default)
    for char, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                      ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, esc)
    return text


def _json_default(value):
    """Serialise numpy scalars, sets and other stray values."""
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(value, key=str)
    if hasattr(value, "item"):
        item = value.item()
        return None if isinstance(item, float) and not math.isfinite(item) else item
    return str(value)


def render_html(data):
    """Render the map page from :func:`build_map_data` output.

    Parameters
    ----------
    data : dict
        Output of :func:`build_map_data`.

    Returns
    -------
    str
        The complete HTML document.
    """
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ASSETS)),
                             autoescape=True, keep_trailing_newline=True)
    vis_js, vis_css = vis_assets()
    return env.get_template("map.html.j2").render(
        meta=data["meta"], data_json=script_json(data),
        vis_js=vis_js, vis_css=vis_css,
        map_js=_raw_script((ASSETS / "map.js").read_text(encoding="utf-8")),
        map_css=(ASSETS / "map.css").read_text(encoding="utf-8"))


def vis_assets():
    """Return vis-network 9.1.2's minified JS and CSS from pyvis's package folder.

    Returns
    -------
    tuple of str
        ``(js, css)``, made safe for inlining in ``<script>``/``<style>``.
    """
    import pyvis

    folder = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    return _raw_script(js), css.replace("</style", "<\\/style")


def _raw_script(text):
    """Neutralise ``</script`` in code inlined into a ``<script>`` element."""
    return text.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


def write_text_atomic(path, text):
    """Write ``text`` as UTF-8 via a temporary file in the same folder and ``os.replace``.

    Parameters
    ----------
    path : str or os.PathLike
        Destination.
    text : str
        Content.

    Returns
    -------
    pathlib.Path
        The destination path.
    """
    from kg.viz._io import replace_atomically

    with replace_atomically(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(path)
