import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, PDFOptions } from "puppeteer-core";
import type { Book } from "../book.ts";
import { type Edition, editionFileName } from "../editions.ts";
import { type BookQrCodes, bookHtml } from "../html/document.ts";
import { chapterAnchor } from "../html/page-ref.ts";
import { type AnchorPages, fillPageNumbers, movedAnchors, readAnchorPages } from "./page-numbers.ts";
import { withPdfInfo } from "./pdf-info.ts";

/** Timing of one Chromium print. */
export type PassTiming = { purpose: "measure" | "final"; ms: number; pages: number };

/** What printing one edition produced. */
export type EditionResult = {
  edition: Edition;
  file: string;
  pages: number;
  bytes: number;
  /** Writing the HTML and loading it in Chromium (fonts and images included). */
  prepareMs: number;
  passes: PassTiming[];
  totalMs: number;
};

/** At most this many final prints when filled-in numbers keep moving the layout. */
const MAX_FINAL_PASSES = 3;

const PRINT: PDFOptions = { printBackground: true, preferCSSPageSize: true, timeout: 0 };

/**
 * Prints one edition with correct TOC/index page numbers in two prints of the same loaded page:
 * 1. a measuring print (all content `visibility: hidden`, so nothing is painted but the layout is
 *    identical) from which the page of every link target is read (named destinations);
 * 2. the page numbers are filled into their fixed-width slots and the final, tagged print with
 *    outline is made; its destinations are checked against the numbers printed, and if anything
 *    moved the numbers are refilled and printed again (at most MAX_FINAL_PASSES times).
 * Then the document info (author, subject, keywords) is appended and the file written.
 * @throws Error when a link points at a missing target or the numbers do not settle.
 */
export async function printEdition(options: {
  browser: Browser;
  book: Book;
  edition: Edition;
  qr: BookQrCodes;
  outDir: string;
  workDir: string;
  log: (message: string) => void;
}): Promise<EditionResult> {
  const { browser, book, edition, log } = options;
  const started = performance.now();
  const html = bookHtml(book, edition, options.qr, (c) =>
    log(`  [${edition.label}] ${c.number}/${book.chapters.length} ${c.label}: 정책 ${c.entries}개 작성`),
  );
  const htmlFile = join(options.workDir, `${edition.id}.html`);
  await writeFile(htmlFile, html);

  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load", timeout: 0 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const prepareMs = performance.now() - started;
    const passes: PassTiming[] = [];

    const print = async (purpose: PassTiming["purpose"]) => {
      const t = performance.now();
      const final = purpose === "final";
      const pdf = await page.pdf({ ...PRINT, tagged: final, outline: final });
      const measured = await readAnchorPages(pdf);
      passes.push({ purpose, ms: performance.now() - t, pages: measured.pageCount });
      log(`  [${edition.label}] ${final ? "인쇄" : "쪽 번호 측정"}: ${measured.pageCount}쪽, ${((performance.now() - t) / 1000).toFixed(1)}초`);
      return { pdf, ...measured };
    };

    await page.evaluate(() => document.documentElement.classList.add("measuring"));
    const measured = await print("measure");
    await page.evaluate(() => document.documentElement.classList.remove("measuring"));
    logChapterPages(book, edition, measured.pages, log);

    let expected: AnchorPages = measured.pages;
    for (let attempt = 1; ; attempt++) {
      const missing = await fillPageNumbers(page, expected);
      if (missing.length) throw new Error(`링크 대상이 없습니다 (link targets missing): ${missing.slice(0, 10).join(", ")}`);
      const final = await print("final");
      const moved = movedAnchors(expected, final.pages);
      if (moved.length === 0) {
        const pdf = withPdfInfo(final.pdf, {
          title: `${book.guidebook.title} ${book.guidebook.editionYear} (${edition.label})`,
          author: book.guidebook.operatorName,
          subject: `${book.guidebook.cityName} ${book.guidebook.title} ${edition.label}`,
          keywords: [book.guidebook.cityName, "생애주기", "복지", ...book.chapters.map((c) => c.label)],
        });
        const file = join(options.outDir, editionFileName(edition, book.guidebook.editionYear));
        await writeFile(file, pdf);
        return {
          edition,
          file,
          pages: final.pageCount,
          bytes: pdf.length,
          prepareMs,
          passes,
          totalMs: performance.now() - started,
        };
      }
      if (attempt >= MAX_FINAL_PASSES) {
        throw new Error(`쪽 번호가 안정되지 않았습니다 (page numbers did not settle): ${moved.slice(0, 10).join(", ")}`);
      }
      log(`  [${edition.label}] 쪽 번호가 바뀐 항목 ${moved.length}개: 다시 인쇄합니다`);
      expected = final.pages;
    }
  } finally {
    await page.close();
  }
}

function logChapterPages(book: Book, edition: Edition, pages: AnchorPages, log: (message: string) => void) {
  for (const chapter of book.chapters) {
    log(`  [${edition.label}] ${chapter.label}: ${pages.get(chapterAnchor(chapter.value)) ?? "?"}쪽부터`);
  }
}
