"""Integration: a real Virtuoso on loopback, loaded and queried through scgov's own commands."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import URIRef

from kg.build import build
from kg.cli import cli
from kg.errors import StoreError
from kg.store import open_store
from tests.store import virtuoso
from tests.store.suite import picks, run_suite, suite_params

PASSWORD = "dba"  # a fresh Virtuoso database's dba password


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    if virtuoso.binary() is None:
        pytest.skip(virtuoso.INSTALL_HINT)
    srv = virtuoso.Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture()
def password(monkeypatch):
    monkeypatch.setenv("SCGOV_SPARQL_PASSWORD", PASSWORD)


def spec(server, **extra) -> str:
    settings = {"update": "/sparql-auth", "user": "dba", "graph": "https://w3id.org/scgov/graph", "max_rows": str(virtuoso.MAX_ROWS), **extra}
    return f"sparql+{server.endpoint}?" + "&".join(f"{k}={v}" for k, v in settings.items())


@pytest.fixture(scope="session")
def loaded(server, synth_dir):
    """The synthetic graph loaded into Virtuoso by `scgov build` (SPARQL Update with Digest auth)."""
    import os

    os.environ["SCGOV_SPARQL_PASSWORD"] = PASSWORD
    try:
        result = CliRunner().invoke(cli, ["--data", str(synth_dir), "--store", spec(server), "build", "--no-validate", "--lang", "en"])
    finally:
        del os.environ["SCGOV_SPARQL_PASSWORD"]
    assert result.exit_code == 0, result.output
    return result.output


def test_build_loads_the_graph_there(loaded, server, synth_dir, password):
    expected = len(build(synth_dir, "memory"))
    assert f"Graph: {expected} triples" in loaded
    assert len(open_store(spec(server))) == expected


def test_named_query_suite_same_as_embedded(loaded, server, synth_dir, password):
    remote = build(synth_dir, spec(server))  # reuses the loaded graph: the build record matches
    reference = build(synth_dir, "memory")
    params = suite_params(reference)
    assert picks(remote) == picks(reference)  # the picking queries (GROUP BY, ORDER BY, LIMIT) agree too
    expected = run_suite(reference, params)
    got = run_suite(remote, params)
    for key in expected:
        assert got[key] == expected[key], f"Virtuoso: {key} differs"


def test_cli_query_runs_unchanged(loaded, server, synth_dir, password):
    from kg.namespaces import shorten

    reference = build(synth_dir, "memory")
    council = picks(reference)["council"]
    members = len(reference.query("SELECT ?m WHERE { ?m a org:Membership ; org:organization ?c }", {"c": URIRef(council)}))
    args = ["--data", str(synth_dir), "query", "list_members", "--param", f"body={shorten(council)}", "--format", "csv", "--lang", "en"]
    local = CliRunner().invoke(cli, ["--store", "memory", *args])
    remote = CliRunner().invoke(cli, ["--store", spec(server), *args])
    assert remote.exit_code == 0, remote.output
    assert sorted(remote.output.splitlines()) == sorted(local.output.splitlines())
    assert len(remote.output.splitlines()) == members + 1 > 5


def test_second_build_reuses_the_loaded_graph(loaded, server, synth_dir, password, monkeypatch):
    store = open_store(spec(server))
    monkeypatch.setattr(type(store), "load_files", lambda *a, **k: pytest.fail("reloaded an unchanged build"))
    build(synth_dir, store)


def test_truncated_answers_are_refused(loaded, server, password):
    store = open_store(spec(server))
    with pytest.raises(StoreError, match="may be truncated"):
        store.query("SELECT * WHERE { ?s ?p ?o }")
    # Even when the cap is not configured, Virtuoso's X-SPARQL-MaxRows header gives it away.
    store = open_store(spec(server, max_rows="0"))
    with pytest.raises(StoreError, match="may be truncated"):
        store.query("SELECT * WHERE { ?s ?p ?o }")


def test_whole_graph_is_fetched_page_by_page(loaded, server, synth_dir, password):
    graph = open_store(spec(server)).to_rdflib()
    assert len(graph) == len(build(synth_dir, "memory")) > virtuoso.MAX_ROWS


def test_graph_store_protocol_loading(server, mini_dir, password):
    store = build(mini_dir, spec(server, update="", gsp="/sparql-graph-crud-auth", graph="urn:scgov:test-gsp"))
    assert len(store) == len(build(mini_dir, "memory"))
    assert store.query("ASK { sgr:molit a sg:Ministry }").boolean
    quote = store.query("SELECT ?q WHERE { ?e sg:quote ?q }").rows[0][0]
    assert str(quote) == '협의체 "구성"\n둘째 줄'


def test_writes_without_credentials_are_refused(server, mini_dir, monkeypatch):
    monkeypatch.delenv("SCGOV_SPARQL_PASSWORD", raising=False)
    store = open_store(f"sparql+{server.endpoint}?update=/sparql-auth&graph=urn:scgov:nope")
    with pytest.raises(StoreError, match="HTTP 401"):
        build(mini_dir, store)
