import type { SeedPolicy } from "../types.ts";

/** 중장년 chapter: adults 40–64, including pre-retirement and working-age support. */
export const middleAgedPolicies: SeedPolicy[] = [
  {
    id: "g-flu-50-64",
    title: "50~64세 인플루엔자 무료 예방접종",
    summary: "나라 무료접종에서 빠진 50~64세 광양 시민도 독감 예방주사를 무료로 맞을 수 있어요.",
    lifeStages: ["middle-aged"],
    primaryChapter: "middle-aged",
    householdSituations: [],
    interestTopics: ["physical-health"],
    supportTypes: ["service"],
    targetAudience: `광양시에 사는 만 50~64세 시민이 대상이에요(2025~2026년 절기: 1961~1975년생). 이 나이의 기초생활수급자는 취약계층 접종으로 따로 안내받아요.`,
    eligibility: {
      rules: [
        {
          label: "광양 거주 50~64세",
          conditions: [
            { kind: "age", subject: "applicant", unit: "years", min: 50, max: 64 },
            { kind: "residency", minMonths: 0 },
          ],
        },
      ],
    },
    benefits: `독감 예방접종 비용을 시가 모두 내요.`,
    amounts: [],
    applicationMethod: {
      channels: ["visit"],
      receivingOrganization: "지정 위탁의료기관(2025년 43곳)",
      details: `백신이 떨어지기 전에 지정 병원·의원을 찾아가세요. 신분증과 접종 당일 뗀 주민등록등본을 꼭 챙기세요.`,
    },
    applicationPeriod: { kind: "fixed", description: "매년 가을 접종 기간(백신 소진 시 종료)" },
    requiredDocuments: ["신분증", "접종 당일 발급한 주민등록등본"],
    departmentId: "health-admin",
    contacts: [],
    legalBasis: [],
    status: { value: "active", note: "2022년 시작" },
    isNew: false,
    isLocal: true,
    sourceUrls: [
      "https://gwangyang.go.kr/menu.es?mid=a11209050500",
      "https://www.asiae.co.kr/article/2025092211115251942",
      "https://amp.nspna.com/country/?mode=view&newsid=598600",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "2026~2027년 절기 대상 출생연도, 위탁의료기관 목록, 보건행정과 전화번호를 확인해야 해요.",
  },
  {
    id: "g-life-redesign",
    title: "은퇴자 생애 재설계 프로그램",
    summary: "은퇴했거나 은퇴를 앞둔 50~64세 시민이 건강·재무·재취업 등 노후를 준비하는 무료 교육이에요.",
    lifeStages: ["middle-aged"],
    primaryChapter: "middle-aged",
    householdSituations: [],
    interestTopics: ["jobs", "education", "mental-health"],
    supportTypes: ["service", "counselling"],
    targetAudience: `신청일 기준 광양시에 사는 만 50~64세 은퇴자 또는 은퇴 예정자가 대상이에요.`,
    eligibility: {
      rules: [
        {
          label: "광양 거주 50~64세 은퇴(예정)자",
          conditions: [
            { kind: "age", subject: "applicant", unit: "years", min: 50, max: 64 },
            { kind: "residency", minMonths: 0 },
            { kind: "other", description: "은퇴했거나 은퇴 예정" },
          ],
        },
      ],
    },
    benefits: `건강, 여가, 관계, 재무, 재취업·창업 등 은퇴 뒤 삶을 설계하는 교육을 무료로 받아요(2021년: 15시간, 25명 이내).`,
    amounts: [],
    applicationMethod: {
      channels: ["visit", "mail"],
      receivingOrganization: "광양시 전략정책실 인구정책팀",
      details: `모집 공고 기간에 방문, 우편, 이메일로 신청해요.`,
    },
    applicationPeriod: { kind: "fixed", description: "모집 공고 기간" },
    requiredDocuments: [],
    departmentId: "population-policy",
    contacts: [{ label: "광양시 인구정책팀(2021년 기준)", departmentId: "population-policy", phone: "061-797-1940" }],
    legalBasis: [],
    status: { value: "active", note: "2021년 첫 운영" },
    isNew: false,
    isLocal: true,
    sourceUrls: [
      "http://www.bzeronews.com/news/articleView.html?idxno=532158",
      "http://m.pressian.com/pages/articles/2022120814024526572",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "2021년 보도 기준이에요. 올해 운영 여부와 담당 부서 전화번호가 그대로인지 확인해야 해요.",
  },
  {
    id: "n-job-seeker-support",
    title: "국민취업지원제도",
    summary: "일자리를 찾는 저소득 구직자에게 취업 상담·훈련과 함께 구직촉진수당을 지원해요.",
    lifeStages: ["youth", "middle-aged", "senior"],
    primaryChapter: "middle-aged",
    householdSituations: ["low-income"],
    interestTopics: ["jobs", "living-support"],
    supportTypes: ["cash", "service"],
    targetAudience: `만 15~69세 구직자 가운데 소득과 재산이 기준 이하인 사람이 대상이에요. 유형(1유형·2유형)에 따라 조건과 지원이 달라요.`,
    selectionCriteria: `1유형은 기준중위소득 60% 이하, 재산 4억 원 이하이고 최근 2년 안에 일한 경험이 있어야 해요.`,
    eligibility: {
      rules: [
        {
          label: "1유형: 15~69세, 중위소득 60% 이하",
          conditions: [
            { kind: "age", subject: "applicant", unit: "years", min: 15, max: 69 },
            { kind: "income", maxPercentOfMedian: 60 },
            { kind: "other", description: "구직 중이며 재산 4억 원 이하, 최근 2년 내 취업 경험" },
          ],
        },
      ],
    },
    benefits: `개인별 취업활동계획에 따라 상담, 직업훈련, 일자리 알선을 받아요. 1유형은 구직활동을 성실히 하면 한 달 50만 원씩 최대 6개월 구직촉진수당을 받아요.`,
    amounts: [
      { label: "1유형 구직촉진수당", amountKrw: 500_000, period: "month", maxCount: 6, maxTotalKrw: 3_000_000 },
    ],
    applicationMethod: {
      channels: ["online", "visit"],
      receivingOrganization: "관할 고용센터",
      details: `고용24에서 온라인으로 신청하거나 고용센터를 찾아가세요.`,
    },
    applicationPeriod: { kind: "always" },
    requiredDocuments: [],
    contacts: [],
    legalBasis: [],
    status: { value: "active" },
    isNew: false,
    isLocal: false,
    sourceUrls: [
      "https://informaion555.tistory.com/tag/%EC%B7%A8%EC%97%85%20%ED%99%9C%EB%8F%99%EB%B9%84%EC%9A%A9?page=1",
      "https://infotoktok.com/tag/국민%20취업지원제도%202유형",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote:
      "출처가 민간 정리글이에요(출처마다 나이·소득 기준 표기가 달라요). 2026년 기준과 수당액, 상담 전화번호를 확인해야 해요.",
  },
  {
    id: "n-disability-pension",
    title: "장애인연금",
    summary: "소득이 낮은 18세 이상 중증장애인에게 매달 기초급여와 부가급여를 드려요.",
    lifeStages: ["youth", "middle-aged", "senior"],
    primaryChapter: "middle-aged",
    householdSituations: ["disability", "low-income"],
    interestTopics: ["living-support"],
    supportTypes: ["cash"],
    targetAudience: `만 18세 이상 중증장애인(장애 정도가 심한 장애인) 가운데 본인과 배우자의 소득인정액이 선정기준액 이하인 사람이 받아요.`,
    eligibility: {
      rules: [
        {
          label: "18세 이상 중증장애인",
          conditions: [
            { kind: "age", subject: "applicant", unit: "years", min: 18 },
            { kind: "household", situations: ["disability"] },
            { kind: "other", description: "장애 정도가 심한 장애인, 소득인정액이 선정기준액 이하" },
          ],
        },
      ],
    },
    benefits: `생활 안정을 위해 매달 연금을 드려요.

- 기초급여: 2026년 월 최대 34만 9,700원
- 부가급여: 소득 수준과 나이에 따라 월 최대 9만 원

부부가 함께 받으면 기초급여가 일부 줄어요.`,
    amounts: [
      { label: "기초급여(2026년)", amountKrw: 349_700, period: "month", upTo: true },
      { label: "부가급여", amountKrw: 90_000, period: "month", upTo: true },
    ],
    applicationMethod: {
      channels: ["visit"],
      receivingOrganization: "주소지 읍·면·동 행정복지센터",
      details: `본인이나 대리인이 행정복지센터를 찾아가 신청해요.`,
    },
    applicationPeriod: { kind: "always" },
    requiredDocuments: ["신분증", "금융정보 제공 동의서", "소득·재산 관련 서류"],
    departmentId: "mohw-129",
    contacts: [{ label: "보건복지상담센터", departmentId: "mohw-129", phone: "129" }],
    legalBasis: ["장애인연금법"],
    status: { value: "active" },
    isNew: false,
    isLocal: false,
    sourceUrls: [
      "https://tips.omega81.com/category?page=7",
      "https://m.ggmile.com/2025/06/2025-40.html",
      "http://gunsanews.com/nView.htm?cateA=4&idx=40883&page=446",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote:
      "금액 출처가 민간 정리글이에요. 2026년 기초급여·부가급여와 선정기준액을 복지로 공식 안내로 확인해야 해요.",
  },
];
