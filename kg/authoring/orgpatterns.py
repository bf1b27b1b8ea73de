"""New organisations from Korean naming patterns and list cues (``scgov extract``, step 3).

Each finder takes the text and the mentions found so far and returns new mentions (some also drop
mentions that a longer name contains). :func:`_find_patterns` handles single names by their suffix;
the others read structure: quotes, lists closed by "등 N개 …", "person organisation title",
divisions after their organisation, and what is only an address or a venue.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lexicon import CITIES, CLAUSE_NOUNS, COUNTRIES, COUNTRY_NAMES, DISTRICTS, FOREIGN_CITIES, FOREIGN_CITIES_SUFFIXED, GENERIC_DESCRIPTORS, METRO_SHORT, NOT_DESCRIPTORS, ORG_KINDS, QUOTED_SUFFIXES, REGION_SHORT, STOP_NAMES, SURNAMES, TECH_WORDS, TITLES, _COMPANY_TITLES, _DOTS, _VERBAL_END
from .textscan import LOCAL_HEAD, Known, Mention, Proposal, _AFFILIATION_TITLES, _AFTER_TITLE, _NAME_ORGHEAD, _NAME_ORG_TITLE, _ORG_NAME_TITLE, _PAREN_ACRONYM, _TOKEN, _acts, _bare_body, _candidate_kind, _country_before, _in_spans, _known_one, _norm, _overlaps, _person_before_title, _strip_copula, _strip_particle, _strip_particle_any, _suffix_kind, _tokens


#: An address or site after a local government's name: the city is where, not who
#: ("서울시 강남구 …에서", "세종시 세종5-1 생활권").
_ADDRESS_AFTER = re.compile(r"\s?(?:[가-힣]{1,5}(?:구|군|읍)(?![가-힣])|[가-힣]{0,3}[가-힣](?<![전측방이대정표지내외단국장화반일다양])면(?![가-힣])"
                            r"|(?<=\s)[가-힣]{0,8}(?:혁신도시|신도시|산업단지|산단)(?![가-힣]{2})|[가-힣0-9\-]{1,12}\s?(?:생활권|일대|일원)|(?:일대|일원|소재)"
                            r"|\s[가-힣A-Za-z0-9]{2,12}에서(?![가-힣])|\s[가-힣0-9]{1,12}(?:로|길)\s?\d"
                            r"|에\s?(?:위치한|있는|자리한|자리잡은|소재한))")


#: What a division's name ends with before 과 (도시정책과, 체육진흥과): a 과 after anything else is a particle.
_DIVISION_STEMS = ("정책|융합|경제|재생|통신|계획|개발|혁신|기획|지원|관리|산업|정보|행정|건축|교통|주택|안전|환경|전략|협력|데이터|디지털|도시|"
                   "총무|예산|홍보|감사|시설|사업|정비|조성|운영|평가|연구|국제|정보화기획|스마트도시|스마트시티|건설|관광|복지|일자리|에너지|"
                   "투자|통상|토지|도로|철도|재난|미래|진흥|예술|디자인|문화재|교육|체육|보건|위생|세무|회계|민원|자치|청년|농업|산림|공원|녹지|수도|하수")

_COMPANY = re.compile(r"(?:㈜|\(주\)|주식회사|농업회사법인|농업법인|영농조합법인|유한회사|\(유\))\s?([가-힣A-Za-z0-9&]+(?:\s?[A-Z0-9&]+)?)|([가-힣A-Za-z0-9&]{2,})(?:㈜|\(주\))")


_FOUNDATION = re.compile(r"(?:\(재\)|\(사\)|재단법인|사단법인)\s?([가-힣A-Za-z0-9&]{2,20})")
_QUOTED = re.compile(r"[‘'“\"「『]([^’'”\"」』\n]{4,40}?)[’'”\"」』]")


_HELD = re.compile(r"개최|열린다|열렸다|열어|연다|열고|열리는|진행")
_FOUNDED = re.compile(r"발족|창립|출범|결성|구성|설립|회원")
_EDITION = re.compile(r"(?:20\d\d년?|제\s?\d+\s?회)\s?")


def _held_forum(text: str, a: int, b: int) -> bool:
    """True when the forum named at ``a:b`` is an event that is held, not a body founded: its sentence
    says 개최/열린다 and nothing of 발족/창립/출범 (``'국제 스마트시티 표준 포럼'을 개최한다``), or an edition
    opens its name (``'2021 세종 스마트시티 국제포럼'``) and nothing founds it."""
    start = max(text.rfind(".", 0, a), text.rfind("\n", 0, a)) + 1
    stops = [x for x in (text.find(".", b), text.find("\n", b)) if x >= 0]
    sentence = text[start:min(stops) if stops else len(text)]
    if _FOUNDED.search(sentence):
        return False
    # "스마트시티 국제포럼", "글로벌 포럼", "WSCE 리더스 포럼": names of events, whatever the sentence says
    return bool(_HELD.search(sentence) or _EDITION.match(text, a) or "".join(text[a:b].split()).endswith(_EVENT_FORUMS))


_EVENT_FORUMS = ("국제포럼", "글로벌포럼", "리더스포럼", "정상포럼", "시장포럼", "국제세미나")


#: The year and number of a sitting before a body's name (``2022년 제1회 스마트도시사업협의회``).
_SITTING = re.compile(r"(?:(?:19|20)\d\d\s?년\s?)?(?:제\s?\d+\s?(?:회|차)|상반기|하반기)\s?|(?:19|20)\d\d\s?년\s?(?=[가-힣])")


def _quoted_bodies(text: str, mentions: list, furniture) -> tuple[list, list]:
    """Bodies named in quotes, and the known mentions left once those inside them are dropped.

    A quoted name ending in an organisation suffix is one body, however many words it has;
    a zone or place found inside it (``세종``) was part of the name. Quotes holding a known
    organisation, or exactly a known name, are left to the other rules.
    """
    found, drop = [], set()
    for q in _QUOTED.finditer(text):
        a, b = q.start(1), q.end(1)
        inner = q.group(1).strip()
        acr = _PAREN_ACRONYM.match(text[q.end():q.end() + 16]) or re.search(r"\(([A-Z][A-Za-z0-9&\-]{1,11})\)$", inner)
        if acr and inner.endswith(acr.group()):
            inner = inner[: -len(acr.group())].rstrip()
            b = a + len(inner)
        if _in_spans(a, furniture) or inner.replace(" ", "") in STOP_NAMES or not (
                inner.endswith(QUOTED_SUFFIXES) or (acr and inner.endswith(("네트워크", "연합"))) or re.search(r"[가-힣A-Za-z]커뮤니티$", inner)):
            # (a community only glued to its name: ‘스마트시티 벤처커뮤니티’, not ‘시민 커뮤니티’)
            continue
        inside = [m for m in mentions if a <= m.start and m.end <= b]
        if any((m.kind in ORG_KINDS and not acr) or (m.start, m.end) == (a, b) for m in inside):
            continue  # (with its own acronym, ‘아세안 스마트시티 네트워크(ASCN)’ is one body even so)
        if any(m.start < b and a < m.end for m in mentions if m not in inside):
            continue
        kind = _suffix_kind(inner.replace(" ", "")) or "body"
        if kind in ("ministry", "agency", "unit"):
            kind = "body"
        if kind == "forum":
            if _held_forum(text, a, b):
                continue  # an event
            edition = _EDITION.match(inner)  # '제1회 스마트시티 표준화 전략 포럼'을 발족: the forum is the body
            if edition:
                a, inner = a + edition.end(), inner[edition.end():]
        elif (sitting := _SITTING.match(inner)) and kind != "body":
            a, inner = a + sitting.end(), inner[sitting.end():]  # '2022년 제1회 스마트도시사업협의회'를 개최: the 협의회 met
        found.append(Mention(text[a:b], a, b, kind, None, text[a:b], True, None, [acr.group(1)] if acr else [], "pattern"))
        drop.update(id(m) for m in inside)
    return found, [m for m in mentions if id(m) not in drop]


_LOCAL_LIST = re.compile(r"((?:[가-힣]{2,7}(?:\s[가-힣]{2,7})?\s?[·‧,]\s?)*[가-힣]{2,7}(?:\s[가-힣]{2,7})?)\s?등\s?(?:(?:[가-힣]{1,6}\s?){0,2}\d+\s?(?:개|곳)\s?"
                         r"(?:지자체|지방자치단체|광역자치단체|기초자치단체|시·도|시도|지방정부|도시|시·군|시군|지역)?|(?:지자체|지방자치단체|지방정부)(?=(?:와|과|는|은|가|이|를|을|의|도|에|에서)?(?![가-힣])))")


_REGIONAL_OFFICE = re.compile(r"(?<![가-힣])(" + "|".join(REGION_SHORT) + r"|경기남부|경기북부)\s?(지방경찰청|경찰청|소방재난본부|소방본부|교육청)(?![가-힣])"
                              r"(?:\s?\(?(\d{2,3}[가-힣]{2,4}실|종합상황실|[가-힣]{2,6}(?:과|계|대))(?=\)|[은는이가와과도의에을를로]?(?![가-힣])))?")


_MISSION = re.compile(r"(?<![가-힣])(주\s?[가-힣]{2,10}(?:\s(?:대한민국|한국))?\s?(?:총영사관|영사관|대사관|대표부))(?=[은는이가와과도의에을를로,·)\s]|$)")


def _missions(text: str, mentions: list, furniture) -> tuple[list, list]:
    """Embassies, consulates and missions named by where they sit: ``주바르셀로나 대한민국 총영사관``, ``주 쿠웨이트
    대사관``, ``주한퀘백대표부`` (the country inside the name is no mention of its own). Returns (found, mentions left)."""
    found, drop = [], set()
    for m in _MISSION.finditer(text):
        if _in_spans(m.start(), furniture) or re.fullmatch(r"주\s?한\s?(?:총영사관|영사관|대사관|대표부)", m.group(1)):
            continue  # "주한 대사관": no one in particular
        a, b = m.start(1), m.end(1)
        drop.update(id(x) for x in mentions if _overlaps(a, b, [x]))
        found.append(Mention(m.group(1), a, b, "foreign-government" if m.group(1).startswith(("주한", "주 한")) else "agency",
                             None, m.group(1), True, None, [], "pattern"))
    for a, b, country in _ambassadors(text, furniture):
        if _overlaps(a, b, [(x.start, x.end) for x in found]):
            continue
        drop.update(id(x) for x in mentions if _overlaps(a, b, [x]))
        name = COUNTRY_NAMES.get(country, country)
        label = "주한유럽연합대표부" if name in ("유럽연합", "EU") else f"주한{name}대사관"
        found.append(Mention(text[a:b], a, b, "foreign-government", None, label, True, None, [], "pattern"))
    return found, [x for x in mentions if id(x) not in drop]


#: Every country's name as a regex alternation, longest first.
_COUNTRY_ALT = "|".join(sorted(COUNTRIES, key=len, reverse=True))
_NATION = "|".join(sorted(COUNTRIES | {"유럽연합", "EU"}, key=len, reverse=True))
_NATIONS = rf"(?:{_NATION})(?:\s?\(대리\))?(?:\s?(?:,|·|및|와|과)\s?(?:{_NATION})(?:\s?\(대리\))?)*"
#: Ambassadors and embassies named by their countries: 주한 스웨덴 대사, 주한 유럽연합, 필리핀 … 대사,
#: 미얀마, 베트남 … 등 8개국 주한대사, 주한대사관(영국, 태국).
_AMBASSADOR = [re.compile(rf"(?<![가-힣])주한\s?({_NATIONS})\s?(?:특명전권|부)?대사(?!관)"),
               re.compile(rf"(?<![가-힣])({_NATIONS})\s?등\s?\d+\s?개국\s?주한\s?(?:특명전권|부)?대사"),
               re.compile(rf"주한\s?대사관\s?\(({_NATIONS})\)")]


def _ambassadors(text: str, furniture) -> list[tuple[int, int, str]]:
    """(start, end, country) of each country whose embassy (or, for the EU, delegation) a post or list names.

    >>> t = "주한 유럽연합, 아랍에미레이트, 필리핀 대사 등이 참석했다. 미얀마, 태국(대리) 등 2개국 주한대사와 만났다."
    >>> [c for _, _, c in _ambassadors(t, [])]
    ['유럽연합', '아랍에미레이트', '필리핀', '미얀마', '태국']
    """
    out = []
    for pattern in _AMBASSADOR:
        for m in pattern.finditer(text):
            if _in_spans(m.start(), furniture):
                continue
            for c in re.finditer(_NATION, m.group(1)):
                a = m.start(1) + c.start()
                out.append((a, a + len(c.group()), c.group()))
    return sorted(set(out))


def _regional_offices(text: str, mentions: list, furniture) -> tuple[list, list]:
    """A province's or metropolitan city's police, fire or education office: ``전북 경찰청`` is 전북경찰청, not the
    national 경찰청; ``전북 소방본부 119상황실`` is 전라북도소방본부 and its unit. Returns (found, mentions left)."""
    found, drop = [], set()
    for m in _REGIONAL_OFFICE.finditer(text):
        if _in_spans(m.start(), furniture):
            continue
        region, office = m.group(1), m.group(2)
        full = REGION_SHORT.get(region, "경기도")
        label = f"{region}{office}" if "경찰청" in office else f"{full}{office}"
        aliases = sorted({f"{region}{office}", f"{region} {office}", f"{full}{office}"} - {label})
        a, b = m.start(1), m.end(2)
        drop.update(id(x) for x in mentions if _overlaps(a, m.end(), [x]))
        found.append(Mention(text[a:b], a, b, "agency", None, label, True, None, aliases, "pattern"))
        if m.group(3):
            found.append(_unit(m.group(3), m.start(3), m.end(3), found[-1]))
    return found, [x for x in mentions if id(x) not in drop]


def _listed_local_governments(text: str, mentions: list, furniture) -> tuple[list, list]:
    """Local governments in a list closed by "등 N개 지자체/시·도/도시": short names count
    (``서울·부산·세종 등 12개 지자체``: 세종 is the city here, not the zone)."""
    found, drop = [], set()
    for lst in _LOCAL_LIST.finditer(text):
        if _in_spans(lst.start(), furniture):
            continue
        if not re.search(r"등\s?(?:지자체|지방자치단체|지방정부)(?:와|과|는|은|가|이|를|을|의|도|에|에서)?(?![가-힣])|(?:개|곳)\s?(?:지자체|지방자치단체|광역자치단체|기초자치단체|시·도|시도|지방정부|도시|시·군|시군|지역)|\d+\s?곳"
                         r"|\d+\s?개\s?(?:시|군|구)(?=[와과는은이가를을의에도]|(?![가-힣]))", lst.group() + text[lst.end():lst.end() + 2]):
            continue  # "등 4개 기관" lists something else
        for item in re.finditer(r"[가-힣]{2,7}(?=\s?[·‧,]|\s?등|$)", lst.group(1)):
            a, b = lst.start(1) + item.start(), lst.start(1) + item.end()
            name = item.group()
            label = REGION_SHORT.get(name) or METRO_SHORT.get(name) or (name if _candidate_kind(name) == "local-government" else None)
            if label is None:
                label = _short_local(name)  # "전남 장성·충남 아산·부산 기장 등 5개 지자체"
                metro = re.search(r"(서울|부산|대구|인천|광주|대전|울산)\s$", text[max(0, a - 4):a])
                if label and metro and label.endswith(("군", "구")):
                    label = f"{REGION_SHORT[metro.group(1)]} {label}"
            if label is None:
                continue
            here = [m for m in mentions if _overlaps(a, b, [m])]
            if any(m.kind in ORG_KINDS for m in here):
                continue  # already found as an organisation
            drop.update(id(m) for m in here)
            found.append(Mention(text[a:b], a, b, "local-government", None, label, True, None, [], "pattern"))
    return found, [m for m in mentions if id(m) not in drop]


_BARE_ITEM = r"(?:[가-힣]{2,4} )?[가-힣]{2,5}(?:[·‧][가-힣]{2,5})*"
_BARE_LIST = re.compile(r"(?<![가-힣])((?:" + _BARE_ITEM + r" ?, ?(?:\([가-힣]{2,6}\) ?)?){2,}" + _BARE_ITEM + r")(?![가-힣])")
_COUNTED_GOVERNMENTS = re.compile(r"\d+\s?(?:개|곳)\s?(?:도시|지자체|지방자치단체|광역자치단체|기초자치단체|시·도|시도|지방정부|시·군|시군)"
                                  r"|\d+\s?곳(?:이|은|을|의|도|과|와)?(?![가-힣])")


def _short_local(name: str) -> str | None:
    """The local government a short name in a list stands for: 부천 → 부천시, 고령 → 고령군, 성동구."""
    if name in CITIES:
        return name + "시"
    if name in DISTRICTS:
        return name
    return name + "군" if name + "군" in DISTRICTS else None


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence going on at offset *at* ends: the next line break or full stop, else the text's end."""
    return min(x for x in (text.find("\n", at), text.find(". ", at), len(text)) if x >= 0)


#: A metropolitan or provincial short name opening a sentence as its subject: "울산은 지난 4월 … 수립에 들어갔다".
_SUBJECT_REGION = re.compile(r"(?:^|(?<=[\n.]\s)|(?<=\n))(" + "|".join(REGION_SHORT) + r")(?:은|는|이|가)\s(?!지역|일대|도심|시내|곳곳)")
#: … and what a government does in that sentence.
_GOVERNMENT_ACTS = re.compile(r"추진|수립|구축|도입|선정|지정|체결|계획|나섰|나선다|들어갔|밝혔|운영|조성|개최|참여|발표|시행|마련|설치")


def _subject_regions(text: str, mentions: list, furniture) -> list:
    """Local governments by the short name that opens a sentence on what they do (``울산은 지난 4월
    스마트시티 마스터플랜 수립에 들어갔다``: the city's government): a sentence the name only places
    (``부산은 항구도시다``) names no actor.

    >>> [m.label for m in _subject_regions("울산은 지난 4월 마스터플랜 수립에 들어갔다. 부산은 항구도시다.", [], [])]
    ['울산광역시']
    """
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for r in _SUBJECT_REGION.finditer(text):
        a, b = r.start(1), r.end(1)
        if _in_spans(a, furniture) or _overlaps(a, b, spans) or not _GOVERNMENT_ACTS.search(text, b, _sentence_end(text, b)):
            continue
        found.append(Mention(r.group(1), a, b, "local-government", None, REGION_SHORT[r.group(1)], True, None, [], "pattern"))
        spans.append((a, b))
    return found


def _bare_local_lists(text: str, mentions: list, furniture) -> list:
    """Local governments in a bare list of short names: in a text that counts them ("8개 도시*가 인증을
    취득 … *(대도시) 서울, 대전, 부천, (중소도시) 서울 구로구, 성동구"), or when every item of three or more
    has its province ("경기 의왕·양주, 충남 보령, 경북 고령·예천"). Every name must be a metropolitan or
    provincial short name, a city or a county or district; a province before a city only qualifies it."""
    counted_text = _COUNTED_GOVERNMENTS.search(text) is not None
    found = []
    for lst in _BARE_LIST.finditer(text):
        if _in_spans(lst.start(), furniture):
            continue
        # "한국측 참가도시인 부산, 서울, 수원, 광주와": a list the text says is of cities
        counted = counted_text or re.search(r"(?:도시|지자체|지방자치단체|지방정부)(?:인|는|은|로는|으로는|로|가)\s$", text[max(0, lst.start() - 12):lst.start()]) is not None
        body = re.sub(r"\([^()]*\)", lambda x: " " * len(x.group()), lst.group(1))  # "(중소도시)" heads a group
        items = list(re.finditer(_BARE_ITEM, body))
        if not counted and (len(items) < 3 or any(" " not in x.group() for x in items)):
            continue
        labels = []
        for k, item in enumerate(items):
            region, _, locals_ = item.group().rpartition(" ")
            at = lst.start(1) + item.start() + (len(region) + 1 if region else 0)
            if region and region not in REGION_SHORT:
                if k and k == len(items) - 1:
                    # "…, 수원, 광주와 스페인 바르셀로나": the last item is the first word, with its particle
                    locals_, region, at = region, "", lst.start(1) + item.start()
                elif k:
                    break
                else:
                    region = ""  # "공모를 통해 대구, 대전, …": the word before the list is no part of it
            for part in re.finditer(f"[^{_DOTS}]+", locals_):
                local = part.group()
                label = (REGION_SHORT.get(local) if not region else None) or _short_local(local)
                if label is None and part.end() == len(locals_):  # the last name may take a particle (고령·예천에)
                    local = _strip_particle_any(local)
                    label = (REGION_SHORT.get(local) if not region else None) or _short_local(local)
                if label is None and not region and local[:2] in REGION_SHORT:
                    label = _short_local(local[2:])  # "전남순천, 경북안동, 충북제천 3곳": the province glued on
                if label is None:
                    break
                if region and REGION_SHORT[region].endswith(("특별시", "광역시")) and label.endswith("구"):
                    label = f"{REGION_SHORT[region]} {label}"  # 서울 구로구: the district of that city
                a = (lst.start(1) + item.start()) if region and part.start() == 0 else at + part.start()
                labels.append((a, at + part.start() + len(local), label, local))
            else:
                continue
            break
        else:
            for a, b, label, local in labels:
                if not _overlaps(a, b, mentions):
                    found.append(Mention(text[a:b], a, b, "local-government", None, label, True, None, [local] if local != label else [], "pattern"))
    return found


_REGION_GROUP = re.compile(r"(?<![가-힣])(" + "|".join(REGION_SHORT) + r")\s?\(([가-힣]{1,6}(?:\s?[,·‧]\s?[가-힣]{1,6})*)\)")


_COUNTED_PLACES = re.compile(r"\d+\s?(?:곳|개\s?(?:도시|지자체|시·군|시군|지역))\s?\(([가-힣]{2,4}(?:\s?[,·]\s?[가-힣]{2,4})+)\)")


def _counted_locals(text: str, mentions: list, furniture) -> list:
    """Local governments counted with their short names in parentheses: ``2019년에 2곳(청도, 완도), 지난해에는
    4곳(인제, 서천, 하동, 고흥)을 선정`` → 청도군, 완도군, 인제군 …; ``5개 도시(세종, 부산, 부천)`` (every item
    must be a metropolitan or provincial short name, a city or a county).

    >>> [m.label for m in _counted_locals("2곳(청도, 완도), 3곳(부천, 서울 강남)", [], [])]
    ['청도군', '완도군']
    """
    found = []
    for grp in _COUNTED_PLACES.finditer(text):
        items = list(re.finditer(r"[가-힣]{2,4}", grp.group(1)))
        labels = [REGION_SHORT.get(x.group()) or _short_local(x.group()) for x in items]
        if _in_spans(grp.start(), furniture) or None in labels:
            continue
        for x, label in zip(items, labels):
            a, b = grp.start(1) + x.start(), grp.start(1) + x.end()
            if not _overlaps(a, b, mentions):
                found.append(Mention(x.group(), a, b, "local-government", None, label, True, None, [x.group()], "pattern"))
    return found


def _grouped_locals(text: str, mentions: list, furniture) -> list:
    """Local governments grouped by their province or metropolitan city: ``서울(서대문구), 대구(달서구, 동구),
    경기(광명), 충남(서산, 천안) 등 15곳`` → 서울특별시 서대문구, 대구광역시 달서구, 대구광역시 동구, 광명시, 서산시 …
    Two groups at least, one after the other, so that a single "세종(행복청)" is left alone."""
    groups = [g for g in _REGION_GROUP.finditer(text) if not _in_spans(g.start(), furniture)]
    chained = {id(g) for g, h in zip(groups, groups[1:]) if re.fullmatch(r"\s?[,·‧]?\s?(?:및\s)?", text[g.end():h.start()])
               for g in (g, h)}
    found = []
    for g in groups:
        if id(g) not in chained:
            continue
        metro = REGION_SHORT[g.group(1)]
        for item in re.finditer(r"[가-힣]{1,6}", g.group(2)):
            a, b, name = g.start(2) + item.start(), g.start(2) + item.end(), item.group()
            if metro.endswith(("특별시", "광역시")):
                label = f"{metro} {name}" if name.endswith(("구", "군")) else None
            else:
                label = _short_local(name) or (name if _candidate_kind(name) == "local-government" else None)
            if label is None or any(m.kind in ORG_KINDS for m in mentions if _overlaps(a, b, [m])):
                continue
            found.append(Mention(name, a, b, "local-government", None, label, True, None, [name] if name != label else [], "pattern"))
    return found


_COUNTRY_ITEM = r"(?:▲\s?)?[가-힣A-Z]{2,8}"
_COUNTRY_LIST = re.compile(r"(?<![가-힣])((?:" + _COUNTRY_ITEM + r"(?:\s?[,·‧]\s?|\s(?=▲))){1,}" + _COUNTRY_ITEM + r")\s?등(?:이|은|도)?\s?"
                           r"(?:(?:중남미|아시아|아세안|아프리카|동남아|동남아시아|유럽|중동|중앙아시아|태평양|해외)\s?)?(\d+\s?개국|참가|참여|참석)")


def _listed_countries(text: str, mentions: list, furniture) -> list:
    """Countries in a list that counts them as actors: ``파라과이·아르헨티나·멕시코 등 중남미 5개국과``,
    ``▲키르기즈 ▲몽골 … 등 8개국이 선정``, or ``아프가니스탄, 몽골, … 등이 참가한다`` in a text that counts
    countries. Each is proposed as its government. A list closed by something else ("인도, 러시아, 멕시코 등
    세계스마트시티기구 52개국", whose member cities are meant) names places."""
    counted = re.search(r"\d+\s?개국", text) is not None
    found = []
    for lst in _COUNTRY_LIST.finditer(text):
        if _in_spans(lst.start(), furniture) or (not lst.group(2).endswith("개국") and not counted) \
                or re.match(r"\s?(?:의\s)?(?:[가-힣]{1,6}\s)?(?:도시|지방정부|지자체|시장|대표단|공무원|관계자|기업)", text[lst.end():lst.end() + 16]):
            continue  # ("영국, 프랑스 … 등 20개국 도시 시장": the countries' cities are meant)
        marked = "▲" in lst.group(1)  # "사업은 ▲태국 ▲인도네시아": only the marked items are listed
        items = [(lst.start(1) + x.start(2), lst.start(1) + x.end(2), x.group(2))
                 for x in re.finditer(r"(▲\s?)?([가-힣A-Z]{2,8})", lst.group(1)) if x.group(1) or not marked]
        known = sum(1 for _a, _b, name in items if name in COUNTRIES or name in COUNTRY_NAMES)
        if len(items) < 2 or known * 4 < len(items) * 3:
            continue  # (three in four must be countries: "보츠나와", "야제르바이잔" are misspelt ones)
        for a, b, name in items:
            if not _overlaps(a, b, mentions):
                label = COUNTRY_NAMES.get(name, name)
                found.append(Mention(name, a, b, "foreign-government", None, label, True, None, [name] if name != label else [], "pattern"))
    return found


_PLACE_PAIR = r"[가-힣]{2,8} [가-힣]{2,8}"
_FOREIGN_CITY_LIST = re.compile(r"(?<![가-힣])((?:" + _PLACE_PAIR + r"\s?,\s?)+" + _PLACE_PAIR + r")(?=(?:에서|의|이|가|은|는|과|와|을|를)?(?![가-힣])|\s(?:등|사업|도시))")


def _listed_foreign_cities(text: str, mentions: list, furniture) -> list:
    """Foreign cities listed with their countries where a sentence selects or partners them (``우크라이나 우만,
    이집트 바드르, 아제르바이잔 아그담에서 신청한 사업 … 선정``): each city is proposed; the countries only place it."""
    found = []
    for lst in _FOREIGN_CITY_LIST.finditer(text):
        if _in_spans(lst.start(), furniture):
            continue
        end = text.find(".", lst.end())
        if not re.search(r"선정|신청|참여|협력|체결|참가", text[lst.end():end if end >= 0 else len(text)]):
            continue
        pairs = [(lst.start(1) + x.start(2), x.group(1), x.group(2)) for x in re.finditer(r"([가-힣]{2,8}) ([가-힣]{2,8})", lst.group(1))]
        if pairs:  # only the last takes a particle ("아그담에서"; "신수도" keeps its 도)
            pairs[-1] = (*pairs[-1][:2], _strip_particle_any(pairs[-1][2]))
        if len(pairs) < 2 or not all(c in COUNTRIES for _a, c, _n in pairs):
            continue
        for a, _country, name in pairs:
            b = a + len(name)
            if not _overlaps(a, b, mentions) and name not in COUNTRIES and name not in STOP_NAMES:
                found.append(Mention(name, a, b, "foreign-city", None, name, True, None, [], "pattern"))
    return found


_CITY = re.compile(r"(?<![가-힣A-Za-z])(" + "|".join(sorted(FOREIGN_CITIES | FOREIGN_CITIES_SUFFIXED, key=len, reverse=True)) + r")")
_CITY_SUFFIX = re.compile(r"\s?(시티|시|성|주)(?:\s?\((?:市|省|州)\))?")
_CITY_PLACED = re.compile(r"['’\"”]?(?:에서|에는|에선|에도|에|으로|로|까지|부터|행|발|서)(?![가-힣])")
_CITY_ACTS = re.compile(r"['’\"”]?(?:(?:은|는|이|가|와|과|의|도|을|를|와의|과의|측)(?![가-힣])|\s?[,·‧)]|\s및(?![가-힣])|\s등(?:이|은|는|을|를|과|와|의|도|이다|이며)?(?![가-힣]))")
_CITY_JOIN = re.compile(r"['’\"”]?\s?(?:\([^()]{1,12}\))?\s?(?:[,·‧]|와|과|및|,\s?및)\s?['‘\"“]?")
_RUN_PLACED = re.compile(r"(?:\s?[,·]\s?[가-힣A-Za-z]{2,10})*['’\"”]?\)?\s?(?:(?:등|총)\s?(?:\d+\s?개\s?)?(?:\d+\s?)?(?:도시|지역|곳|국가)?\s?)?"
                         r"(?:에서|에는|에선|에|으로|로)(?![가-힣])")
_COUNTRY_BEFORE = re.compile(rf"(?:{_COUNTRY_ALT})(?:의)?\s?['‘\"“]?$")
_MARK_BEFORE = re.compile(rf"[▲△]\s?(?:(?:{_COUNTRY_ALT})\s)?['‘\"“]?$")
_COUNTRY_AFTER = re.compile(rf"\s?\((?:{_COUNTRY_ALT})\)")


def _foreign_cities(text: str, mentions: list, furniture) -> list:
    """Foreign cities, states and provinces (``FOREIGN_CITIES``) where the text treats them as actors: in a list
    of cities (``모스크바, 웰링턴, 청두``; ``고양시, 성남시, 조지타운(말레이시아)``), with their country after them
    (``이스탄불(터키)``), after a country and before a particle (``덴마크 '오덴세'와``, ``케냐의 몸바사와``),
    marked as list items (``▲마닐라``), or named with 시/성/주 (``웰링턴시는``, ``후에 시(市)``). A city followed by
    에서/에/로 only places something and is left out.

    >>> t = "덴마크 '오덴세'와 뉴질랜드 웰링턴이 선정됐다. 베트남 하노이에서 열렸다. 후에 협약했다. ▲베트남 후에 시(市) ▲필리핀 마닐라"
    >>> [(m.surface, m.label) for m in _foreign_cities(t, [], [])]
    [('오덴세', '오덴세'), ('웰링턴', '웰링턴'), ('후에 시(市)', '후에시'), ('마닐라', '마닐라')]
    """
    cands = []
    for m in _CITY.finditer(text):
        a, name, b = m.start(), m.group(1), m.end()
        if _in_spans(a, furniture) or _overlaps(a, b, [x for x in mentions if x.kind in ORG_KINDS]):
            continue
        suffix = _CITY_SUFFIX.match(text, b)
        ends = [suffix.end()] if suffix else []
        ends.append(b)
        for end in ends:
            rest = text[end:end + 6]
            if _CITY_PLACED.match(rest) or (rest[:1] and "가" <= rest[0] <= "힣" and not _CITY_ACTS.match(rest)):
                continue
            if end == b and name in FOREIGN_CITIES_SUFFIXED:
                continue
            cands.append((a, end, name, end != b))
            break
    found = []
    for k, (a, end, name, suffixed) in enumerate(cands):
        before, rest = text[max(0, a - 12):a], text[end:end + 6]
        marked, country_after = _MARK_BEFORE.search(before), _COUNTRY_AFTER.match(text, end)
        # what follows must end the name: a particle, a list mark, its country, the next marked item; or, for a
        # marked item, its entry ("△마닐라 통합 공공 서비스", "△더블린 '시민참여형 …'") — but "▲우즈베키스탄 타슈켄트
        # 스마트바이오클러스터" is a project's site, named with its country
        if not (_CITY_ACTS.match(rest) or country_after or not rest.strip(" '’\"”") or rest[0] == "\n"
                or marked and (re.match(r"\s*(?:['‘\"“▲△]|$)", rest) or rest[:1] == " " and not _COUNTRY_BEFORE.search(before))):
            continue
        neighbours = [c for c in cands[max(0, k - 1):k + 2] if c[0] != a] + [(x.start, x.end) for x in mentions if x.kind in ("local-government", "foreign-city", "foreign-government")]
        listed = any(_CITY_JOIN.fullmatch(text[end:n[0]]) or _CITY_JOIN.fullmatch(text[n[1]:a]) for n in neighbours if n[1] <= a or n[0] >= end)
        if listed:
            last = k
            while last + 1 < len(cands) and _CITY_JOIN.fullmatch(text[cands[last][1]:cands[last + 1][0]]):
                last += 1
            if _RUN_PLACED.match(text, cands[last][1]):
                continue  # "이스탄불, 앙카라, 부르사 등 7개 도시에서", "(다낭, 리야드, 방콕)에": places
        if not (listed or country_after or marked or _COUNTRY_BEFORE.search(before) or suffixed):
            continue
        label = name + (re.sub(r"\s|\(.*\)", "", text[a + len(name):end]) if suffixed else "")
        if _candidate_kind(label) == "local-government":
            continue  # "하남시" is Korea's (the list has 하남 for Vietnam's 하남성)
        found.append(Mention(text[a:end], a, end, "foreign-city", None, label, True, None, [name] if label != name else [], "pattern"))
    # a city the list does not know, written as one: "파시그시(市)가", "차청사오시 시장"
    for m in _MARKED_CITY.finditer(text):
        a, b, name = m.start(1), m.end(), m.group(1)
        if (_in_spans(a, furniture) or _overlaps(a, b, [(x.start, x.end) for x in mentions + found])
                or _candidate_kind(name + "시") == "local-government" or name in CITIES or name in STOP_NAMES
                or (name + "시").endswith(("도시", "해외시", "국내시", "자매시", "우호시", "인근시", "주변시"))):
            continue  # ("해외도시 시장이": no city in particular)
        found.append(Mention(text[a:b], a, b, "foreign-city", None, name + "시", True, None, [name], "pattern"))
    return found


_MARKED_CITY = re.compile(r"(?<![가-힣\-])([가-힣](?:[가-힣]|-(?=[가-힣])){1,12})\s?시(?:\s?\(市\)|(?= 시장(?:은|는|이|가|과|와|의|을|를|등)?(?![가-힣])))")


_UNIVERSITY_LIST = re.compile(r"대학\s?\(([^()\n]{3,160})(?:\)|(?=\n)|$)")  # a cut text may never close it


_REGION_UNIVERSITY = re.compile(r"(?<![가-힣])(서울|부산|경북|경남|경상|전남|전북|충남|충북|강원|제주|인천|대구|광주|대전|울산|창원|공주|목포|순천|"
                                r"안동|군산|강릉|한밭|부경|전주|청주|춘천|원주|경희|고려|연세|한양|중앙|건국|동국|국민|숭실|아주|인하|단국|홍익)대"
                                r"(?=[은는이가와과도의에을를로\s,·)]|$)")


def _region_universities(text: str, mentions: list, furniture) -> list:
    """Universities by their usual short name, ``부산대``, ``경북대``, ``아주대`` → 부산대학교 …"""
    found = []
    for m in _REGION_UNIVERSITY.finditer(text):
        a, b = m.start(), m.end()
        if _in_spans(a, furniture) or _overlaps(a, b, mentions + found):
            continue
        found.append(Mention(text[a:b], a, b, "university", None, text[a:b] + "학교", True, None, [text[a:b]], "pattern"))
    return found


_DOTTED_UNIVERSITIES = re.compile(r"(?<![가-힣])((?:[가-힣]{1,8}대[" + _DOTS + r"]){1,}[가-힣]{1,8}대)(?=[은는이가와과도의에을를로\s,)]|$)")


def _dotted_universities(text: str, mentions: list, furniture) -> list:
    """Universities by short name in a dotted list of which one at least is known: ``국립한국해양대·동서대·동아대·동의대
    RISE사업단`` → 국립한국해양대학교, 동서대학교 (동아대, 동의대 are known)."""
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for lst in _DOTTED_UNIVERSITIES.finditer(text):
        if _in_spans(lst.start(), furniture):
            continue
        items = [(lst.start(1) + x.start(), lst.start(1) + x.end(), x.group()) for x in re.finditer(r"[가-힣]+", lst.group(1))]
        if not any(m.kind == "university" and _overlaps(a, b, [m]) for a, b, _n in items for m in mentions):
            continue
        for a, b, name in items:
            if not _overlaps(a, b, spans):
                found.append(Mention(name, a, b, "university", None, name + "학교", True, None, [name], "pattern"))
                spans.append((a, b))
    return found


def _listed_universities(text: str, mentions: list, furniture) -> list:
    """Universities in parentheses after 대학, by short name: ``8개 대학(한신대·안양대·…)`` → 한신대학교 …"""
    found = []
    for lst in _UNIVERSITY_LIST.finditer(text):
        if _in_spans(lst.start(), furniture):
            continue
        for item in re.finditer(f"[^{_DOTS},\\s()]+", lst.group(1)):
            name = item.group()
            if not re.fullmatch(r"[가-힣]{1,8}대(?:학교)?", name) or len(name) < 2:
                continue
            a, b = lst.start(1) + item.start(), lst.start(1) + item.end()
            if _overlaps(a, b, mentions):
                continue
            label = name if name.endswith("대학교") else name + "학교"
            found.append(Mention(text[a:b], a, b, "university", None, label, True, None, [name] if name != label else [], "pattern"))
    return found


def _shared_suffix_names(text: str, mentions: list, known: Known | None, furniture, gazetteer: dict | None = None) -> tuple[list, list]:
    """The names before the last of a list sharing its suffix: ``세종·부산시`` (세종시, 부산시),
    ``산업·환경부`` (산업부, 환경부), ``과천·의왕·군포·광명·안산·시흥시`` (six cities), ``강남·동대문·서초구``.

    Each earlier part becomes a mention of its own (a known entity, a metropolitan city, a city or
    district of the lists); a zone or place that matched it (세종) was part of this name.
    """
    found, drop = [], set()
    chains = re.finditer(rf"(?<![가-힣])((?:[가-힣]{{2,4}}[{_DOTS}]\s?)+)([가-힣]{{1,6}}(시|도|부|처|청|군|구))(?=(?:이다|이며|에서|으로|[은는이가와과도의에을를로])?(?![가-힣]))", text)
    parts = []
    for chain in chains:
        parts += [(chain.start(1) + x.start(), chain.start(1) + x.end(), x.group(), chain.group(3))
                  for x in re.finditer(r"[가-힣]+", chain.group(1))]
        last = chain.group(2)
        if last in DISTRICTS or (last.endswith("시") and _candidate_kind(last) == "local-government"):
            parts.append((chain.start(2), chain.end(2), last[:-1], last[-1]))  # the last, glued to the list
    for a, b, first, suffix in parts:
        if _in_spans(a, furniture):
            continue
        name = first + suffix
        if suffix in "군구" and name not in DISTRICTS:
            continue
        here = [m for m in mentions if _overlaps(a, b, [m])]
        if any(m.kind in ORG_KINDS for m in here):
            continue
        entity = _known_one(known, name)
        if entity is not None and known.kinds.get(entity) in ORG_KINDS:
            found.append(Mention(text[a:b], a, b, known.kinds[entity], entity, known.labels.get(entity, name), False))
        elif METRO_SHORT.get(name) or _candidate_kind(name) == "local-government" or name in DISTRICTS:
            found.append(Mention(text[a:b], a, b, "local-government", None, METRO_SHORT.get(name) or name, True, None, [], "pattern"))
        elif gazetteer and _norm(name) in gazetteer:  # "기재·과기·문체부": 기재부 is the gazetteer's 기획재정부
            ko, kind, en, aliases = gazetteer[_norm(name)]
            found.append(Mention(text[a:b], a, b, kind, None, ko, True, en or None, [name, *aliases], "gazetteer"))
        else:
            continue
        drop.update(id(m) for m in here)
    return found, [m for m in mentions if id(m) not in drop]


_NAME_TITLE_ORG = re.compile(r"(?<![가-힣])([가-힣]{2,4}) (" + _AFFILIATION_TITLES + r")\(([가-힣A-Za-z0-9&][가-힣A-Za-z0-9& ]{0,18}[가-힣A-Za-z0-9&])\)")


def _affiliations(text: str, mentions: list, furniture) -> list:
    """Organisations named between a person and a title: ``곽영호 아이티윈 대표``, ``최형림 동아대 교수``,
    ``주영창 차세대기술융합연구원장`` (the head of 차세대기술융합연구원), or after them in parentheses
    (``성기욱 대표(인천스마트시티)``)."""
    found: list = []
    spans = [(m.start, m.end) for m in mentions]

    def add(a, b, name, title):
        if _in_spans(a, furniture) or _overlaps(a, b, spans):
            return
        compact = name.replace(" ", "")
        if compact in STOP_NAMES or compact in GENERIC_DESCRIPTORS or compact in TITLES \
                or compact in ("관계자", "담당자", "전문가", "공동", "초대", "신임", "전임", "현"):
            return
        kind = _candidate_kind(compact)
        if kind is None and compact[-1] in _VERBAL_END:
            return  # a word with an ending, not a name
        label = name
        if kind is None and re.fullmatch(r"[가-힣]{1,8}대", compact):
            kind, label = "university", compact + "학교"
        elif kind is None:
            kind = "company" if title in _COMPANY_TITLES else None
        if kind is None or kind == "local-government":
            return
        found.append(Mention(text[a:b], a, b, kind, None, label, True, None, [name] if label != name else [], "pattern"))
        spans.append((a, b))

    for m in _NAME_ORG_TITLE.finditer(text):
        if m.group(1)[0] in SURNAMES and m.group(1) not in NOT_DESCRIPTORS and not _candidate_kind(m.group(1)) \
                and m.group(1)[-1] not in "을를은는의에" and not (len(m.group(2)) == 3 and m.group(2)[0] in SURNAMES and m.group(1)[-1] in "이가"):
            add(m.start(2), m.end(2), m.group(2), m.group(3))
    for m in _NAME_ORGHEAD.finditer(text):
        if m.group(1)[0] in SURNAMES and m.group(1) not in NOT_DESCRIPTORS:
            add(m.start(2), m.end(2), m.group(2), "장")
    for m in _NAME_TITLE_ORG.finditer(text):  # 성기욱 대표(인천스마트시티), 김찬동 교수(충남대학교)
        if m.group(1)[0] in SURNAMES and m.group(1) not in NOT_DESCRIPTORS and not _candidate_kind(m.group(1)):
            add(m.start(3), m.end(3), m.group(3), m.group(2))
    for m in _ORG_NAME_TITLE.finditer(text):  # 가천대 홍준희 교수, K-water 최광묵 과장
        if m.group(2)[0] in SURNAMES and m.group(2) not in NOT_DESCRIPTORS and m.group(2) not in GENERIC_DESCRIPTORS \
                and not _candidate_kind(m.group(2)) and m.group(1) not in NOT_DESCRIPTORS and not m.group(1)[0].isdigit() \
                and not _overlaps(m.start(2), m.end(2), spans) and not m.group(1).endswith(tuple(t for t in TITLES if t.endswith("장"))):
            add(m.start(1), m.end(1), m.group(1), m.group(3))  # (not "윤영준 현대건설 대표", nor "한국영업본부장 최상규 사장")
    return found


_MEMBER_LIST = re.compile(r"((?:[^\s,()·‧]{2,15}(?: [A-Z가-힣][A-Za-z0-9+&가-힣]{1,8})?\s?[,·‧]\s?){2,}[^\s,()·‧]{2,15}(?: [A-Z][A-Za-z0-9+&]{1,8})?)"
                          r"\s?등(?:\s?(?:[가-힣]{1,4}\s?)?\d+\s?여?\s?(개사|개|곳)|(이다|이며|이고|이 참여|이 참석|이 참가)(?![가-힣]))")


#: Five or more names separated by commas and closed by a particle, with no 등 (``국토연구원과 부산광역시, 천안시, …,
#: CJ올리브네트웍스는``).
_LONG_LIST = re.compile(r"(?<![^\s\n,(])((?:[^\s,()·‧]{2,15}(?: [A-Z가-힣][A-Za-z0-9+&가-힣]{1,8})?\s?,\s?){4,}[^\s,()·‧]{2,15})(?=(?:은|는|이|가|와|과|도|을|를|의)\s)")


_MARKED_LIST = re.compile(r"((?:[△▲]\s?[^\s△▲,.()]{2,20}\s?){3,})")


def _marked_list_members(text: str, mentions: list, furniture) -> list:
    """Unknown names in a list marked △/▲ (``△천안과학산업진흥원 △단국대 △SK플래닛 △코나아이``) whose known
    items are organisations and at least half of it: companies when most known ones are companies."""
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for lst in _MARKED_LIST.finditer(text):
        if _in_spans(lst.start(), furniture):
            continue
        items = [(lst.start(1) + x.start(1), lst.start(1) + x.end(1), x.group(1)) for x in re.finditer(r"[△▲]\s?([^\s△▲,.()]{2,20})", lst.group(1))]
        orgs = [next((m for m in mentions if m.kind in ORG_KINDS and _overlaps(a, b, [m])), None) for a, b, _t in items]
        known = [m for m in orgs if m is not None]
        companies = _MARKED_COMPANIES.match(text, lst.end(1)) is not None  # "△모던텍 △이지세이버 … 등 협약 기업의"
        if not companies and (len(known) < 2 or len(known) * 2 < len(items)):
            continue
        kind = "company" if companies or [m.kind for m in known].count("company") * 2 >= len(known) else "organization"
        for i, ((a, b, name), org) in enumerate(zip(items, orgs)):
            if i == len(items) - 1 and not name.isascii():
                name = _strip_copula(_strip_particle_any(name))  # only the last item takes a particle ("코나아이" is a name)
            b = a + len(name)
            if org is not None or _overlaps(a, b, spans) or name in STOP_NAMES or name in GENERIC_DESCRIPTORS or len(name) < 2 \
                    or re.search(r"\d{2,}", name):
                continue
            found.append(Mention(text[a:b], a, b, _candidate_kind(name) or kind, None, name, True, None, [], "pattern"))
            spans.append((a, b))
    return found


#: A list item headed by its field: ``▲ 금융 = 한국감정평가사협회·기웅정보통신``, ``△(교통) 성남시, 진주시``.
_FIELDED_ITEM = re.compile(r"[▲△■□○●◆◇]\s?(?:[가-힣A-Za-z·/ ]{1,12}?\s?[=:：]|\([가-힣A-Za-z·/ ]{1,12}\))\s?([^▲△■□○●◆◇\n=:：]{2,200})")


def _fielded_list_members(text: str, mentions: list, furniture) -> list:
    """Unknown names in lists headed by their fields (``▲ 금융 = 한국감정평가사협회·기웅정보통신 ▲ 환경 =
    한국과학기술원·순천향대 산학협력단·노바코스``) when, over the whole text, at least two of the listed names and a
    third of them are organisations already found: the others are organisations too (companies unless their
    names say what they are).

    >>> t = "▲ 금융 = 한국감정평가사협회·기웅정보통신 ▲ 환경 = 한국과학기술원·노바코스"
    >>> known = [Mention("한국감정평가사협회", 7, 16, "organization", None, "한국감정평가사협회", True, None, [], "gazetteer"),
    ...          Mention("한국과학기술원", 30, 37, "university", "kaist", "한국과학기술원", False)]
    >>> [m.label for m in _fielded_list_members(t, known, [])]
    ['기웅정보통신', '노바코스']
    """
    items = []
    for seg in _FIELDED_ITEM.finditer(text):
        if _in_spans(seg.start(), furniture):
            continue
        for x in re.finditer(r"[^·‧,\s](?:[^·‧,]*[^·‧,\s])?", seg.group(1)):
            name = _strip_copula(_strip_particle_any(re.sub(r"\s?등$", "", x.group())))
            a = seg.start(1) + x.start()
            items.append((a, a + len(name), name))
    orgs = [next((m for m in mentions if m.kind in ORG_KINDS and _overlaps(a, b, [m])), None) for a, b, _n in items]
    known = sum(o is not None for o in orgs)
    if known < 2 or known * 3 < len(items):
        return []
    found, spans = [], [(m.start, m.end) for m in mentions]
    for (a, b, name), org in zip(items, orgs):
        if org is not None or _overlaps(a, b, spans) or not (2 <= len(name) <= 20) or (" " in name and not _candidate_kind(name)) \
                or not _name_like(name) or name in TECH_WORDS or re.search(r"\d{2,}", name):
            continue
        found.append(Mention(text[a:b], a, b, _candidate_kind(name) or "company", None, name, True, None, [], "pattern"))
        spans.append((a, b))
    return found


#: An item of a list separated by commas or middle dots, without the marks that head it (△, ▲, ※ …).
_LIST_ITEM = re.compile(r"[^,·‧\s△▲□■○●◆◇※*](?:[^,·‧]*[^,·‧\s])?")


def _list_members(text: str, mentions: list, furniture) -> list:
    """Unknown names in a list of organisations closed by "등 N개": ``LG CNS, LGU+, KB증권, 한양 등 13개``.

    When at least two items of the list are organisations already found and they are the majority,
    the other items are organisations too: companies when the known ones are companies. A list
    closed by "등 N개사" is of companies whatever is known of it (``LG CNS, CNCITY 에너지, 연무기술 등 11개사``).
    """
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for lst in [*_MEMBER_LIST.finditer(text), *_LONG_LIST.finditer(text)]:
        if _in_spans(lst.start(), furniture):
            continue
        items = [(lst.start(1) + x.start(), lst.start(1) + x.end(), x.group())
                 for x in re.finditer(_LIST_ITEM, lst.group(1))]
        orgs = [next((m for m in mentions if m.kind in ORG_KINDS and _overlaps(a, b, [m])), None) for a, b, _t in items]
        known = [m for m in orgs if m is not None]
        companies = lst.re is _MEMBER_LIST and lst.group(2) == "개사"
        if not companies and (len(known) < 2 or len(known) * 2 < len(items)):
            continue
        if lst.re is _LONG_LIST and len(known) < 3:
            continue  # a long list with no 등: three known at least
        if lst.re is _MEMBER_LIST and lst.group(3) and (len(known) < 3 or len(known) * 3 < len(items) * 2):
            continue  # "A, B, C 등이다" without a count: most of it must be known already
        kinds = [m.kind for m in known]
        kind = "company" if companies or kinds.count("company") * 2 >= len(kinds) else "organization"
        for i, ((a, b, name), org) in enumerate(zip(items, orgs)):
            if " " in name and not name.split()[1][:1].isascii() and (name.split()[0][-1] in _VERBAL_END or name.split()[1] in CLAUSE_NOUNS):
                continue  # "심사한 결과": a clause, not a two-word name ("CNCITY 에너지")
            if i == 0 or i == len(items) - 1:  # only the ends may carry a particle ("코리아크레딧뷰로," inside keeps its 로)
                name = _strip_particle_any(name) if not name.isascii() and " " not in name else name
            b = a + len(name)
            if org is not None or _overlaps(a, b, spans) or name in STOP_NAMES or name in GENERIC_DESCRIPTORS \
                    or re.search(r"\d{2,}|[가-힣]+(?:시|군|구|도)$", name) or len(name) < 2:
                continue
            found.append(Mention(text[a:b], a, b, kind, None, name, True, None, [], "pattern"))
            spans.append((a, b))
    return found


_COUNTED_GROUP = re.compile(r"\d+\s?개(?:의)?\s?(기관|단체|기업|업체|회사|사|공공기관|협회|대학|연구기관|참여기관|협력기관|[가-힣]{2,6}(?:회사|기업|업체))\s?\(([^()\n]{4,240})\)")


def _counted_members(text: str, mentions: list, furniture) -> list:
    """The members of a counted group listed in parentheses: ``4개의 기관(군산시, 군산경찰서, 군산소방서,
    육군 군산대대)``, ``3개 기업(A·B·C)``: every item is an organisation (a company when the group is of companies)."""
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for grp in _COUNTED_GROUP.finditer(text):
        if _in_spans(grp.start(), furniture):
            continue
        company = grp.group(1).endswith(("기업", "업체", "회사")) or grp.group(1) == "사"  # (5개 창업투자회사(…))
        for x in re.finditer(_LIST_ITEM, grp.group(2)):
            a, b, name = grp.start(2) + x.start(), grp.start(2) + x.end(), x.group()
            if len(name) < 2 or len(name) > 25 or _overlaps(a, b, spans) or name in STOP_NAMES or name in GENERIC_DESCRIPTORS \
                    or re.search(r"\d{3,}|[.:]", name) or (name[-1] in _VERBAL_END and not name.isascii()):
                continue
            kind = "company" if company else (_candidate_kind(name.replace(" ", "")) or _candidate_kind(name.split()[-1]) or "organization")
            found.append(Mention(name, a, b, kind, None, name, True, None, [], "pattern"))
            spans.append((a, b))
    return found


#: What closes a list of companies: ``등 … 기업``, ``등 유망기업 6곳``, ``등 협약 기업의``.
_COMPANIES_AFTER = r"\s?등(?:의)?(?: [^\s.,]{1,10}){0,5} [가-힣]{0,4}(?:기업|업체|회사|스타트업)"
_COMPANY_LIST = re.compile(r"((?:[A-Za-z0-9가-힣&+]{2,15}(?:\([A-Za-z0-9&]{2,10}\))?\s?[,·‧]\s?){1,}[A-Za-z0-9가-힣&+]{2,15})" + _COMPANIES_AFTER)
_MARKED_COMPANIES = re.compile(_COMPANIES_AFTER)


#: A list headed by what its items are: ``기업으로는 현대자동차, SK-Telecom, 다음소프트, … 등이 힘을 보탠다``.
_HEADED_COMPANIES = re.compile(r"(?<![가-힣])(?:참여\s?)?(?:(?:(?:[가-힣]{1,3}[·‧])?[가-힣]{0,3}기업|업체|기업체|사업자|참여사|협력사)(?:으로는|로는|에서는|은|는|에는)|컨소시엄(?:에는|으로는))\s"
                               r"((?:[A-Za-z0-9가-힣&+.\-]{2,15}(?: [A-Za-z0-9가-힣&+.\-]{2,10})?\s?,\s?){2,}[A-Za-z0-9가-힣&+.\-]{2,15})(?=\s?(?:등|이|가|도|과|와)(?![가-힣]{2}))")


def _headed_companies(text: str, mentions: list, furniture) -> list:
    """The items of a list headed 기업으로는/업체는 …: each is a company.

    >>> [m.label for m in _headed_companies("기업으로는 현대자동차, 캠트로닉스, AI.Mobility 등이 힘을 보탠다.", [], [])]
    ['현대자동차', '캠트로닉스', 'AI.Mobility']
    """
    found = []
    spans = [(m.start, m.end) for m in mentions if m.kind in ORG_KINDS]
    for lst in _HEADED_COMPANIES.finditer(text):
        if _in_spans(lst.start(), furniture):
            continue
        for x in re.finditer(r"[^,\s][^,]*[^,\s]", lst.group(1)):
            _add_company(found, spans, lst.start(1) + x.start(), x.group())
    return found


def _add_company(found: list, spans: list, a: int, name: str) -> None:
    """Add ``name`` at ``a`` to ``found`` as a new company unless it overlaps ``spans`` or is a common word."""
    b = a + len(name)
    if _overlaps(a, b, spans) or name in STOP_NAMES or name in GENERIC_DESCRIPTORS or name in TECH_WORDS or name in NOT_DESCRIPTORS:
        return
    found.append(Mention(name, a, b, "company", None, name, True, None, [], "pattern"))
    spans.append((a, b))


_ONE_AND_COUNT = re.compile(r"(?<![가-힣A-Za-z0-9&])([A-Za-z0-9가-힣&+]{2,15}) 등 \d+\s?개\s?(?:업체|기업|사|회사)(?![가-힣]{2})")


def _counted_company(text: str, mentions: list, furniture) -> list:
    """The one company a count names: ``강릉시와 KST일렉트릭 등 4개 업체는`` → KST일렉트릭.

    >>> [m.label for m in _counted_company("강릉시와 KST일렉트릭 등 4개 업체는 협약했다.", [], [])]
    ['KST일렉트릭']
    """
    found: list = []
    spans = [(m.start, m.end) for m in mentions]
    for m in _ONE_AND_COUNT.finditer(text):
        name, a = m.group(1), m.start(1)
        if not (_in_spans(a, furniture) or _candidate_kind(name) == "local-government" or name[-1] in _VERBAL_END and not name.isascii()):
            _add_company(found, spans, a, name)
    return found


def _listed_companies(text: str, mentions: list, furniture) -> list:
    """Names listed before "등 … 기업": ``CJ올리브네트웍스, 셀바스AI, 위지윅스튜디오 등 … 스마트 기술 기업``."""
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for lst in _COMPANY_LIST.finditer(text):
        if _in_spans(lst.start(), furniture):
            continue
        words = re.findall(r"[A-Za-z0-9가-힣&+]{2,15}", lst.group(1))
        if sum(w in TECH_WORDS or w in GENERIC_DESCRIPTORS for w in words) * 2 >= len(words):
            continue  # "모빌리티, 헬스케어, 도시안전 등 … 기술을 보유한 기업": fields, not firms
        for item in re.finditer(r"[A-Za-z0-9가-힣&+]{2,15}", lst.group(1)):
            name = item.group()
            if not ((name[-1] in _VERBAL_END and not name.isascii()) or _candidate_kind(name)):
                _add_company(found, spans, lst.start(1) + item.start(), name)
    return found


_COUNCIL = re.compile(r"(?<![가-힣])((?:[가-힣]{1,10})?(?:특별자치시|특별자치도|특별시|광역시|시|도|군|구))?의회(?=(?:에서|으로|[은는이가와과도의에을를로])?(?![가-힣]))")


def _local_councils(text: str, mentions: list, furniture) -> list:
    """A local government's council: ``성남시의회``, or ``시의회`` after the city is named (the council
    of the nearest city before it). The label is the government's name + 의회 (``세종특별자치시의회``)."""
    found = []
    govs = [m for m in mentions if m.kind == "local-government"]
    for c in _COUNCIL.finditer(text):
        a, b = c.start(), c.end()
        if _in_spans(a, furniture) or any(_overlaps(a, b, [m]) and m.kind != "local-government" and not (m.start == a and m.end > b)
                                          for m in mentions):
            continue  # (a body named after the council, "시의회 경제환경위원회", keeps its name: the council is its parent)
        stem = c.group(1)
        if stem and stem not in ("시", "도", "군", "구"):
            gov = next((m for m in govs if m.start == a), None)
            if gov is None and _candidate_kind(stem) != "local-government":
                continue
            label = (gov.label if gov else METRO_SHORT.get(stem) or stem) + "의회"
        else:
            before = [m for m in govs if m.end <= a and m.label.endswith(stem or "-")]
            if not before:
                continue  # (a bare 의회, or 시의회 before any city)
            label = before[-1].label + "의회"
        found.append(Mention(text[a:b], a, b, "organization", None, label, True, None, [text[a:b]] if text[a:b] != label else [], "pattern"))
    return found


_REORGANISATION = re.compile(r"조직\s?개편|직제\s?개편|기구\s?개편|이번\s?개편|조직을\s?(?:확대\s?|전면\s?)?개편|(?:팀|과|국)으로\s?개편")
_BARE_UNIT = re.compile(r"(?<![가-힣])([가-힣]{1,8}(?:(?:" + _DIVISION_STEMS + r")과|[가-힣]{2}국|담당관|[가-힣]{2}실|[가-힣]{2}팀|본부|시험소|사업소)"
                        r"|(?:" + _DIVISION_STEMS + r")과(?=[은는이가와도의을를·‧]))"  # "주택과와 건축과는"; "교통과 환경" is not a division
                        r"(?=[·‧,]|(?:에서|으로|[은는이가와과도의에을를로])?(?![가-힣]))")


_UNIT_POSTS = re.compile(r"(?<![가-힣])((?:[가-힣]{2,8}(?:국|과|사업단|추진단|실)장[·‧,]\s?)+[가-힣]{2,8}(?:국|과|사업단|추진단|실)장)(?=(?:이다|이며|이고|은|는|이|가|과|와|을|를|의|으로|에|도)?(?![가-힣]))")


_FOUNDED_UNIT = re.compile(r"['‘]?([가-힣]{1,8}(?:(?:" + _DIVISION_STEMS + r")과|[가-힣]{2}국|담당관|[가-힣]{2}팀))['’]?(?:를|을|도)?\s?신설")


def _parents(mentions: list, furniture) -> list:
    """The organisations (not units) named outside page furniture, in text order: who a division may belong to."""
    return [m for m in mentions if m.kind in ORG_KINDS and m.kind != "unit" and not _in_spans(m.start, furniture)]


def _parent_before(mentions: list, at: int, furniture):
    """The organisation (not a unit) named last before *at*."""
    orgs = [m for m in _parents(mentions, furniture) if m.end <= at]
    return orgs[-1] if orgs else None


def _unit(name: str, a: int, b: int, parent, surface: str | None = None) -> Mention:
    """A division *name* of *parent* written as *surface* (``스마트도시`` of ``스마트도시·스마트사업 등 5개 팀``)."""
    return Mention(surface or name, a, b, "unit", None, f"{parent.label} {name}", True, None, [name], "pattern", parent.label)


def _posted_units(text: str, mentions: list, furniture) -> list:
    """Divisions named by their heads' posts in a list (``안전도시국장·교통환경건설국장·명품도시사업단장``) and
    divisions founded (``'스마트도시과'를 신설``): units of the organisation named last before them."""
    found = []
    spans = [(m.start, m.end) for m in mentions]

    def add(a, b, name):
        parent = _parent_before(mentions, a, furniture)
        if parent is None or _in_spans(a, furniture) or _overlaps(a, b, spans) or name in STOP_NAMES:
            return
        found.append(_unit(name, a, b, parent))
        spans.append((a, b))

    for lst in _UNIT_POSTS.finditer(text):
        for post in re.finditer(r"[가-힣]+", lst.group(1)):
            add(lst.start(1) + post.start(), lst.start(1) + post.end() - 1, post.group()[:-1])
    for u in _FOUNDED_UNIT.finditer(text):
        add(u.start(1), u.end(1), u.group(1))
    return found


def _reorganised_units(text: str, mentions: list, furniture) -> list:
    """The divisions a reorganisation names without their organisation: in a text on 조직개편 of the
    organisation named last before the word (else first), ``도시정책과·도시재생과 … 등으로 구성된 도시성장본부`` are that
    government's units (``세종특별자치시 도시정책과``). A 과 counts after the stems of divisions' names only
    (결과 and 효과 are words, 스마트도시팀과 is 스마트도시팀 + 과)."""
    cue = _REORGANISATION.search(text)
    if cue is None:
        return []
    gov = _parent_before(mentions, cue.start(), furniture) or next(iter(_parents(mentions, furniture)), None)
    if gov is None:
        return []
    for m in mentions:  # a division a pattern found on its own ("도시성장본부") is the same organisation's
        if m.kind == "unit" and m.new and m.parent is None and " " not in m.label and _BARE_UNIT.fullmatch(m.label):
            m.aliases, m.label, m.parent = [m.label, *m.aliases], f"{gov.label} {m.label}", gov.label
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for u in _BARE_UNIT.finditer(text):
        a, b, name = u.start(1), u.end(1), u.group(1)
        if _in_spans(a, furniture) or _overlaps(a, b, spans) or name in STOP_NAMES or name[:2] in ("한국", "전국", "중국", "미국"):
            continue
        found.append(_unit(name, a, b, gov))
        spans.append((a, b))
    return found


_STRUCTURE_VERB = re.compile(r"구성|신설|설치|두고|두었|둔다|편성|편제|편입|통합|흡수|이관|폐지|격상|분리|개편|전환|통폐합")
_UNIT_ITEM = re.compile(r"(?<![가-힣0-9A-Za-z])([가-힣]{2,10}(?:팀|과|국|담당관|실))(?=[·‧,]|\s?(?:및|등)(?![가-힣])|(?:에서|으로|[은는이가와과도의에을를로])?(?![가-힣]))")
_UNIT_RANK = {"팀": 1, "과": 2, "관": 2, "실": 3, "국": 3}
_NOT_UNITS = {"개발도상국", "선진국", "회원국", "참가국", "참여국", "협력국", "대상국", "주최국", "당사국", "동맹국", "수혜국", "개최국",
              "회의실", "사무실", "강의실", "전시실", "화장실", "집무실", "세미나실", "대회의실", "소회의실", "브리핑실", "접견실", "기자실",
              "연구실", "실험실", "상황실"}


_COUNTRY_WORDS = ("회원국", "전환국", "선진국", "도상국", "개도국", "참가국", "참여국", "당사국", "이사국", "가맹국", "수원국", "공여국",
                  "강국", "대국", "동맹국", "협력국", "상대국", "주요국", "인접국", "진출국", "수출국", "수입국", "산유국")


def _unit_word(item: str, listed: bool, particle: bool) -> str | None:
    """*item* as a division's name, or None: a 과 or a short 국/실 needs a division stem, a list, or a particle
    after it (``행정과 정책`` is "administration and policy"); ``스마트정책팀과`` is 스마트정책팀 + 과."""
    if item[-2:] in ("팀과", "국과", "실과") or item.endswith("담당관과"):
        item = item[:-1]
    if item in _NOT_UNITS or item in STOP_NAMES or item[:2] in ("한국", "전국", "중국", "미국", "영국", "외국", "각국", "양국") \
            or item.endswith(_COUNTRY_WORDS):
        return None  # ("창립회원국", "체제전환국": kinds of country, not divisions)
    stem = re.search(r"(?:" + _DIVISION_STEMS + r")(?:팀|과|국|담당관|실)$", item) is not None
    if item[-1] == "과" and (item.endswith(("성과", "결과", "효과", "교과", "부과", "통과", "초과")) or not (listed or (stem and particle))):
        return None
    if (item[-1] == "실" or (item[-1] == "국" and len(item) < 4)) and not stem:
        return None
    return item


def _structured_units(text: str, mentions: list, furniture) -> list:
    """Divisions named in a sentence on how an organisation is built: ``구로구는 스마트환경국 아래 스마트도시과를
    두고 스마트기획팀, 스마트조성팀 … 을 구성했다``, ``스마트도시과는 스마트정책팀, 스마트사업팀 … 등 3개 팀으로
    구성돼 있다``, ``반려동물과는 축산과로 통합된다`` (in a text on a reorganisation). Each belongs to the
    division of higher rank (국 > 과 > 팀) or the organisation named last before it."""
    reorganisation = _REORGANISATION.search(text) is not None
    spans = [(m.start, m.end) for m in mentions]
    units = {n: m for m in mentions if m.kind == "unit" and m.new for n in [m.label, *m.aliases]}
    found: list = []
    for sent in re.finditer(r"[^\n.]+", text):
        if _in_spans(sent.start(), furniture) or not _STRUCTURE_VERB.search(sent.group()):
            continue
        items = list(_UNIT_ITEM.finditer(text, sent.start(), sent.end()))
        for u in items:  # a division named before ("'스마트도시과'를 신설 … 스마트도시과는 …") is that division again
            unit = units.get(u.group(1))
            if unit is not None and not _overlaps(u.start(1), u.end(1), spans):
                found.append(replace(unit, surface=u.group(1), start=u.start(1), end=u.end(1), source="alias"))
                spans.append((u.start(1), u.end(1)))
        here = [m for m in mentions + found if sent.start() <= m.start < sent.end() and m.kind in ORG_KINDS]
        if not here and not reorganisation:
            continue
        for u in items:
            listed = any(abs(u.start() - v.end()) <= 2 or abs(v.start() - u.end()) <= 2 for v in items if v is not u)
            name = _unit_word(u.group(1), listed, text[u.end():u.end() + 1] not in ("", " ", "\n"))
            a = u.start(1)
            b = a + len(name or "")
            if name is None or _overlaps(a, b, spans):
                continue
            person = re.search(r"(?<![가-힣])([가-힣]{3})\s(?:[가-힣]{1,10}\s)?$", text[max(0, a - 16):a])
            if name.endswith("관") and person and person.group(1)[0] in SURNAMES:
                continue  # "노동영 세종시 미래전략담당관은": a person's post
            rank = _UNIT_RANK[name[-1]]
            before = [m for m in mentions + found if m.end <= a and m.kind in ORG_KINDS and not _in_spans(m.start, furniture)
                      and (m.kind != "unit" or (sent.start() <= m.start and _UNIT_RANK.get(m.label[-1], 0) > rank))]
            parent = before[-1] if before else None
            if parent is None:
                continue
            found.append(_unit(name, a, b, parent))
            spans.append((a, b))
    return found


def _higher_unit_before(text: str, mentions: list, at: int, rank: int, furniture, within: int = 400):
    """The division of higher rank than *rank* named last before *at* (a team's within *within* characters,
    a division's in the same sentence), else the organisation named last before it: who a team or a division
    written on its own belongs to."""
    units = [m for m in mentions if m.kind == "unit" and at - within <= m.end <= at and not _in_spans(m.start, furniture)
             and _UNIT_RANK.get(m.label[-1], 0) > rank and (rank == 1 or not re.search(r"[.\n]", text[m.end:at]))]
    return max(units, key=lambda m: m.end) if units else _parent_before(mentions, at, furniture)


_PARTICLE_END = r"(?=(?:[은는이가을를과와도의에]|으로|로|에서)?(?![가-힣]))"
_COUNTED_UNITS = re.compile(r"(?<![가-힣0-9])((?:[가-힣0-9]{2,10}\s?[·‧,]\s?)+[가-힣0-9]{2,10})\s?등\s?\d+\s?개\s?(팀|과|실|담당관)" + _PARTICLE_END)  # (not 국: "몽골 등 9개국")
_DIGIT_UNITS = re.compile(r"(?<![가-힣])([가-힣]{2,8})(\d)[·‧,](\d)(과|팀|국)" + _PARTICLE_END)
_INNER_UNIT = re.compile(r"\(([가-힣]{2,12}(?:과|국|실|담당관|본부))\)\s?(?=[‘']?[가-힣0-9]{2,12}팀)|(?<![가-힣])([가-힣]{2,12}(?:과|국|실|담당관|본부))\s(?:내|산하|소속)\s")
_TEAM = re.compile(r"[‘']?([가-힣0-9]{2,12}팀)[’']?(?=(?:이|은|는|을|를|과|와|도|의|으로|로)?(?![가-힣]))")


def _counted_units(text: str, mentions: list, furniture) -> list:
    """Divisions listed by their stems and counted: ``스마트도시·스마트사업·전산운영 등 5개 팀`` (스마트도시팀 …),
    ``세무1·2과`` (세무1과, 세무2과), and the division a team sits in: ``복지정책과 내 ‘돌봄지원팀’``,
    ``(감사담당관) 감사팀이``. Each belongs to the division of higher rank named last before it."""
    found: list = []
    spans = [(m.start, m.end) for m in mentions]

    def add(name, a, b, surface=None):
        if _in_spans(a, furniture) or _overlaps(a, b, spans) or name in STOP_NAMES or name in _NOT_UNITS:
            return None
        parent = _higher_unit_before(text, mentions + found, a, _UNIT_RANK.get(name[-1], 0), furniture)
        if parent is None:
            return None
        found.append(_unit(name, a, b, parent, surface))
        spans.append((a, b))
        return found[-1]

    for lst in _COUNTED_UNITS.finditer(text):
        suffix = lst.group(2)
        for x in re.finditer(r"[가-힣0-9]{2,10}", lst.group(1)):
            stem = x.group()
            add(stem if stem.endswith(suffix) else stem + suffix, lst.start(1) + x.start(), lst.start(1) + x.end(), stem)
    for d in _DIGIT_UNITS.finditer(text):
        first = add(f"{d.group(1)}{d.group(2)}{d.group(4)}", d.start(1), d.end(2), d.group())
        if first is not None:
            second = f"{d.group(1)}{d.group(3)}{d.group(4)}"
            found.append(replace(first, label=first.label[:-len(second)] + second, start=d.start(3), end=d.end(), surface=d.group(),
                                 aliases=[second]))
    for u in _INNER_UNIT.finditer(text):
        g = 1 if u.group(1) else 2
        if _unit_word(u.group(g), True, True) is None:
            continue
        add(u.group(g), u.start(g), u.end(g))
        division = next((m for m in mentions + found if m.kind == "unit" and m.start == u.start(g)), None)
        t = _TEAM.match(text, u.end())
        if t and division is not None and not add(t.group(1), t.start(1), t.end(1)):
            for m in mentions:  # a team found on its own ("‘돌봄지원팀’을 신설") sits in this division
                if m.kind == "unit" and m.new and m.start == t.start(1) and m.parent != division.label:
                    m.label, m.parent = f"{division.label} {t.group(1)}", division.label
    return found


_ANAPHORIC_UNIT = re.compile(r"(?<![가-힣])([가-힣]{3})\s(도|시|군|구)\s([가-힣]{2,10}(?:국|과|실|담당관|본부|사업소|단))장(?![가-힣]{2})")


def _anaphoric_units(text: str, mentions: list, furniture) -> list:
    """A division named through its head's post, the government written as 도/시/군/구 (``손창환 도
    건설교통국장은``, ``윤여권 도 건설정책과장``): a unit of the first province (city, county, district) the text names."""
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for u in _ANAPHORIC_UNIT.finditer(text):
        a, b, name = u.start(3), u.end(3), u.group(3)
        if u.group(1)[0] not in SURNAMES or _in_spans(a, furniture) or _overlaps(a, b, spans) or name in TITLES:
            continue
        gov = next((m for m in _parents(mentions, furniture) if m.kind == "local-government" and m.label.endswith(u.group(2))), None)
        if gov is not None:
            found.append(_unit(name, a, b, gov))
            spans.append((a, b))
    return found


_HEADED = re.compile(r"(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14})\((대표이사|대표|사장|회장|CEO|이사장|원장) ?[가-힣]{2,4}\)")


_GROUP_WORDS = {"시민", "주민", "시민단체", "주민대표", "업계", "민간", "학계", "공동", "각각"}


def _name_like(name: str) -> bool:
    """True when *name* may be an organisation's name (not a generic noun, a tech word or a clause)."""
    return not (name in STOP_NAMES or name in GENERIC_DESCRIPTORS or name in TECH_WORDS or name in NOT_DESCRIPTORS
                or name in CLAUSE_NOUNS or name in _GROUP_WORDS or name in TITLES or name[-1] in "한은는를을의고며된할던면서"
                or re.search(r"\d", name) or _candidate_kind(name) == "local-government")


def _headed_organisations(text: str, mentions: list, furniture) -> list:
    """Organisations written with their head in parentheses: ``메타빌드(대표 조영훈)는``, ``한국스마트시티협회(회장 …)``."""
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for h in _HEADED.finditer(text):
        a, b, name = h.start(1), h.end(1), h.group(1)
        if _in_spans(a, furniture) or _overlaps(a, b, spans) or not _name_like(name):
            continue
        kind = "company" if h.group(2) in ("대표이사", "대표", "사장", "회장", "CEO") and not _candidate_kind(name) else _candidate_kind(name) or "organization"
        found.append(Mention(name, a, b, kind, None, name, True, None, [], "pattern"))
        spans.append((a, b))
    return found


_ACRONYMED = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣][가-힣A-Za-z0-9·]{1,20}(?:연합|연맹|기구|은행|기금|이사회|사무국|네트워크|동맹))"
                        r"\(([A-Z][A-Za-z0-9&\-]{1,9})\)")
_COOPERATION = re.compile(r"협약|MOU|양해각서|협력|합의|회담|체결|파트너|함께|제안|가입|회원국|결정|발표|투입|추진하|공동")
_ACTING_COUNTRY = re.compile(r"(?<![가-힣])(" + _COUNTRY_ALT
                            + r")(?=(?:와|과|는|은|이|가)\s)")


_ORG_WORDS_EN = r"(?:Invest|Agency|Authority|Institute|University|Foundation|Council|Association|Corporation|Corp|Group|Ltd|Inc|Co|Center|Centre|Bank|Organi[sz]ation|Network|Labs?|Technologies|Systems|Partners|Holdings|Ventures|Ministry|Department|Office|Development|Company|Commission|Alliance|Federation|Society|Consortium|Catapult|Fund|Trust|School|College|Academy)"
_TRANSLITERATED = re.compile(r"(?<![가-힣A-Za-z0-9])((?:[가-힣]{1,10} ){0,3}[가-힣]{1,10})\(([A-Z][A-Za-z&.\-]*(?: [A-Za-z&.\-]+){0,5})\)")
_FOREIGN_ACRONYM = re.compile(r"(?<![가-힣])(?:" + _COUNTRY_ALT
                              + r") ([A-Z][A-Z0-9&]{2,7})(?=(?:와|과|는|은|이|가|의|로부터|로|에서|을|를)?(?![A-Za-z0-9가-힣]))")


def _transliterated_bodies(text: str, mentions: list, furniture) -> list:
    """Foreign bodies written in Korean letters with their English name after them, when the English says what
    they are (``인베스트 이스턴 프랑스(Invest Eastern France)``: Invest, Agency, Institute, Ltd …), and foreign
    bodies by their acronym after their country (``스위스 CSEM로부터``)."""
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for x in _TRANSLITERATED.finditer(text):
        english = x.group(2).split()
        if not re.search(r"\b" + _ORG_WORDS_EN + r"\b", x.group(2)) or _in_spans(x.start(), furniture):
            continue
        words = x.group(1).split()[-len(english):]  # as many Korean words as English ones
        name = " ".join(words)
        a = x.end(1) - len(name)
        if _overlaps(a, x.end(1), spans) or name in STOP_NAMES or any(w in NOT_DESCRIPTORS or w[-1] in "은는을를의에" for w in words):
            continue
        found.append(Mention(name, a, x.end(1), _candidate_kind(name.replace(" ", "")) or "organization", None, name, True, None,
                             [x.group(2)], "pattern"))
        spans.append((a, x.end(1)))
    for x in _FOREIGN_ACRONYM.finditer(text):
        a, b = x.start(1), x.end(1)
        if _in_spans(a, furniture) or _overlaps(a, b, spans):
            continue
        found.append(Mention(x.group(1), a, b, "organization", None, x.group(1), True, None, [], "pattern"))
        spans.append((a, b))
    return found


def _acronymed_bodies(text: str, mentions: list, furniture) -> list:
    """Bodies whose last word names no organisation on its own but that bring their acronym:
    ``국제스마트시티연합(UTA)``, ``유럽부흥개발은행(EBRD)``, ``아세안 스마트시티 네트워크(ASCN)``."""
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for x in _ACRONYMED.finditer(text):
        a, b, name = x.start(1), x.end(1), x.group(1)
        if _in_spans(a, furniture) or _overlaps(a, b, spans) or name in STOP_NAMES:
            continue
        found.append(Mention(name, a, b, "organization", None, name, True, None, [x.group(2)], "pattern"))
        spans.append((a, b))
    return found


#: Countries whose names are also common words (수단 "means", 가나 "go", 인도 "sidewalk", 기니 "meals").
_WORD_COUNTRIES = {"수단", "가나", "인도", "기니"}


def _acting_countries(text: str, mentions: list, furniture) -> list:
    """Countries that act in a sentence on cooperation: ``한국과 페루는 … MOU를 체결했다`` (a country that only
    places something, ``베트남 하노이에서``, takes no particle and stays a place)."""
    found = []
    spans = [(m.start, m.end) for m in mentions if m.kind in ORG_KINDS]
    for sent in re.finditer(r"[^\n.]+", text):
        if _in_spans(sent.start(), furniture) or not _COOPERATION.search(sent.group()):
            continue
        for c in _ACTING_COUNTRY.finditer(text, sent.start(), sent.end()):
            a, b = c.start(1), c.end(1)
            if _overlaps(a, b, spans) or c.group(1) in _WORD_COUNTRIES and re.search(r"[가-힣](?:적|한|할|된|운|는|의) $", text[max(0, a - 4):a]):
                continue  # ("효율적 수단이 될": the word, not Sudan)
            name = COUNTRY_NAMES.get(c.group(1), c.group(1))
            found.append(Mention(c.group(1), a, b, "foreign-government", None, name, True, None, [c.group(1)] if name != c.group(1) else [], "pattern"))
            spans.append((a, b))
    return found


_COUNTRY_GOVERNMENT = re.compile(r"(" + _COUNTRY_ALT + r"|" + "|".join(COUNTRY_NAMES) + r") ?(?:중앙|연방)?정부")


def _country_governments(mentions: list) -> None:
    """A new organisation named "COUNTRY 정부" is that country's government, which the graph (and the
    analyst) calls by the country's name; the written form stays an alias.

    >>> m = Mention("키르기스스탄 정부", 0, 9, "organization", None, "키르기스스탄 정부", True, None, [], "model")
    >>> _country_governments([m]); (m.label, m.kind, m.aliases)
    ('키르기스스탄', 'foreign-government', ['키르기스스탄 정부'])
    """
    for m in mentions:
        g = _COUNTRY_GOVERNMENT.fullmatch(m.label) if m.new else None
        if g is not None:
            name = COUNTRY_NAMES.get(g.group(1), g.group(1))
            m.aliases = list(dict.fromkeys([m.label, *m.aliases]))
            m.label, m.kind = name, "foreign-government"


_QUOTE_THEN_PAREN = re.compile(r"[‘'“\"]([^’'”\"\n]{2,40})[’'”\"]\s?\(([가-힣A-Za-z0-9&]{2,15}(?:\s?[·,]\s?[가-힣A-Za-z0-9&]{2,15})*)\)")
_NOT_MAKERS = {"가칭", "가제", "예정", "잠정", "이하", "예시", "계획", "약칭", "조감도", "안"}


def _project_companies(text: str, mentions: list, furniture) -> list:
    """The companies behind a quoted project, written in parentheses after it: ``△수원 ‘교통빅데이터 플랫폼
    사업’(소울인포테크) △대구·세종 ‘수요응답형 버스’(지앤티솔루션·포티투닷)``. An acronym in capitals is the
    project's own (``‘디지털 시민참여플랫폼’(LEAP)``), and a quoted body's parentheses hold its short name.

    >>> [m.label for m in _project_companies("△수원 ‘교통빅데이터 플랫폼 사업’(소울인포테크) ‘AI 신호등’(LEAP) ‘특별위원회’(특위)", [], [])]
    ['소울인포테크']
    """
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for q in _QUOTE_THEN_PAREN.finditer(text):
        if _in_spans(q.start(), furniture) or _candidate_kind(q.group(1).strip()) or q.group(1).strip().endswith(QUOTED_SUFFIXES):
            continue
        for x in re.finditer(r"[가-힣A-Za-z0-9&]{2,15}", q.group(2)):
            name, a = x.group(), q.start(2) + x.start()
            if (re.fullmatch(r"[A-Z0-9&]+", name) or name in _NOT_MAKERS or name in STOP_NAMES or name in COUNTRIES or name in CITIES
                    or name in REGION_SHORT or _overlaps(a, a + len(name), spans)):
                continue
            found.append(Mention(name, a, a + len(name), "company", None, name, True, None, [], "pattern"))
            spans.append((a, a + len(name)))
    return found


_DESCRIBED_COMPANY = re.compile(r"(?<![가-힣])(?:[가-힣]{0,6}(?:업체|조사기관|컨설팅사|투자사|운용사|증권사|건설사|제조사|통신사|개발사|시행사)인?|[가-힣]{0,6}(?:기업|회사|스타트업)인) "
                                r"(?:([가-힣A-Za-z][가-힣A-Za-z0-9&]{0,11}(?: [가-힣A-Za-z][가-힣A-Za-z0-9&]{0,11}){1,2})(?=(?:에|은|는|이|가|와|과|의)\s)"
                                r"|([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11})"
                                r"(?=\s?[,·‧]|\s(?:등|및)(?![가-힣])|(?:은|는|이|가|와|과|도|를|을|의)?(?![가-힣A-Za-z0-9])))")


_ACRONYM = re.compile(r"(?<![A-Za-z0-9&])([A-Z][A-Z0-9&]{1,5})(?=(?:와|과|가|는|이|의|도|를|을)?(?:[,·‧]|\s|$))")


def _acronym_partners(text: str, mentions: list, furniture) -> list:
    """An unknown acronym listed with an organisation (``한국전자통신연구원·CMB가``, ``대전시, ETRI, CMB와``) is
    one too (a company); fields such as ICT, AI or IoT are not."""
    found = []
    spans = [(m.start, m.end) for m in mentions]
    orgs = [m for m in mentions if m.kind in ORG_KINDS]
    for m in _ACRONYM.finditer(text):
        a, b, name = m.start(1), m.end(1), m.group(1)
        if _in_spans(a, furniture) or _overlaps(a, b, spans) or name in TECH_WORDS or name in STOP_NAMES:
            continue
        before = text[max(0, a - 3):a]
        joined_before = any(o.end == a - 1 and text[o.end] in _DOTS or text[o.end:a] in (", ", ",") for o in orgs if o.end <= a)
        joined_after = re.match(r"(?:와|과)?\s?[,·‧]?\s?", text[b:b + 3]) and any(o.start in (b + 1, b + 2, b + 3) for o in orgs)
        if not (joined_before or (joined_after and before.strip())):
            continue
        found.append(Mention(name, a, b, "company", None, name, True, None, [], "pattern"))
        spans.append((a, b))
    return found


def _described_companies(text: str, mentions: list, furniture) -> list:
    """A company named after what it does: ``드론 기체 제작업체 블루젠드론, 전기이륜차 개발업체인 디에스피원``
    (after 업체, or 기업/회사 with the copula 인: "기업 발굴" is no name), or after 기업/회사 with its name in Latin
    letters (``참여기업 토노무스(TONOMUS)``)."""
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for m in _DESCRIBED_COMPANY.finditer(text):
        words = (m.group(1) or "").split()
        g = 1 if words and not any(w[-1] in "은는이가을를의와과도에로" for w in words[:-1]) \
            and not any(w in NOT_DESCRIPTORS or w in CLAUSE_NOUNS for w in words[1:]) else 2
        if m.group(g) is None:  # "업체 A는 B와": the words are no one name; try the first alone
            one = re.match(r"[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}", m.group(1))
            name, a = _strip_particle_any(one.group()), m.start(1)
        else:
            name, a = (_strip_particle_any(m.group(g)) if g == 2 else m.group(g)), m.start(g)
        b = a + len(name)
        if _in_spans(a, furniture) or _overlaps(a, b, spans) or name in STOP_NAMES or name in GENERIC_DESCRIPTORS \
                or name in TITLES or name in TECH_WORDS or name in NOT_DESCRIPTORS or name in CLAUSE_NOUNS or len(name) < 2 \
                or (name[-1] in _VERBAL_END and not name.isascii()) or _candidate_kind(name) == "local-government":
            continue
        found.append(Mention(text[a:b], a, b, _candidate_kind(name) or "company", None, name, True, None, [], "pattern"))
        spans.append((a, b))
    for m in _DESCRIBED_FOREIGN.finditer(text):  # "참여기업 토노무스(TONOMUS)": a company by its own name in Latin letters
        name, latin, a = m.group(1), m.group(2), m.start(1)
        if _in_spans(a, furniture) or _overlaps(a, m.end(), spans) or name in STOP_NAMES or name in GENERIC_DESCRIPTORS \
                or name in TECH_WORDS or latin in TECH_WORDS or "www" in latin or "." in latin:
            continue
        found.append(Mention(name, a, a + len(name), "company", None, name, True, None, [latin], "pattern"))
        spans.append((a, m.end()))
    return found


_DESCRIBED_FOREIGN = re.compile(r"(?<![가-힣])[가-힣]{0,6}(?:기업|회사|업체|스타트업|조사기관|투자사) ([가-힣][가-힣A-Za-z0-9&]{1,11})\(([A-Za-z][A-Za-z0-9&.\- ]{1,30})\)")


_METRO_DISTRICT = re.compile(r"(서울|부산|대구|인천|광주|대전|울산)(?:특별시|광역시|시)? ([가-힣]{1,4}구)(?=[은는이가와과도의에을를로,·‧)]|\s(?:및|등)|$)")


def _metro_districts(text: str, mentions: list, furniture) -> tuple[list, list]:
    """A metropolitan city's district that acts: ``인천 서구``, ``광주 동구`` → 인천광역시 서구 (서구 alone is ambiguous)."""
    found, drop = [], set()
    for m in _METRO_DISTRICT.finditer(text):
        if _in_spans(m.start(), furniture) or not _acts(text, m.end()):
            continue
        a, b = m.start(), m.end()
        here = [x for x in mentions if _overlaps(a, b, [x])]
        if any(x.entity for x in here):
            continue
        drop.update(id(x) for x in here)
        label = f"{REGION_SHORT[m.group(1)]} {m.group(2)}"
        found.append(Mention(text[a:b], a, b, "local-government", None, label, True, None, [m.group(2)], "pattern"))
    return found, [x for x in mentions if id(x) not in drop]


#: The armed services, with the names the registry and the gazetteer give them.
_SERVICES = {"육군": "대한민국 육군", "해군": "대한민국 해군", "공군": "대한민국 공군", "해병대": "대한민국 해병대", "해병": "대한민국 해병대"}
_MILITARY_UNIT = re.compile(r"(?<![가-힣A-Za-z0-9])(?:(육군|해군|공군|해병대|해병)\s?)?(제\s?)?(\d{1,3}(?:\s?[·‧,]\s?\d{1,3})*|\d{4})\s?"
                            r"(보병|기계화보병|기갑|포병|공병|특공|항공|방공)?(사단|여단|군단|비행단|전투비행단|함대|연대|대대|부대)"
                            r"(?:\s?(\d{1,3})(연대|대대))?(?=(?:에서|으로|과의|와의|[은는이가와과도의에을를로])?(?![가-힣]))")


def _military_units(text: str, mentions: list, furniture) -> tuple[list, list]:
    """Army, navy, air-force and marine units written with their numbers, as units of their service (which stays a
    mention of its own): ``해병대2사단`` → 해병대 제2사단, ``육군 52·55·56사단`` → three divisions, ``육군 8539부대`` (a unit
    by its four-digit code), ``53사단 127연대``
    → the regiment, a unit of its division. A regiment or a battalion alone needs its service or 제 (``3연대`` may be
    anything, but it is not 연세대학교). Returns the units and the mentions they do not cover.

    >>> [(m.label, m.parent) for m in _military_units("해병대2사단, 육군 52·55·56사단과 53사단 127연대, 육군 8539부대", [], [])[0]]  # doctest: +NORMALIZE_WHITESPACE
    [('해병대 제2사단', '대한민국 해병대'), ('육군 제52사단', '대한민국 육군'), ('육군 제55사단', '대한민국 육군'),
     ('육군 제56사단', '대한민국 육군'), ('제53사단', None), ('제53사단 제127연대', '제53사단'), ('육군 제8539부대', '대한민국 육군')]
    """
    found, drop = [], set()
    for m in _MILITARY_UNIT.finditer(text):
        service, ordinal, numbers, arm, unit, sub, sub_unit = m.groups()
        if _in_spans(m.start(), furniture):
            continue
        a, b = m.start(2) if ordinal else m.start(3), m.end()
        here = [x for x in mentions if _overlaps(a, b, [x])]
        if any(x.entity and not (a <= x.start and x.end <= b) for x in here):
            continue
        drop.update(id(x) for x in here)  # ("3연대" is no 연세대학교, whatever it is)
        if unit in ("연대", "대대") and not (service or ordinal):
            continue
        head = f"{service} " if service else ""
        ordinals = re.findall(r"\d{1,4}", numbers)
        for n in ordinals:
            label, short = f"{head}제{n}{arm or ''}{unit}", f"{n}{arm or ''}{unit}"
            aliases = [text[m.start():b]] if len(ordinals) == 1 else []
            if sub:  # the division, then its regiment
                d = m.start(6) - 1
                found.append(Mention(text[a:d], a, d, "unit", None, label, True, None, [short], "pattern", _SERVICES.get(service)))
                found.append(Mention(text[a:b], a, b, "unit", None, f"{label} 제{sub}{sub_unit}", True, None,
                                     [*aliases, f"{short} {sub}{sub_unit}", f"{sub}{sub_unit}"], "pattern", label))
            else:
                found.append(Mention(text[a:b], a, b, "unit", None, label, True, None, [*aliases, short], "pattern",
                                     _SERVICES.get(service)))
    return found, [x for x in mentions if id(x) not in drop]


#: A laboratory glued to an acronym: "LG CNS연구소".
_LAB = re.compile(r"연구소|연구원|연구센터")

#: Last words of a division's name: 도시정책과, ICT융합과, 국가시범도시팀, 디지털문화본부, 산학협력단 … (a company's
#: 부문, 그룹 or 유닛 only with its head's title: ``KT 경영기획부문장``, ``SK텔레콤 스마트시티유닛장``)
_UNIT_NAME = re.compile(r"(?:[가-힣]{2,8}과(?=장)|(?:스마트시티|스마트도시|정보통신|정보화기획|미래전략|디지털정책)과|산학협력단|산학협력원|연구소|부설연구소|(?:[가-힣A-Za-z0-9]{1,14}(?:(?:" + _DIVISION_STEMS + r")과|팀|실|[가-힣]{2}국|본부|지역본부|지사|"
                        r"산학협력단|학과|학부|대학원|[가-힣]{1,6}대학|연구센터|연구소|센터|사업단|추진단|기획단|지원단|[가-힣]{2}처|캠퍼스|"
                        r"[가-힣A-Za-z]{1,12}(?:부문|그룹|유닛)(?=장|이사)|[가-힣]{1,8}(?:병원|의료원))))(?=장|[은는이가와과도의에을를로\s,.·)]|$)")


_GLUED_CAMPUS = re.compile(r"(?:산학협력단|산학협력원|대학원|캠퍼스)(?=[은는이가와과도의에을를로\s,.·)]|$)")

#: A division whose name has a word or two before its last (``스마트시티 국제협력단장``, ``자율협력주행 연구센터장``,
#: ``오픈이노베이션 전략실장``): only with its head's title or a particle after it, never before a plain space.
_WORDED_UNIT = re.compile(r"(?:[가-힣A-Za-z0-9]{2,12} ){1,2}[가-힣A-Za-z0-9]{0,12}(?:협력단|계획단|개발단|연구단|사업단|추진단|기획단|지원단|"
                          r"연구센터|센터|연구소|전략실|[가-힣]{2}실|[가-힣]{2}팀|본부|(?:부문|그룹|유닛)(?=장))(?=장|[은는이가와과도의에을를로,·)])")


_TITLE_AND = re.compile(r" (?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r") 겸 ")
_ABROAD = re.compile(r" ((?:" + _COUNTRY_ALT + r") ?(?:현지법인|법인|지사|사무소|지점|무역관|지역본부))(?=[은는이가와과도의에을를로,·)]|\s|$)")


#: Organisations whose own bodies may carry a generic name (not the ministries that lead the graph's bodies).
#: Kinds of a short new name that, right after an organisation, is one of its units.
_INNER_KINDS = ("research-institute", "university", "unit", "organization")
_OWNERS = {"company", "public-enterprise", "public-agency", "research-institute", "government-research-institute",
           "regional-research-institute", "university"}


_PAREN_HEAD = re.compile(r"\s?\((?:총장|원장|대표|대표이사|사장|회장|이사장|청장|소장)\s[가-힣]{2,4}\)")


#: Kinds of a body a local government may have of its own (its 스마트도시위원회, 스마트도시사업협의회, 추진단).
_LOCAL_BODY_KINDS = ("council", "body", "task-force", "forum", "committee", "subcommittee")


def _local_bodies(text: str, mentions: list) -> None:
    """A new body written right after a local government is that government's own, and is named with it, as the
    registry's units are: ``서울시 스마트도시위원회`` → 서울특별시 스마트도시위원회 (the body's own name and the text's
    form stay as aliases). Changes the mentions in place.

    >>> lg = Mention("서울시", 0, 3, "local-government", None, "서울특별시", True)
    >>> body = Mention("스마트도시위원회", 4, 12, "council", None, "스마트도시위원회", True, source="pattern")
    >>> _local_bodies("서울시 스마트도시위원회 위원장", [lg, body]); body.label, body.aliases, body.parent
    ('서울특별시 스마트도시위원회', ['스마트도시위원회', '서울시 스마트도시위원회'], '서울특별시')
    """
    for m, n in zip(mentions, mentions[1:]):
        if (m.kind == "local-government" and n.new and n.kind in _LOCAL_BODY_KINDS and n.source == "pattern"
                and n.start == m.end + 1 and text[m.end] == " " and not n.label.startswith(m.label) and n.parent is None):
            own = [n.label, f"{m.surface} {n.surface}"]
            n.label, n.parent = f"{m.label} {n.label}", m.label
            n.aliases = [*own, *(x for x in n.aliases if x not in own)]


#: Kinds of a Korean body that another country or a foreign city has too (a 경찰청, a 국회, a 관광공사, a 건설협회).
_COUNTERPART_KINDS = ("ministry", "agency", "public-agency", "public-enterprise", "presidential-committee", "organization", "council",
                      "body")
_FOREIGN_PLACE = re.compile(r"(?<![가-힣A-Za-z\-·‧~])((?:" + _COUNTRY_ALT + "|" + "|".join(sorted(FOREIGN_CITIES, key=len, reverse=True))
                            + r")(?:시|성|주)?|(?:" + "|".join(sorted(FOREIGN_CITIES_SUFFIXED, key=len, reverse=True)) + r")(?:시|성|주)) ?$")
_BRANCH_AFTER = re.compile(r"\s?(?:무역관|지사|법인|현지법인|사무소|지점|지부|대표처|센터|본부)(?![가-힣])")


def _foreign_counterparts(text: str, mentions: list) -> None:
    """A body written right after a country or a foreign city is that country's or city's own, not the Korean one
    of the same name: ``몽골 경찰청`` is not Korea's 경찰청, ``하이퐁 건설협회`` not 대한건설협회, ``스플리트 관광공사``
    not a bare 관광공사. Such a mention becomes a new organisation named with the place (a ministry or an agency a
    foreign government); a Korean body's office abroad (``베트남 LH 사무소``), an acronym and a company are left alone,
    as is a joint name (``한-베트남 …``). Changes the mentions in place.

    >>> police = Mention("경찰청", 3, 6, "agency", "https://w3id.org/scgov/id/knpa", "경찰청", False)
    >>> _foreign_counterparts("몽골 경찰청과 협력", [police]); police.label, police.kind, police.entity, police.new
    ('몽골 경찰청', 'foreign-government', None, True)
    """
    for m in mentions:
        if m.kind not in _COUNTERPART_KINDS or m.surface.isascii() or m.parent or _BRANCH_AFTER.match(text, m.end):
            continue
        place = _FOREIGN_PLACE.search(text, max(0, m.start - 16), m.start)
        if place is None or "\n" in place.group() or _candidate_kind(place.group(1)) == "local-government":
            continue
        name = text[place.start(1):m.end]
        m.label, m.entity, m.new, m.source = name, None, True, "pattern"
        m.kind = "foreign-government" if m.kind in ("ministry", "agency") else m.kind
        m.aliases = [x for x in m.aliases if x.startswith(place.group(1))]


_CONSORTIUM_AFTER = re.compile(r"(\s?(?:(?![가-힣A-Za-z0-9]*(?:과|와|등|및|고|며|의)\s)[가-힣A-Za-z0-9]{2,10}\s)?컨소시엄)(?=(?:에서|으로|과의|와의|[은는이가와과도의에을를로])?(?![가-힣A-Za-z]))")
_CONSORTIUM_OWNERS = {"company", "university", "local-government", "public-enterprise", "public-agency", "research-institute",
                      "government-research-institute", "organization"}


def _consortia(text: str, mentions: list, furniture) -> list:
    """Consortia named after their lead: ``현대자동차 컨소시엄``, ``KAIST 딥모빌리티 컨소시엄``, ``부산시 컨소시엄`` — a new
    organisation beside its lead (which stays a mention of its own). A consortium found on its own without its lead
    (``딥모빌리티 컨소시엄``) takes the lead's name. Changes such mentions in place and returns the new ones.

    >>> lead = Mention("현대자동차", 0, 5, "company", None, "현대자동차", True)
    >>> [(m.label, m.aliases) for m in _consortia("현대자동차 컨소시엄이 선정됐다", [lead], [])]
    [('현대자동차 컨소시엄', ['현대자동차 컨소시엄'])]
    """
    found = []
    for m in mentions:
        if m.kind not in _CONSORTIUM_OWNERS or _in_spans(m.start, furniture) or m.label.endswith("컨소시엄") \
                or m.surface in ("지자체", "지방자치단체", "지방정부", "기업", "대학"):
            continue
        after = _CONSORTIUM_AFTER.match(text, m.end)
        if after is None:
            continue
        b = after.end(1)
        inside = [x for x in mentions if m.end <= x.start < b and x.new and x.kind in ORG_KINDS]
        surface = text[m.start:b]
        label = f"{m.label} {text[m.end:b].strip()}"
        if inside:  # "KAIST 딥모빌리티 컨소시엄": the pattern found the consortium without its lead
            for x in inside:
                x.label, x.aliases, x.kind = label, [surface, *x.aliases], "organization"
            continue
        found.append(Mention(surface, m.start, b, "organization", None, label, True, None, [surface], "pattern"))
    return found


def _units_of(text: str, mentions: list, furniture) -> list:
    """Divisions written after their organisation: ``국토교통부 도시정책과``, ``경성대학교 산학협력단``,
    ``한국국토정보공사 경기지역본부장`` (the title glued on). Each is a new unit whose parent is the
    organisation; its label carries the parent's name, as the registry's units do. A body of the graph
    with a generic name written right after a company, an institute or a city is that one's own
    (``LG CNS 스마트시티추진단`` is not the pan-ministerial 스마트시티 추진단)."""
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for m, n in zip(mentions, mentions[1:]):
        own = not n.new or (m.kind == "university" and n.source == "pattern" and n.parent is None)  # "연세대 원주캠퍼스 LINC+사업단"
        if m.kind in _OWNERS and n.new and n.source == "pattern" and n.parent is None and n.kind in _INNER_KINDS \
                and len(n.label) <= 10 and " " not in n.label and text[m.end:n.start] == " " and not _in_spans(m.start, furniture):
            # "삼성전자 종합기술원", "서울대 공과대학", "바이브컴퍼니 스마트시티연구소": a short name right after its owner
            n.kind, n.parent, n.aliases, n.label = "unit", m.label, [n.surface, *n.aliases], f"{m.label} {n.label}"
            continue
        if m.surface in ("국회", "시의회", "도의회", "구의회", "군의회") and n.new and n.label.endswith("위원회") and text[m.end:n.start] == " " \
                and not _in_spans(m.start, furniture):  # "국회 국토교통위원회": the legislature's standing committee
            n.kind, n.parent, n.aliases, n.label = "unit", m.label, [n.surface, *n.aliases], f"{m.surface} {n.label}"
            continue
        if m.kind in _OWNERS and own and n.kind in ("task-force", "council", "forum") and n.start - m.end <= 1 \
                and text[m.end:n.start].strip() == "" and not _in_spans(m.start, furniture):
            n.kind, n.entity, n.new, n.parent, n.aliases, n.source = "unit", None, True, m.label, [n.surface], "pattern"
            n.label = f"{m.label} {n.surface}"
    for m in mentions:
        if m.kind not in ORG_KINDS or m.kind == "unit" or _in_spans(m.start, furniture):
            continue
        headed = re.match(r" [가-힣]{2,4} ([가-힣A-Za-z0-9]{2,14}(?:실|과|국|팀|단|본부|처|센터|연구소))장" + _AFTER_TITLE, text[m.end:m.end + 30])
        if headed and text[m.end + 1] in SURNAMES:
            a, b = m.end + headed.start(1), m.end + headed.end(1)
            name = headed.group(1)
            same = next((x for x in mentions if (x.start, x.end) == (a, b) and x.new and x.source == "pattern" and x.parent is None), None)
            if same is not None:  # "국토연구원 이재용 스마트녹색도시연구센터장": the centre found on its own is the institute's
                same.kind, same.label, same.parent, same.aliases = "unit", f"{m.label} {name}", m.label, [name]
            elif not _overlaps(a, b, spans) and name not in STOP_NAMES:
                found.append(Mention(name, a, b, "unit", None, f"{m.label} {name}", True, None, [name], "pattern", m.label))
                spans.append((a, b))
        glued = m.surface[-1:].isascii() and _LAB.match(text, m.end)
        campus = m.kind == "university" and _GLUED_CAMPUS.match(text, m.end)  # "강릉원주대산학협력단"
        if campus and not _overlaps(m.end, campus.end(), spans):
            name = campus.group()
            found.append(Mention(name, m.end, campus.end(), "unit", None, f"{m.label} {name}", True, None, [f"{m.surface}{name}"], "pattern", m.label))
            spans.append((m.end, campus.end()))
            continue
        end = m.end + (acr.end() if (acr := _PAREN_ACRONYM.match(text[m.end:m.end + 16])) else 0)  # "진흥원(KAIA) 스마트시티 사업단장"
        if (head := _PAREN_HEAD.match(text, end)) is not None:
            end = head.end()  # "공주대학교(총장 원성수) 부동산학과"
        if (also := _TITLE_AND.match(text, end)) is not None:
            end = also.end() - 1  # "코트라 부사장 겸 혁신성장본부장": the second post names the division
        abroad = _ABROAD.match(text, end)
        if abroad and not _overlaps(abroad.start(1), abroad.end(1), [x for x in mentions if x.kind in ORG_KINDS]):
            name = abroad.group(1)  # "대우건설 베트남 법인": the company's office in that country
            found.append(Mention(name, abroad.start(1), abroad.end(1), "unit", None, f"{m.label} {name}", True, None, [], "pattern", m.label))
            spans.append((abroad.start(1), abroad.end(1)))
            continue
        at = m.end if glued else end + 1 if text[end:end + 1] == " " else None
        while at is not None:
            u = _UNIT_NAME.match(text, at) or (_LAB.match(text, at) if glued else None) or (_WORDED_UNIT.match(text, at) if not glued else None)
            if u is None or _overlaps(u.start(), u.end(), spans):
                break
            words = u.group().split()
            if u.re is _WORDED_UNIT and any(w in NOT_DESCRIPTORS or w[-1] in _VERBAL_END for w in words[:-1]):
                break
            if u.re is _WORDED_UNIT and _candidate_kind(words[-1]) is None and len(words[-2]) == 3 and words[-2][0] in SURNAMES:
                break  # "(KAIA) 조대연 사업단장": a person and a bare title, not "스마트시티 사업단"
            name = u.group()
            if name in STOP_NAMES - {"연구소", "연구원"} or name in TITLES or len(name) < 3 and not glued or re.match(r"\s?에서(?![가-힣])", text[u.end():u.end() + 4]):
                break  # (a regional office named as the venue is where, not who)
            joiner = "" if glued else " "
            aliases = [f"{m.surface}{joiner}{name}"] if _norm(m.surface) != _norm(m.label) else []
            found.append(Mention(name, u.start(), u.end(), "unit", None, f"{m.label}{joiner}{name}", True, None, aliases, "pattern", m.label))
            spans.append((u.start(), u.end()))
            # "행복청 스마트도시팀과 도시공간정보팀", "…주택과·건축과": more units of the same organisation
            more = re.match(r"(?:과|와|및|,|·|‧)\s?", text[u.end():u.end() + 3]) if not glued else None
            at, glued = (u.end() + more.end(), False) if more else (None, False)
    return found


_SUBUNIT_LIST = re.compile(r"((?:[^\s,()]{2,20}\([^()]{1,20}\)\s?[,·]\s?)+[^\s,()]{2,20}\([^()]{1,20}\))\s?등\s?\d+\s?개\s?"
                           r"(분과위원회|분과|소위원회|실무위원회|작업반|실무반|TF)")


def _listed_subunits(text: str, mentions: list, known: Known | None, furniture) -> tuple[list, list, list]:
    """Subcommittees listed as "name(lead), … 등 N개 분과": each is a body, led by the organisations
    in its parentheses (``도시인프라(국토부), 에너지환경(산업·환경부) 등 3개 분과``; ``산업·환경부`` is
    산업부 and 환경부). Returns the new body mentions, the proposed lead memberships and the mentions.

    A body already in the graph under "NAME 분과" (an alias of the task force's subcommittee) resolves.
    """
    found, proposals, keep = [], [], list(mentions)
    for lst in _SUBUNIT_LIST.finditer(text):
        if _in_spans(lst.start(), furniture):
            continue
        unit = lst.group(2)
        line_start = text.rfind("\n", 0, lst.start()) + 1
        line_end = text.find("\n", lst.end())
        quote = " ".join(text[line_start:line_end if line_end >= 0 else len(text)].split())[:300]
        for item in re.finditer(r"([^\s,()·]{2,20})\(([^()]{1,20})\)", lst.group(1)):
            a, b = lst.start(1) + item.start(1), lst.start(1) + item.end(1)
            name = f"{item.group(1)} {unit}"
            entity = _known_one(known, name)
            if entity is not None:
                body = Mention(text[a:b], a, b, known.kinds.get(entity, "subcommittee"), entity, known.labels.get(entity, name), False)
            else:
                body = Mention(text[a:b], a, b, "subcommittee", None, name, True, None, [], "pattern")
            keep = [m for m in keep if not _overlaps(a, b, [m])]
            found.append(body)
            leads = _lead_names(item.group(2), known)
            if leads:
                proposals.append(Proposal("membership", {"body": body.label, "members": leads, "role": "lead"}, quote,
                                          line_start, line_end))
    return found, proposals, keep


def _resolve_new(mentions: list, known: Known | None) -> None:
    """A new organisation a pattern proposed under a name the graph already has is that entity
    (``연세대`` proposed as 연세대학교, which the registry holds)."""
    for m in mentions:
        if not m.new or m.kind not in ORG_KINDS:
            continue
        entity = _known_one(known, m.label)
        if entity is not None and known.kinds.get(entity) in ORG_KINDS:
            m.entity, m.new, m.kind, m.label, m.source = entity, False, known.kinds[entity], known.labels.get(entity, m.label), "registry"


def _lead_names(inside: str, known: Known | None) -> list[str]:
    """Labels of the organisations written in a parenthesis: ``산업·환경부`` → 산업부, 환경부."""
    parts = [x.strip() for x in re.split(r"[·,/]", inside) if x.strip()]
    suffix = next((sfx for sfx in ("부", "처", "청") if parts and parts[-1].endswith(sfx)), "")
    out = []
    for x in parts:
        entity = _known_one(known, x) or (_known_one(known, x + suffix) if suffix and not x.endswith(suffix) else None)
        if entity is not None:
            out.append(known.labels.get(entity, x))
    return list(dict.fromkeys(out))


_LOCAL_HEAD = re.compile(LOCAL_HEAD)


def _find_patterns(text: str, taken: list[tuple[int, int]], furniture, soft: frozenset = frozenset()) -> list[Mention]:
    """New organisations by their naming patterns. *taken* are the spans already found; a body's name may
    extend over those in *soft* (programmes, zones, places: ``세종 스마트시티 추진본부``,
    ``스마트시티 챌린지사업 추진단``), which the caller then drops."""
    out: list[Mention] = []

    def free(a, b):
        return not any(a < y and x < b for x, y in taken if (x, y) not in soft) and not _in_spans(a, furniture)

    # companies marked ㈜ / (주) / 주식회사
    for m in _COMPANY.finditer(text):
        name = m.group(1) or m.group(2)
        a = m.start(1) if m.group(1) else m.start(2)
        if m.group(1) and len(name) > 3:
            name = _strip_particle_any(name)
        b = a + len(name)
        if len(name) >= 2 and free(a, b):
            out.append(Mention(text[a:b], a, b, "company", None, name, True, None, [], "pattern"))
            taken.append((a, b))
    # foundations and associations marked (재) / (사) / 재단법인 / 사단법인
    for m in _FOUNDATION.finditer(text):
        name = _strip_particle_any(m.group(1))
        a, b = m.start(1), m.start(1) + len(name)
        if len(name) >= 2 and name not in STOP_NAMES and free(a, b):
            out.append(Mention(text[a:b], a, b, _candidate_kind(name) or "organization", None, name, True, None, [], "pattern"))
            taken.append((a, b))
    # tokens ending in an organisation suffix (with up to two descriptive tokens before them)
    tokens = _tokens(text)
    for idx, (a, b, tok) in enumerate(tokens):
        base = _strip_particle(tok)
        kind = _candidate_kind(base)
        bare = kind is None and _bare_body(tok)
        if bare:  # "국가전략 프로젝트 사업단", "스마트시티 융합 얼라이언스": the suffix is a word of its own
            base, kind = bare, _suffix_kind(bare)
        if kind is None:
            country = _country_before(text, tokens, idx)
            if country is not None:
                base = _strip_particle_any(tok)
            ministry = country is not None and len(base) >= 3 and _suffix_kind(base) in ("ministry", "agency") and base not in STOP_NAMES \
                and not base.endswith("정부") \
                and re.fullmatch(r"[가-힣]{3,12}", base) is not None  # "오만 상공부": the country makes a name of a common-looking word
            if country is not None and (ministry or base == "정부" or re.fullmatch(r"[가-힣]{2,8}(시|주)", base)) and not base.endswith("도시") \
                    and free(country, a + len(base)):
                # "말레이시아 셀랑고르주", "싱가포르 정부": a foreign city, state or government
                if base == "정부" or ministry:
                    f_start, f_kind = country, "foreign-government"
                else:
                    f_start, f_kind = a, "foreign-city"
                name = text[f_start:a + len(base)]
                out.append(Mention(name, f_start, a + len(base), f_kind, None, name, True, None, [], "pattern"))
                taken.append((f_start, a + len(base)))
                continue
            # 시청/도청/구청/군청 → the local government
            if re.fullmatch(r"[가-힣]{2,10}(시청|도청|구청|군청)", base):
                gov = base[:-1]
                if _candidate_kind(gov) == "local-government" and free(a, a + len(base)):
                    out.append(Mention(text[a:a + len(base)], a, a + len(base), "local-government", None, METRO_SHORT.get(gov) or gov, True, None, [], "pattern"))
                    taken.append((a, a + len(base)))
            # 부천시장/충청북도지사/강남구청장/양평군수: the head's post names the local government
            head = _LOCAL_HEAD.fullmatch(base) or _LOCAL_HEAD.fullmatch(_strip_particle_any(tok))
            if head and _candidate_kind(head.group(1)) == "local-government" and free(a, a + len(head.group(1))):
                gov = head.group(1)
                out.append(Mention(gov, a, a + len(gov), "local-government", None, METRO_SHORT.get(gov) or gov, True, None, [], "pattern"))
                taken.append((a, a + len(gov)))
            continue
        country = _country_before(text, tokens, idx) if kind in ("ministry", "agency") else None
        if country is not None and free(country, a + len(base)):  # "북아일랜드 투자청", "베트남 건설부": a foreign one
            name = text[country:a + len(base)]
            out.append(Mention(name, country, a + len(base), "foreign-government", None, name, True, None, [], "pattern"))
            taken.append((country, a + len(base)))
            continue
        end = a + len(base)
        start = a
        if kind in ("body", "subcommittee", "council", "task-force", "forum", "unit", "organization"):
            k = idx
            while k > 0 and idx - k < 3:
                pa, pb, ptok = tokens[k - 1]
                gap = text[pb:start]
                if (gap.strip() or "\n" in gap or not ptok or ptok in NOT_DESCRIPTORS or ptok[-1] in _VERBAL_END or ptok.endswith(("별", "형", "인", "려진", "어진", "아진", "해진", "워진"))
                        or _candidate_kind(ptok) or (re.search(r"\d", ptok) and not re.fullmatch(r"\d{1,2}차", ptok))
                        or _person_before_title(text, ptok, a + len(base))):
                    break
                if any(x <= pa < y for x, y in taken if (x, y) not in soft):
                    if kind != "unit" and not (bare and ptok in GENERIC_DESCRIPTORS):
                        break  # (a generic word such as 지자체 may stand in a body's name: 스마트시티 지자체 협의회)
                start = pa
                k -= 1
        if bare and all(t in GENERIC_DESCRIPTORS for t in _TOKEN.findall(text[start:a])):
            continue  # a bare 위원회/협의회/사업단… with nothing naming it ("협력 협의체")
        if base in DISTRICTS and not _acts(text, a + len(base)):
            continue
        country = _country_before(text, tokens, idx)
        if country is not None and kind in ("ministry", "agency"):
            kind, start = "foreign-government", country  # "베트남 건설부": the country is part of its name
        if not free(a, end):
            continue
        name = text[start:end]
        if re.search(r"제\s?\d+\s?(?:회|차)\s?$", text[max(0, start - 8):start]):
            continue  # "제18회 중앙·지방 정책협의회": a meeting, not a body
        if kind == "forum" and _held_forum(text, start, end):
            continue  # "부산서 국제 스마트시티 표준 포럼 개최": an event
        if start < a and not free(start, a) and not bare:
            # the descriptor is a known entity: keep it as the parent, propose the body on its own
            name, start = text[a:end], a
        label = METRO_SHORT.get(name.replace(" ", "")) or (name[:-3] + "시" if kind == "local-government" and name.endswith("특례시") else name)
        acr = _PAREN_ACRONYM.match(text[end:end + 16])
        aliases = [acr.group(1)] if acr else []
        if label != name:
            aliases.append(name)
        country, _, own = name.partition(" ")
        if own and country in COUNTRIES and kind not in ("ministry", "agency", "foreign-government"):
            aliases.append(own)  # "영국 오픈 데이터 인스티튜트": the country may or may not be part of the name
        out.append(Mention(text[start:end], start, end, kind, None, label, True, None, aliases, "pattern"))
        taken.append((start, end))
    return out


_VENUE_AFTER = re.compile(r"\s?(?:[가-힣]{1,4}\s)?[가-힣]{0,4}(?:회의실|회의장|강당|컨퍼런스룸|세미나실|본사|사옥|청사|지역본부|본부)\s?에서(?![가-힣])")


def _is_venue(text: str, m: Mention) -> bool:
    """True when new organisation *m* only names where something happens (``대한상공회의소 중회의실에서``,
    ``… 서울지역본부에서``): the rooms and offices of a host are not a party. Known entities stay."""
    if not m.new or m.kind not in ORG_KINDS:
        return False
    if (m.kind == "unit" or m.label.endswith(("컨벤션센터", "전시컨벤션센터", "센터", "회관", "전시장", "홀"))) \
            and re.match(r"\s?에서(?![가-힣])", text[m.end:m.end + 4]):
        return True  # "대전컨벤션센터에서": the place, not a party
    return _VENUE_AFTER.match(text, m.end) is not None


_EVENT_CUES = re.compile(r"개최|열린|열리는|열렸|열릴|열고|개막|폐막|세션|참석|연사|기조연설|강연|주제발표|행사|올해로|참가|초청")
_BODY_CUES = re.compile(r"회장|의장|위원장|출범|창립|발족|회원|가입|사무국|공동대표|운영위원|분과|협약|MOU")


def _event_forums(text: str, mentions: list) -> list:
    """The new forums that are events, not bodies (``한-아프리카 인프라 포럼이 열렸다``): a forum whose sentences
    speak of holding and attending it (개최, 열린, 참석, 세션 …), or numbered (``제3회``) or dated (``2024``), and
    never of its members or officers (회장, 출범, 회원 …), which a standing forum has (``5G포럼 회장``).
    Returns the mentions without them.

    >>> ms = [Mention("인프라 포럼", 4, 10, "forum", None, "인프라 포럼", True, None, [], "pattern")]
    >>> _event_forums("한-아프리카 인프라 포럼이 서울에서 열렸다.", ms)
    []
    """
    def sentence(m):
        return text[max(text.rfind("\n", 0, m.start), text.rfind(". ", 0, m.start)) + 1:_sentence_end(text, m.end)]

    by_label: dict[str, list] = {}
    for m in mentions:
        if m.new and m.parent is None and m.kind in ORG_KINDS and re.search(r"(?:포럼|Forum)$", m.label):
            by_label.setdefault(m.label, []).append(m)
    events = set()
    for label, ms in by_label.items():
        said = [sentence(m) for m in ms]
        numbered = any(re.search(r"(?:제\s?\d+\s?회|20\d\d|\d+차)\s?['‘\"“]?$", text[max(0, m.start - 8):m.start]) for m in ms)
        hosts = any(re.match(r"['’\"”]?\s?(?:이|가|은|는)\s?(?:주최|주관)", text[m.end:m.end + 8]) for m in ms)  # "‘국회 … 포럼’이 주최하고"
        if not hosts and not any(_BODY_CUES.search(x) for x in said) and (numbered or any(_EVENT_CUES.search(x) for x in said)):
            events.add(label)
    # the same event by a shorter name ("이번 인프라 포럼은" after "한-아프리카 인프라 포럼")
    events |= {label for label in by_label if any(e != label and e.replace(" ", "").endswith(label.replace(" ", "")) for e in events)}
    drop = {id(m) for label in events for m in by_label[label]}
    return [m for m in mentions if id(m) not in drop]


_FACILITY = re.compile(r"(?:관제|운영|컨벤션|통합)센터$")
#: What a centre that is a body does (research, cooperation, support, innovation …); a 센터 without one of these words
#: and without an owner is a facility (``책문화센터``, ``교통정보센터``, ``공공데이터 분석센터``).
_CENTRE_BODY = re.compile(r"연구|협력|지원|혁신|진흥|기술|개발|IT|디지털|거점")


def _is_facility(m: Mention) -> bool:
    """True when new organisation *m* is a facility named on its own (``CCTV통합관제센터``, ``스마트도시
    통합운영센터``, ``대전컨벤션센터``, ``책문화센터``): a control room, a hall or a service point that a government or
    a company runs, not a party (a centre for research, cooperation or support is a body: ``미래차연구센터``).
    Written after its owner (``세종특별자치시 CCTV 통합관제센터``) it is that one's unit and stays.

    >>> _is_facility(Mention("CCTV통합관제센터", 0, 11, "organization", None, "CCTV통합관제센터", True, None, [], "pattern"))
    True
    """
    if not m.new or m.parent is not None or m.kind == "unit":
        return False
    label = m.label.replace(" ", "")
    return _FACILITY.search(label) is not None or (m.source == "pattern" and label.endswith("센터") and not _CENTRE_BODY.search(label))


def _is_address(text: str, m: Mention) -> bool:
    """True when local government *m* only starts an address or names a site (``서울시 강남구 …에서``,
    ``세종특별자치시 국책연구원로 5``, ``세종시에 위치한``), groups others (``경기도 내 16개 시군``),
    or qualifies the city after it (``경기도 성남시``, ``경기도 시흥``: the city is meant)."""
    if m.kind != "local-government":
        return False
    if _ADDRESS_AFTER.match(text, m.end) is not None:
        return True
    if (m.surface.endswith(("도", "시")) and re.match(r"\s(?:내|관내|지역|일대|\d+\s?개)(?![가-힣])", text[m.end:m.end + 8])) \
            or text[max(0, m.start - 4):m.start] == "(이상 ":
        return True  # "경기도 내 16개 시군", "경기도 5개 지자체", "(이상 경기도)": a region that groups others
    nxt = re.match(r" ([가-힣]{2,8})", text[m.end:m.end + 10])
    city = _strip_particle(nxt.group(1)) if nxt else ""
    if m.label.endswith("도") and nxt and (nxt.group(1) in CITIES or city in CITIES):
        return True  # "경기도 시흥 배곧신도시", "경기도 고양 킨텍스": the province names the city's
    return city.endswith(("시", "군")) and _candidate_kind(city) == "local-government"
