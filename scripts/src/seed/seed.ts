import { departmentToCms, guidebookToCms, mascotToCms, policyToCms, searchTermToCms } from "@lifewelfare/cms/codec";
import {
  renderMascotPng,
  SEARCH_TERMS,
  seedDepartments,
  seedGuidebook,
  seedMascots,
  seedPolicies,
} from "@lifewelfare/seed-content";
import { convertMarkdownToLexical, editorConfigFactory } from "@payloadcms/richtext-lexical";
import type { Payload, RequiredDataFromCollectionSlug } from "payload";
import { releaseNativeMemory } from "../lib/event-loop.ts";

export type SeedSummary = { created: number; updated: number; skipped: number };

/** The collections the seed fills, with the data each takes. */
type Seeded = { [S in "departments" | "mascots" | "policies" | "search-terms"]: RequiredDataFromCollectionSlug<S> };

/**
 * `pnpm seed`: loads the project's seed content (departments, the mascot, the 검색어 사전, every
 * policy, the guidebook settings) into the CMS through the Local API, published. Idempotent: documents are
 * matched by stable id, so a second run changes nothing; an existing (possibly edited) document is
 * only overwritten with `force`. Prints progress counts.
 */
export async function seed(
  payload: Payload,
  options: { force?: boolean; log?: (line: string) => void } = {},
): Promise<SeedSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const summary: SeedSummary = { created: 0, updated: 0, skipped: 0 };
  const editorConfig = await editorConfigFactory.default({ config: payload.config });
  const toLexical = (markdown: string) =>
    convertMarkdownToLexical({ editorConfig, markdown: markdown.normalize("NFC") });

  // Whoever seeds builds the site afterwards (`pnpm start`, `pnpm build`); the CMS's debounced
  // rebuild would otherwise fire in this short-lived process, after its database is closed.
  const NO_REBUILD = { skipRebuild: true };
  const published = { _status: "published" } as const;
  const upsert = async <S extends keyof Seeded>(collection: S, data: Seeded[S]) => {
    await releaseNativeMemory();
    const existing = await payload.find({
      collection,
      where: { stableId: { equals: data.stableId } },
      draft: true,
      limit: 1,
      depth: 0,
    });
    const current = existing.docs[0];
    if (current && !options.force) {
      summary.skipped += 1;
      return current.id;
    }
    if (current) {
      const { stableId: _keep, ...changes } = data;
      await payload.update({
        collection,
        id: current.id,
        // Payload's update data (a DeepPartial of the slug's type) does not resolve for a generic slug.
        data: { ...changes, ...published } as never,
        draft: false,
        context: NO_REBUILD,
      });
      summary.updated += 1;
      return current.id;
    }
    const created = await payload.create({
      collection,
      data: { ...data, ...published },
      draft: false,
      context: NO_REBUILD,
    });
    summary.created += 1;
    return created.id;
  };

  log(`  부서 ${seedDepartments.length}곳`);
  const departmentIds = new Map<string, number>();
  for (const department of seedDepartments) {
    departmentIds.set(department.id, await upsert("departments", departmentToCms(department)));
  }

  log(`  복지 캐릭터 ${seedMascots.length}개`);
  for (const { svgPath, alt, ...mascot } of seedMascots) {
    const filename = `${mascot.id}.png`;
    const existingImage = await payload.find({
      collection: "media",
      where: { filename: { equals: filename } },
      limit: 1,
      depth: 0,
    });
    const mediaId =
      existingImage.docs[0]?.id ??
      (await (async () => {
        const data = await renderMascotPng(svgPath, 1200);
        const image = await payload.create({
          collection: "media",
          data: { alt },
          file: { data, name: filename, mimetype: "image/png", size: data.length },
        });
        return image.id;
      })());
    await upsert("mascots", mascotToCms({ ...mascot, image: { id: filename, alt } }, { mediaDocId: () => mediaId }));
  }

  log(`  검색어 사전 ${SEARCH_TERMS.length}개`);
  for (const entry of SEARCH_TERMS) await upsert("search-terms", searchTermToCms(entry));

  const context = {
    toRichText: toLexical,
    departmentDocId: (id: string) => departmentIds.get(id),
    mediaDocId: () => {
      throw new Error("시드 정책에는 이미지가 없습니다.");
    },
  };
  let done = 0;
  for (const policy of seedPolicies) {
    await upsert("policies", policyToCms(policy, context));
    done += 1;
    if (done % 10 === 0 || done === seedPolicies.length) log(`  정책 ${done}/${seedPolicies.length}`);
  }

  const guidebook = await payload.findGlobal({ slug: "guidebook", depth: 0 });
  const isNewGuidebook = !guidebook.title;
  if (isNewGuidebook || options.force) {
    const { coverMascotId } = seedGuidebook;
    const cover = coverMascotId
      ? (
          await payload.find({
            collection: "mascots",
            where: { stableId: { equals: coverMascotId } },
            limit: 1,
            depth: 0,
          })
        ).docs[0]
      : undefined;
    await payload.updateGlobal({
      slug: "guidebook",
      data: { ...guidebookToCms(seedGuidebook, { toRichText: toLexical, mascotDocId: () => cover?.id }), ...published },
      context: NO_REBUILD,
    });
    if (isNewGuidebook) summary.created += 1;
    else summary.updated += 1;
  } else {
    summary.skipped += 1;
  }
  log(`  새로 만듦 ${summary.created}, 덮어씀 ${summary.updated}, 그대로 둠 ${summary.skipped}`);
  return summary;
}
