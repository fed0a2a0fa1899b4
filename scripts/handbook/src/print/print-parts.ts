import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fileName, pdfText } from "@lifewelfare/content-models/escape";
import pLimit from "p-limit";
import type { Browser, Page, PDFOptions } from "puppeteer-core";
import type { Book } from "../book.ts";
import { type Edition, editionFileName } from "../editions.ts";
import { type BookPart, type BookQrCodes, bookParts, TEMPLATE_DIR } from "../html/document.ts";
import { pretendardDir } from "../html/fonts.ts";
import { joinParts } from "./join-parts.ts";
import { PART_LOAD_TIMEOUT_MS, type PageLockdown, pageLockdown } from "./lockdown.ts";
import { measurePageBox } from "./page-box.ts";
import { type AnchorPages, fillPageNumbers, preparePart, readAnchorPages, setFolioOffset } from "./page-numbers.ts";
import { predictAnchorPages } from "./paginate.ts";
import type { PartCache, PartPages } from "./part-cache.ts";

/** What printing one edition produced. */
export type EditionResult = {
  edition: Edition;
  file: string;
  pages: number;
  bytes: number;
  /** Parts the book was printed in (html/document.ts `BookPart`). */
  parts: number;
  /** Chromium prints of parts: one per part not reused, plus reprints when a predicted page number was wrong. */
  prints: number;
  /** Parts whose print of an earlier build was reused unchanged. */
  reused: number;
  /** Summed over parts (they run on several workers at once): on-screen layout passes, prints. */
  layoutMs: number;
  printMs: number;
  /** Joining the parts' PDFs into one (join-parts.ts). */
  joinMs: number;
  totalMs: number;
};

/** At most this many rounds of reprints when printed pages differ from the numbers filled in. */
const MAX_REPRINT_ROUNDS = 2;

const PRINT: PDFOptions = { printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: 0 };

/** A part's page count and the page (in the part) of each anchor: predicted, or as printed. */
type Layout = PartPages;
type Printed = Layout & { pdfFile: string; offset: number; filled: AnchorPages };

/** One part of one edition on its way through the print loop. */
type PartJob = {
  edition: EditionJob;
  index: number;
  part: BookPart;
  htmlFile: string;
  /** Page-number slots of this part (anchor ids). */
  refs: string[];
  /** Key of the part's content in the cache, when there is one (part-cache.ts). */
  contentKey?: string;
  /** Whether its pages are known before any layout (from the cache). */
  laidOut: boolean;
  layout: PromiseWithResolvers<Layout>;
  printed?: Printed;
};

type EditionJob = {
  edition: Edition;
  /** Restrictions applied to every page a part is loaded in (lockdown.ts). */
  lockdown: PageLockdown;
  parts: PartJob[];
  /** Every anchor a page-number slot of this edition points at. */
  targets: string[];
  started: number;
  layoutMs: number;
  printMs: number;
  prints: number;
  reused: number;
};

/** An edition printed in parts (in print order), not yet joined: see `joinEditions`. */
export type PrintedEdition = {
  edition: Edition;
  parts: { id: string; pdfFile: string; pageCount: number }[];
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
  /** At most this many entries per part (html/document.ts `bookParts`). */
  maxPartEntries: number;
  /** Prints of earlier builds: unchanged parts are neither laid out nor printed again. */
  cache?: PartCache;
  log: (message: string) => void;
};

/**
 * Prints the editions of the handbook in parts (html/document.ts `bookParts`), on `workers`
 * Chromium pages at once, with correct folios and TOC, opener and index page numbers:
 * 1. the parts with page-number slots (front matter, openers, index) are laid out on screen
 *    (paginate.ts) to learn their page counts;
 * 2. each entry part is laid out, then printed as soon as the page counts of the parts before it
 *    are known, its folios offset by those pages;
 * 3. the parts with slots are filled with the book's page numbers and printed;
 * 4. every print's named destinations (where each link target really landed) and page count are
 *    compared with what was assumed; a part whose folios or numbers were wrong is printed again,
 *    so a wrong prediction costs time, never correctness.
 * With a `cache`, a part whose content did not change since the last build is not laid out (its
 * real pages are known), and is not printed either when its offset and numbers did not change.
 * The parts' PDFs are left in `workDir` for `joinEditions`; the caller prunes the cache once they
 * are joined (a build that fails later keeps the last good build's parts).
 * No Chromium page holds more than one part, so memory stays bounded by the largest part.
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
    const job: EditionJob = {
      edition,
      lockdown,
      parts: [],
      targets: [],
      started: performance.now(),
      layoutMs: 0,
      printMs: 0,
      prints: 0,
      reused: 0,
    };
    const parts = bookParts(book, edition, options.qr, options.maxPartEntries);
    for (const [index, part] of parts.entries()) {
      const htmlFile = join(dir, fileName(`${String(index).padStart(3, "0")}-${part.id}.html`));
      await writeFile(htmlFile, part.html);
      const layout = Promise.withResolvers<Layout>();
      layout.promise.catch(() => {}); // a failed part rejects it; the failure is reported by its task
      const refs = [...new Set([...part.html.matchAll(/data-page-of="([^"]*)"/g)].map((m) => m[1] as string))];
      const contentKey = await cache?.contentKey(part.html);
      const known = contentKey ? await cache?.pages(contentKey) : undefined;
      if (known) layout.resolve(known);
      job.parts.push({
        edition: job,
        index,
        part: { ...part, html: "" },
        htmlFile,
        refs,
        layout,
        contentKey,
        laidOut: known !== undefined,
      });
    }
    job.targets = [...new Set(job.parts.flatMap((p) => p.refs))];
    log(`  [${edition.label}] ${parts.length}개 부분으로 나누어 인쇄합니다`);
    jobs.push(job);
  }

  const limit = pLimit(Math.max(1, options.workers));
  const run = (task: () => Promise<void>) =>
    limit(task).catch((error: unknown) => {
      limit.clearQueue();
      throw error;
    });
  const all = jobs.flatMap((job) => job.parts);
  const numbered = all.filter((p) => p.part.numbered);
  const bodies = all.filter((p) => !p.part.numbered);
  // Queue order matters: a task only waits for tasks queued before it (see the phases above).
  await Promise.all([
    ...numbered.filter((p) => !p.laidOut).map((p) => run(() => layoutOnly(browser, p))),
    ...bodies.map((p) => run(() => printPart(browser, p, cache, log, { layout: !p.laidOut }))),
    ...numbered.map((p) => run(() => printPart(browser, p, cache, log, { layout: false }))),
  ]);

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
    await Promise.all(stale.map((p) => run(() => printPart(browser, p, cache, log, { layout: false }))));
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

/**
 * Joins each printed edition's parts into one tagged PDF with one outline (join-parts.ts) and
 * writes it as `guidebook-<editionYear>[-large].pdf` in `outDir`, one edition after the other
 * (joining holds a whole edition in memory: about 1.4 GB at 5,000 policies).
 */
export async function joinEditions(
  printed: PrintedEdition[],
  book: Book,
  outDir: string,
  log: (message: string) => void,
): Promise<EditionResult[]> {
  const g = book.guidebook;
  const results: EditionResult[] = [];
  for (const edition of printed) {
    const t = performance.now();
    const pdf = await joinParts(
      await Promise.all(edition.parts.map(async (p) => ({ id: p.id, pdf: await readFile(p.pdfFile) }))),
      {
        title: pdfText(`${g.title} ${g.editionYear} (${edition.edition.label})`),
        author: pdfText(g.operatorName),
        subject: pdfText(`${g.cityName} ${g.title} ${edition.edition.label}`),
        keywords: [g.cityName, "생애주기", "복지", ...book.chapters.map((c) => c.label)].map(pdfText),
        lang: "ko",
      },
    );
    const joinMs = performance.now() - t;
    const file = join(outDir, fileName(editionFileName(edition.edition, g.editionYear)));
    await writeFile(file, pdf);
    const pages = edition.parts.reduce((sum, p) => sum + p.pageCount, 0);
    log(`  [${edition.edition.label}] ${edition.parts.length}개 부분을 합쳤습니다: ${pages}쪽, ${seconds(joinMs)}`);
    results.push({
      edition: edition.edition,
      file,
      pages,
      bytes: pdf.length,
      parts: edition.parts.length,
      prints: edition.prints,
      reused: edition.reused,
      layoutMs: edition.layoutMs,
      printMs: edition.printMs,
      joinMs,
      totalMs: performance.now() - edition.started,
    });
  }
  return results;
}

/**
 * Loads a part into a new Chromium page under the printer's lockdown (lockdown.ts), ready to lay
 * out and print; the caller closes it.
 * @throws Error (Korean) naming the part when it does not load within PART_LOAD_TIMEOUT_MS.
 */
async function openPart(browser: Browser, job: PartJob): Promise<Page> {
  const page = await browser.newPage();
  await job.edition.lockdown(page);
  try {
    await page.goto(pathToFileURL(job.htmlFile).href, { waitUntil: "load", timeout: PART_LOAD_TIMEOUT_MS });
  } catch (error) {
    await page.close();
    throw new Error(
      `안내서의 "${job.part.label}" 부분을 불러오지 못했습니다 (제한 시간 ${PART_LOAD_TIMEOUT_MS / 60_000}분; part did not load): ${job.htmlFile}`,
      { cause: error },
    );
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await preparePart(page, job.edition.targets);
  return page;
}

/** Lays a part out on screen (paginate.ts) and publishes its page count and anchor pages. */
async function layOut(browser: Browser, page: Page, job: PartJob) {
  const t = performance.now();
  const layout = await predictAnchorPages(
    page,
    await measurePageBox(browser, job.edition.edition.page),
    job.edition.targets,
  );
  job.edition.layoutMs += performance.now() - t;
  job.layout.resolve(layout);
}

/**
 * Runs `work` on the part loaded in a new Chromium page, then closes the page. A failure also
 * rejects the part's layout, so that no other part waits for it.
 */
async function withPart(browser: Browser, job: PartJob, work: (page: Page) => Promise<void>): Promise<void> {
  try {
    const page = await openPart(browser, job);
    try {
      await work(page);
    } finally {
      await page.close();
    }
  } catch (error) {
    job.layout.reject(error);
    throw error;
  }
}

/** Phase 1 for parts with page-number slots: their page count, from one layout. */
function layoutOnly(browser: Browser, job: PartJob): Promise<void> {
  return withPart(browser, job, (page) => layOut(browser, page, job));
}

/**
 * Prints one part with its folio offset and, if it has slots, the book's page numbers as best
 * known (printed pages where printed, else predicted). With `layout`, lays it out first (an entry
 * part's first visit). Reuses the cache's print when the part, its offset and its numbers are
 * unchanged; stores a new print there. Records what the print really holds (page count, anchor pages).
 */
async function printPart(
  browser: Browser,
  job: PartJob,
  cache: PartCache | undefined,
  log: (message: string) => void,
  options: { layout: boolean },
): Promise<void> {
  const e = job.edition;
  const pdfFile = job.htmlFile.replace(/\.html$/, ".pdf");
  const where = () => `  [${e.edition.label}] ${job.index + 1}/${e.parts.length} ${job.part.label}`;
  if (!options.layout && cache && job.contentKey) {
    const { offset, pages } = await bookPages(e, job.index, job.part.numbered);
    const filled = filledNumbers(job, pages);
    const reused = await cache.copyPrint(cache.printKey(job.contentKey, offset, filled), pdfFile);
    if (reused) {
      job.printed = { ...reused, pdfFile, offset, filled };
      e.reused += 1;
      log(`${where()}: ${offset + 1}–${offset + reused.pageCount}쪽, 바뀌지 않아 지난 인쇄를 다시 씁니다`);
      return;
    }
  }
  await withPart(browser, job, async (page) => {
    if (options.layout) await layOut(browser, page, job);
    const { offset, pages } = await bookPages(e, job.index, job.part.numbered);
    const filled = filledNumbers(job, pages);
    if (filled.size) await fillPageNumbers(page, filled);
    await setFolioOffset(page, offset);
    const t = performance.now();
    const pdf = await page.pdf(PRINT);
    const ms = performance.now() - t;
    const printed = await readAnchorPages(pdf);
    await writeFile(pdfFile, pdf);
    job.printed = { ...printed, pdfFile, offset, filled };
    e.printMs += ms;
    e.prints += 1;
    if (cache && job.contentKey) {
      await cache.save(job.contentKey, cache.printKey(job.contentKey, offset, filled), pdfFile, printed);
    }
    log(`${where()}: ${offset + 1}–${offset + printed.pageCount}쪽 인쇄, ${seconds(ms)}`);
  });
}

/**
 * The number each page-number slot of the part gets: the page of its anchor in `pages`.
 * @throws Error naming the anchors no part holds (a link to a missing target).
 */
function filledNumbers(job: PartJob, pages: AnchorPages): AnchorPages {
  const missing = job.refs.filter((id) => !pages.has(id));
  if (missing.length) {
    throw new Error(`링크 대상이 없습니다 (link targets missing): ${missing.slice(0, 10).join(", ")}`);
  }
  return new Map(job.refs.map((id) => [id, pages.get(id) as number]));
}

/**
 * The folio offset of part `index` and, when `everything`, the page (in the whole book) of every
 * anchor: waits for the layouts of the parts before it (or of all parts), then counts each part's
 * pages as printed if printed, else as predicted.
 */
async function bookPages(
  job: EditionJob,
  index: number,
  everything: boolean,
): Promise<{ offset: number; pages: AnchorPages }> {
  const needed = everything ? job.parts.length : index;
  const layouts = await Promise.all(job.parts.slice(0, needed).map((p) => p.layout.promise));
  const placed = placeParts(layouts.map((layout, i) => job.parts[i]?.printed ?? layout));
  return { offset: everything ? (placed.offsets[index] as number) : placed.total, pages: placed.pages };
}

/**
 * Consecutive parts placed in the book: where each starts (pages before it), the book page of
 * every anchor, and the pages of all of them.
 */
function placeParts(parts: Layout[]): { offsets: number[]; pages: AnchorPages; total: number } {
  const offsets: number[] = [];
  const pages: AnchorPages = new Map();
  let total = 0;
  for (const part of parts) {
    offsets.push(total);
    for (const [id, page] of part.pages) pages.set(id, page + total);
    total += part.pageCount;
  }
  return { offsets, pages, total };
}

/**
 * Parts whose print is stale: printed with a folio offset other than where the parts before it
 * really end, or with a page number other than where its anchor really is.
 */
function staleParts(job: EditionJob): PartJob[] {
  const printed = job.parts.map((p) => p.printed as Printed);
  const real = placeParts(printed);
  return job.parts.filter((_part, i) => {
    const done = printed[i] as Printed;
    return done.offset !== real.offsets[i] || [...done.filled].some(([id, page]) => real.pages.get(id) !== page);
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}초`;
