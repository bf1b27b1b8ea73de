"""The HTTP side of ``scgov serve``: a SPARQL 1.1 Protocol endpoint, named queries and a page.

Routes:

- ``GET|POST /sparql`` — ``query=`` (URL query or urlencoded form) or an
  ``application/sparql-query`` body. Results by content negotiation (``Accept``) or
  ``format=json|xml|csv|tsv|turtle|nt|jsonld``. Updates (``update=``,
  ``application/sparql-update``, or update text) get 403; ``SERVICE`` and ``FROM`` get 403
  before anything is evaluated; bad SPARQL gets 400 with line and column; a query past the time
  limit is stopped and gets 503.
- ``GET /queries`` — the named queries (JSON); ``GET /queries/NAME?PARAM=…&lang=ko`` runs one.
- ``GET /`` — a page with a query editor and the named queries (no external resources).

Every answer carries CORS headers; a result cut at ``max_rows`` says so in
``X-SCGOV-Truncated: true`` (and ``X-SCGOV-Rows``).
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..errors import KGError, ParameterError, QuerySyntaxError, QueryTimeout, UnknownQueryError, UnsafeQueryError
from .pool import Job, WorkerPool
from .safety import UPDATE_REFUSED, check_safe

MAX_BODY = 1_000_000
RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {"turtle": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json"}
_ALIASES = {
    "application/json": "json", "application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
    "application/xml": "xml", "text/xml": "xml", "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/n-triples": "nt", "text/plain": "nt",
    "application/ld+json": "jsonld",
}
_GRAPH_FORMS = ("ConstructQuery", "DescribeQuery")


@dataclass
class ServerConfig:
    """How ``scgov serve`` runs."""

    host: str = "127.0.0.1"
    port: int = 8000
    data: str | None = None
    store: str | None = None
    timeout: float = 5.0
    max_rows: int = 10_000
    workers: int = 3


def negotiate(accept: str | None, fmt: str | None, graph: bool) -> str:
    """The wire format for a result: ``format=`` wins, then the best ``Accept`` match, then the default.

    Examples
    --------
    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", None, False)
    'xml'
    >>> negotiate("*/*", None, True), negotiate(None, "tsv", False)
    ('turtle', 'tsv')
    """
    allowed = GRAPH_TYPES if graph else RESULT_TYPES
    if fmt:
        fmt = _ALIASES.get(fmt, fmt)
        if fmt not in allowed:
            raise ParameterError(f"format={fmt!r} does not fit this query: use one of {', '.join(allowed)}")
        return fmt
    ranked = []
    for i, part in enumerate((accept or "").split(",")):
        mime, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            k, _, v = p.strip().partition("=")
            if k == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, mime.strip().lower()))
    for _q, _i, mime in sorted(ranked):
        if _q == 0:
            continue
        key = _ALIASES.get(mime)
        if key in allowed:
            return key
    return "turtle" if graph else "json"


class SparqlServer(ThreadingHTTPServer):
    """A threaded HTTP server holding the worker pool."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, config: ServerConfig, pool: WorkerPool):
        self.config = config
        self.pool = pool
        super().__init__((config.host, config.port), Handler)

    def close(self) -> None:
        """Stop serving and stop the workers."""
        self.shutdown()
        self.server_close()
        self.pool.close()


class Handler(BaseHTTPRequestHandler):
    """One HTTP request."""

    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "scgov-sparql"

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)

    # -- plumbing --------------------------------------------------------------------------
    def _send(self, status: int, body: bytes, content_type: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "X-SCGOV-Truncated, X-SCGOV-Rows")
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise _HttpError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
        return self.rfile.read(length) if length else b""

    def do_OPTIONS(self):  # noqa: N802 - http.server's naming
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):  # noqa: N802
        self.do_GET()

    def do_GET(self):  # noqa: N802
        self._dispatch(b"")

    def do_POST(self):  # noqa: N802
        try:
            body = self._body()
        except _HttpError as exc:
            self._error(exc.status, exc.message)
            return
        self._dispatch(body)

    def _dispatch(self, body: bytes) -> None:
        url = urllib.parse.urlsplit(self.path)
        try:
            if url.path in ("/", "/index.html") and self.command != "POST":
                page = (Path(__file__).parent / "page.html").read_bytes()
                self._send(200, page, "text/html; charset=utf-8", {"Content-Security-Policy": "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"})
            elif url.path == "/sparql":
                self._sparql(url, body)
            elif url.path == "/queries" and self.command != "POST":
                self._send(200, json.dumps(_catalogue(), ensure_ascii=False, indent=1).encode("utf-8"), "application/json; charset=utf-8")
            elif url.path.startswith("/queries/"):
                self._named(urllib.parse.unquote(url.path[len("/queries/"):]), url, body)
            else:
                self._error(404, f"nothing at {url.path}: try /sparql, /queries or /")
        except _HttpError as exc:
            self._error(exc.status, exc.message)
        except UnsafeQueryError as exc:
            self._error(403, str(exc))
        except QueryTimeout as exc:
            self._error(503, str(exc))
        except (QuerySyntaxError, ParameterError) as exc:
            self._error(400, str(exc))
        except UnknownQueryError as exc:
            self._error(404, str(exc))
        except KGError as exc:
            self._error(500, str(exc))
        except (BrokenPipeError, ConnectionResetError):
            pass

    # -- SPARQL ----------------------------------------------------------------------------
    def _sparql(self, url, body: bytes) -> None:
        args = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if self.command == "POST":
            if ctype == "application/sparql-update":
                raise UnsafeQueryError(UPDATE_REFUSED)
            if ctype == "application/sparql-query":
                args.setdefault("query", []).append(_text(body))
            elif ctype in ("application/x-www-form-urlencoded", ""):
                for k, v in urllib.parse.parse_qs(_text(body), keep_blank_values=True).items():
                    args.setdefault(k, []).extend(v)
            else:
                raise _HttpError(415, f"unsupported Content-Type {ctype!r}: use application/x-www-form-urlencoded or application/sparql-query")
        if "update" in args:
            raise UnsafeQueryError(UPDATE_REFUSED)
        for key in ("default-graph-uri", "named-graph-uri"):
            if args.get(key):
                raise UnsafeQueryError(f"{key} is not allowed: this endpoint serves its one graph")
        queries = args.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            raise _HttpError(400, "give exactly one query: /sparql?query=… (GET), a query=… form or an application/sparql-query body (POST)")
        checked = check_safe(queries[0])
        fmt = negotiate(self.headers.get("Accept"), _one(args, "format"), checked.form in _GRAPH_FORMS)
        self._run(Job("sparql", fmt, self.server.config.max_rows, text=queries[0]), fmt)

    def _named(self, name: str, url, body: bytes) -> None:
        from ..catalog import get_query
        from ..query import LANGS

        query = get_query(name)
        args = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if self.command == "POST":
            for k, v in urllib.parse.parse_qs(_text(body), keep_blank_values=True).items():
                args.setdefault(k, []).extend(v)
        lang = _one(args, "lang") or "ko"
        if lang not in LANGS:
            raise ParameterError(f"lang={lang!r}: use one of {', '.join(LANGS)}")
        params = {k: v[-1] for k, v in args.items() if k not in ("lang", "format") and v and v[-1] != ""}
        form = check_safe(query.text).form
        fmt = negotiate(self.headers.get("Accept"), _one(args, "format"), form in _GRAPH_FORMS)
        self._run(Job("named", fmt, self.server.config.max_rows, name=name, params=params, lang=lang), fmt)

    def _run(self, job: Job, fmt: str) -> None:
        answer = self.server.pool.run(job, self.server.config.timeout)
        if answer.error:
            status = {"QuerySyntaxError": 400, "ParameterError": 400, "ResolutionError": 400, "UnknownQueryError": 404,
                      "UnsafeQueryError": 403}.get(answer.error, 500)
            self._error(status, answer.message)
            return
        ctype = {**RESULT_TYPES, **GRAPH_TYPES}[fmt] + "; charset=utf-8"
        headers = {"X-SCGOV-Rows": str(answer.rows)}
        if answer.truncated:
            headers["X-SCGOV-Truncated"] = "true"
            headers["Warning"] = f'199 scgov "result cut at {self.server.config.max_rows} rows (--max-rows)"'
        self._send(200, answer.body, ctype, headers)


class _HttpError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = int(status)
        self.message = message


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise _HttpError(400, "the request body is not UTF-8") from None


def _one(args: dict, key: str) -> str | None:
    values = args.get(key)
    return values[-1] if values else None


def _catalogue() -> list[dict]:
    from ..catalog import named_queries

    return [
        {
            "name": q.name, "title": q.title, "description": q.description,
            "params": [{"name": p.name, "description": p.description, "datatype": p.datatype, "required": p.required} for p in q.params],
            "examples": list(q.examples), "sparql": q.text,
        }
        for q in named_queries().values()
    ]


def make_server(config: ServerConfig) -> SparqlServer:
    """Build the graph once (so a persistent store is ready), start the workers, bind the socket."""
    from ..build import build
    from ..store import open_store

    store = build(config.data, open_store(config.store))
    store.close()
    del store
    pool = WorkerPool(config.data, config.store, config.workers)
    try:
        return SparqlServer(config, pool)
    except OSError:
        pool.close()
        raise


def start_in_thread(config: ServerConfig) -> tuple[SparqlServer, threading.Thread]:
    """A running server in a background thread (for tests and notebooks); ``server.close()`` stops it."""
    server = make_server(config)
    thread = threading.Thread(target=server.serve_forever, daemon=True, name="scgov-serve")
    thread.start()
    return server, thread
