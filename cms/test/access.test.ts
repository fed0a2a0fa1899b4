import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guidebookData, policyData } from "./helpers/lexical.ts";
import { PUBLIC_READ_ON, type StaffApi, startStaffApi } from "./helpers/staff-api.ts";

/**
 * Who may see and change what through REST, GraphQL and the Local API: drafts stay private,
 * only a 검토자 publishes, known Payload traps, private data, globals and other drafted collections.
 * (Field rules and slugs: `policy-fields.test.ts`; every cell of the access table: `access-matrix.test.ts`.)
 */

let cms: StaffApi;
let payload: Payload;
let anon: StaffApi["anon"];
let editor: StaffApi["editor"];
let publisher: StaffApi["publisher"];
let staff: StaffApi["staff"];

beforeAll(async () => {
  cms = await startStaffApi("access", PUBLIC_READ_ON);
  ({ payload, anon, editor, publisher, staff } = cms);
});

afterAll(async () => {
  await cms?.close();
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
