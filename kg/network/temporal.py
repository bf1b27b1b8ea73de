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
