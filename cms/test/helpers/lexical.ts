import type { PolicyCmsData, RichText } from "../../src/codec/index.ts";

/** A minimal Lexical document holding one paragraph per text (what the admin editor stores). */
export function lexical(...paragraphs: string[]): RichText {
  return {
    root: {
      type: "root",
      format: "",
      indent: 0,
      version: 1,
      direction: "ltr" as const,
      children: paragraphs.map((text) => ({
        type: "paragraph",
        format: "",
        indent: 0,
        version: 1,
        direction: "ltr" as const,
        textFormat: 0,
        children: [{ type: "text", text, format: 0, style: "", mode: "normal", detail: 0, version: 1 }],
      })),
    },
  };
}

/** Valid 안내서 설정 (as REST/Local API data) with `overrides`. */
export function guidebookData(overrides: Record<string, unknown> = {}) {
  return {
    title: "생애복지 안내서",
    editionYear: 2026,
    cityName: "광양시",
    operatorName: "광양시",
    foreword: lexical("발간사"),
    mainPhone: "061-797-2114",
    siteOrigin: "https://welfare.example.kr",
    openDataLicense: "kogl-1",
    ...overrides,
  };
}

/** A valid policy (as REST/Local API data) with `overrides`. */
export function policyData(overrides: Partial<PolicyCmsData> = {}): PolicyCmsData {
  return {
    title: "임신축하금",
    summary: "임신부에게 축하금을 드립니다.",
    lifeStages: ["pregnancy"],
    primaryChapter: "pregnancy",
    targetAudience: lexical("광양시에 주민등록을 둔 임신부"),
    benefits: lexical("임신부 1인당 30만 원"),
    applicationMethod: { channels: ["visit"], onlineUrl: "https://www.gov.kr/" },
    applicationPeriod: { kind: "unknown" },
    contacts: [{ label: "출생지원팀", phone: "061-797-2776" }],
    sourceUrls: ["https://gwangyang.go.kr/"],
    status: { value: "active" },
    lastReviewedAt: "2025-01-15",
    ...overrides,
  };
}
