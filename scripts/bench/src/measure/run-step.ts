import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { killTree, reapedChildrenCpu, sampleTree, treeRss } from "./process-tree.ts";

const STEP_ENTRY = fileURLToPath(new URL("../step.ts", import.meta.url));
const BENCH_DIR = fileURLToPath(new URL("../..", import.meta.url));

/** Resource use of one step's whole process tree (the step's child process and its descendants). */
export type StepMeasure = {
  /** Wall time of the child process, spawn to exit (ms). */
  wallMs: number;
  /** User + system CPU of the tree (s), from the kernel's accounting of reaped children. */
  cpuUserS: number;
  cpuSystemS: number;
  /**
   * CPU of the tree (s) summed from 50 ms samples of every process seen; larger than user+system
   * when processes were not reaped by an ancestor (Chromium renderers). `cpuS` is the larger.
   */
  cpuSampledS: number;
  /** The step's CPU time (s): max(user + system, sampled). */
  cpuS: number;
  /** Peak of the summed RSS of the tree, sampled every 50 ms (bytes). */
  peakRssBytes: number;
  /** Number of processes in the tree at that peak. */
  peakProcesses: number;
  /**
   * Peak of the summed PSS of the tree, sampled every second (bytes): shared pages divided between
   * the processes mapping them, so Chromium's shared memory counts once. Absent in older results.
   */
  peakPssBytes?: number;
};

/** What a step child reports: its own timings (ms) and output figures. */
export type StepReport = { timings: Record<string, number>; outputs: Record<string, unknown> };

/** Process groups of step children still running (stopped by `stopRunningSteps`). */
const running = new Set<number>();

/** Kills every running step's process tree (on Ctrl+C: the children have their own process groups). */
export function stopRunningSteps(): void {
  for (const pid of running) stopTree(pid);
}

/** Stops a step child: every process below it (Chromium has its own group), then its group. */
function stopTree(pid: number): void {
  killTree(pid);
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Thrown when a step's child process fails; names the step and says where its output went. */
export class StepFailedError extends Error {
  constructor(
    readonly step: string,
    detail: string,
  ) {
    super(`bench step "${step}" failed: ${detail}`);
    this.name = "StepFailedError";
  }
}

/**
 * Runs one benchmark step (`src/step.ts <name>`) in a child Node process (tsx) and measures
 * it: wall time, CPU of the tree, peak RSS and PSS of the tree. `input` is passed as a JSON file; the
 * child's lines are echoed with a `[name]` prefix as progress. Only one step may run at a time
 * (the CPU figure is the difference of this process's reaped-children CPU).
 * @throws StepFailedError when the child exits non-zero or reports nothing.
 */
export async function runStep(
  name: string,
  input: unknown,
  options: {
    workDir: string;
    env?: Record<string, string | undefined>;
    log: (line: string) => void;
    /** Guards for a shared machine: the step is killed beyond these (defaults 10 GiB, 90 min). */
    maxRssBytes?: number;
    timeoutMs?: number;
  },
): Promise<StepReport & { measure: StepMeasure }> {
  const inputFile = join(options.workDir, `step-${name}.in.json`);
  const outputFile = join(options.workDir, `step-${name}.out.json`);
  await writeFile(inputFile, JSON.stringify(input));
  const cpuBefore = reapedChildrenCpu();
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", STEP_ENTRY, name, inputFile, outputFile], {
    cwd: BENCH_DIR,
    env: definedOnly({ ...process.env, ...options.env }) as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // own process group, so a guard can stop the whole tree
  });
  running.add(child.pid as number);
  const sampler = sampleTree(child.pid as number);
  const maxRss = options.maxRssBytes ?? 10 * 1024 ** 3;
  const timeout = options.timeoutMs ?? 90 * 60_000;
  let stopped: string | undefined;
  const guard = setInterval(() => {
    const rss = treeRss(child.pid as number);
    const elapsed = performance.now() - started;
    if (rss <= maxRss && elapsed <= timeout) return;
    stopped =
      rss > maxRss
        ? `stopped: the process tree used ${(rss / 1024 ** 3).toFixed(1)} GiB (limit ${(maxRss / 1024 ** 3).toFixed(1)} GiB, --max-rss-gb)`
        : `stopped after ${(elapsed / 60_000).toFixed(0)} min (limit, --step-timeout-min)`;
    stopTree(child.pid as number);
  }, 500);
  const tail: string[] = [];
  const echo = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      options.log(`  [${name}] ${line}`);
      tail.push(line);
      if (tail.length > 20) tail.shift();
    }
  };
  child.stdout.on("data", echo);
  child.stderr.on("data", echo);
  const heartbeat = setInterval(
    () => options.log(`  [${name}] … ${((performance.now() - started) / 1000).toFixed(0)} s`),
    30_000,
  );
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (exitCode) => resolve(exitCode));
  }).finally(() => {
    running.delete(child.pid as number);
    clearInterval(heartbeat);
    clearInterval(guard);
  });
  const wallMs = performance.now() - started;
  const rss = sampler.stop();
  const cpuAfter = reapedChildrenCpu();
  if (stopped) throw new StepFailedError(name, stopped);
  if (code !== 0) throw new StepFailedError(name, `exit code ${code}; last output:\n${tail.join("\n")}`);
  let report: StepReport;
  try {
    report = JSON.parse(await readFile(outputFile, "utf8")) as StepReport;
  } catch (error) {
    throw new StepFailedError(name, `no report written (${String(error)})`);
  }
  return {
    ...report,
    measure: {
      wallMs,
      cpuUserS: round(cpuAfter.userS - cpuBefore.userS),
      cpuSystemS: round(cpuAfter.systemS - cpuBefore.systemS),
      cpuSampledS: round(rss.sampledCpuS),
      cpuS: round(Math.max(cpuAfter.userS - cpuBefore.userS + cpuAfter.systemS - cpuBefore.systemS, rss.sampledCpuS)),
      peakRssBytes: rss.peakBytes,
      peakProcesses: rss.peakProcesses,
      peakPssBytes: rss.peakPssBytes,
    },
  };
}

/** The environment without keys set to `undefined` (the way a step unsets an inherited variable). */
function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

const round = (n: number) => Math.round(n * 100) / 100;
