import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TEST_PRINT_MARK } from "@lifewelfare/content-models";
import { cssString, htmlAttr, htmlText } from "@lifewelfare/content-models/escape";
import type { Book } from "../book.ts";
import { EDITIONS, type Edition, type PageGeometry } from "../editions.ts";
import { chapterBodyHtml, chapterNumberLabel, chapterOpenerHtml, chapterPageName } from "./chapter.ts";
import { backCoverHtml, coverHtml } from "./covers.ts";
import { directoryHtml } from "./directory.ts";
import { fontFaceCss } from "./fonts.ts";
import { forewordHtml, guideHtml, tocHtml } from "./front-matter.ts";
import { indexHtml } from "./index-pages.ts";

/** The handbook's stylesheets: `templates/` in the handbook package. */
export const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../templates");

const css = (file: string) => readFileSync(join(TEMPLATE_DIR, file), "utf8");

/**
 * The stylesheets both editions share (`templates/common/`), in the order they are loaded:
 * tokens, page boxes and elements first, then one file per component in book order. Later rules
 * win over earlier ones of the same specificity, so the order is part of the design.
 */
export const COMMON_STYLESHEETS = [
  "base.css",
  "covers.css",
  "matter.css",
  "leaders.css",
  "opener.css",
  "entry.css",
  "index-directory.css",
];

/** The `@page` size and margins of an edition (also used to calibrate the page-number layout). */
export function pageBoxCss(page: PageGeometry): string {
  return `@page { size: ${page.width}mm ${page.height}mm; margin: ${page.marginTop}mm ${page.marginSide}mm ${page.marginBottom}mm; }`;
}

/** Named pages per chapter: their running header names the chapter. */
function chapterPagesCss(book: Book): string {
  return book.chapters
    .map((c) => {
      const name = chapterPageName(c);
      return `@page ${name} { @top-right { content: ${cssString(`${chapterNumberLabel(c)} ${c.label}`)}; } }\nsection.${name} { page: ${name}; }`;
    })
    .join("\n");
}

/**
 * The test-print mark on every page with margins (`book.isTestPrint`), as running furniture in
 * the bottom-left margin box; the covers carry it as a banner (covers.ts).
 */
function testPrintCss(book: Book): string {
  return book.isTestPrint ? `@page { @bottom-left { content: ${cssString(TEST_PRINT_MARK)}; } }` : "";
}

/** QR codes the book needs: one per policy (by id) and one for the site's home. */
export type BookQrCodes = { policies: Map<string, string>; site: string };

/**
 * One printable part of the handbook: a standalone HTML document holding a run of the book's
 * sections, in print order. Parts are printed separately (each with its page offset) and joined
 * (print/join-parts.ts), so no Chromium page ever holds a province-sized book.
 */
export type BookPart = {
  /** Unique within the edition, e.g. "front", "opener-infant", "body-infant-2", "back". */
  id: string;
  /** Resident-facing name for progress lines, e.g. "영유아기 정책 1–200". */
  label: string;
  /**
   * Whether the part holds page-number slots (TOC, chapter openers, index): such parts are
   * printed once every part's layout is known; other parts print as soon as their offset is known.
   */
  numbered: boolean;
  html: string;
};

/**
 * The largest number of entries in one part of any edition (`Edition.partEntries`): what one
 * Chromium page holds at most while printing a part (render-handbook.ts `PART_PRINT_BYTES`).
 */
export const MAX_PART_ENTRIES = Math.max(...Object.values(EDITIONS).map((e) => e.partEntries));

/** A part before it is wrapped into a document: its sections' HTML and what they are. */
type PartSections = { id: string; numbered: boolean; names: string[]; entries: number; body: string[] };

/** "앞부분~영유아 장" — a part's progress label from what it holds. */
const partLabel = (names: string[]) => (names.length > 2 ? `${names[0]}~${names.at(-1)}` : names.join("·"));

/**
 * The sections of the handbook grouped into parts, in print order (see `BookPart`): consecutive
 * chapters share a part while it holds at most `maxEntries` entries, the front matter opening the
 * first part and the back matter closing the last; a longer chapter's opener and first
 * `maxEntries` entries close a part, and its other entries follow in parts of `maxEntries`, each
 * starting a new page (in the large-print edition every entry does anyway). Small parts are what a
 * rebuild after one edit prints again (print/part-cache.ts).
 */
function partSections(book: Book, edition: Edition, qr: BookQrCodes, maxEntries: number): PartSections[] {
  const parts: PartSections[] = [];
  const front = [coverHtml(book, edition), forewordHtml(book), guideHtml(book, qr.site), tocHtml(book, edition)];
  let current: PartSections = { id: "front", numbered: true, names: ["앞부분"], entries: 0, body: front };
  const flush = () => {
    parts.push(current);
    current = { id: "", numbered: true, names: [], entries: 0, body: [] };
  };
  for (const chapter of book.chapters) {
    const first = chapter.entries.slice(0, maxEntries);
    if (current.entries > 0 && current.entries + first.length > maxEntries) flush();
    current.id ||= `chapter-${chapter.value}`;
    current.names.push(`${chapter.label} 장`);
    current.entries += first.length;
    current.body.push(chapterOpenerHtml(chapter, book), chapterBodyHtml(chapter, book, qr.policies, first));
    if (chapter.entries.length <= maxEntries) continue;
    flush();
    for (let from = maxEntries; from < chapter.entries.length; from += maxEntries) {
      const entries = chapter.entries.slice(from, from + maxEntries);
      parts.push({
        id: `body-${chapter.value}-${from / maxEntries + 1}`,
        numbered: false,
        names: [`${chapter.label} 정책 ${from + 1}–${from + entries.length}`],
        entries: entries.length,
        body: [chapterBodyHtml(chapter, book, qr.policies, entries)],
      });
    }
  }
  current.id ||= "back";
  current.names.push("찾아보기");
  current.body.push(indexHtml(book), directoryHtml(book), backCoverHtml(book, qr.site));
  flush();
  return parts;
}

/**
 * The handbook of one edition as parts of at most `maxEntries` entries (see `BookPart` and
 * `partSections`): front matter (cover, 발간사, 이용 안내, 차례), per chapter its opener and its
 * entries, then 찾아보기, 부서 연락처 and the back cover. Page numbers of the TOC, openers and index are empty
 * slots (`.pg`) filled in by the print loop; folios start at 1 in every part until the print loop
 * sets the part's offset.
 */
export function bookParts(book: Book, edition: Edition, qr: BookQrCodes, maxEntries = edition.partEntries): BookPart[] {
  return partSections(book, edition, qr, maxEntries).map(({ id, numbered, names, body }) => ({
    id,
    label: partLabel(names),
    numbered,
    html: documentHtml(book, edition, body.join("\n")),
  }));
}

/**
 * The whole handbook of one edition as one HTML document (the parts' sections in print order):
 * the benchmark's baseline print, with empty page-number slots.
 */
export function bookHtml(book: Book, edition: Edition, qr: BookQrCodes): string {
  return documentHtml(
    book,
    edition,
    partSections(book, edition, qr, edition.partEntries)
      .flatMap((p) => p.body)
      .join("\n"),
  );
}

/**
 * One entry of the handbook alone (미리 보기): the entry as its chapter prints it (the chapter's
 * named pages and running header), in a standalone document with the edition's stylesheets.
 * Page-number slots stay empty; folios start at 1.
 * @throws Error when the book holds no policy `policyId`.
 */
export function entryDocumentHtml(book: Book, edition: Edition, qr: BookQrCodes, policyId: string): string {
  const chapter = book.chapterOf.get(policyId);
  const policy = chapter?.entries.find((p) => p.id === policyId);
  if (!chapter || !policy) throw new Error(`The book has no policy ${policyId} (안내서에 이 정책이 없습니다).`);
  return documentHtml(book, edition, chapterBodyHtml(chapter, book, qr.policies, [policy]));
}

/**
 * A standalone HTML document of the handbook's `body` sections, with the edition's stylesheets.
 * The running header repeats the guidebook's title in an `@page` margin box, which only a CSS
 * string can fill (Chromium 156 has no `string-set`, and `attr()` has no element in a margin box):
 * `cssString` hex-escapes every character that could end the string or the `<style>` element.
 */
function documentHtml(book: Book, edition: Edition, body: string): string {
  const g = book.guidebook;
  return `<!doctype html>
<html lang="ko" class="edition-${edition.id}">
<head>
<meta charset="utf-8">
<title>${htmlText(`${g.title} ${g.editionYear} (${edition.label})`)}</title>
<meta name="author" content="${htmlAttr(g.operatorName)}">
<meta name="description" content="${htmlAttr(g.subtitle ?? g.title)}">
<style>
${fontFaceCss()}
${pageBoxCss(edition.page)}
@page { @top-left { content: ${cssString(`${g.title} ${g.editionYear}`)}; } }
${COMMON_STYLESHEETS.map((file) => css(`common/${file}`)).join("\n")}
${css(edition.stylesheet)}
${chapterPagesCss(book)}
${testPrintCss(book)}
</style>
</head>
<body>
${body}
</body>
</html>`;
}
