"""The named queries return the documents' answers (the competency questions of the graph)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from kg import api

REGIONAL_17 = {
    "국토연구원", "강원연구원", "경기연구원", "경기도경제과학진흥원", "경남발전연구원", "고양시정연구원",
    "광주전남연구원", "대구경북연구원", "대전세종연구원", "서울연구원", "수원시정연구원", "울산발전연구원",
    "전북연구원", "제주연구원", "창원시정연구원", "충남연구원", "충북연구원",
}
MEETING_2017 = {
    "국토교통부", "IBM", "LG CNS", "현대건설", "SK텔레콤", "ESE", "한국토지주택공사", "서울대학교",
    "한국과학기술기획평가원", "국토교통과학기술진흥원", "한국건설기술연구원", "교통안전공단", "토지주택연구원",
}


def labels(result, var):
    return {r[f"{var}Label"] for r in result.records() if r.get(var)}


def test_subcommittees_and_their_lead_ministries(graph):
    leads = defaultdict(set)
    for r in api.query(graph, "list_subcommittees").records():
        leads[r["subcommitteeLabel"]].add(r["leadLabel"])
    assert sorted(map(frozenset, leads.values()), key=sorted) == sorted(
        [frozenset({"국토교통부"}), frozenset({"산업통상자원부", "환경부"}), frozenset({"미래창조과학부"})], key=sorted
    )
    by_lead = {frozenset(v): k for k, v in leads.items()}
    assert "도시인프라" in by_lead[frozenset({"국토교통부"})]
    assert "에너지환경" in by_lead[frozenset({"산업통상자원부", "환경부"})]
    assert "IT솔루션" in by_lead[frozenset({"미래창조과학부"})]


def test_subcommittees_filtered_by_lead_alias(graph):
    rows = api.query(graph, "list_subcommittees", lead="미래부", lang="en").records()
    assert {r["leadLabel"] for r in rows} == {"Ministry of Science, ICT and Future Planning"}
    assert len({r["subcommittee"] for r in rows}) == 1


def test_2018_mou_has_the_17_institutes(graph):
    rows = api.query(graph, "list_agreement_parties").records()
    by_agreement = defaultdict(set)
    for r in rows:
        by_agreement[r["agreement"]].add(r["partyLabel"])
    [mou] = [a for a, parties in by_agreement.items() if "국토연구원" in parties]
    assert by_agreement[mou] == REGIONAL_17
    assert {r["date"] for r in rows if r["agreement"] == mou} == {"2018-09-19"}


def test_hosts_and_organisers_of_the_2018_programme(graph):
    rows = api.query(graph, "list_event_roles", role="주최").records()
    hosts_2018 = {r["orgLabel"] for r in rows if str(r["date"]).startswith("2018-09-19")}
    assert hosts_2018 == {"국토교통부", "과학기술정보통신부"}
    rows = api.query(graph, "list_event_roles", role="주관").records()
    organisers = {r["orgLabel"] for r in rows if str(r["date"]).startswith("2018")}
    assert organisers == REGIONAL_17 - {"전북연구원"}  # the (주관) line names 16, without 전북연구원


def test_attendees_of_the_2017_meeting(graph):
    rows = api.query(graph, "list_event_roles").records()
    at_meeting = {r["orgLabel"] for r in rows if r["date"] == "2017-01-11"}
    assert MEETING_2017 <= at_meeting
    chairs = {r["orgLabel"] for r in rows if r["date"] == "2017-01-11" and r["roleLabel"] == "주재"}
    assert chairs == {"강호인"}


def test_members_of_the_research_council(graph):
    rows = api.query(graph, "list_members", body="스마트시티 연구기관 협력 협의체").records()
    current = {r["memberLabel"] for r in rows if not r.get("status")}
    planned = {r["memberLabel"] for r in rows if (r.get("status") or "").endswith("status-planned")}
    assert current == REGIONAL_17
    assert planned == {"한국건설기술연구원"}


def test_people_and_posts(graph):
    rows = api.query(graph, "list_people_posts").records()
    pairs = {(r["personLabel"], r["orgLabel"]) for r in rows}
    assert ("강호인", "국토교통부") in pairs
    assert ("강현수", "국토연구원") in pairs
    assert ("이영성", "서울대학교") in pairs
    roles = {r["personLabel"]: r["roleLabel"] for r in rows}
    assert roles["강호인"] == "장관"


def test_reorganisations_join_2017_and_2018(graph):
    rows = api.query(graph, "list_reorganizations").records()
    changes = {(r["predecessorLabel"], r["successorLabel"], r.get("date")) for r in rows}
    assert ("미래창조과학부", "과학기술정보통신부", "2017-07-26") in changes
    assert ("행정자치부", "행정안전부", "2017-07-26") in changes
    assert ("국민안전처", "행정안전부", "2017-07-26") in changes
    legal = {r["legalBasisLabel"] for r in rows if r.get("date") == "2017-07-26"}
    assert legal == {"정부조직법"}


def test_special_zones_designated_by_molit(graph):
    rows = api.query(graph, "list_special_zones").records()
    assert len({r["zone"] for r in rows}) == 4
    assert {r["designatedByLabel"] for r in rows} == {"국토교통부"}
    assert {"세종", "동탄2", "판교", "평택고덕"} <= {z for r in rows for z in [r["zoneLabel"]] if z} | {
        z for r in rows for z in ("세종", "동탄2", "판교", "평택고덕") if z in r["zoneLabel"]
    }


def test_programmes_have_lead_and_status(graph):
    rows = api.query(graph, "list_programs", lang="en").records()
    challenge = [r for r in rows if "Challenge" in r["programLabel"] and "U.S." not in r["programLabel"]]
    assert challenge
    assert {r["statusLabel"] for r in challenge} == {"Planned"}
    assert ("Ministry of Land, Infrastructure and Transport", "Lead") in {(r.get("orgLabel"), r.get("roleLabel")) for r in challenge}


def test_describe_organization_has_evidence(graph):
    rows = api.query(graph, "describe_organization", org="KRIHS").records()
    props = {r["property"].rsplit("#", 1)[-1].rsplit("/", 1)[-1] for r in rows}
    assert {"MOU", "Membership", "Participation"} & props
    related = [r for r in rows if r.get("quote")]
    assert related and all(r["doc"] and r["date"] for r in related)


def test_evidence_between_molit_and_msit(graph):
    rows = api.query(graph, "list_evidence", a="국토부", b="과기정통부").records()
    assert rows
    assert {r["date"] for r in rows} == {"2018-09-19"}
    assert any("주 최" in r["quote"] or "주최" in r["quote"] for r in rows)


def test_count_by_sector(graph):
    rows = {r["sectorLabel"]: int(r["count"]) for r in api.query(graph, "count_organizations_by_sector", lang="en").records()}
    assert rows["Research"] >= 20
    assert rows["Central government"] >= 10


@pytest.mark.parametrize("name", sorted(api.named_queries()))
def test_every_named_query_runs_and_answers(graph, name):
    query = api.named_queries()[name]
    params = {p.name: "국토연구원" for p in query.params if p.required}
    result = api.query(graph, name, **params)
    assert len(result) > 0
    for var in result.vars:
        if not var.endswith("Label") and f"{var}Label" in result.vars:
            assert all(r[f"{var}Label"] for r in result.records() if r[var] and r[var].startswith("http"))


def test_describe_organization_lists_agreements(graph):
    rows = api.query(graph, "describe_organization", org="국토연구원").records()
    mous = {r["value"] for r in rows if r["property"].endswith("#MOU")}
    assert len(mous) == 1


def test_class_labels_are_shown_but_do_not_resolve(graph):
    rows = api.query(graph, "describe_organization", org="국토연구원", lang="en").records()
    types = {r["valueLabel"] for r in rows if r["property"].endswith("#type")}
    assert "Government-funded research institute" in types
    from kg.errors import ResolutionError
    from kg.names import name_index

    with pytest.raises(ResolutionError):
        name_index(graph).resolve("Government-funded research institute")


def test_programmes_of_one_partner(graph):
    rows = api.query(graph, "list_programs", org="KAIST", lang="en").records()
    assert {r["orgLabel"] for r in rows} == {"Korea Advanced Institute of Science and Technology"}
    assert len({r["program"] for r in rows}) == 1 and "specialists" in rows[0]["programLabel"]
