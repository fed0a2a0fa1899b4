import type { ImageRef, PolicyInput } from "@lifewelfare/content-models";
import type { RequiredDataFromCollectionSlug } from "payload";
import type { Policy } from "../payload-types.ts";
import type { FromCmsContext, ToCmsContext } from "./context.ts";
import { eligibilityFromCms, eligibilityToCms } from "./eligibility.ts";
import { compact, type Exhaustive, kstDay, listOf, type RichText, type SameNamed, text } from "./values.ts";

/** What `payload.create({ collection: "policies" })` takes (system fields optional). */
export type PolicyCmsData = RequiredDataFromCollectionSlug<"policies">;

/**
 * A policy on its way into the CMS: `PolicyInput` whose fields the CMS fills itself may be left
 * out (`slug` from the title, `publishedAt` on publish); the seed files leave them out, a snapshot
 * import keeps them.
 */
export type PolicyToCmsInput = Omit<PolicyInput, "slug" | "publishedAt"> &
  Partial<Pick<PolicyInput, "slug" | "publishedAt">>;

/** How a policy document is named in errors and warnings: 정책 「서비스명」 (stable id). */
const policyName = (title: string, id: string | number) => `정책 「${title}」 (${id})`;

/**
 * Domain policy → `policies` data. Rich text goes through `context.toRichText`; the stable `id`
 * becomes `stableId` (Payload owns `id`); department stable ids become CMS ids; images become the
 * ids of their uploaded media; conditions become blocks. Fields left undefined are left out, so an
 * update keeps what the input does not mention.
 * @throws Error (Korean) naming the policy when it refers to a department the CMS does not hold.
 */
export function policyToCms(policy: PolicyToCmsInput, context: ToCmsContext): PolicyCmsData {
  const name = policyName(policy.title, policy.id);
  const departmentDocId = (stableId: string | undefined) => {
    if (!stableId) return undefined;
    const docId = context.departmentDocId(stableId);
    if (docId === undefined) throw new Error(`${name}: 없는 부서 ${stableId}`);
    return docId;
  };
  const rich = (source: string | undefined) => (source ? context.toRichText(source) : undefined);
  const {
    id,
    departmentId,
    targetAudience,
    selectionCriteria,
    benefits,
    applicationMethod,
    contacts,
    eligibility,
    images,
    ...same
  } = policy;
  const data = {
    ...storedAsIs(same),
    stableId: id,
    department: departmentDocId(departmentId),
    targetAudience: rich(targetAudience),
    selectionCriteria: rich(selectionCriteria),
    benefits: rich(benefits),
    applicationMethod: { ...applicationMethod, details: rich(applicationMethod.details) },
    contacts: contacts?.map(({ departmentId: contactDepartment, ...contact }) => ({
      ...contact,
      department: departmentDocId(contactDepartment),
    })),
    eligibility: eligibilityToCms(eligibility),
    images: images?.map(context.mediaDocId),
  };
  // `targetAudience` and `benefits` are required by the schema but may be blank in a seed file;
  // the CMS then refuses the document with its own Korean message, as for any missing field.
  return compact(data) as PolicyCmsData;
}

/** The policy fields the CMS stores under the same name and shape (checked: see `SameNamed`). */
function storedAsIs<T extends object>(fields: SameNamed<T, PolicyCmsData>): T {
  return fields;
}

/**
 * A `policies` document (depth 1) → the snapshot's policy input, validated afterwards with
 * `policySchema`. Rich text becomes sanitised HTML (`context.toHtml`); relationships become stable
 * ids; dates become KST days; empty values are dropped so that the schema's defaults apply.
 */
export function policyFromCms(doc: Policy, context: FromCmsContext): PolicyInput {
  const name = policyName(doc.title, doc.stableId ?? doc.id);
  const html = (state: RichText | null | undefined) => context.toHtml(state, name);
  const method = doc.applicationMethod;
  const period = doc.applicationPeriod;
  const policy: Exhaustive<PolicyInput> = {
    id: doc.stableId ?? undefined,
    slug: doc.slug ?? undefined,
    previousSlugs: listOf(doc.previousSlugs),
    title: doc.title,
    summary: doc.summary,
    lifeStages: listOf(doc.lifeStages),
    primaryChapter: doc.primaryChapter,
    householdSituations: listOf(doc.householdSituations),
    interestTopics: listOf(doc.interestTopics),
    supportTypes: listOf(doc.supportTypes),
    targetAudience: html(doc.targetAudience),
    selectionCriteria: html(doc.selectionCriteria),
    eligibility: eligibilityFromCms(doc.eligibility),
    benefits: html(doc.benefits),
    amounts: listOf(doc.amounts).map((amount) =>
      compact({
        label: text(amount.label),
        amountKrw: amount.amountKrw,
        period: amount.period,
        upTo: Boolean(amount.upTo),
        maxCount: amount.maxCount ?? undefined,
        maxTotalKrw: amount.maxTotalKrw ?? undefined,
      } satisfies Exhaustive<NonNullable<PolicyInput["amounts"]>[number]>),
    ),
    applicationMethod: compact({
      channels: listOf(method?.channels),
      receivingOrganization: text(method?.receivingOrganization),
      onlineUrl: text(method?.onlineUrl),
      details: html(method?.details),
    } satisfies Exhaustive<PolicyInput["applicationMethod"]>),
    applicationPeriod: compact({
      kind: period.kind,
      startDate: kstDay(period.startDate),
      endDate: kstDay(period.endDate),
      description: text(period.description),
    } satisfies Exhaustive<NonNullable<PolicyInput["applicationPeriod"]>>),
    requiredDocuments: listOf(doc.requiredDocuments),
    departmentId: context.departmentStableId(doc.department),
    contacts: listOf(doc.contacts).map((contact) =>
      compact({
        label: contact.label,
        departmentId: context.departmentStableId(contact.department),
        phone: contact.phone,
      } satisfies Exhaustive<NonNullable<PolicyInput["contacts"]>[number]>),
    ),
    legalBasis: listOf(doc.legalBasis),
    status: compact({
      value: doc.status.value,
      effectiveFrom: kstDay(doc.status.effectiveFrom),
      effectiveUntil: kstDay(doc.status.effectiveUntil),
      note: text(doc.status.note),
    } satisfies Exhaustive<PolicyInput["status"]>),
    isNew: Boolean(doc.isNew),
    isLocal: Boolean(doc.isLocal),
    gov24ServiceId: text(doc.gov24ServiceId),
    bokjiroServId: text(doc.bokjiroServId),
    sourceUrls: listOf(doc.sourceUrls),
    lastReviewedAt: kstDay(doc.lastReviewedAt),
    needsVerification: Boolean(doc.needsVerification),
    verificationNote: text(doc.verificationNote),
    images: listOf(doc.images)
      .map(context.imageRef)
      .filter((image): image is ImageRef => image !== undefined),
    publishedAt: new Date(doc.publishedAt ?? doc.updatedAt).toISOString(),
  };
  // Required fields the document lacks stay undefined here; `policySchema` names them on export.
  return compact(policy) as PolicyInput;
}
