"""One store interface for every place the graph can live.

A store answers SPARQL (with parameters bound by the engine, never pasted into the text), takes
triples, and hands the whole graph over as an rdflib Graph when a consumer (SHACL, export) needs
one. :func:`open_store` picks the backend from a spec string:

- ``memory`` — rdflib's in-memory store (the default).

Other backends register in :data:`BACKENDS`.
"""

from __future__ import annotations

import os
from typing import Callable, Mapping

from .errors import StoreError
from .results import QueryResult
from .sparql import check_query

ENV_STORE = "SCGOV_STORE"
DEFAULT_STORE = "memory"


class Store:
    """Base class of the backends: SPARQL in, :class:`QueryResult` out."""

    spec = "?"

    def __init__(self):
        self.cache: dict = {}

    def query(self, text: str, bindings: Mapping[str, object] | None = None) -> QueryResult:
        """Run a SPARQL query; *bindings* maps variable names (no ``?``) to rdflib terms."""
        checked = check_query(text)
        return self._query(checked.text, checked.form, dict(bindings or {}))

    def _query(self, text: str, form: str, bindings: dict) -> QueryResult:  # pragma: no cover - abstract
        raise NotImplementedError

    def add_graph(self, graph) -> None:
        """Add every triple of an rdflib graph."""
        raise NotImplementedError  # pragma: no cover

    def load_files(self, paths) -> None:
        """Parse RDF files (all or nothing: a malformed file adds nothing) and add their triples."""
        from .rdfio import parse_files

        self.add_graph(parse_files(paths))

    def to_rdflib(self):
        """The whole graph as an rdflib Graph (a view or a copy)."""
        raise NotImplementedError  # pragma: no cover

    def __len__(self) -> int:
        raise NotImplementedError  # pragma: no cover

    def is_built(self) -> bool:
        """True when the store already holds a built graph that can be reused."""
        return False


class MemoryStore(Store):
    """rdflib's in-memory store."""

    spec = "memory"

    def __init__(self, graph=None):
        super().__init__()
        from rdflib import Graph

        self.graph = Graph() if graph is None else graph

    def _query(self, text, form, bindings):
        from rdflib import Variable

        init = {Variable(k): v for k, v in bindings.items()}
        try:
            res = self.graph.query(text, initBindings=init)
        except Exception as exc:
            raise StoreError(f"query failed: {exc}") from None
        return from_rdflib_result(res, form)

    def add_graph(self, graph) -> None:
        self.graph += graph
        self.cache.clear()

    def to_rdflib(self):
        return self.graph

    def __len__(self) -> int:
        return len(self.graph)


def from_rdflib_result(res, form: str) -> QueryResult:
    """Convert an rdflib query result into a :class:`QueryResult`."""
    if form == "AskQuery":
        return QueryResult("ask", boolean=bool(res.askAnswer))
    if form in ("ConstructQuery", "DescribeQuery"):
        from rdflib import Graph

        g = Graph()
        for t in res:
            g.add(t)
        return QueryResult("graph", graph=g)
    vars_ = [str(v) for v in res.vars]
    rows = [tuple(row) for row in res]
    return QueryResult("select", vars_, rows)


BACKENDS: dict[str, Callable[[str], Store]] = {"memory": lambda arg: MemoryStore()}


def open_store(spec: str | None = None) -> Store:
    """Open the store named by *spec* (else ``$SCGOV_STORE``, else ``memory``).

    Examples
    --------
    >>> open_store("memory").spec
    'memory'
    >>> open_store("nosuch")
    Traceback (most recent call last):
    ...
    kg.errors.StoreError: unknown store 'nosuch': use one of memory
    """
    spec = spec or os.environ.get(ENV_STORE) or DEFAULT_STORE
    scheme, _, arg = spec.partition(":")
    for name, factory in BACKENDS.items():
        if spec == name or scheme == name or spec.startswith(name + "+"):
            return factory(spec if spec.startswith(name + "+") else arg)
    raise StoreError(f"unknown store {spec!r}: use one of {', '.join(BACKENDS)}")
