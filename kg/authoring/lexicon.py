"""The extractor's vocabulary: titles, name suffixes, stop words, places, cue words and date forms.

Data, not code: a pattern that needs a new word gets it here (see docs/authoring.md).
"""

from __future__ import annotations

import re


PARTICLE_STARTS = set("은는이가을를의와과에도로으만까께랑나엔서며및등측간장들처부하내")  # 내: "위원회내 특위"

SURNAMES = set("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사라빈피계판팽견")

TITLES = {
    "장관": "minister", "차관": "vice-minister", "제1차관": "vice-minister", "제2차관": "vice-minister", "원장": "president",
    "교수": "professor", "센터장": "director", "연구원": "researcher", "관리원": "staff", "사장": "head", "청장": "head",
    "위원장": "head", "단장": "head", "시장": "head", "도지사": "head", "지사": "head", "이사장": "head", "총장": "head",
    "회장": "head", "대표": "head", "본부장": "head", "실장": "staff", "국장": "staff", "과장": "staff", "팀장": "staff",
    "사무관": "staff", "부원장": "staff", "부사장": "staff", "차장": "staff", "소장": "head", "처장": "head",
    "총괄계획가": "member", "의장": "head", "그룹장": "head", "사무총장": "head", "사무국장": "staff", "부시장": "staff",
    "부지사": "staff", "정무부지사": "staff", "행정부지사": "staff", "경제부지사": "staff", "정무부시장": "staff",
    "행정부시장": "staff", "경제부시장": "staff", "부군수": "staff", "부구청장": "staff", "사업단장": "head", "추진단장": "head", "공동대표": "head", "대표이사": "head",
    "부장": "staff", "부회장": "staff", "이사": "staff", "상무": "staff", "전무": "staff", "연구위원": "researcher", "책임연구원": "researcher",
    "선임연구원": "researcher", "수석연구원": "researcher", "박사": "researcher", "교수팀": "professor",
}

_TITLE_ALT = "|".join(sorted(TITLES, key=len, reverse=True))

ORG_SUFFIXES = ("위원회", "특별위원회", "공사", "공단", "진흥원", "연구원", "연구소", "재단", "협회", "협의체", "협의회",
                "추진단", "지원단", "사업단", "기획단", "얼라이언스", "포럼", "대학교", "대학", "본부", "평가원", "정보원",
                "개발원", "기술원", "학회", "연합회", "조합", "센터", "컨소시엄", "경찰서", "소방서", "테크노파크", "대사관", "영사관", "그룹", "추진본부",
                "인스티튜트", "연맹")

SUFFIX_KIND = [
    ("추진본부", "task-force"), ("특별위원회", "subcommittee"), ("위원회", "body"), ("협의체", "council"), ("협의회", "council"), ("얼라이언스", "council"),
    ("추진단", "task-force"), ("지원단", "task-force"), ("사업단", "task-force"), ("기획단", "task-force"),
    ("포럼", "forum"), ("공사", "public-enterprise"), ("공단", "public-agency"), ("진흥원", "public-agency"),
    ("평가원", "public-agency"), ("정보원", "public-agency"), ("개발원", "public-agency"), ("연구원", "research-institute"),
    ("연구소", "research-institute"), ("기술원", "research-institute"), ("대학교", "university"), ("대학", "university"),
    ("재단", "organization"), ("협회", "organization"), ("연합회", "organization"), ("컨소시엄", "organization"),
    ("경찰서", "agency"), ("소방서", "agency"), ("테크노파크", "public-agency"), ("대사관", "foreign-government"),
    ("영사관", "foreign-government"), ("그룹", "company"), ("학회", "organization"), ("조합", "organization"), ("센터", "organization"), ("본부", "unit"),
    ("인스티튜트", "organization"), ("연맹", "organization"),
    ("부", "ministry"), ("처", "agency"), ("청", "agency"),
]

STOP_NAMES = {"주한대사관", "주한대표부", 
    "농업법인", "농업회사법인", "영농조합법인", "유한회사", "주식회사", "추진본부", "R&D센터", "연구개발센터", "물류센터", "워킹그룹",
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
    "여야", "진흥원", "스마트시티통합운영센터",
}

#: Nouns that end a clause, not a name: "공모 결과, 울산·고양 등 6곳" is no organisation named 공모 결과.
CLAUSE_NOUNS = {"결과", "이후", "이전", "당시", "현재", "가운데", "전후", "이상", "이하", "이번", "결정", "발표"}

#: Words that never open an organisation's name: a body's name is not extended over them
#: ("국토교통과학기술진흥원 산하 융합얼라이언스지원단" proposes 융합얼라이언스지원단).
NOT_DESCRIPTORS = {"산하", "소속", "직속", "및", "또는", "각", "관련", "해당", "신규", "이번", "올해", "지난해", "현재", "기존",
                   "새", "신설", "전국", "국내", "해외", "전", "현", "등", "위한", "통한", "대한", "함께", "이른바", "일명",
                   "내년", "향후", "앞으로", "최근", "당시", "이날", "오늘", "이후", "본", "동", "분야", "부문", "가운데", "중",
                   "통해", "위해", "따라", "대해", "이하", "약칭", "특히", "또한", "아울러", "한편", "이어", "이에", "그리고", "또", "겸",
                   "열린", "열리는", "개최된", "출범한", "참석한", "참여한", "비롯", "비롯해", "포함", "포함해", "연내", "조속히"}

#: Words that alone do not name a body: "협력 협의체", "공공기관 협의체" are descriptions.
GENERIC_DESCRIPTORS = {"협력", "공동", "실무", "민관", "관계기관", "공공기관", "연구기관", "전문가", "합동", "정책", "자문",
                       "운영", "추진", "지원", "소통", "상생", "협의", "관계부처", "지자체", "기관", "기업", "산학연", "산학",
                       "민관산학", "컨소시엄", "산학협력", "산관학"}

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
에콰도르 볼리비아 파라과이 코스타리카 파나마 대만 홍콩 카탈루냐 까탈루냐
키르기스스탄 키르기즈스탄 키르기즈 타지키스탄 투르크메니스탄 아제르바이잔 아프가니스탄 조지아 아르메니아 벨라루스 몰도바
사모아 피지 통가 바누아투 파푸아뉴기니 동티모르 몰디브 부탄 베냉 보츠와나 르완다 탄자니아 남아프리카공화국 가나 세네갈
코트디부아르 모로코 알제리 튀니지 우간다 잠비아 짐바브웨 모잠비크 앙골라 카메룬 수단 말라위 마다가스카르 콩고 가봉
아랍에미레이트 오만 바레인 요르단 레바논 과테말라 도미니카 도미니카공화국 온두라스 엘살바도르 니카라과 우루과이 베네수엘라 쿠바 자메이카
그리스 포르투갈 아일랜드 루마니아 불가리아 세르비아 크로아티아 에스토니아 라트비아 리투아니아 슬로바키아 슬로베니아""".split())

#: Short or older forms of countries' names, and the name used for them.
COUNTRY_NAMES = {"키르기즈": "키르기스스탄", "키르기즈스탄": "키르기스스탄", "남아공": "남아프리카공화국", "사우디": "사우디아라비아",
                 "UAE": "아랍에미리트", "아랍에미레이트": "아랍에미리트", "터키": "튀르키예", "까탈루냐": "카탈루냐"}

METRO_SHORT = {"서울시": "서울특별시", "부산시": "부산광역시", "대구시": "대구광역시", "인천시": "인천광역시",
               "대전시": "대전광역시", "울산시": "울산광역시", "세종시": "세종특별자치시", "광주시": None}

FURNITURE = [
    re.compile(r"(?<!\d)0\d{1,2}[)\-.\s]\s?\d{3,4}[-.\s]\d{4}(?!\d)"),  # phone / fax numbers
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),  # e-mail
    re.compile(r"(전화|팩스|(?<![A-Za-z])(?:FAX|Fax|TEL|Tel)(?![A-Za-z])|☎|문의\s*:|담당자\s*:|담당\s*:)"),  # (not SK-Telecom)
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

ORG_KINDS = {"ministry", "agency", "presidential-committee", "research-institute", "government-research-institute",
             "regional-research-institute", "public-enterprise", "public-agency", "local-government", "university", "company",
             "international-organization", "foreign-government", "foreign-city", "organization", "unit", "task-force",
             "subcommittee", "council", "forum", "body"}

_DOTS = "·‧・"  # middle dot, hyphenation point, katakana middle dot: all written between list items

_VERBAL_END = set("한은는를을의에서고며여해된할던로과와이가도께엔자면")

#: Body suffixes that are words of their own in multi-word names ("스마트시티 융합 얼라이언스").
BARE_BODY_SUFFIXES = {"위원회", "특별위원회", "협의체", "협의회", "추진단", "지원단", "사업단", "기획단", "얼라이언스", "포럼", "컨소시엄", "추진본부", "인스티튜트"}

#: Particles and endings that follow a name, longest first (``국토연구원과의`` → 국토연구원).
_PARTICLES = ("에서는", "에서의", "에서도", "에서", "과의", "와의", "으로", "에는", "에게", "께서", "까지", "부터", "처럼", "이며",
              "이고", "이다", "와", "과", "은", "는", "이", "가", "을", "를", "의", "에", "도", "로")
#: … and the words glued to a name that end a name only if what is left is one (``국토부측``; not
#: ``우아한형제들``, a company).
_AFTER_NAME = _PARTICLES + ("만", "측", "들", "등")

#: Suffixes of a body's name written in quotes (‘스마트시티 국가 시범도시 세종·부산 추진단’).
QUOTED_SUFFIXES = (*ORG_SUFFIXES, "기구", "TF", "태스크포스", "전담팀", "전담반", "작업반", "전담팀(TF)", "팀(TF)")  # …네트워크/…연합 only with an acronym

#: Short names of the metropolitan governments and provinces, as lists write them ("서울·부산 등 12개 지자체").
REGION_SHORT = {"서울": "서울특별시", "부산": "부산광역시", "대구": "대구광역시", "인천": "인천광역시", "광주": "광주광역시",
                "대전": "대전광역시", "울산": "울산광역시", "세종": "세종특별자치시", "제주": "제주특별자치도", "경기": "경기도",
                "강원": "강원도", "충북": "충청북도", "충남": "충청남도", "전북": "전라북도", "전남": "전라남도", "경북": "경상북도",
                "경남": "경상남도"}

_COMPANY_TITLES = {"대표", "회장", "부회장", "사장", "부사장", "대표이사", "전무", "상무"}

#: Fields of technology and sectors of industry, which lists of companies' specialities share the shape of.
TECH_WORDS = {"블록체인", "클라우드", "인공지능", "빅데이터", "사물인터넷", "드론", "자율주행", "로봇", "메타버스", "디지털트윈",
              "모빌리티", "에너지", "바이오", "핀테크", "플랫폼", "보안", "데이터", "통신", "반도체", "소프트웨어", "5G", "AI", "IoT",
              "ICT", "VR", "AR", "XR", "GIS", "BIM", "CCTV", "스마트홈", "전기차", "수소", "배터리", "이차전지", "스마트팜",
              "헬스케어", "스마트그리드", "신재생에너지", "물관리", "스마트물류",
              # and sectors, listed the same way ("건설, 모빌리티, IT 등 다양한 기업")
              "IT", "건설", "금융", "제조", "유통", "물류", "교통", "환경", "관광", "의료", "교육", "문화", "농업", "부동산",
              "건축", "엔지니어링", "스마트시티", "도시개발", "인프라", "조선", "자동차", "항공", "우주", "방산", "게임", "콘텐츠"}

#: Kinds that select or designate others (the subject of 선정했다).
SELECTOR_KINDS = {"ministry", "agency", "presidential-committee", "body", "council", "task-force", "public-agency",
                  "public-enterprise", "subcommittee"}

#: Foreign cities, states and provinces as Korean texts write them (general knowledge: capitals, large cities,
#: the usual partners of smart-city programmes). Found by :func:`kg.authoring.orgpatterns._foreign_cities`
#: only where the text treats the city as an actor (a list of cities, ``조지타운(말레이시아)``, ``덴마크
#: '오덴세'와``, ``▲마닐라``, ``웰링턴시는``), never where it only places something (``하노이에서``).
FOREIGN_CITIES = set("""도쿄 오사카 요코하마 교토 나고야 후쿠오카 삿포로 고베 센다이 가와사키 기타큐슈 히로시마 오키나와
베이징 북경 상하이 광저우 심천 청두 충칭 항저우 난징 톈진 우한 쑤저우 칭다오 다롄 선양 하얼빈 샤먼 옌청 동관
정저우 허페이 푸저우 쿤밍 구이양 창춘 옌지 훈춘 슝안 마카오 타이베이 타이페이 가오슝 타이중 울란바토르
하노이 호찌민 호치민 다낭 하이퐁 껀터 나트랑 냐짱 빈즈엉 동나이 박닌 꽝닌 꽝남 트아티엔후에 방콕 치앙마이 푸껫 파타야 콘켄 반창 촌부리
쿠알라룸푸르 조호르바루 조호르 페낭 조지타운 말라카 코타키나발루 푸트라자야 사이버자야 셀랑고르 이스칸다르 자카르타 수라바야 반둥
메단 마카사르 족자카르타 스마랑 바탐 누산타라 마닐라 다바오 케손 퀘존 마카티 바코르 팜팡가 양곤 네피도 만달레이 비엔티안
프놈펜 시엠립 시엠레아프 반다르스리브가완 다카 치타공 랑푸르 카트만두 콜롬보 델리 뉴델리 뭄바이 벵갈루루 방갈로르 첸나이 콜카타
하이데라바드 푸네 아메다바드 수라트 자이푸르 카라치 라호르 이슬라마바드 타슈켄트 사마르칸트 알마티 아스타나 누르술탄 비슈케크
두샨베 아시가바트 바쿠 트빌리시 예레반 두바이 아부다비 샤르자 도하 리야드 제다 네옴 쿠웨이트시티 무스카트 마나마 암만 텔아비브
예루살렘 테헤란 바그다드 이스탄불 앙카라 이즈미르 사카리아 카이로 알렉산드리아 나이로비 몸바사 키갈리 아디스아바바
다르에스살람 라고스 아부자 아크라 다카르 아비장 루사카 하라레 마푸투 루안다 요하네스버그 케이프타운 더반 프리토리아 카사블랑카
라바트 튀니스 알제 캄팔라 가보로네 코토누 런던 맨체스터 버밍엄 리버풀 에든버러 글래스고 벨파스트 케임브리지 캠브리지 옥스퍼드
브리스톨 밀턴킨스 파리 리옹 마르세유 그르노블 툴루즈 보르도 낭트 스트라스부르 베를린 함부르크 뮌헨 프랑크푸르트 쾰른
슈투트가르트 드레스덴 라이프치히 하이델베르크 뒤셀도르프 암스테르담 로테르담 헤이그 위트레흐트 아인트호벤 에인트호번 리즈윅
브뤼셀 앤트워프 안트베르펜 겐트 취리히 제네바 바젤 베른 비엔나 잘츠부르크 프라하 부다페스트 바르샤바 크라쿠프 스톡홀름
예테보리 말뫼 코펜하겐 오르후스 오덴세 오슬로 헬싱키 에스포 탐페레 탈린 빌뉴스 더블린 리스본 포르투 마드리드 바르셀로나
발렌시아 세비야 빌바오 산탄데르 로마 밀라노 토리노 베네치아 피렌체 볼로냐 나폴리 베로나 아테네 모스크바 상트페테르부르크
블라디보스토크 키이우 키예프 민스크 부쿠레슈티 소피아 베오그라드 자그레브 류블랴나 브라티슬라바 뉴욕 로스앤젤레스 샌프란시스코
시카고 보스턴 시애틀 워싱턴 마이애미 애틀랜타 댈러스 휴스턴 덴버 라스베이거스 샌디에이고 필라델피아 디트로이트
피츠버그 포틀랜드 뉴저지 캘리포니아 텍사스 플로리다 하와이 토론토 밴쿠버 몬트리올 오타와 캘거리 온타리오 퀘벡 멕시코시티
과달라하라 몬테레이 보고타 메데진 리마 키토 과야킬 부에노스아이레스 상파울루 상파울로 리우데자네이루 쿠리치바 브라질리아
몬테비데오 아순시온 라파스 카라카스 파나마시티 과테말라시티 산토도밍고 아바나 시드니 멜버른 브리즈번 퍼스 애들레이드 캔버라
오클랜드 웰링턴 크라이스트처치 푸에르토프린세사 베뉴에 잠파라 하르야나 마하라슈트라 우타르프라데시 카르나타카 구자라트""".split())

#: Foreign places whose bare name is also a Korean word (후에 'after', 세부 'detail', 빈 'empty'): found only with
#: 시/성/주 after them (``후에시``, ``후에 시(市)``, ``세부시``).
FOREIGN_CITIES_SUFFIXED = {"후에", "세부", "빈", "니스", "릴", "리가", "클락", "발리", "하남", "광남", "산티아고", "피닉스", "오스틴", "지난", "선전", "상해", "천진", "시안", "창사"}
