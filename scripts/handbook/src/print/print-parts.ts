import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileName } from "@lifewelfare/content-models/escape";
import pLimit from "p-limit";
import type { Browser } from "puppeteer-core";
import type { Book } from "../book.ts";
import type { Edition } from "../editions.ts";
import { type BookQrCodes, bookParts, TEMPLATE_DIR } from "../html/document.ts";
import { pretendardDir } from "../html/fonts.ts";
import { pageLockdown } from "./lockdown.ts";
import { PagePool } from "./page-pool.ts";
import type { PartCache } from "./part-cache.ts";
import { type EditionJob, editionJob, type Printed, staleParts } from "./part-job.ts";
import { layoutPart, type PrintContext, printPart } from "./print-part.ts";
import { firstPass, type PrintTask } from "./schedule.ts";

/** At most this many rounds of reprints when printed pages differ from the numbers filled in. */
const MAX_REPRINT_ROUNDS = 2;

/** An edition printed in parts (in print order), not yet joined: see `joinEditions` (join-editions.ts). */
export type PrintedEdition = {
  edition: Edition;
  /** Each part's print converted for the join (join/fragment.ts), in book order. */
  parts: { id: string; fragmentFile: string; pageCount: number }[];
  prints: number;
  /** Parts whose print of an earlier build was reused (see `PrintEditionsOptions.cache`). */
  reused: number;
  layoutMs: number;
  printMs: number;
  /** `performance.now()` when its printing began. */
  started: number;
};

/** Options of `printEditions`. */
export type PrintEditionsOptions = {
  browser: Browser;
  book: Book;
  editions: Edition[];
  qr: BookQrCodes;
  /** Folder for the parts' HTML and PDF files. */
  workDir: string;
  /** Chromium pages printing at the same time (see render-handbook.ts `printWorkers`). */
  workers: number;
  /** At most this many entries per part (html/document.ts `bookParts`); default the edition's `partEntries`. */
  maxPartEntries?: number;
  /** Prints of earlier builds: unchanged parts are neither laid out nor printed again. */
  cache?: PartCache;
  log: (message: string) => void;
};

/**
 * Prints the editions of the handbook in parts (html/document.ts `bookParts`), on `workers`
 * Chromium pages at once, with correct folios and TOC, opener and index page numbers.
 * A part goes waiting → ready → printed (→ stale → printed again): see `PartJob` (part-job.ts).
 * 1. The first pass (schedule.ts `firstPass`) lays out the parts with page-number slots (front
 *    matter, openers, index) to learn their page counts; lays out and prints each entry part as
 *    soon as the parts before it are ready, its folios offset by their pages; then fills the
 *    parts with slots with the book's page numbers and prints them.
 * 2. Every print's named destinations (where each link target really landed) and page count are
 *    compared with what was assumed; a part whose folios or numbers were wrong is printed again,
 *    so a wrong prediction costs time, never correctness.
 * With a `cache`, a part whose content did not change since the last build starts ready (its
 * real pages are known), and is not printed either when its offset and numbers did not change.
 * Each print is converted for the join as it is made (join/fragment.ts); the fragments are left in
 * `workDir` for `joinEditions`, and the caller prunes the cache once they are joined (a build that
 * fails later keeps the last good build's parts).
 * No Chromium page holds more than one part at a time (pages are reused: page-pool.ts), so memory
 * stays bounded by the largest part.
 * @throws Error when a page-number slot points at a missing target, or the numbers do not settle.
 */
export async function printEditions(options: PrintEditionsOptions): Promise<PrintedEdition[]> {
  const { browser, book, cache, log } = options;
  const lockdown = await pageLockdown(
    [
      options.workDir,
      pretendardDir(),
      TEMPLATE_DIR,
      join(book.snapshotDir, "media"),
      ...(book.printImageDir ? [book.printImageDir] : []),
    ],
    log,
  );
  const jobs: EditionJob[] = [];
  for (const edition of options.editions) {
    const dir = join(options.workDir, fileName(edition.id));
    await mkdir(dir, { recursive: true });
    const parts = bookParts(book, edition, options.qr, options.maxPartEntries);
    jobs.push(await editionJob(edition, parts, dir, cache));
    log(`  [${edition.label}] ${parts.length}개 부분으로 나누어 인쇄합니다`);
  }

  const pages = new PagePool(browser, lockdown);
  try {
    await printAll({ browser, pages, cache, log }, jobs, options.workers);
  } finally {
    await pages.close();
  }
  return jobs.map((job) => ({
    edition: job.edition,
    parts: job.parts.map((p) => ({ id: p.part.id, ...(p.printed as Printed) })),
    prints: job.prints,
    reused: job.reused,
    layoutMs: job.layoutMs,
    printMs: job.printMs,
    started: job.started,
  }));
}

/** The first pass, then rounds of reprints of stale parts, on `workers` pages at once. */
async function printAll(ctx: PrintContext, jobs: EditionJob[], workers: number): Promise<void> {
  const { log } = ctx;
  // p-limit starts queued tasks in the order they were queued (its FIFO queue): the order
  // `firstPass` returns, on which its invariant rests. The first failure empties the queue.
  const limit = pLimit(Math.max(1, workers));
  const run = (task: PrintTask) =>
    limit(() => runTask(ctx, task)).catch((error: unknown) => {
      limit.clearQueue();
      throw error;
    });
  await Promise.all(firstPass(jobs.flatMap((job) => job.parts)).map(run));

  for (let round = 1; ; round++) {
    const stale = jobs.flatMap(staleParts);
    if (stale.length === 0) break;
    if (round > MAX_REPRINT_ROUNDS) {
      throw new Error(
        `쪽 번호가 안정되지 않았습니다 (page numbers did not settle): ${stale.map((p) => p.part.id).join(", ")}`,
      );
    }
    log(
      `  쪽 번호나 쪽수가 예상과 다른 부분 ${stale.length}개를 다시 인쇄합니다: ${stale.map((p) => p.part.id).join(", ")}`,
    );
    // Every part is printed, hence ready: reprints wait for nothing and may run in any order.
    await Promise.all(stale.map((part) => run({ part, step: "print" })));
  }
}

/** Runs one task of the print loop on its part. */
function runTask(ctx: PrintContext, { part, step }: PrintTask): Promise<void> {
  if (step === "layout") return layoutPart(ctx, part);
  return printPart(ctx, part, { layout: step === "layout-and-print" });
}
