import { join } from "node:path";
import { openCms } from "@lifewelfare/scripts/cms";
import { runPipeline } from "@lifewelfare/scripts/pipeline";
import { pipelineJobs } from "@lifewelfare/scripts/pipeline/jobs";
import type { PipelineStatus } from "@lifewelfare/scripts/pipeline/status";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";
import { prepareEdit } from "./publish-edit.ts";

/**
 * Runs the real pipeline (`pipelineJobs` + `runPipeline`) against the run's CMS. Each phase's own
 * time comes from the status (`phasesMs`): the site and the PDFs run at the same time, so their
 * plain sum (`phasesSumMs`, the time the phases took one after another before) is reported beside
 * the run's wall time.
 */
async function timedPipeline(ws: BenchWorkspace, reasons: string[], force: boolean, log: (line: string) => void) {
  const payload = await openCms();
  const jobs = pipelineJobs({
    payload,
    snapshotDir: ws.pipelineSnapshotDir,
    mediaDir: ws.mediaDir,
    base: "/",
    localOrigin: "http://localhost:4321",
    handbookCacheDir: join(ws.root, "handbook-cache"),
    log,
  });
  const run = async () => {
    const status = await runPipeline(jobs, {
      releasesDir: ws.releasesDir,
      currentLink: ws.currentLink,
      statusFile: ws.statusFile,
      base: "/",
      reasons,
      force,
      log,
    });
    if (status.state !== "succeeded") throw new Error(`pipeline ended "${status.state}" (expected a new release)`);
    return status;
  };
  return { payload, run };
}

/** `phase_<step>Ms` for each phase of `status`, and their plain sum `phasesSumMs`. */
export const phaseTimings = (status: PipelineStatus) => {
  const phases = Object.entries(status.phasesMs ?? {});
  return {
    ...Object.fromEntries(phases.map(([step, ms]) => [`phase_${step}Ms`, ms])),
    phasesSumMs: phases.reduce((sum, [, ms]) => sum + ms, 0),
  };
};

/** The whole pipeline from a cold start (fresh releases folder): export → site and PDFs → links → publish. */
export async function pipelineStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  let t = performance.now();
  const { payload, run } = await timedPipeline(ws, ["bench: whole pipeline"], true, log);
  const openCmsMs = performance.now() - t;
  try {
    t = performance.now();
    const status = await run();
    return {
      timings: { openCmsMs, pipelineMs: performance.now() - t, ...phaseTimings(status) },
      outputs: { liveRelease: status.liveRelease },
    };
  } finally {
    await payload.destroy();
  }
}

/**
 * The publish loop: one policy's summary edited and published in the CMS (Local API), then the
 * pipeline run as the CMS's rebuild webhook would run it (without its debounce), until the new
 * release is live; then checks that the live site page and the live standard PDF show the edit.
 */
export async function publishLoopStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  const { payload, run } = await timedPipeline(ws, ["bench: publish loop"], false, log);
  try {
    const edit = await prepareEdit(payload, ws.currentLink);
    const t = performance.now();
    await edit.publish();
    const publishMs = performance.now() - t;
    const status = await run();
    const loopMs = performance.now() - t;
    const live = await edit.isLive();
    log(
      `게시 루프 ${(loopMs / 1000).toFixed(1)}초: 새 릴리스 ${live.newRelease}, 누리집 ${live.siteShowsEdit}, PDF ${live.pdfShowsEdit}`,
    );
    if (!live.newRelease || !live.siteShowsEdit || !live.pdfShowsEdit) {
      throw new Error(`the edit is not live: ${JSON.stringify(live)}`);
    }
    return {
      timings: { publishMs, loopMs, ...phaseTimings(status) },
      outputs: { editedPolicy: edit.slug, liveRelease: status.liveRelease, ...live },
    };
  } finally {
    await payload.destroy();
  }
}
