import type { PolicyInput } from "../policy.ts";

/** A plain valid policy: every required field, the usual optional ones, no marks (새 정책, 광양시 자체). */
const BASE: PolicyInput = {
  id: "t-policy",
  slug: "시험-정책",
  title: "시험 정책",
  summary: "시험에 쓰는 정책입니다.",
  lifeStages: ["youth"],
  primaryChapter: "youth",
  targetAudience: "<p>광양시에 사는 청년</p>",
  benefits: "<p>상담을 제공합니다.</p>",
  applicationMethod: { channels: ["visit"], details: "<p>행정복지센터를 방문하세요.</p>" },
  requiredDocuments: ["신분증"],
  contacts: [{ label: "여성가족과", phone: "061-797-2776" }],
  status: { value: "active" },
  sourceUrls: ["https://guide.example.kr/source"],
  lastReviewedAt: "2026-11-01",
  publishedAt: "2026-11-01T00:00:00.000Z",
};

/**
 * A valid policy input (passes `policySchema`) with `overrides` laid over it (top-level fields
 * replaced whole). For tests that need one policy with a few chosen fields; a fresh copy each call.
 */
export function makePolicy(overrides: Partial<PolicyInput> = {}): PolicyInput {
  return { ...structuredClone(BASE), ...overrides };
}
