import { join } from "node:path";
import { recordRebuildStatus } from "@lifewelfare/cms/rebuild/status";
import { derivedStatesKey } from "@lifewelfare/content-models";
import type { RenderHandbooksOptions } from "@lifewelfare/handbook";
import { buildSite } from "@lifewelfare/site";
import type { Payload } from "payload";
import { exportSnapshot } from "../export/export-snapshot.ts";
import { REPO_ROOT } from "../lib/paths.ts";
import { snapshotBuildOrigin } from "../lib/site-origin.ts";
import { runChildJob } from "./child-job.ts";
import type { PipelineJobs } from "./run-pipeline.ts";
import { hashSources } from "./source-hash.ts";
import { PIPELINE_STEPS, type PipelineStatus } from "./status.ts";

/** Code whose change must rebuild the output even when the content is the same. */
const OUTPUT_SOURCES = [
  "content-models/src",
  "site/src",
  "site/public",
  "site/build.ts",
  "scripts/handbook/src",
  "scripts/handbook/templates",
];

/**
 * `renderHandbooks` in a child process (pdf-job.ts, see `runChildJob`): it runs beside the site
 * build on the other core, and `signal` stops it, its Chromium and its temporary folders.
 * @throws Error with the handbook's own (Korean) message when the PDFs cannot be made.
 */
export function renderHandbooksInChild(
  input: Omit<RenderHandbooksOptions, "log">,
  options: { log: (line: string) => void; signal?: AbortSignal },
): Promise<void> {
  return runChildJob(join(import.meta.dirname, "pdf-job.ts"), input, options);
}

/**
 * 배포 상태's warning when the live handbook is a test print (no real public address), saying how
 * to set the address.
 */
export const TEST_PRINT_WARNING =
  "주의: 누리집 주소가 설정되지 않아 안내서 PDF가 '시험 인쇄본'으로 만들어졌습니다 (QR 코드와 짧은 주소가 이 컴퓨터의 주소를 가리킵니다). 인쇄소에 보내기 전에 안내서 설정의 '누리집 주소'에 공개 주소(https://…)를 입력하고 게시하거나, 서버의 SITE_ORIGIN 환경 변수를 설정하세요.";

/**
 * The real pipeline jobs: export through the CMS Local API, Astro + Pagefind, the two PDFs, and
 * the status mirrored into the CMS's 배포 상태 global. The site, the open data and the handbook
 * use one address, `resolveBuildOrigin` over `origin` (env SITE_ORIGIN), 안내서 설정's
 * `siteOrigin` and `localOrigin`; without a real public one 배포 상태 carries `TEST_PRINT_WARNING`.
 */
export function pipelineJobs(options: {
  payload: Payload;
  snapshotDir: string;
  mediaDir: string;
  base: string;
  /** Env SITE_ORIGIN: overrides 안내서 설정's `siteOrigin`. */
  origin?: string;
  /** The local site server's address, used when no public address is set (`localSiteOrigin`). */
  localOrigin: string;
  /** Folder of handbook parts kept between builds (see renderHandbooks `cacheDir`). */
  handbookCacheDir: string;
  log: (line: string) => void;
}): PipelineJobs {
  const origin = { override: options.origin, localOrigin: options.localOrigin };
  const buildOrigin = () => snapshotBuildOrigin(options.snapshotDir, origin);
  return {
    exportSnapshot: async ({ today }) => {
      const { snapshot, sha256 } = await exportSnapshot(options.payload, {
        dir: options.snapshotDir,
        mediaDir: options.mediaDir,
        origin,
        log: options.log,
        today,
      });
      return { sha256, statesKey: derivedStatesKey(snapshot.policies, today) };
    },
    buildSite: async ({ outDir, today, signal }) => {
      await buildSite({
        snapshotDir: options.snapshotDir,
        outDir,
        today,
        base: options.base,
        origin: (await buildOrigin()).origin,
        signal,
      });
    },
    renderPdfs: ({ outDir, today, signal }) =>
      renderHandbooksInChild(
        {
          today,
          snapshotDir: options.snapshotDir,
          outDir: join(outDir, "downloads"),
          basePath: options.base,
          cacheDir: options.handbookCacheDir,
          siteOrigin: options.origin,
          localOrigin: options.localOrigin,
        },
        { log: (line) => options.log(`    ${line}`), signal },
      ),
    sourceHash: () => hashSources(REPO_ROOT, OUTPUT_SOURCES),
    reportStatus: async (status: PipelineStatus) => {
      const report = toReport(status);
      // A test print is worth a warning only once it is live; before the first export there is none.
      const isTestPrint =
        report.state === "succeeded" && !(await buildOrigin().catch(() => ({ isPublic: true }))).isPublic;
      await recordRebuildStatus(
        options.payload,
        isTestPrint ? { ...report, message: `${report.message}\n${TEST_PRINT_WARNING}` } : report,
      );
    },
  };
}

function toReport(status: PipelineStatus) {
  const at = status.finishedAt ?? status.startedAt;
  const reasons = status.reasons.join(", ");
  switch (status.state) {
    case "running":
      return { state: "running" as const, step: "사이트 다시 만들기", message: `시작: ${reasons}`, at };
    case "failed":
      return {
        state: "failed" as const,
        step: status.failedStep ? PIPELINE_STEPS[status.failedStep] : "사이트 다시 만들기",
        message: status.message ?? "",
        at,
      };
    default:
      return {
        state: "succeeded" as const,
        step: PIPELINE_STEPS.publish,
        message:
          status.state === "unchanged"
            ? "바뀐 내용이 없어 그대로 두었습니다."
            : `새 사이트를 게시했습니다 (${status.liveRelease}).`,
        at,
      };
  }
}
