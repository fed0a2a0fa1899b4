import { SCHOOL_GRADE_VALUES, type SchoolGrade } from "./eligibility.ts";
import { type KstDate, parseKstDate } from "./rules/kst-date.ts";

/**
 * 만 나이 (international age in completed years) on a KST day. A birthday counts from the day
 * itself; someone born on 29 February becomes a year older on 1 March in common years
 * (민법 제158조·제160조 ③: with no matching day, the period ends on the month's last day).
 * @throws RangeError on an invalid date or when `on` is before `birthDate`.
 */
export function ageInYears(birthDate: KstDate, on: KstDate): number {
  const b = parseKstDate(birthDate);
  const d = parseKstDate(on);
  if (on < birthDate) throw new RangeError(`${on} is before the birth date ${birthDate}`);
  const hadBirthday = d.month > b.month || (d.month === b.month && d.day >= b.day);
  return d.year - b.year - (hadBirthday ? 0 : 1);
}

/**
 * Age in completed months (개월 수, as in "생후 24개월 미만") on a KST day. A month is complete on
 * the same day-of-month; a birth on the 31st completes in a short month on the 1st of the next.
 * @throws RangeError on an invalid date or when `on` is before `birthDate`.
 */
export function ageInMonths(birthDate: KstDate, on: KstDate): number {
  const b = parseKstDate(birthDate);
  const d = parseKstDate(on);
  if (on < birthDate) throw new RangeError(`${on} is before the birth date ${birthDate}`);
  const months = (d.year - b.year) * 12 + (d.month - b.month);
  return months - (d.day >= b.day ? 0 : 1);
}

/**
 * The Korean school year a day falls in: it starts on 1 March, so 2027-02-10 is in school
 * year 2026.
 */
export function schoolYearOf(on: KstDate): number {
  const { year, month } = parseKstDate(on);
  return month >= 3 ? year : year - 1;
}

/**
 * The school grade of a child on a KST day, derived from the birth date: a child enters
 * 초등학교 1학년 in the March after the calendar year in which they turn 6 (초·중등교육법 제13조 ①),
 * i.e. in school year birthYear + 7. Returns `pre-e1` for the school year before entry, `null`
 * before that or after 고3. Early or late entry and grade repetition are not modelled.
 */
export function schoolGradeOn(birthDate: KstDate, on: KstDate): SchoolGrade | null {
  const { year: birthYear } = parseKstDate(birthDate);
  const index = schoolYearOf(on) - (birthYear + 7) + 1; // 0 = pre-e1, 1 = e1 … 12 = h3
  if (index < 0) return null;
  return SCHOOL_GRADE_VALUES[index] ?? null;
}
