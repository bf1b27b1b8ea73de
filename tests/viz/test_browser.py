"""The HTML map in headless Chromium, offline (see ``kg/viz/headless.py``).

Skipped with a message naming the Debian package when no Chromium is installed.
"""

import json

import numpy as np
import pytest

from kg.viz import render_map
from kg.viz.synthetic import synthetic_graph
from tests.viz.conftest import BASE, SCRIPT_LABEL, XSS_LABEL, make_small_graph

SMALL_SHOT = "/tmp/viz_small.png"


def distinct_colours(png):
    """Return the number of distinct RGB colours in PNG bytes."""
    import io

    import matplotlib.image as mpimg

    rgb = (mpimg.imread(io.BytesIO(png))[..., :3] * 255).astype(np.uint8).reshape(-1, 3)
    return len(np.unique(rgb, axis=0))


def node_xy(page, node_id):
    """Return the viewport coordinates of a node's centre."""
    return page.evaluate(
        "(function (id) { var p = scgovNetwork.canvasToDOM(scgovNetwork.getPosition(id));"
        " var r = document.getElementById('scgov-map').getBoundingClientRect();"
        f" return [p.x + r.left, p.y + r.top]; }})({json.dumps(node_id)})")


def settle(page, timeout=5.0):
    """Wait until the view stops moving (e.g. after a focus animation)."""
    import time

    view = "JSON.stringify([scgovNetwork.getViewPosition(), scgovNetwork.getScale()])"
    last, deadline = None, time.monotonic() + timeout
    while time.monotonic() < deadline:
        now = page.evaluate(view)
        if now == last:
            return
        last = now
        time.sleep(0.15)


def assert_clean(page):
    """No network request, console error, dialog or probe resource load happened."""
    assert page.external_requests == []
    assert [u for u in page.requests if u.rsplit("/", 1)[-1] in ("x", "y")] == []
    assert page.console_errors == []
    assert page.dialogs == [] and page.evaluate("window.__scgovDialogs") == []


@pytest.fixture(scope="module")
def small_page(chromium, tmp_path_factory):
    """The small fixture map, opened and drawn."""
    G = make_small_graph()
    measures = {n: {"degree": d, "betweenness": round(0.1 * d, 2)} for n, d in G.degree()}
    path = render_map(G, tmp_path_factory.mktemp("map") / "small.html", measures=measures)
    page = chromium.open(path)
    page.wait_for("window.scgovReady === true", timeout=60)
    yield page
    page.close()


def test_harness_records_and_blocks_requests(chromium, tmp_path):
    probe = tmp_path / "probe.html"
    probe.write_text(
        '<img src="http://example.invalid/a.png">'
        '<link rel="stylesheet" href="https://cdn.example.invalid/b.css">'
        "<script>window.done = false; fetch('https://api.example.invalid/c')"
        ".then(function () { window.done = 'ok'; }, function () { window.done = 'failed'; });"
        "</script>", encoding="utf-8")
    page = chromium.open(probe)
    try:
        page.wait_for("window.done", timeout=20)
        assert page.evaluate("window.done") == "failed"
        assert set(page.external_requests) >= {"http://example.invalid/a.png",
                                               "https://cdn.example.invalid/b.css",
                                               "https://api.example.invalid/c"}
    finally:
        page.close()


def test_network_holds_nodes_edges_and_labels(small_page):
    counts = small_page.evaluate("[scgovNodes.length, scgovEdges.length]")
    assert counts == [12, 13]
    labels = small_page.evaluate("scgovNodes.get().map(function (n) { return n.label; })")
    assert {XSS_LABEL, SCRIPT_LABEL, "국토교통부", "홍길동"} <= set(labels)
    assert small_page.evaluate("scgovNetwork.physics.options.enabled") is False
    assert small_page.evaluate("document.body.getAttribute('data-ready')") == "true"


def test_title_banner_and_legend(small_page):
    ev = small_page.evaluate
    assert ev("document.title") == "협력 네트워크 2018 <b>test</b>"
    assert ev("document.getElementById('scgov-filtered').textContent") == \
        "Showing a filtered subset: 2018, top 12 actors by degree".replace(
            "Showing a filtered subset: ", "일부만 표시 중: ")
    assert ev("document.querySelectorAll('#scgov-sectors input').length") == 8
    assert "중앙정부" in ev("document.getElementById('scgov-sectors').textContent")


def test_screenshot_is_not_blank(small_page):
    png = small_page.screenshot(SMALL_SHOT)
    assert distinct_colours(png) > 200


def test_xss_label_shows_as_text_in_tooltip(small_page):
    x, y = node_xy(small_page, BASE + "xss")
    small_page.mouse("mouseMoved", x, y)
    small_page.wait_for("document.getElementById('scgov-tooltip').style.visibility === 'visible'",
                        timeout=10)
    tip = small_page.evaluate(
        "(function () { var t = document.getElementById('scgov-tooltip');"
        " return [t.textContent, t.innerHTML, t.querySelectorAll('img, i').length]; })()")
    assert XSS_LABEL in tip[0] and "Probe <i>class</i>" in tip[0]
    assert "&lt;img src=x onerror=alert(1)&gt;" in tip[1]
    assert tip[2] == 0
    small_page.mouse("mouseMoved", 5, 790)


def test_edge_evidence_tooltip_is_text(small_page):
    edge = small_page.evaluate(
        "scgovEdges.get().filter(function (e) { return e.from.endsWith('/xss') ||"
        " e.to.endsWith('/xss'); })[0].id")
    tip = small_page.evaluate(
        f"(function () {{ var t = scgovTooltipFor('edge', {json.dumps(edge)});"
        " return [t.textContent, t.innerHTML, t.querySelectorAll('img, i').length]; })()")
    assert '<i>Press</i> & co' in tip[0] and "2018-03-01" in tip[0] and "event" in tip[0]
    assert 'He said "<b>hi</b>" & <img src=y onerror=alert(3)>' in tip[0]
    assert "&lt;img src=y" in tip[1] and tip[2] == 0


def test_search_by_korean_and_english(small_page):
    assert small_page.evaluate("scgovSearch('세종')") == BASE + "sejong"
    assert small_page.evaluate("scgovSearch('kaist')") == BASE + "kaist"
    assert small_page.evaluate("scgovNetwork.getSelectedNodes()") == [BASE + "kaist"]
    assert small_page.evaluate("scgovSearch('scgov.example.org')") is None
    small_page.evaluate("scgovReset(); scgovNetwork.unselectAll()")


def test_click_highlights_neighbourhood_and_background_resets(small_page):
    settle(small_page)
    small_page.evaluate("scgovNetwork.fit({animation: false})")
    settle(small_page)
    x, y = node_xy(small_page, BASE + "kaist")
    small_page.click(x, y)
    small_page.wait_for("scgovNodes.get(%s).color.background.indexOf('rgba') === 0"
                        % json.dumps(BASE + "naver"), timeout=5)
    colours = small_page.evaluate("scgovNodes.get().reduce(function (a, n) {"
                                  " a[n.id.split('/').pop()] = n.color.background; return a; }, {})")
    assert colours["kaia"] == "#9467bd" and colours["committee"] == "#7f7f7f"
    assert colours["naver"].startswith("rgba(")
    small_page.click(3, 795)  # the map's bottom-left corner is background
    small_page.wait_for("scgovNodes.get(%s).color.background === '#d62728'"
                        % json.dumps(BASE + "naver"), timeout=5)


def test_sector_checkbox_hides_and_shows(small_page):
    small_page.evaluate("document.querySelector('input[data-sector=\"local-government\"]').click()")
    hidden = small_page.evaluate("scgovNodes.get({filter: function (n) { return n.hidden; }})"
                                 ".map(function (n) { return n.id.split('/').pop(); })")
    assert sorted(hidden) == ["busan", "sejong"]
    assert small_page.evaluate("scgovEdges.get({filter: function (e) { return e.hidden; }}).length") == 5
    small_page.evaluate("document.querySelector('input[data-sector=\"local-government\"]').click()")
    assert small_page.evaluate("scgovNodes.get({filter: function (n) { return n.hidden; }}).length") == 0


def test_nothing_was_fetched_executed_or_logged(small_page):
    assert_clean(small_page)


def test_large_map_has_fixed_positions_and_no_physics(chromium, tmp_path):
    G = synthetic_graph(1500, seed=7)
    path = render_map(G, tmp_path / "large.html", physics_threshold=300)
    page = chromium.open(path)
    try:
        waited = page.wait_for("window.scgovReady === true", timeout=60)
        assert waited < 30
        assert page.evaluate("[scgovNodes.length, scgovEdges.length]") == \
            [1500, G.number_of_edges()]
        assert page.evaluate("scgovNetwork.physics.options.enabled") is False
        moved = page.evaluate(
            "(function () { var pos = scgovNetwork.getPositions(), bad = 0;"
            " scgovNodes.forEach(function (n) { var p = pos[n.id];"
            " if (typeof n.x !== 'number' || Math.abs(p.x - n.x) > 0.5 || Math.abs(p.y - n.y) > 0.5)"
            " { bad++; } }); return bad; })()")
        assert moved == 0
        assert distinct_colours(page.screenshot()) > 100
        assert_clean(page)
    finally:
        page.close()


@pytest.mark.parametrize("nodes", [0, 1])
def test_tiny_maps_become_ready(chromium, tmp_path, nodes):
    import networkx as nx

    G = nx.Graph(mode="one", lang="en", title="tiny", filtered=None)
    if nodes:
        G.add_node("a", label="A", label_ko="", label_en="A", kind="zone", sector="weird",
                   sector_label="Weird", years=[])
    page = chromium.open(render_map(G, tmp_path / "tiny.html"))
    try:
        page.wait_for("window.scgovReady === true", timeout=20)
        assert page.evaluate("scgovNodes.length") == nodes
        assert_clean(page)
    finally:
        page.close()
