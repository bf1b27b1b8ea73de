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
import unicodedata
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import AuthoringError
from .textio import TextInput

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

PARTICLE_STARTS = set("은는이가을를의와과에도로으만까께랑나엔서며및등측간장들처부하")
SURNAMES = set("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사라빈피계판팽견")
TITLES = {
    "장관": "minister", "차관": "vice-minister", "제1차관": "vice-minister", "제2차관": "vice-minister", "원장": "president",
    "교수": "professor", "센터장": "director", "연구원": "researcher", "관리원": "staff", "사장": "head", "청장": "head",
    "위원장": "head", "단장": "head", "시장": "head", "도지사": "head", "지사": "head", "이사장": "head", "총장": "head",
    "회장": "head", "대표": "head", "본부장": "head", "실장": "staff", "국장": "staff", "과장": "staff", "팀장": "staff",
    "사무관": "staff", "부원장": "staff", "부사장": "staff", "차장": "staff", "소장": "head", "처장": "head",
    "총괄계획가": "member", "의장": "head", "그룹장": "head", "사무총장": "head", "사무국장": "staff", "부시장": "staff",
    "부지사": "staff", "사업단장": "head", "추진단장": "head", "공동대표": "head", "대표이사": "head",
    "부장": "staff", "이사": "staff", "상무": "staff", "전무": "staff", "연구위원": "researcher", "책임연구원": "researcher",
    "선임연구원": "researcher", "수석연구원": "researcher", "박사": "researcher", "교수팀": "professor",
}
_TITLE_ALT = "|".join(sorted(TITLES, key=len, reverse=True))

ORG_SUFFIXES = ("위원회", "특별위원회", "공사", "공단", "진흥원", "연구원", "연구소", "재단", "협회", "협의체", "협의회",
                "추진단", "지원단", "사업단", "기획단", "얼라이언스", "포럼", "대학교", "대학", "본부", "평가원", "정보원",
                "개발원", "기술원", "학회", "연합회", "조합", "센터", "컨소시엄", "경찰서", "소방서", "테크노파크", "대사관", "영사관", "그룹")
SUFFIX_KIND = [
    ("특별위원회", "subcommittee"), ("위원회", "body"), ("협의체", "council"), ("협의회", "council"), ("얼라이언스", "council"),
    ("추진단", "task-force"), ("지원단", "task-force"), ("사업단", "task-force"), ("기획단", "task-force"),
    ("포럼", "forum"), ("공사", "public-enterprise"), ("공단", "public-agency"), ("진흥원", "public-agency"),
    ("평가원", "public-agency"), ("정보원", "public-agency"), ("개발원", "public-agency"), ("연구원", "research-institute"),
    ("연구소", "research-institute"), ("기술원", "research-institute"), ("대학교", "university"), ("대학", "university"),
    ("재단", "organization"), ("협회", "organization"), ("연합회", "organization"), ("컨소시엄", "organization"),
    ("경찰서", "agency"), ("소방서", "agency"), ("테크노파크", "public-agency"), ("대사관", "foreign-government"),
    ("영사관", "foreign-government"), ("그룹", "company"), ("학회", "organization"), ("조합", "organization"), ("센터", "organization"), ("본부", "unit"),
    ("부", "ministry"), ("처", "agency"), ("청", "agency"),
]
STOP_NAMES = {
    "정부", "중앙정부", "지방정부", "본부", "내부", "외부", "일부", "전부", "세부", "간부", "지부", "학부", "부처", "관계부처",
    "유관부처", "범부처", "대처", "근처", "출처", "요청", "신청", "초청", "경청", "청취", "공사", "건설공사", "시설공사",
    "연구원", "책임연구원", "선임연구원", "수석연구원", "연구소", "위원회", "협의체", "대학", "대학교", "재단", "협회", "포럼",
    "센터", "추진단", "지원단", "연구기관", "공공기관", "기관", "각부처", "타부처", "소관부처", "주관부처", "담당부처", "관련부처",
    "동위원회", "해당위원회", "본위원회", "각위원회", "분과위원회", "지원센터", "데이터센터", "통합센터", "컨트롤센터",
    "운영센터", "전시장", "개발공사", "착공사", "도로공사", "도시공사", "신도시", "정보원", "평가원", "조합", "학회", "일대학",
    "대학원", "본부장", "사업본부", "해외연구원", "객원연구원", "전문연구원", "민간연구원", "지역연구원", "정부출연연구원",
    "출연연구원", "각연구원", "국책연구원", "시도연구원", "지방연구원", "산하기관", "협력센터", "통합플랫폼센터", "특별위원회",
    "협의회", "사업단", "기획단", "얼라이언스", "기술원", "연합회", "진흥회", "지방정부", "실무협의회", "운영위원회", "컨소시엄", "소방서", "경찰서", "테크노파크", "대사관", "영사관", "그룹", "연구그룹", "그룹장", "종합공부", "부동산종합공부",
    "건축공사", "토목공사", "조성공사", "기반공사", "부지조성공사", "전기공사", "설비공사", "정비공사", "보수공사", "본공사",
    "통합관리센터", "관제센터", "통합관제센터", "통합운영센터", "운영관리센터", "홍보센터", "고객센터", "콜센터", "상황센터",
    "광역센터", "체육센터", "법정협회", "경제부", "사회부", "정치부", "국제부", "편집부", "취재부", "발주처", "평가위원회", "심사위원회", "선정위원회", "아키텍처", "인프라스트럭처", "벤처", "어드벤처", "피처", "캡처", "텍스처", "컬처", "스트럭처",
}
#: Words that never open an organisation's name: a body's name is not extended over them
#: ("국토교통과학기술진흥원 산하 융합얼라이언스지원단" proposes 융합얼라이언스지원단).
NOT_DESCRIPTORS = {"산하", "소속", "직속", "및", "또는", "각", "관련", "해당", "신규", "이번", "올해", "지난해", "현재", "기존",
                   "새", "신설", "전국", "국내", "해외", "전", "현", "등", "위한", "통한", "대한", "함께", "이른바", "일명",
                   "내년", "향후", "앞으로", "최근", "당시", "이날", "오늘", "이후", "본", "동", "분야", "부문", "가운데", "중",
                   "통해", "위해", "따라", "대해", "이하", "약칭", "특히", "또한", "아울러", "한편", "이어", "이에", "그리고", "또"}
#: Words that alone do not name a body: "협력 협의체", "공공기관 협의체" are descriptions.
GENERIC_DESCRIPTORS = {"협력", "공동", "실무", "민관", "관계기관", "공공기관", "연구기관", "전문가", "합동", "정책", "자문",
                       "운영", "추진", "지원", "소통", "상생", "협의", "관계부처", "지자체", "기관", "기업", "산학연", "산학",
                       "민관산학", "컨소시엄", "산학협력", "산관학"}
#: An address or site after a local government's name: the city is where, not who
#: ("서울시 강남구 …에서", "세종시 세종5-1 생활권").
_ADDRESS_AFTER = re.compile(r"\s?(?:[가-힣]{1,5}(?:구|군)(?![가-힣])|[가-힣0-9\-]{1,12}\s?(?:생활권|일대|일원)|(?:일대|일원|소재)"
                            r"|\s[가-힣A-Za-z0-9]{2,12}에서(?![가-힣]))")
PROVINCES = {"경기도", "강원도", "충청북도", "충청남도", "전라북도", "전라남도", "경상북도", "경상남도", "제주특별자치도",
             "강원특별자치도", "전북특별자치도"}
CITIES = set("""수원 성남 고양 용인 부천 안산 안양 남양주 화성 평택 의정부 시흥 파주 김포 광명 군포 하남 오산 이천 안성
의왕 양주 구리 포천 동두천 과천 여주 춘천 원주 강릉 동해 태백 속초 삼척 청주 충주 제천 천안 공주 보령 아산 서산 논산 계룡
당진 전주 군산 익산 정읍 남원 김제 목포 여수 순천 나주 광양 포항 경주 김천 안동 구미 영주 영천 상주 문경 경산 창원 진주
통영 사천 김해 밀양 거제 양산 제주 서귀포""".split())
#: Counties (군) and autonomous districts (구): local governments too, but proposed only when the
#: text has them act (``성동구는``, ``달성군·``), never as the middle of an address.
DISTRICTS = set("""가평군 양평군 연천군 홍천군 횡성군 영월군 평창군 정선군 철원군 화천군 양구군 인제군 고성군 양양군 보은군
옥천군 영동군 증평군 진천군 괴산군 음성군 단양군 금산군 부여군 서천군 청양군 홍성군 예산군 태안군 완주군 진안군 무주군 장수군
임실군 순창군 고창군 부안군 담양군 곡성군 구례군 고흥군 보성군 화순군 장흥군 강진군 해남군 영암군 무안군 함평군 영광군 장성군
완도군 진도군 신안군 군위군 의성군 청송군 영양군 영덕군 청도군 고령군 성주군 칠곡군 예천군 봉화군 울진군 울릉군 의령군 함안군
창녕군 남해군 하동군 산청군 함양군 거창군 합천군 기장군 달성군 강화군 옹진군 울주군 종로구 용산구 성동구 광진구 동대문구 중랑구
성북구 강북구 도봉구 노원구 은평구 서대문구 마포구 양천구 강서구 구로구 금천구 영등포구 동작구 관악구 서초구 강남구 송파구 강동구
영도구 부산진구 동래구 해운대구 사하구 금정구 연제구 수영구 사상구 수성구 달서구 미추홀구 연수구 남동구 부평구 계양구 광산구
유성구 대덕구""".split())
#: Countries (and regions) whose name before a ministry, a government or a city makes it foreign.
COUNTRIES = set("""미국 중국 일본 영국 프랑스 독일 이탈리아 스페인 네덜란드 벨기에 스위스 스웨덴 핀란드 덴마크 노르웨이 오스트리아
폴란드 체코 헝가리 러시아 우크라이나 터키 튀르키예 이스라엘 사우디아라비아 사우디 아랍에미리트 UAE 카타르 쿠웨이트 이란 이라크
이집트 케냐 에티오피아 남아공 나이지리아 인도 파키스탄 방글라데시 스리랑카 네팔 몽골 카자흐스탄 우즈베키스탄 베트남 태국 캄보디아
라오스 미얀마 말레이시아 싱가포르 인도네시아 필리핀 브루나이 호주 뉴질랜드 캐나다 멕시코 브라질 아르헨티나 칠레 페루 콜롬비아
에콰도르 볼리비아 파라과이 코스타리카 파나마 대만 홍콩 카탈루냐 까탈루냐""".split())
METRO_SHORT = {"서울시": "서울특별시", "부산시": "부산광역시", "대구시": "대구광역시", "인천시": "인천광역시",
               "대전시": "대전광역시", "울산시": "울산광역시", "세종시": "세종특별자치시", "광주시": None}

FURNITURE = [
    re.compile(r"(?<!\d)0\d{1,2}[)\-.\s]\s?\d{3,4}[-.\s]\d{4}(?!\d)"),  # phone / fax numbers
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),  # e-mail
    re.compile(r"(전화|팩스|FAX|Fax|TEL|Tel|☎|문의\s*:|담당자\s*:|담당\s*:)"),
    re.compile(r"(무단\s*전재|재배포|저작권|copyright|Copyright|COPYRIGHT|©|ⓒ|All rights reserved)"),
    re.compile(r"(^|\s)[가-힣]{2,4}\s*기자(\s|$|[=|])|=\s*[가-힣]{2,4}\s*기자|기자\s*=|\[[^\]]*기자\]"),
    re.compile(r"(\[사진|사진\s*=|^\s*▲|^\s*\(사진|제공\]|\[사진\])"),
    re.compile(r"(\d+\s*[AP]M\s*~|평일\s|토/일|휴무|입력\s*20\d\d|수정\s*20\d\d|>\s*\S+\s*>)"),
]
CUES = {
    "host": re.compile(r"주\s*최"), "organiser": re.compile(r"주\s*관"), "chair": re.compile(r"주재"),
    "participant": re.compile(r"참\s*석|참여하였|참가"), "agreement": re.compile(r"MOU|업무\s*협약|양해\s*각서|협약\s*을?\s*체결|협약식|협력\s*협약"),
    "speaker": re.compile(r"환영사|축사|기조\s*연설|발표하"), "designation": re.compile(r"지정|선정"),
}
WEEKDAY = r"(?:\(\s*[월화수목금토일]\s*\))"
DATE_PATTERNS = [
    ("ymd", re.compile(r"(?<!\d)(20\d\d|19\d\d)\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")),
    ("ymd", re.compile(r"(?<![\d.])(20\d\d)\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})(?!\d)")),
    ("ymd2", re.compile(r"['‘’](\d\d)\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})(?!\d)")),
    ("ym2", re.compile(r"['‘’](\d\d)\s*\.\s*(\d{1,2})(?![\d.])")),
    ("md", re.compile(r"(?<![\d.])(\d{1,2})\s*월\s*(\d{1,2})\s*일")),
    ("md", re.compile(r"(?<![\d.'‘’])(\d{1,2})\.\s?(\d{1,2})\s*(?:" + WEEKDAY + r"|일)")),
]


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


ORG_KINDS = {"ministry", "agency", "presidential-committee", "research-institute", "government-research-institute",
             "regional-research-institute", "public-enterprise", "public-agency", "local-government", "university", "company",
             "international-organization", "foreign-government", "foreign-city", "organization", "unit", "task-force",
             "subcommittee", "council", "forum", "body"}


# --------------------------------------------------------------------------------------------
# Gazetteers
# --------------------------------------------------------------------------------------------

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


@dataclass
class Known:
    """What the extractor knows about the graph: names → entities, kinds, labels."""

    names: dict[str, set[str]]
    kinds: dict[str, str]
    labels: dict[str, str]
    exact: dict[str, set[str]]  # normalised key → original spellings (for case-sensitive acronyms)
    post_in: dict[str, str] = field(default_factory=dict)


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


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------

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


_WIRE_BYLINE = re.compile(r"^\s*(?:(?:\[[^\]]{1,20}\]\s*)?[가-힣]{2,4}\s*기자\s*=|[\[(【][^\]\)】]{1,30}\s[가-힣]{2,4}\s*기자[\])】])\s*")


def _furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of page furniture: whole lines, except that a news-wire byline opening a paragraph
    ("[매체] 홍길동 기자 = 본문…", "[국토경제신문 홍길동 기자] 본문…") is furniture only up to the body."""
    spans, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        wire = _WIRE_BYLINE.match(line)
        if wire and not any(p.search(line[wire.end():]) for p in FURNITURE):
            spans.append((pos, pos + wire.end()))
        elif line.strip() and any(p.search(line) for p in FURNITURE):
            spans.append((pos, end))
        pos = end + 1
    return spans


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


# --------------------------------------------------------------------------------------------
# Matching known names (registry and gazetteer)
# --------------------------------------------------------------------------------------------

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
    if _is_hangul(first) and _is_hangul(before):
        return False
    if _is_word(last) and (_is_word(after) or after in "+&"):
        return False
    if _is_hangul(last) and _is_hangul(after) and after not in PARTICLE_STARTS:
        return False
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


# --------------------------------------------------------------------------------------------
# New organisations and people from patterns
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[가-힣A-Za-z0-9·‧・&+\-]+")
_DOTS = "·‧・"  # middle dot, hyphenation point, katakana middle dot: all written between list items
_COMPANY = re.compile(r"(?:㈜|\(주\)|주식회사)\s?([가-힣A-Za-z0-9&]+(?:\s?[A-Z0-9&]+)?)|([가-힣A-Za-z0-9&]{2,})(?:㈜|\(주\))")
_PAREN_ACRONYM = re.compile(r"^\(\s*([A-Za-z][A-Za-z0-9&\-]{1,11}|[가-힣]{2,4})\s*\)")
_PERSON_AFTER = re.compile(r"(?<![가-힣])([가-힣]{3})\s?(" + _TITLE_ALT + r")(?![가-힣]{2})")
_PERSON_PAREN = re.compile(r"\(\s*(" + _TITLE_ALT + r")\s+([가-힣]{2,4})\s*\)")
_NAME_TITLE_PAREN = re.compile(r"([가-힣]{3})\s?(" + _TITLE_ALT + r")\s*\(([^)]{2,30})\)")
_VERBAL_END = set("한은는를을의에서고며여해된할던로과와이가도께엔자면")


def _suffix_kind(name: str) -> str | None:
    for suffix, kind in SUFFIX_KIND:
        if name.endswith(suffix):
            return kind
    return None


def _strip_particle(token: str) -> str:
    for p in ("에서는", "에서의", "에서도", "에서", "과의", "와의", "으로", "에게", "께서", "까지", "부터", "처럼", "이며", "이고", "이다",
              "와", "과", "은", "는", "이", "가", "을", "를", "의", "에", "도", "로", "만", "측", "들", "등"):
        if token.endswith(p) and len(token) - len(p) >= 2:
            base = token[: -len(p)]
            if _candidate_kind(base):
                return base
    return token


#: Body suffixes that are words of their own in multi-word names ("스마트시티 융합 얼라이언스").
BARE_BODY_SUFFIXES = {"위원회", "특별위원회", "협의체", "협의회", "추진단", "지원단", "사업단", "기획단", "얼라이언스", "포럼", "컨소시엄"}


_PARTICLES = ("에서는", "에서", "과의", "와의", "으로", "에는", "와", "과", "은", "는", "이", "가", "을", "를", "의", "에", "도", "로")


def _strip_particle_any(token: str) -> str:
    """*token* without a trailing particle (``정부가`` → ``정부``), whatever the rest is."""
    for p in _PARTICLES:
        if token.endswith(p) and len(token) - len(p) >= 2:
            return token[: -len(p)]
    return token


def _bare_body(token: str) -> str | None:
    """The body suffix *token* is, particles stripped (``사업단은`` → ``사업단``), or None."""
    if token in BARE_BODY_SUFFIXES:
        return token
    base = _strip_particle_any(token)
    return base if base in BARE_BODY_SUFFIXES else None


_QUOTED = re.compile(r"[‘'“\"「『]([^’'”\"」』\n]{4,40}?)[’'”\"」』]")
#: Suffixes of a body's name written in quotes (‘스마트시티 국가 시범도시 세종·부산 추진단’).
QUOTED_SUFFIXES = (*ORG_SUFFIXES, "기구", "TF", "태스크포스")  # …네트워크/…연합 only with an acronym


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
                inner.endswith(QUOTED_SUFFIXES) or (acr and inner.endswith(("네트워크", "연합")))):
            continue
        inside = [m for m in mentions if a <= m.start and m.end <= b]
        if any((m.kind in ORG_KINDS and not acr) or (m.start, m.end) == (a, b) for m in inside):
            continue  # (with its own acronym, ‘아세안 스마트시티 네트워크(ASCN)’ is one body even so)
        if any(m.start < b and a < m.end for m in mentions if m not in inside):
            continue
        kind = _suffix_kind(inner.replace(" ", "")) or "body"
        if kind in ("ministry", "agency", "unit"):
            kind = "body"
        found.append(Mention(text[a:b], a, b, kind, None, text[a:b], True, None, [acr.group(1)] if acr else [], "pattern"))
        drop.update(id(m) for m in inside)
    return found, [m for m in mentions if id(m) not in drop]


#: Short names of the metropolitan governments and provinces, as lists write them ("서울·부산 등 12개 지자체").
REGION_SHORT = {"서울": "서울특별시", "부산": "부산광역시", "대구": "대구광역시", "인천": "인천광역시", "광주": "광주광역시",
                "대전": "대전광역시", "울산": "울산광역시", "세종": "세종특별자치시", "제주": "제주특별자치도", "경기": "경기도",
                "강원": "강원도", "충북": "충청북도", "충남": "충청남도", "전북": "전라북도", "전남": "전라남도", "경북": "경상북도",
                "경남": "경상남도"}
_LOCAL_LIST = re.compile(r"((?:[가-힣]{2,7}(?:\s[가-힣]{2,7})?\s?[·‧,]\s?)*[가-힣]{2,7}(?:\s[가-힣]{2,7})?)\s?등\s?(?:[가-힣]{1,4}\s?)?\d+\s?(?:개|곳)\s?"
                         r"(?:지자체|지방자치단체|광역자치단체|기초자치단체|시·도|시도|지방정부|도시|시·군|시군|지역)?")


def _listed_local_governments(text: str, mentions: list, furniture) -> tuple[list, list]:
    """Local governments in a list closed by "등 N개 지자체/시·도/도시": short names count
    (``서울·부산·세종 등 12개 지자체``: 세종 is the city here, not the zone)."""
    found, drop = [], set()
    for lst in _LOCAL_LIST.finditer(text):
        if _in_spans(lst.start(), furniture):
            continue
        if not re.search(r"(?:개|곳)\s?(?:지자체|지방자치단체|광역자치단체|기초자치단체|시·도|시도|지방정부|도시|시·군|시군|지역)|\d+\s?곳",
                         lst.group()):
            continue  # "등 4개 기관" lists something else
        for item in re.finditer(r"[가-힣]{2,7}(?=\s?[·‧,]|\s?등|$)", lst.group(1)):
            a, b = lst.start(1) + item.start(), lst.start(1) + item.end()
            name = item.group()
            label = REGION_SHORT.get(name) or METRO_SHORT.get(name) or (name if _candidate_kind(name) == "local-government" else None)
            if label is None and name + "시" in {c + "시" for c in CITIES}:
                label = name + "시"
            if label is None:
                continue
            here = [m for m in mentions if m.start < b and a < m.end]
            if any(m.kind in ORG_KINDS for m in here):
                continue  # already found as an organisation
            drop.update(id(m) for m in here)
            found.append(Mention(text[a:b], a, b, "local-government", None, label, True, None, [], "pattern"))
    return found, [m for m in mentions if id(m) not in drop]


_UNIVERSITY_LIST = re.compile(r"대학\s?\(([^()\n]{3,160})(?:\)|(?=\n)|$)")  # a cut text may never close it


_REGION_UNIVERSITY = re.compile(r"(?<![가-힣])(서울|부산|경북|경남|경상|전남|전북|충남|충북|강원|제주|인천|대구|광주|대전|울산|창원|공주|목포|순천|"
                                r"안동|군산|강릉|한밭|부경|전주|청주|춘천|원주|경희|고려|연세|한양|중앙|건국|동국|국민|숭실|아주|인하|단국|홍익)대"
                                r"(?=[은는이가와과도의에을를로\s,·)]|$)")


def _region_universities(text: str, mentions: list, furniture) -> list:
    """Universities by their usual short name, ``부산대``, ``경북대``, ``아주대`` → 부산대학교 …"""
    found = []
    for m in _REGION_UNIVERSITY.finditer(text):
        a, b = m.start(), m.end()
        if _in_spans(a, furniture) or any(x.start < b and a < x.end for x in mentions + found):
            continue
        found.append(Mention(text[a:b], a, b, "university", None, text[a:b] + "학교", True, None, [text[a:b]], "pattern"))
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
            if any(m.start < b and a < m.end for m in mentions):
                continue
            label = name if name.endswith("대학교") else name + "학교"
            found.append(Mention(text[a:b], a, b, "university", None, label, True, None, [name] if name != label else [], "pattern"))
    return found


def _shared_suffix_names(text: str, mentions: list, known: Known | None, furniture) -> tuple[list, list]:
    """The first of two names sharing a suffix: ``세종·부산시`` (세종시, 부산시), ``산업·환경부`` (산업부, 환경부).

    The first part becomes a mention of its own (a known entity, a metropolitan city, or a city of
    the list); a zone or place that matched it (세종) was part of this name.
    """
    found, drop = [], set()
    for pair in re.finditer(f"(?<![가-힣])([가-힣]{{2,4}})[{_DOTS}]([가-힣]{{1,6}}(시|도|부|처|청))(?![가-힣])", text):
        a, b, suffix = pair.start(1), pair.end(1), pair.group(3)
        if _in_spans(a, furniture):
            continue
        name = pair.group(1) + suffix
        here = [m for m in mentions if m.start < b and a < m.end]
        if any(m.kind in ORG_KINDS for m in here):
            continue
        entity = _known_one(known, name)
        if entity is not None and known.kinds.get(entity) in ORG_KINDS:
            found.append(Mention(text[a:b], a, b, known.kinds[entity], entity, known.labels.get(entity, name), False))
        elif METRO_SHORT.get(name) or _candidate_kind(name) == "local-government":
            found.append(Mention(text[a:b], a, b, "local-government", None, METRO_SHORT.get(name) or name, True, None, [], "pattern"))
        else:
            continue
        drop.update(id(m) for m in here)
    return found, [m for m in mentions if id(m) not in drop]


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
_COMPANY_TITLES = {"대표", "회장", "사장", "부사장", "대표이사"}


def _affiliations(text: str, mentions: list, furniture) -> list:
    """Organisations named between a person and a title: ``곽영호 아이티윈 대표``, ``최형림 동아대 교수``,
    ``주영창 차세대기술융합연구원장`` (the head of 차세대기술융합연구원)."""
    found: list = []
    spans = [(m.start, m.end) for m in mentions]

    def add(a, b, name, title):
        if _in_spans(a, furniture) or any(x < b and a < y for x, y in spans):
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
        if m.group(1)[0] in SURNAMES and m.group(1) not in NOT_DESCRIPTORS and not _candidate_kind(m.group(1)):
            add(m.start(2), m.end(2), m.group(2), m.group(3))
    for m in _NAME_ORGHEAD.finditer(text):
        if m.group(1)[0] in SURNAMES and m.group(1) not in NOT_DESCRIPTORS:
            add(m.start(2), m.end(2), m.group(2), "장")
    for m in _ORG_NAME_TITLE.finditer(text):  # 가천대 홍준희 교수, K-water 최광묵 과장
        if m.group(2)[0] in SURNAMES and m.group(2) not in NOT_DESCRIPTORS and m.group(2) not in GENERIC_DESCRIPTORS \
                and not _candidate_kind(m.group(2)) and m.group(1) not in NOT_DESCRIPTORS and not m.group(1)[0].isdigit():
            add(m.start(1), m.end(1), m.group(1), m.group(3))
    return found


_MEMBER_LIST = re.compile(r"((?:[^\s,()·‧]{2,15}(?: [A-Z][A-Za-z0-9+&]{1,8})?\s?[,·‧]\s?){2,}[^\s,()·‧]{2,15}(?: [A-Z][A-Za-z0-9+&]{1,8})?)"
                          r"\s?등\s?(?:[가-힣]{1,4}\s?)?\d+\s?(?:개|곳|개사)")


def _list_members(text: str, mentions: list, furniture) -> list:
    """Unknown names in a list of organisations closed by "등 N개": ``LG CNS, LGU+, KB증권, 한양 등 13개``.

    When at least two items of the list are organisations already found and they are the majority,
    the other items are organisations too: companies when the known ones are companies.
    """
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for lst in _MEMBER_LIST.finditer(text):
        if _in_spans(lst.start(), furniture):
            continue
        items = [(lst.start(1) + x.start(), lst.start(1) + x.end(), x.group().strip())
                 for x in re.finditer(r"[^,·‧]+", lst.group(1)) if x.group().strip()]
        items = [(a + (len(t) - len(t.lstrip())), a + (len(t) - len(t.lstrip())) + len(t.strip()), t.strip()) for a, _b, t in items]
        orgs = [next((m for m in mentions if m.kind in ORG_KINDS and m.start < b and a < m.end), None) for a, b, _t in items]
        known = [m for m in orgs if m is not None]
        if len(known) < 2 or len(known) * 2 < len(items):
            continue
        kinds = [m.kind for m in known]
        kind = "company" if kinds.count("company") * 2 >= len(kinds) else "organization"
        for (a, b, name), org in zip(items, orgs):
            name = _strip_particle_any(name) if not name.isascii() else name
            b = a + len(name)
            if org is not None or any(x < b and a < y for x, y in spans) or name in STOP_NAMES or name in GENERIC_DESCRIPTORS \
                    or re.search(r"\d{2,}|[가-힣]+(?:시|군|구|도)$", name) or len(name) < 2:
                continue
            found.append(Mention(text[a:b], a, b, kind, None, name, True, None, [], "pattern"))
            spans.append((a, b))
    return found


_COMPANY_LIST = re.compile(r"((?:[A-Za-z0-9가-힣&+]{2,15}\s?[,·‧]\s?){1,}[A-Za-z0-9가-힣&+]{2,15})\s?등(?: [^\s.,]{1,10}){0,5} (?:기업|업체|회사|스타트업|벤처기업)")
#: Fields of technology, which lists of companies' specialities share the shape of.
TECH_WORDS = {"블록체인", "클라우드", "인공지능", "빅데이터", "사물인터넷", "드론", "자율주행", "로봇", "메타버스", "디지털트윈",
              "모빌리티", "에너지", "바이오", "핀테크", "플랫폼", "보안", "데이터", "통신", "반도체", "소프트웨어", "5G", "AI", "IoT",
              "ICT", "VR", "AR", "XR", "GIS", "BIM", "CCTV", "스마트홈", "전기차", "수소", "배터리", "이차전지", "스마트팜",
              "헬스케어", "스마트그리드", "신재생에너지", "물관리", "스마트물류"}


def _listed_companies(text: str, mentions: list, furniture) -> list:
    """Names listed before "등 … 기업": ``CJ올리브네트웍스, 셀바스AI, 위지윅스튜디오 등 … 스마트 기술 기업``."""
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for lst in _COMPANY_LIST.finditer(text):
        if _in_spans(lst.start(), furniture):
            continue
        for item in re.finditer(r"[A-Za-z0-9가-힣&+]{2,15}", lst.group(1)):
            a, b, name = lst.start(1) + item.start(), lst.start(1) + item.end(), item.group()
            if any(x < b and a < y for x, y in spans) or name in STOP_NAMES or name in GENERIC_DESCRIPTORS or name in TECH_WORDS \
                    or name in NOT_DESCRIPTORS or (name[-1] in _VERBAL_END and not name.isascii()) or _candidate_kind(name):
                continue
            found.append(Mention(name, a, b, "company", None, name, True, None, [], "pattern"))
            spans.append((a, b))
    return found


_METRO_DISTRICT = re.compile(r"(서울|부산|대구|인천|광주|대전|울산)(?:특별시|광역시|시)? ([가-힣]{1,4}구)(?=[은는이가와과도의에을를로,·‧)]|\s(?:및|등)|$)")


def _metro_districts(text: str, mentions: list, furniture) -> tuple[list, list]:
    """A metropolitan city's district that acts: ``인천 서구``, ``광주 동구`` → 인천광역시 서구 (서구 alone is ambiguous)."""
    found, drop = [], set()
    for m in _METRO_DISTRICT.finditer(text):
        if _in_spans(m.start(), furniture) or not _acts(text, m.end()):
            continue
        a, b = m.start(), m.end()
        here = [x for x in mentions if x.start < b and a < x.end]
        if any(x.entity for x in here):
            continue
        drop.update(id(x) for x in here)
        label = f"{REGION_SHORT[m.group(1)]} {m.group(2)}"
        found.append(Mention(text[a:b], a, b, "local-government", None, label, True, None, [m.group(2)], "pattern"))
    return found, [x for x in mentions if id(x) not in drop]


#: Last words of a division's name: 도시정책과, ICT융합과, 국가시범도시팀, 디지털문화본부, 산학협력단 …
_UNIT_NAME = re.compile(r"(?:산학협력단|산학협력원|연구소|부설연구소|(?:[가-힣A-Za-z0-9]{1,14}(?:(?:정책|융합|경제|재생|계획|개발|혁신|기획|지원|관리|산업|정보|행정|건축|교통|주택|안전|"
                        r"환경|전략|협력|데이터|디지털|도시|총무|예산|홍보|감사|시설|사업|정비|조성|운영|평가|연구|국제|정보화기획|스마트도시|스마트시티|"
                        r"건설|관광|복지|일자리|에너지|투자|통상|토지|도로|철도|재난|미래)과|팀|실|[가-힣]{2}국|본부|지역본부|지사|"
                        r"산학협력단|학과|대학원|연구센터|연구소|센터|사업단|추진단|기획단|지원단)))(?=장|[은는이가와과도의에을를로\s,.·)]|$)")


def _units_of(text: str, mentions: list, furniture) -> list:
    """Divisions written after their organisation: ``국토교통부 도시정책과``, ``경성대학교 산학협력단``,
    ``한국국토정보공사 경기지역본부장`` (the title glued on). Each is a new unit whose parent is the
    organisation; its label carries the parent's name, as the registry's units do."""
    found = []
    spans = [(m.start, m.end) for m in mentions]
    for m in mentions:
        if m.kind not in ORG_KINDS or m.kind == "unit" or _in_spans(m.start, furniture):
            continue
        headed = re.match(r" [가-힣]{2,4} ([가-힣A-Za-z0-9]{2,14}(?:실|과|국|팀|단|본부))장" + _AFTER_TITLE, text[m.end:m.end + 30])
        if headed and text[m.end + 1] in SURNAMES:
            a, b = m.end + headed.start(1), m.end + headed.end(1)
            name = headed.group(1)
            if not any(x < b and a < y for x, y in spans) and name not in STOP_NAMES:
                found.append(Mention(name, a, b, "unit", None, f"{m.label} {name}", True, None, [], "pattern", m.label))
                spans.append((a, b))
        glued = m.surface[-1:].isascii() and re.match(r"연구소|연구원|연구센터", text[m.end:m.end + 4])
        at = m.end if glued else m.end + 1 if text[m.end:m.end + 1] == " " else None
        while at is not None:
            u = _UNIT_NAME.match(text, at) or (re.compile(r"연구소|연구원|연구센터").match(text, at) if glued else None)
            if u is None or any(x < u.end() and u.start() < y for x, y in spans):
                break
            name = u.group()
            if name in STOP_NAMES - {"연구소", "연구원"} or len(name) < 3 and not glued or re.match(r"\s?에서(?![가-힣])", text[u.end():u.end() + 4]):
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
            keep = [m for m in keep if not (m.start < b and a < m.end)]
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


def _known_one(known: Known | None, name: str) -> str | None:
    """The one registry entity called *name* (any label or alias, spacing ignored), or None."""
    if known is None:
        return None
    entities = known.names.get(_norm(name)) or set()
    return next(iter(entities)) if len(entities) == 1 else None


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
    return (2 <= len(token) <= 4 and token[0] in SURNAMES
            and re.match(r"\s?(?:" + _TITLE_ALT + r")(?![가-힣]{2})", text[end:end + 8]) is not None)


def _acts(text: str, end: int) -> bool:
    """True when the name ending at *end* is followed by a particle or a list mark (it acts).

    >>> _acts("성동구는 선정", 3), _acts("성동구·달성군", 3), _acts("종로구(구청장 정문헌)", 3), _acts("강남구 한국국토정보공사", 3)
    (True, True, True, False)
    """
    rest = text[end:end + 6]
    if re.match(r"(?:은|는|이|가|와|과|도|의|에서|에|을|를|로|으로)(?![가-힣])", rest):
        return True
    return re.match(r"\s*[·,/)(]|\s+(?:및|등)(?![가-힣])", rest) is not None  # "종로구(구청장 …)" acts too


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
            or (compact[0].isdigit() and not re.match(r"\d{1,2}차", compact)):
        return None  # "112센터", "0연구원" (of 민주주의4.0연구원) are not names; "4차산업혁명위원회" is
    last_word = name.split()[-1]
    if last_word in STOP_NAMES and " " not in name:
        return None
    if compact in PROVINCES:
        return "local-government"
    if re.fullmatch(r"[가-힣]{1,6}(광역시|특별시|특별자치시)", compact):
        return "local-government"
    if compact.endswith("시") and compact[:-1] in CITIES:
        return "local-government"
    if compact in DISTRICTS:
        return "local-government"
    if compact in METRO_SHORT:
        return "local-government"
    kind = _suffix_kind(compact)
    if kind in ("ministry", "agency"):
        # 부/처/청 are the riskiest suffixes: the stem must be a plain noun of 2+ syllables
        if not re.fullmatch(r"[가-힣]{2,12}", compact) or compact[-2:] in ("정부", "본부", "내부", "외부", "일부", "전부", "세부", "간부", "부처", "요청", "신청", "초청", "시청", "도청", "구청", "군청", "공부", "학부"):
            return None
    if kind == "unit" and len(compact) < 5:
        return None
    if kind == "university" and compact.endswith("대학") and len(compact) < 4:
        return None
    if kind == "research-institute" and compact.endswith("연구원") and len(compact) < 4:
        return None
    return kind


def _find_patterns(text: str, taken: list[tuple[int, int]], furniture) -> list[Mention]:
    out: list[Mention] = []

    def free(a, b):
        return not any(a < y and x < b for x, y in taken) and not _in_spans(a, furniture)

    # companies marked ㈜ / (주) / 주식회사
    for m in _COMPANY.finditer(text):
        name = m.group(1) or m.group(2)
        a = m.start(1) if m.group(1) else m.start(2)
        if m.group(1):
            name = re.sub(r"(에서는|에서|과의|와의|으로|까지|부터|이며|는|은|이|가|을|를|의|와|과|에|도|로|등)$", "", name) if len(name) > 3 else name
        b = a + len(name)
        if len(name) >= 2 and free(a, b):
            out.append(Mention(text[a:b], a, b, "company", None, name, True, None, [], "pattern"))
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
            if country is not None and (base == "정부" or re.fullmatch(r"[가-힣]{2,8}(시|주)", base)) and not base.endswith("도시") \
                    and free(country, a + len(base)):
                # "말레이시아 셀랑고르주", "싱가포르 정부": a foreign city, state or government
                if base == "정부":
                    f_start, f_kind = country, "foreign-government"
                else:
                    f_start, f_kind = a, "foreign-city"
                name = text[f_start:a + len(base)]
                out.append(Mention(name, f_start, a + len(base), f_kind, None, name, True, None, [], "pattern"))
                taken.append((f_start, a + len(base)))
                continue
            # 시청/도청 → the local government
            if re.fullmatch(r"[가-힣]{2,10}(시청|도청)", base):
                gov = base[:-1]
                if _candidate_kind(gov) == "local-government" and free(a, a + len(base)):
                    out.append(Mention(text[a:a + len(base)], a, a + len(base), "local-government", None, METRO_SHORT.get(gov) or gov, True, None, [], "pattern"))
                    taken.append((a, a + len(base)))
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
                if any(x <= pa < y for x, y in taken):
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
        if start < a and not free(start, a) and not bare:
            # the descriptor is a known entity: keep it as the parent, propose the body on its own
            parent_name = name
            name, start = text[a:end], a
        label = METRO_SHORT.get(name.replace(" ", "")) or name
        acr = _PAREN_ACRONYM.match(text[end:end + 16])
        aliases = [acr.group(1)] if acr else []
        out.append(Mention(text[start:end], start, end, kind, None, label, True, None, aliases, "pattern"))
        taken.append((start, end))
    return out


def _find_people(text: str, mentions: list[Mention], taken, furniture, known: Known | None) -> tuple[list[Mention], list[tuple]]:
    """People as name + title; returns mentions and (person mention, title, org mention or None, quote span) posts."""
    people: list[Mention] = []
    posts: list[tuple] = []
    by_label: dict[str, Mention] = {}

    def person(name, a, b):
        if name[0] not in SURNAMES or _in_spans(a, furniture):
            return None
        for m in mentions:
            if m.start <= a < m.end:
                return m if m.kind == "person" else None
        entity = None
        if known is not None:
            found = [e for e in known.names.get(_norm(name), set()) if known.kinds.get(e) == "person"]
            entity = found[0] if len(found) == 1 else None
        mention = Mention(name, a, b, "person", entity, name, entity is None, None, [], "person" if entity is None else "registry")
        people.append(mention)
        taken.append((a, b))
        return mention

    def org_before(pos, window=25):
        cands = [m for m in mentions if m.kind in ORG_KINDS and m.end <= pos and pos - m.end <= window]
        return cands[-1] if cands else None

    for m in _PERSON_PAREN.finditer(text):  # 국토연구원(원장 강현수)
        p = person(m.group(2), m.start(2), m.end(2))
        if p:
            org = org_before(m.start(), 2)
            posts.append((p, m.group(1), org, m.start(), m.end()))
    for m in _PERSON_AFTER.finditer(text):  # 강현수 원장
        if any(a <= m.start(1) < b for a, b in taken) and not any(x.start == m.start(1) and x.kind == "person" for x in mentions + people):
            continue
        p = next((x for x in mentions + people if x.start == m.start(1) and x.kind == "person"), None) or person(m.group(1), m.start(1), m.end(1))
        if p:
            org = org_before(m.start(1), 12)
            paren = re.match(r"\s*\(([^)]{2,30})\)", text[m.end():m.end() + 32])
            if paren:
                inner = [x for x in mentions if m.end() <= x.start < m.end() + len(paren.group()) and x.kind in ORG_KINDS]
                org = inner[0] if inner else org
            posts.append((p, m.group(2), org, (org.start if org else m.start()), m.end()))
    # 곽영호 아이티윈 대표, 주영창 차세대기술융합연구원장: the person, the organisation, the title
    orghead = lambda m: "원장" if m.group(2).endswith("원") else "소장"  # noqa: E731
    for pattern, who, where, title_of in ((_NAME_ORG_TITLE, 1, 2, lambda m: m.group(3)), (_NAME_ORGHEAD, 1, 2, orghead),
                                          (_ORG_NAME_TITLE, 2, 1, lambda m: m.group(3))):
        for m in pattern.finditer(text):
            org = next((x for x in mentions if x.kind in ORG_KINDS and x.start == m.start(where) and x.end == m.end(where)), None)
            if org is None or any(x.kind == "person" and x.start == m.start(who) for x in people + mentions):
                continue
            p = person(m.group(who), m.start(who), m.end(who))
            if p:
                posts.append((p, title_of(m), org, m.start(), m.end()))
    return people, posts


# --------------------------------------------------------------------------------------------
# Dates, places, relationships
# --------------------------------------------------------------------------------------------

def _dates(text: str, furniture) -> list[dict]:
    import datetime

    found = []
    for kind, pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(d["start"] < m.end() and m.start() < d["end"] for d in found):
                continue
            g = m.groups()
            try:
                if kind == "ymd":
                    value = datetime.date(int(g[0]), int(g[1]), int(g[2])).isoformat()
                elif kind == "ymd2":
                    value = datetime.date(2000 + int(g[0]), int(g[1]), int(g[2])).isoformat()
                elif kind == "ym2":
                    if not 1 <= int(g[1]) <= 12:
                        continue
                    value = f"{2000 + int(g[0])}-{int(g[1]):02d}"
                else:
                    if not (1 <= int(g[0]) <= 12 and 1 <= int(g[1]) <= 31):
                        continue
                    value = f"--{int(g[0]):02d}-{int(g[1]):02d}"
            except ValueError:
                continue
            found.append({"surface": m.group(), "start": m.start(), "end": m.end(), "value": value,
                          "furniture": _in_spans(m.start(), furniture)})
    found.sort(key=lambda d: d["start"])
    year = next((d["value"][:4] for d in found if len(d["value"]) == 10 and not d["value"].startswith("--")), None)
    for d in found:
        if d["value"].startswith("--"):
            d["value"] = f"{year}-{d['value'][2:]}" if year else None
            if d["value"]:
                try:
                    datetime.date.fromisoformat(d["value"])
                except ValueError:
                    d["value"] = None
    return found


_PLACE = re.compile(r"([가-힣A-Za-z0-9]+(?:\s[가-힣A-Za-z0-9]+){0,3}?(?:청사|센터|본사|전시장|컨벤션센터|호텔|홀|회관|시청|도청|\d+호))\s?에서")


def _places(text: str, mentions, furniture) -> list[dict]:
    out = [{"surface": m.surface, "start": m.start, "end": m.end, "entity": m.entity, "label": m.label}
           for m in mentions if m.kind in ("place", "zone")]
    for m in _PLACE.finditer(text):
        if _in_spans(m.start(), furniture) or any(p["start"] <= m.start(1) < p["end"] for p in out):
            continue
        out.append({"surface": m.group(1), "start": m.start(1), "end": m.end(1), "entity": None, "label": m.group(1)})
    return sorted(out, key=lambda p: p["start"])


def _ref(m: Mention) -> str:
    return m.label


#: 지정/선정 used as a verb or for the chosen ("선정했다", "지정된 기관은", "지정기관은"), not "선정 기준".
_SELECTION = re.compile(r"(지정|선정)(?=했|하였|됐|되었|한다|하고|하여|해|된|되|할|기관|도시|지역|\s*(?:결과|발표))")
#: Kinds that select or designate others (the subject of 선정했다).
SELECTOR_KINDS = {"ministry", "agency", "presidential-committee", "body", "council", "task-force", "public-agency",
                  "public-enterprise", "subcommittee"}


def _propose(text: str, mentions: list[Mention], posts, dates, furniture, doc_date) -> tuple[list[Proposal], list[dict], list[dict]]:
    proposals: list[Proposal] = []
    events: list[dict] = []
    programmes: list[dict] = []
    selection: dict = {}  # the last selection: {"proposal", "sentence", "by"}
    sentences = _sentences(text)
    agents = [m for m in mentions if m.kind in ORG_KINDS or m.kind == "person"]

    def in_span(a, b):
        out, seen = [], set()
        for m in agents:
            if a <= m.start < b and _ref(m) not in seen:
                seen.add(_ref(m))
                out.append(m)
        return out

    def date_in(a, b):
        for d in dates:
            if a <= d["start"] < b and d["value"] and len(d["value"]) == 10:
                return d["value"]
        return None

    def quote(a, b):
        q = " ".join(text[a:b].split())
        return q if len(q) <= 300 else q[:297].rsplit(" ", 1)[0]

    def event_for(a, b):
        date = date_in(a, b) or doc_date
        for ev in events:
            if ev["date"] == date:
                return ev["id"]
        ev = {"id": f"event-{len(events) + 1}", "date": date, "quote": quote(a, b)}
        events.append(ev)
        return ev["id"]

    for a, b in sentences:
        if _in_spans(a, furniture):
            continue
        sent = text[a:b]
        here = in_span(a, b)
        if not here:
            continue
        q = quote(a, b)
        # attendee lists: "참석 : (국토부) 장관 … (업계) IBM, LG CNS …"
        att = re.search(r"참\s*석\s*[:：]", sent)
        if att:
            ev = event_for(a, b)
            groups = [(a + g.start(), g.group(1).strip()) for g in re.finditer(r"\(([^)]{1,12})\)", sent)]
            for m in in_span(a + att.end(), b):
                group = next((g for pos, g in reversed(groups) if pos < m.start), None)
                proposals.append(Proposal("participation", {"event": ev, "role": "participant", "who": [_ref(m)], **({"group": group} if group else {})}, q, a, b))
            continue
        label = re.match(r"\s*[-*•○□]?\s*\(?\s*(주\s*최|주\s*관)\s*\)?\s*[:：)]?", sent)
        if label and (")" in label.group() or ":" in label.group() or "：" in label.group()):
            role = "host" if "최" in label.group(1) else "organiser"
            ev = event_for(a, b)
            for m in in_span(a + label.end(), b):
                proposals.append(Proposal("participation", {"event": ev, "role": role, "who": [_ref(m)]}, q, a, b))
            continue
        for role in ("host", "organiser", "chair"):
            for cue in CUES[role].finditer(sent):
                pos = a + cue.start()
                near = [m for m in here if m.end <= pos and pos - m.end <= 40]
                clause = max([a] + [a + x.end() for x in re.finditer(r"[,，]|하고|하며|했으며|하였으며", sent[: cue.start()])])
                near = [m for m in near if m.start >= clause] or near[-1:]
                if near:
                    ev = event_for(a, b)
                    for m in near:
                        proposals.append(Proposal("participation", {"event": ev, "role": role, "who": [_ref(m)]}, q, a, b))
        if CUES["participant"].search(sent) and not att:
            cue = CUES["participant"].search(sent)
            whos = [m for m in here if m.start < a + cue.start() and m.kind != "person"]
            listed = [m for m in whos if not any(p.fields.get("who") == [_ref(m)] and p.start == a for p in proposals)]
            if listed and len(listed) >= 1 and re.search(r"참석하|참석했|참여하였|참가", sent):
                ev = event_for(a, b)
                for m in listed:
                    proposals.append(Proposal("participation", {"event": ev, "role": "participant", "who": [_ref(m)]}, q, a, b))
        if CUES["agreement"].search(sent) and re.search(r"체결|서명|맺", sent):
            parties = [m for m in here if m.kind in ORG_KINDS]
            names = []
            for m in parties:
                if _ref(m) not in names:
                    names.append(_ref(m))
            if len(names) >= 2:
                proposals.append(Proposal("agreement", {"parties": names, "date": date_in(a, b) or doc_date}, q, a, b,
                                          "planned" if re.search(r"체결할|체결 예정|추진할|계획", sent) else None))
        cue = _SELECTION.search(sent)
        if cue:
            zones = [m for m in mentions if m.kind == "zone" and a <= m.start < b]
            _propose_selection(text, sent, a, b, q, here, zones, selection, proposals, programmes, doc_date, date_in(a, b),
                               sentence_no=sentences.index((a, b)))
    # one agreement per set of parties: keep the sentence that dates it (else the first)
    kept: dict[tuple, Proposal] = {}
    for p in [p for p in proposals if p.type == "agreement"]:
        key = tuple(sorted(p.fields["parties"]))
        dated = date_in(p.start, p.end) is not None
        if key not in kept or (dated and date_in(kept[key].start, kept[key].end) is None):
            kept[key] = p
    proposals = [p for p in proposals if p.type != "agreement" or kept.get(tuple(sorted(p.fields["parties"]))) is p]
    for person, title, org, pa, pb in posts:
        role = TITLES.get(title, "head")
        if org is None:
            continue
        fields = {"person": _ref(person), "org": _ref(org), "role": role if role in ("minister", "vice-minister", "president", "professor", "director", "researcher", "staff", "head", "member") else "head"}
        sa = next(((x, y) for x, y in sentences if x <= pa < y), (pa, pb))
        proposals.append(Proposal("post", fields, quote(max(sa[0], min(pa, pb - 1)), max(pb, min(sa[1], pb))), pa, pb))
    return proposals, events, programmes


def _propose_selection(text, sent, a, b, q, here, zones, last, proposals, programmes, doc_date, date, *, sentence_no):
    """A 지정/선정 sentence: special zones → a designation; organisations → the targets of a programme.

    The selector is an organisation of :data:`SELECTOR_KINDS` written as the subject (``국토교통부는``);
    a list sentence without one ("지정기관은 △A △B …") continues the selection just before it.
    """
    orgs = [m for m in here if m.kind in ORG_KINDS]
    by = [m for m in orgs if m.kind in SELECTOR_KINDS and re.match(r"(?:은|는|이|가|에서)(?![가-힣])", text[m.end:m.end + 3])]
    chosen = [m for m in orgs if m not in by]
    status = "planned" if re.search(r"(지정|선정)할|(지정|선정)\s*예정|(지정|선정)될", sent) else None
    names = lambda ms: list(dict.fromkeys(_ref(m) for m in ms))  # noqa: E731
    continues = not by and last and sentence_no - last["sentence"] <= 2
    by_names = names(by) or (last["by"] if continues else [])
    if zones:
        proposals.append(Proposal("designation", {"zones": names(zones), "by": by_names or None, "date": date or doc_date}, q, a, b, status))
    if not chosen:
        if by:
            last.update(proposal=None, sentence=sentence_no, by=by_names)
        return
    if continues and last.get("proposal") is not None:
        p = last["proposal"]
        p.fields["targets"] = list(dict.fromkeys(p.fields["targets"] + names(chosen)))
        p.quote = [*([p.quote] if isinstance(p.quote, str) else p.quote), q]
        p.end = b
    else:
        prog = {"id": f"prog-{len(programmes) + 1}", "date": date or doc_date, "quote": q}
        programmes.append(prog)
        p = Proposal("programme", {"programme": prog["id"], "lead": by_names or None, "targets": names(chosen)}, q, a, b, status)
        proposals.append(p)
    last.update(proposal=p, sentence=sentence_no, by=by_names)


# --------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------

def extract(source: TextInput, known: Known | None, *, use_gazetteer: bool = True, use_kiwi: bool = False) -> Draft:
    """Extract mentions and proposed relationships from a decoded text."""
    text = source.text
    furniture = _furniture_spans(text)
    trie = _build_trie(known, use_gazetteer)
    mentions = [m for m in _match_known(text, trie, known) if not _in_spans(m.start, furniture)]
    taken = [(m.start, m.end) for m in mentions]
    quoted, mentions = _quoted_bodies(text, mentions, furniture)
    listed, mentions = _listed_local_governments(text, mentions, furniture)
    listed += _listed_universities(text, mentions, furniture)
    listed += _region_universities(text, mentions + listed, furniture)
    shared, mentions = _shared_suffix_names(text, mentions, known, furniture)
    listed += shared
    units, led, mentions = _listed_subunits(text, mentions, known, furniture)
    listed += units
    taken = [(m.start, m.end) for m in mentions + quoted + listed]
    patterned = quoted + listed + _find_patterns(text, taken, furniture)
    mentions = [m for m in mentions if not _is_address(text, m) and not _is_venue(text, m)]
    patterned = [m for m in patterned if not _is_address(text, m) and not _is_venue(text, m)]
    if use_kiwi:
        patterned = _kiwi_filter(text, patterned)
    mentions = sorted(mentions + patterned, key=lambda m: m.start)
    mentions = sorted(mentions + _affiliations(text, mentions, furniture), key=lambda m: m.start)
    mentions = sorted(mentions + _units_of(text, mentions, furniture), key=lambda m: m.start)
    mentions = sorted(mentions + _list_members(text, mentions, furniture), key=lambda m: m.start)
    mentions = sorted(mentions + _listed_companies(text, mentions, furniture), key=lambda m: m.start)
    districts, mentions = _metro_districts(text, mentions, furniture)
    mentions = sorted(mentions + districts, key=lambda m: m.start)
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
            for alias in [m.label, *m.aliases]:
                canon.setdefault(_norm(alias), m.label)
            m.label = canon.get(_norm(m.label), m.label)
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


_VENUE_AFTER = re.compile(r"\s?[가-힣]{0,4}(?:회의실|회의장|강당|컨퍼런스룸|세미나실|본사|사옥|청사|지역본부|본부)\s?에서(?![가-힣])")


def _is_venue(text: str, m: Mention) -> bool:
    """True when new organisation *m* only names where something happens (``대한상공회의소 중회의실에서``,
    ``… 서울지역본부에서``): the rooms and offices of a host are not a party. Known entities stay."""
    if not m.new or m.kind not in ORG_KINDS:
        return False
    if (m.kind == "unit" or m.label.endswith(("컨벤션센터", "전시컨벤션센터", "센터", "회관", "전시장", "홀"))) \
            and re.match(r"\s?에서(?![가-힣])", text[m.end:m.end + 4]):
        return True  # "대전컨벤션센터에서": the place, not a party
    return _VENUE_AFTER.match(text, m.end) is not None


def _is_address(text: str, m: Mention) -> bool:
    """True when local government *m* only starts an address or names a site (``서울시 강남구 …에서``),
    or qualifies the city after it (``경기도 성남시``: the city is meant)."""
    if m.kind != "local-government":
        return False
    if _ADDRESS_AFTER.match(text, m.end) is not None:
        return True
    nxt = re.match(r" ([가-힣]{2,8})", text[m.end:m.end + 10])
    return nxt is not None and _strip_particle(nxt.group(1)).endswith(("시", "군")) \
        and _candidate_kind(_strip_particle(nxt.group(1))) == "local-government"


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


# --------------------------------------------------------------------------------------------
# The YAML draft
# --------------------------------------------------------------------------------------------

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
