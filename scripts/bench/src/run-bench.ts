import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { ensureAdminBuild } from "@lifewelfare/cms/admin-build";
import { runStep, type StepMeasure } from "./measure/run-step.ts";
import { BENCH_STEPS, type BenchStepName, CMS_STEPS } from "./steps/names.ts";
import { cmsChildEnv, createWorkspace } from "./workspace.ts";

/** One step's result: measured from outside (measure) and reported from inside (timings, outputs). */
export type StepResult =
  | { status: "ok"; measure: StepMeasure; timings: Record<string, number>; outputs: Record<string, unknown> }
  | { status: "failed" | "skipped"; message: string };

/** Everything one benchmark run found (written as bench-<size>.json). */
export type BenchResult = {
  size: number;
  startedAt: string;
  durationS: number;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    platform: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
  adminBuild?: { built: boolean; ms: number } | { failed: string };
  steps: Record<BenchStepName, StepResult>;
};

/** Steps that serve the built admin with `next start` (the admin is built before the first of them). */
const NEXT_START_STEPS: readonly BenchStepName[] = ["rest", "saves"];

/** What to try when a step fails. */
const HINTS: Partial<Record<BenchStepName, string>> = {
  seed: "Check that the CMS migrations run: `pnpm --filter @lifewelfare/cms payload migrate:status`, and that `pnpm seed` works on its own.",
  export:
    "Run `pnpm export` on a seeded database; the message names the policy and field that broke the content rules.",
  site: "Run `pnpm --filter @lifewelfare/site build` with SNAPSHOT_DIR set to the printed snapshot folder (run with --keep).",
  "pdf-standard": "Run `pnpm pdf` with SNAPSHOT_DIR set to the snapshot folder; check that /usr/bin/chromium starts.",
  "pdf-large": "Run `pnpm pdf` with SNAPSHOT_DIR set to the snapshot folder; check that /usr/bin/chromium starts.",
  "search-browser":
    "Check that Chromium starts (`launchChromium`) and that the built site has /search/ and /pagefind/.",
  pipeline: "Run `pnpm build` on its own; the pipeline prints the failing phase.",
  saves:
    "Build the admin (`pnpm --filter @lifewelfare/cms run build`), then re-run with --only saves --keep and read the server output above.",
  rest: "Build the admin (`pnpm --filter @lifewelfare/cms run build`) and try `pnpm --filter @lifewelfare/cms exec next start`; or run with --rest-seconds 0 to skip.",
};

/**
 * Runs every benchmark step for `size` policies on a fresh workspace under the OS temp folder,
 * each in its own measured child process, in order; a failed step is reported with a hint and the
 * steps that need it are skipped. The workspace is deleted unless `keep`.
 */
export async function runBench(options: {
  size: number;
  restSeconds: number;
  restClients: number;
  /** Seconds per phase and editor counts of the draft saves step (see BenchWorkspace). */
  saves: { seconds: number; editors: number[] };
  keep?: boolean;
  /** Per-step guards (see runStep). */
  maxRssBytes?: number;
  stepTimeoutMs?: number;
  /** Steps to run (with the steps they need); the others are reported as skipped. Default: all. */
  only?: readonly BenchStepName[];
  log: (line: string) => void;
  /** Called with the result so far after every step, so that a stopped run keeps what it measured. */
  onProgress?: (partial: BenchResult) => Promise<void>;
}): Promise<BenchResult> {
  const { log } = options;
  const started = Date.now();
  const root = await mkdtemp(join(tmpdir(), `lifewelfare-bench-${options.size}-`));
  const ws = await createWorkspace(
    root,
    options.size,
    { seconds: options.restSeconds, clients: options.restClients },
    options.saves,
  );
  log(`작업 폴더: ${root}`);
  const result: BenchResult = {
    size: options.size,
    startedAt: new Date(started).toISOString(),
    durationS: 0,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
      loadAverageAtEnd: [],
    },
    steps: {} as BenchResult["steps"],
  };
  const selected = options.only ? withNeeds(options.only) : undefined;
  try {
    for (const [index, step] of BENCH_STEPS.entries()) {
      if (index > 0) await options.onProgress?.(snapshotOf(result, started));
      if (selected && !selected.has(step.name)) {
        result.steps[step.name] = { status: "skipped", message: "not selected (--only)" };
        continue;
      }
      const missing = step.needs.filter((need) => result.steps[need]?.status !== "ok");
      if (missing.length) {
        result.steps[step.name] = { status: "skipped", message: `needs ${missing.join(", ")}` };
        log(`(${index + 1}/${BENCH_STEPS.length}) ${step.name}: 건너뜀 (${missing.join(", ")} 실패)`);
        continue;
      }
      if (step.name === "rest" && options.restSeconds <= 0) {
        result.steps.rest = { status: "skipped", message: "--rest-seconds 0" };
        continue;
      }
      if (NEXT_START_STEPS.includes(step.name) && !result.adminBuild) {
        const t = performance.now();
        try {
          const built = await ensureAdminBuild({
            env: { ...process.env, ...cmsChildEnv(ws), NODE_ENV: "production" },
            log,
            quiet: true,
          });
          result.adminBuild = { built, ms: Math.round(performance.now() - t) };
        } catch (error) {
          result.adminBuild = { failed: String(error) };
        }
      }
      log(`(${index + 1}/${BENCH_STEPS.length}) ${step.name}: ${step.label}`);
      try {
        const env = (CMS_STEPS as readonly string[]).includes(step.name) ? cmsChildEnv(ws) : undefined;
        const measured = await runStep(step.name, ws, {
          workDir: root,
          env,
          log,
          maxRssBytes: options.maxRssBytes,
          timeoutMs: options.stepTimeoutMs,
        });
        result.steps[step.name] = { status: "ok", ...measured };
        const m = measured.measure;
        log(
          `    → ${(m.wallMs / 1000).toFixed(1)} s, CPU ${m.cpuS.toFixed(1)} s, 최대 RSS ${(m.peakRssBytes / 1024 ** 2).toFixed(0)} MB, PSS ${((m.peakPssBytes ?? 0) / 1024 ** 2).toFixed(0)} MB`,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        result.steps[step.name] = { status: "failed", message };
        log(`!! ${step.name} 실패: ${message}`);
        log(`   다음에 할 일: ${HINTS[step.name] ?? "re-run this step alone with --keep and read the output above."}`);
      }
    }
  } finally {
    result.durationS = Math.round((Date.now() - started) / 1000);
    result.machine.loadAverageAtEnd = loadavg().map((l) => Math.round(l * 100) / 100);
    if (options.keep) log(`작업 폴더를 남겨 둡니다: ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
  return result;
}

/** `only` plus, transitively, the steps they need. */
function withNeeds(only: readonly BenchStepName[]): Set<BenchStepName> {
  const selected = new Set<BenchStepName>();
  const add = (name: BenchStepName) => {
    if (selected.has(name)) return;
    selected.add(name);
    for (const need of BENCH_STEPS.find((step) => step.name === name)?.needs ?? []) add(need);
  };
  for (const name of only) add(name);
  return selected;
}

/** A copy of the running result with its duration and end load so far. */
function snapshotOf(result: BenchResult, started: number): BenchResult {
  return {
    ...result,
    durationS: Math.round((Date.now() - started) / 1000),
    machine: { ...result.machine, loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100) },
    steps: { ...result.steps },
  };
}
