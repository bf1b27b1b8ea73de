"""The projection on the real seed graph: known answers from the seed documents."""

from __future__ import annotations

import pytest

from kg.network import projection as p

SGR = "https://w3id.org/scgov/id/"


@pytest.fixture(scope="module")
def one(graph):
    return p.one_mode(graph)


@pytest.fixture(scope="module")
def two(graph):
    return p.two_mode(graph)


def test_role_less_direct_tie_weighs_its_base_weight(one):
    """Regression: a tie type without roles (sub-organisation) once matched every role factor.

    The unbound ?role in tie_links.rq joined ``?role sg:tieFactor ?f`` with every role, so
    the division–ministry tie weighed 33.5 instead of sub-organisation's base weight 2.0.
    """
    d = one.edges[SGR + "molit", SGR + "molit-urban-economy-division"]
    assert d["weight"] == pytest.approx(2.0)
    assert d["tie_types"] == ["suborganization"]
    assert d["via"] == ["하위 조직"]


def test_every_edge_has_types_years_and_sources(one, two):
    for G in (one, two):
        assert G.number_of_edges() > 0
        for u, v, d in G.edges(data=True):
            assert d["tie_types"], (u, v)
            assert d["years"], (u, v)
            assert d["evidence"] and all(e["doc"].startswith(SGR + "doc-") and e["quote"] and e["doc_title"]
                                         for e in d["evidence"]), (u, v)
            assert d["distance"] == pytest.approx(1 / d["weight"], rel=1e-4)


def test_two_mode_roles_and_bipartite(two):
    d = two.edges[SGR + "molit", SGR + "event-2017-01-11-smart-city-policy-meeting"]
    assert "organiser" in d["roles"] and d["tie_types"] == ["event"]
    assert two.nodes[SGR + "molit"]["bipartite"] == 0
    assert two.nodes[SGR + "smart-city-task-force"]["bipartite"] == 1
    kinds = {d["kind"] for _n, d in two.nodes(data=True) if d["bipartite"] == 1}
    assert {"body", "event", "programme"} <= kinds


def test_event_co_attendance_ties_companies(one):
    d = one.edges[SGR + "ibm", SGR + "lg-cns"]
    assert d["tie_types"] == ["event"]
    assert any("IBM, LG CNS" in e["quote"] for e in d["evidence"])


def test_year_filter(graph):
    G17 = p.one_mode(graph, filters=p.Filters(years=(2017, 2017)))
    assert SGR + "ibm" in G17
    assert all(d["years"] == [2017] for *_e, d in G17.edges(data=True))
    assert G17.graph["filtered"] == "years 2017–2017"


def test_sector_filter(graph):
    G = p.one_mode(graph, filters=p.Filters(sectors=frozenset({"industry"})))
    assert len(G) and {d["sector"] for _n, d in G.nodes(data=True)} == {"industry"}


def test_tie_type_filter(graph):
    G = p.one_mode(graph, filters=p.Filters(tie_types=frozenset({"body"})))
    assert {t for *_e, d in G.edges(data=True) for t in d["tie_types"]} == {"body"}
    assert G.has_edge(SGR + "motie", SGR + "me")          # both on the energy-environment subcommittee


def test_people_included(graph, one):
    assert SGR + "kang-ho-in" not in one
    G = p.one_mode(graph, filters=p.Filters(include_people=True))
    assert SGR + "kang-ho-in" in G
    assert G.nodes[SGR + "kang-ho-in"]["kind"] == "person"
    assert G.degree(SGR + "kang-ho-in") > 0


def test_parse_filters_rejects_bad_values(graph):
    from kg.errors import KGError

    with pytest.raises(KGError, match="unknown tie type 'meeting'"):
        p.parse_filters(graph, tie_types=["meeting"])
    with pytest.raises(KGError, match="unknown sector"):
        p.parse_filters(graph, sectors=["goverment"])
    with pytest.raises(KGError, match="either --year or --years"):
        p.parse_filters(graph, year=2017, years="2017-2018")
    assert p.parse_filters(graph, years="2018").years == (2018, 2018)


def test_resolve_node_messages(graph, one):
    from kg.errors import ResolutionError

    assert p.resolve_node(graph, one, "국토부") == SGR + "molit"
    assert p.resolve_node(graph, one, "MOLIT") == SGR + "molit"
    with pytest.raises(ResolutionError, match="Closest names: 국토교통부"):
        p.resolve_node(graph, one, "국토교통")
    with pytest.raises(ResolutionError, match="people are left out unless --people"):
        p.resolve_node(graph, one, "강호인")
    with pytest.raises(ResolutionError, match="not an actor"):
        p.resolve_node(graph, one, "스마트시티 추진단")
