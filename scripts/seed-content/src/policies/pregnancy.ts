import type { SeedPolicy } from "../types.ts";

/** 임신·출산 chapter: Gwangyang's own, Jeonnam and national pregnancy and birth support. */
export const pregnancyPolicies: SeedPolicy[] = [
  {
    id: "g-pregnancy-gift",
    title: "임신축하금",
    summary: "임신 20주가 지난 광양 임신부에게 지역화폐 100만 원을 드려요.",
    lifeStages: ["pregnancy"],
    primaryChapter: "pregnancy",
    householdSituations: [],
    interestTopics: ["pregnancy-birth", "living-support"],
    supportTypes: ["voucher"],
    targetAudience: `신청일 전까지 6개월 넘게 광양시에 주민등록을 두고 살아온 임신부가 받을 수 있어요.

- 임신·출산 진료비 지급신청서에 적힌 임신 확인일이 2025년 1월 1일 이후여야 해요.
- 아기를 낳은 뒤 광양으로 이사 온 경우에는 받을 수 없어요.`,
    selectionCriteria: `예전 임신부 교통비(20만 원)를 넓혀 만든 제도라서 두 가지를 함께 받을 수는 없어요. 2024년까지 임신을 확인한 분은 교통비 대상이에요.`,
    eligibility: {
      rules: [
        {
          label: "임신 20주 이상, 광양 거주 6개월 이상",
          conditions: [
            { kind: "pregnancy", minWeeks: 20 },
            { kind: "residency", minMonths: 6 },
          ],
        },
      ],
    },
    benefits: `광양사랑상품권(모바일 chak) 100만 원을 한 번 드려요. 건강관리, 임부복 등 필요한 곳에 자유롭게 쓰되, 광양 안에서만 쓸 수 있어요.`,
    amounts: [{ amountKrw: 1_000_000, period: "once" }],
    applicationMethod: {
      channels: ["visit"],
      receivingOrganization: "광양시보건소 출생보건과",
      details: `임신 20주부터 아기가 태어난 뒤 1년 안에 신청하세요.`,
    },
    applicationPeriod: { kind: "after-event", description: "임신 20주부터 출산 후 1년 이내" },
    requiredDocuments: [
      "신분증",
      "임신·출산 진료비 지급 신청서",
      "임신 20주 이상임을 알 수 있는 초음파 사진 또는 소견서·진단서",
      "주민등록초본",
    ],
    departmentId: "birth-health",
    contacts: [{ label: "광양시보건소 출생보건과", departmentId: "birth-health", phone: "061-797-4758" }],
    legalBasis: [],
    status: { value: "active", effectiveFrom: "2025-01-01" },
    isNew: true,
    isLocal: true,
    sourceUrls: ["http://hnjn.co.kr/print.php?aid=13072771775", "https://m.nspna.com/country/?mode=view&newsid=767226"],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "접수 창구(보건소 방문 외 읍·면·동·온라인 접수 가능 여부)와 출생지원팀 직통번호를 확인해야 해요.",
  },
  {
    id: "g-fetal-checkup",
    title: "태아 정밀건강검진비 지원",
    summary: "뱃속 아기의 정밀 건강검진 비용을 돕는 광양시 새 정책이에요. 세부 내용은 확인 중이에요.",
    lifeStages: ["pregnancy"],
    primaryChapter: "pregnancy",
    householdSituations: [],
    interestTopics: ["pregnancy-birth", "physical-health"],
    supportTypes: ["cash"],
    targetAudience: `광양시에 사는 임신부를 위한 정책으로 알려져 있어요. 정확한 대상은 확인 중이에요.`,
    eligibility: {
      rules: [{ label: "임신 중", conditions: [{ kind: "pregnancy" }] }],
    },
    benefits: `태아 정밀검사 비용 일부를 지원하는 정책으로 생애복지플랫폼 신규 정책 목록에 올라 있어요. 지원 금액과 횟수는 확인 중이에요.`,
    amounts: [],
    applicationMethod: { channels: [] },
    applicationPeriod: { kind: "unknown" },
    requiredDocuments: [],
    contacts: [],
    legalBasis: [],
    status: { value: "active", note: "시행 여부와 시작일 확인 중" },
    isNew: true,
    isLocal: true,
    sourceUrls: ["https://amp.nspna.com/country/?cid=7005&mode=view&newsid=729811"],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote:
      "지원 대상, 금액, 신청 방법, 담당 부서와 전화번호를 모두 시에 확인해야 해요(출처에는 정책 이름만 있어요).",
  },
  {
    id: "g-birth-celebration",
    title: "출생축하금",
    summary: "아이를 낳거나 입양한 가정에 출생 순서에 따라 500만~2,000만 원을 나눠 드려요.",
    lifeStages: ["pregnancy", "infant"],
    primaryChapter: "pregnancy",
    householdSituations: ["multi-child"],
    interestTopics: ["pregnancy-birth", "living-support", "adoption-foster"],
    supportTypes: ["cash"],
    targetAudience: `광양시에서 아이를 낳거나 입양한 가정이 대상이에요. 생후 12개월이 안 된 아이를 입양한 경우도 포함돼요.`,
    selectionCriteria: `출생(입양)일 6개월 전부터 만 4세 생일 때 받는 마지막 지원금을 신청하는 날까지, 5년 동안 광양시에 계속 주민등록을 두고 실제로 살아야 해요. 그 사이 다른 시·군으로 한 번이라도 옮기면 받을 수 없어요.`,
    eligibility: {
      rules: [
        {
          label: "광양에서 출생·입양, 출생 전 6개월 이상 거주",
          conditions: [
            { kind: "age", subject: "child", unit: "years", max: 4 },
            { kind: "residency", minMonths: 6 },
            { kind: "other", description: "출생 6개월 전부터 만 4세 지원금 신청일까지 광양시 계속 거주" },
          ],
        },
      ],
    },
    benefits: `2025년 1월 1일 이후 태어난 아이부터 출생 순서에 따라 500만 원에서 2,000만 원까지 차등 지원해요. 한 번에 주지 않고 출생 때와 매년 생일마다 나눠서 드려요.`,
    amounts: [
      { label: "출생 순서에 따라(최소)", amountKrw: 5_000_000, period: "once" },
      { label: "출생 순서에 따라(최대)", amountKrw: 20_000_000, period: "once", upTo: true },
    ],
    applicationMethod: {
      channels: ["visit"],
      receivingOrganization: "주소지 읍·면·동 행정복지센터",
      details: `태어난 날과 매년 생일로부터 1년 안에 신청해야 그해 몫을 받을 수 있어요.`,
    },
    applicationPeriod: { kind: "after-event", description: "출생일과 매년 생일로부터 각 1년 이내" },
    requiredDocuments: ["신분증", "통장 사본", "필요한 경우 혼인관계증명서, 가족관계증명서, 재직증명서"],
    departmentId: "birth-health",
    contacts: [{ label: "광양시보건소 출생보건과", departmentId: "birth-health", phone: "061-797-4758" }],
    legalBasis: [],
    status: { value: "active" },
    isNew: false,
    isLocal: true,
    gov24ServiceId: "484000000137",
    sourceUrls: [
      "https://korea-data.com/benefit/484000000137",
      "http://www.thebigdata.co.kr/view.php?ud=20210713053506166048287effd3_23",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "출생 순서별 금액(첫째~다섯째 이상)과 해마다 나눠 주는 금액표를 확인해야 해요.",
  },
  {
    id: "g-postnatal-care",
    title: "산후조리비용 지원",
    summary: "광양 산후조리원을 이용한 산모에게 최대 140만 원, 이용하지 않은 산모에게 20만 원을 드려요.",
    lifeStages: ["pregnancy"],
    primaryChapter: "pregnancy",
    householdSituations: ["low-income", "disability"],
    interestTopics: ["pregnancy-birth", "physical-health"],
    supportTypes: ["cash"],
    targetAudience: `아이를 낳은 날 배우자와 함께 광양시에 주민등록을 두고 사는 산모가 받을 수 있어요.`,
    eligibility: {
      rules: [
        {
          label: "출산일 기준 광양 거주 산모",
          conditions: [
            { kind: "age", subject: "child", unit: "months", max: 2 },
            { kind: "residency", minMonths: 0 },
          ],
        },
      ],
    },
    benefits: `광양시 안의 산후조리원을 이용하면 소득과 장애 정도에 따라 이용료를 나눠 지원해요.

- 기초생활(의료)수급자, 장애 정도가 심한 산모: 최대 140만 원(하루 10만 원, 14일)
- 차상위계층, 장애 정도가 심하지 않은 산모: 최대 126만 원(하루 9만 원, 14일)
- 그 밖의 산모: 최대 80만 원(하루 8만 원, 10일)
- 관내 산후조리원을 이용하지 않은 산모: 20만 원

쌍둥이 이상을 낳았다면 20%를 더해 드려요.`,
    amounts: [
      { label: "수급자·심한 장애", amountKrw: 1_400_000, period: "once", upTo: true },
      { label: "차상위·심하지 않은 장애", amountKrw: 1_260_000, period: "once", upTo: true },
      { label: "그 밖의 산모", amountKrw: 800_000, period: "once", upTo: true },
      { label: "관내 조리원 미이용", amountKrw: 200_000, period: "once" },
    ],
    applicationMethod: {
      channels: ["online", "visit"],
      receivingOrganization: "주소지 읍·면·동 행정복지센터",
      onlineUrl: "https://www.gov.kr",
      details: `아이를 낳은 날부터 90일 안에 정부24에서 온라인으로 신청하거나 읍·면·동 행정복지센터를 찾아가세요.`,
    },
    applicationPeriod: { kind: "after-event", description: "출산일부터 90일 이내" },
    requiredDocuments: [],
    contacts: [],
    legalBasis: [],
    status: { value: "active" },
    isNew: false,
    isLocal: true,
    sourceUrls: [
      "https://bokmem.traintime.co.kr/view_subsidy.php?idx=4386",
      "http://www.thebigdata.co.kr/view.php?ud=20210713053506166048287effd3_23",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "담당 부서와 전화번호, 구비서류를 확인해야 해요(출처에는 '광양시'까지만 나와 있어요).",
  },
  {
    id: "g-infertility-travel",
    title: "난임부부 교통비 지원",
    summary: "다른 지역 병원에서 난임 시술을 받는 부부에게 시술 1회마다 최대 20만 원 교통비를 드려요.",
    lifeStages: ["pregnancy"],
    primaryChapter: "pregnancy",
    householdSituations: [],
    interestTopics: ["pregnancy-birth", "physical-health"],
    supportTypes: ["cash"],
    targetAudience: `광양시에 주민등록을 두고 사는 난임 시술 부부가 대상이에요.`,
    eligibility: {
      rules: [
        {
          label: "광양 거주 난임 시술자",
          conditions: [
            { kind: "residency", minMonths: 0 },
            { kind: "other", description: "난임 시술을 받는 중" },
          ],
        },
      ],
    },
    benefits: `시술 한 차수마다 교통비를 드려요.

- 수도권 병원에서 시술: 20만 원
- 수도권 밖 병원에서 시술: 15만 원`,
    amounts: [
      { label: "수도권 병원", amountKrw: 200_000, period: "case" },
      { label: "수도권 밖 병원", amountKrw: 150_000, period: "case" },
    ],
    applicationMethod: {
      channels: [],
      receivingOrganization: "광양시보건소 출생보건과",
      details: `신청 방법은 출생보건과 모자보건팀에 문의하세요.`,
    },
    applicationPeriod: { kind: "unknown" },
    requiredDocuments: [],
    departmentId: "maternal-health",
    contacts: [{ label: "광양시보건소 모자보건팀", departmentId: "maternal-health", phone: "061-797-4026" }],
    legalBasis: [],
    status: { value: "active", note: "2025년 신설" },
    isNew: false,
    isLocal: true,
    sourceUrls: ["https://kr.care/?p=45299", "http://dailyclick.net/contents/67724755d176b522451c29b2"],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "신청 방법, 신청 기한, 구비서류를 확인해야 해요.",
  },
  {
    id: "g-infertility-extra",
    title: "난임 시술비 추가 지원",
    summary: "정부 지원 횟수를 다 쓴 난임부부에게 시술비를 더 지원했던 사업이에요. 현재 기준은 확인 중이에요.",
    lifeStages: ["pregnancy"],
    primaryChapter: "pregnancy",
    householdSituations: [],
    interestTopics: ["pregnancy-birth", "physical-health"],
    supportTypes: ["cash"],
    targetAudience: `정부 난임 시술비 지원 횟수를 모두 쓴 광양 난임부부가 대상이었어요(보도 당시 기준).`,
    eligibility: {
      rules: [
        {
          conditions: [{ kind: "other", description: "정부 난임 시술비 지원 횟수를 모두 사용" }],
        },
      ],
    },
    benefits: `보도 당시에는 이렇게 지원했어요.

- 전남형: 정부 지원이 끝난 뒤 2회 더, 1회 20만~150만 원
- 광양시 자체: 체외수정 1회 더, 최대 200만 원

정부 기준이 여러 번 바뀌어 지금도 같은지 꼭 확인하세요.`,
    amounts: [],
    applicationMethod: { channels: ["visit"], receivingOrganization: "광양시보건소" },
    applicationPeriod: { kind: "unknown" },
    requiredDocuments: [],
    departmentId: "maternal-health",
    contacts: [{ label: "광양시보건소 모자보건팀", departmentId: "maternal-health", phone: "061-797-4026" }],
    legalBasis: [],
    status: { value: "active", note: "현재 운영 여부 확인 중" },
    isNew: false,
    isLocal: true,
    sourceUrls: [
      "http://www.gymnews.net/news/articleView.html?idxno=477256",
      "http://www.gymnews.net/news/articleView.html?idxno=473412",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "오래된 보도 기준이에요. 지금도 운영하는지, 금액과 횟수, 신청 방법을 확인해야 해요.",
  },
  {
    id: "jn-public-postnatal",
    title: "전남 공공산후조리원",
    summary: "전라남도가 운영하는 공공산후조리원을 낮은 비용으로 이용할 수 있어요.",
    lifeStages: ["pregnancy"],
    primaryChapter: "pregnancy",
    householdSituations: ["multi-child", "low-income", "disability", "multicultural"],
    interestTopics: ["pregnancy-birth", "physical-health"],
    supportTypes: ["facility", "reduction"],
    targetAudience: `출산한 산모 누구나 예약해 이용할 수 있어요. 감면은 둘째 이상 출산, 수급자·차상위, 장애인, 다문화 가정 등 요건에 맞는 산모가 받아요.`,
    eligibility: {
      rules: [{ label: "출산(예정) 산모", conditions: [{ kind: "pregnancy" }] }],
    },
    benefits: `2주 이용료는 154만 원(2024년)이에요. 감면 대상이면 70%를 덜어 46만 원만 내요.

광양(중마동) 공공산후조리원은 2025년 개원을 목표로 추진됐어요. 개원 여부는 확인 중이에요.`,
    amounts: [
      { label: "2주 이용료(2024년)", amountKrw: 1_540_000, period: "once" },
      { label: "감면 대상 2주 이용료", amountKrw: 460_000, period: "once" },
    ],
    applicationMethod: {
      channels: ["phone"],
      details: `조리원에 직접 예약해요. 앞으로 전남아이톡에서 예약과 감면 신청을 함께 할 수 있도록 통합할 예정이에요.`,
    },
    applicationPeriod: { kind: "always" },
    requiredDocuments: [],
    departmentId: "jeonnam",
    contacts: [],
    legalBasis: [],
    status: { value: "active", note: "광양점 개원 여부 확인 중" },
    isNew: false,
    isLocal: false,
    sourceUrls: [
      "https://www.hankyung.com/article/202405276040Y",
      "https://ysmbc.co.kr/NewsArticle/72768",
      "https://www.news1.kr/amp/local/gwangju-jeonnam/5931949",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "광양점 개원 여부, 현재 이용료, 예약 전화번호를 확인해야 해요.",
  },
  {
    id: "n-first-meeting",
    title: "첫만남이용권",
    summary: "아이가 태어나면 첫째 200만 원, 둘째부터 300만 원을 국민행복카드 포인트로 드려요.",
    lifeStages: ["pregnancy", "infant"],
    primaryChapter: "pregnancy",
    householdSituations: ["multi-child"],
    interestTopics: ["pregnancy-birth", "childcare"],
    supportTypes: ["voucher"],
    targetAudience: `출생신고를 하고 주민등록번호를 받은 아이가 대상이에요. 부모의 소득이나 재산은 따지지 않아요.`,
    eligibility: {
      rules: [
        { label: "생후 1년 이내 아이", conditions: [{ kind: "age", subject: "child", unit: "months", max: 11 }] },
      ],
    },
    benefits: `국민행복카드에 이용권(포인트)을 넣어 드려요.

- 첫째: 200만 원
- 둘째 이상: 300만 원(2024년 1월 1일 이후 출생아부터)

유흥·사행업종 등 일부 업종을 빼고 쓸 수 있어요. 쓸 수 있는 기간이 정해져 있으니 늦지 않게 쓰세요.`,
    amounts: [
      { label: "첫째", amountKrw: 2_000_000, period: "once" },
      { label: "둘째 이상", amountKrw: 3_000_000, period: "once" },
    ],
    applicationMethod: {
      channels: ["online", "visit"],
      receivingOrganization: "주소지 읍·면·동 행정복지센터",
      onlineUrl: "https://www.bokjiro.go.kr",
      details: `출생신고 뒤 복지로·정부24에서 온라인으로 신청하거나 행정복지센터를 찾아가세요. 국민행복카드가 없으면 카드도 함께 만들어야 해요.`,
    },
    applicationPeriod: { kind: "after-event", description: "출생일로부터 1년 이내" },
    requiredDocuments: [],
    departmentId: "mohw-129",
    contacts: [{ label: "보건복지상담센터", departmentId: "mohw-129", phone: "129" }],
    legalBasis: [],
    status: { value: "active", effectiveFrom: "2022-01-01" },
    isNew: false,
    isLocal: false,
    sourceUrls: [
      "https://post04.barun100.com/2025/07/blog-post_1.html",
      "https://rodin.co.kr/entry/%EC%B2%AB%EB%A7%8C%EB%82%A8%EC%9D%B4%EC%9A%A9%EA%B6%8C-%EC%82%AC%EC%9A%A9%EC%B2%98%EB%B6%80%ED%84%B0-%EC%A7%80%EA%B8%89%EC%9D%BC%C2%B7%EC%9E%94%EC%95%A1%EC%A1%B0%ED%9A%8C%EA%B9%8C%EC%A7%80-2025-%EC%99%84%EB%B2%BD-%EC%A0%95%EB%A6%AC",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "출처가 민간 정리글이에요. 2026년 금액과 사용 기한을 복지로 공식 안내로 확인해야 해요.",
  },
  {
    id: "n-pregnancy-medical",
    title: "임신·출산 진료비 지원(국민행복카드)",
    summary: "임신부의 병원·약국 비용으로 쓸 수 있게 국민행복카드에 100만 원(다태아 140만 원)을 드려요.",
    lifeStages: ["pregnancy"],
    primaryChapter: "pregnancy",
    householdSituations: [],
    interestTopics: ["pregnancy-birth", "physical-health"],
    supportTypes: ["voucher"],
    targetAudience: `임신이 확인된 임신부가 대상이에요.`,
    eligibility: {
      rules: [{ label: "임신 중", conditions: [{ kind: "pregnancy" }] }],
    },
    benefits: `임신과 출산에 드는 진료비를 국민행복카드 이용권으로 지원해요.

- 아기 한 명: 100만 원
- 쌍둥이 이상: 140만 원
- 분만 취약지에 살면 20만 원을 더 드려요.`,
    amounts: [
      { label: "단태아", amountKrw: 1_000_000, period: "once" },
      { label: "다태아", amountKrw: 1_400_000, period: "once" },
      { label: "분만취약지 추가", amountKrw: 200_000, period: "once" },
    ],
    applicationMethod: {
      channels: ["online"],
      onlineUrl: "https://www.bokjiro.go.kr",
      details: `국민행복카드를 만들어 지정된 병원·의원·약국에서 쓰면 이용권 금액에서 빠져나가요.`,
    },
    applicationPeriod: { kind: "unknown" },
    requiredDocuments: [],
    departmentId: "mohw-129",
    contacts: [{ label: "보건복지상담센터", departmentId: "mohw-129", phone: "129" }],
    legalBasis: [],
    status: { value: "active" },
    isNew: false,
    isLocal: false,
    sourceUrls: [
      "http://www.dealbada.com/bbs/board.php?bo_table=gal_free&device=mobile&wr_id=62952",
      "https://info-blog3.tistory.com/37",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "출처가 민간 게시글이에요. 2026년 금액, 신청 경로(카드사·복지로), 사용 기한을 확인해야 해요.",
  },
  {
    id: "n-mother-newborn",
    title: "산모·신생아 건강관리 지원",
    summary: "출산 가정에 건강관리사가 찾아와 산모 회복과 신생아 돌봄을 도와요.",
    lifeStages: ["pregnancy", "infant"],
    primaryChapter: "pregnancy",
    householdSituations: ["multi-child", "low-income"],
    interestTopics: ["pregnancy-birth", "protection-care"],
    supportTypes: ["voucher", "service"],
    targetAudience: `출산을 앞두었거나 아이를 낳은 가정이 대상이에요. 소득 기준과 출산 순서에 따라 지원 여부와 금액이 달라요.`,
    selectionCriteria: `익산시의 보조금24 안내에는 '기준중위소득 160% 이하 또는 둘째 이상 출산 가정'으로 적혀 있어요. 광양시 기준은 확인 중이에요.`,
    eligibility: {
      rules: [{ label: "출산 예정 또는 출산 직후", conditions: [{ kind: "pregnancy" }] }],
    },
    benefits: `산모·신생아 건강관리사가 정해진 기간 동안 집으로 찾아와 산후 회복과 아기 돌봄을 도와요. 이용 기간은 아기 수, 출산 순서, 선택에 따라 5일에서 40일까지이고, 정부가 비용 일부를 이용권으로 지원해요.`,
    amounts: [],
    applicationMethod: {
      channels: ["online", "visit"],
      receivingOrganization: "광양시보건소",
      onlineUrl: "https://www.bokjiro.go.kr",
    },
    applicationPeriod: { kind: "after-event", description: "출산 예정일 40일 전부터 출산 후 30일 이내" },
    requiredDocuments: [],
    contacts: [],
    legalBasis: [],
    status: { value: "active" },
    isNew: false,
    isLocal: false,
    sourceUrls: [
      "https://tllelgeginsu.digi-log.co.kr/ver5/search_sub.php?seq=817240",
      "https://mansawin.com/tag/%EC%8B%A0%EC%83%9D%EC%95%84%20%EC%82%B0%EB%AA%A8%EB%8F%84%EC%9A%B0%EB%AF%B8%20%EA%B5%90%EC%9C%A1",
    ],
    lastReviewedAt: "2026-11-20",
    needsVerification: true,
    verificationNote: "광양시 소득 기준, 본인부담금, 보건소 담당 부서와 전화번호를 확인해야 해요.",
  },
];
