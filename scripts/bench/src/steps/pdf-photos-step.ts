import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderHandbooks } from "@lifewelfare/handbook";
import { PHOTO_SIZE, renderPhotoWebp } from "@lifewelfare/handbook/testing";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";

/** Photos added for the handbook size measurement. */
export const BENCH_PHOTOS = 20;

type RawPolicy = { images?: unknown[] };

/**
 * The handbook's size per photo: the exported snapshot with one photo-like WebP `print` size of
 * about 0.9 MB (`@lifewelfare/handbook/testing` photos.ts) added to each of its first `BENCH_PHOTOS` policies, printed
 * as the standard edition. The report divides the growth over the `pdf-standard` step's PDF (same
 * snapshot without the photos) by `photos` (report/targets.ts, goal ≤ 1.5 MB per photo).
 */
export async function pdfPhotosStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  const started = performance.now();
  const dir = join(ws.root, "snapshot-photos");
  await rm(dir, { recursive: true, force: true });
  await cp(ws.snapshotDir, dir, { recursive: true, dereference: true });
  const snapshot = JSON.parse(await readFile(join(dir, "snapshot.json"), "utf8")) as { policies: RawPolicy[] };
  const photos = Math.min(BENCH_PHOTOS, snapshot.policies.length);
  let photoBytes = 0;
  for (let index = 0; index < photos; index++) {
    const src = `media/bench-photo-${index}.webp`;
    const webp = await renderPhotoWebp(index);
    photoBytes += webp.length;
    await writeFile(join(dir, src), webp);
    const variant = { src, ...PHOTO_SIZE, mimeType: "image/webp" };
    const policy = snapshot.policies[index] as RawPolicy;
    policy.images = [
      ...(policy.images ?? []),
      {
        id: `bench-photo-${index}`,
        alt: `벤치마크 사진 ${index + 1}`,
        original: { name: "original", ...variant },
        variants: [{ name: "print", ...variant }],
      },
    ];
  }
  await writeFile(join(dir, "snapshot.json"), JSON.stringify(snapshot));
  const t = performance.now();
  const [result] = await renderHandbooks({
    snapshotDir: dir,
    outDir: join(ws.root, "pdf-photos"),
    editions: ["standard"],
    log,
  });
  if (!result) throw new Error("renderHandbooks printed no standard edition");
  return {
    timings: { renderHandbooksMs: performance.now() - t, totalMs: performance.now() - started },
    outputs: { photos, photoWebpBytes: photoBytes, pages: result.pages, bytes: result.bytes },
  };
}
