import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, PDFOptions } from "puppeteer-core";
import type { Book } from "../book.ts";
import { type Edition, editionFileName } from "../editions.ts";
import { type BookQrCodes, bookHtml } from "../html/document.ts";
import { chapterAnchor } from "../html/page-ref.ts";
import { measurePageBox } from "./page-box.ts";
import { type AnchorPages, fillPageNumbers, movedAnchors, readAnchorPages } from "./page-numbers.ts";
import { predictAnchorPages } from "./paginate.ts";
import { withPdfInfo } from "./pdf-info.ts";

/** Timing of one step of an edition: the page-number layout, or a Chromium print. */
export type PassTiming = { purpose: "layout" | "print"; ms: number; pages: number };

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

/** At most this many prints when the printed pages differ from the numbers filled in. */
const MAX_PRINTS = 3;

const PRINT: PDFOptions = { printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: 0 };

/**
 * Prints one edition with correct TOC, opener and index page numbers:
 * 1. the page of every link target is predicted with one on-screen layout (paginate.ts) at the
 *    page size Chromium really prints (page-box.ts);
 * 2. the numbers are filled into their fixed-width slots and the tagged PDF with outline is
 *    printed;
 * 3. the print's named destinations (the page each link target really landed on) are compared
 *    with the numbers filled in; if any differ, the real pages are filled in and the edition is
 *    printed again (at most MAX_PRINTS prints), so a wrong prediction costs time, never correctness.
 * Then the document info (author, subject, keywords) is appended and the file written.
 * @throws Error when a link points at a missing target or the numbers do not settle.
 */
export async function printEdition(options: {
  browser: Browser | BrowserContext;
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

    let t = performance.now();
    const predicted = await predictAnchorPages(page, await measurePageBox(browser, edition.page));
    passes.push({ purpose: "layout", ms: performance.now() - t, pages: predicted.pageCount });
    log(`  [${edition.label}] 쪽 번호 계산: ${predicted.pageCount}쪽 예상, ${seconds(performance.now() - t)}`);
    logChapterPages(book, edition, predicted.pages, log);

    let expected: AnchorPages = predicted.pages;
    for (let attempt = 1; ; attempt++) {
      const missing = await fillPageNumbers(page, expected);
      if (missing.length)
        throw new Error(`링크 대상이 없습니다 (link targets missing): ${missing.slice(0, 10).join(", ")}`);
      t = performance.now();
      const pdf = await page.pdf(PRINT);
      const printed = await readAnchorPages(pdf);
      passes.push({ purpose: "print", ms: performance.now() - t, pages: printed.pageCount });
      log(`  [${edition.label}] 인쇄: ${printed.pageCount}쪽, ${seconds(performance.now() - t)}`);
      const moved = movedAnchors(expected, printed.pages);
      if (moved.length === 0) {
        const withInfo = withPdfInfo(pdf, {
          title: `${book.guidebook.title} ${book.guidebook.editionYear} (${edition.label})`,
          author: book.guidebook.operatorName,
          subject: `${book.guidebook.cityName} ${book.guidebook.title} ${edition.label}`,
          keywords: [book.guidebook.cityName, "생애주기", "복지", ...book.chapters.map((c) => c.label)],
        });
        const file = join(options.outDir, editionFileName(edition, book.guidebook.editionYear));
        await writeFile(file, withInfo);
        return {
          edition,
          file,
          pages: printed.pageCount,
          bytes: withInfo.length,
          prepareMs,
          passes,
          totalMs: performance.now() - started,
        };
      }
      if (attempt >= MAX_PRINTS) {
        throw new Error(
          `쪽 번호가 안정되지 않았습니다 (page numbers did not settle): ${moved.slice(0, 10).join(", ")}`,
        );
      }
      log(`  [${edition.label}] 쪽 번호가 실제와 다른 항목 ${moved.length}개: 실제 쪽 번호로 다시 인쇄합니다`);
      expected = printed.pages;
    }
  } finally {
    await page.close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}초`;

function logChapterPages(book: Book, edition: Edition, pages: AnchorPages, log: (message: string) => void) {
  for (const chapter of book.chapters) {
    log(`  [${edition.label}] ${chapter.label}: ${pages.get(chapterAnchor(chapter.value)) ?? "?"}쪽부터`);
  }
}
