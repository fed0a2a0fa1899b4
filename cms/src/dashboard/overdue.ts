import { type KstDate, parseKstDate } from "@lifewelfare/content-models";
import {
  DASHBOARD_PAGE_SIZE,
  type DashboardContext,
  type EntryRef,
  entryRef,
  kstDayStart,
  type Paged,
  paged,
  readAs,
  staffUser,
} from "./query.ts";

/** A 검토 기한 지남 row: the policy and the KST day it was last reviewed (`YYYY-MM-DD`). */
export type OverdueRow = EntryRef & { lastReviewedAt: string | null };

/**
 * The KST day `months` calendar months before `today`; a day the month lacks becomes its last day
 * (2027-03-31 minus 1 month → 2027-02-28).
 */
export function monthsBefore(today: KstDate, months: number): KstDate {
  const { year, month, day } = parseKstDate(today);
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/**
 * 검토 기한 지남: policies (latest drafts) last reviewed before the day `months` months before
 * `today` (KST; reviewed exactly on that day is not overdue yet), the longest unreviewed first.
 * `months` is the configured period (`REVIEW_OVERDUE_MONTHS`, default 12).
 */
export async function overdueReview(
  ctx: DashboardContext,
  months: number,
  page = 1,
  limit = DASHBOARD_PAGE_SIZE,
): Promise<Paged<OverdueRow> & { dueBefore: KstDate }> {
  const user = staffUser(ctx.user);
  const dueBefore = monthsBefore(ctx.today, months);
  const result = await ctx.payload.find({
    collection: "policies",
    where: { lastReviewedAt: { less_than: kstDayStart(dueBefore) } },
    sort: ["lastReviewedAt", "title"],
    page,
    limit,
    draft: true,
    ...readAs(user),
    select: { title: true, lastReviewedAt: true },
  });
  return {
    ...paged(result, (doc) => ({ ...entryRef("policies", doc), lastReviewedAt: doc.lastReviewedAt ?? null })),
    dueBefore,
  };
}
