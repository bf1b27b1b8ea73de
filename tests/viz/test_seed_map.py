"""``scgov viz`` on the seed graph: every organisation, sector colours, evidence tooltips, offline."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.network.projection import one_mode
from kg.viz.style import SECTOR_COLOURS

MOLIT = "https://w3id.org/scgov/id/molit"
MSIT = "https://w3id.org/scgov/id/msit"


@pytest.fixture(scope="module")
def seed_map(tmp_path_factory):
    out = tmp_path_factory.mktemp("viz") / "network.html"
    r = CliRunner().invoke(cli, ["viz", "-o", str(out)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return out


@pytest.fixture(scope="module")
def seed_page(chromium, seed_map):
    page = chromium.open(seed_map)
    page.wait_for("window.scgovReady === true", timeout=60)
    yield page
    page.close()


def test_map_holds_every_organisation_of_the_network(seed_page, graph):
    G = one_mode(graph)
    ids = set(seed_page.evaluate("scgovNodes.getIds()"))
    assert ids == set(G.nodes)
    assert len(ids) == 49
    assert seed_page.evaluate("scgovEdges.length") == G.number_of_edges()


def test_nodes_are_coloured_by_sector(seed_page):
    nodes = seed_page.evaluate("JSON.stringify(scgovNodes.get())")
    colours = {n["id"]: json.dumps(n.get("color")) for n in json.loads(nodes)}
    assert SECTOR_COLOURS["central-government"].lower() in colours[MOLIT].lower()
    assert SECTOR_COLOURS["research"].lower() in colours["https://w3id.org/scgov/id/krihs"].lower()


def test_edge_tooltip_shows_the_evidence(seed_page):
    edge = seed_page.evaluate(
        "scgovEdges.get().filter(function (e) { return (e.from === %s && e.to === %s) || (e.from === %s && e.to === %s); })[0].id"
        % (json.dumps(MOLIT), json.dumps(MSIT), json.dumps(MSIT), json.dumps(MOLIT)))
    tip = seed_page.evaluate(f"scgovTooltipFor('edge', {json.dumps(edge)}).textContent")
    assert "2018-09-19" in tip
    assert "국토교통부/과학기술정보통신부" in tip  # the (주 최) line of the KRIHS press release
    assert "스마트시티 연구기관 협력 협의체" in tip


def test_search_finds_actors_by_alias_label(seed_page):
    assert seed_page.evaluate("scgovSearch('국토연구원')") == "https://w3id.org/scgov/id/krihs"


def test_nothing_left_the_page(seed_page):
    assert seed_page.external_requests == []
    assert seed_page.console_errors == []


def test_ego_and_top_views(tmp_path):
    out = tmp_path / "ego.html"
    r = CliRunner().invoke(cli, ["viz", "--ego", "KRIHS", "--radius", "1", "-o", str(out), "--lang", "en"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert "ego network of Korea Research Institute for Human Settlements" in r.output
    html = out.read_text(encoding="utf-8")
    assert "ego network of Korea Research Institute for Human Settlements" in html
    r = CliRunner().invoke(cli, ["viz", "--top", "5", "--size-by", "betweenness", "-o", str(tmp_path / "top.html")], catch_exceptions=False)
    assert r.exit_code == 0 and "5 nodes" in r.output and "top 5 of 49 by betweenness" in r.output


def test_two_mode_map_for_one_year(tmp_path):
    out = tmp_path / "two.html"
    r = CliRunner().invoke(cli, ["viz", "--mode", "two", "--year", "2017", "-o", str(out)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert "years 2017–2017" in r.output
    html = out.read_text(encoding="utf-8")
    assert "스마트시티 추진단" in html  # a 2017 body
    assert "연구기관 협력 협의체 발족" not in html  # the 2018 launch event is filtered out


def test_unknown_ego_suggests_names(tmp_path):
    r = CliRunner().invoke(cli, ["viz", "--ego", "국토교통", "-o", str(tmp_path / "x.html")])
    assert r.exit_code == 1
    assert "Closest names: 국토교통부" in r.output
    assert not (tmp_path / "x.html").exists()
