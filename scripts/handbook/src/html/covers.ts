import { FIELD_LABELS, TEST_PRINT_MARK, telHref } from "@lifewelfare/content-models";
import { htmlAttr, htmlText } from "@lifewelfare/content-models/escape";
import { type Book, siteHomeUrl } from "../book.ts";
import type { Edition } from "../editions.ts";
import { baseDate } from "./front-matter.ts";
import { printImage } from "./images.ts";

/**
 * The test-print banner of a cover (`book.isTestPrint`), empty otherwise. Covers have no page
 * margins, so the running mark of the other pages (document.ts) cannot reach them.
 */
function testPrintBanner(book: Book): string {
  return book.isTestPrint ? `<p class="test-print-banner">${htmlText(TEST_PRINT_MARK)}</p>` : "";
}

/** The front cover: title, subtitle, edition year and kind, city, and the cover mascot if any. */
export function coverHtml(book: Book, edition: Edition): string {
  const g = book.guidebook;
  const mascot = book.coverMascot ? printImage(book, book.coverMascot.image, "cover__mascot") : "";
  return `<section class="cover">
${testPrintBanner(book)}
<div class="cover__top">
  <p class="cover__year">${htmlText(String(g.editionYear))}</p>
  <p class="cover__edition">${htmlText(edition.label)}</p>
</div>
<div class="cover__main">
  <p class="cover__city">${htmlText(g.cityName)}</p>
  <p class="cover__title">${htmlText(g.title)}</p>
  ${g.subtitle ? `<p class="cover__subtitle">${htmlText(g.subtitle)}</p>` : ""}
</div>
<div class="cover__art">${mascot}</div>
<div class="cover__bottom"><p class="cover__operator">${htmlText(g.operatorName)}</p></div>
</section>`;
}

/** The back cover: city contacts, the main phone number, the site address with its QR code. */
export function backCoverHtml(book: Book, siteQr: string): string {
  const g = book.guidebook;
  const contacts = [{ label: FIELD_LABELS.mainPhone, phone: g.mainPhone }, ...g.contacts]
    .map(
      (c) =>
        `<div class="back__contact"><dt>${htmlText(c.label)}</dt><dd><a class="phone" href="${telHref(c.phone)}">${htmlText(c.phone)}</a></dd></div>`,
    )
    .join("");
  const home = siteHomeUrl(book);
  return `<section class="back">
${testPrintBanner(book)}
<div class="back__main">
  <p class="back__title">${htmlText(g.title)}</p>
  <p class="back__lead">궁금한 점은 언제든지 전화로 문의하세요.</p>
  <dl class="back__contacts">${contacts}</dl>
  <div class="back__site">
    <div class="back__qr">${siteQr}</div>
    <div><p class="back__site-label">누리집에서 최신 내용을 확인하세요</p><p class="back__url"><a href="${htmlAttr(home)}">${htmlText(home)}</a></p></div>
  </div>
</div>
<p class="back__colophon">${htmlText(g.title)} ${htmlText(String(g.editionYear))} · ${htmlText(baseDate(book))} 기준 · 발행 ${htmlText(g.operatorName)}</p>
</section>`;
}
