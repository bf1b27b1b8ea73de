"""Synthetic graphs: determinism, conformance to the shapes, named queries, realism."""

from __future__ import annotations

import hashlib
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import api
from kg.catalog import named_queries
from kg.cli import cli
from kg.synth import synthesize
from kg.synth.generator import PLAN, plan_counts

ROOT = Path(__file__).resolve().parents[2]
SG = "https://w3id.org/scgov/def#"
SGR = "https://w3id.org/scgov/id/"
YEARS = (2016, 2020)


def tree_hash(directory: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(directory.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(directory).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def synth200(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth") / "n200"
    report = synthesize(out, orgs=200, years=YEARS, seed=11)
    return out, report, api.load(out)


# --------------------------------------------------------------------------- determinism
def _run_in_subprocess(out: Path, hashseed: str, seed: str = "5") -> None:
    code = f"from kg.synth import synthesize; synthesize({str(out)!r}, orgs=120, years=(2018, 2020), seed={seed!r})"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": hashseed}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=ROOT)


def test_same_seed_same_bytes_across_processes(tmp_path):
    # Different hash seeds catch any dependence on set or dict-of-str iteration order.
    _run_in_subprocess(tmp_path / "a", "1")
    _run_in_subprocess(tmp_path / "b", "2")
    assert tree_hash(tmp_path / "a") == tree_hash(tmp_path / "b")
    assert len(list((tmp_path / "a" / "documents").glob("*.ttl"))) > 50


def test_different_seed_differs(tmp_path):
    synthesize(tmp_path / "a", orgs=120, years=(2018, 2020), seed="5")
    synthesize(tmp_path / "b", orgs=120, years=(2018, 2020), seed="6")
    assert tree_hash(tmp_path / "a") != tree_hash(tmp_path / "b")


def test_rewrite_replaces_previous_output(tmp_path):
    synthesize(tmp_path / "a", orgs=60, years=(2019, 2019), seed=1)
    first = tree_hash(tmp_path / "a")
    synthesize(tmp_path / "a", orgs=60, years=(2019, 2019), seed=2)  # earlier synthetic output: replaced
    synthesize(tmp_path / "a", orgs=60, years=(2019, 2019), seed=1)
    assert tree_hash(tmp_path / "a") == first


# --------------------------------------------------------------------------- the contract
def test_shacl_conforms_with_project_shapes(synth200):
    _out, _report, graph = synth200
    report = api.validate(graph)
    assert report.conforms, "\n".join(map(str, report.violations[:20]))


def test_triple_count_matches_what_the_writer_reports(synth200):
    from kg.rdfio import data_files, parse_files

    out, report, _graph = synth200
    assert len(parse_files(data_files(out))) == report.triples


def test_every_named_query_runs(synth200):
    _out, _report, graph = synth200
    params = {"describe_organization": {"org": "국토교통부"}, "list_evidence": {"a": "국토교통부", "b": "과학기술정보통신부"}}
    for name in named_queries():
        rows = api.query(graph, name, **params.get(name, {})).records()
        assert rows, f"{name} returned nothing"


def test_subcommittees_are_led_by_ministries(synth200):
    _out, _report, graph = synth200
    rows = api.query(graph, "list_subcommittees", lang="en").records()
    assert len({r["subcommittee"] for r in rows}) >= 3
    assert all(r["lead"] for r in rows)
    ministries = set(api.sparql(graph, "SELECT ?m WHERE { ?m a sg:Ministry }").column("m"))
    assert {str(r["lead"]) for r in rows} <= {str(m) for m in ministries}


def test_programmes_have_lead_partners_and_statuses(synth200):
    _out, _report, graph = synth200
    rows = api.query(graph, "list_programs").records()
    roles = {r["role"] for r in rows}
    assert {SGR + "role-lead", SGR + "role-partner", SGR + "role-target"} <= roles
    assert {SGR + "status-planned", SGR + "status-ongoing", SGR + "status-completed"} <= {r["status"] for r in rows}


def test_agreements_have_2_to_20_parties(synth200):
    _out, _report, graph = synth200
    rows = api.query(graph, "list_agreement_parties").records()
    parties: dict[str, set] = {}
    for r in rows:
        parties.setdefault(r["agreement"], set()).add(r["party"])
    sizes = [len(p) for p in parties.values()]
    assert min(sizes) >= 2 and max(sizes) <= 20 and max(sizes) > 2


def test_events_have_hosts_and_reorganisations_and_zones_exist(synth200):
    _out, _report, graph = synth200
    roles = {r["role"] for r in api.query(graph, "list_event_roles").records()}
    assert {SGR + "role-host", SGR + "role-participant", SGR + "role-organiser"} <= roles
    assert api.query(graph, "list_reorganizations").records()
    assert all(r["designatedBy"] for r in api.query(graph, "list_special_zones").records())


def test_all_dates_within_the_years(synth200):
    _out, _report, graph = synth200
    text = "SELECT ?d WHERE { ?s ?p ?d . FILTER(datatype(?d) IN (xsd:date, xsd:gYear)) }"
    years = {int(str(d)[:4]) for d in api.sparql(graph, text).column("d")}
    assert min(years) >= YEARS[0] and max(years) <= YEARS[1] + 4  # programme end years may run past the range
    text = "SELECT ?d WHERE { ?s dct:date ?d }"
    years = {int(str(d)[:4]) for d in api.sparql(graph, text).column("d")}
    assert years == set(range(YEARS[0], YEARS[1] + 1))


# --------------------------------------------------------------------------- realism
def test_sector_proportions_follow_the_plan(synth200):
    _out, _report, graph = synth200
    counts = {str(r["sector"]).rsplit("sector-", 1)[1]: int(r["count"]) for r in api.query(graph, "count_organizations_by_sector").records()}
    expected: dict[str, int] = {}
    for cls, n in plan_counts(200).items():
        expected[PLAN[cls][0]] = expected.get(PLAN[cls][0], 0) + n
    for sector, n in expected.items():
        # units count under their parent's sector; reorganisations add a few successors
        assert abs(counts.get(sector, 0) - n) <= max(3, 0.1 * n) + (36 if sector == "central-government" else 0), (sector, counts, expected)
    assert counts["governance-body"] > 5


@pytest.mark.parametrize("n", [200, 1000, 10_000])
def test_plan_counts_are_realistic(n):
    c = plan_counts(n)
    assert sum(c.values()) == n
    assert c["Ministry"] <= 18 and c["LocalGovernment"] <= 243
    assert c["Company"] == max(c.values())  # companies are the largest group at every size
    assert c["LocalGovernment"] > c["Ministry"] and c["University"] > c["RegionalResearchInstitute"]


def test_participation_is_heavy_tailed(synth200):
    _out, _report, graph = synth200
    text = """SELECT ?a (COUNT(DISTINCT ?x) AS ?n) WHERE {
      { ?r sg:participant ?a ; sg:event ?x } UNION { ?x sg:party ?a }
      UNION { ?r sg:agent ?a ; sg:programme ?x } UNION { ?r org:member ?a ; org:organization ?x }
      ?a sg:sector ?s . FILTER(?s != sgr:sector-governance-body)
    } GROUP BY ?a"""
    degrees = [int(n) for n in api.sparql(graph, text).column("n")]
    assert max(degrees) >= 6 * statistics.median(degrees)  # small graph, five years


def test_heavy_tail_at_scale_and_central_actors_first():
    from collections import Counter

    from kg.synth.generator import generate

    graph = generate(2000, 2015, 2024, seed=3)
    ties = Counter(o for d in graph.documents for n in d.nodes for p, o in n.po if p in ("sg:participant", "sg:party", "sg:agent", "org:member"))
    orgs = [n.subject for n in graph.registry if any(p == "sg:sector" and o != "sgr:sector-governance-body" for p, o in n.po)]
    degrees = sorted(ties[o] for o in orgs)
    assert degrees[-1] >= 20 * statistics.median(degrees)
    assert ties.most_common(1)[0][0] in ("sgr:molit", "sgr:msit")  # the two lead ministries are the hubs


def test_names_in_korean_and_english_with_aliases(synth200):
    out, _report, _graph = synth200
    registry = (out / "registry.ttl").read_text(encoding="utf-8")
    assert "주식회사 " in registry and "대학교\"@ko" in registry and "연구원\"@ko" in registry
    assert '"MOLIT"@en' in registry and "skos:altLabel" in registry


# --------------------------------------------------------------------------- CLI
def test_cli_writes_and_builds(tmp_path):
    runner = CliRunner()
    out = tmp_path / "s"
    result = runner.invoke(cli, ["synth", "--orgs", "40", "--years", "2019-2020", "--seed", "a", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "40 organisations" in result.output and (out / "registry.ttl").is_file()
    result = runner.invoke(cli, ["--data", str(out), "query", "count_organizations_by_sector", "--format", "csv"])
    assert result.exit_code == 0 and "sector-industry" in result.output


def test_cli_bad_input(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["synth", "--years", "2020-2019", "--out", str(tmp_path / "x")])
    assert result.exit_code == 2 and "first year is after the last" in result.output
    result = runner.invoke(cli, ["synth", "--orgs", "5", "--out", str(tmp_path / "x")])
    assert result.exit_code == 2
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    result = runner.invoke(cli, ["synth", "--orgs", "40", "--out", str(tmp_path / "mine")])
    assert result.exit_code == 1 and "not empty" in result.output
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
