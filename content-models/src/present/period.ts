import { APPLICATION_PERIOD_KINDS } from "../code-lists/application.ts";
import type { Policy } from "../policy.ts";
import { applicationStateLabel } from "../rules/derived-status.ts";
import { formatKstDate, type KstDate } from "../rules/kst-date.ts";
import { codeLabel } from "./code-label.ts";

/** The policy fields `periodText` reads. */
export type PeriodInput = Pick<Policy, "status" | "applicationPeriod">;

/**
 * The dates of a 신청기한 as KST dates in words, "2026. 1. 1. ~ 2026. 3. 31.", "2026. 1. 1. ~" or
 * "~ 2026. 3. 31."; "" when the period has no dates.
 */
export function periodDates(period: Policy["applicationPeriod"]): string {
  const { startDate, endDate } = period;
  if (!startDate && !endDate) return "";
  return `${startDate ? formatKstDate(startDate) : ""} ~ ${endDate ? formatKstDate(endDate) : ""}`.trim();
}

/**
 * 신청기한 in words, the one wording of the site, the handbook and the open data: the kind, the
 * dates and the editor's description joined by " · ", e.g. "정해진 기간 · 2026. 1. 1. ~ 2026. 3. 31.
 * · 매년 1~3월". With `on` (a KST date), the 신청 상태 of that day follows when the dates decide one
 * ("… · 신청 마감", see `deriveStatus`); outputs that show the state elsewhere omit `on`.
 * @throws RangeError when `on` or a stored date is not a real `YYYY-MM-DD` date.
 */
export function periodText(policy: PeriodInput, on?: KstDate): string {
  const period = policy.applicationPeriod;
  const state = on ? applicationStateLabel(policy, on) : "";
  return [codeLabel(APPLICATION_PERIOD_KINDS, period.kind), periodDates(period), period.description, state]
    .filter(Boolean)
    .join(" · ");
}
