"""Tests of the seed knowledge graph: SHACL, provenance, and real answers from the documents."""

import re
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, SKOS

from conftest import FIXTURES_DIR, ONTOLOGY_DIR

SG = Namespace("https://w3id.org/scgov/def#")
SGR = Namespace("https://w3id.org/scgov/id/")
SGSH = Namespace("https://w3id.org/scgov/def/shapes#")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
SDO = Namespace("https://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SH = Namespace("http://www.w3.org/ns/shacl#")

RELATIONSHIP_CLASSES = [
    ORG.Membership, SG.Participation, SG.ProgrammeRole, SG.Agreement,
    SG.Designation, SG.Subordination, ORG.ChangeEvent,
]


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

def instances(g: Graph, cls: URIRef) -> set:
    """Instances of cls, following rdfs:subClassOf in the graph."""
    classes = set(g.transitive_subjects(RDFS.subClassOf, cls))
    return {s for c in classes for s in g.subjects(RDF.type, c)}


def label(g: Graph, node, lang: str = "ko") -> str:
    for lit in g.objects(node, SKOS.prefLabel):
        if isinstance(lit, Literal) and lit.language == lang:
            return str(lit)
    return ""


def ko_labels(g: Graph, nodes) -> set:
    return {label(g, n, "ko") for n in nodes}


def participants(g: Graph, event, role) -> set:
    return {
        g.value(p, SG.participant)
        for p in g.subjects(SG.event, event)
        if (p, ORG.role, role) in g
    }


def failing_shapes(report: Graph) -> set:
    """Source shapes of the top-level results (not of nested sh:detail results)."""
    out = set()
    for r in report.objects(None, SH.result):
        s = report.value(r, SH.sourceShape)
        out.add("sgsh:" + str(s).split("#")[-1] if isinstance(s, URIRef) else "_:blank")
    return out


def validate(data: Graph, shapes: Graph):
    return pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=None, inference="none",
        abort_on_first=False, allow_warnings=False,
    )


def fixture_expectation(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"{path.name} has no '# expect:' header line")


# --------------------------------------------------------------------------------------------
# SHACL
# --------------------------------------------------------------------------------------------

def test_seed_graph_conforms(seed_graph, shapes_graph):
    conforms, _, text = validate(seed_graph, shapes_graph)
    assert conforms, text


FAIL_FIXTURES = sorted(FIXTURES_DIR.glob("fail_*.ttl"))
PASS_FIXTURES = sorted(FIXTURES_DIR.glob("pass_*.ttl"))


def _fixture_graph(path: Path) -> Graph:
    g = Graph().parse(ONTOLOGY_DIR / "scgov.ttl", format="turtle")
    g.parse(path, format="turtle")
    return g


@pytest.mark.parametrize("path", PASS_FIXTURES, ids=lambda p: p.stem)
def test_pass_fixture_conforms(path, shapes_graph):
    assert fixture_expectation(path) == "conforms"
    conforms, _, text = validate(_fixture_graph(path), shapes_graph)
    assert conforms, text


@pytest.mark.parametrize("path", FAIL_FIXTURES, ids=lambda p: p.stem)
def test_fail_fixture_fails_for_its_reason(path, shapes_graph):
    expected = set(fixture_expectation(path).split())
    conforms, report, text = validate(_fixture_graph(path), shapes_graph)
    assert not conforms, f"{path.name} unexpectedly conforms"
    assert failing_shapes(report) == expected, text


def test_fixtures_exist():
    assert len(FAIL_FIXTURES) >= 5 and len(PASS_FIXTURES) >= 1


def test_every_named_shape_has_name_and_message(shapes_graph):
    shapes = set(shapes_graph.subjects(RDF.type, SH.NodeShape)) | set(
        shapes_graph.subjects(RDF.type, SH.PropertyShape))
    assert shapes
    for s in shapes:
        assert (s, SH.name, None) in shapes_graph, f"{s} has no sh:name"
        assert (s, SH.message, None) in shapes_graph, f"{s} has no sh:message"


# --------------------------------------------------------------------------------------------
# ontology
# --------------------------------------------------------------------------------------------

def test_every_sg_term_is_labelled_and_defined(ontology_graph):
    g = ontology_graph
    terms = {
        s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in g.subjects(RDF.type, t) if str(s).startswith(str(SG))
    }
    assert len(terms) > 40
    for t in terms:
        for p in (RDFS.label, SKOS.definition):
            langs = {o.language for o in g.objects(t, p)}
            assert {"ko", "en"} <= langs, f"{t} lacks {p} in ko/en"


def test_sector_scheme_notations(ontology_graph):
    g = ontology_graph
    keys = {str(g.value(c, SKOS.notation)) for c in g.subjects(SKOS.inScheme, SGR.sectors)}
    assert keys == {
        "central-government", "local-government", "research", "public-enterprise",
        "academia", "industry", "international", "governance-body", "other",
    }


def test_roles_are_org_roles_with_labels(ontology_graph):
    g = ontology_graph
    roles = set(g.subjects(SKOS.inScheme, SGR.roles))
    assert SGR["role-host"] in roles and SGR["role-organiser"] in roles
    for r in roles:
        assert (r, RDF.type, ORG.Role) in g
        assert label(g, r, "ko") and label(g, r, "en")


# --------------------------------------------------------------------------------------------
# provenance and evidence
# --------------------------------------------------------------------------------------------

def relationship_nodes(g: Graph) -> set:
    return {n for c in RELATIONSHIP_CLASSES for n in instances(g, c)}


def test_every_relationship_has_source_and_evidence(seed_graph):
    g = seed_graph
    nodes = relationship_nodes(g)
    assert len(nodes) > 100
    for n in nodes:
        docs = set(g.objects(n, PROV.wasDerivedFrom))
        assert docs, f"{n} has no prov:wasDerivedFrom"
        for d in docs:
            assert (d, RDF.type, SG.SourceDocument) in g
        evs = list(g.objects(n, SG.evidence))
        assert evs, f"{n} has no sg:evidence"
        for ev in evs:
            assert g.value(ev, PROV.wasQuotedFrom) in docs, f"{n}: evidence from another document"
            quote = g.value(ev, SG.quote)
            assert quote is not None and str(quote).strip(), f"{n}: empty quote"


def test_quotes_are_short(seed_graph):
    for q in seed_graph.objects(None, SG.quote):
        assert len(str(q)) <= 200, q


def test_quotes_are_exact_substrings_of_the_sources(seed_graph, seeds_dir):
    if seeds_dir is None:
        pytest.skip("seed texts (../shared/seeds) not found next to the repository; quote check skipped")
    g = seed_graph
    checked = 0
    for ev in set(g.subjects(SG.quote, None)):
        doc = g.value(ev, PROV.wasQuotedFrom)
        source_file = g.value(doc, SG.sourceFile)
        if source_file is None:
            continue  # e.g. the Government Organization Act: not in the seed collection
        text = (seeds_dir / str(source_file)).read_text(encoding="utf-8")
        quote = str(g.value(ev, SG.quote))
        assert quote in text, f"quote not found in {source_file}: {quote!r}"
        checked += 1
    assert checked > 50


def test_page_furniture_is_not_data(seed_graph):
    """No phone/fax numbers and no bid-site name in any literal."""
    phone = re.compile(r"\b0\d{1,2}[- ]\d{3,4}[- ]\d{4}\b")
    for lit in seed_graph.objects():
        if isinstance(lit, Literal):
            s = str(lit)
            assert not phone.search(s), s
            assert "비드프로" not in s, s


def test_every_used_entity_is_typed(seed_graph):
    g = seed_graph
    props = [SG.participant, SG.agent, SG.party, ORG.member, ORG.organization, SG.child,
             SG.parent, SG.designatedBy, SG.zone, ORG.originalOrganization,
             ORG.resultingOrganization, SG.post, SG.event, SG.programme, SDO.mentions,
             SG.establishes, SDO.location, SDO.superEvent, DCT.publisher]
    for p in props:
        for o in g.objects(None, p):
            assert (o, RDF.type, None) in g, f"{o} (via {p}) has no rdf:type"


# --------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------

def test_every_organisation_and_person_has_ko_and_en_labels(seed_graph):
    g = seed_graph
    nodes = instances(g, ORG.Organization) | instances(g, FOAF.Person)
    assert len(nodes) > 60
    for n in nodes:
        langs = [o.language for o in g.objects(n, SKOS.prefLabel)]
        assert sorted(langs) == ["en", "ko"], f"{n}: {langs}"


GLOSSARY_ALIASES = {
    "국토부": SGR.molit, "MOLIT": SGR.molit,
    "1차관": SGR["molit-first-vice-minister"],
    "미래부": SGR.msip, "MSIP": SGR.msip,
    "과기정통부": SGR.msit, "과기부": SGR.msit, "MSIT": SGR.msit, "과학기술 정보통신부": SGR.msit,
    "산업부": SGR.motie, "MOTIE": SGR.motie,
    "행자부": SGR.moi,
    "안전처": SGR.mpss, "MPSS": SGR.mpss,
    "행안부": SGR.mois, "MOIS": SGR.mois,
    "ME": SGR.me, "KNPA": SGR.knpa,
    "LH": SGR.lh, "LHI": SGR.lhi, "KAIA": SGR.kaia, "KISTEP": SGR.kistep,
    "건기연": SGR.kict, "건설연": SGR.kict, "KICT": SGR.kict,
    "TS": SGR.ts, "교통안전공단": SGR.ts,
    "KRIHS": SGR.krihs,
    "SKT": SGR["sk-telecom"], "서울대": SGR.snu, "연대": SGR.yonsei, "KAIST": SGR.kaist,
    "GBSA": SGR.gbsa, "경기도 경제과학진흥원": SGR.gbsa, "The Seoul Institute": SGR["ri-seoul"],
    "美 교통부": SGR["us-dot"], "콜럼버스市": SGR.columbus, "싱가폴": SGR.singapore,
    "킨텍스": SGR.kintex, "KINTEX": SGR.kintex,
    "WSCW": SGR["world-smart-city-week"],
    "Smart-City 추진단": SGR["smart-city-task-force"],
    "지자체": SGR["local-governments"],
}


def resolve(g: Graph, name: str) -> set:
    return {
        s for p in (SKOS.prefLabel, SKOS.altLabel)
        for s, _, o in g.triples((None, p, None))
        if isinstance(o, Literal) and str(o) == name
        and (s, RDF.type, SKOS.Concept) not in g
    }


@pytest.mark.parametrize("alias,expected", sorted(GLOSSARY_ALIASES.items()))
def test_glossary_alias_resolves_to_exactly_one_entity(seed_graph, alias, expected):
    assert resolve(seed_graph, alias) == {expected}


def test_registry_labels_are_unambiguous():
    g = Graph().parse(Path(__file__).resolve().parents[1] / "data" / "registry.ttl")
    owners = {}
    for s, p, o in g:
        if p in (SKOS.prefLabel, SKOS.altLabel):
            owners.setdefault(str(o), set()).add(s)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes


# --------------------------------------------------------------------------------------------
# real answers: document 000 (MOLIT, 2017-01-11)
# --------------------------------------------------------------------------------------------

MEETING = SGR["event-2017-01-11-smart-city-policy-meeting"]


def test_2017_meeting_attendees(seed_graph):
    g = seed_graph
    got = ko_labels(g, participants(g, MEETING, SGR["role-participant"]))
    assert got == {
        "국토교통부", "IBM", "LG CNS", "현대건설", "SK텔레콤", "ESE", "한국토지주택공사",
        "이영성", "서울대학교", "한국과학기술기획평가원", "국토교통과학기술진흥원",
        "한국건설기술연구원", "교통안전공단", "토지주택연구원",
    }
    assert participants(g, MEETING, SGR["role-chair"]) == {SGR["kang-ho-in"]}
    assert participants(g, MEETING, SGR["role-organiser"]) == {SGR.molit}
    molit = [p for p in g.subjects(SG.participant, SGR.molit)
             if (p, SG.event, MEETING) in g and (p, ORG.role, SGR["role-participant"]) in g]
    assert len(molit) == 1 and g.value(molit[0], SG.headcount).toPython() == 10


def test_2017_groups(seed_graph):
    g = seed_graph
    groups = {}
    for p in g.subjects(SG.event, MEETING):
        grp = g.value(p, SG.group)
        if grp is not None:
            groups.setdefault(str(grp), set()).add(label(g, g.value(p, SG.participant)))
    assert groups["업계"] == {"IBM", "LG CNS", "현대건설", "SK텔레콤", "ESE", "한국토지주택공사"}
    assert "이영성" in groups["전문가"] and "서울대학교" in groups["전문가"]


def test_minister_holds_post(seed_graph):
    g = seed_graph
    m = [m for m in g.subjects(ORG.member, SGR["kang-ho-in"])
         if (m, RDF.type, ORG.Membership) in g]
    assert len(m) == 1
    assert g.value(m[0], ORG.organization) == SGR.molit
    assert g.value(m[0], SG.post) == SGR["molit-minister"]


def test_subcommittee_leads(seed_graph):
    g = seed_graph
    expected = {
        "tf-urban-infrastructure-subcommittee": {"국토교통부"},
        "tf-energy-environment-subcommittee": {"산업통상자원부", "환경부"},
        "tf-it-solution-subcommittee": {"미래창조과학부"},
    }
    for sub, leads in expected.items():
        members = {
            g.value(m, ORG.member) for m in g.subjects(ORG.organization, SGR[sub])
            if (m, ORG.role, SGR["role-lead"]) in g
        }
        assert ko_labels(g, members) == leads, sub
        subs = [s for s in g.subjects(SG.child, SGR[sub]) if (s, RDF.type, SG.Subordination) in g]
        assert len(subs) == 1
        assert g.value(subs[0], SG.parent) == SGR["smart-city-task-force"]
        assert g.value(subs[0], SG.status) == SGR["status-ongoing"]


def test_task_force_expansion_and_head(seed_graph):
    g = seed_graph
    ch = SGR["change-2017-smart-city-task-force-expansion"]
    assert g.value(ch, ORG.originalOrganization) == SGR["smart-city-export-task-force"]
    assert g.value(ch, ORG.resultingOrganization) == SGR["smart-city-task-force"]
    assert g.value(ch, DCT.type) == SGR["change-expansion"]
    assert g.value(ch, SG.status) == SGR["status-planned"]
    heads = [m for m in g.subjects(ORG.organization, SGR["smart-city-task-force"])
             if (m, ORG.role, SGR["role-head"]) in g]
    assert len(heads) == 1
    assert g.value(heads[0], ORG.member) == SGR.molit
    assert g.value(heads[0], SG.post) == SGR["molit-first-vice-minister"]
    councils = {g.value(s, SG.child) for s in g.subjects(SG.parent, SGR["smart-city-task-force"])
                if (s, SG.status, SGR["status-planned"]) in g}
    assert councils == {SGR["tf-local-government-council"], SGR["tf-public-enterprise-council"]}


def test_programmes_of_the_2017_package(seed_graph):
    g = seed_graph
    progs = {p for p in instances(g, SG.Programme)
             if (p, PROV.wasDerivedFrom, SGR["doc-2017-01-11-molit"]) in g}
    assert len(progs) >= 20
    statuses = {label(g, p): g.value(p, SG.status) for p in progs}
    assert statuses["미국 교통부 스마트시티 챌린지"] == SGR["status-completed"]
    assert statuses["스마트시티 안전망 5대 서비스 시범 적용 (대전 도안지구)"] == SGR["status-completed"]
    assert statuses["스마트시티 챌린지 사업"] == SGR["status-planned"]
    challenge = SGR["prog-2018-smart-city-challenge"]
    assert g.value(challenge, SG.modelledOn) == SGR["prog-us-dot-smart-city-challenge"]
    roadmap_partners = {
        g.value(r, SG.agent) for r in g.subjects(SG.programme, SGR["prog-2017-roadmap"])
        if (r, ORG.role, SGR["role-partner"]) in g
    }
    assert {SGR.msip, SGR.motie, SGR.moi} <= roadmap_partners
    zones = {g.value(d, SG.zone) for d in instances(g, SG.Designation)}
    assert ko_labels(g, zones) == {
        "세종 스마트시티 특화단지", "동탄2 스마트시티 특화단지",
        "판교 스마트시티 특화단지", "평택고덕 스마트시티 특화단지",
    }


# --------------------------------------------------------------------------------------------
# real answers: document 004 (KRIHS, 2018-09-19)
# --------------------------------------------------------------------------------------------

SEVENTEEN = {
    "국토연구원", "강원연구원", "경기연구원", "경기도경제과학진흥원", "경남발전연구원",
    "고양시정연구원", "광주전남연구원", "대구경북연구원", "대전세종연구원", "서울연구원",
    "수원시정연구원", "울산발전연구원", "전북연구원", "제주연구원", "창원시정연구원",
    "충남연구원", "충북연구원",
}
LAUNCH = SGR["event-2018-09-19-research-council-launch"]


def test_mou_parties_are_the_17_institutes(seed_graph):
    g = seed_graph
    mous = instances(g, SG.MOU)
    assert len(mous) == 1
    mou = mous.pop()
    parties = set(g.objects(mou, SG.party))
    assert len(parties) == 17
    assert ko_labels(g, parties) == SEVENTEEN
    assert str(g.value(mou, DCT.date)) == "2018-09-19"
    assert g.value(mou, SG.establishes) == SGR["smart-city-research-council"]
    assert g.value(mou, SG.signedAt) == SGR["event-2018-09-19-part-1"]


def test_organisers_are_16_without_jeonbuk(seed_graph):
    g = seed_graph
    orgs = ko_labels(g, participants(g, LAUNCH, SGR["role-organiser"]))
    assert len(orgs) == 16
    assert orgs == SEVENTEEN - {"전북연구원"}


def test_hosts_of_the_2018_events(seed_graph):
    g = seed_graph
    for ev in (SGR["event-2018-wscw"], LAUNCH):
        assert ko_labels(g, participants(g, ev, SGR["role-host"])) == {"국토교통부", "과학기술정보통신부"}


def test_council_members(seed_graph):
    g = seed_graph
    council = SGR["smart-city-research-council"]
    current = {g.value(m, ORG.member) for m in g.subjects(ORG.organization, council)
               if (m, SG.status, None) not in g}
    planned = {g.value(m, ORG.member) for m in g.subjects(ORG.organization, council)
               if (m, SG.status, SGR["status-planned"]) in g}
    assert ko_labels(g, current) == SEVENTEEN
    assert planned == {SGR.kict}


def test_event_hierarchy_and_place(seed_graph):
    g = seed_graph
    assert g.value(SGR["event-2018-wscw"], SDO.superEvent) == SGR["world-smart-city-week"]
    assert g.value(SGR["event-2018-global-joint-programme"], SDO.superEvent) == SGR["event-2018-wscw"]
    assert g.value(LAUNCH, SDO.superEvent) == SGR["event-2018-global-joint-programme"]
    parts = set(g.subjects(SDO.superEvent, LAUNCH))
    assert {SGR["event-2018-09-19-part-1"], SGR["event-2018-09-19-part-2"],
            SGR["event-2018-09-19-part-3"]} <= parts
    room = g.value(LAUNCH, SDO.location)
    assert g.value(room, SDO.containedInPlace) == SGR.kintex


def test_krihs_people(seed_graph):
    g = seed_graph
    expected = {
        "kang-hyun-soo": (SGR.krihs, SGR["role-president"]),
        "lee-jae-yong": (SGR["krihs-smart-green-city-centre"], SGR["role-director"]),
        "han-sun-hee": (SGR["krihs-smart-green-city-centre"], SGR["role-researcher"]),
        "kim-min-kyung": (SGR["krihs-external-relations-team"], SGR["role-staff"]),
    }
    for person, (org_, role) in expected.items():
        ms = [m for m in g.subjects(ORG.member, SGR[person]) if (m, RDF.type, ORG.Membership) in g]
        assert [(g.value(m, ORG.organization), g.value(m, ORG.role)) for m in ms] == [(org_, role)]
    for unit in ("krihs-smart-green-city-centre", "krihs-external-relations-team"):
        subs = list(g.subjects(SG.child, SGR[unit]))
        assert len(subs) == 1 and g.value(subs[0], SG.parent) == SGR.krihs
    speakers = participants(g, SGR["event-2018-09-19-welcome"], SGR["role-speaker"])
    assert speakers == {SGR.krihs, SGR["kang-hyun-soo"]}


def test_council_programmes(seed_graph):
    g = seed_graph
    led = {g.value(r, SG.programme) for r in g.subjects(SG.agent, SGR["smart-city-research-council"])
           if (r, ORG.role, SGR["role-lead"]) in g}
    names = ko_labels(g, led)
    assert {"스마트시티 연구포털 구축", "스마트시티 정책 공동 연구 및 대응",
            "공공-민간 스마트시티 지역별 세미나"} <= names
    assert all(g.value(p, SG.status) == SGR["status-planned"] for p in led)


def test_no_entity_for_unidentifiable_institute(seed_graph):
    assert not resolve(seed_graph, "내연구원")


# --------------------------------------------------------------------------------------------
# real answers: the 2017-07-26 reorganisations
# --------------------------------------------------------------------------------------------

def test_reorganisations(seed_graph):
    g = seed_graph
    changes = {}
    for ch in instances(g, ORG.ChangeEvent):
        if (ch, SG.legalBasis, SGR["government-organization-act"]) in g:
            changes[g.value(ch, DCT.type)] = (
                ko_labels(g, g.objects(ch, ORG.originalOrganization)),
                ko_labels(g, g.objects(ch, ORG.resultingOrganization)),
                str(g.value(ch, DCT.date)),
            )
    assert changes == {
        SGR["change-renaming"]: ({"미래창조과학부"}, {"과학기술정보통신부"}, "2017-07-26"),
        SGR["change-merger"]: ({"행정자치부", "국민안전처"}, {"행정안전부"}, "2017-07-26"),
    }
    doc = SGR["doc-2017-07-26-government-organization-act"]
    assert g.value(doc, DCT.publisher) == SGR["national-assembly"]


def test_documents_metadata(seed_graph):
    g = seed_graph
    docs = instances(g, SG.SourceDocument)
    assert {str(g.value(d, DCT.date)) for d in docs} == {"2017-01-11", "2018-09-19", "2017-07-26"}
    for d in docs:
        assert set(g.objects(d, SDO.mentions)), f"{d} mentions nothing"
