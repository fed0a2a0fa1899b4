import { join } from "node:path";
import { recordRebuildStatus } from "@lifewelfare/cms/rebuild/status";
import { derivedStatesKey } from "@lifewelfare/content-models";
import { buildSite } from "@lifewelfare/site";
import type { Payload } from "payload";
import { exportSnapshot } from "../export/export-snapshot.ts";
import { REPO_ROOT } from "../lib/paths.ts";
import { renderHandbooks } from "../pdf/render-handbook.ts";
import type { PipelineJobs } from "./run-pipeline.ts";
import { hashSources } from "./source-hash.ts";
import { PIPELINE_STEPS, type PipelineStatus } from "./status.ts";

/** Code whose change must rebuild the output even when the content is the same. */
const OUTPUT_SOURCES = [
  "content-models/src",
  "site/src",
  "site/public",
  "site/build.ts",
  "scripts/src/pdf",
  "scripts/templates",
];

/**
 * The real pipeline jobs: export through the CMS Local API, Astro + Pagefind, the two PDFs, and
 * the status mirrored into the CMS's 배포 상태 global.
 */
export function pipelineJobs(options: {
  payload: Payload;
  snapshotDir: string;
  mediaDir: string;
  base: string;
  origin?: string;
  /** Folder of handbook parts kept between builds (see renderHandbooks `cacheDir`). */
  handbookCacheDir: string;
  log: (line: string) => void;
}): PipelineJobs {
  return {
    exportSnapshot: async ({ today }) => {
      const { snapshot, sha256 } = await exportSnapshot(options.payload, {
        dir: options.snapshotDir,
        mediaDir: options.mediaDir,
        log: options.log,
        today,
      });
      return { sha256, statesKey: derivedStatesKey(snapshot.policies, today) };
    },
    buildSite: async ({ outDir, today }) => {
      await buildSite({
        snapshotDir: options.snapshotDir,
        outDir,
        today,
        base: options.base,
        ...(options.origin ? { origin: options.origin } : {}),
      });
    },
    renderPdfs: async ({ outDir, today }) => {
      await renderHandbooks({
        today,
        snapshotDir: options.snapshotDir,
        outDir: join(outDir, "downloads"),
        basePath: options.base,
        cacheDir: options.handbookCacheDir,
        log: (line: string) => options.log(`    ${line}`),
        ...(options.origin ? { siteOrigin: options.origin } : {}),
      });
    },
    sourceHash: () => hashSources(REPO_ROOT, OUTPUT_SOURCES),
    reportStatus: (status: PipelineStatus) => recordRebuildStatus(options.payload, toReport(status)),
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
