import { z } from "zod";
import { HOUSEHOLD_SITUATION_VALUES } from "./code-lists/household-situations.ts";
import { TEXT_MAX } from "./rules/limits.ts";
import { koreanText } from "./rules/text.ts";

/**
 * School grades in the Korean school year (which starts on 1 March): `pre-e1` is the school year
 * before elementary entry (입학 예정), `e1`–`e6` 초등학교, `m1`–`m3` 중학교, `h1`–`h3` 고등학교.
 * A child enters `e1` in the March after the calendar year in which they turn 6
 * (초·중등교육법 제13조).
 */
export const SCHOOL_GRADES = [
  { value: "pre-e1", label: "초등학교 입학 예정" },
  { value: "e1", label: "초등학교 1학년" },
  { value: "e2", label: "초등학교 2학년" },
  { value: "e3", label: "초등학교 3학년" },
  { value: "e4", label: "초등학교 4학년" },
  { value: "e5", label: "초등학교 5학년" },
  { value: "e6", label: "초등학교 6학년" },
  { value: "m1", label: "중학교 1학년" },
  { value: "m2", label: "중학교 2학년" },
  { value: "m3", label: "중학교 3학년" },
  { value: "h1", label: "고등학교 1학년" },
  { value: "h2", label: "고등학교 2학년" },
  { value: "h3", label: "고등학교 3학년" },
] as const;
/** One school grade value (`pre-e1`, `e1`…`h3`). */
export type SchoolGrade = (typeof SCHOOL_GRADES)[number]["value"];
/** The school grade values in order, as a non-empty tuple for `z.enum`. */
export const SCHOOL_GRADE_VALUES = SCHOOL_GRADES.map((g) => g.value) as [SchoolGrade, ...SchoolGrade[]];

/** Whose age or grade a condition tests: the applicant, or any one of the applicant's children. */
export const conditionSubject = z.enum(["applicant", "child"]);
/** `applicant` or `child`. */
export type ConditionSubject = z.infer<typeof conditionSubject>;

/**
 * An age range. `unit` is `years` (만 나이) or `months` (개월 수, e.g. "생후 24개월 미만" is
 * `{ unit: "months", max: 23 }`); units are never mixed. `min` and `max` are inclusive.
 * `multiplesOnly` (child subject): the child must be one of a multiple birth (다태아).
 */
export const ageCondition = z
  .object({
    kind: z.literal("age"),
    subject: conditionSubject.default("applicant"),
    unit: z.enum(["years", "months"]),
    min: z.number().int().min(0).max(1800).optional(),
    max: z.number().int().min(0).max(1800).optional(),
    multiplesOnly: z.boolean().optional(),
  })
  .refine((c) => c.min !== undefined || c.max !== undefined, {
    message: "최소 또는 최대 나이 중 하나는 입력하세요.",
    path: ["min"],
  })
  .refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, {
    message: "최소 나이는 최대 나이보다 클 수 없습니다.",
    path: ["max"],
  });

/** The applicant (or spouse) is pregnant, from `minWeeks` weeks, with at least `minBabies` babies. */
export const pregnancyCondition = z.object({
  kind: z.literal("pregnancy"),
  minWeeks: z.number().int().min(0).max(45).optional(),
  minBabies: z.number().int().min(1).max(5).optional(),
});

/** The resident has lived (주민등록) in the city for at least `minMonths` months. */
export const residencyCondition = z.object({
  kind: z.literal("residency"),
  minMonths: z.number().int().min(0).max(600),
});

/** Household income as % of 기준중위소득 (standard median income), inclusive bounds. */
export const incomeCondition = z
  .object({
    kind: z.literal("income"),
    maxPercentOfMedian: z.number().min(0).max(1000),
    minPercentOfMedian: z.number().min(0).max(1000).optional(),
  })
  .refine((c) => c.minPercentOfMedian === undefined || c.minPercentOfMedian <= c.maxPercentOfMedian, {
    message: "소득 하한은 상한보다 클 수 없습니다.",
    path: ["minPercentOfMedian"],
  });

/** The household is in at least one (`any`) or every (`all`) of the listed situations. */
export const householdCondition = z.object({
  kind: z.literal("household"),
  situations: z.array(z.enum(HOUSEHOLD_SITUATION_VALUES)).min(1),
  match: z.enum(["any", "all"]).default("any"),
});

/** The applicant or a child is in one of the listed school grades on the day of matching. */
export const schoolGradeCondition = z.object({
  kind: z.literal("schoolGrade"),
  subject: conditionSubject.default("child"),
  grades: z.array(z.enum(SCHOOL_GRADE_VALUES)).min(1),
});

/** The applicant's sex (e.g. 아빠 육아휴직 장려금 is for fathers). */
export const sexCondition = z.object({
  kind: z.literal("sex"),
  value: z.enum(["male", "female"]),
});

/**
 * A condition the profile cannot express (e.g. "고용보험 육아휴직급여를 받는 중"): always
 * "unknown", so the finder lists the policy as "may apply" and names this condition.
 */
export const otherCondition = z.object({
  kind: z.literal("other"),
  description: koreanText({ max: TEXT_MAX.eligibility.otherDescription }),
});

/** One eligibility condition, discriminated by `kind`; see `match()` for how each is checked. */
export const condition = z.discriminatedUnion("kind", [
  ageCondition,
  pregnancyCondition,
  residencyCondition,
  incomeCondition,
  householdCondition,
  schoolGradeCondition,
  sexCondition,
  otherCondition,
]);
/** A parsed eligibility condition. */
export type Condition = z.infer<typeof condition>;
/** Input accepted by `condition` (subject and match defaults may be omitted). */
export type ConditionInput = z.input<typeof condition>;

/**
 * Structured eligibility: the policy applies when **every** condition of **any one** rule holds
 * (an OR of ANDs), e.g. 다태아 보험: "임신 중 다태아" OR "36개월 이하 다태아 자녀".
 * `appliesToAll` marks policies for every resident (e.g. 시민안전보험) that need no rule.
 * No rules and not `appliesToAll` means eligibility is described in text only: the finder shows
 * the policy as "may apply" and points to 지원대상.
 */
export const eligibility = z.object({
  appliesToAll: z.boolean().default(false),
  rules: z
    .array(
      z.object({
        label: koreanText({ max: TEXT_MAX.eligibility.ruleLabel }).optional(),
        conditions: z.array(condition).min(1),
      }),
    )
    .default([]),
});
/** Parsed structured eligibility (rules and `appliesToAll` filled in). */
export type Eligibility = z.infer<typeof eligibility>;
/** Input accepted by `eligibility`. */
export type EligibilityInput = z.input<typeof eligibility>;
