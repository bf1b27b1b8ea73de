"""``scgov report`` on the real seed graph: files, citations, self-containment, escaping."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

REPO = Path(__file__).resolve().parents[2]


class Page(HTMLParser):
    """Collects src/href attributes, and the claims with their citations."""

    def __init__(self):
        super().__init__()
        self.urls, self.claims, self.scripts = [], [], 0
        self._stack, self._section, self._field = [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href"):
            if a.get(key):
                self.urls.append(a[key])
        if tag == "script":
            self.scripts += 1
        if tag == "section":
            self._section = a.get("id")
        cls = a.get("class", "")
        if tag == "li" and cls == "claim":
            self.claims.append({"section": self._section, "actor": a.get("data-actor"), "citations": []})
        elif tag == "li" and cls == "citation":
            self.claims[-1]["citations"].append({"doc": a.get("data-doc"), "doc-title": "", "quote": "", "date": ""})
        elif cls in ("doc-title", "quote", "date") and self.claims and self.claims[-1]["citations"]:
            self._field = cls

    def handle_endtag(self, tag):
        if tag in ("span", "a"):
            self._field = None

    def handle_data(self, data):
        if self._field:
            self.claims[-1]["citations"][-1][self._field] += data


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "out"
    r = CliRunner().invoke(cli, ["report", "--out", str(out)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert "report.html" in r.output and "국토교통부" in r.output
    return out


@pytest.fixture(scope="module")
def page(report_dir):
    p = Page()
    p.feed((report_dir / "report.html").read_text(encoding="utf-8"))
    return p


def test_files_written(report_dir):
    for name in ("report.md", "report.html", "charts/sector-mixing.svg", "charts/centrality.svg", "network.html"):
        assert (report_dir / name).is_file(), name
    assert not [p for p in report_dir.parent.iterdir() if p.name.startswith(".out.tmp")]


def test_every_key_actor_cites_a_document(page):
    key = [c for c in page.claims if c["section"] == "key-actors"]
    assert len(key) >= 5
    for claim in key:
        assert claim["citations"], claim["actor"]
        for c in claim["citations"]:
            assert c["doc"].startswith("https://w3id.org/scgov/id/doc-")
            assert c["doc-title"].strip() and c["quote"].strip() and re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["date"])
    assert "https://w3id.org/scgov/id/molit" in {c["actor"] for c in key}
    assert "https://w3id.org/scgov/id/krihs" in {c["actor"] for c in key}
    brokers = [c for c in page.claims if c["section"] == "brokers"]
    assert brokers and all(c["citations"] for c in brokers)


def test_krihs_claim_cites_the_2018_document(page):
    krihs = next(c for c in page.claims if c["section"] == "key-actors" and c["actor"].endswith("/krihs"))
    assert any(c["doc"].endswith("doc-2018-09-19-krihs") for c in krihs["citations"])


def test_html_is_self_contained(page, report_dir):
    html = (report_dir / "report.html").read_text(encoding="utf-8")
    external = [u for u in page.urls if re.match(r"(?i)\s*(https?:)?//", u)]
    assert external == []                                   # the seed documents carry no URL
    assert page.scripts == 0
    assert "<svg" in html and "sector-mixing" in html
    assert 'href="network.html"' in html


def test_markdown_has_sections_and_citations(report_dir):
    md = (report_dir / "report.md").read_text(encoding="utf-8")
    for title in ("## 핵심 행위자", "## 중개자와 부문 간 가교", "## 부문 간 혼합", "## 시기별 변화", "## 데이터 품질"):
        assert title in md
    assert "2017 → 2018" in md and "p = " in md
    assert "(2018-09-19): “" in md


def test_english_report(tmp_path):
    r = CliRunner().invoke(cli, ["report", "--out", str(tmp_path / "en"), "--lang", "en", "--no-map"],
                           catch_exceptions=False)
    assert r.exit_code == 0, r.output
    md = (tmp_path / "en" / "report.md").read_text(encoding="utf-8")
    assert "## Key actors" in md and "Ministry of Land, Infrastructure and Transport" in md
    assert not (tmp_path / "en" / "network.html").exists()


def test_labels_are_escaped(tmp_path):
    """A hostile label in (a copy of) the data comes out as text, in HTML and Markdown."""
    from kg import api
    from kg.report.writer import make_report

    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    registry = data / "registry.ttl"
    text = registry.read_text(encoding="utf-8")
    assert '"국토교통부"@ko' in text
    registry.write_text(text.replace('"국토교통부"@ko', '"<script>alert(1)</script>국토교통부"@ko', 1), encoding="utf-8")
    store = api.load(data=data)
    _report, _paths = make_report(store, tmp_path / "out", with_map=False)
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;국토교통부" in html
    assert "<script>" not in md


def test_report_opens_offline_in_chromium(report_dir):
    from kg.viz.headless import HeadlessChromium, find_chromium

    if not find_chromium():
        pytest.skip("Chromium not found: install Debian's 'chromium' package")
    with HeadlessChromium() as browser:
        page = browser.open(str(report_dir / "report.html"))
        try:
            assert page.evaluate("document.querySelectorAll('li.claim').length") >= 5
            assert page.evaluate("document.querySelectorAll('figure.chart svg').length") >= 2
            assert page.external_requests == []
            assert page.console_errors == []
        finally:
            page.close()


def test_large_network_map_shows_top_actors_and_says_so(tmp_path, monkeypatch):
    """Above the map limits the report draws the top actors by degree, and its map section says so."""
    import json

    from kg.report import builder

    monkeypatch.setattr(builder, "MAP_MAX_NODES", 10)
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["report", "--out", str(out), "--lang", "en"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    html = (out / "network.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script id="scgov-data" type="application/json">(.*?)</script>', html, re.S).group(1))
    labels = {n["label"] for n in data["nodes"]}
    assert len(data["nodes"]) == 10 and "Ministry of Land, Infrastructure and Transport" in labels
    assert "top 10 of 49 by degree" in data["meta"]["filtered"]
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "too large to draw whole (49 actors, 299 ties)" in md and "the 10 actors of highest degree" in md


def test_data_quality_lists_entities_without_evidence(tmp_path):
    """An organisation the registry asserts but no document mentions or relates is listed (and only it)."""
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    with (data / "registry.ttl").open("a", encoding="utf-8") as f:
        f.write('\nsgr:orphan-institute a sg:ResearchInstitute ;\n'
                '    skos:prefLabel "근거없는연구원"@ko , "Institute Without Evidence"@en ;\n'
                '    sg:sector sgr:sector-research .\n')
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["--data", str(data), "report", "--out", str(out), "--no-map", "--lang", "en"],
                           catch_exceptions=False)
    assert r.exit_code == 0, r.output
    md = (out / "report.md").read_text(encoding="utf-8")
    line = next(x for x in md.splitlines() if "mentioned by no document" in x)
    assert line.startswith("1 registry entit") and "Institute Without Evidence" in line
