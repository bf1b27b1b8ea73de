"""The in-memory form of a synthetic graph: Turtle-ready nodes grouped into files.

Objects are kept as Turtle text (``sgr:molit``, ``"국토교통부"@ko``, ``"2019-03-01"^^xsd:date``)
so that writing a million triples is a string join, not an RDF library round trip.

Examples
--------
>>> n = Node("sgr:x", "sg:Council")
>>> n.add("skos:prefLabel", ko("협의체")).add("sg:sector", "sgr:sector-governance-body")
Node('sgr:x')
>>> n.triples()
3
>>> ko('따옴표 " 와 \\\\ 역슬래시')
'"따옴표 \\\\" 와 \\\\\\\\ 역슬래시"@ko'
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def lit(text: str) -> str:
    """A plain string literal."""
    return '"' + text.translate(_ESCAPES) + '"'


def ko(text: str) -> str:
    """A Korean literal."""
    return lit(text) + "@ko"


def en(text: str) -> str:
    """An English literal."""
    return lit(text) + "@en"


def date(day: _dt.date) -> str:
    """An ``xsd:date`` literal."""
    return f'"{day.isoformat()}"^^xsd:date'


def year(y: int) -> str:
    """An ``xsd:gYear`` literal."""
    return f'"{y:04d}"^^xsd:gYear'


def integer(n: int) -> str:
    """An ``xsd:integer`` literal (Turtle short form)."""
    return str(int(n))


def iri(slug: str) -> str:
    """The prefixed name of an instance: ``sgr:`` + slug."""
    return "sgr:" + slug


class Node:
    """One subject with its predicate–object pairs (objects in Turtle syntax).

    An object may be an :class:`Evidence` (written as a nested blank node).
    """

    __slots__ = ("subject", "po")

    def __init__(self, subject: str, *types: str):
        self.subject = subject
        self.po: list[tuple[str, object]] = [("a", t) for t in types]

    def add(self, pred: str, obj) -> "Node":
        """Add one object (``None`` is skipped); returns the node for chaining."""
        if obj is not None:
            self.po.append((pred, obj))
        return self

    def triples(self) -> int:
        """How many triples the node writes (an evidence blank node counts its own three)."""
        return sum(4 if isinstance(o, Evidence) else 1 for _p, o in self.po)

    def __repr__(self) -> str:
        return f"Node({self.subject!r})"


@dataclass(frozen=True)
class Evidence:
    """``[ a sg:Evidence ; prov:wasQuotedFrom doc ; sg:quote "…"@ko ]``."""

    doc: str
    quote: str

    def turtle(self) -> str:
        return f"[ a sg:Evidence ; prov:wasQuotedFrom {self.doc} ; sg:quote {ko(self.quote)} ]"

    def __lt__(self, other):
        return (self.doc, self.quote) < (other.doc, other.quote)


@dataclass
class Document:
    """A synthetic source document: its metadata node and the fact nodes it states."""

    slug: str
    day: _dt.date
    publisher: str
    title: str
    nodes: list[Node] = field(default_factory=list)
    mentions: dict[str, None] = field(default_factory=dict)  # ordered set of IRIs

    @property
    def iri(self) -> str:
        return iri(self.slug)

    def mention(self, *iris: str) -> None:
        """Record registry entities the document names."""
        for i in iris:
            self.mentions[i] = None


@dataclass
class SynthGraph:
    """Everything a synthetic data directory holds, plus the generator's bookkeeping."""

    registry: list[Node]
    documents: list[Document]
    stats: dict = field(default_factory=dict)
