/**
 * Every Korean label an editor or resident sees for the domain's fields, in one place.
 * The CMS field labels, the site's headings and the handbook use these.
 * Section headings follow 정부24's resident questions (누가 받을 수 있나요? …).
 */
export const FIELD_LABELS = {
  id: "고유 ID",
  slug: "주소(슬러그)",
  previousSlugs: "이전 주소",
  title: "서비스명",
  summary: "한 줄 요약",
  lifeStages: "생애주기",
  primaryChapter: "대표 생애주기(안내서 수록 장)",
  householdSituations: "가구상황",
  interestTopics: "관심주제",
  supportTypes: "지원유형",
  targetAudience: "지원대상",
  selectionCriteria: "선정기준",
  eligibility: "자격 조건(맞춤형 찾기)",
  benefits: "지원내용",
  amounts: "지원 금액",
  applicationMethod: "신청방법",
  applicationPeriod: "신청기한",
  requiredDocuments: "구비서류",
  departmentId: "담당부서",
  contacts: "문의처",
  legalBasis: "근거 법령·조례",
  status: "상태",
  isNew: "신규 정책",
  isLocal: "광양형(시 자체 사업)",
  gov24ServiceId: "보조금24 서비스ID",
  bokjiroServId: "복지로 서비스ID",
  sourceUrls: "출처",
  lastReviewedAt: "최종 검토일",
  needsVerification: "확인 필요",
  verificationNote: "확인할 내용",
  images: "이미지",
  publishedAt: "게시일",
  // nested
  label: "구분",
  amountKrw: "금액(원)",
  period: "지급 주기",
  upTo: "최대 금액",
  maxCount: "최대 횟수",
  maxTotalKrw: "최대 총액(원)",
  phone: "전화번호",
  channels: "신청 경로",
  receivingOrganization: "접수기관",
  onlineUrl: "온라인 신청 주소",
  details: "신청 절차",
  kind: "종류",
  startDate: "시작일",
  endDate: "마감일",
  description: "설명",
  value: "값",
  effectiveFrom: "시행일",
  effectiveUntil: "종료일",
  note: "비고",
  rules: "조건 묶음",
  conditions: "조건",
  appliesToAll: "모든 시민 대상",
  subject: "대상자",
  unit: "단위",
  min: "최소",
  max: "최대",
  minWeeks: "최소 임신 주수",
  minBabies: "최소 태아 수",
  minMonths: "최소 거주 개월",
  maxPercentOfMedian: "기준중위소득 상한(%)",
  minPercentOfMedian: "기준중위소득 하한(%)",
  multiplesOnly: "다태아만",
  match: "충족 방식",
  situations: "가구상황",
  grades: "학년",
  name: "이름",
  team: "팀",
  organization: "기관",
  location: "위치",
  order: "순서",
  pose: "자세",
  chapter: "장",
  image: "이미지",
  alt: "대체 텍스트",
  original: "원본 이미지",
  variants: "크기별 이미지",
  src: "파일 경로",
  width: "너비",
  height: "높이",
  mimeType: "파일 형식",
  usageNotes: "사용 지침",
  editionYear: "발간 연도",
  subtitle: "부제",
  cityName: "시 이름",
  operatorName: "운영기관명",
  isGovernmentOperator: "정부·지자체 운영 누리집",
  foreword: "발간사",
  mainPhone: "대표 전화",
  siteOrigin: "누리집 주소",
  coverMascotId: "표지 캐릭터",
  openDataLicense: "공공데이터 이용조건(공공누리)",
  policies: "정책",
  departments: "부서",
  mascots: "복지 캐릭터",
  guidebook: "안내서 설정",
  schemaVersion: "스키마 버전",
  generatedAt: "생성 시각",
  // 검색어 사전
  searchTerms: "검색어 사전",
  term: "대표어",
  synonyms: "같은 뜻의 말",
  sourceUrl: "출처",
} as const;

/** Section headings of a policy entry, shared by the site and the handbook. */
export const SECTION_HEADINGS = {
  atAGlance: "한눈에 보기",
  who: "누가 받을 수 있나요?",
  what: "어떤 혜택을 받을 수 있나요?",
  how: "어떻게 신청하나요?",
  contact: "어디에 문의하나요?",
  basis: "근거 법령·조례",
  source: "출처 및 검토",
} as const;

/** Short resident-facing words used across site and handbook. */
export const UI_WORDS = {
  verifying: "확인 중",
  verifyingNote: "일부 내용을 시에서 확인하고 있습니다. 신청 전에 대표 전화로 문의하세요.",
  guidanceOnly: "이 결과는 안내용이며, 선정 여부는 신청 후 결정됩니다.",
  new: "신규",
  local: "광양형",
} as const;

/** The Korean label of a field path segment, falling back to the key itself. */
export function labelOf(key: string | number): string {
  if (typeof key === "number") return `${key + 1}번째`;
  return (FIELD_LABELS as Record<string, string>)[key] ?? key;
}

/** Words of a policy's status notice (present/status.ts), for residents. */
export const STATUS_WORDS = {
  until: (date: string) => `${date}까지`,
  suspendedNote: "지금은 신청을 받지 않습니다.",
  endedNote: "끝난 사업입니다. 비슷한 지원은 문의처에 확인하세요.",
} as const;

/**
 * The words of the eligibility conditions (`condition` in eligibility.ts): the kinds, whose age it
 * is, the units and the option values. The CMS's condition blocks and the finder use these.
 */
export const ELIGIBILITY_WORDS = {
  kinds: {
    age: "나이",
    pregnancy: "임신",
    residency: "거주 기간",
    income: "소득",
    household: "가구상황",
    schoolGrade: "학년",
    sex: "성별",
    other: "기타 조건",
  },
  subject: { applicant: "신청인", child: "자녀" },
  unit: { years: "만 나이(세)", months: "개월 수" },
  sex: { male: "남성", female: "여성" },
  /** The finder names the parent too: "남성(아빠)". */
  parent: { male: "아빠", female: "엄마" },
  match: { any: "하나 이상 해당", all: "모두 해당" },
} as const;
