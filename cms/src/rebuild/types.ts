/** What changed on the published site: one publish, unpublish or deletion. */
export type PublicationChange = {
  /** Collection or global slug, e.g. `policies`, `guidebook`. */
  entity: string;
  /** Database id (collections) or the global slug. */
  documentId: string;
  /** Human title for the status log, e.g. the policy's 서비스명. */
  title: string;
  action: "publish" | "unpublish" | "delete" | "manual" | "daily";
  /** ISO instant (UTC). */
  at: string;
};

/** Timers, injectable so tests run a debounce without sleeping. */
export type Clock = {
  now(): Date;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

/** The real clock. */
export const systemClock: Clock = {
  now: () => new Date(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Starts the downstream rebuild; resolves with a short report, rejects with the reason it failed. */
export type RebuildRunner = {
  /** How staff see this runner in the status, e.g. "명령 실행" or "웹훅 호출". */
  step: string;
  run(changes: PublicationChange[]): Promise<string>;
};

/** States shown to staff in 배포 상태. */
export const REBUILD_STATES = [
  { value: "idle", label: "대기" },
  { value: "pending", label: "재빌드 예약됨" },
  { value: "running", label: "재빌드 중" },
  { value: "succeeded", label: "성공" },
  { value: "failed", label: "실패" },
  { value: "skipped", label: "설정 없음" },
] as const;
export type RebuildState = (typeof REBUILD_STATES)[number]["value"];

/** One status report: what step, which state, the message and when. */
export type RebuildStatusReport = {
  state: RebuildState;
  step: string;
  message: string;
  at: string;
  changes?: PublicationChange[];
};
