"""The report as data: one structure, rendered to Markdown and HTML.

All text is plain text (never markup); renderers escape it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Citation:
    """One piece of evidence: the document, its date, the quote, and the tie it supports."""

    doc: str
    doc_title: str
    date: str
    quote: str
    via: str = ""
    partner: str = ""
    url: str | None = None


@dataclass
class Claim:
    """A statement about an actor (a key actor, a broker), with the citations behind it."""

    actor: str
    label: str
    sector: str
    text: str
    measures: dict = field(default_factory=dict)
    citations: list[Citation] = field(default_factory=list)


@dataclass
class Table:
    """A table of plain-text cells."""

    caption: str
    head: list[str]
    rows: list[list[str]]


@dataclass
class Chart:
    """A chart: inline SVG text or PNG bytes, its file name (for Markdown) and alt text."""

    name: str
    title: str
    alt: str
    svg: str = ""
    png: bytes | None = None


@dataclass
class Section:
    """A report section: paragraphs, tables, charts and claims, in that order."""

    id: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, relative href)


@dataclass
class Report:
    """The whole report."""

    title: str
    lang: str
    subtitle: str
    sections: list[Section]
    summary: dict = field(default_factory=dict)
    files: dict = field(default_factory=dict)  # extra files: name -> bytes (map, static image)
