"""The authoring format: one YAML file per source document, checked with every problem listed.

A file has three top-level sections — ``document`` (metadata), ``entities`` (what the document
introduces) and ``relationships`` (what it states, each with a short evidence ``quote``). The full
format, with an example, is in ``docs/authoring.md``; :data:`ENTITY_KINDS`, :data:`ROLES` and
:data:`RELATIONSHIP_FIELDS` below are the vocabulary.

Existing entities are named by any label or alias the built graph knows (``국토부``, ``LH``,
``sgr:molit``); entities introduced by the same file by their ``id``, ``ko``, ``en`` or aliases.

:func:`check` never stops at the first problem: it returns a :class:`CheckedDocument` and the list
of :class:`Problem` (line + message) so that the analyst fixes everything in one go.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from ..namespaces import SGR
from .yamlio import LList, LMap, line_of

# kind → (class CURIEs, default sector key or None, category)
ENTITY_KINDS: dict[str, tuple[tuple[str, ...], str | None, str]] = {
    "ministry": (("sg:Ministry",), "central-government", "agent"),
    "agency": (("sg:CentralGovernmentAgency",), "central-government", "agent"),
    "presidential-committee": (("sg:PresidentialCommittee",), "central-government", "agent"),
    "research-institute": (("sg:ResearchInstitute",), "research", "agent"),
    "government-research-institute": (("sg:GovernmentFundedResearchInstitute",), "research", "agent"),
    "regional-research-institute": (("sg:RegionalResearchInstitute",), "research", "agent"),
    "public-enterprise": (("sg:PublicEnterprise",), "public-enterprise", "agent"),
    "public-agency": (("sg:PublicAgency",), "public-enterprise", "agent"),
    "local-government": (("sg:LocalGovernment",), "local-government", "agent"),
    "university": (("sg:University",), "academia", "agent"),
    "company": (("sg:Company",), "industry", "agent"),
    "international-organization": (("sg:InternationalOrganization",), "international", "agent"),
    "foreign-government": (("sg:ForeignGovernment",), "international", "agent"),
    "foreign-city": (("sg:ForeignCity",), "international", "agent"),
    "organization": (("org:Organization",), None, "agent"),
    "unit": (("org:OrganizationalUnit",), None, "agent"),
    "task-force": (("sg:TaskForce",), "governance-body", "agent"),
    "subcommittee": (("sg:Subcommittee",), "governance-body", "agent"),
    "council": (("sg:Council",), "governance-body", "agent"),
    "forum": (("sg:Forum",), "governance-body", "agent"),
    "body": (("sg:GovernanceBody",), "governance-body", "agent"),
    "person": (("foaf:Person",), None, "person"),
    "post": (("org:Post",), None, "post"),
    "place": (("schema:Place",), None, "place"),
    "zone": (("sg:SpecialZone",), None, "zone"),
    "law": (("sg:Law",), None, "law"),
    "event": (("schema:Event",), None, "event"),
    "event-series": (("schema:EventSeries",), None, "event"),
    "programme": (("sg:Programme",), None, "programme"),
    "policy-package": (("sg:PolicyPackage",), None, "programme"),
}
KIND_ALIASES = {"program": "programme", "organisation": "organization", "international-organisation": "international-organization",
                "policy-programme": "programme", "taskforce": "task-force", "committee": "body"}

SECTORS = ("central-government", "local-government", "research", "public-enterprise", "academia",
           "industry", "international", "governance-body", "other")
STATUSES = ("planned", "ongoing", "completed")
DOC_KINDS = ("press-release", "law")
CHANGE_KINDS = ("renaming", "merger", "expansion")

#: every role notation of the role scheme, with the Korean words analysts may use instead.
ROLES: dict[str, str] = {
    "host": "host", "주최": "host", "organiser": "organiser", "organizer": "organiser", "주관": "organiser",
    "participant": "participant", "참석": "participant", "참여": "participant", "chair": "chair", "주재": "chair",
    "speaker": "speaker", "발표": "speaker", "환영사": "speaker", "축사": "speaker", "signatory": "signatory", "서명": "signatory",
    "lead": "lead", "partner": "partner", "협력": "partner", "member": "member", "구성원": "member", "head": "head",
    "단장": "head", "기관장": "head", "target": "target", "대상": "target", "model": "model", "designator": "designator",
    "minister": "minister", "장관": "minister", "vice-minister": "vice-minister", "차관": "vice-minister",
    "president": "president", "원장": "president", "professor": "professor", "교수": "professor",
    "director": "director", "센터장": "director", "researcher": "researcher", "연구원": "researcher",
    "staff": "staff", "직원": "staff", "관리원": "staff",
}
PARTICIPATION_ROLES = ("host", "organiser", "participant", "chair", "speaker", "signatory")
MEMBERSHIP_ROLES = ("member", "lead", "head", "partner", "chair", "participant")
POST_ROLES = ("minister", "vice-minister", "president", "professor", "director", "researcher", "staff", "head", "chair", "member")

DOCUMENT_FIELDS = ("id", "slug", "title", "title_en", "date", "publisher", "creator", "kind", "url", "source_file", "language")
ENTITY_FIELDS = ("id", "kind", "ko", "en", "aliases", "sector", "parent", "quote", "note", "post_in",
                 "start", "end", "date", "place", "part_of", "status", "modelled_on", "establishes")

#: relationship type → {field: spec}; spec: "agent", "agents", "event", "programme", "zones", "org",
#: "orgs", "body", "post", "law", "date", "role", "text", "int", "status", "change-kind", "agreement-kind"
RELATIONSHIP_FIELDS: dict[str, dict[str, str]] = {
    "agreement": {"id": "id", "ko": "text", "en": "text", "kind": "agreement-kind", "parties": "agents", "date": "date",
                  "signed_at": "event", "establishes": "body"},
    "participation": {"event": "event", "role": "role", "who": "agents", "group": "text", "headcount": "int", "date": "date"},
    "membership": {"body": "body", "members": "agents", "role": "role", "post": "post", "since": "date"},
    "post": {"person": "person", "post": "post", "org": "body", "role": "role", "since": "date"},
    "programme": {"programme": "programme", "lead": "agents", "partners": "agents", "targets": "agents", "models": "agents"},
    "designation": {"zones": "zones", "by": "agents", "programme": "programme", "date": "date"},
    "reorganisation": {"from": "orgs", "to": "org", "kind": "change-kind", "date": "date", "legal_basis": "law"},
    "suborganisation": {"child": "org", "parent": "org"},
}
TYPE_ALIASES = {"event": "participation", "mou": "agreement", "reorganization": "reorganisation",
                "suborganization": "suborganisation", "program": "programme", "sub-organisation": "suborganisation"}
REQUIRED = {
    "agreement": ("parties", "date"), "participation": ("event", "role", "who"), "membership": ("body", "members"),
    "post": ("person", "role"), "programme": ("programme",), "designation": ("zones", "by"),
    "reorganisation": ("from", "to", "kind"), "suborganisation": ("child", "parent"),
}
COMMON_FIELDS = ("type", "quote", "status", "note")
MAX_QUOTE = 300
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
TODO = re.compile(r"\bTODO\b")


@dataclass
class Problem:
    """One thing wrong with an authoring file."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass
class Entity:
    """A new entity introduced by the document."""

    iri: str
    kind: str
    ko: str
    en: str
    aliases: list[str] = field(default_factory=list)
    sector: str | None = None
    parent: str | None = None
    quote: list | None = None
    note: str | None = None
    props: dict = field(default_factory=dict)  # post_in, start, end, date, place, part_of, status, modelled_on
    line: int = 0


@dataclass
class Relationship:
    """One stated relationship: its type, resolved fields, quote and status."""

    type: str
    fields: dict
    quote: list
    status: str | None = None
    note: str | None = None
    line: int = 0


@dataclass
class CheckedDocument:
    """A document file after checking: metadata, new entities, relationships, and the IRIs it names."""

    slug: str = ""
    iri: str = ""
    title: str = ""
    title_en: str | None = None
    date: str = ""
    publisher: str = ""
    creator: str | None = None
    kind: str = "press-release"
    url: str | None = None
    source_file: str | None = None
    language: str = "ko"
    entities: list[Entity] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    mentions: set[str] = field(default_factory=set)

    @property
    def file_name(self) -> str:
        """``DATE-SLUG.ttl``."""
        return f"{self.date}-{self.slug}.ttl"


def slugify(text: str) -> str:
    """A lower-case ASCII slug for an IRI.

    Examples
    --------
    >>> slugify("Smart City Research Institutes' Council (2018)")
    'smart-city-research-institutes-council-2018'
    >>> slugify("국토연구원")
    ''
    """
    text = re.sub(r"['’]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-")


def parse_date(value: str, allow_partial: bool = False) -> str | None:
    """The ISO date in *value* if it is a real date (or year / year-month when *allow_partial*), else ``None``.

    Examples
    --------
    >>> parse_date("2018-09-19"), parse_date("2018-02-30"), parse_date("2018", True), parse_date("2018")
    ('2018-09-19', None, '2018', None)
    """
    import datetime

    text = str(value).strip()
    if allow_partial and "T" in text:
        try:
            datetime.datetime.fromisoformat(text)
        except ValueError:
            return None
        return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?", text) else None
    m = _DATE.match(text)
    if not m:
        return None
    year, month, day = m.groups()
    if day is None and not allow_partial:
        return None
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return str(value).strip()


class Resolver:
    """Resolves names to IRIs against the built graph plus the document's own new entities."""

    def __init__(self, index, categories: dict[str, set[str]], sectors: dict[str, str] | None = None):
        self.index = index  # kg.names.NameIndex or None
        self.categories = categories  # iri -> categories ("agent", "event", ...) from the graph
        self.sectors = dict(sectors or {})  # iri -> sector key, from the graph
        self.post_in: dict[str, str] = {}  # post iri -> organisation iri (graph and new entities)
        self.local: dict[str, set[str]] = {}
        self.local_categories: dict[str, str] = {}

    def add_local(self, iri: str, names, category: str) -> None:
        from ..names import normalize

        for name in names:
            if name:
                self.local.setdefault(normalize(name), set()).add(iri)
        self.local_categories[iri] = category

    def fresh(self) -> "Resolver":
        """A resolver over the same graph without any document's new entities (check() uses one per call)."""
        other = Resolver(self.index, self.categories, self.sectors)
        other.post_in = dict(self.post_in)
        return other

    def sector_of(self, iri: str) -> str | None:
        """The sector key of an existing organisation, if known."""
        return self.sectors.get(iri)

    def known_iri(self, iri: str) -> bool:
        return iri in self.categories or iri in self.local_categories

    def category_of(self, iri: str) -> set[str]:
        if iri in self.local_categories:
            return {self.local_categories[iri]}
        return self.categories.get(iri, set())

    def existing(self, name: str) -> set[str]:
        """Graph entities already called *name*."""
        from ..names import normalize

        if self.index is None:
            return set()
        return set(self.index.keys.get(normalize(name), set()))

    def resolve(self, name: str) -> tuple[str | None, str | None]:
        """``(iri, None)`` or ``(None, problem message)``."""
        from ..errors import ResolutionError
        from ..names import normalize

        name = str(name).strip()
        if not name:
            return None, "empty name"
        key = normalize(name)
        local = self.local.get(key, set())
        graph = self.existing(name)
        found = local | graph
        if len(found) == 1:
            return next(iter(found)), None
        if len(found) > 1:
            from ..namespaces import shorten

            return None, f"{name!r} names more than one entity: {', '.join(sorted(shorten(i) for i in found))}; use the prefixed name (e.g. sgr:…)"
        if self.index is not None and (":" in name or name.startswith("<")):
            try:
                iri = self.index.resolve(name)
            except ResolutionError:
                iri = None
            if iri and self.known_iri(iri):
                return iri, None
            if iri and iri.startswith(SGR) and iri[len(SGR):] in {i[len(SGR):] for i in self.local_categories}:
                return iri, None
        known = list(self.local) + (list(self.index.keys) if self.index is not None else [])
        close = difflib.get_close_matches(key, known, n=4, cutoff=0.5)
        close += [k for k in known if key in k and k not in close][: 4 - len(close)]
        shown = [(self.index.shown.get(k) if self.index is not None and k in self.index.shown else k) for k in close]
        hint = f"; closest: {', '.join(shown)}" if shown else ""
        return None, f"unknown entity {name!r}{hint} (add it under entities: if it is new)"


def _text(value) -> str | None:
    if value is None or isinstance(value, (LMap, LList)):
        return None
    return str(value).strip()


def _is_todo(value) -> bool:
    return isinstance(value, str) and bool(TODO.search(value))


def check(data, resolver: Resolver, name: str = "<yaml>") -> tuple[CheckedDocument, list[Problem]]:
    """Check a loaded authoring file; return the document and every problem found."""
    problems: list[Problem] = []
    doc = CheckedDocument()
    resolver = resolver.fresh()

    def problem(line, message):
        problems.append(Problem(int(line or 0), message))

    if not isinstance(data, LMap):
        problem(line_of(data, 1), "the file must be a mapping with the sections document:, entities: and relationships:")
        return doc, problems
    for key in data:
        if key not in ("document", "entities", "relationships"):
            problem(data.key_line(key), _unknown_field(key, ("document", "entities", "relationships"), "section"))

    _check_entities(data.get("entities"), data, doc, resolver, problem)
    _check_document(data.get("document"), data, doc, resolver, problem)
    _resolve_entity_refs(doc, resolver, problem)
    rels = data.get("relationships")
    if rels is None:
        rels = LList(line=data.key_line("relationships"))
    if not isinstance(rels, LList):
        problem(line_of(rels, data.key_line("relationships")), "relationships: must be a list (items starting with '- type: …')")
        rels = LList()
    for item in rels:
        rel = _check_relationship(item, resolver, problem, line_of(rels))
        if rel is not None:
            doc.relationships.append(rel)
    if not doc.relationships and not any(e.parent for e in doc.entities) and isinstance(data.get("relationships"), LList) and not data.get("relationships"):
        problem(data.key_line("relationships"), "relationships: is empty — a document should state at least one relationship")
    for rel in doc.relationships:
        doc.mentions.update(_iris_in(rel.fields))
    for ent in doc.entities:
        if ent.parent:
            doc.mentions.add(ent.parent)
    if doc.publisher:
        doc.mentions.add(doc.publisher)
    return doc, problems


def _iris_in(fields: dict) -> set[str]:
    out = set()
    for value in fields.values():
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str) and v.startswith(SGR):
                out.add(v)
    return out


def _unknown_field(key, known, what="field") -> str:
    close = difflib.get_close_matches(str(key), list(known), n=1, cutoff=0.6)
    hint = f" — did you mean {close[0]!r}?" if close else f" (known: {', '.join(known)})"
    return f"unknown {what} {key!r}{hint}"


def _check_document(meta, data, doc: CheckedDocument, resolver: Resolver, problem) -> None:
    line = data.key_line("document") if "document" in data else 1
    if not isinstance(meta, LMap):
        problem(line, "missing or malformed document: section (title, date, publisher, kind, slug …)")
        return
    for key in meta:
        if key not in DOCUMENT_FIELDS:
            problem(meta.key_line(key), _unknown_field(key, DOCUMENT_FIELDS))
    for key in ("title", "date", "publisher", "slug"):
        value = _text(meta.get(key))
        if not value:
            problem(meta.key_line(key) if key in meta else meta.line, f"document: {key} is missing")
        elif _is_todo(value):
            problem(meta.key_line(key), f"document: {key} is still marked TODO")
    doc.title = _text(meta.get("title")) or ""
    doc.title_en = _text(meta.get("title_en"))
    date = _text(meta.get("date"))
    if date and not _is_todo(date):
        if parse_date(date):
            doc.date = date
        else:
            problem(meta.key_line("date"), f"document: bad date {date!r} (use YYYY-MM-DD, e.g. 2018-09-19)")
    slug = _text(meta.get("slug"))
    if slug and not _is_todo(slug):
        if _SLUG.match(slug):
            doc.slug = slug
        else:
            problem(meta.key_line("slug"), f"document: bad slug {slug!r} (lower-case ASCII letters, digits and '-', e.g. krihs-council)")
    if doc.slug and doc.date:
        doc.iri = f"{SGR}doc-{doc.date}-{doc.slug}"
    ident = _text(meta.get("id"))
    if ident:
        if _SLUG.match(ident):
            doc.iri = SGR + ident
        else:
            problem(meta.key_line("id"), f"document: bad id {ident!r} (lower-case ASCII letters, digits and '-', e.g. doc-2018-09-19-krihs)")
    doc.publisher = _document_agent(meta, "publisher", "an organisation", resolver, problem) or ""
    doc.creator = _document_agent(meta, "creator", "an organisation or unit", resolver, problem)
    if doc.creator:
        doc.mentions.add(doc.creator)
    kind = _text(meta.get("kind")) or "press-release"
    if kind not in DOC_KINDS:
        problem(meta.key_line("kind"), f"document: unknown kind {kind!r} (use one of {', '.join(DOC_KINDS)})")
    doc.kind = kind
    doc.url = _text(meta.get("url"))
    if doc.url and not re.match(r"^https?://\S+$", doc.url):
        problem(meta.key_line("url"), f"document: url {doc.url!r} is not an http(s) address")
    doc.source_file = _text(meta.get("source_file"))
    doc.language = _text(meta.get("language")) or "ko"
    if not re.fullmatch(r"[a-z]{2,3}", doc.language):
        problem(meta.key_line("language"), f"document: language {doc.language!r} must be a language code such as ko")


def _names_list(value, line, problem, what) -> list[str]:
    if value is None:
        return []
    if isinstance(value, LList):
        out = []
        for v in value:
            t = _text(v)
            if not t:
                problem(line_of(v, line), f"{what}: every item must be a name (text)")
            else:
                out.append(t)
        return out
    t = _text(value)
    if t is None:
        problem(line_of(value, line), f"{what}: must be a name or a list of names")
        return []
    return [t]


def _check_entities(ents, data, doc: CheckedDocument, resolver: Resolver, problem) -> None:
    if ents is None:
        return
    if not isinstance(ents, LList):
        problem(line_of(ents, data.key_line("entities")), "entities: must be a list (items starting with '- kind: …')")
        return
    seen: dict[str, int] = {}
    for item in ents:
        if not isinstance(item, LMap):
            problem(line_of(item, ents.line), "entities: every item must be a mapping with kind, ko, en …")
            continue
        line = item.line
        for key in item:
            if key not in ENTITY_FIELDS:
                problem(item.key_line(key), _unknown_field(key, ENTITY_FIELDS))
        kind = _text(item.get("kind"))
        kind = KIND_ALIASES.get(kind, kind)
        if not kind:
            problem(line, "entity: kind is missing")
        elif kind not in ENTITY_KINDS:
            problem(item.key_line("kind"), _unknown_field(kind, list(ENTITY_KINDS), "entity kind"))
            kind = None
        ko, en = _text(item.get("ko")), _text(item.get("en"))
        label = ko or en or "?"
        for key, value in (("ko", ko), ("en", en)):
            if not value:
                problem(item.key_line(key) if key in item else line, f"entity {label!r}: {key} (the {'Korean' if key == 'ko' else 'English'} name) is missing")
            elif _is_todo(value):
                problem(item.key_line(key), f"entity {label!r}: {key} is still marked TODO")
        aliases = _names_list(item.get("aliases"), item.key_line("aliases"), problem, f"entity {label!r}: aliases")
        ident = _text(item.get("id")) or slugify(en or "")
        if not ident:
            problem(line, f"entity {label!r}: give an id (lower-case ASCII slug) or an English name to make one from")
        elif not _SLUG.match(ident):
            problem(item.key_line("id"), f"entity {label!r}: bad id {ident!r} (lower-case ASCII letters, digits and '-')")
            ident = ""
        iri = SGR + ident if ident else ""
        if iri:
            if iri in seen:
                problem(line, f"entity {label!r}: id {ident!r} already used by the entity on line {seen[iri]}")
            elif resolver.known_iri(iri) or iri in resolver.categories:
                problem(line, f"entity {label!r}: id {ident!r} is already taken by an existing entity (choose another id, or refer to the existing one by name)")
            seen[iri] = line
        for n in [x for x in (ko, en) if x] + aliases:
            clash = resolver.existing(n)
            if clash:
                from ..namespaces import shorten

                problem(line, f"entity {label!r}: the name {n!r} already belongs to {', '.join(sorted(shorten(c) for c in clash))} — refer to it by name instead of introducing it again")
        sector = _text(item.get("sector"))
        if sector is not None and sector not in SECTORS:
            problem(item.key_line("sector"), _unknown_field(sector, SECTORS, "sector"))
            sector = None
        if kind and ENTITY_KINDS[kind][2] == "agent" and sector is None:
            sector = ENTITY_KINDS[kind][1]
            if sector is None and kind != "unit":
                problem(line, f"entity {label!r}: kind {kind} needs a sector ({', '.join(SECTORS)})")
        status = _text(item.get("status"))
        if status is not None and status not in STATUSES:
            problem(item.key_line("status"), _unknown_field(status, STATUSES, "status"))
        props = {}
        for key in ("start", "end", "date"):
            value = _text(item.get(key))
            if value is not None:
                if parse_date(value, allow_partial=True):
                    props[key] = value
                else:
                    problem(item.key_line(key), f"entity {label!r}: bad {key} {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
        for key in ("post_in", "place", "part_of", "modelled_on", "establishes"):
            value = _text(item.get(key))
            if value:
                props[key] = (value, item.key_line(key))
        if status:
            props["status"] = status
        if kind == "post" and "post_in" not in props:
            problem(line, f"entity {label!r}: a post needs post_in (the organisation the post is in)")
        if kind == "unit" and not _text(item.get("parent")):
            problem(line, f"entity {label!r}: a unit needs parent (the organisation it belongs to)")
        parent = _text(item.get("parent"))
        quotes = _quotes(item.get("quote"))
        if parent and not quotes:
            problem(item.key_line("parent"), f"entity {label!r}: parent needs a quote (the evidence for the tie)")
        for q, qline in quotes:
            _check_quote(q, qline or item.key_line("quote"), problem, f"entity {label!r}")
        quote = [q for q, _ in quotes] or None
        if not (kind and iri and ko and en):
            continue
        ent = Entity(iri, kind, ko, en, aliases, sector, None, quote, _text(item.get("note")), props, line)
        ent.props["_parent"] = (parent, item.key_line("parent")) if parent else None
        doc.entities.append(ent)
        resolver.add_local(iri, [ident, ko, en, *aliases], ENTITY_KINDS[kind][2])


def _check_quote(quote, line, problem, what) -> bool:
    if not quote:
        problem(line, f"{what}: quote is empty")
    elif _is_todo(quote):
        problem(line, f"{what}: quote is still marked TODO")
    elif len(quote) > MAX_QUOTE:
        problem(line, f"{what}: quote is {len(quote)} characters; keep it to at most {MAX_QUOTE}")
    else:
        return True
    return False


def _resolve_entity_refs(doc: CheckedDocument, resolver: Resolver, problem) -> None:
    """Resolve parent, post_in, place, part_of, modelled_on of new entities (they may name each other)."""
    expect = {"post_in": {"agent"}, "place": {"place", "zone"}, "part_of": {"event", "programme"}, "modelled_on": {"programme"},
              "establishes": {"agent"}, "_parent": {"agent"}}
    for ent in doc.entities:
        for key, wanted in expect.items():
            value = ent.props.get(key)
            if not value:
                continue
            name, line = value
            iri, why = resolver.resolve(name)
            shown = key.lstrip("_")
            if why:
                problem(line, f"entity {ent.ko!r}: {shown}: {why}")
                ent.props.pop(key)
            elif not (resolver.category_of(iri) & wanted | ({"agent"} if "agent" in wanted and "person" in resolver.category_of(iri) and key != "_parent" else set())):
                problem(line, f"entity {ent.ko!r}: {shown} {name!r} is not a {' or '.join(sorted(wanted))}")
                ent.props.pop(key)
            elif iri == ent.iri:
                problem(line, f"entity {ent.ko!r}: {shown} cannot be the entity itself")
                ent.props.pop(key)
            else:
                ent.props[key] = iri
                if key == "post_in":
                    resolver.post_in[ent.iri] = iri
        parent = ent.props.pop("_parent", None)
        ent.parent = parent if isinstance(parent, str) else None
        if ent.kind == "unit" and ent.sector is None and ent.parent:
            ent.sector = resolver.sector_of(ent.parent)
            if ent.sector is None:
                parent_ent = next((e for e in doc.entities if e.iri == ent.parent), None)
                ent.sector = parent_ent.sector if parent_ent else "other"


_CATEGORY_OK = {
    "agent": {"agent", "person"}, "agents": {"agent", "person"}, "org": {"agent"}, "orgs": {"agent"}, "body": {"agent"},
    "person": {"person"}, "event": {"event"}, "programme": {"programme"}, "zones": {"zone"}, "post": {"post"}, "law": {"law"},
}
_CATEGORY_WORD = {"agent": "an organisation or person", "agents": "an organisation or person", "org": "an organisation",
                  "orgs": "an organisation", "body": "an organisation or body", "person": "a person", "event": "an event",
                  "programme": "a programme", "zones": "a special zone", "post": "a post", "law": "a law"}


def _check_relationship(item, resolver: Resolver, problem, default_line) -> Relationship | None:
    if not isinstance(item, LMap):
        problem(line_of(item, default_line), "relationships: every item must be a mapping starting with type: (agreement, participation, membership, post, programme, designation, reorganisation, suborganisation)")
        return None
    line = item.line
    rtype = _text(item.get("type"))
    rtype = TYPE_ALIASES.get(rtype, rtype)
    if not rtype:
        problem(line, f"relationship: type is missing (one of {', '.join(RELATIONSHIP_FIELDS)})")
        return None
    if rtype not in RELATIONSHIP_FIELDS:
        problem(item.key_line("type"), _unknown_field(rtype, list(RELATIONSHIP_FIELDS), "relationship type"))
        return None
    spec = RELATIONSHIP_FIELDS[rtype]
    ok = True
    for key in item:
        if key not in spec and key not in COMMON_FIELDS:
            problem(item.key_line(key), f"{rtype}: " + _unknown_field(key, list(spec) + list(COMMON_FIELDS)))
            ok = False
    for key in REQUIRED[rtype]:
        if item.get(key) in (None, "") or (isinstance(item.get(key), LList) and not item.get(key)):
            problem(item.key_line(key) if key in item else line, f"{rtype}: {key} is missing")
            ok = False
    quotes = _quotes(item.get("quote"))
    if not quotes:
        problem(item.key_line("quote") if "quote" in item else line, f"{rtype}: quote is missing (a short exact quote from the document as evidence)")
        ok = False
    for quote, qline in quotes:
        ok = _check_quote(quote, qline or item.key_line("quote"), problem, rtype) and ok
    status = _text(item.get("status"))
    if status is not None and status not in STATUSES:
        problem(item.key_line("status"), f"{rtype}: " + _unknown_field(status, STATUSES, "status"))
        ok = False
    fields: dict = {}
    for key, kind in spec.items():
        value = item.get(key)
        if value is None:
            continue
        kline = item.key_line(key)
        if kind in _CATEGORY_OK:
            many = kind in ("agents", "orgs", "zones")
            names = _names_list(value, kline, problem, f"{rtype}: {key}")
            if not many and len(names) > 1:
                problem(kline, f"{rtype}: {key} takes one name, not a list")
                ok = False
                continue
            iris = []
            for name, vline in zip(names, _item_lines(value, kline)):
                iri, why = resolver.resolve(name)
                if why:
                    problem(vline, f"{rtype}: {key}: {why}")
                    ok = False
                elif not resolver.category_of(iri) & _CATEGORY_OK[kind]:
                    problem(vline, f"{rtype}: {key}: {name!r} is not {_CATEGORY_WORD[kind]}")
                    ok = False
                else:
                    if iri in iris:
                        problem(vline, f"{rtype}: {key}: {name!r} is listed twice")
                        ok = False
                    iris.append(iri)
            fields[key] = iris if many else (iris[0] if iris else None)
        elif kind == "date":
            text = _text(value)
            if not text or not parse_date(text):
                problem(kline, f"{rtype}: bad {key} {value!r} (use YYYY-MM-DD, e.g. 2018-09-19)")
                ok = False
            else:
                fields[key] = text
        elif kind == "role":
            text = _text(value) or ""
            role = ROLES.get(text) or ROLES.get(text.lower())
            allowed = {"participation": PARTICIPATION_ROLES, "membership": MEMBERSHIP_ROLES, "post": POST_ROLES}[rtype]
            if role not in allowed:
                problem(kline, f"{rtype}: unknown role {text!r} (use one of {', '.join(allowed)})")
                ok = False
            else:
                fields[key] = role
        elif kind == "int":
            text = _text(value) or ""
            if not text.isdigit() or int(text) <= 0:
                problem(kline, f"{rtype}: {key} must be a positive whole number, not {value!r}")
                ok = False
            else:
                fields[key] = int(text)
        elif kind == "id":
            text = _text(value) or ""
            if not _SLUG.match(text):
                problem(kline, f"{rtype}: bad id {text!r} (lower-case ASCII letters, digits and '-')")
                ok = False
            elif resolver.known_iri(SGR + text):
                problem(kline, f"{rtype}: id {text!r} is already taken")
                ok = False
            else:
                fields[key] = text
        elif kind in ("change-kind", "agreement-kind"):
            allowed = CHANGE_KINDS if kind == "change-kind" else ("mou", "agreement")
            text = _text(value) or ""
            if text not in allowed:
                problem(kline, f"{rtype}: unknown {key} {text!r} (use one of {', '.join(allowed)})")
                ok = False
            else:
                fields[key] = text
        else:  # text
            text = _text(value)
            if text is None:
                problem(kline, f"{rtype}: {key} must be text")
                ok = False
            elif _is_todo(text):
                problem(kline, f"{rtype}: {key} is still marked TODO")
                ok = False
            else:
                fields[key] = text
    if rtype == "agreement" and len(fields.get("parties") or []) == 1 and "parties" in item:
        problem(item.key_line("parties"), "agreement: needs at least two parties (only one given)")
        ok = False
    if rtype == "post" and fields.get("post") and not fields.get("org"):
        fields["org"] = resolver.post_in.get(fields["post"])
    if rtype == "post" and not fields.get("org") and ok:
        problem(line, "post: give the post (an org:Post such as 국토연구원장) or the org the person holds the role in")
        ok = False
    if rtype == "suborganisation" and fields.get("child") and fields.get("child") == fields.get("parent"):
        problem(line, "suborganisation: child and parent are the same")
        ok = False
    if not ok:
        return None
    return Relationship(rtype, fields, [q for q, _ in quotes], status, _text(item.get("note")), line)


def _quotes(value) -> list[tuple[str, int]]:
    """A quote or a list of quotes, each with its line ('' for a non-text item, so it is reported)."""
    if value is None:
        return []
    items = value if isinstance(value, LList) else [value]
    return [(_text(v) or "", line_of(v)) for v in items]


def _item_lines(value, default):
    if isinstance(value, LList):
        return [line_of(v, default) for v in value]
    return [line_of(value, default)]


def _document_agent(meta, key: str, what: str, resolver, problem):
    """The organisation named by the document's *key* field (publisher, creator), or None with a problem recorded."""
    name = _text(meta.get(key))
    if not name or _is_todo(name):
        return None
    iri, why = resolver.resolve(name)
    if why:
        problem(meta.key_line(key), f"document: {key}: {why}")
        return None
    if "agent" not in resolver.category_of(iri):
        problem(meta.key_line(key), f"document: {key} {name!r} is not {what}")
        return None
    return iri
