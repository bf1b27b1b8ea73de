"""Static PNG/SVG image of the map (or its core) with matplotlib's Agg backend.

Hangul labels need a CJK font; Debian's ``fonts-noto-cjk`` (or ``fonts-nanum``)
provides one. Without it the labels fall back to ``label_en``.
"""

import re
import warnings

from kg.viz.style import SECTOR_ORDER, normalise, sector_colour

CJK_FONT_HINTS = ("Noto Sans CJK", "Noto Serif CJK", "Noto Sans KR", "NanumGothic",
                  "NanumBarunGothic", "Nanum", "Source Han Sans", "UnDotum", "Baekmuk",
                  "Malgun Gothic", "Apple SD Gothic Neo")
HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


def render_static(G, path, *, size_by="degree", measures=None, top_n=60, title=None,
                  seed=42):
    """Draw the ``top_n`` nodes with the largest ``size_by`` measure to PNG, SVG or PDF.

    Parameters
    ----------
    G : networkx.Graph
        Graph following the network contract; not modified.
    path : str or os.PathLike
        Output file; the format follows its suffix (``.png``, ``.svg``, ``.pdf``).
    size_by : str
        Measure for node size and core selection (see :func:`kg.viz.render_map`).
    measures : dict, optional
        Node to ``{measure: value}``.
    top_n : int or None
        Number of nodes kept; ``None`` draws the whole graph.
    title : str, optional
        Figure title; defaults to ``G.graph["title"]``.
    seed : int
        Layout seed.

    Returns
    -------
    pathlib.Path
        The written file.
    """
    from kg.fileio import replace_atomically
    from kg.viz.interactive import size_values

    values = size_values(G, size_by, measures or {})
    keep = sorted(G, key=lambda n: (-float(values.get(n, 0) or 0), str(n)))[:top_n]
    core = G.subgraph(keep)
    fig = _figure(core, values, title or G.graph.get("title") or "", seed, G.graph)
    with replace_atomically(path) as tmp:
        fig.savefig(tmp, dpi=150, bbox_inches="tight")
    from pathlib import Path

    return Path(path)


def _figure(core, values, title, seed, graph_attrs):
    """Return a matplotlib Figure (no pyplot) drawing ``core``."""
    from matplotlib.figure import Figure

    font = cjk_font()
    fig = Figure(figsize=(11, 8.5))
    ax = fig.add_axes((0.0, 0.0, 0.78, 0.94))
    ax.set_axis_off()
    if not len(core):
        ax.text(0.5, 0.5, "(empty graph)", ha="center")
        return fig
    pos = _layout(core, seed)
    _draw_edges(ax, core, pos)
    _draw_nodes(ax, core, pos, values)
    _draw_labels(ax, core, pos, values, font)
    _legend(fig, core, font)
    fig.suptitle(_text(title, font), fontsize=13, fontfamily=font or "sans-serif")
    if graph_attrs.get("filtered"):
        fig.text(0.01, 0.005, _text("Filtered: " + str(graph_attrs["filtered"]), font),
                 fontsize=8, color="#555555", fontfamily=font or "sans-serif")
    return fig


def cjk_font():
    """Return the family name of an installed font with Hangul glyphs, or None.

    Returns
    -------
    str or None
        E.g. ``"Noto Sans CJK JP"`` when ``fonts-noto-cjk`` is installed.
    """
    from matplotlib import font_manager

    found = _cjk_family(font_manager.fontManager)
    if found is None and _add_system_cjk_fonts(font_manager.fontManager):
        found = _cjk_family(font_manager.fontManager)  # installed after matplotlib cached its list
    return found


def _cjk_family(manager):
    names = sorted({f.name for f in manager.ttflist})
    for hint in CJK_FONT_HINTS:
        for name in names:
            if name.startswith(hint):
                return name
    return None


def _add_system_cjk_fonts(manager) -> bool:
    """Register CJK font files that matplotlib's cached font list predates; True if any."""
    import glob

    patterns = ("/usr/share/fonts/**/*CJK*.tt[cf]", "/usr/share/fonts/**/*CJK*.otf", "/usr/share/fonts/**/Nanum*.ttf")
    files = sorted({f for p in patterns for f in glob.glob(p, recursive=True)})
    for path in files:
        try:
            manager.addfont(path)
        except Exception:  # noqa: BLE001 - an unreadable font file is skipped, never fatal
            continue
    return bool(files)


def _text(text, font):
    """Return ``text``, or it without its Hangul when no CJK font exists (never tofu boxes)."""
    if font or not HANGUL.search(text):
        return text
    return " ".join(HANGUL.sub("", text).split()) or "Network"


def _label(node, attrs, font):
    """Return a label drawable with the available fonts."""
    label = str(attrs.get("label") or attrs.get("label_en") or node)
    if font or not HANGUL.search(label):
        return label
    en = attrs.get("label_en")
    return en if en and not HANGUL.search(en) else str(node).rstrip("/").rsplit("/", 1)[-1]


def _layout(core, seed):
    """Return positions for the drawn core."""
    import networkx as nx

    if len(core) > 400:
        from kg.viz.layout import fixed_positions

        return fixed_positions(core, seed=seed)
    return nx.spring_layout(core, seed=seed, k=1.2 / max(len(core), 1) ** 0.5)


def _draw_edges(ax, core, pos):
    """Draw edges as line segments with width by weight."""
    from matplotlib.collections import LineCollection

    edges = list(core.edges(data=True))
    if not edges:
        return
    widths = normalise({i: d.get("weight", 1) for i, (_, _, d) in enumerate(edges)},
                       transform="log")
    segs = [(pos[u], pos[v]) for u, v, _ in edges]
    ax.add_collection(LineCollection(segs, colors="#999999", alpha=0.5, zorder=1,
                                     linewidths=[0.4 + 3.5 * widths[i] for i in range(len(edges))]))


def _draw_nodes(ax, core, pos, values):
    """Draw nodes coloured by sector and sized by the measure."""
    nodes = list(core)
    scaled = normalise({n: values.get(n, 0) for n in nodes})
    ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes],
               s=[40 + 700 * scaled[n] for n in nodes], zorder=2, linewidths=0.6,
               c=[sector_colour(core.nodes[n].get("sector")) for n in nodes],
               edgecolors="white")
    ax.autoscale_view()
    ax.margins(0.08)


def _draw_labels(ax, core, pos, values, font):
    """Label the nodes (the 30 largest when the core is bigger)."""
    import matplotlib.patheffects as pe

    ranked = sorted(core, key=lambda n: -float(values.get(n, 0) or 0))[:30]
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*Glyph.*missing.*")
        for n in ranked:
            ax.text(pos[n][0], pos[n][1], _label(n, core.nodes[n], font), fontsize=7,
                    ha="center", va="bottom", zorder=3, fontfamily=font or "sans-serif",
                    path_effects=[pe.withStroke(linewidth=2.5, foreground="white")])


def _legend(fig, core, font):
    """Add the sector legend on the right."""
    from matplotlib.lines import Line2D

    present = {}
    for _, a in core.nodes(data=True):
        present.setdefault(a.get("sector") or "other", a.get("sector_label") or a.get("sector"))
    order = [s for s in SECTOR_ORDER if s in present] + sorted(set(present) - set(SECTOR_ORDER))
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8,
                      markerfacecolor=sector_colour(s), markeredgecolor="white",
                      label=_sector_name(s, present[s], font))
               for s in order]
    fig.legend(handles=handles, loc="center left", bbox_to_anchor=(0.79, 0.5),
               frameon=False, title="Sector", prop={"family": [font or "sans-serif"]})


def _sector_name(key, label, font):
    """Return the sector label, or its key when the label needs a missing CJK font."""
    label = str(label or key)
    return label if font or not HANGUL.search(label) else key
