"""The HTML map file, without a browser."""

import copy
import json
import re
import subprocess
import sys

import pytest

from kg.viz import render_map
from kg.viz.interactive import build_map_data, script_json
from kg.viz.synthetic import synthetic_graph
from tests.viz.conftest import SCRIPT_LABEL, XSS_LABEL


def _embedded(html):
    """Return the JSON data embedded in a map page."""
    m = re.search(r'<script id="scgov-data" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def _script_elements(html):
    """Return the id of every <script> element, as an HTML parser sees them."""
    from html.parser import HTMLParser

    found = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "script":
                found.append(dict(attrs).get("id"))

    Parser().feed(html)
    return found


def test_page_is_self_contained(small_graph, tmp_path):
    html = render_map(small_graph, tmp_path / "map.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html, re.I)
    assert "bootstrap" not in html.lower() and "cdnjs" not in html
    assert "vis-network" in html and "default-src 'none'" in html
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]


def test_hostile_labels_cannot_break_out(small_graph, tmp_path):
    html = render_map(small_graph, tmp_path / "map.html").read_text(encoding="utf-8")
    assert XSS_LABEL not in html and SCRIPT_LABEL not in html
    assert _script_elements(html) == ["scgov-data", None, None]
    assert "<b>test</b>" not in html and "&lt;b&gt;test&lt;/b&gt;" in html
    labels = {n["label"] for n in _embedded(html)["nodes"]}
    assert {XSS_LABEL, SCRIPT_LABEL, "국토교통부"} <= labels


def test_script_json_escapes_markup():
    text = script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_input_graph_is_not_modified(small_graph, small_measures, tmp_path):
    before = (copy.deepcopy(dict(small_graph.nodes(data=True))),
              copy.deepcopy(list(small_graph.edges(data=True))), dict(small_graph.graph))
    render_map(small_graph, tmp_path / "m.html", measures=small_measures)
    after = (dict(small_graph.nodes(data=True)), list(small_graph.edges(data=True)),
             dict(small_graph.graph))
    assert before == after


def test_encoding_follows_the_contract(small_graph, small_measures):
    data = build_map_data(small_graph, measures=small_measures, size_by="betweenness")
    nodes = {n["id"].rsplit("/", 1)[1]: n for n in data["nodes"]}
    assert nodes["molit"]["color"]["background"] == "#1f77b4"
    assert nodes["naver"]["color"]["background"] == "#d62728"
    assert (nodes["committee"]["shape"], nodes["hong"]["shape"], nodes["expo"]["shape"],
            nodes["script"]["shape"]) == ("square", "triangle", "star", "hexagon")
    assert nodes["molit"]["value"] == 1.0 and nodes["molit"]["label"] == "국토교통부"
    assert ["영어 이름", "Ministry of Land, Infrastructure and Transport"] in \
        nodes["molit"]["tip"]["rows"]
    widths = [e["width"] for e in data["edges"]]
    assert min(widths) == 1 and max(widths) == 8
    assert data["options"]["physics"]["enabled"] is True
    assert data["meta"]["filtered"] == "2018, top 12 actors by degree"
    assert [s["key"] for s in data["meta"]["sectors"]][:2] == ["central-government",
                                                               "local-government"]


def test_edge_tooltip_holds_evidence(small_graph):
    data = build_map_data(small_graph)
    tips = [e["tip"] for e in data["edges"] if e["tip"]["evidence"][0]["title"] != "Press release"]
    assert tips[0]["evidence"][0] == {"title": "<i>Press</i> & co", "date": "2018-03-01",
                                      "via": "event",
                                      "quote": 'He said "<b>hi</b>" & <img src=y onerror=alert(3)>'}


def test_unknown_size_measure_is_refused(small_graph, small_measures):
    with pytest.raises(ValueError, match="betweenness"):
        build_map_data(small_graph, measures=small_measures, size_by="pagerank")


def test_degree_is_computed_when_absent(small_graph):
    data = build_map_data(small_graph, size_by="degree")
    molit = next(n for n in data["nodes"] if n["id"].endswith("molit"))
    assert molit["value"] == 1.0


def test_large_graph_gets_fixed_positions():
    G = synthetic_graph(400, seed=3)
    data = build_map_data(G, physics_threshold=300)
    assert data["options"]["physics"] == {"enabled": False}
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) and n["physics"] is False
               for n in data["nodes"])
    again = build_map_data(G, physics_threshold=300)
    assert [(n["x"], n["y"]) for n in again["nodes"]] == [(n["x"], n["y"]) for n in data["nodes"]]


def test_write_replaces_atomically(small_graph, tmp_path):
    target = tmp_path / "map.html"
    target.write_text("old", encoding="utf-8")
    render_map(small_graph, target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_import_is_light():
    code = ("import sys, kg.viz; heavy = {'pyvis', 'networkx', 'matplotlib', 'igraph', "
            "'numpy', 'jinja2'} & set(sys.modules); print(sorted(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
