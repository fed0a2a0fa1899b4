import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import {
  departmentToCms,
  guidebookToCms,
  type ImageInput,
  type ImageKey,
  mascotToCms,
  policyToCms,
  type RichText,
  searchTermToCms,
} from "@lifewelfare/cms/codec";
import { containedPath } from "@lifewelfare/content-models/contained-path";
import { readSnapshotDir } from "@lifewelfare/content-models/read-snapshot";
import { convertHTMLToLexical, editorConfigFactory } from "@payloadcms/richtext-lexical";
import { JSDOM } from "jsdom";
import type { Payload } from "payload";
import { releaseNativeMemory } from "../lib/event-loop.ts";

/**
 * `pnpm import <snapshot folder>`: loads a published edition into an **empty** CMS — to move an
 * edition between SQLite and MongoDB or to start another installation from it. References travel
 * by stable id (departments, mascots, policies, search terms) and images by file name, never by database id, so
 * export → import → export gives the same snapshot.
 * @throws Error when the CMS already holds policies (nothing is written then).
 * @throws UnsafePathError when an image's `src` leads out of the snapshot folder.
 */
export async function importSnapshot(
  payload: Payload,
  dir: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  const snapshot = await readSnapshotDir(dir);
  const existing = await payload.count({ collection: "policies" });
  if (existing.totalDocs > 0) {
    throw new Error(
      `CMS already holds ${existing.totalDocs} policies: import only into an empty database (비어 있는 CMS에만 가져올 수 있습니다).`,
    );
  }
  const editorConfig = await editorConfigFactory.default({ config: payload.config });
  const toRichText = (html: string): RichText => convertHTMLToLexical({ editorConfig, html, JSDOM });
  const published = { _status: "published" } as const;
  // Whoever imports builds afterwards; the CMS's own debounced rebuild would otherwise fire later
  // and overwrite 배포 상태 with a run of its own.
  const NO_REBUILD = { skipRebuild: true };

  const mediaIds = new Map<string, number>();
  const upload = async (image: ImageInput) => {
    const known = mediaIds.get(image.id);
    if (known !== undefined) return known;
    const data = await readFile(containedPath(dir, image.original.src));
    const doc = await payload.create({
      collection: "media",
      data: { alt: image.alt },
      file: { data, name: basename(image.original.src), mimetype: image.original.mimeType, size: data.length },
    });
    mediaIds.set(image.id, doc.id);
    return doc.id;
  };
  /** The CMS id of an image `upload` has stored (every image is uploaded before its document is mapped). */
  const mediaDocId = (image: ImageKey) => {
    const id = mediaIds.get(image.id);
    if (id === undefined) throw new Error(`이미지 ${image.id}: 올리기 전에 참조했습니다.`);
    return id;
  };

  const departmentIds = new Map<string, number>();
  for (const department of snapshot.departments) {
    const doc = await payload.create({
      collection: "departments",
      context: NO_REBUILD,
      data: { ...departmentToCms(department), ...published },
    });
    departmentIds.set(department.id, doc.id);
  }
  log(`  부서 ${snapshot.departments.length}곳`);

  const mascotIds = new Map<string, number>();
  for (const mascot of snapshot.mascots) {
    await upload(mascot.image);
    const doc = await payload.create({
      collection: "mascots",
      context: NO_REBUILD,
      data: { ...mascotToCms(mascot, { mediaDocId }), ...published },
    });
    mascotIds.set(mascot.id, doc.id);
  }
  log(`  복지 캐릭터 ${snapshot.mascots.length}개`);

  for (const entry of snapshot.searchTerms) {
    await payload.create({
      collection: "search-terms",
      draft: false,
      context: NO_REBUILD,
      data: { ...searchTermToCms(entry), ...published },
    });
  }
  log(`  검색어 사전 ${snapshot.searchTerms.length}개`);

  const context = { toRichText, mediaDocId, departmentDocId: (id: string) => departmentIds.get(id) };
  let done = 0;
  for (const policy of snapshot.policies) {
    await releaseNativeMemory();
    for (const image of policy.images) await upload(image);
    await payload.create({
      collection: "policies",
      draft: false,
      context: { ...NO_REBUILD, keepPublishedAt: true },
      data: { ...policyToCms(policy, context), ...published },
    });
    done += 1;
    if (done % 20 === 0 || done === snapshot.policies.length) log(`  정책 ${done}/${snapshot.policies.length}`);
  }

  await payload.updateGlobal({
    slug: "guidebook",
    context: NO_REBUILD,
    data: {
      ...guidebookToCms(snapshot.guidebook, { toRichText, mascotDocId: (id) => mascotIds.get(id) }),
      ...published,
    },
  });
  log(`  안내서 설정 · 완료`);
}
