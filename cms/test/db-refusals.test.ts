import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseRefusal, refusedPath } from "../src/errors/databaseRefusal.ts";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { createStaff } from "./helpers/cms.ts";
import { client, type Json, login, serveApi } from "./helpers/http.ts";
import { policyData } from "./helpers/lexical.ts";

let payload: Payload;
let stop: () => Promise<void>;
let api: { url: string; close: () => Promise<void> };
let editor: ReturnType<typeof client>;
let publisher: ReturnType<typeof client>;

beforeAll(async () => {
  ({ payload, close: stop } = await startTempCms("db-refusals"));
  await createStaff(payload);
  api = await serveApi((await import("../src/payload.config.ts")).default);
  editor = client(api.url, await login(api.url, "editor@example.kr"));
  publisher = client(api.url, await login(api.url, "publisher@example.kr"));
});

afterAll(async () => {
  await api?.close();
  await stop?.();
});

/** A policy with array rows (문의처, 지원 금액) created by the 편집자 and read back as JSON. */
async function policyWithRows(title: string): Promise<Json> {
  const created = await editor.post(
    "/api/policies",
    policyData({
      title,
      contacts: [
        { label: "출생지원팀", phone: "061-797-2776" },
        { label: "민원실", phone: "061-797-2114" },
      ],
      amounts: [{ label: "첫째", amountKrw: 300_000, period: "once" }],
      requiredDocuments: ["신분증", "임신확인서"],
    }),
  );
  expect(created.status).toBe(201);
  const read = await editor.get(`/api/policies/${created.json.doc.id}?depth=0&draft=true`);
  expect(read.status).toBe(200);
  return read.json;
}

/** The JSON of `doc` as a client would copy it to create another: without the database id. */
function copyOf(doc: Json, title: string): Json {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = doc;
  return { ...rest, title };
}

describe("database refusals answer a Korean 400 naming the field, never a 500", () => {
  it("creates a policy from a copy of another policy's JSON, its array rows keeping their ids", async () => {
    const original = await policyWithRows("복사 원본 정책");
    const { stableId: _s, slug: _slug, ...copy } = copyOf(original, "복사한 정책");
    expect(copy.contacts[0].id).toBe(original.contacts[0].id);

    const created = await editor.post("/api/policies", copy);
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json.doc.contacts.map((c: Json) => c.label)).toEqual(["출생지원팀", "민원실"]);
    expect(created.json.doc.contacts[0].id).not.toBe(original.contacts[0].id);

    const again = await editor.get(`/api/policies/${original.id}?depth=0&draft=true`);
    expect(again.json.contacts).toEqual(original.contacts);
    expect(again.json.amounts).toEqual(original.amounts);
  });

  it("a full copy, 고유 ID included, answers 400 naming stableId", async () => {
    const original = await policyWithRows("고유 ID 원본");
    const created = await editor.post("/api/policies", copyOf(original, "고유 ID 복사본"));
    expect(created.status).toBe(400);
    expect(created.json.errors[0].data.errors[0].path).toBe("stableId");
    expect(created.json.errors[0].message).toMatch(/[가-힣]/);
  });

  it("duplicating a policy with array rows works", async () => {
    const original = await policyWithRows("복제할 정책");
    const duplicate = await editor.post(`/api/policies/${original.id}/duplicate`, {});
    expect(duplicate.status, JSON.stringify(duplicate.json)).toBe(200);
    expect(duplicate.json.doc.contacts.map((c: Json) => c.label)).toEqual(["출생지원팀", "민원실"]);
    expect(duplicate.json.doc.contacts[0].id).not.toBe(original.contacts[0].id);
  });

  it("a link to a department that does not exist answers 400 in Korean naming the field (REST and GraphQL)", async () => {
    const missing = 999_999;
    const inRow = await editor.post(
      "/api/policies",
      policyData({
        title: "없는 부서 문의처",
        contacts: [{ label: "없는 팀", phone: "061-797-2000", department: missing }],
      }),
    );
    expect(inRow.status, JSON.stringify(inRow.json)).toBe(400);
    const error = inRow.json.errors[0];
    expect(error.name).toBe("ValidationError");
    expect(error.message).toBe(
      "정책 문서를 저장할 수 없습니다. 문의처(contacts.department): 연결한 문서가 없습니다. 있는 문서를 골라 주세요.",
    );
    expect(error.data).toMatchObject({ collection: "policies", errors: [{ path: "contacts.department" }] });

    const topLevel = await editor.post("/api/policies", policyData({ title: "없는 담당부서", department: missing }));
    expect(topLevel.status).toBe(400);
    expect(topLevel.json.errors[0].message).toContain("담당부서(department): 연결한 문서가 없습니다.");

    // The 검토자 saves the live document (an 편집자's save only adds a draft version).
    const existing = await policyWithRows("부서를 바꿀 정책");
    const gql = await publisher.graphql(
      `mutation($id: Int!, $data: mutationPolicyUpdateInput!) { updatePolicy(id: $id, data: $data) { id } }`,
      {
        id: existing.id,
        data: { department: missing, applicationPeriod: existing.applicationPeriod, status: existing.status },
      },
    );
    expect(gql.json.errors?.[0]?.message, JSON.stringify(gql.json)).toContain("담당부서(department)");
    expect(gql.json.errors[0].extensions.statusCode).toBe(400);
    expect((await editor.get(`/api/policies/${existing.id}?depth=0&draft=true`)).json.department).toBeNull();
  });

  it("a department with a taken 고유 ID answers 400 in Korean naming stableId", async () => {
    const data = { name: "출생지원팀", stableId: "birth-support", phone: "061-797-2776" };
    expect((await editor.post("/api/departments", data)).status).toBe(201);
    const taken = await editor.post("/api/departments", { ...data, name: "다른 팀" });
    expect(taken.status).toBe(400);
    expect(taken.json.errors[0].data.errors[0].path).toBe("stableId");
    expect(taken.json.errors[0].data.errors[0].message).toMatch(/[가-힣]/);
  });

  it("recognises SQLite (libsql/drizzle) and MongoDB refusals and their fields", () => {
    const drizzle = (message: string, code: string) =>
      Object.assign(new Error("Failed query: insert into …"), { cause: Object.assign(new Error(message), { code }) });
    const cases: [unknown, ReturnType<typeof databaseRefusal>, string][] = [
      [
        drizzle("UNIQUE constraint failed: policies_contacts.id", "SQLITE_CONSTRAINT_PRIMARYKEY"),
        { kind: "unique", table: "policies_contacts", column: "id" },
        "contacts.id",
      ],
      [
        drizzle("NOT NULL constraint failed: policies.title", "SQLITE_CONSTRAINT_NOTNULL"),
        { kind: "notNull", table: "policies", column: "title" },
        "title",
      ],
      [
        Object.assign(new Error("Failed query"), {
          query:
            'insert into "policies_contacts" ("_order", "_parent_id", "id", "label", "department_id") values (?, ?, ?, ?, ?)',
          params: [1, 3, "abc", "팀", 999],
          cause: Object.assign(new Error("FOREIGN KEY constraint failed"), { code: "SQLITE_CONSTRAINT_FOREIGNKEY" }),
        }),
        { kind: "foreignKey", table: "policies_contacts", column: "department" },
        "contacts.department",
      ],
      [
        drizzle("UNIQUE constraint failed: _policies_v_version_required_documents.id", "SQLITE_CONSTRAINT_PRIMARYKEY"),
        { kind: "unique", table: "_policies_v_version_required_documents", column: "id" },
        "requiredDocuments.id",
      ],
      [
        Object.assign(new Error("E11000 duplicate key error collection: cms.departments index: stableId_1 dup key"), {
          code: 11000,
          keyValue: { stableId: "birth-support" },
        }),
        { kind: "unique", table: "departments", column: "stableId" },
        "stableId",
      ],
    ];
    for (const [error, refusal, path] of cases) {
      const found = databaseRefusal(error);
      expect(found).toMatchObject(refusal as object);
      expect(refusedPath(found!, found?.table?.includes("departments") ? "departments" : "policies")).toBe(path);
    }
    expect(databaseRefusal(new Error("ECONNRESET"))).toBeUndefined();
  });
});
