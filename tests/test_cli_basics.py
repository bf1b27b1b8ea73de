"""CLI behaviour that needs no seed data: errors are messages, not tracebacks."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import cli


def run(*args, **kw):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)
    return result


def test_help_lists_commands():
    r = run("--help")
    assert r.exit_code == 0
    for cmd in ("build", "validate", "query"):
        assert cmd in r.output


def test_unknown_command_suggests():
    r = run("qeury")
    assert r.exit_code == 2
    assert "query" in r.output and "Did you mean" in r.output


def test_bad_sparql_reports_position(mini_data):
    r = run("--data", str(mini_data), "query", "-e", "SELEC ?x")
    assert r.exit_code == 1
    assert "line 1, column 1" in r.output
    assert "Traceback" not in r.output


def test_bad_sparql_position_on_later_line(mini_data):
    r = run("--data", str(mini_data), "query", "-e", "SELECT ?x\nWHERE {\n  ?x ?y\n}")
    assert r.exit_code == 1
    assert "line 3" in r.output or "line 4" in r.output


def test_unknown_query_name_suggests():
    r = run("query", "list_subcomittees")
    assert r.exit_code == 1
    assert "Did you mean: list_subcommittees" in r.output


def test_query_list_json_parses():
    r = run("query", "list", "--format", "json")
    assert r.exit_code == 0
    names = [b["name"]["value"] for b in json.loads(r.output)["results"]["bindings"]]
    assert "list_subcommittees" in names and "describe_organization" in names


def test_adhoc_query_against_other_data_dir(mini_data):
    r = run("--data", str(mini_data), "query", "-e", "SELECT ?m WHERE { ?m a sg:Ministry }", "--format", "json", "--lang", "en")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["head"]["vars"] == ["m", "mLabel"]
    [row] = data["results"]["bindings"]
    assert row["mLabel"] == {"type": "literal", "value": "Ministry of Tests", "xml:lang": "en"}


def test_env_data_dir(mini_data):
    r = run("query", "-e", "SELECT ?m WHERE { ?m a sg:Ministry }", "--format", "csv", env={"SCGOV_DATA": str(mini_data)})
    assert r.exit_code == 0, r.output
    assert "시험부" in r.output and r.output.count("\n") == 2


def test_malformed_turtle_gives_file_and_line(tmp_path):
    (tmp_path / "bad.ttl").write_text('@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "unterminated ;\n', encoding="utf-8")
    r = run("--data", str(tmp_path), "build")
    assert r.exit_code == 1
    assert f"{tmp_path / 'bad.ttl'}:3:" in r.output
    assert "Traceback" not in r.output


def test_missing_data_dir(tmp_path):
    r = run("--data", str(tmp_path / "nope"), "build")
    assert r.exit_code == 1
    assert "data directory not found" in r.output


def test_output_written_atomically(mini_data, tmp_path):
    out = tmp_path / "sub" / "answer.csv"
    r = run("--data", str(mini_data), "query", "-e", "SELECT ?m WHERE { ?m a sg:Ministry }", "-f", "csv", "-o", str(out))
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8").startswith("m,mLabel")
    assert [p.name for p in out.parent.iterdir()] == ["answer.csv"]


def test_resolution_suggests_close_names(mini_data):
    r = run("--data", str(mini_data), "query", "describe_organization", "--param", "org=시험")
    assert r.exit_code == 1
    assert "no entity named '시험'" in r.output and "시험부" in r.output


def test_unknown_parameter(mini_data):
    r = run("--data", str(mini_data), "query", "list_members", "--param", "bodyy=시험부")
    assert r.exit_code == 1
    assert "Did you mean: body" in r.output


def test_missing_required_parameter(mini_data):
    r = run("--data", str(mini_data), "query", "describe_organization")
    assert r.exit_code == 1
    assert "--param org=" in r.output
