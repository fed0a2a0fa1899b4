import { type PartJob, partsBefore } from "./part-job.ts";

/**
 * What one task of the first pass does with its part:
 * - `layout`: lays it out to learn its pages (a part with page-number slots, before any print);
 * - `layout-and-print`: lays an entry part out, which makes it ready, then prints it once the
 *   parts before it are ready (one Chromium page load for both);
 * - `print`: prints a part that is already ready, or will be by an earlier task.
 */
export type TaskStep = "layout" | "layout-and-print" | "print";

/** One task of the first pass. */
export type PrintTask = { part: PartJob; step: TaskStep };

/**
 * The first pass over all parts, in the order the tasks must start:
 * 1. `layout` of each part with page-number slots whose pages the cache does not know
 *    (`layout-and-print` when it is the only part of its edition the cache does not know);
 * 2. `layout-and-print` of each entry part (`print` when the cache knows its pages), in book order;
 * 3. `print` of each part with page-number slots, with the book's page numbers.
 *
 * Invariant (layout before print): a task waits only for parts made ready by the cache or by a
 * task earlier in this list, and a task makes its own part ready before it waits. So when the
 * tasks start in this order on a fixed number of workers, every task a waiting task needs has
 * already started and finishes its layout without waiting: a waiting worker never blocks the
 * worker it waits for. `checkLayoutBeforePrint` asserts this for the list returned.
 */
export function firstPass(parts: PartJob[]): PrintTask[] {
  const numbered = parts.filter((p) => p.part.numbered);
  const bodies = parts.filter((p) => !p.part.numbered);
  // A numbered part that is the only one of its edition the cache does not know (a rebuild after
  // one edit) waits for no other layout: it is laid out and printed in one load.
  const alone = new Set(
    numbered.filter((p) => !p.readyFromCache && p.edition.parts.every((q) => q === p || q.readyFromCache)),
  );
  const tasks: PrintTask[] = [
    ...numbered
      .filter((p) => !p.readyFromCache)
      .map((part) => ({ part, step: alone.has(part) ? ("layout-and-print" as const) : ("layout" as const) })),
    ...bodies.map((part) => ({ part, step: part.readyFromCache ? ("print" as const) : ("layout-and-print" as const) })),
    ...numbered.filter((p) => !alone.has(p)).map((part) => ({ part, step: "print" as const })),
  ];
  checkLayoutBeforePrint(tasks);
  return tasks;
}

/**
 * Asserts the first pass's invariant on `tasks` in start order: every part a `print` waits for
 * (`partsBefore`) was ready from the cache or laid out by an earlier task (or by itself).
 * @throws Error naming the part and the part it would wait for (a bug in the schedule, not in content).
 */
export function checkLayoutBeforePrint(tasks: PrintTask[]): void {
  const ready = new Set<PartJob>(tasks.map((t) => t.part).filter((p) => p.readyFromCache));
  for (const { part, step } of tasks) {
    if (step !== "print") ready.add(part);
    if (step === "layout") continue;
    const waitsFor = partsBefore(part).find((p) => !ready.has(p));
    if (waitsFor) {
      throw new Error(
        `print schedule: "${part.part.id}" would wait for "${waitsFor.part.id}", which no earlier task lays out`,
      );
    }
  }
}
