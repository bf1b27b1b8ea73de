"""Query results, independent of the store that produced them, and their standard formats.

The formats are the W3C SPARQL 1.1 Query Results JSON, CSV and TSV formats, plus a terminal
table. CONSTRUCT/DESCRIBE results are RDF graphs and serialise as Turtle, N-Triples or JSON-LD.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any, Sequence

FORMATS = ("table", "csv", "tsv", "json")


@dataclass
class QueryResult:
    """The answer to one SPARQL query.

    ``kind`` is ``"select"`` (``vars`` and ``rows`` of rdflib terms or ``None``), ``"ask"``
    (``boolean``) or ``"graph"`` (``graph``, an rdflib Graph, for CONSTRUCT and DESCRIBE).
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    graph: Any = None

    def records(self) -> list[dict[str, Any]]:
        """Rows as dicts of plain Python values (``str`` for IRIs, native for literals)."""
        return [{v: plain(t) for v, t in zip(self.vars, row)} for row in self.rows]

    def column(self, var: str) -> list[Any]:
        """The plain values of one variable, in row order."""
        i = self.vars.index(var)
        return [plain(row[i]) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


def plain(term) -> Any:
    """A plain Python value for an rdflib term: IRIs and literals as ``str``, ``None`` if unbound."""
    if term is None:
        return None
    from rdflib import Literal

    if isinstance(term, Literal):
        return str(term)
    return str(term)


def _term_json(term) -> dict[str, str] | None:
    from rdflib import BNode, Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype:
            out["datatype"] = str(term.datatype)
        return out
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    return {"type": "uri", "value": str(term)}


def to_sparql_json(result: QueryResult) -> str:
    """The W3C SPARQL 1.1 Query Results JSON document for a SELECT or ASK result."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    bindings = []
    for row in result.rows:
        b = {v: _term_json(t) for v, t in zip(result.vars, row) if t is not None}
        bindings.append(b)
    return json.dumps({"head": {"vars": list(result.vars)}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1)


def to_sparql_xml(result: QueryResult) -> str:
    """The W3C SPARQL Query Results XML document for a SELECT or ASK result (everything escaped).

    Examples
    --------
    >>> from rdflib import Literal
    >>> print(to_sparql_xml(QueryResult("select", ["x"], [(Literal("a<b", lang="ko"),)])).splitlines()[6])
      <result><binding name="x"><literal xml:lang="ko">a&lt;b</literal></binding></result>
    """
    from xml.sax.saxutils import escape, quoteattr

    from rdflib import BNode, Literal

    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    if result.kind == "ask":
        out += ["</head>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out += [f"  <variable name={quoteattr(v)}/>" for v in result.vars]
    out += ["</head>", "<results>"]
    for row in result.rows:
        cells = []
        for v, t in zip(result.vars, row):
            if t is None:
                continue
            if isinstance(t, Literal):
                attr = f" xml:lang={quoteattr(t.language)}" if t.language else (f" datatype={quoteattr(str(t.datatype))}" if t.datatype else "")
                inner = f"<literal{attr}>{escape(str(t))}</literal>"
            elif isinstance(t, BNode):
                inner = f"<bnode>{escape(str(t))}</bnode>"
            else:
                inner = f"<uri>{escape(str(t))}</uri>"
            cells.append(f"<binding name={quoteattr(v)}>{inner}</binding>")
        out.append("  <result>" + "".join(cells) + "</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


def to_csv(result: QueryResult) -> str:
    """The W3C SPARQL 1.1 CSV results: plain values, empty for unbound."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow(["" if t is None else str(t) for t in row])
    return buf.getvalue()


def to_tsv(result: QueryResult) -> str:
    """The W3C SPARQL 1.1 TSV results: terms in SPARQL/Turtle syntax, empty for unbound."""
    if result.kind == "ask":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    for row in result.rows:
        lines.append("\t".join("" if t is None else _tsv_term(t) for t in row))
    return "\n".join(lines) + "\n"


def _tsv_term(term) -> str:
    text = term.n3()
    return text.replace("\t", "\\t").replace("\n", "\\n")


def to_text_table(result: QueryResult, *, max_width: int | None = None) -> str:
    """A terminal table (rich) of a SELECT result: labels instead of entities, other IRIs shortened."""
    from rich.console import Console
    from rich.table import Table

    from .namespaces import shorten

    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    # An entity column with a label column shows the label (or the value itself where the row
    # holds a literal), under the entity's name.
    index = {v: i for i, v in enumerate(result.vars)}
    shown = [v for v in result.vars if not (v.endswith("Label") and v.removesuffix("Label") in index)]
    table = Table(show_lines=False, header_style="bold")
    for v in shown:
        table.add_column(v, overflow="fold")

    def cell(row, v):
        label = row[index[f"{v}Label"]] if f"{v}Label" in index else None
        term = label if label is not None else row[index[v]]
        return "" if term is None else shorten(str(term))

    for row in result.rows:
        table.add_row(*[cell(row, v) for v in shown])
    console = Console(file=io.StringIO(), width=max_width or 160, record=True, color_system=None)
    console.print(table)
    console.print(f"{len(result.rows)} row(s)")
    return console.export_text()


def serialize(result: QueryResult, fmt: str) -> str:
    """*result* in one of :data:`FORMATS` (graph results: ``table``/``turtle`` → Turtle, ``json`` → JSON-LD, ``csv``/``tsv`` → N-Triples)."""
    if result.kind == "graph":
        rdf = {"json": "json-ld", "csv": "nt", "tsv": "nt", "nt": "nt"}.get(fmt, "turtle")
        return result.graph.serialize(format=rdf)
    writers = {"json": to_sparql_json, "csv": to_csv, "tsv": to_tsv, "table": to_text_table}
    return writers[fmt](result)


def rows_result(vars: Sequence[str], rows: Sequence[Sequence[Any]]) -> QueryResult:
    """A SELECT-shaped result from plain Python rows (for non-SPARQL tables such as metrics)."""
    from rdflib import Literal, URIRef

    def term(v):
        if v is None or isinstance(v, (URIRef, Literal)):
            return v
        if isinstance(v, str) and v.startswith(("http://", "https://")):
            return URIRef(v)
        return Literal(v)

    return QueryResult("select", list(vars), [tuple(term(v) for v in row) for row in rows])
