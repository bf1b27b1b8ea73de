"""Projection of the RDF graph onto networkx graphs, driven by ``ontology/network.ttl``.

Which relationship classes become ties, which property points to the actor and which to the
other end, and how much each tie weighs, are declared in ``ontology/network.ttl`` (read here
through ``kg/sparql/tie_links.rq``); nothing about them is written in this module.

- A **link** is one actor's part in one relationship node (one row of ``tie_links.rq``).
- When the other end of a link is itself an actor (an organisation; a person when people are
  included), the link is a **direct tie** (sub-organisation, reorganisation, a person's post).
- Otherwise the other end is an **affiliation** (body, event, agreement, programme, zone): the
  two-mode network joins actors to affiliations, and the one-mode network ties every two actors
  sharing an affiliation. A membership in a subcommittee also counts in the task force above it.

The graphs follow ``docs/network-contract.md``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Iterable

from ..resources import sparql_dir

ACTOR_KINDS = ("organization",)
AFFILIATION_KINDS = ("body", "event", "agreement", "programme", "zone")


@dataclass(frozen=True)
class Link:
    """One actor's part in one relationship node."""

    rel: str
    tie: str
    actor: str
    target: str
    role: str | None
    weight: float
    year: int | None
    status: str | None
    evidence: tuple[tuple[str, str], ...]  # (doc IRI, quote)


@dataclass(frozen=True)
class Filters:
    """What to keep: a year range, sectors, tie types, people, planned relationships.

    Examples
    --------
    >>> Filters(years=(2018, 2018)).describe()
    'years 2018–2018'
    >>> Filters().describe() is None
    True
    """

    years: tuple[int, int] | None = None
    sectors: frozenset[str] | None = None
    tie_types: frozenset[str] | None = None
    include_people: bool = False
    include_planned: bool = True

    def describe(self) -> str | None:
        """A phrase saying what subset these filters keep, or ``None`` for everything."""
        parts = []
        if self.years:
            parts.append(f"years {self.years[0]}–{self.years[1]}")
        if self.sectors:
            parts.append("sectors " + ", ".join(sorted(self.sectors)))
        if self.tie_types:
            parts.append("tie types " + ", ".join(sorted(self.tie_types)))
        if not self.include_planned:
            parts.append("planned relationships left out")
        return "; ".join(parts) or None

    def keeps_link(self, link: Link) -> bool:
        """True when *link* passes the year, tie-type and status filters."""
        if self.years and (link.year is None or not self.years[0] <= link.year <= self.years[1]):
            return False
        if self.tie_types and link.tie not in self.tie_types:
            return False
        return self.include_planned or not (link.status or "").endswith("status-planned")


@dataclass
class NodeInfo:
    """What the contract's node attributes need about one node."""

    kind: str
    types: list[str] = field(default_factory=list)
    sector: str = "other"


@dataclass
class GraphFacts:
    """Everything read from the store once: links, node kinds, labels, documents."""

    links: list[Link]
    nodes: dict[str, NodeInfo]
    class_labels: dict[tuple[str, str], str]
    docs: dict[str, tuple[str, str]]  # doc → (title, date)
    names: object  # kg.names.NameIndex


def read_facts(store) -> GraphFacts:
    """Read the links, node kinds, labels and documents from *store* (cached on the store)."""
    cached = store.cache.get("network_facts")
    if cached is None:
        from ..names import name_index

        cached = GraphFacts(_links(store), _nodes(store), *_labels_and_docs(store), name_index(store))
        store.cache["network_facts"] = cached
    return cached


def _run(store, name: str):
    return store.query((sparql_dir() / name).read_text(encoding="utf-8"))


def _year(*dates) -> int | None:
    for d in dates:
        if d is not None and str(d)[:4].isdigit():
            return int(str(d)[:4])
    return None


def _links(store) -> list[Link]:
    grouped: dict[tuple, dict] = {}
    res = _run(store, "tie_links.rq")
    col = {v: i for i, v in enumerate(res.vars)}
    docs = _doc_dates(store)
    for row in res.rows:
        get = lambda v: row[col[v]]  # noqa: E731
        key = (str(get("rel")), str(get("actor")), str(get("target")), str(get("role")))
        entry = grouped.setdefault(key, {"row": row, "evidence": []})
        if get("doc") is not None:
            entry["evidence"].append((str(get("doc")), str(get("quote"))))
    out = []
    for (rel, actor, target, role), entry in grouped.items():
        row = entry["row"]
        get = lambda v: row[col[v]]  # noqa: E731
        factor = float(get("roleFactor").toPython()) if get("roleFactor") is not None else 1.0
        status_factor = float(get("statusFactor").toPython()) if get("statusFactor") is not None else 1.0
        evidence = tuple(sorted(set(entry["evidence"])))
        doc_date = min((docs.get(d) for d, _ in evidence if docs.get(d)), default=None)
        out.append(
            Link(
                rel=rel, tie=str(get("tieKey")), actor=actor, target=target,
                role=None if role == "None" else role,
                weight=float(get("baseWeight").toPython()) * factor * status_factor,
                year=_year(get("relDate"), get("targetDate"), doc_date),
                status=str(get("status")) if get("status") is not None else None,
                evidence=evidence,
            )
        )
    return sorted(out, key=lambda link: (link.rel, link.actor, link.target))


def _doc_dates(store) -> dict[str, str]:
    return {str(t): str(d) for t, _l, d in _run(store, "class_labels.rq").rows if d is not None}


def _nodes(store) -> dict[str, NodeInfo]:
    best: dict[str, tuple[int, NodeInfo]] = {}
    for node, kind, rank, type_, sector in _run(store, "node_kinds.rq").rows:
        node, rank = str(node), int(rank.toPython())
        current = best.get(node)
        if current is None or rank < current[0]:
            current = (rank, NodeInfo(str(kind)))
            best[node] = current
        info = current[1]
        if str(type_) not in info.types:
            info.types.append(str(type_))
        if sector is not None:
            info.sector = str(sector)
    return {n: info for n, (_r, info) in best.items()}


def _labels_and_docs(store):
    labels, docs = {}, {}
    for thing, label, date in _run(store, "class_labels.rq").rows:
        lang = getattr(label, "language", None) or "ko"
        labels.setdefault((str(thing), lang), str(label))
        if date is not None:
            docs.setdefault(str(thing), [None, str(date)])
    for doc, entry in docs.items():
        entry[0] = labels.get((doc, "ko")) or labels.get((doc, "en")) or doc
    return labels, {d: (t, date) for d, (t, date) in docs.items()}


# --- building graphs -----------------------------------------------------------------------


def is_actor(facts: GraphFacts, node: str, filters: Filters) -> bool:
    """True when *node* is an actor under *filters* (organisations; people if included)."""
    info = facts.nodes.get(node)
    if info is None:
        return False
    if info.kind == "person":
        return filters.include_people and (not filters.sectors or _person_sector(facts, node) in filters.sectors)
    return info.kind in ACTOR_KINDS and (not filters.sectors or info.sector in filters.sectors)


def _person_sector(facts: GraphFacts, person: str) -> str:
    for link in facts.links:
        if link.actor == person and link.target in facts.nodes and facts.nodes[link.target].kind == "organization":
            return facts.nodes[link.target].sector
    return "other"


def node_attributes(facts: GraphFacts, node: str, lang: str) -> dict:
    """The contract's node attributes for *node*."""
    info = facts.nodes.get(node, NodeInfo("other"))
    sector = _person_sector(facts, node) if info.kind == "person" else info.sector
    if info.kind in AFFILIATION_KINDS and info.kind != "body":
        sector = "other"
    if info.kind == "body":
        sector = "governance-body"
    most_specific = info.types[0] if info.types else ""
    sector_iri = f"https://w3id.org/scgov/id/sector-{sector}"
    return {
        "label": facts.names.label(node, lang),
        "label_ko": facts.names.pref.get((node, "ko"), ""),
        "label_en": facts.names.pref.get((node, "en"), ""),
        "kind": info.kind,
        "class_label": _class_label(facts, info.types, lang) or most_specific,
        "sector": sector,
        "sector_label": facts.names.label(sector_iri, lang) if (sector_iri, lang) in facts.names.pref else sector,
    }


def _class_label(facts: GraphFacts, types: list[str], lang: str) -> str:
    labelled = [facts.class_labels.get((t, lang)) for t in types if (t, lang) in facts.class_labels]
    sg = [t for t in types if t.startswith("https://w3id.org/scgov/def#") and (t, lang) in facts.class_labels]
    return facts.class_labels[(sg[0], lang)] if sg else (labelled[0] if labelled else "")


def _evidence(facts: GraphFacts, link: Link, via: str) -> list[dict]:
    return [
        {"doc": doc, "doc_title": facts.docs.get(doc, (doc, ""))[0], "date": facts.docs.get(doc, ("", ""))[1], "quote": quote, "via": via}
        for doc, quote in link.evidence
    ]


def _body_parents(facts: GraphFacts) -> dict[str, set[str]]:
    parents: dict[str, set[str]] = defaultdict(set)
    for link in facts.links:
        if link.tie == "suborganization" and _kind(facts, link.actor) == "body" and _kind(facts, link.target) == "body":
            if not (link.status or "").endswith("status-planned"):
                parents[link.actor].add(link.target)
    return parents


def _kind(facts: GraphFacts, node: str) -> str | None:
    info = facts.nodes.get(node)
    return info.kind if info else None


def _ancestors(parents: dict[str, set[str]], node: str) -> list[str]:
    seen, stack = [], list(parents.get(node, ()))
    while stack:
        n = stack.pop()
        if n not in seen:
            seen.append(n)
            stack.extend(parents.get(n, ()))
    return seen


def affiliation_links(facts: GraphFacts, filters: Filters) -> list[tuple[Link, str]]:
    """(link, affiliation) pairs: each actor's part in a body, event, agreement, programme or zone.

    A membership in a body also counts as a part in every body above it.
    """
    parents = _body_parents(facts)
    out = []
    for link in facts.links:
        if not filters.keeps_link(link) or not is_actor(facts, link.actor, filters):
            continue
        if _kind(facts, link.target) not in AFFILIATION_KINDS:
            continue
        out.append((link, link.target))
        if _kind(facts, link.target) == "body":
            out.extend((link, above) for above in _ancestors(parents, link.target))
    return out


def direct_links(facts: GraphFacts, filters: Filters) -> list[Link]:
    """Links whose two ends are both actors (sub-organisation, reorganisation, posts of people)."""
    return [
        link for link in facts.links
        if filters.keeps_link(link) and is_actor(facts, link.actor, filters) and is_actor(facts, link.target, filters)
    ]


def two_mode(store, *, lang: str = "ko", filters: Filters | None = None):
    """The two-mode (affiliation) network: actors × the affiliations they take part in.

    Edges carry ``roles``, ``tie_types``, ``years``, ``weight`` and ``evidence``.
    """
    import networkx as nx

    filters = filters or Filters()
    facts = read_facts(store)
    G = nx.Graph(mode="two", lang=lang, title="Affiliation network", filtered=filters.describe())
    for link, aff in affiliation_links(facts, filters):
        for node, part in ((link.actor, 0), (aff, 1)):
            if node not in G:
                G.add_node(node, **node_attributes(facts, node, lang), bipartite=part, years=[])
        via = facts.names.label(aff, lang)
        _merge_edge(G, link.actor, aff, link.tie, link.weight, link.year, _evidence(facts, link, via), role=_role_key(link.role), via=via)
    _node_years(G)
    return G


def one_mode(store, *, lang: str = "ko", filters: Filters | None = None):
    """The one-mode cooperation network of actors.

    Two actors are tied when they share an affiliation (weight: the geometric mean of their two
    links' weights, each the tie type's base weight × role factor × status factor, summed over
    shared affiliations)
    or are directly related (sub-organisation, reorganisation, a person's post).
    """
    import networkx as nx

    filters = filters or Filters()
    facts = read_facts(store)
    G = nx.Graph(mode="one", lang=lang, title="Cooperation network", filtered=filters.describe())
    members: dict[str, list[Link]] = defaultdict(list)
    for link, aff in affiliation_links(facts, filters):
        members[aff].append(link)
        if link.actor not in G:
            G.add_node(link.actor, **node_attributes(facts, link.actor, lang), years=[])
    for aff, links in sorted(members.items()):
        via = facts.names.label(aff, lang)
        for a, b in combinations(_strongest_per_actor(links), 2):
            if a.actor == b.actor:
                continue
            weight = math.sqrt(a.weight * b.weight)
            year = max((y for y in (a.year, b.year) if y is not None), default=None)
            evidence = _evidence(facts, a, via) + _evidence(facts, b, via)
            _merge_edge(G, a.actor, b.actor, a.tie, weight, year, evidence, via=via)
    for link in direct_links(facts, filters):
        for node in (link.actor, link.target):
            if node not in G:
                G.add_node(node, **node_attributes(facts, node, lang), years=[])
        _merge_edge(G, link.actor, link.target, link.tie, link.weight, link.year, _evidence(facts, link, ""), via=_direct_via(facts, link, lang))
    _node_years(G)
    return G


def _direct_via(facts: GraphFacts, link: Link, lang: str) -> str:
    """What a direct tie is: the relationship's own label, else its tie type's label."""
    if (link.rel, lang) in facts.names.pref:
        return facts.names.label(link.rel, lang)
    tie_iri = f"https://w3id.org/scgov/id/tie-{link.tie}"
    return facts.class_labels.get((tie_iri, lang)) or facts.class_labels.get((tie_iri, "en")) or link.tie


def _strongest_per_actor(links: Iterable[Link]) -> list[Link]:
    best: dict[str, Link] = {}
    for link in links:
        if link.actor not in best or link.weight > best[link.actor].weight:
            best[link.actor] = link
    return [best[a] for a in sorted(best)]


def _role_key(role: str | None) -> str | None:
    return role.rsplit("role-", 1)[-1] if role else None


def _merge_edge(G, u, v, tie, weight, year, evidence, *, role=None, via=None):
    if G.has_edge(u, v):
        data = G.edges[u, v]
    else:
        G.add_edge(u, v, weight=0.0, tie_types=[], years=[], via=[], evidence=[], **({"roles": []} if G.graph["mode"] == "two" else {}))
        data = G.edges[u, v]
    data["weight"] = round(data["weight"] + weight, 6)
    data["distance"] = round(1.0 / data["weight"], 6)
    _add_sorted(data["tie_types"], tie)
    if year is not None:
        _add_sorted(data["years"], year)
    if via:
        _add_sorted(data["via"], via)
    if role and "roles" in data:
        _add_sorted(data["roles"], role)
    seen = {(e["doc"], e["quote"]) for e in data["evidence"]}
    for e in evidence:
        if (e["doc"], e["quote"]) not in seen:
            seen.add((e["doc"], e["quote"]))
            data["evidence"].append(e)


def _add_sorted(values: list, value) -> None:
    if value not in values:
        values.append(value)
        values.sort()


def _node_years(G) -> None:
    for n in G:
        years = sorted({y for _u, _v, d in G.edges(n, data=True) for y in d["years"]})
        G.nodes[n]["years"] = years


# --- the networks the CLI and the report use --------------------------------------------------


def network(store, *, mode: str = "one", lang: str = "ko", filters: Filters | None = None):
    """The one-mode (``mode="one"``) or two-mode (``"two"``) network under *filters*.

    Raises
    ------
    kg.errors.KGError
        For an unknown mode.
    """
    from ..errors import KGError

    if mode not in ("one", "two"):
        raise KGError(f"unknown network mode {mode!r}: use 'one' (cooperation) or 'two' (affiliation)")
    G = (one_mode if mode == "one" else two_mode)(store, lang=lang, filters=filters)
    title = {"one": {"ko": "협력 네트워크", "en": "Cooperation network"},
             "two": {"ko": "참여 네트워크", "en": "Affiliation network"}}[mode][lang]
    G.graph["title"] = title + (f" ({G.graph['filtered']})" if G.graph.get("filtered") else "")
    return G


def resolve_node(store, G, name: str) -> str:
    """The node of *G* that *name* (label, alias, IRI, prefixed name) names.

    Raises
    ------
    kg.errors.ResolutionError
        When no entity has that name (the message lists the closest names), or when the
        entity exists but is not in *G* (the message says why: filtered out, or no ties).
    """
    from ..errors import ResolutionError

    facts = read_facts(store)
    node = facts.names.resolve(name)
    if node in G:
        return node
    label = facts.names.label(node, G.graph.get("lang", "ko"))
    info = facts.nodes.get(node)
    if info is None and (node, "ko") not in facts.names.pref and (node, "en") not in facts.names.pref:
        raise ResolutionError(f"no entity {name!r} in the graph")
    why = []
    if info is not None and info.kind == "person":
        why.append("people are left out unless --people is given")
    elif info is not None and info.kind not in ACTOR_KINDS and G.graph.get("mode") == "one":
        why.append(f"it is a {info.kind}, not an actor: it appears in the two-mode network (--mode two)")
    if G.graph.get("filtered"):
        why.append(f"the network is filtered ({G.graph['filtered']})")
    if not why:
        why.append("it has no ties in the data")
    raise ResolutionError(f"{label} ({name!r}) is not in this network: " + "; ".join(why) + ".")


SECTORS = ("central-government", "local-government", "research", "public-enterprise", "academia",
           "industry", "international", "governance-body", "other")


def parse_filters(store=None, *, year: int | None = None, years: str | None = None, sectors=(),
                  tie_types=(), people: bool = False, planned: bool = True) -> Filters:
    """Filters from command-line style options; :class:`kg.errors.KGError` on bad values.

    *years* is ``"A-B"`` (inclusive) or ``"A"``; *year* is one year. Tie types are checked
    against those declared in ``ontology/network.ttl`` (when *store* is given).

    Examples
    --------
    >>> parse_filters(years="2017-2018", sectors=["research"]).describe()
    'years 2017–2018; sectors research'
    >>> parse_filters(years="2018-2017")
    Traceback (most recent call last):
    ...
    kg.errors.KGError: --years 2018-2017: the first year is after the second
    """
    import difflib

    from ..errors import KGError

    span = None
    if year is not None and years:
        raise KGError("give either --year or --years, not both")
    if year is not None:
        span = (int(year), int(year))
    elif years:
        first, _sep, last = str(years).partition("-")
        try:
            span = (int(first), int(last or first))
        except ValueError:
            raise KGError(f"--years {years}: use YEAR or FIRST-LAST, e.g. 2017-2018") from None
        if span[0] > span[1]:
            raise KGError(f"--years {years}: the first year is after the second")
    for sector in sectors:
        if sector not in SECTORS:
            close = difflib.get_close_matches(sector, SECTORS, n=3, cutoff=0.3)
            raise KGError(f"unknown sector {sector!r}; known: {', '.join(SECTORS)}"
                          + (f". Did you mean {', '.join(close)}?" if close else ""))
    if tie_types and store is not None:
        known = declared_tie_types(store)
        for tie in tie_types:
            if tie not in known:
                raise KGError(f"unknown tie type {tie!r}; declared in ontology/network.ttl: {', '.join(known)}")
    return Filters(years=span, sectors=frozenset(sectors) or None, tie_types=frozenset(tie_types) or None,
                   include_people=people, include_planned=planned)


def declared_tie_types(store) -> list[str]:
    """The tie keys declared in ``ontology/network.ttl``."""
    cached = store.cache.get("tie_keys")
    if cached is None:
        res = _run(store, "tie_keys.rq")
        cached = sorted(str(r[0]) for r in res.rows)
        store.cache["tie_keys"] = cached
    return cached
