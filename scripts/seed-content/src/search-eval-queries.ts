import { seedPolicies } from "./policies/index.ts";

/**
 * The search evaluation set over the seeded content (this package): queries as
 * residents type them, each with the entries that answer it (any of them counts). Kinds: every
 * seeded title as written (`title`), topics, particles, compound parts, spacing variants,
 * dictionary synonyms and everyday words, abbreviations and slang, sentences, 초성, typos and
 * words typed with the keyboard in English mode. Run through the real search page in Chromium
 * (site/test/search-eval.e2e.test.ts) and by `pnpm bench` beside Pagefind's defaults.
 */
export type EvalQuery = { query: string; expected: string[]; kind: EvalKind };
export type EvalKind =
  | "title"
  | "topic"
  | "particle"
  | "compound"
  | "spacing"
  | "synonym"
  | "abbreviation"
  | "sentence"
  | "choseong"
  | "typo"
  | "keyboard";

const BUS = "65세 이상 어르신 시내버스 무료";
const STUDENT_BUS = "초·중·고등학생 100원 시내버스";
const PREGNANCY = ["임신축하금", "임신·출산 진료비 지원(국민행복카드)", "태아 정밀건강검진비 지원"];
const SINGLE_PARENT = [
  "광양형 한부모가족 지원",
  "한부모가족 아동양육비(국가)",
  "저소득 한부모가정 만 18세 자녀 양육비",
];
const LEAVE = ["아빠 육아휴직 장려금", "육아휴직급여(고용보험)"];
const JOBS = ["국민취업지원제도", "노인일자리 및 사회활동 지원", "국민내일배움카드"];
const POSTPARTUM = ["산후조리비용 지원", "전남 공공산후조리원"];
const INFERTILITY = ["난임 시술비 추가 지원", "난임부부 교통비 지원"];
const EMERGENCY = ["긴급복지지원", "광양형 긴급복지 SOS 서비스"];
const q = (query: string, kind: EvalKind, ...expected: (string | string[])[]): EvalQuery => ({
  query,
  kind,
  expected: expected.flat(),
});

const WRITTEN: EvalQuery[] = [
  q("노인 버스", "synonym", BUS),
  q("할머니 버스", "synonym", BUS),
  q("할아버지 일자리", "synonym", "노인일자리 및 사회활동 지원"),
  q("출산장려금", "synonym", "출생축하금"),
  q("집세", "synonym", "청년 월세 지원", "청년 취업자 주거비 지원"),
  q("애기 수당", "synonym", "아동수당", "부모급여"),
  q("노령연금", "synonym", "기초연금"),
  q("노인연금", "synonym", "기초연금"),
  q("쌍둥이", "synonym", "다태아 안심단체보험"),
  q("책값", "synonym", "힘내라! 청년 도서구입비 지원"),
  q("학원비", "synonym", "고등학생 인터넷 강의 수강료 지원"),
  q("산후도우미", "synonym", "산모·신생아 건강관리 지원"),
  q("조리원", "synonym", POSTPARTUM),
  q("시험관", "synonym", "난임 시술비 추가 지원"),
  q("불임", "synonym", INFERTILITY),
  q("독감", "synonym", "50~64세 인플루엔자 무료 예방접종"),
  q("독감 주사", "synonym", "50~64세 인플루엔자 무료 예방접종"),
  q("난방비", "synonym", "에너지바우처"),
  q("전기요금", "synonym", "에너지바우처"),
  q("이사 지원금", "synonym", "전입장려금"),
  q("결혼장려금", "synonym", "전남 청년부부 결혼축하금"),
  q("웨딩", "synonym", "작은결혼식(스몰웨딩) 지원"),
  q("미혼모", "synonym", SINGLE_PARENT),
  q("싱글맘", "synonym", SINGLE_PARENT),
  q("이주여성", "synonym", "결혼이민자 한국어능력시험(TOPIK) 응시료 지원", "다문화가정 우리가족행복 문화체험비"),
  q("참전용사", "synonym", "전남 참전명예수당"),
  q("요양원", "synonym", "노인장기요양보험"),
  q("장애인카드", "synonym", "장애인 행복카드"),
  q("장애수당", "synonym", "장애인연금"),
  q("실업자", "synonym", "국민취업지원제도"),
  q("퇴직", "synonym", "은퇴자 생애 재설계 프로그램"),
  q("교복값", "synonym", "저소득층 교복 구입비 지원"),
  q("청년카드", "synonym", "전남 청년 문화복지카드"),
  q("고운맘카드", "synonym", "임신·출산 진료비 지원(국민행복카드)"),
  q("소아과 야간", "synonym", "공공심야 달빛어린이병원"),
  q("피아노", "synonym", "어린이 1인 1악기 교육"),
  q("기저귀", "synonym", "다자녀 가정 육아용품 구입비"),
  q("다둥이", "synonym", "다자녀 가정 육아용품 구입비"),
  q("학생 버스비", "synonym", STUDENT_BUS),
  q("노인정", "synonym", "경로당 회장 지역봉사지도원 활동비"),
  q("사고 보험", "synonym", "시민안전보험"),
  q("복지 상담 전화", "synonym", "보건복지상담센터 129"),
  q("기초수급", "abbreviation", "기초생활보장 생계급여"),
  q("수급자", "abbreviation", "기초생활보장 생계급여"),
  q("알바", "abbreviation", JOBS),
  q("육휴", "abbreviation", LEAVE),
  q("국취제", "abbreviation", "국민취업지원제도"),
  q("내배카", "abbreviation", "국민내일배움카드"),
  q("SOS", "abbreviation", "광양형 긴급복지 SOS 서비스"),
  q("초딩 돌봄", "abbreviation", "광양아이키움센터(초등 돌봄)"),
  q("중딩 버스", "abbreviation", STUDENT_BUS),
  q("취준생", "abbreviation", "국민취업지원제도", "국민내일배움카드"),
  q("아이를 맡길 곳이 필요해요", "sentence", "광양아이키움센터(초등 돌봄)", "24시 열린어린이집"),
  q("임신하면 받을 수 있는 지원이 있나요", "sentence", PREGNANCY),
  q("아기를 낳으면 얼마 받나요", "sentence", "출생축하금", "첫만남이용권", "부모급여"),
  q("밤에 아이가 아플 때 갈 병원", "sentence", "공공심야 달빛어린이병원"),
  q("어르신이 버스를 공짜로 탈 수 있나요", "sentence", BUS),
  q("월세가 너무 부담돼요", "sentence", "청년 월세 지원", "청년 취업자 주거비 지원"),
  q("일자리를 구하고 싶어요", "sentence", JOBS),
  q("난방비가 걱정이에요", "sentence", "에너지바우처"),
  q("결혼식을 작게 하고 싶어요", "sentence", "작은결혼식(스몰웨딩) 지원"),
  q("쌍둥이를 임신했어요", "sentence", "다태아 안심단체보험"),
  q("갑자기 생활이 어려워졌어요", "sentence", EMERGENCY),
  q("광양으로 이사 왔어요", "sentence", "전입장려금"),
  q("아빠가 육아휴직을 하면 받는 돈", "sentence", "아빠 육아휴직 장려금"),
  q("혼자 아이를 키우고 있어요", "sentence", SINGLE_PARENT),
  q("고등학생 인강 지원해 주나요", "sentence", "고등학생 인터넷 강의 수강료 지원"),
  q("장애가 있는 사람이 받을 수 있는 연금", "sentence", "장애인연금"),
  q("난임 시술 비용이 궁금해요", "sentence", "난임 시술비 추가 지원"),
  q("교복 살 돈이 없어요", "sentence", "저소득층 교복 구입비 지원"),
  q("복지 상담은 어디에 전화하나요", "sentence", "보건복지상담센터 129"),
  q("ㅊㅅㅊㅎㄱ", "choseong", "출생축하금"),
  q("ㅂㅁㄱㅇ", "choseong", "부모급여"),
  q("ㅇㄷㅅㄷ", "choseong", "아동수당"),
  q("ㄱㅊㅇㄱ", "choseong", "기초연금"),
  q("ㅇㅅㅊㅎㄱ", "choseong", "임신축하금"),
  q("ㅁㅎㄴㄹㅋㄷ", "choseong", "문화누리카드"),
  q("ㅇㄴㅈㅂㅇㅊ", "choseong", "에너지바우처"),
  q("ㅊㅁㄴㅇㅇㄱ", "choseong", "첫만남이용권"),
  q("ㅈㅇㅈㄹㄱ", "choseong", "전입장려금"),
  q("ㄴㅇㅇㅈㄹ", "choseong", "노인일자리 및 사회활동 지원"),
  q("ㅇㄹㅇㅈ", "choseong", "24시 열린어린이집"),
  q("어린이짐", "typo", "24시 열린어린이집"),
  q("출생축하굼", "typo", "출생축하금"),
  q("부모급야", "typo", "부모급여"),
  q("기초연굼", "typo", "기초연금"),
  q("임신축하곰", "typo", "임신축하금"),
  q("문화누리카도", "typo", "문화누리카드"),
  q("에너지바우쳐", "typo", "에너지바우처"),
  q("아동수장", "typo", "아동수당"),
  q("첫만남이용건", "typo", "첫만남이용권"),
  q("노인일짜리", "typo", "노인일자리 및 사회활동 지원"),
  q("dlatls", "keyboard", PREGNANCY),
  q("djfmtls", "keyboard", BUS),
  q("cnftks", "keyboard", "출생축하금", "첫만남이용권", "산후조리비용 지원"),
  q("dnjftp", "keyboard", "청년 월세 지원"),
  q("rlchdusrma", "keyboard", "기초연금"),
  q("dkehdtnekd", "keyboard", "아동수당"),
  q("gksqnah", "keyboard", SINGLE_PARENT),
  q("sksdla", "keyboard", INFERTILITY),
  q("어르신에게", "particle", BUS, "기초연금"),
  q("임신축하금을", "particle", "임신축하금"),
  q("시내버스를", "particle", BUS, STUDENT_BUS),
  q("아동수당은", "particle", "아동수당"),
  q("부모급여를", "particle", "부모급여"),
  q("휴직", "compound", LEAVE),
  q("축하금", "compound", "임신축하금", "출생축하금", "전남 청년부부 결혼축하금"),
  q("검진비", "compound", "태아 정밀건강검진비 지원"),
  q("어린이병원", "compound", "공공심야 달빛어린이병원"),
  q("단체보험", "compound", "다태아 안심단체보험"),
  q("스몰웨딩", "compound", "작은결혼식(스몰웨딩) 지원"),
  q("육아 휴직", "spacing", LEAVE),
  q("임신 축하금", "spacing", "임신축하금"),
  q("에너지 바우처", "spacing", "에너지바우처"),
  q("기초 연금", "spacing", "기초연금"),
  q("아동 수당", "spacing", "아동수당"),
  q("교통비", "topic", "어린이 중증환자 교통비 지원", "난임부부 교통비 지원"),
  q("장학금", "topic", "백운장학회 장학금"),
  q("자격증", "topic", "고3 학생 자격증 취득비용 지원"),
  q("예방접종", "topic", "50~64세 인플루엔자 무료 예방접종"),
  q("한국어", "topic", "결혼이민자 한국어능력시험(TOPIK) 응시료 지원"),
  q("주거비", "topic", "청년 취업자 주거비 지원"),
  q("돌봄", "topic", "광양아이키움센터(초등 돌봄)", "노인맞춤돌봄서비스"),
  q("연금", "topic", "기초연금", "장애인연금"),
  q("양육비", "topic", "한부모가족 아동양육비(국가)", "저소득 한부모가정 만 18세 자녀 양육비"),
  q("TOPIK", "topic", "결혼이민자 한국어능력시험(TOPIK) 응시료 지원"),
  q("100원", "topic", "100원 택시", STUDENT_BUS),
];

/** Every seeded title as written: the exact-title queries (the entry must come first). */
const TITLES: EvalQuery[] = seedPolicies.map((p) => q(p.title, "title", p.title));

/** The evaluation set: written queries, then every seeded title. */
export const EVAL_QUERIES: EvalQuery[] = [...WRITTEN, ...TITLES];
