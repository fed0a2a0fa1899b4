import {
  AMOUNT_PERIODS,
  APPLICATION_CHANNELS,
  APPLICATION_PERIOD_KINDS,
  CHAPTERS,
  HOUSEHOLD_SITUATIONS,
  INTEREST_TOPICS,
  LIFE_STAGES,
  POLICY_STATUSES,
  policySchema,
  policySlug,
  SECTION_HEADINGS,
  SUPPORT_TYPES,
  TEXT_MAX,
} from "@lifewelfare/content-models";
import type { CollectionConfig } from "payload";
import { select, text } from "payload/shared";
import { writtenByServer } from "../../access/writtenByServer.ts";
import { codeListSelect } from "../../fields/codeListSelect.ts";
import { eligibilityField } from "../../fields/eligibility.ts";
import { httpsUrlField } from "../../fields/httpsUrl.ts";
import { kstDateField } from "../../fields/kstDate.ts";
import { label } from "../../fields/label.ts";
import { phoneField } from "../../fields/phone.ts";
import { richTextField } from "../../fields/richText.ts";
import { ruleMessage, withRule } from "../../fields/rules.ts";
import { stableIdField } from "../../fields/stableId.ts";
import { textListField } from "../../fields/textList.ts";
import { withPublication } from "../publication.ts";
import { stampPublishedAt } from "./hooks/publishedAt.ts";
import { manageSlug } from "./hooks/slug.ts";
import { applicationPeriodEndRule, primaryChapterRule, scheduledNeedsDateRule, statusUntilRule } from "./rules.ts";

const shape = policySchema.shape;

/**
 * 정책: every field of content-models `policySchema`, authored by 편집자 as drafts and published by
 * 검토자. Anonymous API callers see published documents only. Dates are KST days (see
 * `kstDateField`); rich text is Lexical (exported as sanitised HTML); `department` and
 * `contacts.department` relate to 부서 (exported as their stable ids).
 */
export const Policies: CollectionConfig = withPublication({
  slug: "policies",
  labels: { singular: label("policies"), plural: label("policies") },
  admin: {
    useAsTitle: "title",
    defaultColumns: ["title", "lifeStages", "status.value", "department", "lastReviewedAt", "_status"],
    listSearchableFields: ["title", "summary", "slug", "stableId"],
    description: "생애복지 정책을 작성하고 검토합니다. 편집자는 초안을 저장하고, 검토자가 게시합니다.",
    group: "콘텐츠",
    // 미리 보기: `preview` only switches Payload's preview slot on; the button asks for an expiring
    // link itself (endpoints/preview.ts), so Payload's own preview URL is never made.
    preview: () => null,
    components: { edit: { PreviewButton: "/components/PreviewButton#PreviewButton" } },
  },
  hooks: { beforeChange: [manageSlug, stampPublishedAt] },
  // Public reads filter on `_status` and list newest first (the REST default sort is -createdAt).
  // Without this index SQLite sorts every published policy, building each row's arrays and
  // blocks first: 11 s per list request at 5,000 policies, 65 ms with it (`pnpm bench 5000`).
  // The admin's draft list has the same problem on the versions table; the migration
  // `20261129_182607_list_indexes` adds that index by hand (its `latest` column is not a field here).
  indexes: [{ fields: ["_status", "createdAt"] }],
  fields: [
    { name: "title", type: "text", label: label("title"), required: true, maxLength: TEXT_MAX.policy.title },
    stableIdField(),
    {
      name: "slug",
      type: "text",
      label: label("slug"),
      unique: true,
      index: true,
      admin: {
        position: "sidebar",
        description:
          "서비스명에서 자동으로 만들어지며, 서비스명을 바꿔도 유지됩니다. 바꾸면 이전 주소는 계속 연결됩니다.",
      },
    },
    {
      name: "previousSlugs",
      type: "text",
      hasMany: true,
      label: label("previousSlugs"),
      // Written only by `manageSlug` (and imports through the Local API): they become redirect paths (M6).
      access: { create: () => false, update: writtenByServer },
      validate: (values: string[] | null | undefined) => {
        for (const value of values ?? []) {
          const message = ruleMessage(policySlug, value);
          if (message !== true) return `"${value}": ${message}`;
        }
        return true;
      },
      admin: { position: "sidebar", readOnly: true },
    },
    {
      type: "tabs",
      tabs: [
        {
          label: SECTION_HEADINGS.atAGlance,
          fields: [
            {
              name: "summary",
              type: "textarea",
              label: label("summary"),
              required: true,
              maxLength: TEXT_MAX.policy.summary,
            },
            codeListSelect("lifeStages", LIFE_STAGES, { hasMany: true, index: true }),
            codeListSelect("primaryChapter", CHAPTERS, {
              required: true,
              validate: withRule(select, (value, _sibling, data) => primaryChapterRule(value, data)),
            }),
            codeListSelect("householdSituations", HOUSEHOLD_SITUATIONS, { hasMany: true }),
            codeListSelect("interestTopics", INTEREST_TOPICS, { hasMany: true }),
            codeListSelect("supportTypes", SUPPORT_TYPES, { hasMany: true }),
            {
              name: "department",
              type: "relationship",
              relationTo: "departments",
              label: label("departmentId"),
              index: true,
            },
            { name: "images", type: "upload", relationTo: "media", hasMany: true, label: label("images") },
          ],
        },
        {
          label: SECTION_HEADINGS.who,
          fields: [
            richTextField("targetAudience", { required: true }),
            richTextField("selectionCriteria"),
            eligibilityField(),
          ],
        },
        {
          label: SECTION_HEADINGS.what,
          fields: [
            richTextField("benefits", { required: true }),
            {
              name: "amounts",
              type: "array",
              label: label("amounts"),
              labels: { singular: label("amounts"), plural: label("amounts") },
              fields: [
                { name: "label", type: "text", label: label("label"), maxLength: TEXT_MAX.policy.amountLabel },
                {
                  name: "amountKrw",
                  type: "number",
                  label: label("amountKrw"),
                  required: true,
                  min: 0,
                  max: 10_000_000_000,
                },
                codeListSelect("period", AMOUNT_PERIODS, { required: true, defaultValue: "once" }),
                { name: "upTo", type: "checkbox", label: label("upTo"), defaultValue: false },
                { name: "maxCount", type: "number", label: label("maxCount"), min: 1 },
                { name: "maxTotalKrw", type: "number", label: label("maxTotalKrw"), min: 1 },
              ],
            },
          ],
        },
        {
          label: SECTION_HEADINGS.how,
          fields: [
            {
              name: "applicationMethod",
              type: "group",
              label: label("applicationMethod"),
              fields: [
                codeListSelect("channels", APPLICATION_CHANNELS, { hasMany: true }),
                {
                  name: "receivingOrganization",
                  type: "text",
                  label: label("receivingOrganization"),
                  maxLength: TEXT_MAX.policy.receivingOrganization,
                },
                httpsUrlField("onlineUrl"),
                richTextField("details"),
              ],
            },
            {
              name: "applicationPeriod",
              type: "group",
              label: label("applicationPeriod"),
              fields: [
                codeListSelect("kind", APPLICATION_PERIOD_KINDS, { required: true, defaultValue: "unknown" }),
                kstDateField("startDate"),
                kstDateField("endDate", {}, applicationPeriodEndRule),
                {
                  name: "description",
                  type: "text",
                  label: label("description"),
                  maxLength: TEXT_MAX.policy.periodDescription,
                },
              ],
            },
            textListField("requiredDocuments", shape.requiredDocuments),
          ],
        },
        {
          label: SECTION_HEADINGS.contact,
          fields: [
            {
              name: "contacts",
              type: "array",
              label: label("contacts"),
              labels: { singular: label("contacts"), plural: label("contacts") },
              fields: [
                {
                  name: "label",
                  type: "text",
                  label: label("label"),
                  required: true,
                  maxLength: TEXT_MAX.policy.contactLabel,
                },
                { name: "department", type: "relationship", relationTo: "departments", label: label("departmentId") },
                phoneField({ required: true }),
              ],
            },
            textListField("legalBasis", shape.legalBasis),
          ],
        },
        {
          label: SECTION_HEADINGS.source,
          fields: [
            textListField("sourceUrls", shape.sourceUrls, { admin: { placeholder: "https://" } }),
            {
              name: "gov24ServiceId",
              type: "text",
              label: label("gov24ServiceId"),
              validate: withRule(text, (value) => ruleMessage(shape.gov24ServiceId, value)),
            },
            {
              name: "bokjiroServId",
              type: "text",
              label: label("bokjiroServId"),
              validate: withRule(text, (value) => ruleMessage(shape.bokjiroServId, value)),
            },
            { name: "needsVerification", type: "checkbox", label: label("needsVerification"), defaultValue: false },
            {
              name: "verificationNote",
              type: "textarea",
              label: label("verificationNote"),
              maxLength: TEXT_MAX.policy.verificationNote,
              admin: { condition: (data) => Boolean(data?.needsVerification) },
            },
          ],
        },
      ],
    },
    {
      name: "status",
      type: "group",
      label: label("status"),
      admin: { position: "sidebar" },
      fields: [
        codeListSelect("value", POLICY_STATUSES, {
          required: true,
          defaultValue: "active",
          index: true,
          label: "시행 상태",
        }),
        kstDateField("effectiveFrom", {}, (value, _sibling, data) => scheduledNeedsDateRule(value, data)),
        kstDateField("effectiveUntil", {}, statusUntilRule),
        { name: "note", type: "text", label: label("note"), maxLength: TEXT_MAX.policy.statusNote },
      ],
    },
    { name: "isNew", type: "checkbox", label: label("isNew"), defaultValue: false, admin: { position: "sidebar" } },
    { name: "isLocal", type: "checkbox", label: label("isLocal"), defaultValue: false, admin: { position: "sidebar" } },
    kstDateField("lastReviewedAt", {
      required: true,
      index: true,
      admin: { position: "sidebar", date: { pickerAppearance: "dayOnly", displayFormat: "yyyy. M. d." } },
    }),
    {
      name: "publishedAt",
      type: "date",
      label: label("publishedAt"),
      admin: {
        position: "sidebar",
        readOnly: true,
        date: { pickerAppearance: "dayAndTime", displayFormat: "yyyy. M. d. HH:mm" },
      },
    },
  ],
});
