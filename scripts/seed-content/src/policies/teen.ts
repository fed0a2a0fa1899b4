import type { SeedPolicy } from "../types.ts";

/** 청소년 chapter: middle and high school students (13–18). */
export const teenPolicies: SeedPolicy[] = [
  {
    id: "g-online-lecture",
    title: "고등학생 인터넷 강의 수강료 지원",
    summary: "광양 고등학생에게 대형 인터넷 강의 전 과목 수강권을 지원해요. 저소득층 학생은 전액 무료예요.",
    lifeStages: ["teen"],
    primaryChapter: "teen",
    householdSituations: ["low-income", "multicultural", "multi-child", "single-parent"],
    interestTopics: ["education"],
    supportTypes: ["voucher"],
    targetAudience: `광양시에 주소를 두고 광양 안의 고등학교에 다니는 학생이 대상이에요. 2025년부터 1학년도 포함돼 1~3학년 모두 신청할 수 있어요.`,
    selectionCriteria: `인원이 정해져 있어 다음 순서로 뽑아요.

- 교육급여를 받는 저소득층 학생은 모두 선발
- 다음으로 다문화·다자녀·한부모 가정 학생
- 그다음 성적이 우수한 학생`,
    eligibility: {
      rules: [
        {
          label: "광양 고등학생",
          conditions: [
            { kind: "schoolGrade", subject: "applicant", grades: ["h1", "h2", "h3"] },
            { kind: "residency", minMonths: 0 },
          ],
        },
      ],
    },
    benefits: `메가스터디, 대성마이맥, 이투스 가운데 한 곳의 전 과목 수강권을 받아요.

- 교육급여 수급 학생: 수강료 전액 지원
- 그 밖의 학생: 수강료 80% 지원(20%는 본인 부담)`,
    amounts: [],
    applicationMethod: {
      channels: ["school"],
      receivingOrganization: "다니는 고등학교",
      details: `학교를 통해 신청하면 학교장 추천을 거쳐 (재)백운장학회가 업체와 단체 계약을 맺고 수강권을 줘요.`,
    },
    applicationPeriod: { kind: "unknown" },
    requiredDocuments: [],
    departmentId: "baegun-scholarship",
    contacts: [],
    legalBasis: [],
    status: { value: "active", effectiveFrom: "2024-01-01", note: "2024년 1월 고2·3으로 시작, 2025년 고1까지 확대" },
    isNew: true,
    isLocal: true,
    sourceUrls: [
      "http://jnnews.co.kr/news/view.php?idx=363311",
      "https://jntoday.co.kr/news/article.html?no=227462",
      "https://ulsanartfocus.com/bbs/board.php?bo_table=news04&device=mobile&wr_id=5080",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "학교별 신청 시기와 (재)백운장학회 문의 전화번호를 확인해야 해요.",
  },
  {
    id: "g-certificate-fee",
    title: "고3 학생 자격증 취득비용 지원",
    summary: "수능 뒤 운전면허·컴퓨터·한국사 같은 자격증을 딴 고3 학생에게 응시료를 최대 30만 원 돌려드려요.",
    lifeStages: ["teen"],
    primaryChapter: "teen",
    householdSituations: ["low-income"],
    interestTopics: ["education", "jobs"],
    supportTypes: ["cash"],
    targetAudience: `학생 본인과 부모(보호자)가 모두 광양시에 주민등록을 둔 고등학교 3학년 학생이 대상이에요. 정해진 기간 안에 딴 국가공인 자격증 1개를 지원해요(2025년: 2025년 8월 1일~2026년 2월 6일).`,
    eligibility: {
      rules: [
        {
          label: "광양 고3 학생",
          conditions: [
            { kind: "schoolGrade", subject: "applicant", grades: ["h3"] },
            { kind: "residency", minMonths: 0 },
          ],
        },
      ],
    },
    benefits: `- 응시료가 10만 원 이하: 전액
- 10만 원이 넘으면: 10만 원에 넘는 금액의 절반을 더해 드려요.
- 한 사람 최대 30만 원, 기초생활수급 가정은 응시료 전액`,
    amounts: [{ label: "1인 최대", amountKrw: 300_000, period: "once", upTo: true }],
    applicationMethod: {
      channels: ["school"],
      receivingOrganization: "다니는 고등학교",
      details: `자격증 사본과 응시료 영수증을 학교에 내면 학교가 학생 계좌로 보내 줘요. 학교마다 선정 기준이 조금 다를 수 있어요.`,
    },
    applicationPeriod: { kind: "unknown", description: "학교 안내에 따름(2025년 취득 인정: 2025. 8. 1.~2026. 2. 6.)" },
    requiredDocuments: ["자격증 사본", "응시료 영수증"],
    departmentId: "education-youth",
    contacts: [],
    legalBasis: [],
    status: { value: "active", note: "2021년 시작" },
    isNew: false,
    isLocal: true,
    sourceUrls: ["https://jldnews.co.kr/news/articleView.html?idxno=206075", "https://nocutnews.co.kr/news/5985428"],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "2026년 취득 인정 기간과 교육청소년과 전화번호를 확인해야 해요.",
  },
  {
    id: "g-baegun-scholarship",
    title: "백운장학회 장학금",
    summary: "광양시 장학재단이 초·중·고·대학생 장학생을 12개 분야로 뽑아 장학금을 드려요.",
    lifeStages: ["child", "teen", "youth"],
    primaryChapter: "teen",
    householdSituations: ["multicultural", "multi-child", "low-income"],
    interestTopics: ["education"],
    supportTypes: ["cash"],
    targetAudience: `모집 기준일 전까지 부모나 보호자가 광양시에 1년 넘게 주소를 둔 학생이 신청할 수 있어요. 대학생은 본인이 광양 밖에 살아도 괜찮아요. 한 사람은 한 분야에만 신청해요.`,
    selectionCriteria: `대학생, 다자녀, 다문화, 학교 밖 청소년, 북한이탈주민(2025년 신설) 등 12개 분야로 나눠 뽑아요.`,
    eligibility: {
      rules: [
        {
          label: "부모가 광양 1년 이상 거주한 학생",
          conditions: [
            { kind: "residency", minMonths: 12 },
            { kind: "other", description: "초·중·고·대학생 또는 학교 밖 청소년으로 분야별 요건 충족" },
          ],
        },
      ],
    },
    benefits: `- 초등학생: 30만 원
- 중학생: 50만 원
- 고등학생: 70만 원
- 대학생: 50만~250만 원(다른 장학금을 받으면 제외)`,
    amounts: [
      { label: "초등학생", amountKrw: 300_000, period: "once" },
      { label: "중학생", amountKrw: 500_000, period: "once" },
      { label: "고등학생", amountKrw: 700_000, period: "once" },
      { label: "대학생", amountKrw: 2_500_000, period: "once", upTo: true },
    ],
    applicationMethod: {
      channels: ["visit"],
      receivingOrganization: "읍·면·동 행정복지센터 또는 광양시 교육청소년과",
      details: `모집 기간(예: 8월)에 찾아가서 신청하세요.`,
    },
    applicationPeriod: { kind: "fixed", description: "매년 모집 공고 기간(예: 8월)" },
    requiredDocuments: [],
    departmentId: "baegun-scholarship",
    contacts: [],
    legalBasis: [],
    status: { value: "active" },
    isNew: false,
    isLocal: true,
    sourceUrls: [
      "https://gy-senior.com/?p=42347",
      "http://m.gwangnam.co.kr/article.php?aid=1764033820523410165",
      "https://m.asiatoday.co.kr/kn/amp.php?key=20240715010008861",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "올해 모집 기간, 분야별 구비서류, 장학회 문의 전화번호를 확인해야 해요.",
  },
  {
    id: "g-school-uniform",
    title: "저소득층 교복 구입비 지원",
    summary: "저소득 가정의 중·고등학교 신입생에게 동복 20만 원, 하복 10만 원을 지원해요.",
    lifeStages: ["teen"],
    primaryChapter: "teen",
    householdSituations: ["low-income", "single-parent"],
    interestTopics: ["education", "living-support"],
    supportTypes: ["cash"],
    targetAudience: `기초생활수급자, 차상위계층, 한부모가족 등 저소득 가정의 자녀로 중학교나 고등학교에 새로 들어가는 학생이 대상이에요. 신청하는 날 광양시에 살아야 해요.`,
    eligibility: {
      rules: [
        {
          label: "저소득 가정 중·고 신입생",
          conditions: [
            { kind: "household", situations: ["low-income", "single-parent"] },
            { kind: "schoolGrade", subject: "child", grades: ["m1", "h1"] },
            { kind: "residency", minMonths: 0 },
          ],
        },
      ],
    },
    benefits: `- 동복: 20만 원
- 하복: 10만 원`,
    amounts: [
      { label: "동복", amountKrw: 200_000, period: "once" },
      { label: "하복", amountKrw: 100_000, period: "once" },
    ],
    applicationMethod: {
      channels: ["visit"],
      receivingOrganization: "주소지 읍·면·동 행정복지센터",
      details: `교복을 산 영수증과 통장 사본을 들고 찾아가세요. 동복은 2월, 하복은 6월에 신청해요.`,
    },
    applicationPeriod: { kind: "fixed", description: "동복 2월, 하복 6월" },
    requiredDocuments: ["교복 구입 영수증", "통장 사본"],
    departmentId: "resident-welfare",
    contacts: [],
    legalBasis: ["광양시 저소득층 교복 지원 조례(2012년)"],
    status: { value: "active", effectiveFrom: "2013-01-01" },
    isNew: false,
    isLocal: true,
    sourceUrls: [
      "http://www.namdonews.com/news/articleView.html?idxno=427098",
      "http://suncheon.org/news/news.asp?id=6230",
      "https://news.ikbc.co.kr/%EC%82%AC%ED%9A%8C/article/view/kbc201802020057",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "현재 금액(전체 신입생 교복 지원과의 관계 포함)과 담당 부서 전화번호를 확인해야 해요.",
  },
  {
    id: "g-single-parent-18",
    title: "저소득 한부모가정 만 18세 자녀 양육비",
    summary: "나라 양육비가 끊기는 만 18세 자녀에게 그해 12월까지 한 달 20만 원을 이어서 드려요.",
    lifeStages: ["teen"],
    primaryChapter: "teen",
    householdSituations: ["single-parent", "low-income"],
    interestTopics: ["living-support", "education"],
    supportTypes: ["cash"],
    targetAudience: `광양시에 사는 저소득 한부모가정의 만 18세 자녀가 대상이에요. 나라의 한부모 아동양육비는 만 18세 생일에 끝나서 고3 시기에 빈틈이 생기는데, 이를 메워 주는 제도예요.`,
    eligibility: {
      rules: [
        {
          label: "저소득 한부모가정의 만 18세 자녀",
          conditions: [
            { kind: "household", situations: ["single-parent", "low-income"], match: "all" },
            { kind: "age", subject: "child", unit: "years", min: 18, max: 18 },
          ],
        },
      ],
    },
    benefits: `나라 양육비가 끊기는 달부터 그해 12월까지 매달 20만 원을 드려요.`,
    amounts: [{ amountKrw: 200_000, period: "month" }],
    applicationMethod: { channels: [] },
    applicationPeriod: { kind: "unknown" },
    requiredDocuments: [],
    departmentId: "women-family",
    contacts: [{ label: "광양시 여성가족과", departmentId: "women-family", phone: "061-797-2776" }],
    legalBasis: [],
    status: { value: "active", effectiveFrom: "2022-01-01" },
    isNew: false,
    isLocal: true,
    sourceUrls: [
      "https://ir.newspim.com/news/view/20211227000697",
      "https://www.newsasia.kr/mobile/article.html?no=118037",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "신청 방법(읍·면·동 한부모 창구로 보임)과 지금도 운영하는지 확인해야 해요.",
  },
];
