/**
 * pnpm build — the production build without seeding or serving: CMS admin (next build), then
 * export → site → PDFs → search index → link check, into `.data/releases/<hash>` with
 * `.data/current` pointing at it (SITE_BASE sets the base path, SITE_ORIGIN the origin,
 * default 안내서 설정's 누리집 주소).
 */

import { ensureAdminBuild } from "@lifewelfare/cms/admin-build";
import { normalizeBasePath } from "@lifewelfare/content-models";
import {
  CURRENT_RELEASE_LINK,
  HANDBOOK_CACHE_DIR,
  PIPELINE_STATUS_FILE,
  RELEASES_DIR,
  SNAPSHOT_DIR,
} from "../lib/paths.ts";
import { localSiteOrigin } from "../lib/site-origin.ts";
import { pipelineJobs } from "../pipeline/jobs.ts";
import { runPipeline } from "../pipeline/run-pipeline.ts";
import { cmsEnvironment, openCms } from "./cms.ts";

const log = (line: string) => console.log(line);
const base = normalizeBasePath(process.env.SITE_BASE);
await ensureAdminBuild({ env: cmsEnvironment(), log });
const payload = await openCms();
try {
  const jobs = pipelineJobs({
    payload,
    snapshotDir: SNAPSHOT_DIR,
    mediaDir: process.env.MEDIA_DIR as string,
    base,
    origin: process.env.SITE_ORIGIN || undefined,
    localOrigin: localSiteOrigin(),
    handbookCacheDir: HANDBOOK_CACHE_DIR,
    log,
  });
  const status = await runPipeline(jobs, {
    releasesDir: RELEASES_DIR,
    currentLink: CURRENT_RELEASE_LINK,
    statusFile: PIPELINE_STATUS_FILE,
    base,
    reasons: ["pnpm build"],
    force: process.argv.includes("--force"),
    log,
  });
  console.log(`완료: ${CURRENT_RELEASE_LINK} → ${status.liveRelease} (${status.durationMs} ms)`);
} catch {
  process.exitCode = 1;
} finally {
  await payload.destroy();
}
