"""`scgov serve`: protocol conformance, refusals before evaluation, time limit, row cap, concurrency."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner
from rdflib import URIRef

from kg.server.app import ServerConfig, start_in_thread

TIMEOUT = 2.0
MAX_ROWS = 40
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~4,000³ rows: never finishes in time


@pytest.fixture(scope="module")
def server(synth_dir):
    srv, _thread = start_in_thread(ServerConfig(port=0, data=str(synth_dir), store="oxigraph", timeout=TIMEOUT, max_rows=MAX_ROWS, workers=3))
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}", srv
    finally:
        srv.close()


def call(url, *, data=None, headers=None, method=None, timeout=30):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers, resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read().decode("utf-8")


def get(base, query, accept=None, **extra):
    qs = urllib.parse.urlencode({"query": query, **extra})
    return call(f"{base}/sparql?{qs}", headers={"Accept": accept} if accept else {})


MINISTRIES = "SELECT ?org ?label WHERE { ?org a sg:LocalGovernment ; skos:prefLabel ?label FILTER(lang(?label) = 'ko') } ORDER BY ?org"


@pytest.fixture(scope="module")
def expected(synth_dir):
    """What the embedded store answers: the local governments (IRI, Korean label) and the largest council."""
    from kg.build import build
    from tests.store.suite import picks

    local = build(synth_dir, "oxigraph")
    rows = [(str(o), str(label)) for o, label in local.query(MINISTRIES).rows]
    assert len(rows) >= 3
    council = picks(local)["council"]
    members = local.query("SELECT ?m WHERE { ?m a org:Membership ; org:organization ?c }", {"c": URIRef(council)})
    label = local.query("SELECT ?l WHERE { ?c skos:prefLabel ?l FILTER(lang(?l) = 'en') }", {"c": URIRef(council)}).rows[0][0]
    return {"rows": rows, "ask": f"ASK {{ <{rows[0][0]}> a sg:LocalGovernment }}",
            "council": council, "members": len(members), "council_en": str(label)}


def test_select_in_every_results_format(server, expected):
    base, _ = server
    (first, first_label), n = expected["rows"][0], len(expected["rows"])
    status, headers, body = get(base, MINISTRIES, "application/sparql-results+json")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    doc = json.loads(body)
    assert doc["head"]["vars"] == ["org", "label"]
    rows = doc["results"]["bindings"]
    assert len(rows) == n and rows[0]["label"] == {"type": "literal", "value": first_label, "xml:lang": "ko"}
    assert headers["Access-Control-Allow-Origin"] == "*"

    status, headers, body = get(base, MINISTRIES, "application/sparql-results+xml")
    assert headers["Content-Type"].startswith("application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    results = ET.fromstring(body).findall("r:results/r:result", ns)
    assert len(results) == n
    assert results[0].find("r:binding[@name='label']/r:literal", ns).text == first_label

    status, headers, body = get(base, MINISTRIES, "text/csv")
    assert headers["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(body)))
    assert table[0] == ["org", "label"] and table[1] == [first, first_label] and len(table) == n + 1

    status, headers, body = get(base, MINISTRIES, "text/tab-separated-values")
    lines = body.splitlines()
    assert headers["Content-Type"].startswith("text/tab-separated-values")
    assert lines[0] == "?org\t?label" and lines[1] == f'<{first}>\t"{first_label}"@ko'


def test_post_forms_and_ask(server, expected):
    base, _ = server
    form = urllib.parse.urlencode({"query": expected["ask"]}).encode()
    status, headers, body = call(f"{base}/sparql", data=form, headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["boolean"] is True
    status, headers, body = call(f"{base}/sparql", data=MINISTRIES.encode(), headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and len(body.splitlines()) == len(expected["rows"]) + 1


def test_construct_in_rdf_formats(server, expected):
    from rdflib import Graph

    base, _ = server
    q = "CONSTRUCT { ?o skos:prefLabel ?l } WHERE { ?o a sg:LocalGovernment ; skos:prefLabel ?l }"
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")):
        status, headers, body = get(base, q, accept)
        assert status == 200 and headers["Content-Type"].startswith(accept)
        assert len(Graph().parse(data=body, format=fmt)) == 2 * len(expected["rows"])  # ko + en


def test_row_cap_is_flagged_never_silent(server):
    base, _ = server
    status, headers, body = get(base, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "application/sparql-results+json")
    assert status == 200
    assert headers["X-SCGOV-Truncated"] == "true" and headers["X-SCGOV-Rows"] == str(MAX_ROWS)
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    status, headers, _ = get(base, MINISTRIES)
    assert headers.get("X-SCGOV-Truncated") is None


def test_bad_sparql_is_400_with_position(server):
    base, _ = server
    status, _, body = get(base, "SELECT ?s WHERE { ?s ?p }")
    assert status == 400 and "line 1, column" in body
    status, _, _ = call(f"{base}/sparql")
    assert status == 400


def test_update_is_refused(server):
    base, _ = server
    status, _, body = call(f"{base}/sparql", data=b"INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }", headers={"Content-Type": "application/sparql-update"})
    assert status == 403 and "read-only" in body
    form = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
    assert call(f"{base}/sparql", data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    status, _, body = get(base, "DELETE WHERE { ?s ?p ?o }")
    assert status == 403 and "SPARQL Update" in body
    status, _, body = get(base, "LOAD <http://127.0.0.1:9/x.ttl>")
    assert status == 403
    assert json.loads(get(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[2])["results"]["bindings"][0]["n"]["value"] != "0"


@pytest.fixture()
def listener():
    """A loopback HTTP server that records every hit (it must get none)."""
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_POST = do_GET

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1], hits
    httpd.shutdown()
    httpd.server_close()


def test_service_and_from_are_refused_before_any_request(server, listener):
    base, _ = server
    port, hits = listener
    for q in (
        f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE SILENT <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ OPTIONAL {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }} }} }} }}",
        f"SELECT * FROM <http://127.0.0.1:{port}/data.ttl> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <http://127.0.0.1:{port}/g> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} FROM <http://127.0.0.1:{port}/c> WHERE {{ ?s ?p ?o }}",
    ):
        status, _, body = get(base, q)
        assert status == 403, (q, body)
        assert "not allowed" in body
    status, _, body = get(base, "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }")
    assert status == 403 and "FROM" in body and "root:" not in body
    status, _, _ = get(base, "SELECT * WHERE { ?s ?p ?o }", **{"default-graph-uri": f"http://127.0.0.1:{port}/g"})
    assert status == 403
    time.sleep(0.3)
    assert hits == []


def test_slow_query_is_stopped_within_the_limit_and_server_keeps_serving(server):
    base, srv = server
    restarts = srv.pool.restarts
    start = time.monotonic()
    status, _, body = get(base, SLOW)
    took = time.monotonic() - start
    assert status == 503 and "time limit" in body
    assert TIMEOUT <= took < TIMEOUT + 3
    assert srv.pool.restarts == restarts + 1  # the worker was killed, not left running
    assert get(base, MINISTRIES)[0] == 200
    status, _, body = get(base, "SELEC")
    assert status == 400
    assert get(base, MINISTRIES)[0] == 200


def test_named_queries_listed_and_runnable(server, expected):
    base, _ = server
    status, headers, body = call(f"{base}/queries")
    catalogue = {q["name"]: q for q in json.loads(body)}
    assert status == 200 and "list_members" in catalogue
    assert [p["name"] for p in catalogue["list_members"]["params"]] == ["body", "member"]
    qs = urllib.parse.urlencode({"body": f"<{expected['council']}>", "lang": "en"})
    status, headers, body = call(f"{base}/queries/list_members?{qs}", headers={"Accept": "text/csv"})
    rows = list(csv.DictReader(io.StringIO(body)))
    assert status == 200 and len(rows) == expected["members"] >= 5
    assert {r["bodyLabel"] for r in rows} == {expected["council_en"]}
    status, _, body = call(f"{base}/queries/list_members?body=no-such-body")
    assert status == 400 and "no entity named" in body
    status, _, body = call(f"{base}/queries/list_membrs")
    assert status == 404 and "list_members" in body


def test_page_works_offline_and_escapes(server):
    base, _ = server
    status, headers, body = call(f"{base}/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<textarea" in body and "/queries" in body or "queries" in body
    assert "http://" not in body.replace("http://www.w3.org", "") and "https://" not in body  # no CDN, nothing external
    assert ".innerHTML" not in body  # results go in with textContent only


def test_cors_preflight(server):
    base, _ = server
    status, headers, _ = call(f"{base}/sparql", method="OPTIONS")
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


def test_concurrent_clients_while_a_slow_query_runs(server, expected):
    base, _ = server
    errors, fast_times, deadline = [], [], time.monotonic() + 3.0
    slow_result = {}

    def slow():
        slow_result["status"] = get(base, SLOW)[0]

    def client():
        for _ in range(200):  # bounded
            if time.monotonic() > deadline:
                return
            t = time.monotonic()
            status, _, body = get(base, expected["ask"], "application/sparql-results+json")
            if status != 200 or json.loads(body)["boolean"] is not True:
                errors.append((status, body))
            fast_times.append(time.monotonic() - t)

    slow_thread = threading.Thread(target=slow)
    slow_thread.start()
    time.sleep(0.2)
    threads = [threading.Thread(target=client) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    slow_thread.join(30)
    assert errors == []
    assert len(fast_times) >= 40  # answered while the slow one held a worker
    assert sorted(fast_times)[len(fast_times) // 2] < 1.0
    assert slow_result["status"] == 503


def test_serve_command_help_and_options():
    from kg.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--store", "--timeout", "--max-rows", "Example:"):
        assert option in result.output
    assert "127.0.0.1" in result.output
