"""The analysis table and the year comparison on the real seed graph, and the known answers."""

from __future__ import annotations

import json
import math

import pytest

from kg.network import projection as p
from kg.network.analysis import COLUMNS, analyze, metrics

SGR = "https://w3id.org/scgov/id/"
REGIONAL_2018_MOU = ["ri-gangwon", "ri-gyeonggi", "ri-gyeongnam", "ri-seoul", "ri-jeju", "ri-ulsan"]


@pytest.fixture(scope="module")
def result(graph):
    return metrics(graph, n_permutations=200)


def test_krihs_tied_to_every_regional_institute_of_the_2018_mou(graph):
    G = p.one_mode(graph)
    mou = [str(r[0]) for r in graph.query(
        "PREFIX sg: <https://w3id.org/scgov/def#> SELECT ?p WHERE { "
        "<https://w3id.org/scgov/id/mou-2018-09-19-smart-city-research-council> sg:party ?p }").rows]
    regional = [x for x in mou if x.startswith(SGR + "ri-")]
    assert len(regional) >= 14 and {SGR + r for r in REGIONAL_2018_MOU} <= set(regional)
    for r in regional:
        d = G.edges[SGR + "krihs", r]
        assert "agreement" in d["tie_types"] and 2018 in d["years"]


def test_molit_and_msit_tied_through_the_2018_event(graph):
    G = p.one_mode(graph)
    d = G.edges[SGR + "molit", SGR + "msit"]
    assert "event" in d["tie_types"] and 2018 in d["years"]
    assert any(e["doc"] == SGR + "doc-2018-09-19-krihs" and e["date"] == "2018-09-19" for e in d["evidence"])


def test_two_mode_molit_hosts_the_2018_seminar(graph):
    T = p.two_mode(graph)
    d = T.edges[SGR + "molit", SGR + "event-2018-09-19-research-council-launch"]
    assert d["roles"] == ["host"] and d["tie_types"] == ["event"]


def test_2017_only_has_no_regional_institutes(graph):
    G = p.one_mode(graph, filters=p.Filters(years=(2017, 2017)))
    assert len(G) > 10
    assert not [n for n in G if n.startswith(SGR + "ri-")]
    G18 = p.one_mode(graph, filters=p.Filters(years=(2018, 2018)))
    assert SGR + "ri-seoul" in G18


def test_sector_filter_research_only(graph):
    G = p.one_mode(graph, filters=p.Filters(sectors=frozenset({"research"})))
    assert SGR + "krihs" in G and SGR + "molit" not in G
    assert {d["sector"] for _n, d in G.nodes(data=True)} == {"research"}


def test_people_add_kang_ho_in(graph):
    G = p.one_mode(graph, filters=p.Filters(include_people=True))
    assert SGR + "kang-ho-in" in G and SGR + "kang-hyun-soo" in G


def test_table_has_every_value_for_every_node(result):
    G = result.graph
    assert set(result.table) == set(G)
    for node, row in result.table.items():
        assert set(row) == set(COLUMNS)
        for col in COLUMNS:
            value = row[col]
            assert value is not None, (node, col)
            if col != "constraint" and col not in ("effective_size", "efficiency"):
                assert not (isinstance(value, float) and math.isnan(value)), (node, col)


def test_known_leaders(result):
    assert result.top("degree", 1) == [SGR + "molit"]
    assert result.top("betweenness", 1) == [SGR + "molit"]
    assert SGR + "krihs" in result.top("strength", 3)


def test_network_stats(result):
    net = result.network
    assert net["nodes"] == len(result.graph) and net["components"] >= 1
    assert 0 < net["density"] < 1
    assert net["ei"]["n_permutations"] == 200 and 0 < net["ei"]["p_value"] <= 1
    assert set(net["mixing"]["groups"]) >= {"central-government", "research"}
    assert net["n_communities"] == len(result.communities) >= 2
    json.dumps(result.to_dict())                                  # strict JSON


def test_info_carries_exactness(result):
    assert result.info["betweenness"]["exact"] is True
    assert result.info["constraint"]["note"] == "every node"


def test_local_measures_top_n_on_big_graphs():
    from kg.viz.synthetic import synthetic_graph

    G = synthetic_graph(300, m=2)
    res = analyze(G, local_threshold=100, local_top=20, n_permutations=50)
    computed = [n for n, r in res.table.items() if r["constraint"] is not None]
    assert len(computed) == 20
    assert res.info["constraint"]["sample_size"] == 20
    assert "20 nodes of highest degree" in res.info["brokerage"]["note"]
    top = max(G, key=G.degree)
    assert res.table[top]["brokerage"] == analyze(G, n_permutations=50).table[top]["brokerage"]


def test_compare_2017_2018(graph):
    from kg.network.temporal import compare_years

    c = compare_years(graph, 2017, 2018)
    entered = {n["node"] for n in c["entered"]}
    assert SGR + "krihs" in entered and SGR + "ri-seoul" in entered
    assert SGR + "ibm" in {n["node"] for n in c["left"]}
    assert any({t["source"], t["target"]} == {SGR + "molit", SGR + "msit"} for t in c["new_ties"])
    molit = next(m for m in c["moves"] if m["node"] == SGR + "molit")
    assert molit["before"] > 0 and molit["after"] > 0


def test_compare_graphs_is_compare_years_without_the_projection(graph):
    from kg.network.temporal import compare_graphs, compare_years, period_graph

    a, b = period_graph(graph, 2017), period_graph(graph, 2018)
    assert compare_graphs(a, b, 2017, 2018, measure="degree", top=8) == compare_years(graph, 2017, 2018, measure="degree", top=8)
    # the moves' degrees are each year's own degrees (what analyze() gave before)
    moves = {m["node"]: m for m in compare_graphs(a, b, 2017, 2018, measure="degree", top=50)["moves"]}
    assert moves[SGR + "molit"]["before"] == a.degree(SGR + "molit")
    assert moves[SGR + "molit"]["after"] == b.degree(SGR + "molit")
