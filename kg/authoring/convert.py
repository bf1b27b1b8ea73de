"""A checked authoring document → the RDF shapes of docs/data-model.md (as the seed documents use them).

Everything the document introduces or states goes into ONE Turtle file,
``data/documents/DATE-SLUG.ttl``: the document's metadata (``sg:SourceDocument`` with
``schema:mentions`` of every entity it names), the new entities (with names and sector — the same
triples the registry would hold), the affiliations it defines (events, programmes, agreements) and
one n-ary node per relationship, each with ``prov:wasDerivedFrom`` the document and an
``sg:evidence`` blank node (``prov:wasQuotedFrom`` + ``sg:quote "…"@ko``).
"""

from __future__ import annotations

from .model import ENTITY_KINDS, CheckedDocument, Entity, Relationship

HEADER = """# Source document {iri}
# Written by `scgov add` from {source}. Edit the YAML and re-run `scgov add --force`
# rather than editing this file by hand.
#
# Entities introduced by this document live here too (not in data/registry.ttl), so that
# adding or replacing a document is one atomic file write.
"""


def to_graph(doc: CheckedDocument):
    """The rdflib Graph of *doc*."""
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, SKOS, XSD

    from ..namespaces import PREFIXES, SGR

    ns = {p: Namespace(iri) for p, iri in PREFIXES.items()}
    SG, ORG, PROV, DCT, SCHEMA = ns["sg"], ns["org"], ns["prov"], ns["dct"], ns["schema"]
    g = Graph()
    for prefix in ("sg", "sgr", "org", "prov", "skos", "dct", "schema", "foaf", "xsd"):
        g.bind(prefix, ns[prefix], override=True)

    def curie(c: str) -> URIRef:
        prefix, local = c.split(":", 1)
        return ns[prefix][local]

    def concept(kind: str, key: str) -> URIRef:
        return URIRef(f"{SGR}{kind}-{key}")

    def date_literal(value: str) -> Literal:
        dt = XSD.dateTime if "T" in value else {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(value)]
        return Literal(value, datatype=dt)

    lang = doc.language
    d = URIRef(doc.iri)
    g.add((d, RDF.type, SG.SourceDocument))
    g.add((d, DCT.title, Literal(doc.title, lang=lang)))
    if doc.title_en:
        g.add((d, DCT.title, Literal(doc.title_en, lang="en")))
    g.add((d, DCT.date, Literal(doc.date, datatype=XSD.date)))
    g.add((d, DCT.publisher, URIRef(doc.publisher)))
    if doc.creator:
        g.add((d, DCT.creator, URIRef(doc.creator)))
    g.add((d, DCT.type, concept("doc-kind", doc.kind)))
    g.add((d, DCT.language, Literal(lang)))
    if doc.source_file:
        g.add((d, SG.sourceFile, Literal(doc.source_file)))
    if doc.url:
        g.add((d, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)))
    for iri in sorted(doc.mentions | {e.iri for e in doc.entities}):
        g.add((d, SCHEMA.mentions, URIRef(iri)))

    def provenance(node, quotes, status: str | None = None):
        g.add((node, PROV.wasDerivedFrom, d))
        for quote in [quotes] if isinstance(quotes, str) else quotes:
            ev = BNode()
            g.add((node, SG.evidence, ev))
            g.add((ev, RDF.type, SG.Evidence))
            g.add((ev, PROV.wasQuotedFrom, d))
            g.add((ev, SG.quote, Literal(quote, lang=lang)))
        if status:
            g.add((node, SG.status, concept("status", status)))

    for ent in doc.entities:
        _entity(g, ent, curie, concept, date_literal, ns)
        if ent.kind in ("event", "event-series", "programme", "policy-package"):
            g.add((URIRef(ent.iri), PROV.wasDerivedFrom, d))
            if ent.quote and not ent.parent:
                provenance(URIRef(ent.iri), ent.quote)
        if ent.parent:
            link = URIRef(f"{SGR}sub-{doc.date}-{doc.slug}-{ent.iri.rsplit('/', 1)[-1]}")
            g.add((link, RDF.type, SG.Subordination))
            g.add((link, SG.child, URIRef(ent.iri)))
            g.add((link, SG.parent, URIRef(ent.parent)))
            provenance(link, ent.quote)

    counter = {"agreement": 0}
    used: set[str] = set()

    def mint(prefix: str, *parts: str) -> URIRef:
        """A readable, unique IRI for a relationship node: PREFIX-DATE-SLUG-PARTS."""
        base = "-".join([prefix, doc.date, doc.slug, *[p.rsplit("/", 1)[-1] for p in parts if p]])
        iri, n = base, 1
        while iri in used:
            n += 1
            iri = f"{base}-{n}"
        used.add(iri)
        return URIRef(SGR + iri)

    for rel in doc.relationships:
        _relationship(g, doc, rel, provenance, concept, counter, ns, mint)
    return g


def _entity(g, ent: Entity, curie, concept, date_literal, ns) -> None:
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, SKOS

    SG, ORG, SCHEMA, DCT = ns["sg"], ns["org"], ns["schema"], ns["dct"]
    s = URIRef(ent.iri)
    for cls in ENTITY_KINDS[ent.kind][0]:
        g.add((s, RDF.type, curie(cls)))
    g.add((s, SKOS.prefLabel, Literal(ent.ko, lang="ko")))
    g.add((s, SKOS.prefLabel, Literal(ent.en, lang="en")))
    for alias in ent.aliases:
        g.add((s, SKOS.altLabel, Literal(alias, lang="en" if alias.isascii() else "ko")))
    if ent.sector:
        g.add((s, SG.sector, concept("sector", ent.sector)))
    if ent.note:
        g.add((s, SKOS.note, Literal(ent.note, lang="ko" if not ent.note.isascii() else "en")))
    p = ent.props
    if "post_in" in p:
        g.add((s, ORG.postIn, URIRef(p["post_in"])))
    if "place" in p:
        g.add((s, SCHEMA.location, URIRef(p["place"])))
    if "part_of" in p:
        parent = URIRef(p["part_of"])
        g.add((s, SCHEMA.superEvent if ent.kind in ("event", "event-series") else DCT.isPartOf, parent))
    if "establishes" in p:
        g.add((s, SG.establishes, URIRef(p["establishes"])))
    if "modelled_on" in p:
        g.add((s, SG.modelledOn, URIRef(p["modelled_on"])))
    if "status" in p:
        g.add((s, SG.status, concept("status", p["status"])))
    start = p.get("start") or p.get("date")
    if start:
        g.add((s, SCHEMA.startDate, date_literal(start)))
    end = p.get("end") or (p.get("date") if ent.kind == "event" else None)
    if end:
        g.add((s, SCHEMA.endDate, date_literal(end)))


def _relationship(g, doc: CheckedDocument, rel: Relationship, provenance, concept, counter, ns, mint) -> None:
    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import RDF, SKOS, XSD

    from ..namespaces import SGR

    SG, ORG, DCT, SCHEMA = ns["sg"], ns["org"], ns["dct"], ns["schema"]
    f = rel.fields

    def node(cls, prefix, *parts):
        n = mint(prefix, *parts)
        g.add((n, RDF.type, cls))
        provenance(n, rel.quote, rel.status)
        if rel.note:
            g.add((n, SKOS.note, Literal(rel.note)))
        return n

    if rel.type == "agreement":
        counter["agreement"] += 1
        prefix = "mou" if f.get("kind", "mou") == "mou" else "agreement"
        ident = f.get("id") or f"{prefix}-{doc.date}-{doc.slug}" + (f"-{counter['agreement']}" if counter["agreement"] > 1 else "")
        a = URIRef(SGR + ident)
        g.add((a, RDF.type, SG.MOU if f.get("kind", "mou") == "mou" else SG.Agreement))
        provenance(a, rel.quote, rel.status)
        if f.get("ko"):
            g.add((a, SKOS.prefLabel, Literal(f["ko"], lang="ko")))
        if f.get("en"):
            g.add((a, SKOS.prefLabel, Literal(f["en"], lang="en")))
        for party in f.get("parties", []):
            g.add((a, SG.party, URIRef(party)))
        g.add((a, DCT.date, Literal(f["date"], datatype=XSD.date)))
        if f.get("signed_at"):
            g.add((a, SG.signedAt, URIRef(f["signed_at"])))
        if f.get("establishes"):
            g.add((a, SG.establishes, URIRef(f["establishes"])))
    elif rel.type == "participation":
        for who in f["who"]:
            n = node(SG.Participation, "part", who, f["role"])
            g.add((n, SG.participant, URIRef(who)))
            g.add((n, SG.event, URIRef(f["event"])))
            g.add((n, ORG.role, concept("role", f["role"])))
            if f.get("group"):
                g.add((n, SG.group, Literal(f["group"], lang="ko")))
            if f.get("headcount"):
                g.add((n, SG.headcount, Literal(f["headcount"], datatype=XSD.integer)))
            if f.get("date"):
                g.add((n, DCT.date, Literal(f["date"], datatype=XSD.date)))
    elif rel.type == "membership":
        for member in f["members"]:
            n = node(ORG.Membership, "mem", member, f["body"])
            g.add((n, ORG.member, URIRef(member)))
            g.add((n, ORG.organization, URIRef(f["body"])))
            g.add((n, ORG.role, concept("role", f.get("role", "member"))))
            if f.get("post"):
                g.add((n, SG.post, URIRef(f["post"])))
            if f.get("since"):
                g.add((n, SCHEMA.startDate, Literal(f["since"], datatype=XSD.date)))
    elif rel.type == "post":
        n = node(ORG.Membership, "mem", f["person"], f["org"])
        g.add((n, ORG.member, URIRef(f["person"])))
        g.add((n, ORG.organization, URIRef(f["org"])))
        g.add((n, ORG.role, concept("role", f["role"])))
        if f.get("post"):
            g.add((n, SG.post, URIRef(f["post"])))
        if f.get("since"):
            g.add((n, SCHEMA.startDate, Literal(f["since"], datatype=XSD.date)))
    elif rel.type == "programme":
        if rel.status is None:  # seed convention: roles in a planned programme are planned
            own = next((e for e in doc.entities if e.iri == f["programme"]), None)
            rel.status = own.props.get("status") if own else None
        for key, role in (("lead", "lead"), ("partners", "partner"), ("targets", "target"), ("models", "model")):
            for agent in f.get(key, []):
                n = node(SG.ProgrammeRole, "prole", agent, role)
                g.add((n, SG.agent, URIRef(agent)))
                g.add((n, SG.programme, URIRef(f["programme"])))
                g.add((n, ORG.role, concept("role", role)))
    elif rel.type == "designation":
        for zone in f["zones"]:
            for by in f["by"]:
                n = node(SG.Designation, "desig", zone, by)
                g.add((n, SG.zone, URIRef(zone)))
                g.add((n, SG.designatedBy, URIRef(by)))
                if f.get("programme"):
                    g.add((n, SG.programme, URIRef(f["programme"])))
                if f.get("date"):
                    g.add((n, DCT.date, Literal(f["date"], datatype=XSD.date)))
    elif rel.type == "reorganisation":
        n = node(ORG.ChangeEvent, "change", f["to"])
        for original in f["from"]:
            g.add((n, ORG.originalOrganization, URIRef(original)))
        g.add((n, ORG.resultingOrganization, URIRef(f["to"])))
        g.add((n, DCT.type, URIRef(f"{SGR}change-{f['kind']}")))
        if f.get("date"):
            g.add((n, DCT.date, Literal(f["date"], datatype=XSD.date)))
        if f.get("legal_basis"):
            g.add((n, SG.legalBasis, URIRef(f["legal_basis"])))
    elif rel.type == "suborganisation":
        n = node(SG.Subordination, "sub", f["child"])
        g.add((n, SG.child, URIRef(f["child"])))
        g.add((n, SG.parent, URIRef(f["parent"])))


def to_turtle(doc: CheckedDocument, source: str = "a YAML file") -> str:
    """The Turtle text of *doc*'s file, with a header comment."""
    body = to_graph(doc).serialize(format="turtle")
    return HEADER.format(iri=doc.iri.replace("https://w3id.org/scgov/id/", "sgr:"), source=source) + "\n" + body
