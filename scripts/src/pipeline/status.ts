import { mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { writeFileAtomic } from "@lifewelfare/content-models/atomic-file";

/** Pipeline steps, in order, with the Korean names staff see in the admin's 배포 상태. */
export const PIPELINE_STEPS = {
  export: "콘텐츠 내보내기",
  site: "누리집 만들기",
  pdf: "안내서 PDF 만들기",
  links: "링크 점검",
  publish: "배포 전환",
} as const;
export type PipelineStep = keyof typeof PIPELINE_STEPS;

/**
 * The outcome of the latest pipeline run, kept in `.data/pipeline-status.json` and mirrored into
 * the CMS so staff see it. Times are ISO 8601 (UTC); `durationMs` in milliseconds.
 */
export type PipelineStatus = {
  state: "running" | "succeeded" | "failed" | "unchanged";
  startedAt: string;
  /** The build's KST date (`YYYY-MM-DD`) the statuses were derived for (`deriveStatus`). */
  builtOn?: string;
  finishedAt?: string;
  durationMs?: number;
  reasons: string[];
  /** The step that failed and its message (English and Korean as thrown). */
  failedStep?: PipelineStep;
  message?: string;
  /** Content hash of the live release. */
  liveRelease?: string;
  lastSuccessAt?: string;
  /**
   * Each phase's own time in this run (ms), for the benchmark: the site and the PDFs run at the
   * same time, so their sum is more than the run's `durationMs`. Missing for phases not run.
   */
  phasesMs?: Partial<Record<PipelineStep, number>>;
};

/** Reads the last status, or null when the pipeline never ran. */
export async function readPipelineStatus(file: string): Promise<PipelineStatus | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as PipelineStatus;
  } catch {
    return null;
  }
}

/** Writes the status atomically (temp file + fsync + rename: `@lifewelfare/content-models/atomic-file`). */
export async function writePipelineStatus(file: string, status: PipelineStatus): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(status, null, 2)}\n`);
}
