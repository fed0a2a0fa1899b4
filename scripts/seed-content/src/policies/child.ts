import type { SeedPolicy } from "../types.ts";

/** 아동 chapter: school-age children (6–12) and the families raising them. */
export const childPolicies: SeedPolicy[] = [
  {
    id: "g-child-illness-travel",
    title: "어린이 중증환자 교통비 지원",
    summary: "암·희귀질환 등으로 다른 지역 병원에 다니는 18세 미만 아이에게 진료 1회마다 교통비를 드려요.",
    lifeStages: ["infant", "child", "teen"],
    primaryChapter: "child",
    householdSituations: [],
    interestTopics: ["physical-health", "living-support"],
    supportTypes: ["voucher"],
    targetAudience: `암, 희귀질환 같은 중증질환으로 광양 밖 병원에서 진료받는 18세 미만 아이가 대상이에요. 진료받은 날부터 신청하는 날까지 광양시에 주민등록을 두고 살아야 해요.`,
    eligibility: {
      rules: [
        {
          label: "18세 미만 중증질환 아동, 광양 거주",
          conditions: [
            { kind: "age", subject: "child", unit: "years", max: 17 },
            { kind: "residency", minMonths: 0 },
            { kind: "other", description: "암·희귀질환 등 중증질환으로 관외 병원 진료" },
          ],
        },
      ],
    },
    benefits: `광양 밖 병원 진료 1회마다 교통비를 모바일 광양사랑상품권(chak)으로 드려요. 한 해 최대 50만 원까지예요.

- 수도권(서울·인천·경기) 병원: 10만 원
- 그 밖의 지역 병원(여수·순천 제외): 7만 원`,
    amounts: [
      { label: "수도권 병원 진료", amountKrw: 100_000, period: "case", maxTotalKrw: 500_000 },
      { label: "그 밖의 지역 진료", amountKrw: 70_000, period: "case", maxTotalKrw: 500_000 },
    ],
    applicationMethod: {
      channels: ["visit"],
      receivingOrganization: "광양시보건소 건강증진과",
      details: `아이의 법정대리인이 진료받은 날부터 6개월 안에 진단서나 소견서, 진료받은 사실을 알 수 있는 서류를 챙겨 보건소에 신청하세요.`,
    },
    applicationPeriod: { kind: "after-event", description: "진료일부터 6개월 이내" },
    requiredDocuments: ["진단서 또는 소견서", "진료 사실 확인 서류"],
    departmentId: "health-promotion",
    contacts: [{ label: "광양시보건소 건강증진과", departmentId: "health-promotion", phone: "061-797-4049" }],
    legalBasis: [],
    status: { value: "active", effectiveFrom: "2025-01-01" },
    isNew: true,
    isLocal: true,
    sourceUrls: [
      "https://jnnews.co.kr/news/view.php?idx=394526",
      "http://www.newsworker.co.kr/news/articleView.html?idxno=383962",
      "https://m.nocutnews.co.kr/news/6093300",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: false,
  },
  {
    id: "g-school-entry-10am",
    title: "초등입학기 10시 출근제",
    summary: "아이가 초등학교에 들어갈 때 부모가 한동안 늦게 출근할 수 있도록 돕는 광양시 새 정책이에요.",
    lifeStages: ["child"],
    primaryChapter: "child",
    householdSituations: [],
    interestTopics: ["childcare", "jobs"],
    supportTypes: ["cash"],
    targetAudience: `초등학교에 입학하는(또는 입학 예정인) 아이를 둔 일하는 부모를 위한 정책이에요. 광양시의 구체적인 대상은 확인 중이에요.`,
    selectionCriteria: `참고로 광주광역시의 같은 이름 제도는 300인 미만 사업장에서 일하는 초등 1학년 부모가 입학 무렵 최대 2개월 동안 1시간 늦게 출근해도 임금이 줄지 않도록 시가 사업장에 장려금을 줘요. 광양시도 같은 방식인지는 확인 중이에요.`,
    eligibility: {
      rules: [
        {
          label: "초등 입학 예정·1학년 자녀",
          conditions: [{ kind: "schoolGrade", subject: "child", grades: ["pre-e1", "e1"] }],
        },
      ],
    },
    benefits: `생애복지플랫폼 신규 정책으로 소개됐어요. 광양시의 지원 방식과 금액은 확인 중이에요.`,
    amounts: [],
    applicationMethod: { channels: [] },
    applicationPeriod: { kind: "unknown" },
    requiredDocuments: [],
    contacts: [],
    legalBasis: [],
    status: { value: "active", note: "광양시 시행 내용 확인 중" },
    isNew: true,
    isLocal: true,
    sourceUrls: [
      "https://amp.nspna.com/country/?cid=7005&mode=view&newsid=729811",
      "https://heraldk.com/2024/01/06/%ec%b4%88%eb%93%b1-%ec%9e%85%ed%95%99%ea%b8%b0-10%ec%8b%9c-%ec%b6%9c%ea%b7%bc-%ec%a7%80%ec%9b%90-%ec%82%ac%ec%97%85%ec%9e%a5-%eb%aa%a8%ec%a7%91%ec%98%a4%eb%8a%94-16",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "광양시의 대상 사업장 규모, 장려금액, 신청 경로, 담당 부서와 전화번호를 모두 확인해야 해요.",
  },
  {
    id: "g-aikium-center",
    title: "광양아이키움센터(초등 돌봄)",
    summary: "방과 후 돌봄이 필요한 초등학생을 무료로 돌봐 주는 동네 돌봄 공간이에요.",
    lifeStages: ["child"],
    primaryChapter: "child",
    householdSituations: [],
    interestTopics: ["childcare", "protection-care"],
    supportTypes: ["facility", "service"],
    targetAudience: `돌봄이 필요한 초등학생이면 소득과 관계없이 이용할 수 있어요.`,
    eligibility: {
      rules: [
        {
          label: "초등학생",
          conditions: [{ kind: "schoolGrade", subject: "child", grades: ["e1", "e2", "e3", "e4", "e5", "e6"] }],
        },
      ],
    },
    benefits: `기본 돌봄, 놀이와 체험, 숙제 지도를 무료로 받아요. 2025년 기준 19곳(다함께돌봄센터 9곳, 공동육아나눔터 10곳)이 있고, 한 곳 정원은 30명 안팎이에요.

- 학기 중: 평일 오후 1시~7시
- 방학: 오전 9시~오후 6시`,
    amounts: [],
    applicationMethod: {
      channels: ["visit"],
      receivingOrganization: "가까운 아이키움센터",
      details: `센터마다 따로 신청을 받아요.`,
    },
    applicationPeriod: { kind: "always" },
    requiredDocuments: [],
    departmentId: "women-family",
    contacts: [{ label: "광양시 여성가족과", departmentId: "women-family", phone: "061-797-2776" }],
    legalBasis: ["광양시 초등학생 온종일 돌봄 조례(2019년)"],
    status: { value: "active" },
    isNew: false,
    isLocal: true,
    sourceUrls: [
      "https://www.newspim.com/news/view/20250915000631",
      "http://futurekorea.co.kr/news/articleView.html?idxno=144177",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "센터별 신청 방법과 연락처를 확인해야 해요.",
  },
  {
    id: "g-student-bus",
    title: "초·중·고등학생 100원 시내버스",
    summary: "학생은 교통카드로 시내버스를 타면 거리와 관계없이 100원만 내요.",
    lifeStages: ["child", "teen"],
    primaryChapter: "child",
    householdSituations: [],
    interestTopics: ["living-support", "education"],
    supportTypes: ["reduction"],
    targetAudience: `초·중·고등학생이 본인 이름으로 할인 등록한 교통카드를 쓰면 받을 수 있어요.`,
    eligibility: {
      rules: [
        {
          label: "초·중·고등학생",
          conditions: [
            {
              kind: "schoolGrade",
              subject: "applicant",
              grades: ["e1", "e2", "e3", "e4", "e5", "e6", "m1", "m2", "m3", "h1", "h2", "h3"],
            },
          ],
        },
      ],
    },
    benefits: `시내버스를 탈 때마다 100원만 내고, 나머지 요금은 시가 내줘요. 현금을 내거나 다른 사람 카드를 쓰면 할인되지 않아요.`,
    amounts: [{ label: "1회 본인 부담", amountKrw: 100, period: "case" }],
    applicationMethod: {
      channels: [],
      details: `편의점 등에서 교통카드를 사서 학생 할인 등록을 한 뒤 쓰면 돼요.`,
    },
    applicationPeriod: { kind: "none" },
    requiredDocuments: [],
    contacts: [],
    legalBasis: [],
    status: { value: "active", effectiveFrom: "2019-01-01", note: "초등학생 2018년 6월, 중·고등학생 2019년 1월 시작" },
    isNew: false,
    isLocal: true,
    sourceUrls: [
      "https://mnews.joins.com/article/22485326",
      "http://suncheon.org/news/news.asp?id=6284",
      "https://www.mbn.co.kr/news/society/3718569",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "교통카드 할인 등록 방법과 교통 담당 부서·전화번호를 확인해야 해요.",
  },
  {
    id: "g-single-parent",
    title: "광양형 한부모가족 지원",
    summary: "나라 기준을 조금 넘어 양육비를 못 받는 한부모가족에게 자녀 1인당 한 달 10만 원을 드려요.",
    lifeStages: ["child", "teen"],
    primaryChapter: "child",
    householdSituations: ["single-parent"],
    interestTopics: ["living-support", "childcare"],
    supportTypes: ["cash"],
    targetAudience: `광양시에 살면서 18세 미만 자녀를 키우는 한부모가족이 대상이에요.`,
    selectionCriteria: `2026년에는 소득이 기준중위소득 65% 초과 150% 이하인 가족이 받아요(이전에는 63% 초과 100% 이하). 재산이나 자녀 나이 같은 요건이 바뀌면 지원이 멈춰요.`,
    eligibility: {
      rules: [
        {
          label: "한부모, 18세 미만 자녀, 중위소득 65~150%",
          conditions: [
            { kind: "household", situations: ["single-parent"] },
            { kind: "age", subject: "child", unit: "years", max: 17 },
            { kind: "income", minPercentOfMedian: 65, maxPercentOfMedian: 150 },
          ],
        },
      ],
    },
    benefits: `자녀 한 명당 매달 10만 원을 지원이 결정된 날부터 드려요.`,
    amounts: [{ label: "자녀 1인당", amountKrw: 100_000, period: "month" }],
    applicationMethod: {
      channels: ["visit"],
      receivingOrganization: "주소지 읍·면·동 행정복지센터",
      details: `읍·면·동에서 '한부모가족지원'을 신청할 때 광양형 아동양육비 신청서를 함께 내세요.`,
    },
    applicationPeriod: { kind: "always" },
    requiredDocuments: ["광양형 아동양육비 신청서"],
    departmentId: "women-family",
    contacts: [{ label: "광양시 여성가족과", departmentId: "women-family", phone: "061-797-2776" }],
    legalBasis: [],
    status: { value: "active" },
    isNew: true,
    isLocal: true,
    sourceUrls: [
      "https://www.news1.kr/amp/local/gwangju-jeonnam/6034296",
      "https://www.joongdo.co.kr/web/view.php?key=20260112010002789",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote:
      "담당 부서가 출처에 나오지 않아 여성가족과로 안내했어요. 실제 담당 부서와 전화번호를 확인해야 해요.",
  },
  {
    id: "n-single-parent-childcare",
    title: "한부모가족 아동양육비(국가)",
    summary: "소득이 낮은 한부모가족이 18세 미만 자녀를 키우면 나라에서 매달 양육비를 드려요.",
    lifeStages: ["infant", "child", "teen"],
    primaryChapter: "child",
    householdSituations: ["single-parent", "low-income"],
    interestTopics: ["living-support", "childcare"],
    supportTypes: ["cash"],
    targetAudience: `18세 미만 자녀를 키우는 한부모가족(조손가족 포함) 중 소득 기준에 맞는 가족이 대상이에요.`,
    selectionCriteria: `2026년 광양형 지원이 '기준중위소득 65% 초과'부터인 점으로 보아 국가 기준은 65% 이하로 보여요. 정확한 기준은 확인 중이에요.`,
    eligibility: {
      rules: [
        {
          label: "한부모, 18세 미만 자녀",
          conditions: [
            { kind: "household", situations: ["single-parent"] },
            { kind: "age", subject: "child", unit: "years", max: 17 },
          ],
        },
      ],
    },
    benefits: `자녀 한 명당 매달 아동양육비를 드려요. 금액은 자녀 나이 등에 따라 달라요.

소득이 조금 넘어 받지 못하면 '광양형 한부모가족 지원'을 확인해 보세요.`,
    amounts: [],
    applicationMethod: {
      channels: ["visit", "online"],
      receivingOrganization: "주소지 읍·면·동 행정복지센터",
      onlineUrl: "https://www.bokjiro.go.kr",
    },
    applicationPeriod: { kind: "always" },
    requiredDocuments: [],
    contacts: [],
    legalBasis: [],
    status: { value: "active" },
    isNew: false,
    isLocal: false,
    sourceUrls: ["https://www.news1.kr/amp/local/gwangju-jeonnam/6034296"],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote:
      "2026년 국가 아동양육비 금액, 소득 기준, 상담 전화번호를 여성가족부·복지로 공식 안내로 확인해야 해요.",
  },
];
