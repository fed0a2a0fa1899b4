import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileName, pdfText } from "@lifewelfare/content-models/escape";
import type { Book } from "../book.ts";
import { type Edition, editionFileName } from "../editions.ts";
import { joinParts } from "./join-parts.ts";
import type { PrintedEdition } from "./print-parts.ts";
import { seconds } from "./timing.ts";

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
