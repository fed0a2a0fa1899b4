import { pathToFileURL } from "node:url";
import type { Browser, Page, PDFOptions } from "puppeteer-core";
import { buildFragment } from "./join/fragment.ts";
import { writeFragmentFile } from "./join/fragment-file.ts";
import { PART_LOAD_TIMEOUT_MS } from "./lockdown.ts";
import { measurePageBox } from "./page-box.ts";
import { fillPageNumbers, preparePart, setFolioOffset } from "./page-numbers.ts";
import type { PagePool } from "./page-pool.ts";
import { predictAnchorPages } from "./paginate.ts";
import type { PartCache } from "./part-cache.ts";
import { bookPages, filledNumbers, type PartJob } from "./part-job.ts";
import { seconds } from "./timing.ts";

const PRINT: PDFOptions = { printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: 0 };

/** What a print task needs besides its part: the browser and its pages, the cache of earlier prints, the log. */
export type PrintContext = {
  browser: Browser;
  pages: PagePool;
  cache: PartCache | undefined;
  log: (message: string) => void;
};

/**
 * Loads a part into a page of the pool (page-pool.ts, under the printer's lockdown), ready to lay
 * out and print; the caller gives the page back.
 * @throws Error (Korean) naming the part when it does not load within PART_LOAD_TIMEOUT_MS.
 */
async function openPart(pages: PagePool, job: PartJob): Promise<Page> {
  const page = await pages.acquire();
  try {
    await page.goto(pathToFileURL(job.htmlFile).href, { waitUntil: "load", timeout: PART_LOAD_TIMEOUT_MS });
  } catch (error) {
    await pages.release(page, true);
    throw new Error(
      `안내서의 "${job.part.label}" 부분을 불러오지 못했습니다 (제한 시간 ${PART_LOAD_TIMEOUT_MS / 60_000}분; part did not load): ${job.htmlFile}`,
      { cause: error },
    );
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await preparePart(page, job.edition.targets);
  return page;
}

/** Lays a part out on screen (paginate.ts) and makes it ready with its predicted pages. */
async function layOut(browser: Browser, page: Page, job: PartJob) {
  const t = performance.now();
  const pages = await predictAnchorPages(
    page,
    await measurePageBox(browser, job.edition.edition.page),
    job.edition.targets,
  );
  job.edition.layoutMs += performance.now() - t;
  job.ready.resolve(pages);
}

/**
 * Whether a part grows with the whole book rather than with `partEntries`: the first part holds
 * the table of contents, the last the index (html/document.ts `partSections`), each a line per
 * entry and a page-number slot per line. A renderer keeps what such a part cost after it moves on
 * (at 5,000 policies one grew to 1.45 GB laying out these parts and the openers one after
 * another), so its page is closed once the part is done.
 */
const growsWithBook = (job: PartJob) => job.index === 0 || job.index === job.edition.parts.length - 1;

/**
 * Runs `work` on the part loaded in a page of the pool, then gives the page back (closed when the
 * work failed, or after a part that grows with the book: `growsWithBook`). A failure also rejects
 * the part's `ready`, so that no other part waits for it.
 */
async function withPart(pages: PagePool, job: PartJob, work: (page: Page) => Promise<void>): Promise<void> {
  try {
    const page = await openPart(pages, job);
    let broken = true;
    try {
      await work(page);
      broken = false;
    } finally {
      await pages.release(page, broken || growsWithBook(job));
    }
  } catch (error) {
    job.ready.reject(error);
    throw error;
  }
}

/** Lays a part out (no print): how a part with page-number slots learns its page count first. */
export function layoutPart(ctx: PrintContext, job: PartJob): Promise<void> {
  return withPart(ctx.pages, job, (page) => layOut(ctx.browser, page, job));
}

/** A label of the part for the log: `[edition] n/total part label`. */
function where(job: PartJob): string {
  const e = job.edition;
  return `  [${e.edition.label}] ${job.index + 1}/${e.parts.length} ${job.part.label}`;
}

/**
 * The cache path: copies the earlier build's print of this part when its content, its folio
 * offset and its page numbers are all unchanged. Waits until the parts it needs are ready.
 * @returns whether the print was reused (then `job.printed` is set).
 */
async function reusePrint(ctx: PrintContext, job: PartJob, fragmentFile: string): Promise<boolean> {
  if (!ctx.cache || !job.contentKey) return false;
  const { offset, pages } = await bookPages(job);
  const filled = filledNumbers(job, pages);
  const key = ctx.cache.printKey(job.contentKey, job.part.id, offset, filled);
  const reused = await ctx.cache.copyPrint(key, fragmentFile);
  if (!reused) return false;
  job.printed = { ...reused, fragmentFile, offset, filled };
  job.edition.reused += 1;
  ctx.log(`${where(job)}: ${offset + 1}–${offset + reused.pageCount}쪽, 바뀌지 않아 지난 인쇄를 다시 씁니다`);
  return true;
}

/**
 * Prints one part with its folio offset and, if it has slots, the book's page numbers as best
 * known (printed pages where printed, else as known when ready). With `layout`, lays it out first
 * in the same Chromium page (an entry part's first visit: it becomes ready before it waits for
 * the parts before it). Without, reuses the cache's print when nothing changed (`reusePrint`).
 * Converts the print for the join (join/fragment.ts), stores it in the cache and records what the
 * print really holds (page count, anchor pages).
 */
export async function printPart(ctx: PrintContext, job: PartJob, options: { layout: boolean }): Promise<void> {
  const e = job.edition;
  const fragmentFile = job.htmlFile.replace(/\.html$/, ".frag");
  if (!options.layout && (await reusePrint(ctx, job, fragmentFile))) return;
  await withPart(ctx.pages, job, async (page) => {
    if (options.layout) await layOut(ctx.browser, page, job);
    const { offset, pages } = await bookPages(job);
    const filled = filledNumbers(job, pages);
    if (filled.size) await fillPageNumbers(page, filled);
    await setFolioOffset(page, offset);
    const t = performance.now();
    const pdf = await page.pdf(PRINT);
    const ms = performance.now() - t;
    // Converted for the join now, while other parts print (join/fragment.ts).
    const { anchors: printed, ...fragment } = await buildFragment({ id: job.part.id, pdf });
    await writeFragmentFile(fragmentFile, fragment);
    job.printed = { ...printed, fragmentFile, offset, filled };
    e.printMs += ms;
    e.prints += 1;
    if (ctx.cache && job.contentKey) {
      const key = ctx.cache.printKey(job.contentKey, job.part.id, offset, filled);
      await ctx.cache.save(job.contentKey, key, fragmentFile, printed);
    }
    ctx.log(`${where(job)}: ${offset + 1}–${offset + printed.pageCount}쪽 인쇄, ${seconds(ms)}`);
  });
}
