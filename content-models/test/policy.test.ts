import { describe, expect, it } from "vitest";
import { describePolicy, type PolicyInput, parseContent, policySchema } from "../src/index.ts";
import { loadFixture } from "./helpers/fixture.ts";
import { basePolicy as base, errorOf } from "./helpers/policy-refusal-cases.ts";

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
