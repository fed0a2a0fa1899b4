/**
 * `pnpm pdf` — prints the handbook PDFs from the published snapshot.
 *
 * Usage: pnpm pdf
 * Env: SNAPSHOT_DIR (default <repo>/.data/snapshot), SITE_OUT_DIR (default <repo>/site/dist; the
 * PDFs go to its `downloads/`), SITE_BASE (default "/"), SITE_ORIGIN (default the snapshot's
 * guidebook.siteOrigin if it is a real public address, else http://localhost:SITE_PORT and a test
 * print), CHROMIUM_PATH.
 */
import { join, relative } from "node:path";
import { type EditionResult, renderHandbooks } from "@lifewelfare/handbook";
import { SITE_OUT_DIR, SNAPSHOT_DIR } from "../lib/paths.ts";
import { localSiteOrigin } from "../lib/site-origin.ts";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}초`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function summary(result: EditionResult): string {
  return `  ${result.edition.label}: ${relative(process.cwd(), result.file)} — ${result.pages}쪽, ${megabytes(result.bytes)}, ${seconds(result.totalMs)} (${result.parts}개 부분, 인쇄 ${result.prints}회, 지난 인쇄 재사용 ${result.reused}개, 합치기 ${seconds(result.joinMs)})`;
}

const started = performance.now();
try {
  const results = await renderHandbooks({
    snapshotDir: SNAPSHOT_DIR,
    outDir: join(SITE_OUT_DIR, "downloads"),
    siteOrigin: process.env.SITE_ORIGIN || undefined,
    localOrigin: localSiteOrigin(),
    basePath: process.env.SITE_BASE || undefined,
    log: (message) => console.log(message),
  });
  console.log(`\n안내서 PDF ${results.length}종을 만들었습니다 (${seconds(performance.now() - started)}):`);
  for (const result of results) console.log(summary(result));
} catch (error) {
  console.error(`안내서 PDF를 만들지 못했습니다: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
