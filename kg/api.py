"""The Python API of scgov-kg, for notebooks and scripts; the CLI is a thin layer over it.

Examples
--------
>>> from kg import api
>>> graph = api.load()                                   # ontology + shipped data, in memory
>>> rows = api.query(graph, "list_members", body="스마트시티 연구기관 협력 협의체").records()
>>> len({r["member"] for r in rows}) >= 17
True
>>> api.sparql(graph, "ASK { sgr:molit a sg:Ministry }").boolean
True
"""

from __future__ import annotations

from pathlib import Path

from .build import build, summarize
from .catalog import named_queries
from .query import run_named, run_text
from .results import QueryResult, serialize
from .store import Store, open_store
from .validate import ValidationReport, validate

__all__ = [
    "load", "query", "sparql", "validate", "summarize", "named_queries", "serialize",
    "open_store", "QueryResult", "ValidationReport", "Store",
]


def load(data: str | Path | None = None, store: Store | str | None = None) -> Store:
    """Build the graph from the ontology and a data directory (default: the shipped data)."""
    return build(data, store)


def query(graph: Store, name: str, *, lang: str = "ko", **params: str) -> QueryResult:
    """Run the named query *name*; keyword arguments are its parameters (labels or IRIs)."""
    return run_named(graph, name, params, lang=lang)


def sparql(graph: Store, text: str, *, lang: str = "ko") -> QueryResult:
    """Run any SPARQL query (standard prefixes such as ``sg:``, ``org:`` need no declaration)."""
    return run_text(graph, text, lang=lang)
