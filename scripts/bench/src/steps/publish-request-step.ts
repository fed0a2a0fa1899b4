import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { openCms } from "@lifewelfare/scripts/cms";
import { runPipeline } from "@lifewelfare/scripts/pipeline";
import { pipelineJobs } from "@lifewelfare/scripts/pipeline/jobs";
import { RebuildQueue } from "@lifewelfare/scripts/pipeline/rebuild-queue";
import type { PipelineStatus } from "@lifewelfare/scripts/pipeline/status";
import { seed } from "@lifewelfare/scripts/seed";
import { startHookServer } from "@lifewelfare/scripts/start/hook-server";
import { START_REBUILD_DEBOUNCE_MS } from "@lifewelfare/scripts/start/options";
import { seedPolicies } from "@lifewelfare/seed-content";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";
import { phaseTimings } from "./pipeline-steps.ts";
import { prepareEdit } from "./publish-edit.ts";

/**
 * Publish from the request with the seeded entries, the way `pnpm start` runs it: the edit is
 * published through the Local API, the CMS's own hook records it and waits its debounce
 * (`pnpm start`'s default), calls the loopback rebuild hook, whose queue runs the pipeline, until
 * the new release is live and its page and standard PDF show the edit. Times the whole wait
 * (`requestToLiveMs`), the wait before the pipeline starts (`beforePipelineMs`) and the phases.
 *
 * Content: the real seed's policies only. Up to the seed's count the run's own CMS holds exactly
 * those, so the step reuses it and the `pipeline` step's live release; above it, it seeds a CMS
 * of its own and builds it once first (`coldBuildMs`, not part of the figure).
 */
export async function publishRequestStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  const own = ws.size > seedPolicies.length;
  const dir = join(ws.root, "publish-request");
  const folders = own
    ? {
        snapshotDir: join(dir, "snapshot"),
        releasesDir: join(dir, "releases"),
        currentLink: join(dir, "current"),
        statusFile: join(dir, "status.json"),
        handbookCacheDir: join(dir, "handbook-cache"),
      }
    : {
        snapshotDir: ws.pipelineSnapshotDir,
        releasesDir: ws.releasesDir,
        currentLink: ws.currentLink,
        statusFile: ws.statusFile,
        handbookCacheDir: join(ws.root, "handbook-cache"),
      };
  const timings: Record<string, number> = {};
  let rebuild: (reasons: string[]) => Promise<void> = async () => undefined;
  const queue = new RebuildQueue((reasons) => rebuild(reasons));
  const hook = await startHookServer({ port: 0, onRebuild: () => void queue.request("CMS 게시") });
  const debounceMs = START_REBUILD_DEBOUNCE_MS;
  // The CMS's rebuild trigger reads these when it is first used (cms/src/rebuild/index.ts).
  Object.assign(process.env, { SITE_REBUILD_WEBHOOK: hook.url, REBUILD_DEBOUNCE_MS: debounceMs });
  if (own) {
    await mkdir(folders.releasesDir, { recursive: true });
    Object.assign(process.env, { DATABASE_URI: `file:${join(dir, "cms.db")}`, MEDIA_DIR: join(dir, "media") });
  }
  const payload = await openCms();
  try {
    const jobs = pipelineJobs({
      payload,
      snapshotDir: folders.snapshotDir,
      mediaDir: process.env.MEDIA_DIR as string,
      base: "/",
      localOrigin: "http://localhost:4321",
      handbookCacheDir: folders.handbookCacheDir,
      log,
    });
    const pipeline = (reasons: string[]) => runPipeline(jobs, { ...folders, base: "/", reasons, log });
    if (own) {
      let t = performance.now();
      await seed(payload, { log });
      timings.seedMs = performance.now() - t;
      t = performance.now();
      await pipeline(["bench: first build"]);
      timings.coldBuildMs = performance.now() - t;
    }
    const edit = await prepareEdit(payload, folders.currentLink);
    let pipelineStarted = 0;
    const built = new Promise<PipelineStatus>((done, fail) => {
      rebuild = async (reasons) => {
        pipelineStarted = performance.now();
        await pipeline(reasons).then(done, fail);
      };
    });
    const t = performance.now();
    await edit.publish();
    const status = await built;
    const requestToLiveMs = performance.now() - t;
    const live = await edit.isLive();
    log(
      `요청부터 게시까지 ${(requestToLiveMs / 1000).toFixed(1)}초 (디바운스 ${debounceMs} ms): ${JSON.stringify(live)}`,
    );
    if (!live.newRelease || !live.siteShowsEdit || !live.pdfShowsEdit) {
      throw new Error(`the edit is not live: ${JSON.stringify(live)}`);
    }
    return {
      timings: {
        ...timings,
        requestToLiveMs,
        beforePipelineMs: pipelineStarted - t,
        ...phaseTimings(status),
      },
      outputs: {
        policies: (await payload.count({ collection: "policies" })).totalDocs,
        debounceMs: Number(debounceMs),
        editedPolicy: edit.slug,
        liveRelease: status.liveRelease,
        ...live,
      },
    };
  } finally {
    hook.server.close();
    await payload.destroy();
  }
}
