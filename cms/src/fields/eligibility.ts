import {
  ageCondition,
  conditionSubject,
  ELIGIBILITY_WORDS,
  HOUSEHOLD_SITUATIONS,
  householdCondition,
  incomeCondition,
  SCHOOL_GRADES,
  sexCondition,
  TEXT_MAX,
} from "@lifewelfare/content-models";
import type { Block, Field, GroupField } from "payload";
import { number } from "payload/shared";
import { codeListSelect } from "./codeListSelect.ts";
import { label } from "./label.ts";
import { siblingRule, withRule } from "./rules.ts";

/** The editor-facing words of the condition kinds and options (content-models `ELIGIBILITY_WORDS`). */
const WORDS = ELIGIBILITY_WORDS;

function options<K extends string>(values: readonly K[], words: Record<K, string>) {
  return values.map((value) => ({ value, label: words[value] }));
}

const toModel = (kind: string) => (sibling: Record<string, unknown>) => ({ ...sibling, kind });

const subjectField = (defaultValue: "applicant" | "child"): Field => ({
  name: "subject",
  type: "select",
  label: label("subject"),
  required: true,
  defaultValue,
  options: options(conditionSubject.options, WORDS.subject),
});

/** One block per condition kind of content-models `condition`. */
const conditionBlocks: Block[] = [
  {
    slug: "age",
    labels: { singular: WORDS.kinds.age, plural: WORDS.kinds.age },
    fields: [
      subjectField("applicant"),
      {
        name: "unit",
        type: "select",
        label: label("unit"),
        required: true,
        defaultValue: "years",
        options: options(ageCondition.shape.unit.options, WORDS.unit),
      },
      {
        name: "min",
        type: "number",
        label: label("min"),
        min: 0,
        validate: withRule(number, siblingRule(ageCondition, "min", toModel("age"))),
      },
      {
        name: "max",
        type: "number",
        label: label("max"),
        min: 0,
        validate: withRule(number, siblingRule(ageCondition, "max", toModel("age"))),
      },
      { name: "multiplesOnly", type: "checkbox", label: label("multiplesOnly") },
    ],
  },
  {
    slug: "pregnancy",
    labels: { singular: WORDS.kinds.pregnancy, plural: WORDS.kinds.pregnancy },
    fields: [
      { name: "minWeeks", type: "number", label: label("minWeeks"), min: 0, max: 45 },
      { name: "minBabies", type: "number", label: label("minBabies"), min: 1, max: 5 },
    ],
  },
  {
    slug: "residency",
    labels: { singular: WORDS.kinds.residency, plural: WORDS.kinds.residency },
    fields: [{ name: "minMonths", type: "number", label: label("minMonths"), required: true, min: 0, max: 600 }],
  },
  {
    slug: "income",
    labels: { singular: WORDS.kinds.income, plural: WORDS.kinds.income },
    fields: [
      {
        name: "maxPercentOfMedian",
        type: "number",
        label: label("maxPercentOfMedian"),
        required: true,
        min: 0,
        max: 1000,
      },
      {
        name: "minPercentOfMedian",
        type: "number",
        label: label("minPercentOfMedian"),
        min: 0,
        max: 1000,
        validate: withRule(number, siblingRule(incomeCondition, "minPercentOfMedian", toModel("income"))),
      },
    ],
  },
  {
    slug: "household",
    labels: { singular: WORDS.kinds.household, plural: WORDS.kinds.household },
    fields: [
      codeListSelect("situations", HOUSEHOLD_SITUATIONS, { hasMany: true, required: true }),
      {
        name: "match",
        type: "select",
        label: label("match"),
        required: true,
        defaultValue: "any",
        options: options(householdCondition.shape.match.unwrap().options, WORDS.match),
      },
    ],
  },
  {
    slug: "schoolGrade",
    labels: { singular: WORDS.kinds.schoolGrade, plural: WORDS.kinds.schoolGrade },
    fields: [subjectField("child"), codeListSelect("grades", SCHOOL_GRADES, { hasMany: true, required: true })],
  },
  {
    slug: "sex",
    labels: { singular: WORDS.kinds.sex, plural: WORDS.kinds.sex },
    fields: [
      {
        name: "value",
        type: "select",
        label: WORDS.kinds.sex,
        required: true,
        options: options(sexCondition.shape.value.options, WORDS.sex),
      },
    ],
  },
  {
    slug: "other",
    labels: { singular: WORDS.kinds.other, plural: WORDS.kinds.other },
    fields: [
      {
        name: "description",
        type: "textarea",
        label: label("description"),
        required: true,
        maxLength: TEXT_MAX.eligibility.otherDescription,
      },
    ],
  },
];

/**
 * 자격 조건 (content-models `eligibility`): an OR of rules, each an AND of conditions; one block per
 * condition kind (the block slug is the condition's `kind`).
 */
export function eligibilityField(): GroupField {
  return {
    name: "eligibility",
    type: "group",
    label: label("eligibility"),
    fields: [
      { name: "appliesToAll", type: "checkbox", label: label("appliesToAll"), defaultValue: false },
      {
        name: "rules",
        type: "array",
        label: label("rules"),
        labels: { singular: "조건 묶음", plural: "조건 묶음" },
        admin: { description: "묶음 중 하나라도 모든 조건을 충족하면 대상입니다." },
        fields: [
          { name: "label", type: "text", label: label("label"), maxLength: TEXT_MAX.eligibility.ruleLabel },
          {
            name: "conditions",
            type: "blocks",
            label: label("conditions"),
            minRows: 1,
            required: true,
            blocks: conditionBlocks,
          },
        ],
      },
    ],
  };
}
