import { join } from "node:path";
import { fileName, pdfText } from "@lifewelfare/content-models/escape";
import type { Book } from "../book.ts";
import { type Edition, editionFileName } from "../editions.ts";
import { joinFragmentFiles } from "./join-parts.ts";
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
  /** Joining the parts into one PDF (join-parts.ts; their conversion is done as each is printed). */
  joinMs: number;
  totalMs: number;
};

/**
 * Joins each printed edition's parts into one tagged PDF with one outline (join-parts.ts) and
 * writes it as `guidebook-<editionYear>[-large].pdf` in `outDir`. The join copies each part's
 * converted print into the file in turn (holding one part at a time), so both editions are joined
 * at once.
 */
export async function joinEditions(
  printed: PrintedEdition[],
  book: Book,
  outDir: string,
  log: (message: string) => void,
): Promise<EditionResult[]> {
  const g = book.guidebook;
  return Promise.all(
    printed.map(async (edition) => {
      const t = performance.now();
      const file = join(outDir, fileName(editionFileName(edition.edition, g.editionYear)));
      const joined = await joinFragmentFiles(
        edition.parts.map((p) => p.fragmentFile),
        {
          title: pdfText(`${g.title} ${g.editionYear} (${edition.edition.label})`),
          author: pdfText(g.operatorName),
          subject: pdfText(`${g.cityName} ${g.title} ${edition.edition.label}`),
          keywords: [g.cityName, "생애주기", "복지", ...book.chapters.map((c) => c.label)].map(pdfText),
          lang: "ko",
        },
        file,
      );
      const joinMs = performance.now() - t;
      log(
        `  [${edition.edition.label}] ${edition.parts.length}개 부분을 합쳤습니다: ${joined.pages}쪽, ${seconds(joinMs)}`,
      );
      return {
        edition: edition.edition,
        file,
        pages: joined.pages,
        bytes: joined.bytes,
        parts: edition.parts.length,
        prints: edition.prints,
        reused: edition.reused,
        layoutMs: edition.layoutMs,
        printMs: edition.printMs,
        joinMs,
        totalMs: performance.now() - edition.started,
      };
    }),
  );
}
