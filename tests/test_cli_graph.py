"""CLI on the real seed data: build, validate, named queries, JSON output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli

DATA = Path(__file__).resolve().parents[1] / "data"


def run(*args, **kw):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


def test_build_prints_summary_and_validates():
    r = run("build", "--lang", "en")
    assert r.exit_code == 0, r.output
    assert "Research" in r.output and "Central government" in r.output
    assert "SHACL validation: conforms" in r.output


def test_validate_passes_on_seed_data():
    r = run("validate")
    assert r.exit_code == 0
    assert "conforms (0 violations)" in r.output


def test_validate_lists_each_violation(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "documents" / "broken.ttl").write_text(
        """@prefix sg: <https://w3id.org/scgov/def#> .
@prefix sgr: <https://w3id.org/scgov/id/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
sgr:lonely-mou a sg:MOU ; skos:prefLabel "혼자 맺은 협약"@ko, "A one-party MOU"@en ;
    sg:party sgr:molit ; dct:date "sometime" ;
    prov:wasDerivedFrom sgr:doc-2018-09-19-krihs .
""",
        encoding="utf-8",
    )
    r = run("--data", str(data), "validate")
    assert r.exit_code == 1
    lines = [line for line in r.output.splitlines() if "혼자 맺은 협약" in line]
    assert len(lines) >= 3  # one party, a date that is not a date, no evidence
    assert any("sg:party" in line for line in lines)
    assert any("dct:date" in line for line in lines)
    assert "SHACL validation failed" in r.output
    assert "Traceback" not in r.output


def test_named_query_json_is_w3c_results_format():
    r = run("query", "list_agreement_parties", "--format", "json")
    assert r.exit_code == 0
    doc = json.loads(r.output)
    assert {"agreement", "agreementLabel", "party", "partyLabel", "date"} <= set(doc["head"]["vars"])
    bindings = doc["results"]["bindings"]
    assert len(bindings) == 17
    assert bindings[0]["date"] == {"type": "literal", "value": "2018-09-19", "datatype": "http://www.w3.org/2001/XMLSchema#date"}


def test_param_by_alias_and_english_labels():
    r = run("query", "list_members", "--param", "body=스마트시티연구기관협력협의체", "--lang", "en", "-f", "csv")
    assert r.exit_code == 0, r.output
    assert "Korea Research Institute for Human Settlements" in r.output
    assert "Seoul Institute" in r.output


def test_query_show_prints_sparql():
    r = run("query", "show", "list_members")
    assert r.exit_code == 0
    assert "org:Membership" in r.output and r.output.startswith("# title:")


def test_named_query_help_lists_params():
    r = run("query", "describe_organization", "--help")
    assert r.exit_code == 0
    assert "--param org=" in r.output and "required" in r.output and "Example" in r.output


def test_tsv_and_table_formats():
    r = run("query", "list_reorganizations", "-f", "tsv")
    assert r.exit_code == 0
    header = r.output.splitlines()[0].split("\t")
    assert header[:2] == ["?change", "?changeLabel"]
    r = run("query", "list_reorganizations")
    assert "과학기술정보통신부" in r.output and "row(s)" in r.output
