"""A synthetic graph in the scgov data model, of any size, for benchmarks and store tests.

It copies the pattern of the seed data (docs/data-model.md): a registry of organisations with
Korean and English names and sectors, and documents holding n-ary relationship nodes
(memberships, subordinations, participations, programme roles, agreements, designations,
reorganisations), each with ``prov:wasDerivedFrom`` and an ``sg:evidence`` blank node. The
small class hierarchy and concept schemes the named queries rely on are written too
(``schema.ttl``), so the folder works as ``--data`` even without the ontology.

Usage: ``python -m benchmarks.synth OUTDIR --triples 100000``.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

PREFIXES = """@prefix sg: <https://w3id.org/scgov/def#> .
@prefix sgr: <https://w3id.org/scgov/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

"""

SCHEMA = """
sg:Ministry rdfs:subClassOf sg:CentralGovernmentAgency .
sg:CentralGovernmentAgency rdfs:subClassOf org:FormalOrganization .
sg:GovernmentFundedResearchInstitute rdfs:subClassOf sg:ResearchInstitute .
sg:RegionalResearchInstitute rdfs:subClassOf sg:ResearchInstitute .
sg:ResearchInstitute rdfs:subClassOf org:FormalOrganization .
sg:PublicEnterprise rdfs:subClassOf sg:PublicInstitution .
sg:PublicAgency rdfs:subClassOf sg:PublicInstitution .
sg:PublicInstitution rdfs:subClassOf org:FormalOrganization .
sg:University rdfs:subClassOf org:FormalOrganization .
sg:Company rdfs:subClassOf org:FormalOrganization .
sg:LocalGovernment rdfs:subClassOf org:FormalOrganization .
org:FormalOrganization rdfs:subClassOf org:Organization .
org:OrganizationalUnit rdfs:subClassOf org:Organization .
sg:GovernanceBody rdfs:subClassOf org:Organization .
sg:TaskForce rdfs:subClassOf sg:GovernanceBody .
sg:Subcommittee rdfs:subClassOf sg:GovernanceBody , org:OrganizationalUnit .
sg:Council rdfs:subClassOf sg:GovernanceBody .
sg:Forum rdfs:subClassOf sg:GovernanceBody .
sg:MOU rdfs:subClassOf sg:Agreement .
sg:PolicyPackage rdfs:subClassOf sg:Programme .
sg:Programme rdfs:subClassOf prov:Plan .
"""

SECTORS = [
    ("central-government", "중앙정부", "Central government"),
    ("research", "연구기관", "Research"),
    ("public-enterprise", "공기업", "Public enterprise"),
    ("academia", "학계", "Academia"),
    ("industry", "산업계", "Industry"),
    ("governance-body", "거버넌스 기구", "Governance body"),
]
ROLES = [
    ("host", "주최", "host"), ("organiser", "주관", "organiser"), ("participant", "참석", "participant"),
    ("lead", "주관 부처", "lead"), ("partner", "협력", "partner"), ("member", "구성원", "member"),
    ("signatory", "서명", "signatory"), ("minister", "장관", "minister"), ("researcher", "연구원", "researcher"),
]
STATUSES = [("planned", "계획", "planned"), ("ongoing", "진행중", "ongoing"), ("completed", "완료", "completed")]
KINDS = [
    ("Ministry", "central-government", "부", "Ministry"),
    ("GovernmentFundedResearchInstitute", "research", "연구원", "Research Institute"),
    ("RegionalResearchInstitute", "research", "지역연구원", "Regional Institute"),
    ("University", "academia", "대학교", "University"),
    ("Company", "industry", "주식회사", "Corporation"),
    ("PublicEnterprise", "public-enterprise", "공사", "Corporation (public)"),
]
ORGS_PER_CLUSTER = 12


def _lit(text: str, lang: str = "ko") -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + f'"@{lang}'


def _evidence(doc: str, quote: str) -> str:
    return f"prov:wasDerivedFrom {doc} ;\n    sg:evidence [ a sg:Evidence ; prov:wasQuotedFrom {doc} ; sg:quote {_lit(quote)} ]"


def schema_text() -> str:
    """The class hierarchy and the concept schemes (sectors, roles, statuses) as Turtle."""
    out = [PREFIXES, SCHEMA]
    for key, ko, en in SECTORS:
        out.append(f"sgr:sector-{key} a skos:Concept ; skos:prefLabel {_lit(ko)}, {_lit(en, 'en')} ; skos:notation \"{key}\" .")
    for key, ko, en in ROLES:
        out.append(f"sgr:role-{key} a skos:Concept, org:Role ; skos:prefLabel {_lit(ko)}, {_lit(en, 'en')} .")
    for key, ko, en in STATUSES:
        out.append(f"sgr:status-{key} a skos:Concept ; skos:prefLabel {_lit(ko)}, {_lit(en, 'en')} .")
    return "\n".join(out) + "\n"


def registry_text(clusters: int, rng: random.Random) -> str:
    """Organisations, bodies, people, places and zones of *clusters* clusters."""
    out = [PREFIXES]
    for c in range(clusters):
        for i in range(ORGS_PER_CLUSTER):
            cls, sector, ko, en = KINDS[i % len(KINDS)]
            out.append(
                f"sgr:org-{c}-{i} a sg:{cls} ; skos:prefLabel {_lit(f'기관{c}-{i} {ko}')}, {_lit(f'Org {c}-{i} {en}', 'en')} ;\n"
                f"    skos:altLabel {_lit(f'기관{c}_{i}')}, {_lit(f'O{c}X{i}', 'en')} ; sg:sector sgr:sector-{sector} ."
            )
        out.append(f"sgr:tf-{c} a sg:TaskForce ; skos:prefLabel {_lit(f'추진단{c}')}, {_lit(f'Task force {c}', 'en')} ; sg:sector sgr:sector-governance-body .")
        for k in range(2):
            out.append(f"sgr:sub-{c}-{k} a sg:Subcommittee ; skos:prefLabel {_lit(f'분과{c}-{k}')}, {_lit(f'Subcommittee {c}-{k}', 'en')} ; sg:sector sgr:sector-governance-body .")
        out.append(f"sgr:council-{c} a sg:Council ; skos:prefLabel {_lit(f'협의체{c}')}, {_lit(f'Council {c}', 'en')} ; sg:sector sgr:sector-governance-body .")
        for k in range(2):
            out.append(f"sgr:person-{c}-{k} a foaf:Person ; skos:prefLabel {_lit(f'인물{c}-{k}')}, {_lit(f'Person {c}-{k}', 'en')} .")
        out.append(f"sgr:post-{c} a org:Post ; skos:prefLabel {_lit(f'장관{c}')}, {_lit(f'Minister {c}', 'en')} ; org:postIn sgr:org-{c}-0 .")
        out.append(f"sgr:place-{c} a schema:Place ; skos:prefLabel {_lit(f'장소{c}')}, {_lit(f'Place {c}', 'en')} .")
        out.append(f"sgr:zone-{c} a sg:SpecialZone ; skos:prefLabel {_lit(f'특화단지{c}')}, {_lit(f'Zone {c}', 'en')} .")
    return "\n".join(out) + "\n"


def document_text(c: int, clusters: int, rng: random.Random) -> str:
    """One source document of cluster *c*: its metadata and its relationship nodes."""
    doc = f"sgr:doc-{c}"
    year = 2015 + c % 8
    date = f'"{year}-{1 + c % 12:02d}-{1 + c % 28:02d}"^^xsd:date'

    def org(i=None):
        if i is None:
            cc = c if rng.random() < 0.7 else rng.randrange(clusters)
            return f"sgr:org-{cc}-{rng.randrange(ORGS_PER_CLUSTER)}"
        return f"sgr:org-{c}-{i}"

    out = [PREFIXES]
    out.append(
        f"{doc} a sg:SourceDocument ; dct:title {_lit(f'보도자료 {c}')} ; dct:date {date} ;\n"
        f"    dct:publisher {org(0)} ; dct:language \"ko\" ; sg:sourceFile \"{c:03d}_synthetic.txt\" ;\n"
        f"    schema:mentions {org(0)}, {org(1)}, sgr:tf-{c} ."
    )
    for k in range(2):
        out.append(f"sgr:subord-{c}-{k} a sg:Subordination ; sg:child sgr:sub-{c}-{k} ; sg:parent sgr:tf-{c} ;\n    {_evidence(doc, f'분과 {k} 구성')} .")
        for j in range(2):
            out.append(f"sgr:m-lead-{c}-{k}-{j} a org:Membership ; org:member {org(1 + 2 * k + j)} ; org:organization sgr:sub-{c}-{k} ; org:role sgr:role-lead ;\n    {_evidence(doc, '분과 주관')} .")
    for j in range(6):
        status = " ; sg:status sgr:status-planned" if j == 5 else ""
        out.append(
            f"sgr:m-{c}-{j} a org:Membership ; org:member {org()} ; org:organization sgr:council-{c} ; org:role sgr:role-member ;\n"
            f"    schema:startDate {date}{status} ;\n    {_evidence(doc, f'협의체 참여 {j}')} ."
        )
    for k in range(2):
        out.append(
            f"sgr:m-person-{c}-{k} a org:Membership ; org:member sgr:person-{c}-{k} ; org:organization {org(0)} ; org:role sgr:role-{'minister' if k == 0 else 'researcher'} ;\n"
            f"    sg:post sgr:post-{c} ;\n    {_evidence(doc, '인물 직책')} ."
        )
    out.append(f"sgr:event-{c} a schema:Event ; skos:prefLabel {_lit(f'행사{c}')}, {_lit(f'Event {c}', 'en')} ; schema:startDate {date} ; schema:location sgr:place-{c} .")
    for j, role in enumerate(["host", "organiser", "participant", "participant", "participant"]):
        out.append(
            f"sgr:part-{c}-{j} a sg:Participation ; sg:event sgr:event-{c} ; sg:participant {org(j) if j < 2 else org()} ; org:role sgr:role-{role} ;\n"
            f"    sg:headcount {rng.randrange(1, 50)} ;\n    {_evidence(doc, f'행사 {role}')} ."
        )
    status = STATUSES[c % 3][0]
    out.append(
        f"sgr:prog-{c} a sg:Programme ; skos:prefLabel {_lit(f'사업{c}')}, {_lit(f'Programme {c}', 'en')} ; sg:status sgr:status-{status} ;\n"
        f"    schema:startDate \"{year}\"^^xsd:gYear ; schema:endDate \"{year + 3}\"^^xsd:gYear ; dct:isPartOf sgr:package-{c % 5} ;\n"
        f"    prov:wasDerivedFrom {doc} ."
    )
    out.append(f"sgr:package-{c % 5} a sg:PolicyPackage ; skos:prefLabel {_lit(f'정책패키지{c % 5}')}, {_lit(f'Package {c % 5}', 'en')} .")
    for j, role in enumerate(["lead", "partner", "partner"]):
        out.append(f"sgr:pr-{c}-{j} a sg:ProgrammeRole ; sg:programme sgr:prog-{c} ; sg:agent {org(j)} ; org:role sgr:role-{role} ;\n    {_evidence(doc, f'사업 {role}')} .")
    out.append(
        f"sgr:mou-{c} a sg:MOU ; skos:prefLabel {_lit(f'업무협약{c}')}, {_lit(f'MOU {c}', 'en')} ; sg:party {org(0)}, {org()} ; dct:date {date} ;\n"
        f"    sg:signedAt sgr:event-{c} ;\n    {_evidence(doc, '업무협약 체결')} ."
    )
    out.append(f"sgr:desig-{c} a sg:Designation ; sg:zone sgr:zone-{c} ; sg:designatedBy {org(0)} ; sg:programme sgr:prog-{c} ; dct:date {date} ;\n    {_evidence(doc, '특화단지 지정')} .")
    if c % 3 == 0:
        out.append(
            f"sgr:change-{c} a org:ChangeEvent ; org:originalOrganization {org(2)} ; org:resultingOrganization {org(3)} ; dct:date {date} ;\n"
            f"    dct:type sgr:change-renaming ;\n    {_evidence(doc, '명칭 변경')} ."
        )
    return "\n".join(out) + "\n"


#: named query → parameter sets to run it with on this data (cluster 1 always exists); the
#: store tests and benchmarks/stores.py run exactly these.
SUITE_PARAMS: dict[str, list[dict]] = {
    "count_organizations_by_sector": [{}],
    "describe_organization": [{"org": "기관1_0"}, {"org": "sgr:council-1"}],
    "list_agreement_parties": [{}, {"party": "기관1_0"}],
    "list_event_roles": [{}, {"role": "주관"}, {"org": "기관1_0", "event": "sgr:event-1"}],
    "list_evidence": [{"a": "기관1_0"}, {"a": "기관1_0", "b": "기관1_1"}],
    "list_members": [{}, {"body": "협의체1"}, {"member": "기관1_1"}],
    "list_people_posts": [{}, {"org": "기관1_0"}],
    "list_programs": [{}, {"org": "기관1_0"}],
    "list_reorganizations": [{}],
    "list_special_zones": [{}, {"zone": "특화단지1"}],
    "list_subcommittees": [{}, {"taskforce": "추진단1"}],
}

TRIPLES_PER_CLUSTER = 390  # measured: about this many triples per cluster, derived shortcuts included


def generate(directory: str | Path, clusters: int = 2, seed: int = 0) -> Path:
    """Write a data folder (``schema.ttl``, ``registry.ttl``, ``documents/doc-N.ttl``) of *clusters* clusters."""
    rng = random.Random(seed)
    directory = Path(directory)
    (directory / "documents").mkdir(parents=True, exist_ok=True)
    (directory / "schema.ttl").write_text(schema_text(), encoding="utf-8")
    (directory / "registry.ttl").write_text(registry_text(clusters, rng), encoding="utf-8")
    per_file = max(1, clusters // 50)  # at most ~50 document files, whatever the size
    for start in range(0, clusters, per_file):
        text = "".join(document_text(c, clusters, rng) for c in range(start, min(clusters, start + per_file)))
        (directory / "documents" / f"doc-{start:06d}.ttl").write_text(text, encoding="utf-8")
    return directory


def clusters_for(triples: int) -> int:
    """How many clusters make about *triples* triples."""
    return max(1, round(triples / TRIPLES_PER_CLUSTER))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir")
    parser.add_argument("--triples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    generate(args.outdir, clusters_for(args.triples), args.seed)


if __name__ == "__main__":
    main()
