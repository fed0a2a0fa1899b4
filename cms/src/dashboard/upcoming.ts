import { addKstDays, type KstDate, toKstDate } from "@lifewelfare/content-models";
import {
  DASHBOARD_PAGE_SIZE,
  type DashboardContext,
  type EntryRef,
  entryRef,
  kstDayEnd,
  kstDayStart,
  type MergeSource,
  mergePages,
  type Paged,
  readAs,
  staffUser,
} from "./query.ts";

/** How many days ahead 곧 바뀜 looks (today included). */
export const UPCOMING_DAYS = 30;

/** The dates 곧 바뀜 watches: the policy field and its Korean name. */
export const UPCOMING_DATES = [
  { field: "status.effectiveFrom", label: "시행일" },
  { field: "status.effectiveUntil", label: "종료일" },
  { field: "applicationPeriod.startDate", label: "신청 시작일" },
  { field: "applicationPeriod.endDate", label: "신청기한" },
] as const;

/** A 곧 바뀜 row: the policy, which date falls in the window (its Korean name) and the KST day. */
export type UpcomingRow = EntryRef & { what: (typeof UPCOMING_DATES)[number]["label"]; on: KstDate };

const at = (doc: Record<string, unknown>, field: string): unknown =>
  field.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], doc);

/**
 * 곧 바뀜: published policies with a 시행일, 종료일, 신청 시작일 or 신청기한 from `today` through
 * `today + days` (KST calendar days, both ends included), soonest first. A policy appears once per
 * date in the window. One indexed range query per date field, merged (`mergePages`).
 */
export async function upcomingChanges(
  ctx: DashboardContext,
  page = 1,
  limit = DASHBOARD_PAGE_SIZE,
  days = UPCOMING_DAYS,
): Promise<Paged<UpcomingRow> & { until: KstDate }> {
  const user = staffUser(ctx.user);
  const from = kstDayStart(ctx.today);
  const to = kstDayEnd(ctx.today, days);
  const sources = UPCOMING_DATES.map(
    ({ field, label }): MergeSource<UpcomingRow> =>
      async (upTo) => {
        const result = await ctx.payload.find({
          collection: "policies",
          where: {
            and: [
              { _status: { equals: "published" } },
              { [field]: { greater_than_equal: from } },
              { [field]: { less_than: to } },
            ],
          },
          sort: [field, "title"],
          limit: upTo,
          ...readAs(user),
          select: { title: true, status: true, applicationPeriod: true },
        });
        return {
          rows: result.docs.map((doc) => ({
            ...entryRef("policies", doc),
            what: label,
            on: toKstDate(String(at(doc, field))),
          })),
          total: result.totalDocs,
        };
      },
  );
  const list = await mergePages(
    sources,
    (r) => r.on,
    (r) => r.title,
    page,
    limit,
  );
  return { ...list, until: addKstDays(ctx.today, days) };
}
