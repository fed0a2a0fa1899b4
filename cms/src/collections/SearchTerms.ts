import { searchTermSchema } from "@lifewelfare/content-models";
import type { CollectionConfig } from "payload";
import { text, textarea } from "payload/shared";
import { isStaff } from "../access/isStaff.ts";
import { authorStampField } from "../fields/authorStamp.ts";
import { label } from "../fields/label.ts";
import { ruleMessage, withRule } from "../fields/rules.ts";
import { validateSynonyms, validateTerm } from "../fields/searchWords.ts";
import { stableIdField } from "../fields/stableId.ts";
import { withPublication } from "./publication.ts";

const shape = searchTermSchema.shape;

/**
 * 검색어 사전: content-models `searchTermSchema` — a 대표어 and the words residents use for it
 * (같은 뜻의 말), with a 메모 for staff and the 출처 of the wording. The site applies published
 * entries when it indexes policies and reads queries (via `snapshot.searchTerms`); like every
 * published collection, 편집자 write drafts and 검토자/관리자 publish, and a publish, unpublish or
 * deletion rebuilds the site. Each word belongs to one entry only (`fields/searchWords.ts`).
 */
export const SearchTerms: CollectionConfig = withPublication({
  slug: "search-terms",
  labels: { singular: "검색어", plural: label("searchTerms") },
  admin: {
    useAsTitle: "term",
    defaultColumns: ["term", "synonymsText", "createdBy", "updatedBy", "updatedAt", "_status"],
    listSearchableFields: ["term", "synonyms", "note", "stableId"],
    description:
      "주민이 쓰는 말로도 정책이 찾아지도록, 대표어와 같은 뜻의 말을 묶습니다. 한 낱말은 한 검색어에만 넣을 수 있습니다. 편집자는 초안을 저장하고, 검토자가 게시하면 사이트에 반영됩니다.",
    group: "콘텐츠",
  },
  defaultSort: "term",
  fields: [
    {
      name: "term",
      type: "text",
      label: label("term"),
      required: true,
      unique: true,
      index: true,
      maxLength: 40,
      admin: { description: "정책에 쓰인 말, 예: 어르신" },
      validate: validateTerm,
      hooks: { beforeDuplicate: [({ value }) => (typeof value === "string" ? `${value} (복사본)` : value)] },
    },
    {
      name: "synonyms",
      type: "text",
      hasMany: true,
      label: label("synonyms"),
      required: true,
      maxLength: 40,
      admin: { description: "주민이 쓰는 말, 줄임말, 다른 표기. 하나씩 입력하고 Enter를 누르세요. 예: 노인, 할머니" },
      validate: validateSynonyms,
    },
    {
      // The list column of 같은 뜻의 말: Payload's list shows a multi-valued text as JSON.
      name: "synonymsText",
      type: "text",
      virtual: true,
      label: label("synonyms"),
      access: { read: isStaff },
      admin: { readOnly: true, condition: () => false, disableListFilter: true },
      hooks: { afterRead: [({ siblingData }) => ((siblingData?.synonyms as string[] | undefined) ?? []).join(", ")] },
    },
    stableIdField(shape.id),
    {
      name: "note",
      type: "textarea",
      label: "메모",
      maxLength: 500,
      admin: { description: "이 검색어를 둔 까닭(직원용, 주민에게는 보이지 않습니다)" },
      validate: withRule(textarea, (value) => ruleMessage(shape.note, value)),
    },
    {
      name: "sourceUrl",
      type: "text",
      label: label("sourceUrl"),
      admin: { placeholder: "https://", description: "이 낱말을 가져온 곳(복지로, 정부24 등)의 주소" },
      validate: withRule(text, (value) => ruleMessage(shape.sourceUrl, value)),
    },
    authorStampField("createdBy"),
    authorStampField("updatedBy"),
  ],
});
