import {
  type ConditionInput,
  type DepartmentInput,
  type GuidebookSettingsInput,
  type ImageRef,
  type PolicyInput,
  toKstDate,
} from "@lifewelfare/content-models";
import type { RichTextContext } from "./rich-text.ts";
import { richTextToHtml } from "./rich-text.ts";

/** A Payload document as the Local API returns it (depth 1: relationships populated). */
export type CmsDoc = Record<string, unknown> & { id: string | number };

/** What the mappers need besides the document. */
export type MapContext = Omit<RichTextContext, "warn"> & {
  /** Warnings are collected per document. */
  warn: (document: string, message: string) => void;
  /** The stable id of a department given as a CMS id or populated document. */
  departmentStableId: (value: unknown) => string | undefined;
  /** An ImageRef for an uploaded media document (populated), registering its files for copying. */
  imageRef: (value: unknown) => ImageRef | undefined;
};

const str = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;
const num = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
const rows = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
const kst = (value: unknown): string | undefined => (str(value) ? toKstDate(value as string) : undefined);

/** Drops keys whose value is undefined or null, so that zod defaults and optionals apply. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/**
 * A published `policies` document → the snapshot's Policy input (validated later with
 * `policySchema`). Rich text becomes sanitised HTML; relationships become stable ids; dates KST days.
 */
export function policyFromCms(doc: CmsDoc, context: MapContext): PolicyInput {
  const name = `정책 「${String(doc.title ?? "")}」 (${String(doc.stableId ?? doc.id)})`;
  const richContext: RichTextContext = { ...context, warn: (message) => context.warn(name, message) };
  const html = (value: unknown) => richTextToHtml(value as never, richContext);
  const method = (doc.applicationMethod ?? {}) as Record<string, unknown>;
  const period = (doc.applicationPeriod ?? {}) as Record<string, unknown>;
  const status = (doc.status ?? {}) as Record<string, unknown>;
  const eligibility = (doc.eligibility ?? {}) as Record<string, unknown>;
  return compact({
    id: doc.stableId as string,
    slug: doc.slug as string,
    previousSlugs: list(doc.previousSlugs),
    title: doc.title as string,
    summary: doc.summary as string,
    lifeStages: list(doc.lifeStages) as PolicyInput["lifeStages"],
    primaryChapter: doc.primaryChapter as PolicyInput["primaryChapter"],
    householdSituations: list(doc.householdSituations) as PolicyInput["householdSituations"],
    interestTopics: list(doc.interestTopics) as PolicyInput["interestTopics"],
    supportTypes: list(doc.supportTypes) as PolicyInput["supportTypes"],
    targetAudience: html(doc.targetAudience) as never,
    selectionCriteria: html(doc.selectionCriteria) as never,
    eligibility: {
      appliesToAll: Boolean(eligibility.appliesToAll),
      rules: rows(eligibility.rules).map((rule) =>
        compact({
          label: str(rule.label),
          conditions: rows(rule.conditions).map(blockToCondition),
        }),
      ),
    },
    benefits: html(doc.benefits) as never,
    amounts: rows(doc.amounts).map((a) =>
      compact({
        label: str(a.label),
        amountKrw: a.amountKrw as number,
        period: a.period as never,
        upTo: Boolean(a.upTo),
        maxCount: num(a.maxCount),
        maxTotalKrw: num(a.maxTotalKrw),
      }),
    ),
    applicationMethod: compact({
      channels: list(method.channels) as never,
      receivingOrganization: str(method.receivingOrganization),
      onlineUrl: str(method.onlineUrl),
      details: html(method.details) as never,
    }),
    applicationPeriod: compact({
      kind: (str(period.kind) ?? "unknown") as never,
      startDate: kst(period.startDate),
      endDate: kst(period.endDate),
      description: str(period.description),
    }),
    requiredDocuments: list(doc.requiredDocuments),
    departmentId: context.departmentStableId(doc.department),
    contacts: rows(doc.contacts).map((c) =>
      compact({
        label: c.label as string,
        departmentId: context.departmentStableId(c.department),
        phone: c.phone as string,
      }),
    ),
    legalBasis: list(doc.legalBasis),
    status: compact({
      value: status.value as never,
      effectiveFrom: kst(status.effectiveFrom),
      effectiveUntil: kst(status.effectiveUntil),
      note: str(status.note),
    }),
    isNew: Boolean(doc.isNew),
    isLocal: Boolean(doc.isLocal),
    gov24ServiceId: str(doc.gov24ServiceId),
    bokjiroServId: str(doc.bokjiroServId),
    sourceUrls: list(doc.sourceUrls),
    lastReviewedAt: kst(doc.lastReviewedAt) as string,
    needsVerification: Boolean(doc.needsVerification),
    verificationNote: str(doc.verificationNote),
    images: (Array.isArray(doc.images) ? doc.images : [])
      .map(context.imageRef)
      .filter((i): i is ImageRef => Boolean(i)),
    publishedAt: new Date(String(doc.publishedAt ?? doc.updatedAt)).toISOString(),
  }) as PolicyInput;
}

/** `{ blockType: "age", id, blockName, … }` → `{ kind: "age", … }` (empty fields dropped). */
export function blockToCondition(block: Record<string, unknown>): ConditionInput {
  const { blockType, id: _id, blockName: _name, ...fields } = block;
  return compact({ kind: blockType, ...fields }) as unknown as ConditionInput;
}

/** A `departments` document → Department input. */
export function departmentFromCms(doc: CmsDoc): DepartmentInput {
  return compact({
    id: doc.stableId as string,
    name: doc.name as string,
    team: str(doc.team),
    organization: str(doc.organization),
    phone: str(doc.phone),
    location: str(doc.location),
    description: str(doc.description),
    order: num(doc.order) ?? 0,
  });
}

/** The `guidebook` global → GuidebookSettings input (발간사 as sanitised HTML). */
export function guidebookFromCms(doc: Record<string, unknown>, context: MapContext): GuidebookSettingsInput {
  const coverMascot = doc.coverMascot as Record<string, unknown> | string | undefined;
  return compact({
    title: doc.title as string,
    subtitle: str(doc.subtitle),
    editionYear: doc.editionYear as number,
    cityName: doc.cityName as string,
    operatorName: doc.operatorName as string,
    isGovernmentOperator: Boolean(doc.isGovernmentOperator),
    foreword: richTextToHtml(doc.foreword as never, {
      ...context,
      warn: (m) => context.warn("안내서 설정 › 발간사", m),
    }) as never,
    mainPhone: doc.mainPhone as string,
    contacts: rows(doc.contacts).map((c) => ({ label: c.label as string, phone: c.phone as string })),
    siteOrigin: str(doc.siteOrigin),
    coverMascotId: typeof coverMascot === "object" && coverMascot ? str(coverMascot.stableId) : undefined,
    openDataLicense: str(doc.openDataLicense) as GuidebookSettingsInput["openDataLicense"],
  });
}
