import {
  APPLICATION_CHANNELS,
  FIELD_LABELS,
  formatAmount,
  formatKstDate,
  LIFE_STAGES,
  labeller,
  type Policy,
  periodText,
  policyMarks,
  SECTION_HEADINGS,
  SUPPORT_TYPES,
  statusLine,
  statusNotice,
  telHref,
  UI_WORDS,
} from "@lifewelfare/content-models";
import { htmlAttr, htmlText, safeUrl } from "@lifewelfare/content-models/escape";
import { type Book, policyShortUrl } from "../book.ts";
import { printImage } from "./images.ts";
import { markHtml } from "./marks.ts";
import { policyAnchor } from "./page-ref.ts";
import { printableRichText } from "./rich-text.ts";

const stageLabel = labeller(LIFE_STAGES);
const supportTypeLabel = labeller(SUPPORT_TYPES);
const channelLabel = labeller(APPLICATION_CHANNELS);

/** A link to an address from content (신청 사이트, 출처), checked by `safeUrl`. */
const link = (url: string) => `<a href="${htmlAttr(safeUrl(url))}">${htmlText(url)}</a>`;

const phone = (number: string) => `<a class="phone" href="${telHref(number)}">${htmlText(number)}</a>`;

/** One labelled field (`<dt>`/`<dd>`); omitted when `content` is empty. */
function field(label: string, content: string): string {
  return content ? `<div class="field"><dt>${htmlText(label)}</dt><dd>${content}</dd></div>` : "";
}

/** A titled section of an entry; omitted when it has no content. */
function section(kind: string, title: string, content: string): string {
  if (!content) return "";
  return `<section class="sec sec--${kind}"><p class="sec__title">${htmlText(title)}</p><dl class="fields">${content}</dl></section>`;
}

const list = (items: string[]) =>
  items.length ? `<ul class="plain-list">${items.map((i) => `<li>${i}</li>`).join("")}</ul>` : "";

function contactsHtml(policy: Policy, book: Book): string {
  const rows = policy.contacts.map((c) => {
    const department = c.departmentId ? book.departmentsById.get(c.departmentId) : undefined;
    const where =
      department && department.name !== c.label ? ` <span class="muted">(${htmlText(department.name)})</span>` : "";
    return `${htmlText(c.label)}${where} ${phone(c.phone)}`;
  });
  if (policy.needsVerification || rows.length === 0) {
    rows.push(
      `${htmlText(book.guidebook.cityName)} ${htmlText(FIELD_LABELS.mainPhone)} ${phone(book.guidebook.mainPhone)}`,
    );
  }
  return list(rows);
}

function glance(policy: Policy, book: Book, qr: string): string {
  const url = policyShortUrl(book, policy.id);
  const stages = policy.lifeStages.map(stageLabel).join(", ");
  const firstContact = policy.contacts[0];
  const rows = [
    field(FIELD_LABELS.lifeStages, htmlText(stages || "모든 시민")),
    field(FIELD_LABELS.supportTypes, htmlText(policy.supportTypes.map(supportTypeLabel).join(", "))),
    field(FIELD_LABELS.amounts, policy.amounts.map((a) => htmlText(formatAmount(a))).join("<br>")),
    field(FIELD_LABELS.applicationPeriod, htmlText(periodText(policy, book.on))),
    field(
      FIELD_LABELS.contacts,
      firstContact ? `${htmlText(firstContact.label)} ${phone(firstContact.phone)}` : phone(book.guidebook.mainPhone),
    ),
    field(FIELD_LABELS.siteOrigin, `<a class="glance__url" href="${htmlAttr(url)}">${htmlText(url)}</a>`),
  ].join("");
  return `<div class="glance">
  <div class="glance__body"><p class="glance__title">${htmlText(SECTION_HEADINGS.atAGlance)}</p><dl class="fields fields--glance">${rows}</dl></div>
  <div class="glance__qr">${qr}<p class="glance__qr-note">QR 코드로 최신 안내 보기</p></div>
</div>`;
}

/**
 * One policy entry, with the same fields and headings as the site's policy page: marks, title
 * (h2, an outline item and the link target), summary, 한눈에 보기 with the QR code of the permanent
 * address, 지원대상/선정기준, 지원내용, 신청방법/구비서류/신청기한, 문의처, 근거, 최종 검토일, 출처.
 * `qr` is the entry's QR code SVG.
 */
export function entryHtml(policy: Policy, book: Book, qr: string): string {
  const rich = (html: string) => printableRichText(html, book);
  const marks = policyMarks(policy, book.on);
  const { applicationMethod: method } = policy;

  const verifying = policy.needsVerification
    ? `<p class="notice notice--verifying"><strong>${htmlText(UI_WORDS.verifying)}</strong> ${htmlText(UI_WORDS.verifyingNote)} ${htmlText(FIELD_LABELS.mainPhone)} ${phone(book.guidebook.mainPhone)}${
        policy.verificationNote
          ? `<br><span class="muted">${htmlText(FIELD_LABELS.verificationNote)}: ${htmlText(policy.verificationNote)}</span>`
          : ""
      }</p>`
    : "";
  // The status is printed as a mark and under 출처 및 검토; the notice keeps what follows it.
  const statusLines = statusNotice(policy, book.on)?.lines.slice(1) ?? [];
  const statusNote = statusLines.length ? `<p class="notice">${statusLines.map(htmlText).join("<br>")}</p>` : "";

  const who = section(
    "who",
    SECTION_HEADINGS.who,
    field(FIELD_LABELS.targetAudience, rich(policy.targetAudience)) +
      field(FIELD_LABELS.selectionCriteria, rich(policy.selectionCriteria)),
  );
  const what = section(
    "what",
    SECTION_HEADINGS.what,
    field(FIELD_LABELS.benefits, rich(policy.benefits)) +
      field(FIELD_LABELS.amounts, list(policy.amounts.map((a) => htmlText(formatAmount(a))))),
  );
  const how = section(
    "how",
    SECTION_HEADINGS.how,
    field(FIELD_LABELS.channels, htmlText(method.channels.map(channelLabel).join(", "))) +
      field(FIELD_LABELS.receivingOrganization, htmlText(method.receivingOrganization ?? "")) +
      field(FIELD_LABELS.onlineUrl, method.onlineUrl ? link(method.onlineUrl) : "") +
      field(FIELD_LABELS.details, rich(method.details)) +
      field(FIELD_LABELS.requiredDocuments, list(policy.requiredDocuments.map((d) => htmlText(d)))) +
      field(FIELD_LABELS.applicationPeriod, htmlText(periodText(policy, book.on))),
  );
  const contact = section(
    "contact",
    SECTION_HEADINGS.contact,
    field(FIELD_LABELS.contacts, contactsHtml(policy, book)),
  );
  const basis = section(
    "basis",
    SECTION_HEADINGS.basis,
    field(FIELD_LABELS.legalBasis, list(policy.legalBasis.map((d) => htmlText(d)))),
  );
  const source = section(
    "source",
    SECTION_HEADINGS.source,
    field(FIELD_LABELS.status, htmlText(statusLine(policy, book.on))) +
      field(FIELD_LABELS.lastReviewedAt, htmlText(formatKstDate(policy.lastReviewedAt))) +
      field(FIELD_LABELS.sourceUrls, list(policy.sourceUrls.map(link))),
  );
  const images = policy.images
    .map((image) => `<figure class="entry__figure">${printImage(book, image, "entry__image")}</figure>`)
    .join("");

  return `<article class="entry">
<header class="entry__head">
  ${marks.length ? `<p class="entry__marks">${marks.map(markHtml).join(" ")}</p>` : ""}
  <h2 class="entry__title" id="${policyAnchor(policy.id)}">${htmlText(policy.title)}</h2>
  <p class="entry__summary">${htmlText(policy.summary)}</p>
</header>
${verifying}${statusNote}${glance(policy, book, qr)}${images}${who}${what}${how}${contact}${basis}${source}
</article>`;
}
