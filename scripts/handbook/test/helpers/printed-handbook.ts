import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Book, buildBook } from "../../src/book.ts";
import type { EditionResult } from "../../src/index.ts";
import { loadSnapshot } from "../../src/load-snapshot.ts";
import { renderHandbooks } from "../../src/render-handbook.ts";
import { writeHandbookFixture } from "../../testing/pdf-fixture.ts";
import { openPdf, type PdfDoc, pageLines } from "../../testing/pdf-read.ts";

/** The public site address the test prints with (the fixture's own is a reserved example domain). */
export const PUBLIC_ORIGIN = "https://www.gwangyang.go.kr";
/** Titles of the front and back matter, in print order. */
export const MATTER_TITLES = ["발간사", "이용 안내", "차례", "찾아보기", "부서 연락처"];

/** Everything read back from one printed edition: its file, each page's lines, the open PDF. */
export type Printed = { file: string; pages: string[][]; doc: PdfDoc };

/** One print run of the fixture handbook, both editions, read back; `close` removes it. */
export type PrintedHandbook = {
  book: Book;
  results: EditionResult[];
  printed: Map<string, Printed>;
  close: () => Promise<void>;
};

/**
 * Prints the fixture handbook once, both editions, as a real run does: the public site address
 * set, parts of at most 2 entries (so chapters share a part and split over several, then are
 * joined, as a province-sized book is), and a fixed build date that keeps the fixture's 시행예정
 * 2027. 3. 1. a 시행예정 whatever day the test runs. Takes about a minute: call it once per file.
 */
export async function printFixtureHandbook(): Promise<PrintedHandbook> {
  const work = await mkdtemp(join(tmpdir(), "pdf-handbook-test-"));
  const snapshotDir = join(work, "snapshot");
  await writeHandbookFixture(snapshotDir);
  const book = buildBook(await loadSnapshot(snapshotDir), { snapshotDir, siteOrigin: PUBLIC_ORIGIN });
  const results = await renderHandbooks({
    snapshotDir,
    outDir: join(work, "downloads"),
    siteOrigin: PUBLIC_ORIGIN,
    maxPartEntries: 2,
    today: "2026-11-30",
  });
  const printed = new Map<string, Printed>();
  for (const result of results) {
    printed.set(result.edition.id, {
      file: result.file,
      pages: await pageLines(result.file),
      doc: await openPdf(result.file),
    });
  }
  return {
    book,
    results,
    printed,
    close: async () => {
      for (const p of printed.values()) await p.doc.loadingTask.destroy();
      await rm(work, { recursive: true, force: true });
    },
  };
}

/** Text without any whitespace, to compare across pdftotext's line and column breaks. */
export const squash = (text: string) => text.replace(/\s+/g, "");

/** 1-based page where a line of the body is exactly `title` (an entry heading, a matter title). */
export function pageOfLine(p: Printed, title: string): number {
  const index = p.pages.findIndex((lines) => lines.slice(1).includes(title));
  return index + 1;
}

/** 1-based page of a chapter opener: "제N장" followed by the chapter's name. */
export function pageOfChapter(p: Printed, number: number, label: string): number {
  return p.pages.findIndex((lines) => lines.some((line, i) => line === `제${number}장` && lines[i + 1] === label)) + 1;
}
