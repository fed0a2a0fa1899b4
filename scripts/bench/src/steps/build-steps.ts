import { stat } from "node:fs/promises";
import { join } from "node:path";
import { openCms } from "@lifewelfare/scripts/cms";
import { exportSnapshot } from "@lifewelfare/scripts/export";
import { buildSite } from "@lifewelfare/site";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";
import { countPages, folderSize } from "./files.ts";

/** `exportSnapshot` of the seeded CMS into the run's snapshot folder (CMS start-up timed apart). */
export async function exportStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  let t = performance.now();
  const payload = await openCms();
  const openCmsMs = performance.now() - t;
  try {
    t = performance.now();
    const result = await exportSnapshot(payload, { dir: ws.snapshotDir, mediaDir: ws.mediaDir, log });
    const exportMs = performance.now() - t;
    return {
      timings: { openCmsMs, exportMs },
      outputs: {
        policies: result.snapshot.policies.length,
        warnings: result.warnings.length,
        snapshotJsonBytes: (await stat(join(ws.snapshotDir, "snapshot.json"))).size,
        snapshotFolder: await folderSize(ws.snapshotDir),
      },
    };
  } finally {
    await payload.destroy();
  }
}

/** `buildSite()` (Astro pages, then the integration's copies and Pagefind index) into `siteDir`. */
export async function siteStep(ws: BenchWorkspace): Promise<StepReport> {
  const t = performance.now();
  await buildSite({ snapshotDir: ws.snapshotDir, outDir: ws.siteDir, base: "/" });
  const buildMs = performance.now() - t;
  return {
    timings: { buildSiteMs: buildMs },
    outputs: {
      site: await folderSize(ws.siteDir),
      siteWithoutSearchIndex: await folderSize(ws.siteDir, (path) => path.startsWith("pagefind/")),
      searchIndex: await folderSize(join(ws.siteDir, "pagefind")),
      pages: await countPages(ws.siteDir),
      policyPages: await countPages(ws.siteDir, "policies"),
    },
  };
}

/**
 * The site's own search index alone: the same `writeSearchIndex` its build integration calls,
 * timed by itself (written to a scratch folder).
 */
export async function searchIndexStep(ws: BenchWorkspace): Promise<StepReport> {
  const { readSnapshot } = await import("@lifewelfare/site/read-snapshot");
  const { writeSearchIndex } = await import("@lifewelfare/site/search-index");
  let t = performance.now();
  const snapshot = await readSnapshot(ws.snapshotDir);
  const readSnapshotMs = performance.now() - t;
  t = performance.now();
  const indexed = await writeSearchIndex(snapshot, ws.searchIndexDir);
  const indexMs = performance.now() - t;
  return {
    timings: { readSnapshotMs, indexMs },
    outputs: { indexed, searchIndex: await folderSize(join(ws.searchIndexDir, "pagefind")) },
  };
}

/**
 * Baseline: Pagefind with default settings over the built policy pages (what
 * `npx pagefind --site <out>` does for them), with no custom records.
 */
export async function pagefindDefaultStep(ws: BenchWorkspace): Promise<StepReport> {
  const pagefind = await import("pagefind");
  const t = performance.now();
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: ws.siteDir, glob: "policies/**/*.html" });
    if (added.errors.length) throw new Error(`Pagefind addDirectory: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(ws.pagefindDefaultDir, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind writeFiles: ${written.errors.join("; ")}`);
    return {
      timings: { indexMs: performance.now() - t },
      outputs: {
        pagesIndexed: added.page_count,
        searchIndex: await folderSize(join(ws.pagefindDefaultDir, "pagefind")),
      },
    };
  } finally {
    await pagefind.close();
  }
}
