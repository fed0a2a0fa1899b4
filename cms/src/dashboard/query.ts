import { addKstDays, type KstDate } from "@lifewelfare/content-models";
import type { Payload } from "payload";
import { hasRole } from "../access/roles.ts";
import type { User } from "../payload-types.ts";

/** Rows per page of every dashboard list. */
export const DASHBOARD_PAGE_SIZE = 10;

/**
 * What every dashboard query takes: the Local API, the signed-in staff user (queries run with
 * `overrideAccess: false` as that user, so a list never shows what the role cannot read) and
 * today's date in Korea (KST), which the date-driven lists count from.
 */
export type DashboardContext = { payload: Payload; user: User | null | undefined; today: KstDate };

/** One page of a list: its rows, the total over all pages, the page (from 1) and the page count. */
export type Paged<T> = { rows: T[]; total: number; page: number; totalPages: number };

/** A collection whose entries the dashboard lists, and the field that names an entry. */
export const ENTRY_COLLECTIONS = {
  policies: { title: "title", label: "정책" },
  departments: { title: "name", label: "부서" },
  mascots: { title: "name", label: "복지 캐릭터" },
  "search-terms": { title: "term", label: "검색어 사전" },
} as const;
export type EntryCollection = keyof typeof ENTRY_COLLECTIONS;

/** 안내서 설정 (the `guidebook` global) as an entry of the review lists. */
export const GUIDEBOOK_ENTRY = {
  collection: "guidebook",
  id: "guidebook",
  title: "안내서 설정",
  kind: "설정",
} as const;

/**
 * An entry as a dashboard row: where it lives (a collection, or `guidebook` for 안내서 설정), its
 * id, its title, what kind of entry it is (Korean) and its edit page in the admin.
 */
export type EntryRef = {
  collection: EntryCollection | "guidebook";
  id: number | string;
  title: string;
  kind: string;
  href: string;
};

/** The admin edit page of an entry (`/admin/collections/<slug>/<id>`). */
export function entryHref(collection: EntryCollection, id: number | string): string {
  return `/admin/collections/${collection}/${encodeURIComponent(String(id))}`;
}

/** The `EntryRef` of 안내서 설정 (its edit page is `/admin/globals/guidebook`). */
export function guidebookRef(): EntryRef {
  return { ...GUIDEBOOK_ENTRY, href: "/admin/globals/guidebook" };
}

/** An `EntryRef` from a document read with its title field selected (a missing title reads "(제목 없음)"). */
export function entryRef(collection: EntryCollection, doc: Record<string, unknown>): EntryRef {
  const id = doc.id as number | string;
  const title = doc[ENTRY_COLLECTIONS[collection].title];
  return {
    collection,
    id,
    title: typeof title === "string" && title ? title : "(제목 없음)",
    kind: ENTRY_COLLECTIONS[collection].label,
    href: entryHref(collection, id),
  };
}

/**
 * The staff user of a dashboard query, as the Local API's access functions expect it (with its
 * `collection`). Throws (in Korean) for anyone else: the dashboard is for signed-in 관리자, 편집자
 * and 검토자 only, never for anonymous callers.
 */
export function staffUser(user: DashboardContext["user"]): User & { collection: "users" } {
  const staff = user ? { ...user, collection: "users" as const } : null;
  if (!staff || !hasRole(staff, "admin", "editor", "publisher"))
    throw new Error("업무 현황은 로그인한 직원만 볼 수 있습니다.");
  return staff;
}

/**
 * The Local API options every dashboard read shares: no relationships populated (`depth: 0`) and
 * the user's own access (`overrideAccess: false`), so a list never holds what the role cannot read.
 */
export function readAs(user: User & { collection: "users" }) {
  return { depth: 0, overrideAccess: false, user } as const;
}

/** A page number from a query string value: a whole number ≥ 1, else 1. */
export function pageNumber(value: unknown): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** The instant a KST day starts (`2026-11-30` → `2026-11-29T15:00:00.000Z`), for date range queries. */
export function kstDayStart(day: KstDate): string {
  return new Date(`${day}T00:00:00+09:00`).toISOString();
}

/** The first instant after the KST day `day + days` (exclusive end of a range of days). */
export function kstDayEnd(day: KstDate, days = 0): string {
  return kstDayStart(addKstDays(day, days + 1));
}

/** A Payload paginated result as a `Paged` of mapped rows. */
export function paged<D, T>(
  result: { docs: D[]; totalDocs: number; page?: number; totalPages: number },
  row: (doc: D) => T,
): Paged<T> {
  return {
    rows: result.docs.map(row),
    total: result.totalDocs,
    page: result.page ?? 1,
    totalPages: Math.max(1, result.totalPages),
  };
}

/** One sorted source of a merged list: its first `upTo` rows in order, and its total count. */
export type MergeSource<T> = (upTo: number) => Promise<{ rows: T[]; total: number }>;

/**
 * One page of a list merged from several sorted sources (several collections or several date
 * fields): each source is asked for its first `page × limit` rows, the page is cut from their
 * merged order by `key` (ascending; ties by `tie`). The total is the sources' sum.
 */
export async function mergePages<T>(
  sources: MergeSource<T>[],
  key: (row: T) => string,
  tie: (row: T) => string,
  page: number,
  limit: number,
): Promise<Paged<T>> {
  const upTo = page * limit;
  const results = await Promise.all(sources.map((source) => source(upTo)));
  const total = results.reduce((sum, r) => sum + r.total, 0);
  const merged = results
    .flatMap((r) => r.rows)
    .sort((a, b) => key(a).localeCompare(key(b)) || tie(a).localeCompare(tie(b)));
  return {
    rows: merged.slice((page - 1) * limit, upTo),
    total,
    page,
    totalPages: Math.max(1, Math.ceil(total / limit)),
  };
}
