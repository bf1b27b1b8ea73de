"""scgov add: good documents are written, bad ones are rejected with every problem and nothing written."""

import textwrap

import pytest
from click.testing import CliRunner

from kg.authoring.add import add
from kg.cli import cli
from kg.errors import AuthoringError, KGError

from .conftest import tree_hash

GOOD = textwrap.dedent("""\
    document:
      slug: kwater-lh-mou
      title: K-water·LH, 스마트시티 조성 협력 업무협약 체결
      date: 2018-04-12
      publisher: 국토부
      kind: press-release
    entities:
      - kind: public-enterprise
        ko: 한국수자원공사
        en: Korea Water Resources Corporation
        aliases: [K-water]
      - kind: event
        id: event-2018-04-11-kwater-lh-mou
        ko: K-water·LH 업무협약식
        en: K-water–LH MOU signing ceremony
        date: 2018-04-11
    relationships:
      - type: agreement
        parties: [K-water, LH]
        date: 2018-04-11
        signed_at: K-water·LH 업무협약식
        quote: 국가 시범도시 성공적 조성을 위한 업무협약(MOU)을 체결했다
      - type: participation
        event: event-2018-04-11-kwater-lh-mou
        role: 참석
        who: [국토교통부]
        quote: 협약식에는 부산광역시, 부산도시공사, 국토교통부 관계자도 참석하였다.
      - type: programme
        programme: sgr:prog-2017-roadmap
        partners: [한국수자원공사]
        status: planned
        quote: 두 기관은 공동 연구를 추진한다
    """)


def write(tmp_path, text, name="doc.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_add_writes_one_document_file_and_leaves_everything_else_alone(tmp_path, data_copy):
    registry = (data_copy / "registry.ttl").read_bytes()
    before = {p.name for p in (data_copy / "documents").iterdir()}
    result = add(write(tmp_path, GOOD), data_copy)
    assert result.path == data_copy / "documents" / "2018-04-12-kwater-lh-mou.ttl"
    assert {p.name for p in (data_copy / "documents").iterdir()} == before | {result.path.name}
    assert (data_copy / "registry.ttl").read_bytes() == registry
    assert result.counts == {"agreement": 1, "participation": 1, "programme": 1}

    from kg.build import build
    from kg.query import run_named

    graph = build(data_copy)
    rows = run_named(graph, "list_agreement_parties", {"party": "K-water"}).records()
    assert {str(r["doc"]).rsplit("/", 1)[-1] for r in rows} == {"doc-2018-04-12-kwater-lh-mou"}
    parties = {str(r["party"]).rsplit("/", 1)[-1] for r in run_named(graph, "list_agreement_parties", {"agreement": "sgr:mou-2018-04-12-kwater-lh-mou"}).records()}
    assert parties == {"korea-water-resources-corporation", "lh"}


def test_existing_document_is_refused_without_force_and_replaced_with_it(tmp_path, data_copy):
    path = write(tmp_path, GOOD)
    add(path, data_copy)
    digest = tree_hash(data_copy)
    with pytest.raises(AuthoringError, match="already exists; use --force"):
        add(path, data_copy)
    assert tree_hash(data_copy) == digest
    assert add(path, data_copy, force=True).replaced


BROKEN = textwrap.dedent("""\
    document:
      slug: broken
      title: x
      date: 2018-02-30
      publisher: 국토교퉁부
      kind: leaflet
    entities:
      - kind: ministri
        ko: 어떤부
    relationships:
      - type: agreement
        parties: [LH]
        date: 2018-04-11
        quote: 업무협약
      - type: participation
        event: 없는행사
        role: dancer
        who: [KAIST]
      - type: membership
        body: 스마트시티 추진단
        members: [LHH]
        quote: ""
      - type: friendship
        quote: x
    """)


def test_broken_document_lists_every_problem_with_its_line_and_writes_nothing(tmp_path, data_copy):
    digest = tree_hash(data_copy)
    with pytest.raises(AuthoringError) as info:
        add(write(tmp_path, BROKEN), data_copy)
    message = str(info.value)
    lines = {line for line, _ in info.value.problems}
    for expected in ("bad date '2018-02-30'", "unknown entity '국토교퉁부'; closest: 국토교통부", "unknown kind 'leaflet'",
                     "did you mean 'ministry'", "needs at least two parties", "quote is missing", "unknown role 'dancer'",
                     "unknown entity 'LHH'; closest: LH", "quote is empty", "unknown relationship type 'friendship'"):
        assert expected in message
    assert {4, 5, 6, 8, 12, 15, 17, 21, 22, 23} <= lines
    assert tree_hash(data_copy) == digest


def test_shacl_violation_is_refused_and_nothing_written(tmp_path, data_copy, monkeypatch):
    """A document the checks accept but SHACL rejects (an agreement whose 'date' is forced invalid)."""
    from kg.authoring import convert

    original = convert.to_graph

    def sabotage(doc):
        from rdflib import Literal, URIRef

        g = original(doc)
        g.add((URIRef(doc.iri), URIRef("http://purl.org/dc/terms/date"), Literal("someday")))
        return g

    monkeypatch.setattr(convert, "to_graph", sabotage)
    digest = tree_hash(data_copy)
    with pytest.raises(KGError, match="SHACL"):
        add(write(tmp_path, GOOD), data_copy)
    assert tree_hash(data_copy) == digest


@pytest.mark.parametrize("text, expected", [
    ("", "must be a mapping"),
    ("- a\n- b\n", "must be a mapping"),
    ("document: [\n", "not valid YAML"),
    ("document:\n  title: a\n  title: b\n", "given twice"),
    ("\x00\x01binary", "binary"),
])
def test_unusable_yaml_files_give_clear_errors(tmp_path, data_copy, text, expected):
    digest = tree_hash(data_copy)
    with pytest.raises(AuthoringError, match=expected):
        add(write(tmp_path, text), data_copy)
    assert tree_hash(data_copy) == digest


def test_new_entity_reusing_an_existing_name_is_refused(tmp_path, data_copy):
    text = GOOD.replace("ko: 한국수자원공사", "ko: 국토연구원")
    with pytest.raises(AuthoringError, match="already belongs to sgr:krihs"):
        add(write(tmp_path, text), data_copy)


def test_cli_add_reports_problems_without_traceback(tmp_path, data_copy):
    runner = CliRunner()
    result = runner.invoke(cli, ["--data", str(data_copy), "add", str(write(tmp_path, BROKEN))])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "problem(s), nothing written" in result.output
    ok = runner.invoke(cli, ["--data", str(data_copy), "add", str(write(tmp_path, GOOD, "good.yaml"))])
    assert ok.exit_code == 0, ok.output
    assert "wrote" in ok.output and "1 agreement" in ok.output
    dry = runner.invoke(cli, ["--data", str(data_copy), "add", "--force", "--dry-run", str(write(tmp_path, GOOD, "good.yaml"))])
    assert dry.exit_code == 0 and "sg:MOU" in dry.output
