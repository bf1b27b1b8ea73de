"""Networks over time: one graph per year (or period), and what changed between two.

A tie's year is its relationship's own date, else its affiliation's start date, else its source
document's date (see :mod:`kg.network.projection`).
"""

from __future__ import annotations

from dataclasses import dataclass, field


def years_in(store) -> list[int]:
    """Every year in which the graph has at least one dated link."""
    from .projection import read_facts

    return sorted({link.year for link in read_facts(store).links if link.year is not None})


def period_graph(store, start: int, end: int | None = None, *, mode: str = "one", lang: str = "ko", **filters):
    """The network of the years *start*–*end* (inclusive; one year when *end* is omitted)."""
    from .projection import Filters, one_mode, two_mode

    f = Filters(years=(start, end if end is not None else start), **filters)
    return (one_mode if mode == "one" else two_mode)(store, lang=lang, filters=f)


@dataclass
class Comparison:
    """What changed from network *a* to network *b*."""

    entered: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    stayed: list[str] = field(default_factory=list)
    new_ties: list[tuple[str, str]] = field(default_factory=list)
    lost_ties: list[tuple[str, str]] = field(default_factory=list)
    kept_ties: list[tuple[str, str]] = field(default_factory=list)
    moves: list[dict] = field(default_factory=list)


def compare(a, b, measures_a: dict | None = None, measures_b: dict | None = None, *, measure: str = "degree", top: int = 10) -> Comparison:
    """Who entered, who left, which ties appeared or went, and how the top actors' *measure* moved.

    Examples
    --------
    >>> import networkx as nx
    >>> a = nx.Graph([("x", "y")]); b = nx.Graph([("y", "z")])
    >>> c = compare(a, b)
    >>> c.entered, c.left, c.new_ties, c.lost_ties
    (['z'], ['x'], [('y', 'z')], [('x', 'y')])
    """
    edges_a = {tuple(sorted(e)) for e in a.edges()}
    edges_b = {tuple(sorted(e)) for e in b.edges()}
    out = Comparison(
        entered=sorted(set(b) - set(a)),
        left=sorted(set(a) - set(b)),
        stayed=sorted(set(a) & set(b)),
        new_ties=sorted(edges_b - edges_a),
        lost_ties=sorted(edges_a - edges_b),
        kept_ties=sorted(edges_a & edges_b),
    )
    ma = measures_a or {n: {"degree": d} for n, d in a.degree()}
    mb = measures_b or {n: {"degree": d} for n, d in b.degree()}
    value = lambda m, n: (m.get(n) or {}).get(measure, 0.0)  # noqa: E731
    leaders = sorted(set(a) | set(b), key=lambda n: (-max(value(ma, n), value(mb, n)), n))[:top]
    out.moves = [{"node": n, "before": value(ma, n), "after": value(mb, n), "change": value(mb, n) - value(ma, n)} for n in leaders]
    return out


def compare_years(store, before: int, after: int, *, lang: str = "ko", measure: str = "degree",
                  top: int = 10, **filters) -> dict:
    """Compare the one-mode networks of two years: who entered, who left, which ties appeared.

    The networks come from :func:`period_graph`; the comparison is :func:`compare_graphs`.

    Returns
    -------
    dict
        JSON-ready: ``before``/``after`` (year), ``nodes``/``edges`` per year, ``entered``,
        ``left``, ``stayed`` (``{"node", "label", "sector"}``), ``new_ties``, ``lost_ties``,
        ``kept_ties`` (``{"source", "target", "source_label", "target_label", "tie_types",
        "via"}``), ``measure`` and ``moves`` (``{"node", "label", "before", "after", "change"}``).
    """
    _check_measure(measure)
    a = period_graph(store, before, lang=lang, **filters)
    b = period_graph(store, after, lang=lang, **filters)
    return compare_graphs(a, b, before, after, measure=measure, top=top)


def compare_graphs(a, b, before, after, *, measure: str = "degree", top: int = 10) -> dict:
    """:func:`compare_years` of two networks already built (*before* and *after* name them).

    Only *measure* is computed on each network (:func:`measure_table`), not the whole
    :func:`kg.network.analysis.analyze` suite; ``moves`` are the *top* actors by the larger
    of their two values of *measure*.

    Examples
    --------
    >>> import networkx as nx
    >>> a = nx.Graph([("x", "y")]); b = nx.Graph([("x", "y"), ("y", "z")])
    >>> c = compare_graphs(a, b, 2017, 2018)
    >>> c["nodes"], [n["node"] for n in c["entered"]], [(m["label"], m["before"], m["after"]) for m in c["moves"]][:1]
    ({'2017': 2, '2018': 3}, ['z'], [('y', 1, 2)])
    """
    _check_measure(measure)
    diff = compare(a, b, measure_table(a, measure), measure_table(b, measure), measure=measure, top=top)

    def label(n):
        G = b if n in b else a
        return G.nodes[n].get("label", n)

    def node(n):
        G = b if n in b else a
        return {"node": n, "label": label(n), "sector": G.nodes[n].get("sector", "other")}

    def tie(e, G):
        d = G.edges[e]
        return {"source": e[0], "target": e[1], "source_label": label(e[0]), "target_label": label(e[1]),
                "tie_types": list(d.get("tie_types", [])), "via": list(d.get("via", []))}

    return {
        "before": before, "after": after, "measure": measure,
        "nodes": {str(before): len(a), str(after): len(b)},
        "edges": {str(before): a.number_of_edges(), str(after): b.number_of_edges()},
        "entered": [node(n) for n in diff.entered],
        "left": [node(n) for n in diff.left],
        "stayed": [node(n) for n in diff.stayed],
        "new_ties": [tie(e, b) for e in diff.new_ties],
        "lost_ties": [tie(e, a) for e in diff.lost_ties],
        "kept_ties": [tie(e, b) for e in diff.kept_ties],
        "moves": [_move(m, label(m["node"]), m["node"] in a, m["node"] in b) for m in diff.moves],
    }


def measure_table(G, measure: str) -> dict:
    """node -> {measure: value} for one column of :data:`kg.network.analysis.COLUMNS`.

    The centrality measures are computed alone (:mod:`kg.network.centrality`); the others
    (structural holes, brokerage, core, community) need the full :func:`~kg.network.analysis.analyze`.

    Examples
    --------
    >>> import networkx as nx
    >>> measure_table(nx.path_graph(3), "degree")
    {0: {'degree': 1}, 1: {'degree': 2}, 2: {'degree': 1}}
    """
    from . import centrality
    from .analysis import analyze

    if not len(G):
        return {}
    if measure in centrality.MEASURES:
        values = getattr(centrality, measure)(G).values
        return {n: {measure: values[n]} for n in G}
    return analyze(G, n_permutations=100).table


def _check_measure(measure: str) -> None:
    from .analysis import COLUMNS

    if measure not in COLUMNS:
        from ..errors import KGError

        raise KGError(f"unknown measure {measure!r}: use one of {', '.join(COLUMNS)}")


def _move(m, label, in_a, in_b):
    before = _num(m["before"]) if in_a else None
    after = _num(m["after"]) if in_b else None
    change = after - before if before is not None and after is not None else None
    return {"node": m["node"], "label": label, "before": before, "after": after, "change": change}


def _num(x):
    import math

    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x
