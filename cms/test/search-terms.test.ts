import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { createStaff } from "./helpers/cms.ts";
import { client, type Json, login, serveApi } from "./helpers/http.ts";
import { PUBLIC_READ_ON } from "./helpers/staff-api.ts";

/**
 * 검색어 사전 (`search-terms`) over real HTTP: the 검토자 rule, the one-entry-per-word rule as a
 * Korean 400 naming the field, NFC, the 작성자 stamps and the rebuild record of a publication.
 */

let payload: Payload;
let stop: () => Promise<void>;
let api: { url: string; close: () => Promise<void> };
const as = {} as Record<"anonymous" | "editor" | "publisher", ReturnType<typeof client>>;

beforeAll(async () => {
  ({ payload, close: stop } = await startTempCms("search-terms", PUBLIC_READ_ON));
  await createStaff(payload);
  api = await serveApi((await import("../src/payload.config.ts")).default);
  as.anonymous = client(api.url);
  as.editor = client(api.url, await login(api.url, "editor@example.kr"));
  as.publisher = client(api.url, await login(api.url, "publisher@example.kr"));
  await payload.create({
    collection: "search-terms",
    data: { term: "어르신", synonyms: ["노인", "할머니"], _status: "published" },
    context: { skipRebuild: true },
  });
});

afterAll(async () => {
  await api?.close();
  await stop?.();
});

const live = (id: number) =>
  payload.db.findOne({ collection: "search-terms", where: { id: { equals: id } } }) as Promise<Json>;
const lastChange = async () =>
  ((await payload.findGlobal({ slug: "rebuild-status", overrideAccess: true })).history?.[0]?.changes as string) ?? "";
/** The field errors of a Payload 400 answer. */
const fieldErrors = (json: Json): { path: string; message: string }[] => json.errors?.[0]?.data?.errors ?? [];

describe("검색어 사전", () => {
  it("a 편집자 saves drafts but cannot publish; a 검토자 publishes, unpublishes and deletes, each rebuilding the site", async () => {
    const created = await as.editor.post("/api/search-terms", { term: "임산부", synonyms: ["임신부"] });
    expect(created.status).toBe(201);
    const id = created.json.doc.id as number;
    expect((await live(id))._status).toBe("draft");

    await as.editor.patch(`/api/search-terms/${id}`, { _status: "published" });
    expect((await live(id))._status).toBe("draft");
    expect((await as.anonymous.get(`/api/search-terms/${id}`)).status).toBe(404);

    expect((await as.publisher.patch(`/api/search-terms/${id}`, { _status: "published" })).status).toBe(200);
    expect(await lastChange()).toBe("게시: 임산부");
    const stored = await live(id);
    expect([stored._status, stored.createdBy, stored.updatedBy]).toEqual([
      "published",
      "editor 담당자",
      "publisher 담당자",
    ]);
    const publicDoc = await as.anonymous.get(`/api/search-terms/${id}`);
    expect(publicDoc.json).toMatchObject({ term: "임산부", synonyms: ["임신부"] });
    expect(Object.keys(publicDoc.json)).not.toContain("createdBy");
    expect(Object.keys(publicDoc.json)).not.toContain("synonymsText");
    expect((await as.editor.get(`/api/search-terms/${id}`)).json.synonymsText).toBe("임신부");

    await as.publisher.patch(`/api/search-terms/${id}`, { _status: "draft" });
    expect(await lastChange()).toBe("게시 취소: 임산부");
    await as.publisher.patch(`/api/search-terms/${id}`, { _status: "published" });
    expect((await as.editor.del(`/api/search-terms/${id}`)).status).toBe(403);
    expect((await as.publisher.del(`/api/search-terms/${id}`)).status).toBe(200);
    expect(await lastChange()).toBe("삭제: 임산부");
  });

  it("a word already in another entry is a Korean 400 naming the field, never a 500", async () => {
    const synonymClash = await as.publisher.post("/api/search-terms", {
      term: "고령자",
      synonyms: ["어르신들", "할머니"],
      _status: "published",
    });
    expect(synonymClash.status).toBe(400);
    expect(fieldErrors(synonymClash.json)).toEqual([
      {
        path: "synonyms",
        label: "같은 뜻의 말",
        message:
          "같은 뜻의 말 「할머니」: 이미 검색어 「어르신」에 들어 있습니다. 한 낱말은 한 검색어에만 넣을 수 있습니다.",
      },
    ]);

    const termClash = await as.publisher.post("/api/search-terms", {
      term: "노인",
      synonyms: ["늙은이"],
      _status: "published",
    });
    expect(termClash.status).toBe(400);
    expect(fieldErrors(termClash.json)[0]).toMatchObject({
      path: "term",
      message: expect.stringContaining("대표어 「노인」"),
    });

    // A draft (`draft=true`, as the admin saves) skips validation; the unique index on 대표어 still refuses it.
    const draftClash = await as.editor.post("/api/search-terms?draft=true", { term: "어르신", synonyms: ["연장자"] });
    expect(draftClash.status).toBe(400);
    expect(fieldErrors(draftClash.json)[0]).toMatchObject({ path: "term", message: expect.stringMatching(/[가-힣]/) });

    const ownRepeat = await as.publisher.post("/api/search-terms", {
      term: "장애인",
      synonyms: ["장애우", "장애 우"],
      _status: "published",
    });
    expect(ownRepeat.status).toBe(400);
    expect(fieldErrors(ownRepeat.json)[0]?.message).toContain("「장애 우」");
    // The 편집자's way: a draft may hold the clash; publishing it is refused the same way.
    const draft = await as.editor.post("/api/search-terms?draft=true", { term: "조부모", synonyms: ["할머니"] });
    expect(draft.status).toBe(201);
    const publish = await as.publisher.patch(`/api/search-terms/${draft.json.doc.id}`, { _status: "published" });
    expect(publish.status).toBe(400);
    expect(fieldErrors(publish.json)[0]).toMatchObject({
      path: "synonyms",
      message: expect.stringContaining("「할머니」"),
    });
    expect((await live(draft.json.doc.id))._status).toBe("draft");
    await payload.delete({ collection: "search-terms", id: draft.json.doc.id, context: { skipRebuild: true } });
    expect(await payload.count({ collection: "search-terms" })).toEqual({ totalDocs: 1 });
  });

  it("stores NFC and compares words in NFC: a word typed decomposed (macOS) still clashes", async () => {
    const nfd = (text: string) => text.normalize("NFD");
    const clash = await as.publisher.post("/api/search-terms", {
      term: nfd("노년"),
      synonyms: [nfd("노인")],
      _status: "published",
    });
    expect(clash.status).toBe(400);
    expect(fieldErrors(clash.json)[0]?.message).toContain("「노인」");

    const created = await as.publisher.post("/api/search-terms", {
      term: nfd("아기"),
      synonyms: [nfd("애기"), nfd("영아")],
      _status: "published",
    });
    expect(created.status).toBe(201);
    const stored = await live(created.json.doc.id);
    expect([stored.term, ...stored.synonyms]).toEqual(["아기", "애기", "영아"]);
    expect(stored.term).not.toBe(nfd("아기"));
  });

  it("the admin list searches 대표어 and 같은 뜻의 말", async () => {
    const search = (text: string) =>
      as.editor.get(
        `/api/search-terms?where[or][0][term][like]=${encodeURIComponent(text)}&where[or][1][synonyms][like]=${encodeURIComponent(text)}`,
      );
    expect(((await search("할머니")).json.docs as Json[]).map((d) => d.term)).toEqual(["어르신"]);
    expect(((await search("어르")).json.docs as Json[]).map((d) => d.term)).toEqual(["어르신"]);
  });
});
