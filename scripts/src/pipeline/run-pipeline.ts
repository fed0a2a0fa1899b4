import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readlink, rename, rm, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { type KstDate, todayKst } from "@lifewelfare/content-models";
import { syncDir, writeFileAtomic } from "@lifewelfare/content-models/atomic-file";
import { escapeRegExp, sweepLeftovers } from "../lib/leftovers.ts";
import { checkLinks } from "./check-links.ts";
import { precompress } from "./precompress.ts";
import { PIPELINE_STEPS, type PipelineStatus, type PipelineStep, writePipelineStatus } from "./status.ts";

/** What the site and PDF jobs get: the release folder being built, the build's date, and the stop signal. */
export type OutputJobOptions = { outDir: string; today: KstDate; signal: AbortSignal };

/** The jobs the pipeline runs; injected so that tests and the benchmark can time or replace them. */
export type PipelineJobs = {
  /**
   * Writes the published snapshot to `snapshotDir` (open data as of `today`); returns its SHA-256
   * and the key of the states derived for `today` (`derivedStatesKey`), which is part of the
   * release id: a day on which no derived state changes builds nothing new.
   */
  exportSnapshot: (options: { today: KstDate }) => Promise<{ sha256: string; statesKey?: string }>;
  /**
   * Builds the site (pages + search index) from the snapshot into `outDir`, as of `today`. Runs
   * at the same time as `renderPdfs`; on `signal`'s abort (the other job failed) it stops its work
   * and temporary files, and then rejects.
   */
  buildSite: (options: OutputJobOptions) => Promise<void>;
  /**
   * Renders both handbook PDFs into `<outDir>/downloads/`, as of `today` (`signal`: as for
   * `buildSite`). Its `outDir` is a folder of its own, moved into the release once both jobs are
   * done: Astro empties the site's output folder when it starts.
   */
  renderPdfs: (options: OutputJobOptions) => Promise<void>;
  /** Hash of the code that shapes the output (site, PDF templates, content-models). */
  sourceHash: () => Promise<string>;
  /** Mirrors the status into the CMS (배포 상태); failures to report are logged, never thrown. */
  reportStatus?: (status: PipelineStatus) => Promise<void>;
};

export type PipelineOptions = {
  releasesDir: string;
  currentLink: string;
  statusFile: string;
  /** Base path the site is served under, for the link check. */
  base: string;
  reasons: string[];
  /** Rebuild even when the content and sources are unchanged. */
  force?: boolean;
  log?: (line: string) => void;
  /** Releases kept besides the live one (for quick rollback). */
  keep?: number;
  /** The build's KST date, read once per run (default today in Korea); tests inject one. */
  today?: KstDate;
};

/** Thrown by a failed step: names the step (Korean for staff) and keeps the cause. */
export class PipelineStepError extends Error {
  constructor(
    readonly step: PipelineStep,
    cause: unknown,
  ) {
    super(`${PIPELINE_STEPS[step]} 단계 실패 (${step}): ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = "PipelineStepError";
  }
}

/**
 * export → site and PDFs at the same time → link check → publish. Builds into a new release folder named after the
 * content and source hashes, then switches the `current` symlink atomically, so residents never
 * see a half-built site. When the snapshot and sources are unchanged and that release is already
 * live, nothing is rebuilt. On failure the last good release stays live and the status records the
 * step, message and time; when the site or the PDFs fail, the other job is stopped (`buildOutputs`).
 * The status records each phase's own time (`phasesMs`). Returns the status.
 *
 * Crash safety: a run first sweeps what killed runs left (`sweepDeadBuilds`); a release folder
 * gets its `.release-complete` marker before it is renamed into place, the live release is never
 * deleted (a `force` rebuild of the same content goes to a new folder), and pruning old releases
 * after the switch cannot fail the run.
 */
export async function runPipeline(jobs: PipelineJobs, options: PipelineOptions): Promise<PipelineStatus> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = Date.now();
  const today = options.today ?? todayKst(new Date(started));
  const status: PipelineStatus = {
    state: "running",
    startedAt: new Date(started).toISOString(),
    builtOn: today,
    reasons: options.reasons,
  };
  await report(status);

  let step: PipelineStep = "export";
  let building: string | undefined;
  const phasesMs: Partial<Record<PipelineStep, number>> = {};
  let phaseStart = performance.now();
  const phaseDone = (done: PipelineStep) => {
    phasesMs[done] = performance.now() - phaseStart;
    phaseStart = performance.now();
  };
  try {
    const swept = await sweepDeadBuilds(options);
    if (swept.length > 0) log(`    중단된 빌드가 남긴 폴더 ${swept.length}개를 지웠습니다.`);
    log(`[1/5] ${PIPELINE_STEPS.export}`);
    const exported = await jobs.exportSnapshot({ today });
    const sha256 = exported.statesKey
      ? createHash("sha256").update(`${exported.sha256}\n${exported.statesKey}`).digest("hex")
      : exported.sha256;
    const contentId = `${sha256.slice(0, 12)}-${(await jobs.sourceHash()).slice(0, 8)}`;
    phaseDone("export");
    const live = await readlink(options.currentLink).catch(() => null);
    const liveId = live === null ? null : basename(live);
    // A forced rebuild of content that already has a folder goes to a new one (`<id>-<time>`), so
    // the live release is never deleted before its replacement is in place.
    const releaseId =
      options.force && existsSync(join(options.releasesDir, contentId))
        ? `${contentId}-${Date.now().toString(36)}`
        : contentId;
    const release = join(options.releasesDir, releaseId);
    const liveIsThis = liveId === contentId || liveId?.startsWith(`${contentId}-`);

    if (!options.force && liveIsThis && existsSync(join(options.releasesDir, liveId as string, ".release-complete"))) {
      log(`    내용과 코드가 바뀌지 않아 다시 만들지 않습니다 (release ${liveId}).`);
      return await finish({ ...status, state: "unchanged", liveRelease: liveId as string });
    }
    if (options.force || !existsSync(join(release, ".release-complete"))) {
      building = `${release}.building-${process.pid}`;
      const pdfs = `${release}.building-pdf-${process.pid}`;
      for (const dir of [building, pdfs]) {
        await rm(dir, { recursive: true, force: true });
        await mkdir(dir, { recursive: true });
      }

      log(`[2/5] ${PIPELINE_STEPS.site}`);
      log(`[3/5] ${PIPELINE_STEPS.pdf} (누리집과 동시에)`);
      Object.assign(phasesMs, await buildOutputs(jobs, { siteDir: building, pdfDir: pdfs, today }));
      step = "pdf";
      await rename(join(pdfs, "downloads"), join(building, "downloads"));
      await rm(pdfs, { recursive: true, force: true });

      phaseStart = performance.now();
      step = "links";
      log(`[4/5] ${PIPELINE_STEPS.links}`);
      const previous = live === null ? undefined : resolve(dirname(options.currentLink), live);
      const { broken, checked, unchanged } = await checkLinks(building, options.base, { previous });
      log(`    링크 점검: 페이지 ${checked}개 (이전 판과 같아 건너뜀 ${unchanged}개)`);
      if (broken.length > 0) {
        const sample = broken
          .slice(0, 10)
          .map((b) => `${b.page} → ${b.url}`)
          .join("; ");
        throw new Error(`깨진 링크 ${broken.length}개: ${sample}`);
      }
      const compression = await precompress(building, { previous });
      log(`    미리 압축: 새로 ${compression.compressed}개, 이전 판에서 재사용 ${compression.reused}개`);
      await writeFileAtomic(join(building, ".release-complete"), `${new Date().toISOString()}\n`);
      // Only an incomplete folder of an older version can hold this name (see releaseId above).
      if (liveId !== releaseId) await rm(release, { recursive: true, force: true });
      await rename(building, release);
      await syncDir(options.releasesDir);
      building = undefined;
      phaseDone("links");
    }

    step = "publish";
    log(`[5/5] ${PIPELINE_STEPS.publish}`);
    const tmpLink = `${options.currentLink}.tmp-${process.pid}`;
    await rm(tmpLink, { force: true });
    await symlink(release, tmpLink);
    await rename(tmpLink, options.currentLink);
    await syncDir(dirname(options.currentLink));
    // The new release is live: a failure to tidy up old ones is worth a line, not a failed run.
    await pruneReleases(options.releasesDir, releaseId, options.keep ?? 2).catch((error: unknown) =>
      log(`    (지난 판을 정리하지 못했습니다: ${error instanceof Error ? error.message : String(error)})`),
    );
    phaseDone("publish");
    const now = new Date().toISOString();
    return await finish({ ...status, state: "succeeded", liveRelease: releaseId, lastSuccessAt: now });
  } catch (error) {
    if (building) {
      await rm(building, { recursive: true, force: true });
      await rm(building.replace(/\.building-(\d+)$/, ".building-pdf-$1"), { recursive: true, force: true });
    }
    const failure = error instanceof PipelineStepError ? error : new PipelineStepError(step, error);
    log(`!! ${failure.message}`);
    log("   마지막으로 성공한 누리집과 PDF가 그대로 제공됩니다. 위 메시지의 문서와 항목을 고친 뒤 다시 게시하세요.");
    await finish({ ...status, state: "failed", failedStep: failure.step, message: failure.message });
    throw failure;
  }

  async function finish(final: PipelineStatus): Promise<PipelineStatus> {
    const done = { ...final, finishedAt: new Date().toISOString(), durationMs: Date.now() - started, phasesMs };
    await report(done);
    return done;
  }

  async function report(current: PipelineStatus): Promise<void> {
    await writePipelineStatus(options.statusFile, current);
    await jobs
      .reportStatus?.(current)
      .catch((error: unknown) => log(`   (상태를 CMS에 기록하지 못했습니다: ${String(error)})`));
  }
}

/**
 * Runs the site build and the PDFs at the same time (both read only the snapshot) and returns each
 * one's own time (ms). The first to fail aborts the other's signal; once both have ended (an aborted
 * job stops its processes and removes its temporary files first), that first failure is thrown as
 * a `PipelineStepError` naming its step, so a site failure is never reported as the PDFs' abort.
 */
async function buildOutputs(
  jobs: PipelineJobs,
  options: { siteDir: string; pdfDir: string; today: KstDate },
): Promise<Partial<Record<PipelineStep, number>>> {
  const controller = new AbortController();
  const times: Partial<Record<PipelineStep, number>> = {};
  let first: PipelineStepError | undefined;
  const run = async (step: "site" | "pdf", job: PipelineJobs["buildSite"], outDir: string) => {
    const t = performance.now();
    try {
      await job({ outDir, today: options.today, signal: controller.signal });
      times[step] = performance.now() - t;
    } catch (error) {
      first ??= new PipelineStepError(step, error);
      controller.abort(first);
    }
  };
  await Promise.all([run("site", jobs.buildSite, options.siteDir), run("pdf", jobs.renderPdfs, options.pdfDir)]);
  if (first) throw first;
  return times;
}

/**
 * Removes what runs killed mid-way (SIGKILL, power loss, Ctrl+C during a build) left behind, when
 * the process that made it is dead: `<release>.building-[pdf-]<pid>` folders, `<current>.tmp-<pid>`
 * links, status temp files, and the handbook work and Chromium profile folders
 * `<tmpdir>/lifewelfare-{handbook,chromium}-<pid>-…`. Returns what was removed (names).
 */
export async function sweepDeadBuilds(options: Pick<PipelineOptions, "releasesDir" | "currentLink" | "statusFile">) {
  const link = escapeRegExp(basename(options.currentLink));
  const status = escapeRegExp(basename(options.statusFile));
  const swept = await Promise.all([
    sweepLeftovers(options.releasesDir, /\.building-(?:pdf-)?(\d+)$/),
    sweepLeftovers(dirname(options.currentLink), new RegExp(`^${link}\\.tmp-(\\d+)$`)),
    sweepLeftovers(dirname(options.statusFile), new RegExp(`^(?:\\.${status}\\.tmp|${status}\\.tmp)-(\\d+)`)),
    sweepLeftovers(tmpdir(), /^lifewelfare-(?:handbook|chromium)-(\d+)-/),
  ]);
  return swept.flat();
}

/** Deletes old releases, keeping the live one and the `keep` most recent others. */
async function pruneReleases(dir: string, liveId: string, keep: number): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const releases = await Promise.all(
    entries
      .filter((name) => name !== liveId && !name.includes(".building-"))
      .map(async (name) => ({ name, mtime: (await stat(join(dir, name))).mtimeMs })),
  );
  releases.sort((a, b) => b.mtime - a.mtime);
  for (const old of releases.slice(keep)) await rm(join(dir, old.name), { recursive: true, force: true });
}
