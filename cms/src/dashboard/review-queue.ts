import type { Where } from "payload";
import {
  DASHBOARD_PAGE_SIZE,
  type DashboardContext,
  ENTRY_COLLECTIONS,
  type EntryCollection,
  type EntryRef,
  entryRef,
  type MergeSource,
  mergePages,
  type Paged,
  readAs,
  staffUser,
} from "./query.ts";

/** A 검토 대기 row: the entry, who asked for the review (name as recorded) and when (UTC instant). */
export type PendingRow = EntryRef & { requestedByName: string; requestedAt: string | null };

/** A 반려됨 row: the entry, who returned it, when (UTC instant) and the reason given. */
export type ReturnedRow = EntryRef & { returnedByName: string; returnedAt: string | null; returnComment: string };

type ReviewDoc = Record<string, unknown> & { review?: Record<string, unknown> | null };

const text = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * One page of a review list over every drafted collection (정책, 부서, 복지 캐릭터, 검색어 사전):
 * each is asked, with an indexed `where` on its latest drafts, for its first rows in `sort`
 * order, and the page is cut from the merged order (`mergePages`). Entries the user cannot read
 * are never returned (`overrideAccess: false`).
 */
function reviewPage<T extends EntryRef>(
  ctx: DashboardContext,
  where: Where,
  sort: { field: string; key: (row: T) => string },
  row: (collection: EntryCollection, doc: ReviewDoc) => T,
  page: number,
  limit: number,
): Promise<Paged<T>> {
  const user = staffUser(ctx.user);
  const sources = (Object.keys(ENTRY_COLLECTIONS) as EntryCollection[]).map(
    (collection): MergeSource<T> =>
      async (upTo) => {
        const result = await ctx.payload.find({
          collection,
          where,
          sort: sort.field,
          limit: upTo,
          draft: true,
          ...readAs(user),
          select: { [ENTRY_COLLECTIONS[collection].title]: true, review: true },
        });
        return {
          rows: result.docs.map((doc) => row(collection, doc as unknown as ReviewDoc)),
          total: result.totalDocs,
        };
      },
  );
  return mergePages(sources, sort.key, (r) => `${r.collection}/${String(r.id).padStart(12, "0")}`, page, limit);
}

/**
 * 검토 대기: entries whose latest draft is in `review.state` = `requested`, oldest request first
 * (`review.requestedAt` ascending), with who asked and when.
 */
export async function pendingReview(
  ctx: DashboardContext,
  page = 1,
  limit = DASHBOARD_PAGE_SIZE,
): Promise<Paged<PendingRow>> {
  return reviewPage<PendingRow>(
    ctx,
    { "review.state": { equals: "requested" } },
    { field: "review.requestedAt", key: (r) => r.requestedAt ?? "" },
    (collection, doc) => ({
      ...entryRef(collection, doc),
      requestedByName: text(doc.review?.requestedByName),
      requestedAt: text(doc.review?.requestedAt) || null,
    }),
    page,
    limit,
  );
}

/**
 * 반려됨 (mine): entries in `review.state` = `returned` whose last review request was made by the
 * signed-in user (`review.requestedById`), most recently returned first, with the reason.
 */
export async function myReturned(
  ctx: DashboardContext,
  page = 1,
  limit = DASHBOARD_PAGE_SIZE,
): Promise<Paged<ReturnedRow>> {
  const user = staffUser(ctx.user);
  return reviewPage<ReturnedRow>(
    ctx,
    { and: [{ "review.state": { equals: "returned" } }, { "review.requestedById": { equals: String(user.id) } }] },
    // Newest first: the key is inverted so the merge sorts ascending like the queries.
    { field: "-review.returnedAt", key: (r) => invert(r.returnedAt) },
    (collection, doc) => ({
      ...entryRef(collection, doc),
      returnedByName: text(doc.review?.returnedByName),
      returnedAt: text(doc.review?.returnedAt) || null,
      returnComment: text(doc.review?.returnComment),
    }),
    page,
    limit,
  );
}

/** A sort key that orders ISO instants newest first under ascending string comparison. */
function invert(instant: string | null): string {
  const ms = instant ? Date.parse(instant) : 0;
  return String(9_999_999_999_999 - ms).padStart(13, "0");
}
