"""``scgov network``, ``scgov export`` and ``scgov report`` through click's CliRunner."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from kg.cli import cli

SGR = "https://w3id.org/scgov/id/"


@pytest.fixture()
def run():
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


def test_metrics_json(run):
    r = run("network", "metrics", "--format", "json", "--top", "5", "--sort-by", "betweenness")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert len(data["nodes"]) == 5 and data["nodes"][0]["node"] == SGR + "molit"
    assert data["info"]["betweenness"]["exact"] is True
    assert data["network"]["ei"]["p_value"] <= 1


def test_metrics_csv_with_filters(run):
    r = run("network", "metrics", "--format", "csv", "--year", "2018", "--sector", "research")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert rows and {row["sector"] for row in rows} == {"research"}
    assert "국토연구원" in {row["label"] for row in rows}


def test_metrics_table_english(run):
    r = run("network", "metrics", "--top", "3", "--lang", "en")
    assert r.exit_code == 0 and "Ministry of Land" in r.output


def test_metrics_bad_options(run):
    r = run("network", "metrics", "--sort-by", "fame")
    assert r.exit_code == 2 and "degree" in r.output
    r = run("network", "metrics", "--years", "2019-2017")
    assert r.exit_code == 1 and "first year is after" in r.output
    r = run("network", "metrics", "--tie-type", "meeting")
    assert r.exit_code == 1 and "unknown tie type" in r.output


def test_path_prints_evidence(run):
    r = run("network", "path", "국토부", "과기정통부")
    assert r.exit_code == 0, r.output
    assert "국토교통부 → 과학기술정보통신부" in r.output
    assert "2018-09-19" in r.output and "“" in r.output


def test_path_json_and_aliases(run):
    r = run("network", "path", "MOLIT", "KRIHS", "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["nodes"][0] == SGR + "molit" and data["nodes"][-1] == SGR + "krihs"
    assert all(h["evidence"] for h in data["hops"])


def test_unknown_actor_suggests(run):
    r = run("network", "path", "국토교통", "KRIHS")
    assert r.exit_code == 1
    assert "no entity named '국토교통'" in r.output and "국토교통부" in r.output


def test_known_actor_filtered_out(run):
    r = run("network", "ego", "서울연구원", "--year", "2017")
    assert r.exit_code == 1
    assert "not in this network" in r.output and "years 2017–2017" in r.output
    assert "Traceback" not in r.output


def test_ego(run):
    r = run("network", "ego", "KRIHS", "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["node"] == SGR + "krihs"
    assert SGR + "ri-seoul" in {n["node"] for n in data["nodes"]}
    r = run("network", "ego", "KRIHS", "--radius", "2")
    assert r.exit_code == 0 and "Ego network of 국토연구원" in r.output


def test_compare(run):
    r = run("network", "compare", "2017", "2018", "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert SGR + "krihs" in {n["node"] for n in data["entered"]}
    r = run("network", "compare", "2017", "2018")
    assert r.exit_code == 0 and "Entered in 2018" in r.output


def test_export_graphml_gexf_roundtrip(run, tmp_path):
    import networkx as nx

    out = tmp_path / "n.graphml"
    r = run("export", "--format", "graphml", "--output", str(out))
    assert r.exit_code == 0, r.output
    G = nx.read_graphml(out)
    assert G.nodes[SGR + "molit"]["label"] == "국토교통부"
    d = G.edges[SGR + "krihs", SGR + "ri-seoul"]
    assert "agreement" in d["tie_types"] and json.loads(d["evidence"])[0]["quote"]

    gexf = tmp_path / "n.gexf"
    assert run("export", "--format", "gexf", "--output", str(gexf)).exit_code == 0
    text = gexf.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and "<spells>" in text and 'start="2018-01-01"' in text
    H = nx.read_gexf(gexf)
    assert len(H) == len(G)


def test_export_two_mode_and_csv(run, tmp_path):
    import networkx as nx

    out = tmp_path / "two.graphml"
    assert run("export", "--format", "graphml", "--mode", "two", "-o", str(out)).exit_code == 0
    T = nx.read_graphml(out)
    assert T.edges[SGR + "molit", SGR + "event-2018-09-19-research-council-launch"]["roles"] == "host"

    folder = tmp_path / "csv"
    r = run("export", "--format", "csv", "-o", str(folder))
    assert r.exit_code == 0, r.output
    nodes = list(csv.DictReader((folder / "nodes.csv").open(encoding="utf-8")))
    edges = list(csv.DictReader((folder / "edges.csv").open(encoding="utf-8")))
    assert {"id", "label", "sector"} <= set(nodes[0]) and {"source", "target", "weight", "evidence"} <= set(edges[0])
    for fmt, name in (("pajek", "n.net"), ("dl", "n.dl"), ("json", "n.json")):
        assert run("export", "--format", fmt, "-o", str(tmp_path / name)).exit_code == 0
    assert json.loads((tmp_path / "n.json").read_text(encoding="utf-8"))["nodes"]


def test_no_planned_leaves_out_announced_relationships():
    import json as _json

    from click.testing import CliRunner as _Runner

    from kg.cli import cli as _cli

    def degrees(*extra):
        r = _Runner().invoke(_cli, ["network", "metrics", "--format", "json", "--lang", "en", *extra], catch_exceptions=False)
        assert r.exit_code == 0, r.output
        rows = _json.loads(r.output)
        rows = rows["nodes"]
        return {row["label"]: row["degree"] for row in rows}

    everything, facts = degrees(), degrees("--no-planned")
    # IDC is only named as the model of the planned certification scheme.
    assert "IDC" in everything and "IDC" not in facts
    # KICT's council membership is only an announced intention: its ties to the 16 regional institutes go.
    kict = "Korea Institute of Civil Engineering and Building Technology"
    assert facts[kict] < everything[kict]
