import { policyToCms } from "@lifewelfare/cms/codec";
import { openCms } from "@lifewelfare/scripts/cms";
import { releaseNativeMemory } from "@lifewelfare/scripts/event-loop";
import { seed } from "@lifewelfare/scripts/seed";
import { seedPolicies } from "@lifewelfare/seed-content";
import { convertMarkdownToLexical, editorConfigFactory } from "@payloadcms/richtext-lexical";
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from "payload";
import type { StepReport } from "../measure/run-step.ts";
import { benchContent } from "../synthetic/generate.ts";
import { imageAssignments, imageCount, renderIllustrationPng } from "../synthetic/images.ts";
import { contentStats } from "../synthetic/stats.ts";
import type { BenchWorkspace } from "../workspace.ts";

/** Synthetic policies written per database transaction. */
const SYNTHETIC_BATCH = 100;

/**
 * Seeds a fresh CMS (migrations applied on open): the project's real seed (`seed()`), trimmed to
 * `size` policies for smoke sizes, then the generated images and synthetic policies, published,
 * through the Local API exactly as `seed()` writes its own (Markdown → Lexical, `policyToCms`).
 */
export async function seedStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    timings[name] = performance.now() - t;
    t = performance.now();
  };
  const payload = await openCms();
  lap("openCmsMs");
  try {
    const content = benchContent(ws.size);
    log(`실제 시드 ${seedPolicies.length}건 + 합성 ${content.synthetic.length}건 (크기 ${ws.size})`);
    await seed(payload, { log });
    const extra = seedPolicies.filter((p) => !content.keptSeedIds.includes(p.id)).map((p) => p.id);
    if (extra.length) await payload.delete({ collection: "policies", where: { stableId: { in: extra } } });
    lap("seedRealMs");

    const assignments = imageAssignments(
      content.synthetic.map((p) => p.id),
      ws.size,
    );
    const mediaIds: number[] = [];
    const count = content.synthetic.length ? imageCount(ws.size) : 0;
    for (let i = 0; i < count; i++) {
      const data = await renderIllustrationPng(i);
      const media = await payload.create({
        collection: "media",
        data: { alt: `생애복지 정책 안내 그림 ${i + 1}: 해와 언덕이 있는 마을 풍경` },
        file: { data, name: `bench-illustration-${i + 1}.png`, mimetype: "image/png", size: data.length },
      });
      mediaIds.push(media.id);
    }
    log(`이미지 ${count}개 올림`);
    lap("imagesMs");

    const departments = await payload.find({ collection: "departments", limit: 0, pagination: false, depth: 0 });
    const departmentIds = new Map(departments.docs.map((d) => [String(d.stableId), d.id]));
    const editorConfig = await editorConfigFactory.default({ config: payload.config });
    const toLexical = (markdown: string) =>
      convertMarkdownToLexical({ editorConfig, markdown: markdown.normalize("NFC") });
    // One transaction per batch: one commit (and fsync) per SYNTHETIC_BATCH documents instead of
    // one per document, which on this disk dominated the step (wall ≫ CPU).
    for (let start = 0; start < content.synthetic.length; start += SYNTHETIC_BATCH) {
      const req = await createLocalReq({}, payload);
      await initTransaction(req);
      try {
        for (const policy of content.synthetic.slice(start, start + SYNTHETIC_BATCH)) {
          const images = (assignments.get(policy.id) ?? []).flatMap((i) => mediaIds[i] ?? []);
          const data = policyToCms(policy, {
            toRichText: toLexical,
            departmentDocId: (id) => departmentIds.get(id),
            mediaDocId: () => {
              throw new Error("합성 정책의 이미지는 CMS id로 따로 붙입니다.");
            },
          });
          await payload.create({
            collection: "policies",
            data: { ...data, ...(images.length ? { images } : {}), _status: "published" },
            draft: false,
            context: { skipRebuild: true },
            req,
          });
          await releaseNativeMemory();
        }
        await commitTransaction(req);
      } catch (error) {
        await killTransaction(req);
        throw error;
      }
      log(`합성 정책 ${Math.min(start + SYNTHETIC_BATCH, content.synthetic.length)}/${content.synthetic.length}`);
    }
    lap("syntheticMs");

    const kept = seedPolicies.filter((p) => content.keptSeedIds.includes(p.id));
    const total = (await payload.count({ collection: "policies" })).totalDocs;
    return {
      timings,
      outputs: {
        policiesInCms: total,
        seedStats: contentStats(seedPolicies, { perPolicy: new Map(), distinct: 0 }),
        generatedStats: contentStats(content.synthetic, {
          perPolicy: new Map([...assignments].map(([id, list]) => [id, list.length])),
          distinct: count,
        }),
        realPoliciesKept: kept.length,
      },
    };
  } finally {
    await payload.destroy();
  }
}
