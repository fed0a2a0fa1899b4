import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { ImageRef } from "@lifewelfare/content-models";
import { containedPath } from "@lifewelfare/content-models/contained-path";
import { convertHTMLToLexical, editorConfigFactory } from "@payloadcms/richtext-lexical";
import { JSDOM } from "jsdom";
import type { Payload } from "payload";
import { readSnapshot } from "../export/write-snapshot.ts";
import { releaseNativeMemory } from "../lib/event-loop.ts";
import { conditionToBlock } from "../seed/to-cms.ts";

/**
 * `pnpm import <snapshot folder>`: loads a published edition into an **empty** CMS — to move an
 * edition between SQLite and MongoDB or to start another installation from it. References travel
 * by stable id (departments, mascots, policies) and images by file name, never by database id, so
 * export → import → export gives the same snapshot.
 * @throws Error when the CMS already holds policies (nothing is written then).
 * @throws UnsafePathError when an image's `src` leads out of the snapshot folder.
 */
export async function importSnapshot(
  payload: Payload,
  dir: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  const snapshot = await readSnapshot(dir);
  const existing = await payload.count({ collection: "policies" });
  if (existing.totalDocs > 0) {
    throw new Error(
      `CMS already holds ${existing.totalDocs} policies: import only into an empty database (비어 있는 CMS에만 가져올 수 있습니다).`,
    );
  }
  const editorConfig = await editorConfigFactory.default({ config: payload.config });
  const toLexical = (html: string) => (html ? convertHTMLToLexical({ editorConfig, html, JSDOM }) : undefined);
  const published = { _status: "published" } as const;

  const mediaIds = new Map<string, string | number>();
  const upload = async (image: ImageRef) => {
    const known = mediaIds.get(image.id);
    if (known !== undefined) return known;
    const data = await readFile(containedPath(dir, image.original.src));
    const doc = await payload.create({
      collection: "media",
      data: { alt: image.alt } as never,
      file: { data, name: basename(image.original.src), mimetype: image.original.mimeType, size: data.length },
    });
    mediaIds.set(image.id, doc.id);
    return doc.id;
  };

  const departmentIds = new Map<string, string | number>();
  for (const { id, ...department } of snapshot.departments) {
    const doc = await payload.create({
      collection: "departments",
      data: { ...department, stableId: id, ...published } as never,
    });
    departmentIds.set(id, doc.id);
  }
  log(`  부서 ${snapshot.departments.length}곳`);

  const mascotIds = new Map<string, string | number>();
  for (const mascot of snapshot.mascots) {
    const doc = await payload.create({
      collection: "mascots",
      data: {
        stableId: mascot.id,
        name: mascot.name,
        pose: mascot.pose,
        chapter: mascot.chapter,
        alt: mascot.image.alt,
        usageNotes: mascot.usageNotes,
        image: await upload(mascot.image),
        ...published,
      } as never,
    });
    mascotIds.set(mascot.id, doc.id);
  }
  log(`  복지 캐릭터 ${snapshot.mascots.length}개`);

  let done = 0;
  for (const policy of snapshot.policies) {
    await releaseNativeMemory();
    const { id, departmentId, contacts, eligibility, images, ...rest } = policy;
    await payload.create({
      collection: "policies",
      draft: false,
      context: { keepPublishedAt: true, skipRebuild: true },
      data: {
        ...rest,
        stableId: id,
        department: departmentId ? departmentIds.get(departmentId) : undefined,
        targetAudience: toLexical(policy.targetAudience),
        selectionCriteria: toLexical(policy.selectionCriteria),
        benefits: toLexical(policy.benefits),
        applicationMethod: { ...policy.applicationMethod, details: toLexical(policy.applicationMethod.details) },
        contacts: contacts.map(({ departmentId: contactDepartment, ...c }) => ({
          ...c,
          department: contactDepartment ? departmentIds.get(contactDepartment) : undefined,
        })),
        eligibility: {
          appliesToAll: eligibility.appliesToAll,
          rules: eligibility.rules.map((rule) => ({
            label: rule.label,
            conditions: rule.conditions.map(conditionToBlock),
          })),
        },
        images: await Promise.all(images.map(upload)),
        ...published,
      } as never,
    });
    done += 1;
    if (done % 20 === 0 || done === snapshot.policies.length) log(`  정책 ${done}/${snapshot.policies.length}`);
  }

  const { foreword, coverMascotId, ...settings } = snapshot.guidebook;
  await payload.updateGlobal({
    slug: "guidebook",
    data: {
      ...settings,
      foreword: toLexical(foreword),
      coverMascot: coverMascotId ? mascotIds.get(coverMascotId) : undefined,
      ...published,
    } as never,
  });
  log(`  안내서 설정 · 완료`);
}
