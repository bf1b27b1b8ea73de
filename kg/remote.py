"""The SPARQL-server backend: any SPARQL 1.1 Protocol server (Virtuoso, Fuseki, GraphDB, …).

Spec (see docs/stores.md)::

    sparql+http://HOST:PORT/PATH?graph=IRI&update=URL|PATH&gsp=URL|PATH&user=NAME&timeout=S&max_rows=N

- the part before ``?`` (with ``http``/``https``) is the **query endpoint**;
- ``graph`` — the named graph that holds our graph (default :data:`DEFAULT_GRAPH`); queries
  use it as their default graph (``default-graph-uri``), loading clears and refills it;
- ``update`` — the SPARQL Update endpoint used for loading (absolute URL, or a path on the same
  server such as ``/sparql-auth`` for Virtuoso); or ``gsp`` — a Graph Store Protocol endpoint
  (Virtuoso: ``/sparql-graph-crud-auth``). Without either the store is read-only and is taken
  as already loaded;
- ``user`` and the password from ``$SCGOV_SPARQL_PASSWORD`` (or ``$SCGOV_SPARQL_USER``; a
  ``user:password@`` in the URL works too, but ends up in shell history): HTTP Digest or Basic
  authentication, whichever the server asks for;
- ``timeout`` — seconds for each HTTP call (default 60); ``max_rows`` — the server's result cap
  (default 10000, Virtuoso's ``ResultSetMaxRows``): an answer with that many rows, or with
  Virtuoso's ``X-SPARQL-MaxRows`` header, is refused as possibly truncated — never returned.

Parameters are bound with a ``VALUES`` block (:func:`kg.sparql.bind_values`): the protocol has
no bindings. Only the standard library talks HTTP (rdflib's SPARQLStore ignores its timeout).
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .errors import StoreError
from .results import QueryResult
from .store import BUILD_GRAPH, FINGERPRINT, Store

DEFAULT_GRAPH = "https://w3id.org/scgov/graph"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_ROWS = 10_000
CHUNK_TRIPLES = 2_000
CHUNK_TEMPLATE = 200
ENV_USER = "SCGOV_SPARQL_USER"
ENV_PASSWORD = "SCGOV_SPARQL_PASSWORD"
_KEYS = {"graph", "update", "gsp", "user", "timeout", "max_rows"}
_SELECT_ACCEPT = "application/sparql-results+json"
_GRAPH_ACCEPT = "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8"


class SparqlHttpStore(Store):
    """A graph kept in a named graph of a SPARQL 1.1 Protocol server."""

    def __init__(self, endpoint: str, *, graph: str = DEFAULT_GRAPH, update: str | None = None, gsp: str | None = None,
                 user: str | None = None, password: str | None = None, timeout: float = DEFAULT_TIMEOUT,
                 max_rows: int = DEFAULT_MAX_ROWS, spec: str | None = None, read_only: bool = False):
        super().__init__()
        self.endpoint = endpoint
        self.graph = graph
        self.update_url = urllib.parse.urljoin(endpoint, update) if update else None
        self.gsp_url = urllib.parse.urljoin(endpoint, gsp) if gsp else None
        self.timeout = float(timeout)
        self.max_rows = int(max_rows)
        self.read_only = read_only
        self.spec = spec or f"sparql+{endpoint}"
        self.marker = f"{BUILD_GRAPH}:{graph}"
        handlers = []
        if user:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in filter(None, (endpoint, self.update_url, self.gsp_url)):
                manager.add_password(None, url, user, password or "")
            handlers = [urllib.request.HTTPDigestAuthHandler(manager), urllib.request.HTTPBasicAuthHandler(manager)]
        self._opener = urllib.request.build_opener(*handlers)

    @classmethod
    def from_spec(cls, spec: str, **options) -> "SparqlHttpStore":
        """Parse ``sparql+http(s)://…`` (see the module docstring)."""
        url = spec.removeprefix("sparql+")
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"bad store {spec!r}: use sparql+http://HOST[:PORT]/PATH or sparql+https://…")
        query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
        unknown = sorted(set(query) - _KEYS)
        if unknown:
            raise StoreError(f"bad store {spec!r}: unknown setting {', '.join(unknown)} (use {', '.join(sorted(_KEYS))})")
        get = {k: v[-1] for k, v in query.items()}
        user = get.get("user") or (urllib.parse.unquote(parts.username) if parts.username else None) or os.environ.get(ENV_USER)
        password = (urllib.parse.unquote(parts.password) if parts.password else None) or os.environ.get(ENV_PASSWORD)
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        if ":" in parts.hostname:
            netloc = f"[{parts.hostname}]" + (f":{parts.port}" if parts.port else "")
        endpoint = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path or "/", "", ""))
        try:
            timeout = float(get.get("timeout", DEFAULT_TIMEOUT))
            max_rows = int(get.get("max_rows", DEFAULT_MAX_ROWS))
        except ValueError:
            raise StoreError(f"bad store {spec!r}: timeout and max_rows must be numbers") from None
        shown = "sparql+" + urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
        return cls(endpoint, graph=get.get("graph") or DEFAULT_GRAPH, update=get.get("update"), gsp=get.get("gsp"),
                   user=user, password=password, timeout=timeout, max_rows=max_rows, spec=shown,
                   read_only=options.get("read_only", False))

    # -- HTTP ------------------------------------------------------------------------------
    def _request(self, url: str, *, data: bytes | None = None, content_type: str | None = None,
                 accept: str | None = None, method: str | None = None):
        headers = {"User-Agent": "scgov-kg"}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            resp = self._opener.open(req, timeout=self.timeout)
            body = resp.read()
            return resp, body
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip()
            detail = " ".join(detail.split())[:500]
            hint = " (check user and $SCGOV_SPARQL_PASSWORD)" if exc.code in (401, 403) else ""
            raise StoreError(f"{url}: HTTP {exc.code} {exc.reason}{hint}: {detail}") from None
        except TimeoutError:
            raise StoreError(f"{url}: no answer within {self.timeout:g} s (set timeout= in the store spec)") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError) or "timed out" in str(reason):
                raise StoreError(f"{url}: no answer within {self.timeout:g} s (set timeout= in the store spec)") from None
            raise StoreError(f"{url}: cannot reach the SPARQL server: {reason}") from None
        except OSError as exc:
            raise StoreError(f"{url}: {exc}") from None

    def _post_query(self, text: str, accept: str, *, default_graph: bool = True):
        form = {"query": text}
        if default_graph:
            form["default-graph-uri"] = self.graph
        data = urllib.parse.urlencode(form).encode("utf-8")
        return self._request(self.endpoint, data=data, content_type="application/x-www-form-urlencoded", accept=accept)

    def _update(self, text: str) -> None:
        if self.update_url is None:
            raise StoreError(f"{self.spec} is read-only: give update=/PATH (SPARQL Update) or gsp=/PATH (Graph Store Protocol) to load it")
        data = urllib.parse.urlencode({"update": text}).encode("utf-8")
        self._request(self.update_url, data=data, content_type="application/x-www-form-urlencoded")

    # -- queries ---------------------------------------------------------------------------
    def _query(self, text, form, bindings):
        from .sparql import bind_values

        text = bind_values(text, bindings)
        if form in ("ConstructQuery", "DescribeQuery"):
            resp, body = self._post_query(text, _GRAPH_ACCEPT)
            graph = _parse_graph(body, resp.headers.get("Content-Type", ""))
            self._check_cap(resp, len(graph), "triples")
            return QueryResult("graph", graph=graph)
        resp, body = self._post_query(text, _SELECT_ACCEPT)
        result = _parse_results_json(body)
        if result.kind == "select":
            self._check_cap(resp, len(result.rows), "rows")
        return result

    def _check_cap(self, resp, count: int, what: str) -> None:
        capped = resp.headers.get("X-SPARQL-MaxRows")
        if capped or (self.max_rows and count >= self.max_rows):
            cap = capped or self.max_rows
            raise StoreError(
                f"{self.endpoint} returned {count} {what}, its result cap ({cap}): the answer may be truncated, "
                f"so it is refused. Raise the server's limit (Virtuoso: [SPARQL] ResultSetMaxRows in virtuoso.ini) "
                f"and max_rows= in the store spec, or narrow the query (LIMIT, parameters)."
            )

    def _select_rows(self, text: str, *, default_graph: bool = True):
        resp, body = self._post_query(text, _SELECT_ACCEPT, default_graph=default_graph)
        result = _parse_results_json(body)
        return result

    # -- loading ---------------------------------------------------------------------------
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.spec} is open read-only")
        if self.update_url is None and self.gsp_url is None:
            raise StoreError(f"{self.spec} is read-only: give update=/PATH (SPARQL Update) or gsp=/PATH (Graph Store Protocol) to load it")

    def add_graph(self, graph) -> None:
        """Upload the triples in chunks; a blank node's triples always travel in one chunk.

        With SPARQL Update, triples without blank nodes go as ``INSERT DATA``; blank-node
        clusters as ``INSERT { … } WHERE {}`` in smaller chunks (Virtuoso refuses blank nodes
        in ``INSERT DATA`` and compiles each template triple to SQL, with a size limit).
        """
        from rdflib import BNode

        self._writable()
        if self.gsp_url:
            url = self.gsp_url + ("&" if "?" in self.gsp_url else "?") + urllib.parse.urlencode({"graph": self.graph})
            for chunk in _chunks(graph, CHUNK_TRIPLES):
                body = "".join(_nt(s, p, o) for s, p, o in chunk).encode("utf-8")
                self._request(url, data=body, content_type="application/n-triples", method="POST")
        else:
            plain = [t for t in graph if not isinstance(t[0], BNode) and not isinstance(t[2], BNode)]
            blank = [t for t in graph if isinstance(t[0], BNode) or isinstance(t[2], BNode)]
            for chunk in _chunks(plain, CHUNK_TRIPLES):
                triples = "".join(_nt(s, p, o) for s, p, o in chunk)
                self._update(f"INSERT DATA {{ GRAPH <{self.graph}> {{\n{triples}}} }}")
            for chunk in _chunks(blank, CHUNK_TEMPLATE):
                triples = "".join(_nt(s, p, o) for s, p, o in chunk)
                self._update(f"INSERT {{ GRAPH <{self.graph}> {{\n{triples}}} }} WHERE {{}}")
        self.cache.clear()

    def load_files(self, paths, replace: bool = False) -> None:
        """Parse every file here first (all or nothing), then clear the graph if *replace*, then upload."""
        from .rdfio import parse_files

        self._writable()
        graph = parse_files([Path(p) for p in paths])
        if replace:
            self.clear()
        self.add_graph(graph)

    def clear(self) -> None:
        self._writable()
        if self.gsp_url and not self.update_url:
            for graph in (self.graph, self.marker):
                url = self.gsp_url + ("&" if "?" in self.gsp_url else "?") + urllib.parse.urlencode({"graph": graph})
                try:
                    self._request(url, method="DELETE")
                except StoreError as exc:
                    if "HTTP 404" not in str(exc):
                        raise
        else:
            self._update(f"CLEAR SILENT GRAPH <{self.graph}> ;\nCLEAR SILENT GRAPH <{self.marker}>")
        self.cache.clear()

    # -- the build record ------------------------------------------------------------------
    def is_built(self, fingerprint: str | None = None) -> bool:
        if self.update_url is None and self.gsp_url is None:
            return True  # a read-only server holds whatever it holds
        from .terms import sparql_term
        from rdflib import Literal

        cond = f"FILTER(?f = {sparql_term(Literal(fingerprint))})" if fingerprint else ""
        text = f"ASK {{ GRAPH <{self.marker}> {{ <{self.marker}> <{FINGERPRINT}> ?f {cond} }} }}"
        resp, body = self._post_query(text, _SELECT_ACCEPT, default_graph=False)
        return bool(_parse_results_json(body).boolean)

    def mark_built(self, fingerprint: str) -> None:
        from rdflib import Graph, Literal, URIRef

        saved, self.graph = self.graph, self.marker
        try:
            self.add_graph(Graph().add((URIRef(self.marker), URIRef(FINGERPRINT), Literal(fingerprint))))
        finally:
            self.graph = saved

    # -- whole graph -----------------------------------------------------------------------
    def __len__(self) -> int:
        result = self._select_rows("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(result.rows[0][0])

    def to_rdflib(self):
        """The whole graph, fetched page by page (ORDER BY + OFFSET/LIMIT below the server's cap)."""
        from rdflib import Graph

        page = max(1, min(self.max_rows - 1 if self.max_rows else 10_000, 10_000))
        g = Graph()
        offset = 0
        while True:
            text = (f"SELECT ?s ?p ?o WHERE {{ {{ SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} ORDER BY ?s ?p ?o }} }} "
                    f"OFFSET {offset} LIMIT {page}")
            rows = self._select_rows(text).rows
            for row in rows:
                g.add(row)
            if len(rows) < page:
                return g
            offset += page


def _nt(s, p, o) -> str:
    from rdflib import BNode

    from .terms import sparql_term

    def term(t):
        if isinstance(t, BNode):
            return "_:b" + "".join(c for c in str(t) if c.isalnum())
        return sparql_term(t)

    return f"{term(s)} {term(p)} {term(o)} .\n"


def _chunks(graph, size: int):
    """Lists of about *size* triples; the triples of each blank-node cluster stay together."""
    from rdflib import BNode

    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    plain, with_bnodes = [], []
    for t in graph:
        nodes = [x for x in (t[0], t[2]) if isinstance(x, BNode)]
        if not nodes:
            plain.append(t)
            continue
        with_bnodes.append((t, nodes[0]))
        if len(nodes) == 2:
            a, b = find(nodes[0]), find(nodes[1])
            if a != b:
                parent[a] = b
    groups: dict = {}
    for t, node in with_bnodes:
        groups.setdefault(find(node), []).append(t)
    chunk: list = []
    for group in groups.values():
        if chunk and len(chunk) + len(group) > size:
            yield chunk
            chunk = []
        chunk.extend(group)
    for t in plain:
        if len(chunk) >= size:
            yield chunk
            chunk = []
        chunk.append(t)
    if chunk:
        yield chunk


def _parse_results_json(body: bytes) -> QueryResult:
    """A W3C SPARQL JSON results document (also SPARQL 1.0's ``typed-literal``) as a :class:`QueryResult`."""
    from rdflib import BNode, Literal, URIRef

    from .terms import XSD_STRING, canonical

    try:
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(f"the SPARQL server sent an answer that is not SPARQL JSON results: {exc}") from None
    if "boolean" in doc:
        return QueryResult("ask", boolean=bool(doc["boolean"]))
    vars_ = list(doc.get("head", {}).get("vars", []))
    memo: dict = {}

    def term(b):
        if b is None:
            return None
        key = (b.get("type"), b.get("value"), b.get("xml:lang"), b.get("datatype"))
        hit = memo.get(key)
        if hit is not None:
            return hit
        kind, value = key[0], key[1]
        if kind == "uri":
            out = URIRef(value)
        elif kind == "bnode":
            out = BNode(value.removeprefix("nodeID://"))
        elif key[2]:
            out = canonical(Literal(value, lang=key[2]))
        elif key[3] and key[3] != XSD_STRING:
            out = canonical(Literal(value, datatype=URIRef(key[3]), normalize=False))
        else:
            out = Literal(value)
        memo[key] = out
        return out

    rows = [tuple(term(b.get(v)) for v in vars_) for b in doc.get("results", {}).get("bindings", [])]
    return QueryResult("select", vars_, rows)


def _parse_graph(body: bytes, content_type: str):
    from rdflib import Graph

    from .terms import canonical

    mime = content_type.split(";")[0].strip().lower()
    fmt = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle", "application/rdf+xml": "xml",
           "application/ld+json": "json-ld"}.get(mime, "turtle")
    raw = Graph()
    try:
        raw.parse(data=body.decode("utf-8"), format=fmt)
    except Exception as exc:  # rdflib raises many types
        raise StoreError(f"the SPARQL server sent a graph that cannot be read ({mime}): {exc}") from None
    g = Graph()
    for s, p, o in raw:
        g.add((s, p, canonical(o)))
    return g
