"""The Oxigraph backend: pyoxigraph used directly, in memory or persistent on disk.

Not through oxrdflib: oxrdflib hands only query *strings* to Oxigraph and silently evaluates
prepared queries (and so ``initBindings``) with rdflib's own engine. Here every query runs in
Oxigraph, parameters are bound with pyoxigraph's ``substitutions`` (never pasted into the text;
pyoxigraph substitutes only projected variables, others go in a checked VALUES block built
from rdflib terms, see :func:`kg.sparql.bind_values`),
and answers are converted to canonical rdflib terms (:class:`kg.terms.OxigraphTerms`), so a
:class:`kg.results.QueryResult` is the same as from the ``memory`` store.

``oxigraph:PATH`` keeps the graph in the folder PATH. :meth:`OxigraphStore.mark_built` records
the build's source-file fingerprint in the named graph :data:`kg.store.BUILD_GRAPH` (queries
see only the default graph), and :meth:`OxigraphStore.is_built` compares it, so a second
``scgov`` run reuses the graph without parsing anything, and rebuilds when a file changed.
"""

from __future__ import annotations

from pathlib import Path

from .errors import DataError, ParameterError, StoreError
from .results import QueryResult
from .store import BUILD_GRAPH, FINGERPRINT, Store

_OX_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG", ".jsonld": "JSON_LD", ".rdf": "RDF_XML", ".owl": "RDF_XML"}


def ox_format(path: Path):
    """The pyoxigraph :class:`RdfFormat` for *path*'s suffix (the same suffixes as :mod:`kg.rdfio`)."""
    import pyoxigraph as ox

    from .rdfio import rdf_format

    rdf_format(path)  # the same DataError for an unknown suffix as the other backends
    return getattr(ox.RdfFormat, _OX_FORMATS[path.suffix.lower()])


def parse_quads(path: Path) -> list:
    """Every triple of *path* as pyoxigraph quads in the default graph; :class:`DataError` ``path:line: …``.

    Blank nodes are renamed per file (as rdflib does), so ``_:b1`` in two files are two nodes.
    """
    import pyoxigraph as ox

    path = Path(path)
    fmt = ox_format(path)
    try:
        quads = list(ox.parse(path=str(path), format=fmt, rename_blank_nodes=True))
    except SyntaxError as exc:
        where = f"{path}:{exc.lineno}:" if exc.lineno else f"{path}:"
        col = f" (column {exc.offset})" if exc.offset else ""
        raise DataError(f"{where} malformed RDF: {exc.msg}{col}") from None
    except FileNotFoundError:
        raise DataError(f"{path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except (OSError, ValueError) as exc:
        raise DataError(f"{path}: cannot read: {exc}") from None
    if any(not isinstance(q.graph_name, ox.DefaultGraph) for q in quads):
        quads = [ox.Quad(q.subject, q.predicate, q.object) for q in quads]
    return quads


class OxigraphStore(Store):
    """Oxigraph, in memory (*path* ``None``) or persistent in the folder *path*.

    Examples
    --------
    >>> from rdflib import Graph, Literal, URIRef
    >>> store = OxigraphStore()
    >>> store.add_graph(Graph().add((URIRef("http://ex/a"), URIRef("http://ex/p"), Literal("1.50", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")))))
    >>> store.query("SELECT ?o WHERE { ?s ?p ?o }", {"s": URIRef("http://ex/a")}).rows
    [(rdflib.term.Literal('1.5', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal')),)]
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        super().__init__()
        import pyoxigraph as ox

        from .terms import OxigraphTerms

        self._ox = ox
        self.path = Path(path).expanduser() if path else None
        self.spec = f"oxigraph:{self.path}" if self.path else "oxigraph"
        self.read_only = read_only
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                if not self.path.is_dir():
                    raise StoreError(f"{self.path}: no Oxigraph store there (build it first: scgov --store {self.spec} build)")
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except OSError as exc:
            hint = " (is another scgov process using it? `scgov serve` opens it read-only in its workers)" if "lock" in str(exc).lower() else ""
            raise StoreError(f"cannot open Oxigraph store {self.path}: {exc}{hint}") from None
        self._terms = OxigraphTerms()
        self._build_graph = ox.NamedNode(BUILD_GRAPH)

    # -- queries ---------------------------------------------------------------------------
    def _query(self, text, form, bindings):
        ox = self._ox
        from .terms import to_oxigraph

        try:
            subs = {ox.Variable(k): to_oxigraph(v) for k, v in bindings.items()}
        except ValueError as exc:
            raise ParameterError(f"cannot bind parameters: {exc}") from None
        try:
            try:
                res = self.store.query(text, substitutions=subs or None)
            except RuntimeError as exc:
                # pyoxigraph substitutes only variables of the SELECT projection; for any other
                # variable, bind with the algebra-checked VALUES block (the same answers).
                if not subs or "projection" not in str(exc):
                    raise StoreError(f"query failed: {exc}") from None
                from .sparql import bind_values

                res = self.store.query(bind_values(text, bindings))
            return self._result(res, form)
        except SyntaxError as exc:
            raise StoreError(f"Oxigraph cannot run this query: {exc}") from None
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from None

    def _result(self, res, form) -> QueryResult:
        conv = self._terms
        if form == "AskQuery":
            return QueryResult("ask", boolean=bool(res))
        if form in ("ConstructQuery", "DescribeQuery"):
            from rdflib import Graph

            g = Graph()
            for t in res:
                g.add((conv(t.subject), conv(t.predicate), conv(t.object)))
            return QueryResult("graph", graph=g)
        vars_ = [v.value for v in res.variables]
        n = len(vars_)
        if n == 1:
            rows = [(conv(sol[0]),) for sol in res]
        else:
            idx = range(n)
            rows = [tuple([conv(sol[i]) for i in idx]) for sol in res]
        return QueryResult("select", vars_, rows)

    # -- loading ---------------------------------------------------------------------------
    def _writable(self):
        if self.read_only:
            raise StoreError(f"{self.spec} is open read-only")

    def add_graph(self, graph) -> None:
        from .terms import to_oxigraph

        self._writable()
        ox = self._ox
        self.store.extend([ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in graph])
        self.cache.clear()

    def load_files(self, paths, replace: bool = False) -> None:
        """Parse every file natively first (all or nothing: a malformed file adds nothing), then add."""
        self._writable()
        quads = []
        for path in paths:
            quads.extend(parse_quads(Path(path)))
        if replace:
            self.clear()
        try:
            self.store.bulk_extend(quads) if self.path is None else self.store.extend(quads)
        except OSError as exc:
            raise StoreError(f"cannot add to {self.spec}: {exc}") from None
        self.cache.clear()

    def clear(self) -> None:
        self._writable()
        self.store.clear()
        self.cache.clear()

    # -- the build record ------------------------------------------------------------------
    def is_built(self, fingerprint: str | None = None) -> bool:
        if self.path is None:
            return False
        ox = self._ox
        found = [q.object.value for q in self.store.quads_for_pattern(self._build_graph, ox.NamedNode(FINGERPRINT), None, self._build_graph)]
        if not found:
            return False
        return fingerprint is None or fingerprint in found

    def mark_built(self, fingerprint: str) -> None:
        if self.path is None:
            return
        ox = self._ox
        self.store.remove_graph(self._build_graph) if self.store.contains_named_graph(self._build_graph) else None
        self.store.add(ox.Quad(self._build_graph, ox.NamedNode(FINGERPRINT), ox.Literal(fingerprint), self._build_graph))
        self.store.flush()

    # -- whole graph -----------------------------------------------------------------------
    def to_rdflib(self):
        from rdflib import Graph

        conv = self._terms
        g = Graph()
        for q in self.store.quads_for_pattern(None, None, None, self._ox.DefaultGraph()):
            g.add((conv(q.subject), conv(q.predicate), conv(q.object)))
        return g

    def __len__(self) -> int:
        res = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(next(iter(res))[0].value)

    def close(self) -> None:
        if self.path is not None and not self.read_only:
            self.store.flush()
        self.store = None
