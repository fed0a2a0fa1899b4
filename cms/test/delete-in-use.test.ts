import type { Payload } from "payload";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { createStaff } from "./helpers/cms.ts";
import { client, login, serveApi } from "./helpers/http.ts";
import { guidebookData, policyData } from "./helpers/lexical.ts";

/**
 * A department, character or image still in use is not deleted: the database would silently empty
 * the policies' 담당부서/문의처 (or the cover, or the pictures), and the next export would publish
 * them without. The 검토자 gets a Korean 409 naming what uses it, over REST and GraphQL, one by one
 * and in bulk; once nothing uses it, it is deleted.
 */

let payload: Payload;
let stop: () => Promise<void>;
let api: { url: string; close: () => Promise<void> };
let editor: ReturnType<typeof client>;
let publisher: ReturnType<typeof client>;

beforeAll(async () => {
  ({ payload, close: stop } = await startTempCms("delete-in-use"));
  await createStaff(payload);
  api = await serveApi((await import("../src/payload.config.ts")).default);
  editor = client(api.url, await login(api.url, "editor@example.kr"));
  publisher = client(api.url, await login(api.url, "publisher@example.kr"));
});

afterAll(async () => {
  await api?.close();
  await stop?.();
});

async function department(name: string): Promise<number | string> {
  const created = await publisher.post("/api/departments", { name, phone: "061-797-2776", _status: "published" });
  expect(created.status).toBe(201);
  return created.json.doc.id;
}

async function image(alt: string): Promise<number | string> {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#4a7" } })
    .png()
    .toBuffer();
  const doc = await payload.create({
    collection: "media",
    data: { alt },
    file: { data: png, mimetype: "image/png", name: `${alt}.png`, size: png.length },
  });
  return doc.id;
}

describe("deleting what is still in use", () => {
  it("refuses a 부서 that a live policy or a newer draft names, naming them, and deletes it once unused", async () => {
    const id = await department("출산지원팀");
    const live = await publisher.post("/api/policies", {
      ...policyData({ title: "임신축하금 지원" }),
      department: id,
      _status: "published",
    });
    expect(live.status).toBe(201);
    const drafted = await editor.post("/api/policies?draft=true", policyData({ title: "산후조리비 지원" }));
    // Only the newest draft names the department, in 문의처.
    const draft = await editor.patch(`/api/policies/${drafted.json.doc.id}?draft=true`, {
      contacts: [{ label: "출산지원팀", phone: "061-797-2776", department: id }],
    });
    expect(draft.status).toBe(200);

    const refused = await publisher.del(`/api/departments/${id}`);
    expect(refused.status).toBe(409);
    const message: string = refused.json.errors[0].message;
    expect(message).toContain("이 담당부서는 정책 2건(");
    expect(message).toContain("‘임신축하금 지원’");
    expect(message).toContain("‘산후조리비 지원’");
    expect(message).toContain("삭제할 수 없습니다");
    expect((await publisher.get(`/api/departments/${id}`)).status).toBe(200);

    const bulk = await publisher.del(`/api/departments?where[id][equals]=${id}`);
    expect(bulk.status).toBeGreaterThanOrEqual(400);
    expect(bulk.status).toBeLessThan(500);
    expect(JSON.stringify(bulk.json)).toContain("삭제할 수 없습니다");
    const graphql = await publisher.graphql(`mutation { deleteDepartment(id: ${JSON.stringify(id)}) { id } }`);
    expect(graphql.json.errors[0].message).toContain("‘임신축하금 지원’");
    expect((await publisher.get(`/api/departments/${id}`)).status).toBe(200);

    await publisher.patch(`/api/policies/${live.json.doc.id}`, { department: null, _status: "published" });
    await editor.patch(`/api/policies/${drafted.json.doc.id}?draft=true`, {
      contacts: [{ label: "출산지원팀", phone: "061-797-2776", department: null }],
    });
    expect((await publisher.del(`/api/departments/${id}`)).status).toBe(200);
  });

  it("names at most five policies and counts the rest", async () => {
    const id = await department("노인복지팀");
    for (let i = 1; i <= 7; i++) {
      const created = await publisher.post("/api/policies", {
        ...policyData({ title: `어르신 지원 ${i}` }),
        department: id,
        _status: "published",
      });
      expect(created.status).toBe(201);
    }
    const refused = await publisher.del(`/api/departments/${id}`);
    expect(refused.status).toBe(409);
    expect(refused.json.errors[0].message).toMatch(/정책 7건\(‘[^’]+’(, ‘[^’]+’){4} 외 2건\)/);
  });

  it("refuses the handbook's cover character, and an image a character or a policy shows", async () => {
    const picture = await image("손 흔드는 캐릭터");
    const mascot = await publisher.post("/api/mascots", {
      name: "광양이",
      pose: "default",
      image: picture,
      alt: "손을 흔드는 광양이",
      _status: "published",
    });
    expect(mascot.status).toBe(201);
    await payload.updateGlobal({
      slug: "guidebook",
      data: { ...guidebookData(), coverMascot: mascot.json.doc.id, _status: "published" } as never,
    });
    const cover = await publisher.del(`/api/mascots/${mascot.json.doc.id}`);
    expect(cover.status).toBe(409);
    expect(cover.json.errors[0].message).toContain("안내서 설정에서 쓰고 있어 삭제할 수 없습니다");

    const shown = await publisher.del(`/api/media/${picture}`);
    expect(shown.status).toBe(409);
    expect(shown.json.errors[0].message).toContain("이 이미지는 복지 캐릭터 1건(‘광양이’)");

    const photo = await image("보건소 사진");
    const policy = await publisher.post("/api/policies", {
      ...policyData({ title: "영유아 건강검진" }),
      images: [photo],
      _status: "published",
    });
    expect(policy.status).toBe(201);
    expect((await publisher.del(`/api/media/${photo}`)).json.errors[0].message).toContain(
      "정책 1건(‘영유아 건강검진’)",
    );
    expect((await payload.count({ collection: "media" })).totalDocs).toBe(2);
  });
});
