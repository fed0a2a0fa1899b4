import type { Policy } from "@lifewelfare/content-models";
import { htmlText } from "@lifewelfare/content-models/escape";
import type { Book, BookChapter } from "../book.ts";
import { entryHtml } from "./entry.ts";
import { printImage } from "./images.ts";
import { leaderLine } from "./leaders.ts";
import { chapterAnchor, policyAnchor } from "./page-ref.ts";

/** "제2장" — how a chapter is numbered in print. */
export const chapterNumberLabel = (chapter: BookChapter) => `제${chapter.number}장`;

/** CSS named page of a chapter's entries (its running header names the chapter). */
export const chapterPageName = (chapter: BookChapter) => `chapter-${chapter.value}`;

/**
 * A chapter opener page (h1, an outline item and the TOC's link target) listing the chapter's
 * entries and the related policies printed in other chapters, each with its page number.
 */
export function chapterOpenerHtml(chapter: BookChapter, book: Book): string {
  const entries = chapter.entries.map((p) => leaderLine(policyAnchor(p.id), p.title)).join("");
  const related = chapter.related
    .map((p) => {
      const home = book.chapterOf.get(p.id);
      return leaderLine(policyAnchor(p.id), p.title, home ? `${home.label} 장` : "");
    })
    .join("");
  const mascot = chapter.mascot ? printImage(book, chapter.mascot.image, "opener__mascot") : "";
  return `<section class="opener opener--${chapter.value}">
<div class="opener__band">
  <p class="opener__number">${htmlText(chapterNumberLabel(chapter))}</p>
  <h1 class="opener__title" id="${chapterAnchor(chapter.value)}">${htmlText(chapter.label)}</h1>
  <p class="opener__desc">${htmlText(chapter.description)}</p>
  ${mascot}
</div>
${entries ? `<div class="opener__list"><p class="list-title">이 장에 실린 정책 <span class="count">${chapter.entries.length}개</span></p><ol class="leaders">${entries}</ol></div>` : ""}
${related ? `<div class="opener__list"><p class="list-title">함께 보면 좋은 정책 <span class="muted">다른 장에 실려 있습니다</span></p><ol class="leaders">${related}</ol></div>` : ""}
</section>`;
}

/**
 * The chapter's entries (all, or the run `entries` of them) on pages named after the chapter,
 * starting a new page. `qr` holds each entry's QR code by policy id.
 */
export function chapterBodyHtml(
  chapter: BookChapter,
  book: Book,
  qr: Map<string, string>,
  entries: Policy[] = chapter.entries,
): string {
  if (entries.length === 0) return "";
  const html = entries.map((p) => entryHtml(p, book, qr.get(p.id) ?? "")).join("\n");
  return `<section class="chapter ${chapterPageName(chapter)}">\n${html}\n</section>`;
}
