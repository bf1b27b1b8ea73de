"""What the extractor finds (:class:`Mention`, :class:`Proposal`), what it knows (:class:`Known`), and
the small text helpers every finder shares: normalisation, tokens, particles, name suffixes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .lexicon import _AFTER_NAME, BARE_BODY_SUFFIXES, CITIES, COUNTRIES, DISTRICTS, METRO_SHORT, PROVINCES, STOP_NAMES, SUFFIX_KIND, SURNAMES, TITLES, _DOTS, _PARTICLES, _TITLE_ALT


@dataclass
class Mention:
    """One entity mention in the text."""

    surface: str
    start: int
    end: int
    kind: str
    entity: str | None
    label: str
    new: bool
    en: str | None = None
    aliases: list[str] = field(default_factory=list)
    source: str = "registry"  # registry | gazetteer | pattern | person | alias
    parent: str | None = None  # for a unit: the label of the organisation it belongs to


@dataclass
class Proposal:
    """A proposed relationship, with the sentence as evidence."""

    type: str
    fields: dict
    quote: str
    start: int
    end: int
    status: str | None = None


@dataclass
class Known:
    """What the extractor knows about the graph: names → entities, kinds, labels."""

    names: dict[str, set[str]]
    kinds: dict[str, str]
    labels: dict[str, str]
    exact: dict[str, set[str]]  # normalised key → original spellings (for case-sensitive acronyms)
    post_in: dict[str, str] = field(default_factory=dict)


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _normalised_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text (NFKC, case-folded, no white space) and, per normalised char, its source index."""
    chars, origin = [], []
    for i, c in enumerate(text):
        if c.isspace():
            continue
        n = unicodedata.normalize("NFKC", c).casefold()
        for ch in n:
            if not ch.isspace():
                chars.append(ch)
                origin.append(i)
    return "".join(chars), origin


def _is_hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3"


def _is_word(c: str) -> bool:
    return c.isalnum() and c.isascii()


def _overlaps(a: int, b: int, spans) -> bool:
    """True when the span ``a:b`` overlaps any of *spans* (``(start, end)`` pairs or mentions).

    >>> _overlaps(2, 5, [(0, 3)]), _overlaps(3, 5, [(0, 3)])
    (True, False)
    """
    return any(x < b and a < y for x, y in ((sp.start, sp.end) if hasattr(sp, "start") else sp for sp in spans))


def _in_spans(i: int, spans) -> bool:
    return any(a <= i < b for a, b in spans)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split at line breaks and after 다. / . followed by space."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        start = m.start()
        for s in re.finditer(r"(?:다\.|[.!?])(?=\s)|$", m.group()):
            end = m.start() + s.end()
            if end > start and text[start:end].strip():
                a = start + (len(text[start:end]) - len(text[start:end].lstrip()))
                out.append((a, end))
            start = end
            if s.end() == len(m.group()):
                break
    return out


_TOKEN = re.compile(r"[가-힣A-Za-z0-9·‧・&+\-]+")


_PAREN_ACRONYM = re.compile(r"^\(\s*([A-Za-z][A-Za-z0-9&\-]{1,11}|[가-힣]{2,4})\s*\)")


def _suffix_kind(name: str) -> str | None:
    for suffix, kind in SUFFIX_KIND:
        if name.endswith(suffix):
            return kind
    return None


def _strip_particle(token: str) -> str:
    """*token* without a trailing particle when what is left is a name (``국토연구원과`` → 국토연구원)."""
    for p in _AFTER_NAME:
        if token.endswith(p) and len(token) - len(p) >= 2 and _candidate_kind(token[: -len(p)]):
            return token[: -len(p)]
    return token


def _strip_particle_any(token: str) -> str:
    """*token* without a trailing particle (``정부가`` → ``정부``), whatever the rest is."""
    for p in _PARTICLES:
        if token.endswith(p) and len(token) - len(p) >= 2:
            return token[: -len(p)]
    return token


def _strip_copula(token: str) -> str:
    """*token* without a closing copula when what is left is an organisation's name (``…산업협회다`` → ``…산업협회``;
    ``캐나다`` stays).

    >>> _strip_copula("한국스마트홈산업협회다"), _strip_copula("한국토지주택공사이다"), _strip_copula("캐나다")
    ('한국스마트홈산업협회', '한국토지주택공사', '캐나다')
    """
    for cop in ("이다", "다"):
        if token.endswith(cop) and _candidate_kind(token[: -len(cop)]):
            return token[: -len(cop)]
    return token


def _bare_body(token: str) -> str | None:
    """The body suffix *token* is, particles stripped (``사업단은`` → ``사업단``), or None."""
    if token in BARE_BODY_SUFFIXES:
        return token
    base = _strip_particle_any(token)
    return base if base in BARE_BODY_SUFFIXES else None


#: Titles that follow an organisation's name in "NAME ORG TITLE" (``곽영호 아이티윈 대표``); not 연구원 /
#: 관리원, which end organisations' names too.
_AFFILIATION_TITLES = "|".join(sorted((t for t in TITLES if t not in ("연구원", "관리원")), key=len, reverse=True))


#: A title ends the word or takes a particle that ends it ("교수가", "대표로"; not "대표과제").
_AFTER_TITLE = r"(?=[^가-힣]|$|(?:은|는|이|가|와|과|도|의|께|에|을|를|로|에서|으로|에게|께서|이며|이고|이자|이다|인|을|직)(?:[^가-힣]|$))"


_UNIT_WORD = r"(?: [가-힣A-Za-z0-9]{1,14}(?:과|팀|실|본부|센터|연구소|연구실))?"


_NAME_ORG_TITLE = re.compile(r"(?<![가-힣])([가-힣]{2,4}) ([가-힣A-Za-z0-9&]{2,20})" + _UNIT_WORD + r" ?(" + _AFFILIATION_TITLES + r")" + _AFTER_TITLE)


_ORG_NAME_TITLE = re.compile(r"(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z0-9&]{2,20}) ([가-힣]{2,4}) (" + _AFFILIATION_TITLES + r")" + _AFTER_TITLE)


_NAME_ORGHEAD = re.compile(r"(?<![가-힣])([가-힣]{2,4}) ([가-힣A-Za-z0-9&]{2,20}(?:연구원|진흥원|경찰서|소방서|센터|협회|재단|연구소|공사|공단))장"
                           + _AFTER_TITLE)


#: 허태정 대전시장, 이시종 충청북도지사: a person and the local government they head (one word: name + title).
#: A local government's head as one word: the government's name, then 시장/도지사/구청장/군수 (부천시장, 충청북도지사).
LOCAL_HEAD = r"([가-힣]{1,10}(?:시(?=장)|도(?=지사)|구(?=청장)|군(?=수)))(장|지사|청장|수)"
_NAME_LOCALHEAD = re.compile(r"(?<![가-힣])([가-힣]{3}) " + LOCAL_HEAD + _AFTER_TITLE)
LOCAL_HEAD_TITLES = {"장": "시장", "지사": "도지사", "청장": "구청장", "수": "군수"}


def _known_one(known: Known | None, name: str) -> str | None:
    """The one registry entity called *name* (any label or alias, spacing ignored), or None."""
    if known is None:
        return None
    entities = known.names.get(_norm(name)) or set()
    return next(iter(entities)) if len(entities) == 1 else None


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens; a run like ``전라남도·경상북도·수원시`` is split at ``·`` when two or more of its
    parts are names of their own (``스마트·녹색도시연구센터`` stays whole)."""
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        parts = re.split(f"[{_DOTS}]", tok)
        if len(parts) > 1 and sum(1 for x in parts if _candidate_kind(_strip_particle(x))) >= 2:
            at = m.start()
            for x in parts:
                if x:
                    out.append((at, at + len(x), x))
                at += len(x) + 1
        else:
            lead = len(tok) - len(tok.lstrip("-"))
            tok = tok.strip("-")
            if tok:
                out.append((m.start() + lead, m.start() + lead + len(tok), tok))
    return out


def _person_before_title(text: str, token: str, end: int) -> bool:
    """True when *token* is a person's name and a title follows the name ending at *end*
    ("장동선 현대미래혁신기술센터 그룹장": 장동선 is not part of the centre's name)."""
    if not (2 <= len(token) <= 4 and token[0] in SURNAMES):
        return False
    if re.match(r"\s?(?:" + _TITLE_ALT + r")(?![가-힣]{2})", text[end:end + 8]) is not None:
        return True
    # a three-syllable name before a title glued to a division or a rank: "이찬주 대외협력홍보본부 글로벌사업실장",
    # "장혜원 IT여성기업인협회 명예회장"
    return len(token) == 3 and all(map(_is_hangul, token)) and re.match(r" [가-힣A-Za-z0-9]{1,10}(?:" + _TITLE_ALT + r")(?![가-힣]{2})", text[end:end + 20]) is not None


def _acts(text: str, end: int) -> bool:
    """True when the name ending at *end* is followed by a particle or a list mark (it acts).

    >>> _acts("성동구는 선정", 3), _acts("성동구·달성군", 3), _acts("종로구(구청장 정문헌)", 3), _acts("강남구 한국국토정보공사", 3)
    (True, True, True, False)
    """
    rest = text[end:end + 6]
    if re.match(r"(?:은|는|이|가|와|과|도|의|에서|에|을|를|로|으로)(?![가-힣])", rest):
        return True
    return re.match(r"\s*[·,/)(▲△]|\s+(?:및|등)(?![가-힣])", rest) is not None  # "종로구(구청장 …)", "▲완도군 ▲…" act too


def _country_before(text: str, tokens: list, idx: int) -> int | None:
    """Start offset of a country's name just before token *idx* (one space apart), or None."""
    if idx == 0:
        return None
    pa, pb, ptok = tokens[idx - 1]
    if ptok in COUNTRIES and text[pb:tokens[idx][0]] == " ":
        return pa
    return None


def _candidate_kind(name: str) -> str | None:
    compact = name.replace(" ", "")
    if re.search(f"[{_DOTS}]", compact) and re.split(f"[{_DOTS}]", compact)[-1] in STOP_NAMES:
        return None  # "세미나·포럼", "기업·대학": the last word alone names nothing
    if compact in STOP_NAMES or len(compact) < 3 or not re.search(r"[가-힣]", compact) \
            or (compact[0].isdigit() and not re.match(r"\d{1,2}차|\d[A-Z]", compact)):
        return None  # "112센터", "0연구원" (of 민주주의4.0연구원) are not names; "4차산업혁명위원회" is
    last_word = name.split()[-1]
    if last_word in STOP_NAMES and " " not in name:
        return None
    if compact in PROVINCES:
        return "local-government"
    if re.fullmatch(r"[가-힣]{1,6}(광역시|특별시|특별자치시)", compact):
        return "local-government"
    if compact.endswith("시") and (compact[:-1] in CITIES or compact.endswith("특례시") and compact[:-3] in CITIES):
        return "local-government"  # (수원특례시 is 수원시's title)
    if compact in DISTRICTS:
        return "local-government"
    if compact in METRO_SHORT:
        return "local-government"
    kind = _suffix_kind(compact)
    if kind in ("ministry", "agency"):
        # 부/처/청 are the riskiest suffixes: the stem must be a plain noun of 2+ syllables
        if re.fullmatch(r"[가-힣]{1,6}[시도군구](?:경제|행정|정무)부", compact):
            return None  # "세종시경제부(시장)": a city's vice-mayor, glued
        if not re.fullmatch(r"[가-힣]{2,12}", compact) or compact[-2:] in ("정부", "본부", "내부", "외부", "일부", "전부", "세부", "간부", "부처", "요청", "신청", "초청", "시청", "도청", "구청", "군청", "공부", "학부", "여부", "거부", "포부", "장부", "승부", "안부", "벤처", "대처", "근처", "용처", "출처", "거처", "상처", "상부", "하부", "대부"):
            return None
    if kind == "unit" and len(compact) < 5:
        return None
    if kind == "university" and compact.endswith("대학") and len(compact) < 4:
        return None
    if kind == "research-institute" and compact.endswith("연구원") and len(compact) < 4:
        return None
    return kind


def _ref(m: Mention) -> str:
    return m.label
