import { describe, expect, it } from "vitest";
import {
  ContentValidationError,
  describePolicy,
  labelOf,
  type PolicyInput,
  parseContent,
  policySchema,
} from "../src/index.ts";
import { loadFixture, rawPolicy } from "./helpers/fixture.ts";

// biome-ignore lint/suspicious/noExplicitAny: the tests mutate raw JSON input at arbitrary depth.
type Raw = Record<string, any>;

/** Parses `input` as a policy and returns the thrown ContentValidationError. */
function errorOf(input: Raw): ContentValidationError {
  try {
    parseContent(policySchema, input, describePolicy(input));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentValidationError);
    return error as ContentValidationError;
  }
  throw new Error("expected the policy to be refused");
}

/** Korean field path as errors show it, from a machine path. */
const fieldOf = (path: string) =>
  path
    .split(".")
    .map((s) => labelOf(/^\d+$/.test(s) ? Number(s) : s))
    .join(" › ");

const base = (): Raw => rawPolicy("g-pregnancy-gift");

/** Every rule with a failing input: [what, mutate, expected path, expected message (substring)]. */
const CASES: [string, (p: Raw) => void, string, string][] = [
  ["id with capitals", (p) => (p.id = "G-Pregnancy"), "id", "고유 ID는 영문 소문자·숫자·하이픈 3~32자여야 합니다."],
  ["id too short", (p) => (p.id = "ab"), "id", "고유 ID는"],
  ["slug with spaces", (p) => (p.slug = "임신 축하금"), "slug", "주소(슬러그)는 한글·영문 소문자·숫자와 하이픈만"],
  ["slug with a trailing hyphen", (p) => (p.slug = "임신축하금-"), "slug", "주소(슬러그)는"],
  ["empty title", (p) => (p.title = "   "), "title", "내용을 입력하세요."],
  ["title over 100 characters", (p) => (p.title = "가".repeat(101)), "title", "100자 이하로 입력하세요."],
  ["summary over 200 characters", (p) => (p.summary = "나".repeat(201)), "summary", "200자 이하로 입력하세요."],
  ["unknown life stage", (p) => (p.lifeStages = ["baby"]), "lifeStages.0", ""],
  ["unknown chapter", (p) => (p.primaryChapter = "everyone"), "primaryChapter", ""],
  [
    "primaryChapter not in lifeStages",
    (p) => (p.primaryChapter = "senior"),
    "primaryChapter",
    "대표 생애주기는 선택한 생애주기 중 하나이거나 '공통'이어야 합니다.",
  ],
  ["unknown household situation", (p) => (p.householdSituations = ["rich"]), "householdSituations.0", ""],
  ["unknown interest topic", (p) => (p.interestTopics = ["sports"]), "interestTopics.0", ""],
  ["unknown support type", (p) => (p.supportTypes = ["gift"]), "supportTypes.0", ""],
  ["missing targetAudience", (p) => delete p.targetAudience, "targetAudience", ""],
  ["missing benefits", (p) => delete p.benefits, "benefits", ""],
  [
    "age min > max",
    (p) => (p.eligibility.rules[0].conditions = [{ kind: "age", unit: "years", min: 65, max: 18 }]),
    "eligibility.rules.0.conditions.0.max",
    "최소 나이는 최대 나이보다 클 수 없습니다.",
  ],
  [
    "age without min or max",
    (p) => (p.eligibility.rules[0].conditions = [{ kind: "age", unit: "years" }]),
    "eligibility.rules.0.conditions.0.min",
    "최소 또는 최대 나이 중 하나는 입력하세요.",
  ],
  [
    "age with an unknown unit",
    (p) => (p.eligibility.rules[0].conditions = [{ kind: "age", unit: "days", max: 3 }]),
    "eligibility.rules.0.conditions.0.unit",
    "",
  ],
  [
    "negative age",
    (p) => (p.eligibility.rules[0].conditions = [{ kind: "age", unit: "years", min: -1 }]),
    "eligibility.rules.0.conditions.0.min",
    "",
  ],
  [
    "pregnancy beyond 45 weeks",
    (p) => (p.eligibility.rules[0].conditions[0] = { kind: "pregnancy", minWeeks: 46 }),
    "eligibility.rules.0.conditions.0.minWeeks",
    "",
  ],
  [
    "pregnancy with 0 babies",
    (p) => (p.eligibility.rules[0].conditions[0] = { kind: "pregnancy", minBabies: 0 }),
    "eligibility.rules.0.conditions.0.minBabies",
    "",
  ],
  [
    "negative residency",
    (p) => (p.eligibility.rules[0].conditions[1] = { kind: "residency", minMonths: -6 }),
    "eligibility.rules.0.conditions.1.minMonths",
    "",
  ],
  [
    "income lower bound above upper bound",
    (p) => p.eligibility.rules[0].conditions.push({ kind: "income", minPercentOfMedian: 150, maxPercentOfMedian: 65 }),
    "eligibility.rules.0.conditions.2.minPercentOfMedian",
    "소득 하한은 상한보다 클 수 없습니다.",
  ],
  [
    "household without situations",
    (p) => p.eligibility.rules[0].conditions.push({ kind: "household", situations: [] }),
    "eligibility.rules.0.conditions.2.situations",
    "",
  ],
  [
    "unknown school grade",
    (p) => p.eligibility.rules[0].conditions.push({ kind: "schoolGrade", grades: ["k1"] }),
    "eligibility.rules.0.conditions.2.grades.0",
    "",
  ],
  [
    "unknown sex",
    (p) => p.eligibility.rules[0].conditions.push({ kind: "sex", value: "x" }),
    "eligibility.rules.0.conditions.2.value",
    "",
  ],
  [
    "other condition without a description",
    (p) => p.eligibility.rules[0].conditions.push({ kind: "other", description: "" }),
    "eligibility.rules.0.conditions.2.description",
    "내용을 입력하세요.",
  ],
  [
    "unknown condition kind",
    (p) => p.eligibility.rules[0].conditions.push({ kind: "job", value: "farmer" }),
    "eligibility.rules.0.conditions.2.kind",
    "",
  ],
  ["rule without conditions", (p) => (p.eligibility.rules[0].conditions = []), "eligibility.rules.0.conditions", ""],
  ["negative amount", (p) => (p.amounts[0].amountKrw = -1000), "amounts.0.amountKrw", ""],
  ["amount as text", (p) => (p.amounts[0].amountKrw = "100만 원"), "amounts.0.amountKrw", ""],
  ["unknown amount period", (p) => (p.amounts[0].period = "week"), "amounts.0.period", ""],
  ["unknown channel", (p) => (p.applicationMethod.channels = ["fax"]), "applicationMethod.channels.0", ""],
  [
    "http online address",
    (p) => (p.applicationMethod.onlineUrl = "http://www.gov.kr/"),
    "applicationMethod.onlineUrl",
    "https:// 로 시작하는 올바른 주소를 입력하세요.",
  ],
  [
    "application period ending before it starts",
    (p) => (p.applicationPeriod = { kind: "fixed", startDate: "2026-03-31", endDate: "2026-03-01" }),
    "applicationPeriod.endDate",
    "신청 시작일은 마감일보다 늦을 수 없습니다.",
  ],
  [
    "application period with an impossible date",
    (p) => (p.applicationPeriod = { kind: "fixed", startDate: "2026-02-30" }),
    "applicationPeriod.startDate",
    "날짜는 YYYY-MM-DD 형식의 실제 날짜여야 합니다.",
  ],
  [
    "empty required document",
    (p) => (p.requiredDocuments = ["신분증", " "]),
    "requiredDocuments.1",
    "내용을 입력하세요.",
  ],
  ["department id with spaces", (p) => (p.departmentId = "birth health"), "departmentId", ""],
  [
    "bad contact phone",
    (p) => (p.contacts[0].phone = "02-12-345"),
    "contacts.0.phone",
    "전화번호 형식이 올바르지 않습니다. 예: 061-797-2776, 1588-1234, 129",
  ],
  ["contact without a label", (p) => (p.contacts[0].label = ""), "contacts.0.label", "내용을 입력하세요."],
  ["unknown status", (p) => (p.status = { value: "draft" }), "status.value", ""],
  [
    "status ending before it starts",
    (p) => (p.status = { value: "ended", effectiveFrom: "2025-01-01", effectiveUntil: "2024-12-31" }),
    "status.effectiveUntil",
    "시행 시작일은 종료일보다 늦을 수 없습니다.",
  ],
  [
    "scheduled without a date",
    (p) => (p.status = { value: "scheduled" }),
    "status.effectiveFrom",
    "시행예정 정책에는 시행 예정일을 입력하세요.",
  ],
  ["status date not ISO", (p) => (p.status.effectiveFrom = "2025.01.01"), "status.effectiveFrom", "날짜는 YYYY-MM-DD"],
  [
    "보조금24 id of 11 digits",
    (p) => (p.gov24ServiceId = "48400000013"),
    "gov24ServiceId",
    "보조금24 서비스ID는 숫자 12자리입니다.",
  ],
  [
    "복지로 id without WLF",
    (p) => (p.bokjiroServId = "00001188"),
    "bokjiroServId",
    "복지로 서비스ID는 WLF와 숫자 8자리입니다.",
  ],
  ["no source", (p) => (p.sourceUrls = []), "sourceUrls", "출처 주소를 하나 이상 입력하세요."],
  [
    "source that is not a web address",
    (p) => (p.sourceUrls = ["javascript:alert(1)"]),
    "sourceUrls.0",
    "출처는 http(s):// 로 시작하는 올바른 주소여야 합니다.",
  ],
  ["review date not a date", (p) => (p.lastReviewedAt = "2026-11-31"), "lastReviewedAt", "날짜는 YYYY-MM-DD"],
  ["publish time without time", (p) => (p.publishedAt = "2026-11-20"), "publishedAt", ""],
  [
    "verification note over 300 characters",
    (p) => (p.verificationNote = "확".repeat(301)),
    "verificationNote",
    "300자 이하로 입력하세요.",
  ],
  [
    "image without alt text",
    (p) =>
      (p.images = [
        {
          id: "img1",
          alt: "",
          original: { name: "original", src: "media/a.png", width: 10, height: 10, mimeType: "image/png" },
        },
      ]),
    "images.0.alt",
    "내용을 입력하세요.",
  ],
  [
    "image with zero width",
    (p) =>
      (p.images = [
        {
          id: "img1",
          alt: "임신축하금 안내",
          original: { name: "o", src: "media/a.png", width: 0, height: 10, mimeType: "image/png" },
        },
      ]),
    "images.0.original.width",
    "",
  ],
];

describe("policySchema", () => {
  it("every fixture policy parses and keeps its values", () => {
    const snapshot = loadFixture();
    for (const policy of snapshot.policies) {
      expect(parseContent(policySchema, policy, describePolicy(policy))).toEqual(policy);
    }
  });

  it("the base policy used below is valid", () => {
    expect(policySchema.safeParse(base()).success).toBe(true);
  });

  it("fills defaults for optional lists and flags", () => {
    const minimal: PolicyInput = {
      id: "g-minimal",
      slug: "최소-정책",
      title: "최소 정책",
      summary: "기본값 확인용 정책입니다.",
      primaryChapter: "common",
      targetAudience: "<p>모든 시민</p>",
      benefits: "<p>안내</p>",
      applicationMethod: {},
      status: { value: "active" },
      sourceUrls: ["https://example.kr/a"],
      lastReviewedAt: "2026-11-20",
      publishedAt: "2026-11-20T00:00:00Z",
    };
    const policy = policySchema.parse(minimal);
    expect(policy).toMatchObject({
      previousSlugs: [],
      lifeStages: [],
      eligibility: { appliesToAll: false, rules: [] },
      amounts: [],
      applicationMethod: { channels: [], details: "" },
      applicationPeriod: { kind: "unknown" },
      contacts: [],
      needsVerification: false,
      isNew: false,
      isLocal: false,
      selectionCriteria: "",
      images: [],
    });
  });

  it("normalises phone numbers in contacts", () => {
    const input = base();
    input.contacts[0].phone = "(061)797-4758";
    expect(policySchema.parse(input).contacts[0]?.phone).toBe("061-797-4758");
  });

  it("accepts a scheduled policy without a date when it is marked for verification", () => {
    const input = base();
    input.status = { value: "scheduled" };
    input.needsVerification = true;
    expect(policySchema.safeParse(input).success).toBe(true);
  });

  it.each(CASES)("refuses %s, naming the document and the field", (_what, mutate, path, message) => {
    const input = base();
    mutate(input);
    const error = errorOf(input);
    const issue = error.issues.find((i) => i.path === path);
    expect(issue, `issues: ${JSON.stringify(error.issues)}`).toBeDefined();
    expect(issue?.document).toBe(describePolicy(input));
    expect(issue?.document).toMatch(/^정책 「.*」/);
    expect(issue?.field).toBe(fieldOf(path));
    expect(issue?.message).toContain(message);
    expect(error.message).toContain(`${issue?.document} · ${issue?.field} (${path}): ${issue?.message}`);
  });

  it("the error names the policy by title and id, in Korean field words", () => {
    const input = base();
    input.contacts[0].phone = "02-12-345";
    expect(() => parseContent(policySchema, input, describePolicy(input))).toThrow(
      "정책 「임신축하금」 (g-pregnancy-gift) · 문의처 › 1번째 › 전화번호 (contacts.0.phone): 전화번호 형식이 올바르지 않습니다.",
    );
  });

  it("reports every problem at once", () => {
    const input = base();
    input.id = "X";
    input.sourceUrls = [];
    input.applicationMethod.onlineUrl = "http://example.kr";
    const paths = errorOf(input).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["id", "sourceUrls", "applicationMethod.onlineUrl"]));
  });
});
