import { type ChildProcess, execFile, type SpawnOptions, spawn } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** One row of the process table. */
export type ProcessInfo = { pid: number; ppid: number; pgid: number; zombie: boolean };

/** The process table from `ps` (Linux and macOS): pid, parent, process group, zombie or not. */
export async function processTable(): Promise<ProcessInfo[]> {
  const { stdout } = await run("ps", ["-A", "-o", "pid=", "-o", "ppid=", "-o", "pgid=", "-o", "stat="]);
  return stdout
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells.length >= 4)
    .map(([pid, ppid, pgid, stat]) => ({
      pid: Number(pid),
      ppid: Number(ppid),
      pgid: Number(pgid),
      zombie: (stat ?? "").startsWith("Z"),
    }));
}

/**
 * Every live process started, directly or not, by `root`: its descendants, plus every member of
 * their process groups and of `groups` (a detached child's children stay in its group even after
 * it died and they were re-parented). Zombies and `root`'s own group are left out.
 */
export function descendantsIn(table: ProcessInfo[], root: number, groups: Iterable<number> = []): number[] {
  const ownGroup = table.find((p) => p.pid === root)?.pgid;
  const found = new Set<number>();
  const queue = [root];
  while (queue.length > 0) {
    const parent = queue.pop() as number;
    for (const p of table) {
      if (p.ppid === parent && !found.has(p.pid)) {
        found.add(p.pid);
        queue.push(p.pid);
      }
    }
  }
  const groupIds = new Set([...groups, ...table.filter((p) => found.has(p.pid)).map((p) => p.pgid)]);
  groupIds.delete(ownGroup ?? -1);
  for (const p of table) if (groupIds.has(p.pgid) && p.pid !== root) found.add(p.pid);
  return table.filter((p) => found.has(p.pid) && !p.zombie).map((p) => p.pid);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone (ESRCH) or not ours to signal: nothing left to stop.
  }
}

/**
 * Stops every process `root` started (see `descendantsIn`): SIGTERM to all of them at once (a
 * snapshot taken first, so re-parented grandchildren are not missed), then SIGKILL to those still
 * running after `graceMs`.
 */
export async function stopDescendants(root: number, options: { groups?: Iterable<number>; graceMs: number }) {
  const groups = [...(options.groups ?? [])];
  const targets = descendantsIn(await processTable(), root, groups);
  for (const pid of targets) signal(pid, "SIGTERM");
  const deadline = Date.now() + options.graceMs;
  let left = targets;
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const alive = new Set((await processTable()).filter((p) => !p.zombie).map((p) => p.pid));
    left = left.filter((pid) => alive.has(pid));
  }
  for (const pid of left) signal(pid, "SIGKILL");
  // Also whatever a stubborn process started while we waited.
  for (const pid of descendantsIn(await processTable(), root, groups)) signal(pid, "SIGKILL");
}

/** Options of a `ProcessGroup`. */
export type ProcessGroupOptions = {
  /** Where progress lines go (default console.log). */
  log?: (line: string) => void;
  /** Where errors go (default console.error). */
  error?: (line: string) => void;
  /** Time children get to exit after SIGTERM before SIGKILL, and each cleanup to finish (ms, default 5 000). */
  graceMs?: number;
};

/**
 * The processes of one long-running command live and die together. `install()` makes SIGINT and
 * SIGTERM stop everything and exit 0 quietly, and an uncaught exception or unhandled rejection
 * log and stop everything with exit 1. Stopping runs the `onStop` cleanups (close servers, the
 * database), stops every process this one started — essential children, and whatever else was
 * spawned meanwhile (an Astro build, Chromium and its helpers) — and exits. An essential child
 * (`spawnEssential`, e.g. the CMS server) that exits on its own stops everything with exit 1.
 */
export class ProcessGroup {
  readonly #log: (line: string) => void;
  readonly #error: (line: string) => void;
  readonly #graceMs: number;
  readonly #cleanups: Array<() => unknown> = [];
  readonly #groups = new Set<number>();
  #stopping = false;

  constructor(options: ProcessGroupOptions = {}) {
    this.#log = options.log ?? ((line) => console.log(line));
    this.#error = options.error ?? ((line) => console.error(line));
    this.#graceMs = options.graceMs ?? 5_000;
  }

  /** True once stopping has begun: output of dying work is noise from then on. */
  get stopping(): boolean {
    return this.#stopping;
  }

  /** Installs the signal and last-resort error handlers on this process. */
  install(): this {
    for (const name of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(name, () => void this.stop(0));
    process.on("uncaughtException", (error) => this.#fail("처리하지 못한 오류", error));
    process.on("unhandledRejection", (reason) => this.#fail("처리하지 못한 비동기 오류", reason));
    return this;
  }

  /** Registers a cleanup run when stopping, before the process exits (bounded by `graceMs`). */
  onStop(cleanup: () => unknown): void {
    this.#cleanups.push(cleanup);
  }

  /**
   * Spawns a child in its own process group (Ctrl+C reaches only this process, which stops the
   * child and its whole group). When it exits while not stopping, `describeExit(code, signal)` is
   * logged as an error and everything stops with exit 1. Spawns nothing (undefined) once stopping,
   * since work after an interrupted step may still reach this call.
   */
  spawnEssential(
    command: string,
    args: string[],
    options: SpawnOptions,
    describeExit: (code: number | null, signal: NodeJS.Signals | null) => string,
  ): ChildProcess | undefined {
    if (this.#stopping) return undefined;
    const child = spawn(command, args, { ...options, detached: true });
    if (child.pid) this.#groups.add(child.pid);
    child.on("error", (error) => this.#fail(describeExit(null, null), error));
    child.on("exit", (code, signalName) => {
      if (this.#stopping) return;
      this.#error(describeExit(code, signalName));
      void this.stop(1);
    });
    return child;
  }

  /**
   * Stops everything once (later calls wait for the first): cleanups, then every process started
   * from here (SIGTERM, SIGKILL after `graceMs`), then `process.exit(code)`.
   */
  async stop(code: number): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    const stopped = stopDescendants(process.pid, { groups: this.#groups, graceMs: this.#graceMs });
    const grace = () => new Promise((resolve) => setTimeout(resolve, this.#graceMs).unref());
    await Promise.all(
      this.#cleanups.map((cleanup) =>
        Promise.race([
          Promise.resolve()
            .then(cleanup)
            .catch(() => undefined),
          grace(),
        ]),
      ),
    );
    await stopped.catch((error: unknown) => this.#error(`하위 프로세스를 멈추지 못했습니다: ${String(error)}`));
    if (code === 0) this.#log("모두 멈췄습니다.");
    process.exit(code);
  }

  #fail(what: string, error: unknown): void {
    if (this.#stopping) return; // work being torn down may fail on its way out
    this.#error(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    this.#error("모든 서버와 하위 프로세스를 멈추고 끝냅니다.");
    void this.stop(1);
  }
}
