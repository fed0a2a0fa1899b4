import type { Clock } from "../../src/rebuild/types.ts";

/** A manual clock: timers fire only when the test calls `advance(ms)`. */
export function fakeClock(start = new Date("2025-03-01T00:00:00Z")) {
  let now = start.getTime();
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: Clock = {
    now: () => new Date(now),
    setTimeout: (callback, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as number);
    },
  };
  return {
    clock,
    pendingTimers: () => timers.size,
    /** Moves time forward, firing due timers in order. */
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers.entries()].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at <= now) {
          timers.delete(id);
          timer.callback();
        }
      }
    },
  };
}
