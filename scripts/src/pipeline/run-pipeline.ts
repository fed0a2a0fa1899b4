import { existsSync } from "node:fs";
import { mkdir, readdir, readlink, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { checkLinks } from "./check-links.ts";
import { precompress } from "./precompress.ts";
import { PIPELINE_STEPS, type PipelineStatus, type PipelineStep, writePipelineStatus } from "./status.ts";

/** The jobs the pipeline runs; injected so that tests and the benchmark can time or replace them. */
export type PipelineJobs = {
  /** Writes the published snapshot to `snapshotDir`; returns its SHA-256. */
  exportSnapshot: () => Promise<{ sha256: string }>;
  /** Builds the site (pages + search index) from the snapshot into `outDir`. */
  buildSite: (options: { outDir: string }) => Promise<void>;
  /** Renders both handbook PDFs into `<outDir>/downloads/`. */
  renderPdfs: (options: { outDir: string }) => Promise<void>;
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
 * export → site → PDFs → link check → publish. Builds into a new release folder named after the
 * content and source hashes, then switches the `current` symlink atomically, so residents never
 * see a half-built site. When the snapshot and sources are unchanged and that release is already
 * live, nothing is rebuilt. On failure the last good release stays live and the status records the
 * step, message and time. Returns the status.
 */
export async function runPipeline(jobs: PipelineJobs, options: PipelineOptions): Promise<PipelineStatus> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = Date.now();
  const status: PipelineStatus = {
    state: "running",
    startedAt: new Date(started).toISOString(),
    reasons: options.reasons,
  };
  await report(status);

  let step: PipelineStep = "export";
  let building: string | undefined;
  try {
    log(`[1/5] ${PIPELINE_STEPS.export}`);
    const { sha256 } = await jobs.exportSnapshot();
    const releaseId = `${sha256.slice(0, 12)}-${(await jobs.sourceHash()).slice(0, 8)}`;
    const release = join(options.releasesDir, releaseId);
    const live = await readlink(options.currentLink).catch(() => null);

    if (!options.force && existsSync(join(release, ".release-complete"))) {
      if (live !== null && basename(live) === releaseId) {
        log(`    내용과 코드가 바뀌지 않아 다시 만들지 않습니다 (release ${releaseId}).`);
        return await finish({ ...status, state: "unchanged", liveRelease: releaseId });
      }
    } else {
      building = `${release}.building-${process.pid}`;
      await rm(building, { recursive: true, force: true });
      await mkdir(building, { recursive: true });

      step = "site";
      log(`[2/5] ${PIPELINE_STEPS.site}`);
      await jobs.buildSite({ outDir: building });

      step = "pdf";
      log(`[3/5] ${PIPELINE_STEPS.pdf}`);
      await jobs.renderPdfs({ outDir: building });

      step = "links";
      log(`[4/5] ${PIPELINE_STEPS.links}`);
      const broken = await checkLinks(building, options.base);
      if (broken.length > 0) {
        const sample = broken
          .slice(0, 10)
          .map((b) => `${b.page} → ${b.url}`)
          .join("; ");
        throw new Error(`깨진 링크 ${broken.length}개: ${sample}`);
      }
      const compression = await precompress(building, {
        previous: live === null ? undefined : resolve(dirname(options.currentLink), live),
      });
      log(`    미리 압축: 새로 ${compression.compressed}개, 이전 판에서 재사용 ${compression.reused}개`);
      await writeFile(join(building, ".release-complete"), `${new Date().toISOString()}\n`);
      await rm(release, { recursive: true, force: true });
      await rename(building, release);
      building = undefined;
    }

    step = "publish";
    log(`[5/5] ${PIPELINE_STEPS.publish}`);
    const tmpLink = `${options.currentLink}.tmp-${process.pid}`;
    await rm(tmpLink, { force: true });
    await symlink(release, tmpLink);
    await rename(tmpLink, options.currentLink);
    await pruneReleases(options.releasesDir, releaseId, options.keep ?? 2);
    const now = new Date().toISOString();
    return await finish({ ...status, state: "succeeded", liveRelease: releaseId, lastSuccessAt: now });
  } catch (error) {
    if (building) await rm(building, { recursive: true, force: true });
    const failure = error instanceof PipelineStepError ? error : new PipelineStepError(step, error);
    log(`!! ${failure.message}`);
    log("   마지막으로 성공한 누리집과 PDF가 그대로 제공됩니다. 위 메시지의 문서와 항목을 고친 뒤 다시 게시하세요.");
    await finish({ ...status, state: "failed", failedStep: failure.step, message: failure.message });
    throw failure;
  }

  async function finish(final: PipelineStatus): Promise<PipelineStatus> {
    const done = { ...final, finishedAt: new Date().toISOString(), durationMs: Date.now() - started };
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
