import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Json } from "./helpers/http.ts";
import { policyData } from "./helpers/lexical.ts";
import { type StaffApi, startStaffApi } from "./helpers/staff-api.ts";

/**
 * A policy's fields through the API: Korean validation messages naming the field, normalising
 * (phone, NFC, KST dates), the generated slug and stable id, and the slug history (previousSlugs).
 */

let cms: StaffApi;
let payload: Payload;
let editor: StaffApi["editor"];
let publisher: StaffApi["publisher"];

beforeAll(async () => {
  cms = await startStaffApi("policy-fields");
  ({ payload, editor, publisher } = cms);
});

afterAll(async () => {
  await cms?.close();
});

describe("validation with Korean messages", () => {
  /** Payload's Korean summary names the field ("다음 입력란이 유효하지 않습니다: … > 전화번호"); the detail carries the rule's message. */
  const expectFieldError = (json: Json, field: string, message: string) => {
    expect(json.errors[0].message).toContain("다음 입력란이 유효하지 않습니다");
    expect(json.errors[0].message).toContain(field);
    expect(json.errors[0].data.errors.map((e: { message: string }) => e.message).join("\n")).toContain(message);
  };

  it("refuses an age range with min > max", async () => {
    const response = await editor.post(
      "/api/policies",
      policyData({
        eligibility: {
          rules: [{ conditions: [{ blockType: "age", subject: "applicant", unit: "years", min: 70, max: 65 }] }],
        },
      }),
    );
    expect(response.status).toBe(400);
    expectFieldError(
      response.json,
      "조건 묶음 1 > 조건 > 블록 1 (나이) > 최대",
      "최소 나이는 최대 나이보다 클 수 없습니다.",
    );
  });

  it("refuses the phone number 02-12-345 and names the field", async () => {
    const response = await editor.post(
      "/api/policies",
      policyData({ contacts: [{ label: "담당", phone: "02-12-345" }] }),
    );
    expect(response.status).toBe(400);
    expectFieldError(response.json, "문의처 1 > 전화번호", "전화번호 형식이 올바르지 않습니다");
  });

  it("normalises (061)797-2776 to 061-797-2776", async () => {
    const response = await editor.post(
      "/api/policies",
      policyData({ title: "전화 정규화", contacts: [{ label: "담당", phone: "(061)797-2776" }] }),
    );
    expect(response.status).toBe(201);
    expect(response.json.doc.contacts[0].phone).toBe("061-797-2776");
  });

  it("refuses an http:// online application address", async () => {
    const response = await editor.post(
      "/api/policies",
      policyData({ applicationMethod: { onlineUrl: "http://example.kr/apply" } }),
    );
    expect(response.status).toBe(400);
    expectFieldError(response.json, "신청방법 > 온라인 신청 주소", "https:// 로 시작하는 올바른 주소를 입력하세요.");
  });

  it("refuses an impossible KST date and a primary chapter outside the life stages", async () => {
    const badDate = await editor.post("/api/policies", policyData({ lastReviewedAt: "2025-02-30" }));
    expect(badDate.status).toBe(400);
    expectFieldError(badDate.json, "최종 검토일", "YYYY-MM-DD");
    const badChapter = await editor.post("/api/policies", policyData({ primaryChapter: "senior" }));
    expect(badChapter.status).toBe(400);
    expectFieldError(badChapter.json, "대표 생애주기", "대표 생애주기는");
  });

  it("stores an NFD title, summary and rich text as NFC", async () => {
    const nfd = "광양 청년 월세 지원".normalize("NFD");
    const response = await editor.post(
      "/api/policies",
      policyData({
        title: nfd,
        summary: `${nfd} 요약`.normalize("NFD"),
        benefits: (await import("./helpers/lexical.ts")).lexical(nfd),
      }),
    );
    expect(response.status).toBe(201);
    const doc = await payload.findByID({ collection: "policies", id: response.json.doc.id, draft: true });
    expect(doc.title).toBe("광양 청년 월세 지원");
    expect(doc.title).toBe(doc.title.normalize("NFC"));
    expect(doc.summary).toBe("광양 청년 월세 지원 요약");
    expect(JSON.stringify(doc.benefits)).toContain("광양 청년 월세 지원");
    expect(doc.slug).toBe("광양-청년-월세-지원");
  });

  it("stores KST dates as that day in Korea", async () => {
    const { toKstDate } = await import("@lifewelfare/content-models");
    const response = await editor.post(
      "/api/policies",
      policyData({ title: "날짜 확인", lastReviewedAt: "2025-01-01" }),
    );
    expect(toKstDate(response.json.doc.lastReviewedAt)).toBe("2025-01-01");
  });
});

describe("stable ids and slugs", () => {
  it("generates a Korean slug and a stable id, keeps both when the title changes, and remembers old slugs", async () => {
    const created = await publisher.post(
      "/api/policies",
      policyData({ title: "65세 이상 어르신 시내버스 무료(교통카드)", _status: "published" }),
    );
    const doc = created.json.doc;
    expect(doc.slug).toBe("65세-이상-어르신-시내버스-무료-교통카드");
    expect(doc.stableId).toMatch(/^[a-z0-9][a-z0-9-]{2,31}$/);

    const renamed = await publisher.patch(`/api/policies/${doc.id}`, {
      title: "어르신 시내버스 무료",
      stableId: "hijack",
      _status: "published",
    });
    expect(renamed.json.doc.slug).toBe(doc.slug);
    expect(renamed.json.doc.stableId).toBe(doc.stableId);

    const reslugged = await publisher.patch(`/api/policies/${doc.id}`, { slug: "어르신 버스", _status: "published" });
    expect(reslugged.json.doc.slug).toBe("어르신-버스");
    expect(reslugged.json.doc.previousSlugs).toContain(doc.slug);

    const clash = await publisher.post("/api/policies", policyData({ title: "어르신 버스" }));
    expect(clash.json.doc.slug).toBe(`어르신-버스-${clash.json.doc.stableId}`);
    const taken = await publisher.patch(`/api/policies/${clash.json.doc.id}`, { slug: doc.slug, _status: "draft" });
    expect(taken.status).toBe(400);
    expect(JSON.stringify(taken.json)).toContain("이미 다른 정책이");
  });
  it("lets a never-published draft's slug follow its title (autosave starts before the title is typed)", async () => {
    const started = await editor.post("/api/policies?draft=true", { title: "" });
    expect(started.json.doc.slug).toBe("policy");
    const titled = await editor.patch(`/api/policies/${started.json.doc.id}?draft=true`, {
      title: "청년 마음건강 지원",
      slug: started.json.doc.slug,
    });
    expect(titled.json.doc.slug).toBe("청년-마음건강-지원");
    expect(titled.json.doc.previousSlugs ?? []).toEqual([]);
  });
});

describe("previousSlugs (redirect paths)", () => {
  it("are written only by the slug hook: API values are dropped, and each value must be a slug", async () => {
    const created = await editor.post(
      "/api/policies",
      policyData({ title: "이전 주소 시험", previousSlugs: ["../finder", "a/b"] }),
    );
    expect(created.status).toBe(201);
    expect(created.json.doc.previousSlugs ?? []).toEqual([]);
    const id = created.json.doc.id;
    await editor.patch(`/api/policies/${id}?draft=true`, { previousSlugs: ["%2e%2e"] });
    expect((await payload.findByID({ collection: "policies", id, draft: true })).previousSlugs ?? []).toEqual([]);

    // Server code (Local API, full access) may write them, but only slugs (validated on publish).
    await expect(
      payload.update({ collection: "policies", id, data: { previousSlugs: ["x?y"], _status: "published" } }),
    ).rejects.toThrow(/이전 주소/);
    await payload.update({ collection: "policies", id, data: { previousSlugs: ["옛-주소"] }, draft: true });
    expect((await payload.findByID({ collection: "policies", id, draft: true })).previousSlugs).toEqual(["옛-주소"]);
    const { policySchema } = await import("@lifewelfare/content-models");
    expect(policySchema.shape.previousSlugs.safeParse(["../finder"]).success).toBe(false);
    expect(policySchema.shape.previousSlugs.safeParse(["옛-주소-1"]).success).toBe(true);
  });
});
