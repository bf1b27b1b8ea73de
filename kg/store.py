"""One store interface for every place the graph can live.

A store answers SPARQL (with parameters bound by the engine, never pasted into the text), takes
triples, and hands the whole graph over as an rdflib Graph when a consumer (SHACL, export) needs
one. :func:`open_store` picks the backend from a spec string (see ``docs/stores.md``):

- ``memory`` — rdflib's in-memory store.
- ``oxigraph`` / ``oxigraph:PATH`` — Oxigraph (pyoxigraph) in memory, or persistent in the
  folder PATH, where a built graph is reused until its source files change (the default store
  is ``oxigraph``, in memory: see docs/stores.md for the measurements).
- ``sparql+http://HOST/PATH?…`` / ``sparql+https://…`` — any SPARQL 1.1 Protocol server.

Every backend returns the same :class:`QueryResult` for the same query: terms are rdflib terms
in canonical form (:func:`kg.terms.canonical`).
"""

from __future__ import annotations

import os
from typing import Callable, Mapping

from .errors import StoreError
from .results import QueryResult
from .sparql import check_query

ENV_STORE = "SCGOV_STORE"
DEFAULT_STORE = "oxigraph"
#: The IRI of the named graph that records what a persistent store was built from.
BUILD_GRAPH = "urn:scgov:build"
FINGERPRINT = "https://w3id.org/scgov/def#buildFingerprint"


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

    def load_files(self, paths, replace: bool = False) -> None:
        """Parse RDF files and add their triples; with *replace*, instead of what the store held.

        All or nothing: every file is parsed before the store is touched, so a malformed file
        (:class:`kg.errors.DataError` ``path:line: …``) leaves the store as it was.
        """
        from .rdfio import parse_files

        graph = parse_files(paths)
        if replace:
            self.clear()
        self.add_graph(graph)

    def to_rdflib(self):
        """The whole graph as an rdflib Graph (a view or a copy)."""
        raise NotImplementedError  # pragma: no cover

    def __len__(self) -> int:
        raise NotImplementedError  # pragma: no cover

    def is_built(self, fingerprint: str | None = None) -> bool:
        """True when the store already holds a built graph that can be reused.

        With *fingerprint* (see :func:`kg.build.fingerprint`), only a graph built from exactly
        those source files counts. Stores that start empty (``memory``) are never built.
        """
        return False

    def mark_built(self, fingerprint: str) -> None:
        """Record that the store now holds the graph built from *fingerprint* (persistent stores)."""

    def clear(self) -> None:
        """Remove every triple (and the build record)."""
        raise NotImplementedError  # pragma: no cover

    def close(self) -> None:
        """Release files or connections (the store is unusable afterwards)."""


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

    def clear(self) -> None:
        from rdflib import Graph

        self.graph = Graph()
        self.cache.clear()

    def to_rdflib(self):
        return self.graph

    def __len__(self) -> int:
        return len(self.graph)


def from_rdflib_result(res, form: str) -> QueryResult:
    """Convert an rdflib query result into a :class:`QueryResult` (terms in canonical form)."""
    from .terms import canonical, canonical_row

    if form == "AskQuery":
        return QueryResult("ask", boolean=bool(res.askAnswer))
    if form in ("ConstructQuery", "DescribeQuery"):
        from rdflib import Graph

        g = Graph()
        for s, p, o in res:
            g.add((s, p, canonical(o)))
        return QueryResult("graph", graph=g)
    vars_ = [str(v) for v in res.vars]
    rows = [canonical_row(tuple(row)) for row in res]
    return QueryResult("select", vars_, rows)


def _oxigraph(arg: str, **options) -> Store:
    from .oxstore import OxigraphStore

    return OxigraphStore(arg or None, **options)


def _sparql_http(spec: str, **options) -> Store:
    from .remote import SparqlHttpStore

    return SparqlHttpStore.from_spec(spec, **options)


#: backend name → factory(argument, **options). ``name:ARG`` passes ARG; ``name+…`` the whole spec.
BACKENDS: dict[str, Callable[..., Store]] = {
    "memory": lambda arg, **options: MemoryStore(),
    "oxigraph": _oxigraph,
    "sparql": _sparql_http,
}

#: One line per backend, for ``--store`` help and error messages.
BACKEND_HELP = "memory | oxigraph (in memory) | oxigraph:PATH (on disk, reused) | sparql+http(s)://HOST/PATH?… (a SPARQL 1.1 server)"


def open_store(spec: str | None = None, **options) -> Store:
    """Open the store named by *spec* (else ``$SCGOV_STORE``, else :data:`DEFAULT_STORE`).

    *options* go to the backend (``read_only=True`` opens a persistent store for reading only,
    so several processes can share it).

    Examples
    --------
    >>> open_store("memory").spec
    'memory'
    >>> open_store("oxigraph").spec
    'oxigraph'
    >>> open_store("nosuch")
    Traceback (most recent call last):
    ...
    kg.errors.StoreError: unknown store 'nosuch': use one of memory | oxigraph (in memory) | oxigraph:PATH (on disk, reused) | sparql+http(s)://HOST/PATH?… (a SPARQL 1.1 server)
    """
    spec = (spec or os.environ.get(ENV_STORE) or DEFAULT_STORE).strip()
    scheme, _, arg = spec.partition(":")
    for name, factory in BACKENDS.items():
        if spec.startswith(name + "+"):
            return factory(spec, **options)
        if spec == name or scheme == name:
            return factory(arg, **options)
    raise StoreError(f"unknown store {spec!r}: use one of {BACKEND_HELP}")
