"""Fixtures of the map tests: a small contract graph with hostile labels (the browser is in tests/conftest.py)."""

import networkx as nx
import pytest

XSS_LABEL = "<img src=x onerror=alert(1)>"
SCRIPT_LABEL = "</script><script>alert(2)</script>"
BASE = "https://scgov.example.org/id/"


def _node(G, key, ko, en, kind, cls, sector, sector_ko, years=()):
    """Add a contract node (labels in Korean, as ``G.graph['lang'] == 'ko'``)."""
    G.add_node(BASE + key, label=ko or en, label_ko=ko, label_en=en, kind=kind,
               class_label=cls, sector=sector, sector_label=sector_ko, years=list(years))


def _edge(G, a, b, weight, tie_types, years, quote="", title="Press release"):
    """Add a contract edge with one evidence item per year."""
    evidence = [{"doc": f"{BASE}doc/{a}-{b}-{y}", "doc_title": title, "date": f"{y}-03-01",
                 "quote": quote or f"{a} and {b} cooperated in {y}.", "via": tie_types[0]}
                for y in years]
    G.add_edge(BASE + a, BASE + b, weight=float(weight), distance=1.0 / weight,
               tie_types=sorted(tie_types), years=sorted(years), via=[tie_types[0]],
               evidence=evidence)


def make_small_graph():
    """Return a 12-node Korean-language cooperation graph with XSS and ``</script>`` labels."""
    G = nx.Graph(mode="one", lang="ko", title="협력 네트워크 2018 <b>test</b>",
                 filtered="2018, top 12 actors by degree")
    _node(G, "molit", "국토교통부", "Ministry of Land, Infrastructure and Transport",
          "organization", "Ministry", "central-government", "중앙정부", [2018, 2019])
    _node(G, "sejong", "세종특별자치시", "Sejong City", "organization", "Metropolitan city",
          "local-government", "지방정부", [2018])
    _node(G, "busan", "부산광역시", "Busan", "organization", "Metropolitan city",
          "local-government", "지방정부", [2018])
    _node(G, "kaia", "국토교통과학기술진흥원", "KAIA", "organization",
          "Research agency", "research", "연구기관")
    _node(G, "lh", "한국토지주택공사", "Korea Land and Housing Corporation", "organization",
          "Public corporation", "public-enterprise", "공기업")
    _node(G, "kaist", "한국과학기술원", "KAIST", "organization", "University", "academia", "학계")
    _node(G, "naver", "네이버", "Naver", "organization", "Company", "industry", "산업계")
    _node(G, "committee", "스마트시티 특별위원회", "Smart City Special Committee", "body",
          "Presidential committee", "governance-body", "거버넌스 기구")
    _node(G, "expo", "월드 스마트시티 엑스포", "World Smart City Expo", "event", "Expo",
          "other", "기타", [2018])
    _node(G, "hong", "홍길동", "Hong Gil-dong", "person", "Official", "central-government",
          "중앙정부")
    _node(G, "xss", "", XSS_LABEL, "person", "Probe <i>class</i>", "industry", "산업계")
    _node(G, "script", SCRIPT_LABEL, "Script probe", "agreement", "MoU", "research", "연구기관")
    for a, b, w, t, y in [("molit", "sejong", 3, ["agreement", "programme"], [2018, 2019]),
                          ("molit", "busan", 2, ["programme"], [2018]),
                          ("molit", "kaia", 4, ["body"], [2018]),
                          ("molit", "committee", 2, ["body"], [2018]),
                          ("sejong", "lh", 2, ["project"], [2018]),
                          ("busan", "lh", 1, ["project"], [2018]),
                          ("kaia", "kaist", 1, ["programme"], [2018]),
                          ("naver", "busan", 1, ["event"], [2018]),
                          ("expo", "molit", 1, ["event"], [2018]),
                          ("hong", "molit", 1, ["body"], [2018]),
                          ("committee", "kaist", 1, ["body"], [2018]),
                          ("script", "kaia", 1, ["agreement"], [2018])]:
        _edge(G, a, b, w, t, y)
    _edge(G, "xss", "naver", 2, ["event"], [2018], title="<i>Press</i> & co",
          quote='He said "<b>hi</b>" & <img src=y onerror=alert(3)>')
    return G


@pytest.fixture
def small_graph():
    """A fresh small contract graph (see :func:`make_small_graph`)."""
    return make_small_graph()


@pytest.fixture
def small_measures(small_graph):
    """Measures of the small graph: degree and a made-up betweenness."""
    return {n: {"degree": d, "betweenness": 0.1 * d}
            for n, d in small_graph.degree()}
