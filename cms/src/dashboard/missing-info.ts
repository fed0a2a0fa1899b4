import {
  DASHBOARD_PAGE_SIZE,
  type DashboardContext,
  type EntryRef,
  entryRef,
  type Paged,
  paged,
  readAs,
  staffUser,
} from "./query.ts";

/** What a published policy lacks, in the words staff see. */
export const MISSING = {
  phone: "연락처 전화번호",
  applicationDetails: "신청방법 안내",
  sourceUrl: "출처 주소",
} as const;
export type Missing = keyof typeof MISSING;

/** A 빠진 정보 row: the policy and what it lacks (in `MISSING` order). */
export type MissingRow = EntryRef & { missing: Missing[] };

/**
 * 빠진 정보: published policies without a contact phone (no 연락처 with a phone), without 신청방법
 * details (`applicationMethod.details` empty) or without a source URL (`sourceUrls` empty), by
 * title. One query (`or` of the three); the page's rows say which are missing.
 */
export async function missingInfo(
  ctx: DashboardContext,
  page = 1,
  limit = DASHBOARD_PAGE_SIZE,
): Promise<Paged<MissingRow>> {
  const user = staffUser(ctx.user);
  const result = await ctx.payload.find({
    collection: "policies",
    where: {
      and: [
        { _status: { equals: "published" } },
        {
          or: [
            { "contacts.phone": { exists: false } },
            { "applicationMethod.details": { exists: false } },
            { sourceUrls: { exists: false } },
          ],
        },
      ],
    },
    sort: ["title", "id"],
    page,
    limit,
    ...readAs(user),
    select: { title: true, contacts: true, applicationMethod: { details: true }, sourceUrls: true },
  });
  return paged(result, (doc) => {
    const missing: Missing[] = [];
    if (!doc.contacts?.some((c) => c.phone)) missing.push("phone");
    if (!doc.applicationMethod?.details) missing.push("applicationDetails");
    if (!doc.sourceUrls?.length) missing.push("sourceUrl");
    return { ...entryRef("policies", doc), missing };
  });
}
