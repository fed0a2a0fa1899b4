import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { searchTermToCms as toCms } from "@lifewelfare/cms/codec";
import { startTempCms } from "@lifewelfare/cms/testing";
import { seedGuidebook } from "@lifewelfare/seed-content";
import { convertMarkdownToLexical, editorConfigFactory } from "@payloadcms/richtext-lexical";
import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { exportSnapshot } from "../src/export/export-snapshot.ts";

/**
 * 검색어 사전 through `pnpm export` on a real CMS: `snapshot.json` carries exactly the published
 * entries (as last published), sorted by id. The seeded entries, their count and the import round
 * trip are checked in `export.test.ts`.
 */

let cms: Awaited<ReturnType<typeof startTempCms>>;
let payload: Payload;
const quiet = () => undefined;
const quietly = { context: { skipRebuild: true } };

beforeAll(async () => {
  cms = await startTempCms("export-search-terms");
  payload = cms.payload;
  // An edition to export: the seeded 안내서 설정 and one published policy.
  const editorConfig = await editorConfigFactory.default({ config: payload.config });
  const lexical = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown });
  const { foreword, coverMascotId: _none, ...settings } = seedGuidebook;
  await payload.updateGlobal({
    slug: "guidebook",
    data: { ...settings, foreword: lexical(foreword), _status: "published" },
    ...quietly,
  });
  await payload.create({
    collection: "policies",
    data: {
      title: "임신축하금",
      summary: "임신부에게 축하금을 드립니다.",
      lifeStages: ["pregnancy"],
      primaryChapter: "pregnancy",
      targetAudience: lexical("광양시 임신부"),
      benefits: lexical("30만 원"),
      applicationMethod: { channels: ["visit"] },
      status: { value: "active" },
      sourceUrls: ["https://gwangyang.go.kr/"],
      lastReviewedAt: "2026-11-20",
      _status: "published",
    } as never,
    ...quietly,
  });
}, 600_000);
afterAll(async () => cms?.close());

const readSnapshotJson = async () =>
  JSON.parse(await readFile(join(cms.dir, "snapshot", "snapshot.json"), "utf8")) as {
    searchTerms: { id: string; term: string; synonyms: string[] }[];
  };

describe("검색어 사전 in pnpm export", () => {
  test("snapshot.json lists the published entries sorted by id; drafts and pending draft edits stay out", async () => {
    await payload.create({
      collection: "search-terms",
      data: { ...toCms({ id: "zz-published", term: "게시된말", synonyms: ["게시된 다른말"] }), _status: "published" },
      ...quietly,
    });
    await payload.create({
      collection: "search-terms",
      draft: true,
      data: { ...toCms({ id: "aa-draft", term: "초안인말", synonyms: ["초안 다른말"] }), _status: "draft" },
      ...quietly,
    });
    const edited = await payload.create({
      collection: "search-terms",
      data: { ...toCms({ id: "mm-edited", term: "고친말", synonyms: ["게시본"] }), _status: "published" },
      ...quietly,
    });
    await payload.update({
      collection: "search-terms",
      id: edited.id,
      draft: true,
      data: { synonyms: ["아직 초안"] },
      ...quietly,
    });

    const { snapshot } = await exportSnapshot(payload, {
      dir: join(cms.dir, "snapshot"),
      mediaDir: cms.mediaDir,
      log: quiet,
    });
    const onDisk = await readSnapshotJson();
    expect(onDisk.searchTerms).toEqual(snapshot.searchTerms);
    const ids = onDisk.searchTerms.map((t) => t.id);
    expect(ids).toEqual(["mm-edited", "zz-published"]);
    expect(ids).not.toContain("aa-draft");
    expect(onDisk.searchTerms.find((t) => t.id === "mm-edited")?.synonyms).toEqual(["게시본"]);
    expect(onDisk.searchTerms[1]).toEqual({ id: "zz-published", term: "게시된말", synonyms: ["게시된 다른말"] });
  });
});
