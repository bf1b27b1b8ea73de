"""Realistic Korean and English names for synthetic organisations, bodies, people and things.

Finite populations (ministries, provinces, the 226 basic local governments, government-funded
research institutes …) come from fixed lists in a fixed order; open populations (companies,
universities, foreign partners) are composed from parts (``주식회사 {어간}{업종}``,
``{지역}대학교``). Nothing here is random by itself: callers pass a seeded
:class:`random.Random`, so the same seed gives the same names.

Examples
--------
>>> josa("국토교통부", "이", "가"), josa("국토연구원", "이", "가")
('가', '이')
>>> slugify("Hanbit Tech Co., Ltd.")
'hanbit-tech-co-ltd'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Name:
    """A Korean and an English official name, with short forms (aliases) in each language."""

    ko: str
    en: str
    alt_ko: tuple[str, ...] = ()
    alt_en: tuple[str, ...] = ()
    slug: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)


def slugify(text: str) -> str:
    """Lower-case ASCII slug (``a-z0-9-``) of *text*."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def has_batchim(word: str) -> bool:
    """True when the last syllable of *word* ends in a consonant (Hangul only; digits read aloud)."""
    if not word:
        return False
    c = word.rstrip(")").rstrip()[-1:]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    return c in "0136789LMNlmn"  # 영, 일, 삼, 육, 칠, 팔, 구; 엘, 엠, 엔


def josa(word: str, with_batchim: str, without: str) -> str:
    """The particle that follows *word*: ``josa("부", "은", "는") == "는"``."""
    return with_batchim if has_batchim(word) else without


# --------------------------------------------------------------------------- central government
#: (Korean, English, Korean short, acronym) — in rough order of relevance to smart cities.
MINISTRIES = [
    ("국토교통부", "Ministry of Land, Infrastructure and Transport", "국토부", "MOLIT"),
    ("과학기술정보통신부", "Ministry of Science and ICT", "과기정통부", "MSIT"),
    ("산업통상자원부", "Ministry of Trade, Industry and Energy", "산업부", "MOTIE"),
    ("행정안전부", "Ministry of the Interior and Safety", "행안부", "MOIS"),
    ("환경부", "Ministry of Environment", "환경부", "ME"),
    ("기획재정부", "Ministry of Economy and Finance", "기재부", "MOEF"),
    ("중소벤처기업부", "Ministry of SMEs and Startups", "중기부", "MSS"),
    ("해양수산부", "Ministry of Oceans and Fisheries", "해수부", "MOF"),
    ("교육부", "Ministry of Education", "교육부", "MOE"),
    ("보건복지부", "Ministry of Health and Welfare", "복지부", "MOHW"),
    ("문화체육관광부", "Ministry of Culture, Sports and Tourism", "문체부", "MCST"),
    ("농림축산식품부", "Ministry of Agriculture, Food and Rural Affairs", "농식품부", "MAFRA"),
    ("고용노동부", "Ministry of Employment and Labor", "고용부", "MOEL"),
    ("외교부", "Ministry of Foreign Affairs", "외교부", "MOFA"),
    ("법무부", "Ministry of Justice", "법무부", "MOJ"),
    ("국방부", "Ministry of National Defense", "국방부", "MND"),
    ("여성가족부", "Ministry of Gender Equality and Family", "여가부", "MOGEF"),
    ("국가보훈부", "Ministry of Patriots and Veterans Affairs", "보훈부", "MPVA"),
]

AGENCIES = [
    ("행정중심복합도시건설청", "National Agency for Administrative City Construction", "행복청", "NAACC"),
    ("새만금개발청", "Saemangeum Development and Investment Agency", "새만금청", "SDIA"),
    ("경찰청", "Korean National Police Agency", "경찰청", "KNPA"),
    ("소방청", "National Fire Agency", "소방청", "NFA"),
    ("조달청", "Public Procurement Service", "조달청", "PPS"),
    ("통계청", "Statistics Korea", "통계청", "KOSTAT"),
    ("기상청", "Korea Meteorological Administration", "기상청", "KMA"),
    ("특허청", "Korean Intellectual Property Office", "특허청", "KIPO"),
    ("산림청", "Korea Forest Service", "산림청", "KFS"),
    ("인사혁신처", "Ministry of Personnel Management", "인사처", "MPM"),
    ("법제처", "Ministry of Government Legislation", "법제처", "MOLEG"),
    ("식품의약품안전처", "Ministry of Food and Drug Safety", "식약처", "MFDS"),
    ("문화재청", "Cultural Heritage Administration", "문화재청", "CHA"),
    ("해양경찰청", "Korea Coast Guard", "해경", "KCG"),
    ("질병관리청", "Korea Disease Control and Prevention Agency", "질병청", "KDCA"),
    ("농촌진흥청", "Rural Development Administration", "농진청", "RDA"),
    ("관세청", "Korea Customs Service", "관세청", "KCS"),
    ("국세청", "National Tax Service", "국세청", "NTS"),
    ("병무청", "Military Manpower Administration", "병무청", "MMA"),
    ("방위사업청", "Defense Acquisition Program Administration", "방사청", "DAPA"),
]

COMMITTEES = [
    ("4차산업혁명위원회", "Presidential Committee on the Fourth Industrial Revolution", "4차위", "PCFIR"),
    ("국가균형발전위원회", "Presidential Committee for Balanced National Development", "균형위", "PCBND"),
    ("자치분권위원회", "Presidential Committee on Autonomy and Decentralization", "자치분권위", "PCAD"),
    ("디지털플랫폼정부위원회", "Digital Platform Government Committee", "디플정위", "DPGC"),
    ("정책기획위원회", "Presidential Committee on Policy Planning", "정책기획위", "PCPP"),
    ("저출산고령사회위원회", "Presidential Committee on Ageing Society and Population Policy", "저출산위", "PCASPP"),
]

# --------------------------------------------------------------------------- research
GRIS = [
    ("국토연구원", "Korea Research Institute for Human Settlements", "국토연", "KRIHS"),
    ("한국건설기술연구원", "Korea Institute of Civil Engineering and Building Technology", "건기연", "KICT"),
    ("한국교통연구원", "The Korea Transport Institute", "교통연", "KOTI"),
    ("한국전자통신연구원", "Electronics and Telecommunications Research Institute", "전자통신연", "ETRI"),
    ("정보통신정책연구원", "Korea Information Society Development Institute", "정보통신정책연", "KISDI"),
    ("한국과학기술기획평가원", "Korea Institute of S&T Evaluation and Planning", "기평원", "KISTEP"),
    ("한국환경연구원", "Korea Environment Institute", "환경연", "KEI"),
    ("한국과학기술연구원", "Korea Institute of Science and Technology", "키스트", "KIST"),
    ("한국에너지기술연구원", "Korea Institute of Energy Research", "에너지연", "KIER"),
    ("한국지방행정연구원", "Korea Research Institute for Local Administration", "지방행정연", "KRILA"),
    ("한국행정연구원", "Korea Institute of Public Administration", "행정연", "KIPA"),
    ("한국개발연구원", "Korea Development Institute", "개발연", "KDI"),
    ("과학기술정책연구원", "Science and Technology Policy Institute", "과기정책연", "STEPI"),
    ("한국철도기술연구원", "Korea Railroad Research Institute", "철도연", "KRRI"),
    ("한국과학기술정보연구원", "Korea Institute of Science and Technology Information", "과학기술정보연", "KISTI"),
    ("한국기계연구원", "Korea Institute of Machinery and Materials", "기계연", "KIMM"),
    ("한국전기연구원", "Korea Electrotechnology Research Institute", "전기연", "KERI"),
    ("한국생산기술연구원", "Korea Institute of Industrial Technology", "생기원", "KITECH"),
    ("한국지질자원연구원", "Korea Institute of Geoscience and Mineral Resources", "지질연", "KIGAM"),
    ("한국표준과학연구원", "Korea Research Institute of Standards and Science", "표준연", "KRISS"),
    ("산업연구원", "Korea Institute for Industrial Economics and Trade", "산업연", "KIET"),
    ("한국법제연구원", "Korea Legislation Research Institute", "법제연", "KLRI"),
    ("한국보건사회연구원", "Korea Institute for Health and Social Affairs", "보사연", "KIHASA"),
    ("한국해양수산개발원", "Korea Maritime Institute", "해수원", "KMI"),
    ("한국농촌경제연구원", "Korea Rural Economic Institute", "농경연", "KREI"),
    ("한국재료연구원", "Korea Institute of Materials Science", "재료연", "KIMS"),
]

# --------------------------------------------------------------------------- local government
#: The 17 provincial-level governments: (full name, short, English, romanised short, kind).
PROVINCES = [
    ("서울특별시", "서울", "Seoul Metropolitan Government", "Seoul", "metro"),
    ("부산광역시", "부산", "Busan Metropolitan City", "Busan", "metro"),
    ("대구광역시", "대구", "Daegu Metropolitan City", "Daegu", "metro"),
    ("인천광역시", "인천", "Incheon Metropolitan City", "Incheon", "metro"),
    ("광주광역시", "광주", "Gwangju Metropolitan City", "Gwangju", "metro"),
    ("대전광역시", "대전", "Daejeon Metropolitan City", "Daejeon", "metro"),
    ("울산광역시", "울산", "Ulsan Metropolitan City", "Ulsan", "metro"),
    ("세종특별자치시", "세종", "Sejong Special Self-Governing City", "Sejong", "metro"),
    ("경기도", "경기", "Gyeonggi Province", "Gyeonggi", "do"),
    ("강원특별자치도", "강원", "Gangwon State", "Gangwon", "do"),
    ("충청북도", "충북", "Chungcheongbuk-do Province", "Chungbuk", "do"),
    ("충청남도", "충남", "Chungcheongnam-do Province", "Chungnam", "do"),
    ("전북특별자치도", "전북", "Jeonbuk State", "Jeonbuk", "do"),
    ("전라남도", "전남", "Jeollanam-do Province", "Jeonnam", "do"),
    ("경상북도", "경북", "Gyeongsangbuk-do Province", "Gyeongbuk", "do"),
    ("경상남도", "경남", "Gyeongsangnam-do Province", "Gyeongnam", "do"),
    ("제주특별자치도", "제주", "Jeju Special Self-Governing Province", "Jeju", "do"),
]

#: The 226 basic local governments by province: "한글:Romanised" with 시/군/구 kept in the Korean.
_BASIC = {
    "서울": "종로구:Jongno 중구:Jung 용산구:Yongsan 성동구:Seongdong 광진구:Gwangjin 동대문구:Dongdaemun 중랑구:Jungnang 성북구:Seongbuk 강북구:Gangbuk 도봉구:Dobong 노원구:Nowon 은평구:Eunpyeong 서대문구:Seodaemun 마포구:Mapo 양천구:Yangcheon 강서구:Gangseo 구로구:Guro 금천구:Geumcheon 영등포구:Yeongdeungpo 동작구:Dongjak 관악구:Gwanak 서초구:Seocho 강남구:Gangnam 송파구:Songpa 강동구:Gangdong",
    "부산": "중구:Jung 서구:Seo 동구:Dong 영도구:Yeongdo 부산진구:Busanjin 동래구:Dongnae 남구:Nam 북구:Buk 해운대구:Haeundae 사하구:Saha 금정구:Geumjeong 강서구:Gangseo 연제구:Yeonje 수영구:Suyeong 사상구:Sasang 기장군:Gijang",
    "대구": "중구:Jung 동구:Dong 서구:Seo 남구:Nam 북구:Buk 수성구:Suseong 달서구:Dalseo 달성군:Dalseong 군위군:Gunwi",
    "인천": "중구:Jung 동구:Dong 미추홀구:Michuhol 연수구:Yeonsu 남동구:Namdong 부평구:Bupyeong 계양구:Gyeyang 서구:Seo 강화군:Ganghwa 옹진군:Ongjin",
    "광주": "동구:Dong 서구:Seo 남구:Nam 북구:Buk 광산구:Gwangsan",
    "대전": "동구:Dong 중구:Jung 서구:Seo 유성구:Yuseong 대덕구:Daedeok",
    "울산": "중구:Jung 남구:Nam 동구:Dong 북구:Buk 울주군:Ulju",
    "경기": "수원시:Suwon 성남시:Seongnam 의정부시:Uijeongbu 안양시:Anyang 부천시:Bucheon 광명시:Gwangmyeong 평택시:Pyeongtaek 동두천시:Dongducheon 안산시:Ansan 고양시:Goyang 과천시:Gwacheon 구리시:Guri 남양주시:Namyangju 오산시:Osan 시흥시:Siheung 군포시:Gunpo 의왕시:Uiwang 하남시:Hanam 용인시:Yongin 파주시:Paju 이천시:Icheon 안성시:Anseong 김포시:Gimpo 화성시:Hwaseong 광주시:Gwangju 양주시:Yangju 포천시:Pocheon 여주시:Yeoju 연천군:Yeoncheon 가평군:Gapyeong 양평군:Yangpyeong",
    "강원": "춘천시:Chuncheon 원주시:Wonju 강릉시:Gangneung 동해시:Donghae 태백시:Taebaek 속초시:Sokcho 삼척시:Samcheok 홍천군:Hongcheon 횡성군:Hoengseong 영월군:Yeongwol 평창군:Pyeongchang 정선군:Jeongseon 철원군:Cheorwon 화천군:Hwacheon 양구군:Yanggu 인제군:Inje 고성군:Goseong 양양군:Yangyang",
    "충북": "청주시:Cheongju 충주시:Chungju 제천시:Jecheon 보은군:Boeun 옥천군:Okcheon 영동군:Yeongdong 증평군:Jeungpyeong 진천군:Jincheon 괴산군:Goesan 음성군:Eumseong 단양군:Danyang",
    "충남": "천안시:Cheonan 공주시:Gongju 보령시:Boryeong 아산시:Asan 서산시:Seosan 논산시:Nonsan 계룡시:Gyeryong 당진시:Dangjin 금산군:Geumsan 부여군:Buyeo 서천군:Seocheon 청양군:Cheongyang 홍성군:Hongseong 예산군:Yesan 태안군:Taean",
    "전북": "전주시:Jeonju 군산시:Gunsan 익산시:Iksan 정읍시:Jeongeup 남원시:Namwon 김제시:Gimje 완주군:Wanju 진안군:Jinan 무주군:Muju 장수군:Jangsu 임실군:Imsil 순창군:Sunchang 고창군:Gochang 부안군:Buan",
    "전남": "목포시:Mokpo 여수시:Yeosu 순천시:Suncheon 나주시:Naju 광양시:Gwangyang 담양군:Damyang 곡성군:Gokseong 구례군:Gurye 고흥군:Goheung 보성군:Boseong 화순군:Hwasun 장흥군:Jangheung 강진군:Gangjin 해남군:Haenam 영암군:Yeongam 무안군:Muan 함평군:Hampyeong 영광군:Yeonggwang 장성군:Jangseong 완도군:Wando 진도군:Jindo 신안군:Sinan",
    "경북": "포항시:Pohang 경주시:Gyeongju 김천시:Gimcheon 안동시:Andong 구미시:Gumi 영주시:Yeongju 영천시:Yeongcheon 상주시:Sangju 문경시:Mungyeong 경산시:Gyeongsan 의성군:Uiseong 청송군:Cheongsong 영양군:Yeongyang 영덕군:Yeongdeok 청도군:Cheongdo 고령군:Goryeong 성주군:Seongju 칠곡군:Chilgok 예천군:Yecheon 봉화군:Bonghwa 울진군:Uljin 울릉군:Ulleung",
    "경남": "창원시:Changwon 진주시:Jinju 통영시:Tongyeong 사천시:Sacheon 김해시:Gimhae 밀양시:Miryang 거제시:Geoje 양산시:Yangsan 의령군:Uiryeong 함안군:Haman 창녕군:Changnyeong 고성군:Goseong 남해군:Namhae 하동군:Hadong 산청군:Sancheong 함양군:Hamyang 거창군:Geochang 합천군:Hapcheon",
}
_KIND_EN = {"구": ("District", "gu"), "군": ("County", "gun"), "시": ("City", "si")}


def provinces() -> list[Name]:
    """The 17 provincial-level local governments."""
    out = []
    for full, short, en, rom, _kind in PROVINCES:
        suffix = "시" if full.endswith("시") else "도"
        out.append(Name(full, en, (short + suffix, short) if short + suffix != full else (short,), (rom,), slugify(rom), {"region": short, "region_en": rom, "level": "province"}))
    return out


def basic_local_governments() -> list[Name]:
    """The 226 basic local governments (시·군·구), named with their province."""
    by_short = {p[1]: p for p in PROVINCES}
    out = []
    for short, entries in _BASIC.items():
        full, _s, _en, rom_p, _k = by_short[short]
        for entry in entries.split():
            ko, rom = entry.split(":")
            kind_en, kind_slug = _KIND_EN[ko[-1]]
            en = f"{rom} {kind_en}, {rom_p}"
            out.append(Name(f"{full} {ko}", en, (f"{short} {ko}", f"{ko}청"), (f"{rom}-{kind_slug}, {rom_p}",), slugify(f"{rom_p}-{rom}-{kind_slug}"), {"region": short, "region_en": rom_p, "place": ko, "place_en": rom, "level": "basic"}))
    return out


# --------------------------------------------------------------------------- public institutions
PUBLIC_ENTERPRISES = [
    ("한국토지주택공사", "Korea Land and Housing Corporation", "LH공사", "LH"),
    ("한국수자원공사", "Korea Water Resources Corporation", "수자원공사", "K-water"),
    ("한국도로공사", "Korea Expressway Corporation", "도로공사", "KEC"),
    ("한국전력공사", "Korea Electric Power Corporation", "한전", "KEPCO"),
    ("한국철도공사", "Korea Railroad Corporation", "코레일", "KORAIL"),
    ("한국가스공사", "Korea Gas Corporation", "가스공사", "KOGAS"),
    ("인천국제공항공사", "Incheon International Airport Corporation", "인천공항공사", "IIAC"),
    ("한국공항공사", "Korea Airports Corporation", "공항공사", "KAC"),
    ("한국지역난방공사", "Korea District Heating Corporation", "지역난방공사", "KDHC"),
    ("주택도시보증공사", "Korea Housing and Urban Guarantee Corporation", "주택도시보증", "HUG"),
    ("한국수력원자력", "Korea Hydro and Nuclear Power", "한수원", "KHNP"),
    ("한국관광공사", "Korea Tourism Organization", "관광공사", "KTO"),
    ("부산항만공사", "Busan Port Authority", "부산항만", "BPA"),
    ("인천항만공사", "Incheon Port Authority", "인천항만", "IPA"),
    ("한국조폐공사", "Korea Minting and Security Printing Corporation", "조폐공사", "KOMSCO"),
    ("한국석유공사", "Korea National Oil Corporation", "석유공사", "KNOC"),
    ("한국남동발전", "Korea South-East Power", "남동발전", "KOEN"),
    ("한국서부발전", "Korea Western Power", "서부발전", "KOWEPO"),
    ("한국동서발전", "Korea East-West Power", "동서발전", "EWP"),
]
PUBLIC_AGENCIES = [
    ("국토교통과학기술진흥원", "Korea Agency for Infrastructure Technology Advancement", "국토진흥원", "KAIA"),
    ("한국교통안전공단", "Korea Transportation Safety Authority", "교통안전공단", "TS"),
    ("정보통신산업진흥원", "National IT Industry Promotion Agency", "정보통신산업진흥원", "NIPA"),
    ("한국지능정보사회진흥원", "National Information Society Agency", "지능정보원", "NIA"),
    ("한국인터넷진흥원", "Korea Internet and Security Agency", "인터넷진흥원", "KISA"),
    ("한국산업기술진흥원", "Korea Institute for Advancement of Technology", "산업기술진흥원", "KIAT"),
    ("한국산업기술평가관리원", "Korea Evaluation Institute of Industrial Technology", "산기평", "KEIT"),
    ("한국국토정보공사", "Korea Land and Geospatial Informatix Corporation", "국토정보공사", "LX"),
    ("국가철도공단", "Korea National Railway", "철도공단", "KR"),
    ("한국부동산원", "Korea Real Estate Board", "부동산원", "REB"),
    ("한국에너지공단", "Korea Energy Agency", "에너지공단", "KEA"),
    ("한국환경공단", "Korea Environment Corporation", "환경공단", "K-eco"),
    ("정보통신기획평가원", "Institute of Information and Communications Technology Planning and Evaluation", "정보통신기획평가원", "IITP"),
    ("한국연구재단", "National Research Foundation of Korea", "연구재단", "NRF"),
    ("창업진흥원", "Korea Institute of Startup and Entrepreneurship Development", "창진원", "KISED"),
    ("한국데이터산업진흥원", "Korea Data Agency", "데이터진흥원", "K-DATA"),
    ("한국건설기술인협회", "Korea Engineers and Technicians Association of Construction", "건설기술인협회", "KOCEA"),
    ("국토안전관리원", "Korea Authority of Land and Infrastructure Safety", "국토안전관리원", "KALIS"),
]
#: Regional agencies composed per province: (Korean suffix, English pattern, slug suffix).
REGIONAL_AGENCY_KINDS = [
    ("테크노파크", "{r} Technopark", "technopark"),
    ("정보산업진흥원", "{r} ICT Industry Promotion Agency", "ict-agency"),
    ("창조경제혁신센터", "{r} Center for Creative Economy and Innovation", "ccei"),
    ("디지털혁신진흥원", "{r} Digital Innovation Agency", "digital-agency"),
]


def national_names(table) -> list[Name]:
    """Names from one of the fixed tables above, with short forms and acronyms as aliases."""
    out = []
    for ko, en, short, acr in table:
        alt_ko = (short,) if short != ko else ()
        out.append(Name(ko, en, alt_ko, (acr,), slugify(acr)))
    return out


def public_enterprises() -> list[Name]:
    """National public enterprises, then the provincial urban development corporations."""
    out = national_names(PUBLIC_ENTERPRISES)
    for full, short, _en, rom, _k in PROVINCES:
        out.append(Name(f"{short}도시공사", f"{rom} Urban Development Corporation", (f"{short}공사",), (f"{rom} UDC",), slugify(f"{rom}-udc"), {"region": short}))
    return out


def public_agencies(basic: list[Name]) -> list[Name]:
    """National agencies, then regional agencies, then municipal facility corporations."""
    out = national_names(PUBLIC_AGENCIES)
    for ko_kind, en_kind, slug_kind in REGIONAL_AGENCY_KINDS:
        for full, short, _en, rom, _k in PROVINCES:
            out.append(Name(f"{short}{ko_kind}", en_kind.format(r=rom), (), (), slugify(f"{rom}-{slug_kind}"), {"region": short}))
    for lg in basic:
        place = lg.extra["place"]
        out.append(Name(f"{lg.extra['region']} {place}시설관리공단", f"{lg.extra['place_en']} Facilities Management Corporation, {lg.extra['region_en']}", (f"{place}시설관리공단",), (), slugify(f"{lg.slug}-fmc"), {"region": lg.extra["region"]}))
    return out


def regional_research_institutes() -> list[Name]:
    """One research institute per province: ``{지역}연구원``."""
    return [Name(f"{short}연구원", f"{rom} Research Institute", (f"{short}연",), (f"{rom[:2].upper()}RI",), slugify(f"{rom}-ri"), {"region": short}) for _f, short, _e, rom, _k in PROVINCES]


# --------------------------------------------------------------------------- academia
REAL_UNIVERSITIES = [
    ("서울대학교", "Seoul National University", "서울대", "SNU"),
    ("한국과학기술원", "Korea Advanced Institute of Science and Technology", "카이스트", "KAIST"),
    ("연세대학교", "Yonsei University", "연세대", "Yonsei"),
    ("고려대학교", "Korea University", "고려대", "KU"),
    ("포항공과대학교", "Pohang University of Science and Technology", "포스텍", "POSTECH"),
    ("성균관대학교", "Sungkyunkwan University", "성균관대", "SKKU"),
    ("한양대학교", "Hanyang University", "한양대", "HYU"),
    ("서울시립대학교", "University of Seoul", "시립대", "UOS"),
    ("광주과학기술원", "Gwangju Institute of Science and Technology", "지스트", "GIST"),
    ("울산과학기술원", "Ulsan National Institute of Science and Technology", "유니스트", "UNIST"),
    ("대구경북과학기술원", "Daegu Gyeongbuk Institute of Science and Technology", "디지스트", "DGIST"),
    ("부산대학교", "Pusan National University", "부산대", "PNU"),
    ("경북대학교", "Kyungpook National University", "경북대", "KNU"),
    ("전남대학교", "Chonnam National University", "전남대", "CNU"),
    ("충남대학교", "Chungnam National University", "충남대", "CNU-DJ"),
    ("인하대학교", "Inha University", "인하대", "Inha"),
    ("아주대학교", "Ajou University", "아주대", "Ajou"),
    ("가천대학교", "Gachon University", "가천대", "Gachon"),
    ("세종대학교", "Sejong University", "세종대", "Sejong Univ"),
    ("한국교통대학교", "Korea National University of Transportation", "교통대", "KNUT"),
]
UNIVERSITY_PATTERNS = [
    ("{p}대학교", "{P} University", "{p}대", ""),
    ("{p}과학기술대학교", "{P} University of Science and Technology", "{p}과기대", "st"),
    ("국립{p}대학교", "{P} National University", "{p}국립대", "nu"),
    ("{p}공과대학교", "{P} Institute of Technology", "{p}공대", "it"),
    ("{p}디지털대학교", "{P} Digital University", "{p}디지털대", "du"),
]

# --------------------------------------------------------------------------- industry
STEMS = [
    ("한빛", "Hanbit"), ("누리", "Nuri"), ("세움", "Seum"), ("다온", "Daon"), ("온누리", "Onnuri"),
    ("나래", "Narae"), ("하늘", "Haneul"), ("바른", "Bareun"), ("미래", "Mirae"), ("새빛", "Saebit"),
    ("가온", "Gaon"), ("아름", "Areum"), ("푸른", "Pureun"), ("한결", "Hangyeol"), ("다솜", "Dasom"),
    ("슬기", "Seulgi"), ("빛가람", "Bitgaram"), ("라온", "Raon"), ("도담", "Dodam"), ("마루", "Maru"),
    ("별빛", "Byeolbit"), ("해온", "Haeon"), ("한울", "Hanul"), ("두리", "Duri"), ("단비", "Danbi"),
    ("보람", "Boram"), ("이음", "Ieum"), ("모두", "Modu"), ("큰솔", "Keunsol"), ("솔빛", "Solbit"),
    ("청솔", "Cheongsol"), ("동방", "Dongbang"), ("한양", "Hanyang"), ("서해", "Seohae"), ("동해", "Donghae"),
    ("대성", "Daeseong"), ("한성", "Hanseong"), ("유진", "Yujin"), ("제일", "Jeil"), ("태영", "Taeyoung"),
    ("에이스", "Ace"), ("스마트", "Smart"), ("그린", "Green"), ("블루", "Blue"), ("유니", "Uni"),
    ("넥스", "Nex"), ("코어", "Core"), ("비전", "Vision"), ("퓨처", "Future"), ("인사이트", "Insight"),
    ("오픈", "Open"), ("메타", "Meta"), ("하이", "Hi"), ("제로", "Zero"), ("알파", "Alpha"),
    ("씨엔", "CN"), ("케이", "K"), ("엘", "El"), ("아이", "I"), ("티엔", "TN"),
]
INDUSTRIES = [
    ("테크", "Tech"), ("시스템즈", "Systems"), ("솔루션", "Solutions"), ("네트웍스", "Networks"),
    ("모빌리티", "Mobility"), ("에너지", "Energy"), ("건설", "Construction"), ("엔지니어링", "Engineering"),
    ("데이터", "Data"), ("랩스", "Labs"), ("정보통신", "ICT"), ("소프트", "Soft"), ("로보틱스", "Robotics"),
    ("플랫폼", "Platform"), ("인프라", "Infra"), ("디지털", "Digital"), ("이노베이션", "Innovation"),
    ("컨설팅", "Consulting"), ("산업", "Industries"), ("전자", "Electronics"), ("텔레콤", "Telecom"),
    ("에이아이", "AI"), ("시큐리티", "Security"), ("드론", "Drone"), ("공간정보", "Geospatial"),
]


def company(rng, taken: set) -> Name:
    """A new company name ``주식회사 {stem}{stem?}{industry}`` not in *taken* (which it extends)."""
    while True:
        parts = [rng.choice(STEMS)]
        if rng.random() < 0.6:
            parts.append(rng.choice(STEMS))
        ind = rng.choice(INDUSTRIES)
        core_ko = "".join(p[0] for p in parts) + ind[0]
        core_en = "".join(p[1] for p in parts) + " " + ind[1]
        if core_ko in taken or len(parts) == 2 and parts[0] == parts[1]:
            continue
        taken.add(core_ko)
        if rng.random() < 0.75:
            ko, alt = f"주식회사 {core_ko}", (core_ko, f"(주){core_ko}")
        else:
            ko, alt = f"{core_ko} 주식회사", (core_ko, f"{core_ko}(주)")
        acr = "".join(w[0] for w in core_en.split()).upper()
        return Name(ko, f"{core_en} Co., Ltd.", alt, (core_en, acr) if len(acr) > 1 else (core_en,), slugify(core_en))


# --------------------------------------------------------------------------- international
INTERNATIONAL_ORGS = [
    ("유엔 해비타트", "UN-Habitat", "UN-Habitat"), ("경제협력개발기구", "Organisation for Economic Co-operation and Development", "OECD"),
    ("세계은행", "World Bank", "WB"), ("아시아개발은행", "Asian Development Bank", "ADB"),
    ("미주개발은행", "Inter-American Development Bank", "IDB"), ("세계경제포럼", "World Economic Forum", "WEF"),
    ("국제전기통신연합", "International Telecommunication Union", "ITU"), ("유엔개발계획", "United Nations Development Programme", "UNDP"),
    ("아시아인프라투자은행", "Asian Infrastructure Investment Bank", "AIIB"), ("글로벌녹색성장연구소", "Global Green Growth Institute", "GGGI"),
    ("아세안 사무국", "ASEAN Secretariat", "ASEAN"), ("세계스마트시티기구", "World Smart Sustainable Cities Organization", "WeGO"),
]
COUNTRIES = [
    ("미국", "United States"), ("영국", "United Kingdom"), ("프랑스", "France"), ("독일", "Germany"), ("스페인", "Spain"),
    ("네덜란드", "Netherlands"), ("핀란드", "Finland"), ("싱가포르", "Singapore"), ("일본", "Japan"), ("베트남", "Viet Nam"),
    ("인도네시아", "Indonesia"), ("태국", "Thailand"), ("말레이시아", "Malaysia"), ("필리핀", "Philippines"), ("인도", "India"),
    ("아랍에미리트", "United Arab Emirates"), ("사우디아라비아", "Saudi Arabia"), ("이스라엘", "Israel"), ("우즈베키스탄", "Uzbekistan"), ("카자흐스탄", "Kazakhstan"),
    ("몽골", "Mongolia"), ("캄보디아", "Cambodia"), ("라오스", "Laos"), ("케냐", "Kenya"), ("에티오피아", "Ethiopia"),
    ("페루", "Peru"), ("콜롬비아", "Colombia"), ("칠레", "Chile"), ("브라질", "Brazil"), ("캐나다", "Canada"),
]
FOREIGN_MINISTRIES = [
    ("교통부", "Ministry of Transport", "mot"), ("도시개발부", "Ministry of Urban Development", "mud"),
    ("디지털부", "Ministry of Digital Affairs", "mda"), ("건설부", "Ministry of Construction", "moc"),
]
FOREIGN_CITIES = [
    ("바르셀로나", "Barcelona"), ("암스테르담", "Amsterdam"), ("헬싱키", "Helsinki"), ("콜럼버스", "Columbus"), ("두바이", "Dubai"),
    ("하노이", "Hanoi"), ("호찌민", "Ho Chi Minh City"), ("자카르타", "Jakarta"), ("방콕", "Bangkok"), ("쿠알라룸푸르", "Kuala Lumpur"),
    ("마닐라", "Manila"), ("울란바토르", "Ulaanbaatar"), ("타슈켄트", "Tashkent"), ("나이로비", "Nairobi"), ("리마", "Lima"),
    ("보고타", "Bogotá"), ("산티아고", "Santiago"), ("토론토", "Toronto"), ("뉴욕", "New York"), ("샌프란시스코", "San Francisco"),
    ("런던", "London"), ("파리", "Paris"), ("베를린", "Berlin"), ("빈", "Vienna"), ("코펜하겐", "Copenhagen"),
    ("스톡홀름", "Stockholm"), ("탈린", "Tallinn"), ("요코하마", "Yokohama"), ("후쿠오카", "Fukuoka"), ("프놈펜", "Phnom Penh"),
    ("비엔티안", "Vientiane"), ("벵갈루루", "Bengaluru"), ("리야드", "Riyadh"), ("텔아비브", "Tel Aviv"), ("알마티", "Almaty"),
]


def international() -> list[Name]:
    """International organisations, foreign cities and foreign ministries, interleaved.

    ``extra["cls"]`` says which class each one is.
    """
    orgs = [Name(ko, en, (), (acr,), slugify(acr), {"cls": "InternationalOrganization"}) for ko, en, acr in INTERNATIONAL_ORGS]
    cities = [Name(f"{ko}시", en, (ko,), (), slugify(f"city-{en}"), {"cls": "ForeignCity"}) for ko, en in FOREIGN_CITIES]
    govs = [Name(f"{cko} {mko}", f"{men}, {cen}", (), (), slugify(f"{cen}-{mslug}"), {"cls": "ForeignGovernment"})
            for mko, men, mslug in FOREIGN_MINISTRIES for cko, cen in COUNTRIES]
    out, streams = [], [orgs, cities, govs]
    while any(streams):
        for s in streams:
            if s:
                out.append(s.pop(0))
    return out


# --------------------------------------------------------------------------- topics, bodies, people
TOPICS = [
    ("스마트시티", "Smart City"), ("자율주행", "Autonomous Driving"), ("디지털트윈", "Digital Twin"),
    ("도시데이터", "Urban Data"), ("스마트 모빌리티", "Smart Mobility"), ("스마트 안전", "Smart Safety"),
    ("탄소중립 도시", "Carbon-Neutral City"), ("스마트 에너지", "Smart Energy"), ("도시재생", "Urban Regeneration"),
    ("스마트 물관리", "Smart Water"), ("공간정보", "Geospatial Information"), ("드론", "Drones"),
    ("사물인터넷", "Internet of Things"), ("인공지능 도시", "AI City"), ("스마트 헬스케어", "Smart Healthcare"),
    ("스마트 그리드", "Smart Grid"), ("블록체인", "Blockchain"), ("규제샌드박스", "Regulatory Sandbox"),
    ("스마트 건설", "Smart Construction"), ("도시 통합플랫폼", "Urban Integrated Platform"),
]
EVENT_KINDS = [
    ("세미나", "Seminar"), ("컨퍼런스", "Conference"), ("워크숍", "Workshop"), ("설명회", "Briefing"),
    ("간담회", "Roundtable"), ("박람회", "Expo"), ("정책토론회", "Policy Debate"), ("공청회", "Public Hearing"),
    ("해커톤", "Hackathon"), ("실무회의", "Working Meeting"), ("출범식", "Launch Ceremony"), ("포럼", "Forum"),
]
SUBCOMMITTEES = [
    ("정책분과", "Policy Subcommittee"), ("기술분과", "Technology Subcommittee"), ("데이터분과", "Data Subcommittee"),
    ("실증분과", "Demonstration Subcommittee"), ("국제협력분과", "International Cooperation Subcommittee"),
    ("제도분과", "Regulation Subcommittee"), ("산업분과", "Industry Subcommittee"), ("인력양성분과", "Workforce Subcommittee"),
]
VENUES = [
    ("코엑스", "COEX"), ("킨텍스", "KINTEX"), ("벡스코", "BEXCO"), ("엑스코", "EXCO"), ("정부세종청사", "Government Complex Sejong"),
    ("정부서울청사", "Government Complex Seoul"), ("대전컨벤션센터", "Daejeon Convention Center"), ("김대중컨벤션센터", "Kimdaejung Convention Center"),
    ("송도컨벤시아", "Songdo Convensia"), ("창원컨벤션센터", "Changwon Exhibition Convention Center"), ("제주국제컨벤션센터", "International Convention Center Jeju"),
    ("대한상공회의소", "Korea Chamber of Commerce and Industry"), ("한국프레스센터", "Korea Press Center"), ("aT센터", "aT Center"),
]
LAWS = [
    ("스마트도시 조성 및 산업진흥 등에 관한 법률", "Act on the Promotion of Smart City Development and Industry", "스마트도시법", "smart-city-act"),
    ("정부조직법", "Government Organization Act", "정부조직법", "government-organization-act"),
    ("공공기관의 운영에 관한 법률", "Act on the Management of Public Institutions", "공공기관운영법", "public-institutions-act"),
    ("과학기술분야 정부출연연구기관 등의 설립·운영 및 육성에 관한 법률", "Act on the Establishment, Operation and Fostering of Government-Funded Science and Technology Research Institutes", "과기출연기관법", "gri-act"),
    ("지방자치법", "Local Autonomy Act", "지방자치법", "local-autonomy-act"),
]
SURNAMES = [("김", "Kim", 21), ("이", "Lee", 15), ("박", "Park", 8), ("최", "Choi", 5), ("정", "Jung", 5), ("강", "Kang", 2), ("조", "Cho", 2),
            ("윤", "Yoon", 2), ("장", "Jang", 2), ("임", "Lim", 2), ("한", "Han", 1), ("오", "Oh", 1), ("서", "Seo", 1), ("신", "Shin", 1),
            ("권", "Kwon", 1), ("황", "Hwang", 1), ("안", "Ahn", 1), ("송", "Song", 1), ("류", "Ryu", 1), ("홍", "Hong", 1)]
GIVEN = [("민", "min"), ("준", "jun"), ("서", "seo"), ("연", "yeon"), ("지", "ji"), ("현", "hyeon"), ("우", "u"), ("도", "do"),
         ("윤", "yun"), ("하", "ha"), ("은", "eun"), ("수", "su"), ("영", "yeong"), ("호", "ho"), ("진", "jin"), ("성", "seong"),
         ("태", "tae"), ("희", "hui"), ("재", "jae"), ("경", "gyeong"), ("동", "dong"), ("상", "sang"), ("혁", "hyeok"), ("훈", "hun"),
         ("석", "seok"), ("철", "cheol"), ("미", "mi"), ("정", "jeong"), ("주", "ju"), ("원", "won"), ("기", "gi"), ("용", "yong")]


def person(rng) -> Name:
    """A Korean person's name, e.g. ``김민준`` / ``Kim Min-jun``."""
    ko_s, en_s, _w = rng.choices(SURNAMES, weights=[w for *_x, w in SURNAMES])[0]
    a, b = rng.choice(GIVEN), rng.choice(GIVEN)
    return Name(f"{ko_s}{a[0]}{b[0]}", f"{en_s} {a[1].capitalize()}-{b[1]}", (), (), slugify(f"{en_s}-{a[1]}{b[1]}"))
