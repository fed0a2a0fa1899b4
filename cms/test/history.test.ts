import type { Payload } from "payload";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DRAFTS_KEPT_GUIDEBOOK, DRAFTS_KEPT_PER_DOC } from "../src/hooks/pruneDrafts.ts";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { guidebookData } from "./helpers/lexical.ts";

let payload: Payload;
let stop: () => Promise<void>;
const quiet = { context: { skipRebuild: true } };

beforeAll(async () => {
  ({ payload, close: stop } = await startTempCms("history"));
});
afterAll(async () => {
  await stop?.();
});

type Version = { version: { _status?: string; name?: string; title?: string } };
const byStatus = (docs: Version[], status: string) => docs.filter((v) => v.version._status === status);

it("a department saved more often than the draft cap keeps every published version", async () => {
  const doc = await payload.create({
    collection: "departments",
    data: { name: "게시 1", phone: "061-797-2776", _status: "published" } as never,
    ...quiet,
  });
  const publishedNames = ["게시 1"];
  const drafts = DRAFTS_KEPT_PER_DOC + 10;
  for (let i = 1; i <= drafts; i += 1) {
    await payload.update({ collection: "departments", id: doc.id, data: { name: `초안 ${i}` }, draft: true, ...quiet });
    if (i % 20 === 0) {
      const name = `게시 ${publishedNames.length + 1}`;
      await payload.update({
        collection: "departments",
        id: doc.id,
        data: { name, _status: "published" } as never,
        ...quiet,
      });
      publishedNames.push(name);
    }
  }
  const { docs } = await payload.findVersions({
    collection: "departments",
    where: { parent: { equals: doc.id } },
    limit: 0,
    pagination: false,
  });
  const versions = docs as unknown as Version[];
  expect(byStatus(versions, "published").map((v) => v.version.name)).toEqual(expect.arrayContaining(publishedNames));
  expect(byStatus(versions, "published")).toHaveLength(publishedNames.length);
  expect(byStatus(versions, "draft")).toHaveLength(DRAFTS_KEPT_PER_DOC);
  expect(versions.map((v) => v.version.name)).toContain(`초안 ${drafts}`);
});

it("안내서 설정 saved more often than its draft cap keeps every published version", async () => {
  const base = guidebookData();
  const publishedTitles: string[] = [];
  const drafts = DRAFTS_KEPT_GUIDEBOOK + 10;
  for (let i = 1; i <= drafts; i += 1) {
    if (i % 15 === 1) {
      const title = `게시본 ${publishedTitles.length + 1}`;
      await payload.updateGlobal({
        slug: "guidebook",
        data: { ...base, title, _status: "published" } as never,
        ...quiet,
      });
      publishedTitles.push(title);
    }
    await payload.updateGlobal({
      slug: "guidebook",
      data: { title: `안내서 초안 ${i}` } as never,
      draft: true,
      ...quiet,
    });
  }
  const { docs } = await payload.findGlobalVersions({ slug: "guidebook", limit: 0, pagination: false });
  const versions = docs as unknown as Version[];
  expect(byStatus(versions, "published").map((v) => v.version.title)).toEqual(expect.arrayContaining(publishedTitles));
  expect(byStatus(versions, "published")).toHaveLength(publishedTitles.length);
  expect(byStatus(versions, "draft")).toHaveLength(DRAFTS_KEPT_GUIDEBOOK);
});
