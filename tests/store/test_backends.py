"""The three stores behind one interface: same answers, native loading, persistence, binding."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.build import build
from kg.errors import DataError, ParameterError, StoreError
from kg.sparql import bind_values
from kg.store import BACKENDS, DEFAULT_STORE, open_store
from tests.store.suite import picks, run_suite, suite_params

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_open_store_specs(tmp_path):
    assert set(BACKENDS) == {"memory", "oxigraph", "sparql"}
    assert open_store("memory").spec == "memory"
    assert open_store("oxigraph").spec == "oxigraph"
    assert open_store(f"oxigraph:{tmp_path / 'db'}").spec == f"oxigraph:{tmp_path / 'db'}"
    remote = open_store("sparql+http://127.0.0.1:9/sparql?update=/sparql-auth&graph=urn:g&user=dba&timeout=3&max_rows=50")
    assert (remote.endpoint, remote.update_url, remote.graph, remote.timeout, remote.max_rows) == (
        "http://127.0.0.1:9/sparql", "http://127.0.0.1:9/sparql-auth", "urn:g", 3.0, 50)
    with pytest.raises(StoreError, match="unknown setting pasword"):
        open_store("sparql+http://127.0.0.1:9/sparql?pasword=x")
    with pytest.raises(StoreError, match="unknown store 'nosuch'.*oxigraph:PATH"):
        open_store("nosuch")


def test_env_var_picks_the_store(monkeypatch):
    monkeypatch.setenv("SCGOV_STORE", "memory")
    assert open_store().spec == "memory"
    monkeypatch.delenv("SCGOV_STORE")
    assert open_store().spec == DEFAULT_STORE


@pytest.fixture(scope="module")
def built(synth_dir, tmp_path_factory):
    db = tmp_path_factory.mktemp("oxdb") / "store"
    return {
        "memory": build(synth_dir, "memory"),
        "oxigraph": build(synth_dir, "oxigraph"),
        "oxigraph:PATH": build(synth_dir, f"oxigraph:{db}"),
    }


@pytest.fixture(scope="module")
def params(built):
    """The workload, picked on the reference engine."""
    return suite_params(built["memory"])


def test_workload_is_picked_from_the_graph_and_complete(built, params):
    from kg.catalog import named_queries

    chosen = picks(built["memory"])
    assert None not in chosen.values(), chosen  # the synthetic graph has every kind of thing
    assert set(params) == set(named_queries())
    # every set survived (no entity missing), and every query with parameters has a bound set
    assert sum(len(sets) for sets in params.values()) == 27
    assert all(any(p for p in sets) for name, sets in params.items() if name != "count_organizations_by_sector")
    # the picking queries (GROUP BY, ORDER BY, LIMIT, a bound ?org) agree on every engine
    for name in ("oxigraph", "oxigraph:PATH"):
        assert picks(built[name]) == chosen, name


def test_named_query_suite_identical_on_every_embedded_backend(built, params):
    expected = run_suite(built["memory"], params)
    assert sum(len(rows) for _vars, rows in expected.values()) > 400  # real answers, not empty ones
    assert all(rows for key, (_vars, rows) in expected.items()), [k for k, (_v, r) in expected.items() if not r]
    # the council's members: as many rows as the graph holds memberships of that council
    council = picks(built["memory"])["council"]
    count = built["memory"].query("SELECT (COUNT(?m) AS ?n) WHERE { ?m a org:Membership ; org:organization ?c }",
                                  {"c": URIRef(council)}).rows[0][0]
    body = next(p for p in params["list_members"] if "body" in p)
    assert len(expected[("list_members", tuple(body.items()))][1]) == int(count) >= 5
    for name in ("oxigraph", "oxigraph:PATH"):
        got = run_suite(built[name], params)
        for key in expected:
            assert got[key] == expected[key], f"{name}: {key} differs"


def test_sizes_agree(built):
    assert len(built["memory"]) == len(built["oxigraph"]) == len(built["oxigraph:PATH"]) > 1000


def test_terms_are_identical_across_backends(mini_dir):
    text = "SELECT ?p ?o WHERE { sgr:m1 ?p ?o FILTER(isLiteral(?o)) } ORDER BY ?p"
    mem = build(mini_dir, "memory").query(text).rows
    ox = build(mini_dir, "oxigraph").query(text).rows
    assert mem == ox
    values = {str(p).rsplit("#", 1)[1]: o for p, o in mem}
    assert values["share"] == Literal("1.5", datatype=URIRef(XSD + "decimal"))
    assert str(values["weight"]) == "1" and str(values["flag"]) == "true" and str(values["headcount"]) == "12"
    labels = build(mini_dir, "oxigraph").query("SELECT ?l WHERE { sgr:molit skos:prefLabel ?l FILTER(lang(?l) = 'en') }").rows
    assert labels == [(Literal("Ministry of Land", lang="en"),)]
    quote = build(mini_dir, "oxigraph").query("SELECT ?q WHERE { ?e sg:quote ?q }").rows[0][0]
    assert str(quote) == '협의체 "구성"\n둘째 줄' and quote.language == "ko"


def test_construct_and_ask_agree(mini_dir):
    for spec in ("memory", "oxigraph"):
        store = build(mini_dir, spec)
        assert store.query("ASK { sgr:molit a sg:Ministry }").boolean is True
        g = store.query("CONSTRUCT { ?s skos:prefLabel ?l } WHERE { ?s skos:prefLabel ?l }").graph
        assert (URIRef("https://w3id.org/scgov/id/molit"), URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("Ministry of Land", lang="en")) in g


def test_parameters_are_bound_by_the_engine_not_pasted(mini_dir):
    """A value that would break out of a pasted IRI stays one (non-matching) term."""
    hostile = URIRef("https://w3id.org/scgov/id/molit> } UNION { ?s ?p ?o")
    for spec in ("memory", "oxigraph"):
        store = build(mini_dir, spec)
        try:
            assert store.query("SELECT ?l WHERE { ?s skos:prefLabel ?l }", {"s": hostile}).rows == []
        except ParameterError as exc:  # Oxigraph refuses the IRI outright
            assert "Invalid IRI" in str(exc)
        with pytest.raises(StoreError, match="not a valid IRI"):
            bind_values("SELECT ?l WHERE { ?s skos:prefLabel ?l }", {"s": hostile})
        got = store.query("SELECT ?l WHERE { ?s skos:prefLabel ?l }", {"s": URIRef("https://w3id.org/scgov/id/krihs")}).rows
        assert sorted(map(str, (r[0] for r in got))) == ["KRIHS", "국토연구원"]


def test_malformed_file_is_a_data_error_with_line_and_adds_nothing(mini_dir, tmp_path):
    store = build(mini_dir, f"oxigraph:{tmp_path / 'db'}")
    before = len(store)
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://ex/> .\nex:a ex:p ex:b .\nex:a ex:p "unterminated .\nex:c ex:d ex:e .\n', encoding="utf-8")
    good = tmp_path / "good.ttl"
    good.write_text("<http://ex/x> <http://ex/y> <http://ex/z> .\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"^{bad}:3: malformed RDF"):
        store.load_files([good, bad], replace=True)
    assert len(store) == before  # neither cleared nor half-loaded
    assert store.is_built()


def test_persistent_store_is_reused_and_rebuilt_when_data_changes(mini_dir, tmp_path):
    db = tmp_path / "db"
    first = build(mini_dir, f"oxigraph:{db}")
    n = len(first)
    first.close()
    reopened = open_store(f"oxigraph:{db}")
    assert reopened.is_built()
    # Nothing is parsed the second time: a build over a broken parser would fail otherwise.
    from kg import oxstore

    original = oxstore.parse_quads
    oxstore.parse_quads = lambda path: pytest.fail("reparsed an unchanged build")
    try:
        assert len(build(mini_dir, reopened)) == n
    finally:
        oxstore.parse_quads = original
    # Change the data: the store notices and rebuilds.
    time.sleep(0.01)
    with open(mini_dir / "registry.ttl", "a", encoding="utf-8") as fh:
        fh.write('sgr:extra a sg:Company ; skos:prefLabel "추가"@ko .\n')
    rebuilt = build(mini_dir, reopened)
    assert len(rebuilt) == n + 2
    assert rebuilt.query("ASK { sgr:extra a sg:Company }").boolean


def test_read_only_oxigraph_refuses_writes(mini_dir, tmp_path):
    db = tmp_path / "db"
    build(mini_dir, f"oxigraph:{db}").close()
    ro = open_store(f"oxigraph:{db}", read_only=True)
    assert ro.query("ASK { sgr:molit a sg:Ministry }").boolean
    with pytest.raises(StoreError, match="read-only"):
        ro.load_files([mini_dir / "registry.ttl"])


def _example_params(query) -> list[dict]:
    import shlex

    sets = [{}] if not any(p.required for p in query.params) else []
    for example in query.examples:
        words = shlex.split(example)
        params = dict(w.split("=", 1) for flag, w in zip(words, words[1:]) if flag in ("--param", "-p"))
        if params:
            sets.append(params)
    return sets


def test_seed_graph_same_answers_on_memory_and_oxigraph():
    """The shipped seed data: every named query (with its documented examples) agrees."""
    from kg.catalog import named_queries
    from kg.query import run_named
    from tests.store.suite import normalise

    stores = {spec: build(None, spec) for spec in ("memory", "oxigraph")}
    assert len(stores["memory"]) == len(stores["oxigraph"]) > 500
    answered = 0
    for name, query in named_queries().items():
        for params in _example_params(query):
            got = {spec: normalise(run_named(store, name, params, lang="en")) for spec, store in stores.items()}
            assert got["memory"] == got["oxigraph"], (name, params)
            answered += len(got["memory"][1])
    assert answered > 50
