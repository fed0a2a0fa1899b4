import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Book } from "../book.ts";
import type { Edition, PageGeometry } from "../editions.ts";
import { chapterBodyHtml, chapterNumberLabel, chapterOpenerHtml, chapterPageName } from "./chapter.ts";
import { backCoverHtml, coverHtml } from "./covers.ts";
import { directoryHtml } from "./directory.ts";
import { esc } from "./escape.ts";
import { fontFaceCss } from "./fonts.ts";
import { forewordHtml, guideHtml, tocHtml } from "./front-matter.ts";
import { indexHtml } from "./index-pages.ts";

/** The handbook's stylesheets: `templates/handbook/` in the scripts package. */
export const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../templates/handbook");

const css = (file: string) => readFileSync(join(TEMPLATE_DIR, file), "utf8");

/** CSS string literal. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, "\\$&")}"`;

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

/** QR codes the book needs: one per policy (by id) and one for the site's home. */
export type BookQrCodes = { policies: Map<string, string>; site: string };

/**
 * The whole handbook of one edition as one HTML document, in print order: cover, 발간사, 이용 안내,
 * 차례, per chapter an opener and its entries, 찾아보기, 부서 연락처, back cover. Page numbers of the
 * TOC, openers and index are empty slots (`.pg`) filled in by the print loop.
 * `onChapter` is called after each chapter is written (progress).
 */
export function bookHtml(
  book: Book,
  edition: Edition,
  qr: BookQrCodes,
  onChapter: (chapter: { label: string; number: number; entries: number }) => void = () => {},
): string {
  const g = book.guidebook;
  const parts: string[] = [
    coverHtml(book, edition),
    forewordHtml(book),
    guideHtml(book, qr.site),
    tocHtml(book, edition),
  ];
  for (const chapter of book.chapters) {
    parts.push(chapterOpenerHtml(chapter, book), chapterBodyHtml(chapter, book, qr.policies));
    onChapter({ label: chapter.label, number: chapter.number, entries: chapter.entries.length });
  }
  parts.push(indexHtml(book), directoryHtml(book), backCoverHtml(book, qr.site));

  return `<!doctype html>
<html lang="ko" class="edition-${edition.id}">
<head>
<meta charset="utf-8">
<title>${esc(`${g.title} ${g.editionYear} (${edition.label})`)}</title>
<meta name="author" content="${esc(g.operatorName)}">
<meta name="description" content="${esc(g.subtitle ?? g.title)}">
<style>
${fontFaceCss()}
${pageBoxCss(edition.page)}
@page { @top-left { content: ${cssString(`${g.title} ${g.editionYear}`)}; } }
${css("handbook.css")}
${css(edition.stylesheet)}
${chapterPagesCss(book)}
</style>
</head>
<body>
${parts.join("\n")}
</body>
</html>`;
}
