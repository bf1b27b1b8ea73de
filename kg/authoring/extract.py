"""Draft extraction from Korean press releases and news texts (``scgov extract``).

What it does, in order:

1. **Page furniture** — lines with phone/fax numbers, e-mail addresses, bylines, copyright notices,
   photo captions, menu paths and site headers are set aside: nothing in them is proposed.
2. **Known entities** — every label and alias in the graph (and of the built-in gazetteer of Korean
   public bodies and companies, ``gazetteer.tsv``, proposed as *new*) is matched over the text
   with white space ignored (``과학기술 정보통신부`` = ``과학기술정보통신부``), longest match first,
   never inside a longer word (``LH`` is not found in ``LHI``; ``세종`` not in ``세종시``); short
   upper-case acronyms must match case exactly.
3. **New organisations** — Korean naming patterns: names ending in 부/처/청/위원회/공사/공단/
   진흥원/연구원/연구소/재단/협회/협의체/추진단/지원단/포럼/대학교/대학/본부, cities and provinces
   (…광역시, …특별시, the list of 시), companies marked ㈜/(주)/주식회사, with an acronym in
   parentheses kept as an alias (``한국전자통신연구원(ETRI)``).
4. **People** — ``name + title`` (``강현수 원장``) and ``org(title name)`` (``국토연구원(원장 강현수)``).
5. **Relationships** — from cues in each sentence: 참석 lists (with their ``(group)`` labels),
   주최/주관/주재, MOU/업무협약/양해각서/협약 (parties = the organisations of the sentence), people's
   posts; dates (``2018년 9월 19일``, ``9.19(수)``, ``'17.2``, ``1.11일``) and places.

Offsets (``start``, ``end``) are character offsets into the text as read (after decoding and, for
HTML, after reducing the page to text); ``text[start:end] == surface`` always holds.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import AuthoringError
from .textio import TextInput

# The extractor in modules: lexicon (words), textscan (types, text helpers), orgpatterns (new
# organisations), cues (people, dates, places, relationships); this module matches known names,
# runs the steps in order and writes the draft. ORG_KINDS, Known, Mention and Proposal are
# re-exported from here for callers.
from .lexicon import CITIES, COUNTRIES, FURNITURE, ORG_KINDS, PARTICLE_STARTS, REGION_SHORT, WORLD_REGIONS
from .textscan import Known, Mention, Proposal, _candidate_kind, _in_spans, _strip_particle_any, _is_hangul, _is_word, _norm, _normalised_with_map, _overlaps
from .orgpatterns import _acronym_partners, _acronymed_bodies, _acting_countries, _consortia, _affiliations, _anaphoric_units, _headed_organisations, _transliterated_bodies, _bare_local_lists, _counted_members, _counted_units, _country_governments, _described_companies, _dotted_universities, _event_forums, _fielded_list_members, _listed_countries, _listed_foreign_cities, _foreign_cities, _find_patterns, _foreign_counterparts, _grouped_locals, _counted_company, _counted_locals, _headed_companies, _is_address, _is_facility, _is_venue, _list_members, _listed_companies, _listed_local_governments, _listed_subunits, _listed_universities, _local_bodies, _local_councils, _marked_list_members, _metro_districts, _military_units, _missions, _name_like, _regional_offices, _posted_units, _project_companies, _reorganised_units, _quoted_bodies, _structured_units, _region_universities, _resolve_new, _shared_suffix_names, _subject_regions, _units_of
from .cues import _dates, _find_people, _places, _propose


@dataclass
class Draft:
    """The result of extraction."""

    text: str
    encoding: str
    html: bool
    source_file: str
    mentions: list[Mention]
    relationships: list[Proposal]
    dates: list[dict]
    places: list[dict]
    title: str = ""
    date: str | None = None
    publisher: str | None = None
    events: list[dict] = field(default_factory=list)
    programmes: list[dict] = field(default_factory=list)  # proposed by selection/designation cues

    def organisations(self) -> list[Mention]:
        """The first mention of each distinct organisation (known or new)."""
        seen, out = set(), []
        for m in self.mentions:
            if m.kind in ORG_KINDS and (m.entity or m.label) not in seen:
                seen.add(m.entity or m.label)
                out.append(m)
        return out

    def to_json(self) -> str:
        """``mentions`` (surface, start, end, kind, entity, label, new), ``relationships``, the ``events`` and
        ``programmes`` they refer to, dates, places."""
        out = {
            "source_file": self.source_file, "encoding": self.encoding, "html": self.html,
            "offsets": "character offsets into the decoded text" + (" extracted from the HTML" if self.html else ""),
            "title": self.title, "date": self.date, "publisher": self.publisher,
            "mentions": [{k: v for k, v in asdict(m).items() if k in ("surface", "start", "end", "kind", "entity", "label", "new")} for m in self.mentions],
            "relationships": [asdict(p) for p in self.relationships],
            "events": self.events, "programmes": self.programmes,  # what relationships' event/programme ids name
            "dates": self.dates, "places": self.places,
        }
        return json.dumps(out, ensure_ascii=False, indent=2) + "\n"

    def to_yaml(self) -> str:
        """A draft in the authoring format; everything to review is marked ``# TODO review``."""
        return _draft_yaml(self)


@lru_cache(maxsize=1)
def _gazetteer_index() -> dict[str, tuple[str, str, str, tuple[str, ...]]]:
    """The gazetteer's entries by each of their normalised names and aliases."""
    return {_norm(name): row for row in gazetteer() for name in (row[0], *row[3])}


@lru_cache(maxsize=1)
def gazetteer() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """The built-in list of Korean organisations: ``(ko, kind, en, aliases)``."""
    rows = []
    path = Path(__file__).with_name("gazetteer.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = (line.split("\t") + ["", "", "", ""])[:4]
        ko, kind, en, aliases = (p.strip() for p in parts)
        rows.append((ko, kind, en, tuple(a for a in aliases.split("|") if a)))
    return tuple(rows)


_CLASS_KIND = [
    ("Ministry", "ministry"), ("CentralGovernmentAgency", "agency"), ("PresidentialCommittee", "presidential-committee"),
    ("RegionalResearchInstitute", "regional-research-institute"), ("GovernmentFundedResearchInstitute", "government-research-institute"),
    ("ResearchInstitute", "research-institute"), ("PublicEnterprise", "public-enterprise"), ("PublicAgency", "public-agency"),
    ("LocalGovernment", "local-government"), ("University", "university"), ("Company", "company"),
    ("InternationalOrganization", "international-organization"), ("ForeignGovernment", "foreign-government"),
    ("ForeignCity", "foreign-city"), ("TaskForce", "task-force"), ("Subcommittee", "subcommittee"), ("Council", "council"),
    ("Forum", "forum"), ("GovernanceBody", "body"), ("OrganizationalUnit", "unit"), ("Person", "person"), ("Post", "post"),
    ("SpecialZone", "zone"), ("Law", "law"), ("EventSeries", "event-series"), ("Event", "event"), ("PolicyPackage", "policy-package"),
    ("Programme", "programme"), ("Place", "place"), ("Organization", "organization"),
    ("FormalOrganization", "organization"), ("GovernmentOrganization", "organization"),
]


def known_from_store(store) -> Known:
    """Names, kinds and Korean labels of every entity in the built graph."""
    from ..names import name_index
    from ..resources import sparql_dir

    index = name_index(store)
    classes: dict[str, set[str]] = {}
    post_in: dict[str, str] = {}
    for entity, cls, _sector, post_org in store.query((sparql_dir() / "entity_types.rq").read_text(encoding="utf-8")).rows:
        classes.setdefault(str(entity), set()).add(str(cls).rsplit("#", 1)[-1].rsplit("/", 1)[-1])
        if post_org is not None:
            post_in[str(entity)] = str(post_org)
    kinds = {}
    for entity, names in classes.items():
        kinds[entity] = next((kind for cls, kind in _CLASS_KIND if cls in names), "other")
    exact: dict[str, set[str]] = {}
    for key, shown in index.shown.items():
        exact.setdefault(key, set()).add(shown)
    labels = {}
    for (entity, lang), label in index.pref.items():
        if lang == "ko":
            labels[entity] = label
    names = {k: set(v) for k, v in index.keys.items()}
    # every spelling, not only the first one shown, for the case-sensitive acronym check
    for (entity, _lang), label in index.pref.items():
        exact.setdefault(_norm(label), set()).add(label)
    return Known(names, kinds, labels, exact, post_in)


_WIRE_BYLINE = re.compile(r"^\s*(?:(?:[\[(【][^\]\)】]{1,20}[\])】]\s*|[가-힣A-Za-z]{2,10}\s+)?[가-힣]{2,4}\s*기자\s*=|[\[【][^\]】\n]{1,30}[\s=][가-힣]{2,4}\s*기자[\]】]|\([^)\n]{1,30}[\s=][가-힣]{2,4}\s*기자\))\s*")


#: A line longer than this is body text (a page copied as one line), not a line of furniture: only the
#: furniture in it and the short sentence around it are set aside.
_LONG_LINE = 300


def _local_furniture(line: str, reach: int = 60) -> list[tuple[int, int]]:
    """Furniture inside a long line: each match, widened to its sentence within *reach* characters (not past
    a bracket that closes or opens the match: ``[아시아경제 홍길동 기자] 김현미 장관이…`` keeps the body).

    >>> line = "[아주경제 홍길동 기자] 국토교통부는 " + "협약을 " * 80 + "체결했다고 밝혔다. 문의: 도시정책과 044-201-3000"
    >>> [line[a:b] for a, b in _local_furniture(line)]
    ['[아주경제 홍길동 기자]', ' 문의: 도시정책과 044-201-3000']
    """
    out = []
    for p in FURNITURE:
        for x in p.finditer(line):
            a, b = x.start(), x.end()
            if line[a:a + 1] not in "[(【":
                while a > 0 and x.start() - a < reach and line[a - 1] not in ".!?]|":
                    a -= 1
            if line[b - 1:b] not in "])】":
                while b < len(line) and b - x.end() < reach and line[b] not in ".!?[|":
                    b += 1
            out.append((a, b))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(out):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of page furniture: whole lines, except that a news-wire byline opening a paragraph
    ("[매체] 홍길동 기자 = 본문…", "(세종=연합뉴스) 홍길동 기자 = 본문…", "아주경제 홍길동 기자 =본문…",
    "[국토경제신문 홍길동 기자] 본문…", "[시사매거진=홍길동 기자] 본문…") is furniture only up to the body, and a paragraph closed by a byline
    ("… 참여하고 있다. 수원=홍길동 기자 hong@news.kr") only from the byline on."""
    spans, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        wire = _WIRE_BYLINE.match(line)
        if wire and not any(p.search(line[wire.end():]) for p in FURNITURE):
            spans.append((pos, pos + wire.end()))
        elif len(line) > _LONG_LINE and any(p.search(line) for p in FURNITURE):
            spans.extend((pos + a, pos + b) for a, b in _local_furniture(line))
        elif line.strip() and (hits := [x.start() for x in (p.search(line) for p in FURNITURE) if x]):
            first = min(hits)
            body = line[:first].rstrip()
            if line[first:first + 1] == "=":  # "… 있다. 수원=홍길동 기자": the dateline goes with the byline
                body = re.sub(r"\s[가-힣]{1,6}$", "", body)
            if len(body) >= 40 and body.endswith(("다.", "다", ".")) and not _WIRE_BYLINE.match(line):
                spans.append((pos + len(body), end))  # a paragraph closed by a byline: only the byline is furniture
            else:
                spans.append((pos, end))
        pos = end + 1
    return spans


class _Trie:
    def __init__(self):
        self.root: dict = {}

    def add(self, key: str, value) -> None:
        node = self.root
        for ch in key:
            node = node.setdefault(ch, {})
        node.setdefault("\0", []).append(value)

    def longest(self, text: str, i: int):
        """Every (end, values) of keys starting at *i*, longest last."""
        node, out, j = self.root, [], i
        while j < len(text) and text[j] in node:
            node = node[text[j]]
            j += 1
            if "\0" in node:
                out.append((j, node["\0"]))
        return out


def _boundary_ok(text: str, start: int, end: int, surface_key: str) -> bool:
    first, last = text[start], text[end - 1]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if _is_word(first) and _is_word(before):
        return False
    if text[start:end] in ("ISO", "IEC", "KS", "ITU-T") and re.match(r"[\s/]?\d", text[end:end + 2]):
        return False  # "ISO 37120", "ISO/IEC 30145": a standard's number, not the body
    if _is_hangul(first) and _is_hangul(before):
        return False
    if _is_word(last) and (_is_word(after) or after in "+&"):
        return False
    if _is_hangul(last) and _is_hangul(after) and after not in PARTICLE_STARTS \
            and not (last in "대교" and text.startswith(("산학협력단", "산학협력원"), end)):
        return False  # (but "강릉원주대산학협력단" is the university's office, glued on)
    if _is_word(last) and _is_hangul(after) and after not in PARTICLE_STARTS \
            and not text.startswith(("연구소", "연구원", "연구센터", "재단", "그룹"), end):
        return False  # "KT빌딩" is a building, not KT (but "LG CNS연구소" is LG CNS's laboratory)
    return True


def _build_trie(known: Known | None, use_gazetteer: bool = True) -> _Trie:
    trie = _Trie()
    if known is not None:
        for key, entities in known.names.items():
            if len(key) < 2:
                continue
            for entity in entities:
                if known.kinds.get(entity, "other") in ("post", "other"):
                    continue  # posts are found through people's titles (their labels contain the org name);
                    # "other" are concepts (roles, sectors, statuses) whose labels are common words
                trie.add(key, ("registry", entity))
    if use_gazetteer:
        for ko, kind, en, aliases in gazetteer():
            names = [ko, *aliases]
            if known is not None and any(_norm(n) in known.names for n in names):
                continue
            for name in names:
                if len(_norm(name)) >= 2:
                    trie.add(_norm(name), ("gazetteer", ko, kind, en, aliases, name))
    return trie


def _match_known(text: str, trie: _Trie, known: Known | None) -> list[Mention]:
    norm, origin = _normalised_with_map(text)
    out: list[Mention] = []
    i = 0
    while i < len(norm):
        best = None
        for j, values in reversed(trie.longest(norm, i)):
            start, end = origin[i], origin[j - 1] + 1
            # the match must end on a whole source character
            if j < len(origin) and origin[j] == origin[j - 1]:
                continue
            surface = text[start:end]
            if not _boundary_ok(text, start, end, norm[i:j]):
                continue
            value = _pick(values, surface, known)
            if value is None:
                continue
            best = (j, start, end, surface, value)
            break
        if best is None:
            i += 1
            continue
        j, start, end, surface, value = best
        if value[0] == "registry":
            entity = value[1]
            kind = known.kinds.get(entity, "other") if known else "other"
            out.append(Mention(surface, start, end, kind, entity, (known.labels.get(entity) if known else None) or surface, False))
        else:
            _, ko, kind, en, aliases, _name = value
            out.append(Mention(surface, start, end, kind, None, ko, True, en or None, list(aliases), "gazetteer"))
        i = j
    return out


def _pick(values, surface: str, known: Known | None):
    """The value to use for *surface*, or None (e.g. a short acronym with the wrong case)."""
    compact = "".join(surface.split())
    for value in values:
        if value[0] == "registry":
            key = _norm(compact)
            if compact.isascii() and len(compact) <= 4 and known is not None:
                if compact not in known.exact.get(key, {compact}):
                    continue
            return value
        name = value[5]
        if compact.isascii() and len(compact) <= 5 and compact != name.replace(" ", ""):
            continue
        return value
    return None


def extract(source: TextInput, known: Known | None, *, use_gazetteer: bool = True, use_kiwi: bool = False,
            use_model: bool = True, min_confidence: float | None = None) -> Draft:
    """Extract mentions and proposed relationships from a decoded text (``use_model``: add what the
    name tagger of :mod:`kg.authoring.ner` finds where the rules found nothing, at ``min_confidence`` or more:
    default :data:`kg.authoring.ner.MIN_CONFIDENCE`; lower finds more and proposes more that are wrong)."""
    text = source.text
    furniture = _furniture_spans(text)
    trie = _build_trie(known, use_gazetteer)
    mentions = [m for m in _match_known(text, trie, known) if not _in_spans(m.start, furniture)]
    taken = [(m.start, m.end) for m in mentions]
    quoted, mentions = _quoted_bodies(text, mentions, furniture)
    offices, mentions = _regional_offices(text, mentions, furniture)
    missions, mentions = _missions(text, mentions, furniture)
    offices += missions
    mentions = sorted(mentions + offices, key=lambda m: m.start)
    listed, mentions = _listed_local_governments(text, mentions, furniture)
    listed += _grouped_locals(text, mentions + listed, furniture)
    listed += _counted_locals(text, mentions + listed, furniture)
    listed += _bare_local_lists(text, mentions + listed, furniture)
    listed += _subject_regions(text, mentions + listed, furniture)
    listed += _listed_countries(text, mentions + listed, furniture)
    listed += _listed_foreign_cities(text, mentions + listed, furniture)
    listed += _foreign_cities(text, mentions + listed, furniture)
    listed += _listed_universities(text, mentions, furniture)
    listed += _region_universities(text, mentions + listed, furniture)
    listed += _dotted_universities(text, mentions + listed, furniture)
    shared, mentions = _shared_suffix_names(text, mentions, known, furniture, _gazetteer_index() if use_gazetteer else None)
    listed += [m for m in shared if not _overlaps(m.start, m.end, listed)]
    units, led, mentions = _listed_subunits(text, mentions, known, furniture)
    listed += units
    taken = [(m.start, m.end) for m in mentions + quoted + listed]
    soft = frozenset((m.start, m.end) for m in mentions if m.kind not in ORG_KINDS and m.kind not in ("person", "post"))
    patterned = quoted + listed + _find_patterns(text, taken, furniture, soft)
    mentions = [m for m in mentions if (m.start, m.end) not in soft or not any(p.start <= m.start and m.end <= p.end for p in patterned)]
    mentions = [m for m in mentions if not _is_address(text, m) and not _is_venue(text, m)]
    patterned = [m for m in patterned if not _is_address(text, m) and not _is_venue(text, m)]
    if use_kiwi:
        patterned = _kiwi_filter(text, patterned)
    mentions = sorted(mentions + patterned, key=lambda m: m.start)
    # each finder sees what the ones before it found
    for finder in (_affiliations, _units_of, _list_members, _counted_members, _marked_list_members, _fielded_list_members, _listed_companies, _described_companies,
                   _project_companies, _headed_companies, _counted_company,
                   _acronym_partners, _headed_organisations, _acronymed_bodies, _acting_countries, _consortia, _transliterated_bodies):
        mentions = sorted(mentions + finder(text, mentions, furniture), key=lambda m: m.start)
    districts, mentions = _metro_districts(text, mentions, furniture)
    units, mentions = _military_units(text, mentions, furniture)
    mentions = sorted(mentions + districts + units, key=lambda m: m.start)
    councils = _local_councils(text, mentions, furniture)
    inside = {id(m) for m in mentions if any(c.start <= m.start and m.end <= c.end for c in councils)}
    mentions = sorted([m for m in mentions if id(m) not in inside] + councils, key=lambda m: m.start)
    for finder in (_reorganised_units, _posted_units, _structured_units, _counted_units, _anaphoric_units):
        mentions = sorted(mentions + finder(text, mentions, furniture), key=lambda m: m.start)
    _local_bodies(text, mentions)
    _foreign_counterparts(text, mentions)
    if use_model:  # last: the tagger only fills in where no rule found anything
        mentions = sorted(mentions + _model_names(text, mentions, furniture, min_confidence), key=lambda m: m.start)
    _country_governments(mentions)
    mentions = _event_forums(text, [m for m in mentions if not _is_facility(m)])
    _resolve_new(mentions, known)
    # acronyms introduced in parentheses ("한국전자통신연구원(ETRI)") name the same new organisation later on
    extra_trie = _Trie()
    for m in mentions:
        if m.new:
            for alias in m.aliases:
                if len(_norm(alias)) >= 2:
                    extra_trie.add(_norm(alias), ("gazetteer", m.label, m.kind, m.en or "", tuple(m.aliases), alias))
    if extra_trie.root:
        taken = [(m.start, m.end) for m in mentions]
        for m in _match_known(text, extra_trie, None):
            if not any(a < m.end and m.start < b for a, b in taken) and not _in_spans(m.start, furniture):
                m.source = "alias"
                mentions.append(m)
        mentions.sort(key=lambda m: m.start)
    # the first label given to a new organisation wins for all its spellings
    canon: dict[str, str] = {}
    for m in mentions:
        if m.new and m.kind in ORG_KINDS:
            key = _norm(m.label)
            longer = next((c for c in canon if len(key) >= 6 and c.endswith(key) and c != key and m.kind not in ("unit", "company")), None)
            for alias in [m.label, *m.aliases]:
                canon.setdefault(_norm(alias), canon[longer] if longer else m.label)
            m.label = canon.get(key, m.label)  # ("시범도시 세종·부산 추진단" after "스마트시티 국가 시범도시 세종·부산 추진단")
    taken = [(m.start, m.end) for m in mentions]
    people, posts = _find_people(text, mentions, taken, furniture, known)
    mentions = sorted(mentions + people, key=lambda m: m.start)
    dates = _dates(text, furniture)
    body_dates = [d for d in dates if d["value"] and len(d["value"]) == 10]
    doc_date = body_dates[0]["value"] if body_dates else None
    places = _places(text, mentions, furniture)
    proposals, events, programmes = _propose(text, mentions, posts, [d for d in dates if not d["furniture"]], furniture, doc_date)
    proposals = led + proposals
    title = _title(text, furniture)
    publisher = _publisher(text, mentions)
    return Draft(text, source.encoding, source.html, Path(source.path).name if source.path else "", mentions, proposals,
                 dates, places, title, doc_date, publisher, events, programmes)


def _model_names(text: str, mentions: list[Mention], furniture, min_confidence: float | None = None) -> list[Mention]:
    """New organisations the statistical tagger finds (:func:`kg.authoring.ner.scored_names`) where no finder
    found anything: not in page furniture, not overlapping a mention, and a name by the rules' own test (a
    country or a city alone is left to the rules, which tell an actor from a place; nor what
    :func:`_not_a_name` rules out). Below the default confidence (:data:`~kg.authoring.ner.MIN_CONFIDENCE`) a name
    must also not end like a place or a project (:func:`_place_or_project`)."""
    from .ner import MIN_CONFIDENCE, scored_names

    least = MIN_CONFIDENCE if min_confidence is None else min_confidence
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for a, b, p in scored_names(text):
        name = text[a:b]
        if p < least or _in_spans(a, furniture) or _overlaps(a, b, spans) or not _name_like(name.replace(" ", "")) \
                or {name, _strip_particle_any(name)} & _PLACE_WORDS or (a and text[a - 1].isalnum()) \
                or (p < MIN_CONFIDENCE and _place_or_project(name)) or _not_a_name(text, b, name):
            continue
        m = Mention(name, a, b, _candidate_kind(name) or "organization", None, name, True, None, [], "model")
        if not _is_venue(text, m):
            found.append(m)
            spans.append((a, b))
    return found


#: Last words of an event's name (an exhibition, a forum, a meeting), which the tagger may take for an organisation's.
_EVENT_END = re.compile(r"(?:대전|전시회|박람회|엑스포|페어|포럼|컨퍼런스|콘퍼런스|세미나|설명회|토론회|회의|대회|축제|행사|주간|위크|쇼|WEEK[A-Za-z ]*)$")
#: Korea itself, which the tagger sometimes takes for a name (a party is the government or a body, never the country word).
_HOME = {"한국", "대한민국", "우리나라"}
#: Words the tagger may take for a name that only name a place (with a particle or without: "우즈베키스탄과").
_PLACE_WORDS = frozenset(COUNTRIES | CITIES | set(REGION_SHORT) | _HOME)


def _not_a_name(text: str, end: int, name: str) -> bool:
    """Whether the tagger's *name* (ending at *end*) is something the rules know is no party: a web address or a clause
    run together (a dot in it), a name with a particle or half a parenthesis glued on (``…교육원과``, ``인공지능(AI``),
    an event (``국제물류산업대전``, ``부산모빌리티쇼``), a city hall (``용인시청 컨벤션홀``, ``옛 충남도청``), a
    venue (``서울코엑스에서``), or places alone (``경기도 시흥``, ``영국 북아일랜드``; not ``부산 기장군``, a county).

    >>> [_not_a_name(t, len(n), n) for t, n in [("www.kecft.or.kr", "www.kecft.or.kr"), ("용인시청 컨벤션홀", "용인시청"),
    ...  ("서울코엑스에서 열린다", "서울코엑스"), ("영국 북아일랜드와", "영국 북아일랜드"), ("부산 기장군", "부산 기장군"), ("한국엔컴퍼니", "한국엔컴퍼니")]]
    [True, True, True, True, False, False]
    """
    words = name.split()
    hall = _candidate_kind(re.sub(r"(?<=[시도구군])청$", "", name)) == "local-government" or re.sub(r"도청$", "", name) in REGION_SHORT
    places = all(w in _PLACE_WORDS or w in WORLD_REGIONS or _candidate_kind(w) == "local-government" for w in words) \
        and _candidate_kind(words[-1]) != "local-government"
    glued = re.search(r"(?:원|단|청|처|부|회|소|사)(?:과|와|으로|로|에서|이라는)$|로그인$", name) is not None \
        or name.count("(") != name.count(")")  # "…교육원과", "인공지능(AI"
    return "." in name or _EVENT_END.search(name) is not None or hall or places or glued \
        or re.match(r"\s?에서(?![가-힣])", text[end:end + 4]) is not None


def _place_or_project(name: str) -> bool:
    """Whether ``name`` ends like a place, a project or a product rather than an organisation.

    >>> [_place_or_project(n) for n in ("충북혁신도시", "홍천군 스마트시티", "글로벌연수사업", "현도산단", "경기항공")]
    [True, True, True, True, False]
    """
    return re.search(r"(?:도시|시티|사업|산단|지대|부대|가전|단지)$", name.replace(" ", "")) is not None


def _title(text: str, furniture) -> str:
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and not _in_spans(pos, furniture) and len(stripped) >= 8 and not re.fullmatch(r"[\W\d]*|.{0,20}보도자료.{0,20}|.*보도일시.*|.*배포일시.*", stripped):
            stripped = re.sub(r"^(제목|title)\s*[:：]?\s*", "", stripped)
            return stripped[:200]
        pos += len(line) + 1
    return ""


def _publisher(text: str, mentions: list[Mention]) -> str | None:
    orgs = [m for m in mentions if m.kind in ORG_KINDS and m.kind not in ("task-force", "subcommittee", "council", "forum", "body")]
    if not orgs:
        return None
    head = text[:300]
    for m in orgs:
        if m.start < 300 and re.search(r"보도자료|\[" + re.escape(m.surface) + r"\]", head):
            return m.label
    counts: dict[str, int] = {}
    for m in orgs:
        counts[m.label] = counts.get(m.label, 0) + 1
    return max(counts, key=lambda k: (counts[k], -next(x.start for x in orgs if x.label == k)))


def _kiwi_filter(text: str, mentions: list[Mention]) -> list[Mention]:
    """Keep pattern candidates whose last token kiwipiepy tags as a noun (drops verb/adverb look-alikes)."""
    try:
        from kiwipiepy import Kiwi
    except ImportError:  # pragma: no cover - optional
        return mentions
    kiwi = _kiwi()
    out = []
    for m in mentions:
        if m.source != "pattern":
            out.append(m)
            continue
        tokens = kiwi.tokenize(m.surface)
        if tokens and tokens[-1].tag.startswith(("NN", "XSN", "SL")):
            out.append(m)
    return out


@lru_cache(maxsize=1)
def _kiwi():
    from kiwipiepy import Kiwi

    return Kiwi()


def extract_text(text: str, store=None, **kwargs) -> Draft:
    """Extract from a string (tests, notebooks); *store* is the built graph or ``None``."""
    from .textio import to_text

    if not isinstance(text, str):
        raise AuthoringError("extract_text needs a str")
    source = to_text(text, "str")
    return extract(source, known_from_store(store) if store is not None else None, **kwargs)


def extract_file(path: str | Path, store=None, **kwargs) -> Draft:
    """Read *path* (UTF-8, CP949/EUC-KR, UTF-16 with BOM; HTML stripped) and extract from it."""
    from .textio import read_text

    source = read_text(path)
    if not source.text.strip():
        raise AuthoringError(f"{path}: the file has no text (empty{' after removing HTML' if source.html else ''})")
    return extract(source, known_from_store(store) if store is not None else None, **kwargs)


def _q(value) -> str:
    """A YAML double-quoted scalar (JSON string syntax; non-printable characters escaped)."""
    text = json.dumps(str(value), ensure_ascii=False)
    return "".join(c if c.isprintable() or c in " " else f"\\u{ord(c):04x}" for c in text)


def _draft_yaml(d: Draft) -> str:
    lines = [
        f"# Draft written by `scgov extract` from {d.source_file or 'a text'} (read as {d.encoding}{', HTML reduced to text' if d.html else ''}).",
        "# Review every item marked TODO: check names, kinds and roles against the text, fill in the",
        "# English names and the slug, delete what is wrong, then run `scgov add THIS_FILE`.",
        "document:",
        "  slug: TODO  # lower-case ASCII, e.g. kwater-lh-mou",
        f"  title: {_q(d.title or 'TODO')}",
        f"  date: {d.date or 'TODO'}" + ("" if d.date else "  # YYYY-MM-DD"),
        f"  publisher: {_q(d.publisher) if d.publisher else 'TODO'}  # TODO review",
        "  kind: press-release",
    ]
    if d.source_file:
        lines.append(f"  source_file: {_q(d.source_file)}")
    lines.append("entities:")
    seen = set()
    for m in d.mentions:
        if not m.new or m.label in seen or (m.kind not in ORG_KINDS and m.kind != "person"):
            continue
        seen.add(m.label)
        lines.append(f"  # TODO review: new {m.kind} found as {m.surface!r} at {m.start}" + (" (built-in gazetteer)" if m.source == "gazetteer" else ""))
        lines.append(f"  - kind: {m.kind}")
        lines.append(f"    ko: {_q(m.label)}")
        lines.append(f"    en: {_q(m.en) if m.en else 'TODO'}")
        aliases = [a for a in dict.fromkeys([*m.aliases, *([m.surface] if _norm(m.surface) != _norm(m.label) else [])]) if _norm(a) != _norm(m.label)]
        if aliases:
            lines.append(f"    aliases: [{', '.join(_q(a) for a in aliases)}]")
        if m.kind == "unit":
            lines.append(f"    parent: {_q(m.parent) if m.parent else 'TODO'}" + ("  # TODO review" if m.parent else ""))
            lines.append(f"    quote: {_q(text_around(d.text, m))}" if m.parent else "    quote: TODO")
    for ev in d.events:
        lines.append(f"  # TODO review: the event the sentence at {ev['quote'][:30]!r}… describes")
        lines.append("  - kind: event")
        lines.append(f"    id: {ev['id']}-{(ev['date'] or 'undated')}")
        lines.append("    ko: TODO")
        lines.append("    en: TODO")
        if ev["date"]:
            lines.append(f"    date: {ev['date']}")
    for prog in d.programmes:
        lines.append(f"  # TODO review: the programme (selection, designation) the sentence at {prog['quote'][:30]!r}… describes")
        lines.append("  - kind: programme")
        lines.append(f"    id: {_programme_id(prog)}")
        lines.append("    ko: TODO")
        lines.append("    en: TODO")
        lines.append(f"    quote: {_q(prog['quote'])}")
    if not d.events and not seen and not d.programmes:
        lines[-1] = "entities: []"
    lines.append("relationships:")
    if not d.relationships:
        lines[-1] = "relationships: []  # TODO: nothing was proposed; add the relationships the text states"
    for p in d.relationships:
        lines.append(f"  - type: {p.type}  # TODO review")
        for key, value in p.fields.items():
            if key == "event":
                ev = next(e for e in d.events if e["id"] == value)
                value = f"{ev['id']}-{(ev['date'] or 'undated')}"
                lines.append(f"    {key}: {value}")
            elif key == "programme" and p.type == "programme":
                lines.append(f"    {key}: {_programme_id(next(x for x in d.programmes if x['id'] == value))}")
            elif isinstance(value, list):
                lines.append(f"    {key}: [{', '.join(_q(v) for v in value)}]")
            elif value is None:
                lines.append(f"    {key}: TODO")
            else:
                lines.append(f"    {key}: {_q(value)}")
        if p.status:
            lines.append(f"    status: {p.status}")
        if isinstance(p.quote, list):
            lines.append("    quote:")
            lines.extend(f"      - {_q(x)}" for x in p.quote)
        else:
            lines.append(f"    quote: {_q(p.quote)}")
    return "\n".join(lines) + "\n"


def text_around(text: str, m: Mention, width: int = 30) -> str:
    """A short exact quote around mention *m* (its organisation's name included)."""
    a = max(0, m.start - width)
    b = min(len(text), m.end + 5)
    line_a = text.rfind("\n", 0, m.start) + 1
    line_b = text.find("\n", m.end)
    return text[max(a, line_a):b if line_b < 0 else min(b, line_b)].strip()


def _programme_id(prog: dict) -> str:
    return f"{prog['id']}-{prog['date'] or 'undated'}"
