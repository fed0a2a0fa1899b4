import { FIELD_LABELS, formatKstDate, SECTION_HEADINGS, toKstDate, UI_WORDS } from "@lifewelfare/content-models";
import { htmlAttr, htmlText } from "@lifewelfare/content-models/escape";
import { type Book, siteHomeUrl } from "../book.ts";
import type { Edition } from "../editions.ts";
import { chapterNumberLabel } from "./chapter.ts";
import { leaderLine } from "./leaders.ts";
import { type Mark, markHtml } from "./marks.ts";
import { chapterAnchor, pageRef } from "./page-ref.ts";
import { printableRichText } from "./rich-text.ts";

/** Anchor ids of the front and back matter. */
export const MATTER = {
  foreword: "foreword",
  guide: "guide",
  toc: "toc",
  index: "index",
  directory: "directory",
} as const;

/** The 기준일 of the edition: the KST date of the snapshot's last publish. */
export const baseDate = (book: Book) => formatKstDate(toKstDate(book.generatedAt));

/** 발간사: the foreword's HTML from the guidebook settings. */
export function forewordHtml(book: Book): string {
  return `<section class="matter matter--foreword">
<h1 class="matter__title" id="${MATTER.foreword}">${htmlText(FIELD_LABELS.foreword)}</h1>
<div class="foreword">${printableRichText(book.guidebook.foreword, book)}</div>
</section>`;
}

const legend = (book: Book) =>
  [
    {
      mark: { kind: "scheduled", text: `시행예정 ${formatKstDate(`${book.guidebook.editionYear}-07-01`)}` },
      text: "아직 시작하지 않은 정책입니다. 적힌 날짜부터 시행될 예정입니다.",
    },
    {
      mark: { kind: "scheduled", text: "신청 예정" },
      text: "신청기한이 이 안내서를 만든 날 아직 시작되지 않았습니다.",
    },
    { mark: { kind: "stopped", text: "신청 마감" }, text: "신청기한이 이 안내서를 만든 날 이미 지났습니다." },
    { mark: { kind: "stopped", text: "중단" }, text: "잠시 멈춘 정책입니다. 다시 시행되면 누리집에 알립니다." },
    { mark: { kind: "stopped", text: "종료" }, text: "끝난 정책입니다. 적힌 날짜까지 시행되었습니다." },
    {
      mark: { kind: "pending", text: "사전공개" },
      text: "새로 준비 중인 정책을 미리 알립니다. 내용이 바뀔 수 있습니다.",
    },
    { mark: { kind: "verifying", text: UI_WORDS.verifying }, text: UI_WORDS.verifyingNote },
    { mark: { kind: "new", text: UI_WORDS.new }, text: "이번 판에 새로 실린 정책입니다." },
    { mark: { kind: "local", text: UI_WORDS.local }, text: "광양시가 자체 예산으로 하는 정책입니다." },
  ] satisfies { mark: Mark; text: string }[];

/** 이용 안내: how to read an entry, the legend of marks, and the QR codes. */
export function guideHtml(book: Book, siteQr: string): string {
  const parts = [
    ["서비스명과 한 줄 요약", "정책 이름과 무엇을 도와주는지 한 줄로 알려 줍니다."],
    [SECTION_HEADINGS.atAGlance, "생애주기, 지원유형, 지원 금액, 신청기한, 문의처를 먼저 보여 줍니다."],
    [SECTION_HEADINGS.who, `${FIELD_LABELS.targetAudience}과 ${FIELD_LABELS.selectionCriteria}을 알려 줍니다.`],
    [SECTION_HEADINGS.what, `${FIELD_LABELS.benefits}과 금액을 알려 줍니다.`],
    [
      SECTION_HEADINGS.how,
      `${FIELD_LABELS.applicationMethod}, ${FIELD_LABELS.requiredDocuments}, ${FIELD_LABELS.applicationPeriod}을 알려 줍니다.`,
    ],
    [SECTION_HEADINGS.contact, "담당 부서와 전화번호입니다."],
    [SECTION_HEADINGS.source, `내용의 ${FIELD_LABELS.sourceUrls}와 ${FIELD_LABELS.lastReviewedAt}입니다.`],
  ];
  const home = siteHomeUrl(book);
  return `<section class="matter matter--guide">
<h1 class="matter__title" id="${MATTER.guide}">이용 안내</h1>
<div class="guide">
<div class="guide__block">
  <p class="guide__title">정책 안내 읽는 법</p>
  <p>이 안내서는 생애주기에 따라 장을 나누었습니다. 각 정책은 대표 생애주기 장에 한 번 실리고, 다른 생애주기 장의 첫 쪽에는 이름과 쪽 번호로 안내합니다. 정책 안내는 다음 순서로 되어 있습니다.</p>
  <dl class="fields fields--guide">${parts.map(([dt, dd]) => `<div class="field"><dt>${htmlText(dt ?? "")}</dt><dd>${htmlText(dd ?? "")}</dd></div>`).join("")}</dl>
</div>
<div class="guide__block">
  <p class="guide__title">원하는 정책 찾기</p>
  <ol class="leaders guide__find">
  ${leaderLine(MATTER.toc, "차례", "생애주기별 장과 시작 쪽")}
  ${leaderLine(MATTER.index, "찾아보기", "모든 정책을 가나다 순서로")}
  ${leaderLine(MATTER.directory, "부서 연락처", "담당 부서와 전화번호")}
  </ol>
</div>
<div class="guide__block">
  <p class="guide__title">표시 안내</p>
  <dl class="legend">${legend(book)
    .map((l) => `<div class="legend__row"><dt>${markHtml(l.mark)}</dt><dd>${htmlText(l.text)}</dd></div>`)
    .join("")}</dl>
</div>
<div class="guide__block guide__qr">
  <div class="guide__qr-code">${siteQr}</div>
  <div>
    <p class="guide__title">QR 코드</p>
    <p>정책마다 QR 코드와 누리집 주소가 있습니다. 휴대전화 카메라로 QR 코드를 찍으면 그 정책의 최신 안내로 바로 연결됩니다. 왼쪽 QR 코드는 누리집 첫 화면입니다.</p>
    <p class="guide__url"><a href="${htmlAttr(home)}">${htmlText(home)}</a></p>
  </div>
</div>
<p class="guide__base">이 안내서는 ${htmlText(baseDate(book))} 기준 내용입니다. 정책은 바뀔 수 있으니 신청 전에 문의처나 누리집에서 확인하세요.</p>
</div>
</section>`;
}

/** 차례: front matter, one line per chapter (number, name, description, count), back matter. */
export function tocHtml(book: Book, edition: Edition): string {
  const chapterLines = book.chapters
    .map(
      (c) =>
        `<li class="toc__chapter"><a href="#${chapterAnchor(c.value)}"><span class="toc__number">${htmlText(chapterNumberLabel(c))}</span><span class="leader__text"><span class="toc__label">${htmlText(c.label)}</span> <span class="leader__note">${htmlText(c.description)} · 정책 ${c.entries.length}개</span></span><span class="leader__fill" aria-hidden="true"></span>${pageRef(chapterAnchor(c.value))}</a></li>`,
    )
    .join("");
  return `<section class="matter matter--toc">
<h1 class="matter__title" id="${MATTER.toc}">차례</h1>
<p class="toc__edition">${htmlText(book.guidebook.title)} ${htmlText(String(book.guidebook.editionYear))} · ${htmlText(edition.label)}</p>
<ol class="leaders toc">
${leaderLine(MATTER.foreword, FIELD_LABELS.foreword)}
${leaderLine(MATTER.guide, "이용 안내")}
</ol>
<ol class="leaders toc toc--chapters">${chapterLines}</ol>
<ol class="leaders toc">
${leaderLine(MATTER.index, "찾아보기")}
${leaderLine(MATTER.directory, "부서 연락처")}
</ol>
</section>`;
}
