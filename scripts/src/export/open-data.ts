import {
  APPLICATION_CHANNELS,
  formatAmount,
  HOUSEHOLD_SITUATIONS,
  INTEREST_TOPICS,
  LIFE_STAGES,
  POLICY_STATUSES,
  type Snapshot,
  SUPPORT_TYPES,
} from "@lifewelfare/content-models";
import { stringify } from "csv-stringify/sync";
import sanitizeHtml from "sanitize-html";

/** Version of the open-data shape (`policies.json`); bumped on incompatible changes. */
export const OPEN_DATA_VERSION = 1;

const labelIn = (list: readonly { value: string; label: string }[]) => (value: string) =>
  list.find((item) => item.value === value)?.label ?? value;

/** Plain text of sanitised HTML: block ends become line breaks, tags are dropped, entities decoded. */
export function htmlToText(html: string): string {
  const marked = html.replace(/<\/(p|li|h[2-4]|tr|blockquote)>|<br\s*\/?>/gi, "$&\n");
  const text = sanitizeHtml(marked, { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/**
 * `policies.json`: the public part of a snapshot for open-data users — every published policy
 * (rich text as sanitised HTML), the departments and the edition. Internal fields (images' file
 * layout, verification notes for staff) are left out.
 */
export function toOpenDataJson(snapshot: Snapshot, siteUrl: (policyId: string) => string): string {
  const document = {
    openDataVersion: OPEN_DATA_VERSION,
    title: snapshot.guidebook.title,
    publisher: snapshot.guidebook.operatorName,
    editionYear: snapshot.guidebook.editionYear,
    generatedAt: snapshot.generatedAt,
    license: "공공누리 제1유형(출처표시)",
    departments: snapshot.departments,
    policies: snapshot.policies.map(({ images: _images, verificationNote: _note, ...policy }) => ({
      ...policy,
      url: siteUrl(policy.id),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * `policies.csv`: one row per policy, UTF-8 with BOM so that Excel opens Korean correctly.
 * Columns are named after the 행정안전부 공공서비스(혜택) API fields (서비스ID, 서비스명, 지원대상 …;
 * shared/docs/domain-research.md §2a); multi-valued cells are joined with `||` as that API does.
 *
 * A cell a spreadsheet would read as a formula — one starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return — gets a leading `'` (csv-stringify's `escape_formulas`, the OWASP "CSV
 * injection" rule), so it opens as text and never runs. No column holds numbers (amounts are
 * words, phone numbers and dates start with a digit), so nothing legitimate is changed but a text
 * that happens to start that way, such as a document list "-신분증"; `policies.json` keeps every
 * value unchanged. The site's 공공데이터 page says so (site/src/i18n/ko.ts `openData`).
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function toOpenDataCsv(snapshot: Snapshot, siteUrl: (policyId: string) => string): string {
  const departments = new Map(snapshot.departments.map((d) => [d.id, d]));
  const rows = snapshot.policies.map((p) => {
    const department = p.departmentId ? departments.get(p.departmentId) : undefined;
    return {
      서비스ID: p.id,
      보조금24서비스ID: p.gov24ServiceId ?? "",
      복지로서비스ID: p.bokjiroServId ?? "",
      서비스명: p.title,
      서비스목적요약: p.summary,
      지원유형: p.supportTypes.map(labelIn(SUPPORT_TYPES)).join("||"),
      생애주기: p.lifeStages.map(labelIn(LIFE_STAGES)).join("||"),
      가구상황: p.householdSituations.map(labelIn(HOUSEHOLD_SITUATIONS)).join("||"),
      관심주제: p.interestTopics.map(labelIn(INTEREST_TOPICS)).join("||"),
      지원대상: htmlToText(p.targetAudience),
      선정기준: htmlToText(p.selectionCriteria),
      지원내용: [htmlToText(p.benefits), ...p.amounts.map(formatAmount)].filter(Boolean).join("\n"),
      신청방법: [
        p.applicationMethod.channels.map(labelIn(APPLICATION_CHANNELS)).join("||"),
        htmlToText(p.applicationMethod.details),
      ]
        .filter(Boolean)
        .join("\n"),
      신청기한: p.applicationPeriod.description ?? "",
      접수기관명: p.applicationMethod.receivingOrganization ?? "",
      온라인신청사이트URL: p.applicationMethod.onlineUrl ?? "",
      구비서류: p.requiredDocuments.join("||"),
      소관기관명: snapshot.guidebook.operatorName,
      부서명: department ? [department.name, department.team].filter(Boolean).join(" ") : "",
      전화문의: p.contacts.map((c) => `${c.label}/${c.phone}`).join("||"),
      법령: p.legalBasis.join("||"),
      상태: labelIn(POLICY_STATUSES)(p.status.value),
      시행일: p.status.effectiveFrom ?? "",
      확인중: p.needsVerification ? "Y" : "N",
      최종검토일: p.lastReviewedAt,
      출처: p.sourceUrls.join("||"),
      상세조회URL: siteUrl(p.id),
      수정일시: p.publishedAt,
    };
  });
  return stringify(rows, { header: true, bom: true, record_delimiter: "\r\n", escape_formulas: true });
}
