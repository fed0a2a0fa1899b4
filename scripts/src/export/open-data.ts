import {
  APPLICATION_CHANNELS,
  applicationStateLabel,
  codeLabel,
  type Department,
  formatAmount,
  HOUSEHOLD_SITUATIONS,
  INTEREST_TOPICS,
  type KstDate,
  LIFE_STAGES,
  labeller,
  OPEN_DATA_DEPARTMENT_COLUMNS,
  OPEN_DATA_MULTI_VALUE_SEPARATOR,
  OPEN_DATA_POLICY_COLUMNS,
  OPEN_DATA_VERSION,
  type OpenDataDepartmentColumnName,
  type OpenDataDocument,
  type OpenDataPolicy,
  type OpenDataPolicyColumnName,
  openDataJsonSchema,
  openDataLicenseLabel,
  POLICY_STATUSES,
  type Policy,
  periodText,
  type Snapshot,
  SUPPORT_TYPES,
  todayKst,
} from "@lifewelfare/content-models";
import { plainText } from "@lifewelfare/content-models/plain-text";
import { stringify } from "csv-stringify/sync";

/** The JSON Schema's file name, published beside `policies.json` and named by its `$schema`. */
export const OPEN_DATA_SCHEMA_FILE = "policies.schema.json";

const multi = (values: readonly string[]) => values.join(OPEN_DATA_MULTI_VALUE_SEPARATOR);

/**
 * `policies.json`: the public part of a snapshot for open-data users — every published policy
 * (rich text as sanitised HTML), the departments and the edition, in the shape of content-models'
 * `openDataDocumentSchema`, each policy with its 신청상태 as of `on` (KST, default today);
 * `$schema` names `policies.schema.json` beside it. Internal fields
 * (images' file layout, verification notes for staff) are left out.
 */
export function toOpenDataJson(
  snapshot: Snapshot,
  siteUrl: (policyId: string) => string,
  on: KstDate = todayKst(),
): string {
  const document: OpenDataDocument = {
    $schema: `./${OPEN_DATA_SCHEMA_FILE}`,
    openDataVersion: OPEN_DATA_VERSION,
    title: snapshot.guidebook.title,
    publisher: snapshot.guidebook.operatorName,
    editionYear: snapshot.guidebook.editionYear,
    generatedAt: snapshot.generatedAt,
    license: openDataLicenseLabel(snapshot.guidebook.openDataLicense),
    departments: snapshot.departments,
    policies: snapshot.policies.map((policy) => toOpenDataPolicy(policy, siteUrl, on)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * One policy as the open data publishes it (content-models `openDataPolicySchema`): without its
 * internal fields, with its page `url` and its 신청상태 as of `on` (KST). Shared by `policies.json`
 * and the read API's detail files.
 */
export function toOpenDataPolicy(policy: Policy, siteUrl: (policyId: string) => string, on: KstDate): OpenDataPolicy {
  const { images: _images, verificationNote: _note, ...rest } = policy;
  return { ...rest, url: siteUrl(policy.id), applicationState: applicationStateLabel(policy, on) };
}

/** `policies.schema.json`: the JSON Schema of `policies.json` (content-models `openDataJsonSchema`). */
export function toOpenDataSchema(): string {
  return `${JSON.stringify(openDataJsonSchema(), null, 2)}\n`;
}

/**
 * A cell a spreadsheet would read as a formula — one starting with `=`, `+`, `-`, `@`, a tab, a
 * carriage return or a full-width `＝＋－＠` — gets a leading `'`, so it opens as text and never
 * runs (csv-stringify's `escape_formulas` rule, the OWASP "CSV injection" rule). No column holds
 * numbers (amounts are words, phone numbers and dates start with a digit), so nothing legitimate
 * is changed but a text that happens to start that way, such as a document list "-신분증";
 * `policies.json` keeps every value unchanged. Used for the CSV and the XLSX alike.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? `'${cell}` : cell;
}

/** What a row's values are computed from: the snapshot (for lookups) and the policy's address. */
type RowContext = {
  snapshot: Snapshot;
  departments: Map<string, Department>;
  siteUrl: (policyId: string) => string;
  /** The KST date the file is made for: its 신청상태 (`applicationStateLabel`). */
  on: KstDate;
};

/**
 * The value of each 정책 column (content-models `OPEN_DATA_POLICY_COLUMNS` gives the order, the
 * headers and the meanings; the key set is checked against it by the compiler).
 */
const POLICY_VALUES: Record<OpenDataPolicyColumnName, (p: Policy, context: RowContext) => string> = {
  서비스ID: (p) => p.id,
  보조금24서비스ID: (p) => p.gov24ServiceId ?? "",
  복지로서비스ID: (p) => p.bokjiroServId ?? "",
  서비스명: (p) => p.title,
  서비스목적요약: (p) => p.summary,
  지원유형: (p) => multi(p.supportTypes.map(labeller(SUPPORT_TYPES))),
  생애주기: (p) => multi(p.lifeStages.map(labeller(LIFE_STAGES))),
  가구상황: (p) => multi(p.householdSituations.map(labeller(HOUSEHOLD_SITUATIONS))),
  관심주제: (p) => multi(p.interestTopics.map(labeller(INTEREST_TOPICS))),
  지원대상: (p) => plainText(p.targetAudience),
  선정기준: (p) => plainText(p.selectionCriteria),
  지원내용: (p) => [plainText(p.benefits), ...p.amounts.map(formatAmount)].filter(Boolean).join("\n"),
  신청방법: (p) =>
    [multi(p.applicationMethod.channels.map(labeller(APPLICATION_CHANNELS))), plainText(p.applicationMethod.details)]
      .filter(Boolean)
      .join("\n"),
  신청기한: (p) => periodText(p),
  신청상태: (p, { on }) => applicationStateLabel(p, on),
  접수기관명: (p) => p.applicationMethod.receivingOrganization ?? "",
  온라인신청사이트URL: (p) => p.applicationMethod.onlineUrl ?? "",
  구비서류: (p) => multi(p.requiredDocuments),
  소관기관명: (_p, { snapshot }) => snapshot.guidebook.operatorName,
  부서명: (p, { departments }) => {
    const department = p.departmentId ? departments.get(p.departmentId) : undefined;
    return department ? [department.name, department.team].filter(Boolean).join(" ") : "";
  },
  전화문의: (p) => multi(p.contacts.map((c) => `${c.label}/${c.phone}`)),
  법령: (p) => multi(p.legalBasis),
  상태: (p) => codeLabel(POLICY_STATUSES, p.status.value),
  시행일: (p) => p.status.effectiveFrom ?? "",
  확인중: (p) => (p.needsVerification ? "Y" : "N"),
  최종검토일: (p) => p.lastReviewedAt,
  출처: (p) => multi(p.sourceUrls),
  상세조회URL: (p, { siteUrl }) => siteUrl(p.id),
  수정일시: (p) => p.publishedAt,
};

/** The value of each 부서 column (order and headers: content-models `OPEN_DATA_DEPARTMENT_COLUMNS`). */
const DEPARTMENT_VALUES: Record<OpenDataDepartmentColumnName, (d: Department) => string> = {
  부서ID: (d) => d.id,
  부서명: (d) => d.name,
  팀: (d) => d.team ?? "",
  상위기관: (d) => d.organization ?? "",
  전화번호: (d) => d.phone ?? "",
  위치: (d) => d.location ?? "",
  업무: (d) => d.description ?? "",
};

/** A table of the open data: its headers and its rows of cells, every cell text, formulas neutralised. */
export type OpenDataTable = { header: string[]; rows: string[][] };

/** The 정책 table: one row per policy, in snapshot order (by stable id); 신청상태 as of `on` (KST). */
export function policyTable(
  snapshot: Snapshot,
  siteUrl: (policyId: string) => string,
  on: KstDate = todayKst(),
): OpenDataTable {
  const context: RowContext = {
    snapshot,
    departments: new Map(snapshot.departments.map((d) => [d.id, d])),
    siteUrl,
    on,
  };
  return {
    header: OPEN_DATA_POLICY_COLUMNS.map((c) => c.name),
    rows: snapshot.policies.map((p) =>
      OPEN_DATA_POLICY_COLUMNS.map((c) => neutraliseFormula(POLICY_VALUES[c.name](p, context))),
    ),
  };
}

/** The 부서 table: one row per department, in snapshot order (by stable id). */
export function departmentTable(snapshot: Snapshot): OpenDataTable {
  return {
    header: OPEN_DATA_DEPARTMENT_COLUMNS.map((c) => c.name),
    rows: snapshot.departments.map((d) =>
      OPEN_DATA_DEPARTMENT_COLUMNS.map((c) => neutraliseFormula(DEPARTMENT_VALUES[c.name](d))),
    ),
  };
}

/**
 * `policies.csv`: the 정책 table, UTF-8 with BOM so that Excel opens Korean correctly, CRLF line
 * ends, comma-separated. Columns are named after the 행정안전부 공공서비스(혜택) API fields
 * (서비스ID, 서비스명, 지원대상 …; shared/docs/domain-research.md §2a); multi-valued cells are
 * joined with `||` as that API does; formula-looking cells are neutralised (`neutraliseFormula`).
 * The site's 공공데이터 page says all this (site/src/pages/open-data.astro).
 */
export function toOpenDataCsv(
  snapshot: Snapshot,
  siteUrl: (policyId: string) => string,
  on: KstDate = todayKst(),
): string {
  const { header, rows } = policyTable(snapshot, siteUrl, on);
  return stringify([header, ...rows], { bom: true, record_delimiter: "\r\n" });
}
