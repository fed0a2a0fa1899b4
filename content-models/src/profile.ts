import { z } from "zod";
import { HOUSEHOLD_SITUATION_VALUES } from "./code-lists/household-situations.ts";
import { kstDate } from "./rules/kst-date.ts";

/**
 * What a resident tells the finder about themselves. Everything is optional: a missing age,
 * sex, residency or income makes conditions that need it "unknown" (the policy "may apply"),
 * never "does not apply". Lists and pregnancy are read as complete answers: no `pregnancy` means
 * not pregnant, no `children` means no children, unlisted situations do not apply.
 * Nothing of it leaves the browser.
 *
 * - `birthDate` (KST date) or `ageYears` (만 나이): the applicant's age.
 * - `pregnancy`: pregnant now (the applicant or spouse), in weeks, with the number of babies expected.
 * - `children`: each child's birth date; school grades are derived from it.
 * - `householdSituations`: the 가구상황 that apply; situations not listed are taken as not applying.
 * - `monthsResident`: months of 주민등록 in the city.
 * - `incomePercentOfMedian`: household income as % of 기준중위소득, when known.
 */
export const residentProfile = z.object({
  birthDate: kstDate.optional(),
  ageYears: z.number().int().min(0).max(130).optional(),
  sex: z.enum(["male", "female"]).optional(),
  pregnancy: z
    .object({
      weeks: z.number().int().min(0).max(45).optional(),
      babies: z.number().int().min(1).max(5).default(1),
    })
    .optional(),
  children: z.array(z.object({ birthDate: kstDate })).default([]),
  householdSituations: z.array(z.enum(HOUSEHOLD_SITUATION_VALUES)).default([]),
  monthsResident: z.number().int().min(0).max(1800).optional(),
  incomePercentOfMedian: z.number().min(0).max(1000).optional(),
});
/** A parsed resident profile (lists defaulted to empty). */
export type ResidentProfile = z.infer<typeof residentProfile>;
/** Input accepted by `residentProfile`. */
export type ResidentProfileInput = z.input<typeof residentProfile>;
