import type { Where } from "payload";
import {
  DASHBOARD_PAGE_SIZE,
  type DashboardContext,
  ENTRY_COLLECTIONS,
  type EntryCollection,
  type EntryRef,
  entryRef,
  guidebookRef,
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

/** The `review` group as read (see cms/src/fields/review.ts). */
type Review = Record<string, unknown>;

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** Which review states a list holds: the query on the collections and the same test for 안내서 설정. */
type Filter = { where: Where; matches: (review: Review) => boolean };

/**
 * One page of a review list over every drafted collection (정책, 부서, 복지 캐릭터, 검색어 사전) and
 * 안내서 설정: each collection is asked, with an indexed `where` on its latest drafts, for its first
 * rows in `sort` order; the global's latest draft is read and tested; the page is cut from the
 * merged order (`mergePages`). Entries the user cannot read are never returned (`overrideAccess: false`).
 */
function reviewPage<T extends EntryRef>(
  ctx: DashboardContext,
  filter: Filter,
  sort: { field: string; key: (row: T) => string },
  row: (ref: EntryRef, review: Review) => T,
  page: number,
  limit: number,
): Promise<Paged<T>> {
  const user = staffUser(ctx.user);
  const collections = (Object.keys(ENTRY_COLLECTIONS) as EntryCollection[]).map(
    (collection): MergeSource<T> =>
      async (upTo) => {
        const result = await ctx.payload.find({
          collection,
          where: filter.where,
          sort: sort.field,
          limit: upTo,
          draft: true,
          ...readAs(user),
          select: { [ENTRY_COLLECTIONS[collection].title]: true, review: true },
        });
        const docs = result.docs as unknown as (Record<string, unknown> & { review?: Review | null })[];
        return { rows: docs.map((doc) => row(entryRef(collection, doc), doc.review ?? {})), total: result.totalDocs };
      },
  );
  const guidebook: MergeSource<T> = async () => {
    const doc = await ctx.payload.findGlobal({
      slug: "guidebook",
      draft: true,
      ...readAs(user),
      select: { review: true },
    });
    const review = (doc.review ?? {}) as Review;
    return filter.matches(review) ? { rows: [row(guidebookRef(), review)], total: 1 } : { rows: [], total: 0 };
  };
  return mergePages(
    [...collections, guidebook],
    sort.key,
    (r) => `${r.collection}/${String(r.id).padStart(12, "0")}`,
    page,
    limit,
  );
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
    { where: { "review.state": { equals: "requested" } }, matches: (review) => review.state === "requested" },
    { field: "review.requestedAt", key: (r) => r.requestedAt ?? "" },
    (ref, review) => ({
      ...ref,
      requestedByName: text(review.requestedByName),
      requestedAt: text(review.requestedAt) || null,
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
  const me = String(staffUser(ctx.user).id);
  return reviewPage<ReturnedRow>(
    ctx,
    {
      where: { and: [{ "review.state": { equals: "returned" } }, { "review.requestedById": { equals: me } }] },
      matches: (review) => review.state === "returned" && review.requestedById === me,
    },
    // Newest first: the key is inverted so the merge sorts ascending like the queries.
    { field: "-review.returnedAt", key: (r) => invert(r.returnedAt) },
    (ref, review) => ({
      ...ref,
      returnedByName: text(review.returnedByName),
      returnedAt: text(review.returnedAt) || null,
      returnComment: text(review.returnComment),
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
