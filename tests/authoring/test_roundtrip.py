"""Seed document 004 written in YAML converts to the same facts as its curated Turtle."""

from rdflib import Graph

from kg.authoring.add import add, context, read_yaml_file
from kg.authoring.convert import to_graph
from kg.authoring.model import check

from .conftest import ROOT, SEED_004

FACTS = """
PREFIX sg: <https://w3id.org/scgov/def#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?cls ?actor ?affiliation ?role ?status ?doc WHERE {
  ?n a ?cls ; prov:wasDerivedFrom ?doc .
  VALUES ?cls { sg:Participation org:Membership sg:ProgrammeRole sg:Subordination sg:MOU sg:Designation org:ChangeEvent }
  { ?n sg:participant|org:member|sg:agent|sg:child|sg:designatedBy|org:originalOrganization ?actor .
    ?n sg:event|org:organization|sg:programme|sg:parent|sg:zone|org:resultingOrganization ?affiliation }
  UNION { ?n sg:party ?actor BIND(?n AS ?affiliation) }
  OPTIONAL { ?n org:role ?role } OPTIONAL { ?n sg:status ?status }
}"""
EVIDENCE = """
PREFIX sg: <https://w3id.org/scgov/def#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?cls ?actor ?doc ?quote WHERE {
  ?n a ?cls ; sg:evidence [ prov:wasQuotedFrom ?doc ; sg:quote ?quote ] .
  ?n sg:participant|org:member|sg:agent|sg:child|sg:party|sg:designatedBy ?actor .
}"""


def facts(graph, query):
    return {tuple(str(v) if v is not None else None for v in row) for row in graph.query(query, initNs={"org": "http://www.w3.org/ns/org#"})}


def converted():
    target = ROOT / "data" / "documents" / SEED_004
    _store, resolver = context(ROOT / "data", exclude=target)
    doc, problems = check(read_yaml_file(ROOT / "examples" / "seed-004.yaml"), resolver)
    assert problems == []
    return doc, to_graph(doc)


def test_seed_004_yaml_gives_the_same_relationships_as_the_curated_turtle():
    doc, ours = converted()
    theirs = Graph().parse(ROOT / "data" / "documents" / SEED_004)
    assert doc.file_name == SEED_004
    mine, curated = facts(ours, FACTS), facts(theirs, FACTS)
    assert len(curated) == 68  # 22 participations, 22 memberships, 5 programme roles, 2 units, 17 MOU parties
    assert mine - curated == set(), "facts the YAML adds"
    assert curated - mine == set(), "facts the YAML misses"


def test_seed_004_yaml_gives_the_same_evidence_quotes():
    _doc, ours = converted()
    theirs = Graph().parse(ROOT / "data" / "documents" / SEED_004)
    assert facts(ours, EVIDENCE) == facts(theirs, EVIDENCE)


def test_replacing_seed_004_from_yaml_with_force_validates(data_copy):
    result = add(ROOT / "examples" / "seed-004.yaml", data_copy, force=True)
    assert result.replaced and result.written
    assert result.path == data_copy / "documents" / SEED_004
