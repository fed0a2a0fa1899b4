import type { Clock, PublicationChange, RebuildRunner, RebuildStatusReport } from "./types.ts";

export type RebuildSchedulerOptions = {
  /** Quiet period after the last change before the rebuild starts (ms). */
  debounceMs: number;
  /** Upper bound on how long a steady stream of changes may postpone the rebuild (ms). */
  maxWaitMs?: number;
  clock: Clock;
  /** null: nothing configured; reported as `skipped`. */
  runner: RebuildRunner | null;
  /** Persists a status report (errors are caught and logged, never thrown to the editor). */
  report: (status: RebuildStatusReport) => Promise<void>;
  log?: (message: string, error?: unknown) => void;
};

/** Debounced trigger of the downstream rebuild. */
export type RebuildScheduler = {
  /** Records a change; a burst of changes inside the debounce window gives one rebuild. */
  notify(change: PublicationChange): void;
  /** Starts the rebuild now with whatever is pending (manual button, daily job); resolves when done. */
  flush(reason?: PublicationChange): Promise<void>;
  /** True while changes wait for the debounce window to end. */
  hasPending(): boolean;
  /** Resolves when no rebuild is running. */
  idle(): Promise<void>;
  /** The clock the scheduler runs on (the daily check reads today from it). */
  readonly clock: Clock;
};

/**
 * Creates the debounced rebuild trigger. A run never throws: the runner's failure is reported
 * (`failed` with its message) and logged; the edits that caused it are already saved.
 * Changes arriving while a run is in flight cause one more run after it.
 */
export function createRebuildScheduler(options: RebuildSchedulerOptions): RebuildScheduler {
  const { clock, runner, report, debounceMs } = options;
  const maxWaitMs = options.maxWaitMs ?? Math.max(debounceMs * 10, 60_000);
  const log = options.log ?? ((message, error) => console.error(message, error));
  let pending: PublicationChange[] = [];
  let timer: unknown = null;
  let firstPendingAt: number | null = null;
  let inFlight: Promise<void> | null = null;

  const safeReport = async (status: RebuildStatusReport) => {
    try {
      await report(status);
    } catch (error) {
      log("[rebuild] could not record the rebuild status", error);
    }
  };

  const runOnce = async (changes: PublicationChange[]) => {
    const at = () => clock.now().toISOString();
    if (!runner) {
      await safeReport({
        state: "skipped",
        step: "설정 확인",
        message:
          "재빌드 명령(SITE_REBUILD_COMMAND)이나 웹훅(SITE_REBUILD_WEBHOOK)이 설정되지 않아 사이트를 다시 만들지 않았습니다.",
        at: at(),
        changes,
      });
      return;
    }
    await safeReport({
      state: "running",
      step: runner.step,
      message: `${changes.length}건의 변경으로 재빌드를 시작합니다.`,
      at: at(),
      changes,
    });
    try {
      const result = await runner.run(changes);
      await safeReport({ state: "succeeded", step: runner.step, message: result, at: at(), changes });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`[rebuild] ${runner.step} failed: ${message}`, error);
      await safeReport({ state: "failed", step: runner.step, message: `재빌드 실패: ${message}`, at: at(), changes });
    }
  };

  const start = (): Promise<void> => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    firstPendingAt = null;
    if (inFlight) return inFlight; // pending changes run right after it
    const changes = pending;
    pending = [];
    inFlight = runOnce(changes).finally(() => {
      inFlight = null;
      if (pending.length > 0 && timer === null) void start();
    });
    return inFlight;
  };

  return {
    notify(change) {
      pending.push(change);
      const now = clock.now().getTime();
      firstPendingAt ??= now;
      if (timer !== null) clock.clearTimeout(timer);
      const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
      timer = clock.setTimeout(() => {
        timer = null;
        void start();
      }, wait);
    },
    flush(reason) {
      if (reason) pending.push(reason);
      return start();
    },
    hasPending: () => pending.length > 0,
    idle: async () => {
      while (inFlight) await inFlight;
    },
    clock,
  };
}
