import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { createStaff } from "./helpers/cms.ts";
import { client, type Json, login, serveApi } from "./helpers/http.ts";
import { guidebookData, policyData } from "./helpers/lexical.ts";

let payload: Payload;
let stop: () => Promise<void>;
let api: { url: string; close: () => Promise<void> };
let anon: ReturnType<typeof client>;
let editor: ReturnType<typeof client>;
let publisher: ReturnType<typeof client>;
let staff: Awaited<ReturnType<typeof createStaff>>;

beforeAll(async () => {
  ({ payload, close: stop } = await startTempCms("access"));
  staff = await createStaff(payload);
  const config = (await import("../src/payload.config.ts")).default;
  api = await serveApi(config);
  anon = client(api.url);
  editor = client(api.url, await login(api.url, "editor@example.kr"));
  publisher = client(api.url, await login(api.url, "publisher@example.kr"));
});

afterAll(async () => {
  await api?.close();
  await stop?.();
});

const PUBLIC_QUERY = `query($draft: Boolean) { Policies(draft: $draft) { totalDocs docs { id title _status } } }`;

describe("editor drafts stay private", () => {
  it("an editor's new policy is a draft that no anonymous channel returns", async () => {
    const created = await editor.post("/api/policies", policyData({ title: "비공개 초안 정책" }));
    expect(created.status).toBe(201);
    expect(created.json.doc._status).toBe("draft");
    const id = created.json.doc.id;

    for (const path of [
      "/api/policies",
      "/api/policies?draft=true",
      "/api/policies?draft=false",
      `/api/policies?where[id][equals]=${id}`,
    ]) {
      const list = await anon.get(path);
      expect(list.status).toBe(200);
      expect(list.json.docs.map((d: { id: number }) => d.id)).not.toContain(id);
    }
    expect((await anon.get(`/api/policies/${id}`)).status).toBe(404);
    expect((await anon.get(`/api/policies/${id}?draft=true`)).status).toBe(404);
    const versions = await anon.get("/api/policies/versions");
    expect(versions.status).toBe(403);

    for (const draft of [true, false]) {
      const gql = await anon.graphql(PUBLIC_QUERY, { draft });
      expect(JSON.stringify(gql.json)).not.toContain("비공개 초안 정책");
    }
    const gqlVersions = await anon.graphql(`{ versionsPolicies { docs { id version { title } } } }`);
    expect(JSON.stringify(gqlVersions.json)).not.toContain("비공개 초안 정책");

    for (const draft of [true, false]) {
      const local = await payload.find({ collection: "policies", overrideAccess: false, draft });
      expect(local.docs.map((d) => d.id)).not.toContain(id);
    }
    await expect(payload.findVersions({ collection: "policies", overrideAccess: false })).rejects.toThrow();
  });
});

describe("publishing", () => {
  it("an editor cannot publish, a publisher can, and then REST and GraphQL return it", async () => {
    const created = await editor.post("/api/policies", policyData({ title: "출산장려금" }));
    const id = created.json.doc.id;

    const denied = await editor.patch(`/api/policies/${id}`, { _status: "published" });
    expect(denied.status).toBe(403);
    const deniedCreate = await editor.post(
      "/api/policies",
      policyData({ title: "바로 게시 시도", _status: "published" }),
    );
    expect(deniedCreate.status).toBe(403);
    await expect(
      payload.update({
        collection: "policies",
        id,
        data: { _status: "published" },
        user: staff.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow();
    expect((await anon.get(`/api/policies/${id}`)).status).toBe(404);

    const published = await publisher.patch(`/api/policies/${id}`, { _status: "published" });
    expect(published.status).toBe(200);
    expect(published.json.doc._status).toBe("published");

    const one = await anon.get(`/api/policies/${id}`);
    expect(one.status).toBe(200);
    expect(one.json.title).toBe("출산장려금");
    const list = await anon.get("/api/policies");
    expect(list.json.docs.map((d: { id: number }) => d.id)).toContain(id);
    const gql = await anon.graphql(PUBLIC_QUERY, { draft: false });
    expect(gql.json.data.Policies.docs.map((d: { title: string }) => d.title)).toContain("출산장려금");
    expect(typeof one.json.publishedAt).toBe("string");
  });
});

describe("known Payload traps", () => {
  it("a never-published draft is not returned by find with draft: false (REST, Local API)", async () => {
    const draft = await editor.post("/api/policies", policyData({ title: "한 번도 게시 안 된 정책" }));
    const id = draft.json.doc.id;
    const rest = await anon.get("/api/policies?draft=false&limit=100");
    expect(rest.json.docs.map((d: { id: number }) => d.id)).not.toContain(id);
    const local = await payload.find({ collection: "policies", draft: false, overrideAccess: false, limit: 100 });
    expect(local.docs.map((d) => d.id)).not.toContain(id);
    await expect(
      payload.findByID({ collection: "policies", id, draft: false, overrideAccess: false }),
    ).rejects.toThrow();
  });

  it("GraphQL with draft: true still returns only the published version", async () => {
    const created = await publisher.post("/api/policies", policyData({ title: "공개된 제목", _status: "published" }));
    expect(created.status).toBe(201);
    const id = created.json.doc.id;
    const draftSave = await editor.patch(`/api/policies/${id}?draft=true`, { title: "아직 검토 중인 제목" });
    expect(draftSave.status).toBe(200);

    const list = await anon.graphql(PUBLIC_QUERY, { draft: true });
    const one = await anon.graphql(`query($id: Int!) { Policy(id: $id, draft: true) { id title } }`, { id });
    const rest = await anon.get(`/api/policies/${id}?draft=true`);
    for (const response of [list, one, rest])
      expect(JSON.stringify(response.json)).not.toContain("아직 검토 중인 제목");
    expect(one.json.data.Policy.title).toBe("공개된 제목");
  });

  it("an update without the draft flag neither overwrites nor demotes the published version", async () => {
    const created = await publisher.post(
      "/api/policies",
      policyData({ title: "게시본 보호 정책", _status: "published" }),
    );
    const id = created.json.doc.id;

    const byEditor = await editor.patch(`/api/policies/${id}`, { title: "편집자가 플래그 없이 보낸 제목" });
    expect(byEditor.status).toBe(200);
    const editorUnpublish = await editor.patch(`/api/policies/${id}`, {
      title: "편집자의 게시 취소 시도",
      _status: "draft",
    });
    expect(editorUnpublish.status).toBe(200);
    const byPublisher = await publisher.patch(`/api/policies/${id}`, { summary: "검토자가 플래그 없이 보낸 요약" });
    expect(byPublisher.status).toBe(200);

    const live = await anon.get(`/api/policies/${id}`);
    expect(live.status).toBe(200);
    expect(live.json.title).toBe("게시본 보호 정책");
    expect(live.json._status).toBe("published");
    expect(live.json.summary).not.toContain("검토자가 플래그 없이");
    const latest = await payload.findByID({ collection: "policies", id, draft: true });
    expect(latest.summary).toBe("검토자가 플래그 없이 보낸 요약");
    expect(latest._status).toBe("draft");
  });

  it("a duplicated published policy starts as a private draft with its own id and slug", async () => {
    const created = await publisher.post(
      "/api/policies",
      policyData({ title: "복제 원본 정책", _status: "published" }),
    );
    const original = created.json.doc;
    const before = (await anon.get("/api/policies?limit=100")).json.totalDocs;

    const copy = await publisher.post(`/api/policies/${original.id}/duplicate`, {});
    expect([200, 201]).toContain(copy.status);
    expect(copy.json.doc._status).toBe("draft");
    expect(copy.json.doc.stableId).not.toBe(original.stableId);
    expect(copy.json.doc.slug).not.toBe(original.slug);
    expect((await anon.get(`/api/policies/${copy.json.doc.id}`)).status).toBe(404);
    expect((await anon.get("/api/policies?limit=100")).json.totalDocs).toBe(before);

    const local = await payload.duplicate({ collection: "policies", id: original.id });
    expect(local._status).toBe("draft");
  });
});

describe("private data", () => {
  it("anonymous callers cannot read users or versions", async () => {
    expect((await anon.get("/api/users")).status).toBe(403);
    const gql = await anon.graphql(`{ Users { docs { email } } }`);
    expect(JSON.stringify(gql.json)).not.toContain("@example.kr");
    expect((await anon.get("/api/policies/versions")).status).toBe(403);
    expect((await anon.get("/api/globals/guidebook/versions")).status).toBe(403);
    expect((await anon.get("/api/globals/rebuild-status")).status).toBe(403);
  });

  it("an editor sees only their own account and cannot make themselves 관리자", async () => {
    const users = await editor.get("/api/users");
    expect(users.json.docs.map((u: { email: string }) => u.email)).toEqual(["editor@example.kr"]);
    const promote = await editor.patch(`/api/users/${staff.editor.id}`, { role: "admin" });
    const after = await payload.findByID({ collection: "users", id: staff.editor.id });
    expect(promote.status === 200 || promote.status === 403).toBe(true);
    expect(after.role).toBe("editor");
  });
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

describe("globals and other drafted collections", () => {
  it("the guidebook draft is private until a publisher publishes it; editors cannot", async () => {
    const data = guidebookData();
    const draft = await editor.post("/api/globals/guidebook?draft=true", data);
    expect(draft.status).toBe(200);
    expect(JSON.stringify((await anon.get("/api/globals/guidebook")).json)).not.toContain("생애복지 안내서");
    expect((await editor.post("/api/globals/guidebook", { ...data, _status: "published" })).status).toBe(403);
    const published = await publisher.post("/api/globals/guidebook", { ...data, _status: "published" });
    expect(published.status).toBe(200);
    expect((await anon.get("/api/globals/guidebook")).json.title).toBe("생애복지 안내서");
    await editor.post("/api/globals/guidebook", { ...data, title: "플래그 없는 편집자 수정" });
    expect((await anon.get("/api/globals/guidebook")).json.title).toBe("생애복지 안내서");
  });

  it("departments follow the same rule: drafts private, published public", async () => {
    const created = await editor.post("/api/departments", { name: "출생보건과", phone: "061-797-2776" });
    expect(created.status).toBe(201);
    expect(created.json.doc._status).toBe("draft");
    expect(created.json.doc.stableId).toMatch(/^[a-z0-9]/);
    expect((await anon.get(`/api/departments/${created.json.doc.id}`)).status).toBe(404);
    await publisher.patch(`/api/departments/${created.json.doc.id}`, { _status: "published" });
    expect((await anon.get(`/api/departments/${created.json.doc.id}`)).json.name).toBe("출생보건과");
  });
});
