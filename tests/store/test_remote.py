"""The SPARQL-server backend against small fake servers on loopback: caps, timeouts, binding, auth."""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rdflib import Literal, URIRef

from kg.errors import StoreError
from kg.store import open_store


class Fake:
    """A loopback HTTP server whose answers a test sets; it records every request."""

    def __init__(self):
        self.requests = []
        self.rows = 0
        self.delay = 0.0
        self.headers = {}
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                fake.requests.append((self.path, dict(self.headers), urllib.parse.parse_qs(body)))
                time.sleep(fake.delay)
                doc = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": str(i)}} for i in range(fake.rows)]}}
                out = json.dumps(doc).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(out)))
                for k, v in fake.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(out)
                except OSError:
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def fake():
    f = Fake()
    yield f
    f.close()


def test_answer_at_the_cap_is_refused_not_truncated(fake):
    store = open_store(f"sparql+http://127.0.0.1:{fake.port}/sparql?max_rows=100")
    fake.rows = 99
    assert len(store.query("SELECT ?x WHERE { ?x ?p ?o }")) == 99
    fake.rows = 100
    with pytest.raises(StoreError, match="returned 100 rows, its result cap .100.: the answer may be truncated"):
        store.query("SELECT ?x WHERE { ?x ?p ?o }")


def test_virtuoso_truncation_header_is_refused(fake):
    store = open_store(f"sparql+http://127.0.0.1:{fake.port}/sparql")
    fake.rows, fake.headers = 3, {"X-SPARQL-MaxRows": "3"}
    with pytest.raises(StoreError, match="may be truncated"):
        store.query("SELECT ?x WHERE { ?x ?p ?o }")


def test_http_calls_time_out(fake):
    store = open_store(f"sparql+http://127.0.0.1:{fake.port}/sparql?timeout=0.5")
    fake.delay = 3
    start = time.monotonic()
    with pytest.raises(StoreError, match="no answer within 0.5 s"):
        store.query("SELECT ?x WHERE { ?x ?p ?o }")
    assert time.monotonic() - start < 2.5


def test_parameters_travel_as_a_values_block_and_graph_is_the_default_graph(fake):
    store = open_store(f"sparql+http://127.0.0.1:{fake.port}/sparql?graph=urn:scgov:test")
    fake.rows = 1
    store.query("SELECT ?x WHERE { ?x skos:prefLabel ?l }", {"l": Literal('a "quoted" } label', lang="ko")})
    _path, _headers, form = fake.requests[-1]
    assert form["default-graph-uri"] == ["urn:scgov:test"]
    sent = form["query"][0]
    assert 'WHERE { VALUES (?l) { ("a \\"quoted\\" } label"@ko) } ?x skos:prefLabel ?l }' in sent
    with pytest.raises(StoreError, match="not a valid IRI"):
        store.query("SELECT ?x WHERE { ?x ?p ?o }", {"o": URIRef("http://x/> } ; DROP ALL ; #")})


def test_unreachable_server_is_a_clear_error():
    store = open_store("sparql+http://127.0.0.1:9/sparql?timeout=2")
    with pytest.raises(StoreError, match="cannot reach the SPARQL server"):
        store.query("ASK { ?s ?p ?o }")


def test_read_only_server_cannot_be_loaded(fake, mini_dir):
    store = open_store(f"sparql+http://127.0.0.1:{fake.port}/sparql")
    assert store.is_built()  # nothing to load with: taken as it is
    with pytest.raises(StoreError, match="read-only: give update="):
        store.load_files([mini_dir / "registry.ttl"])


def test_blank_node_clusters_stay_in_one_chunk():
    from rdflib import BNode, Graph

    from kg.remote import _chunks

    g = Graph()
    for i in range(50):
        b, c = BNode(), BNode()
        g.add((URIRef(f"http://x/{i}"), URIRef("http://x/p"), b))
        g.add((b, URIRef("http://x/q"), c))
        g.add((c, URIRef("http://x/r"), Literal(i)))
    chunks = list(_chunks(g, 10))
    assert sum(len(c) for c in chunks) == 150
    for chunk in chunks:
        nodes = {t for s, p, o in chunk for t in (s, o) if isinstance(t, BNode)}
        assert all(any(o == n for s, p, o in chunk) or any(s == n for s, p, o in chunk) for n in nodes)
        for n in nodes:
            assert sum(1 for s, p, o in g if n in (s, o)) == sum(1 for s, p, o in chunk if n in (s, o))
