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

/** A 확인 중 row: the policy, its department's id and name (null: none) and its verification note. */
export type VerifyRow = EntryRef & { departmentId: number | null; departmentName: string; verificationNote: string };

/** One department's rows on a page of the 확인 중 list. */
export type VerifyGroup = { departmentId: number | null; departmentName: string; rows: VerifyRow[] };

/** Heading of the policies without a department. */
export const NO_DEPARTMENT = "부서 미지정";

/**
 * 확인 중: policies whose latest draft has `needsVerification`, ordered by department (its id,
 * then the title), one page at a time; the page's rows are grouped by department with the
 * department's name (one further query for the names on the page).
 */
export async function toVerify(
  ctx: DashboardContext,
  page = 1,
  limit = DASHBOARD_PAGE_SIZE,
): Promise<Paged<VerifyGroup> & { count: number }> {
  const user = staffUser(ctx.user);
  const result = await ctx.payload.find({
    collection: "policies",
    where: { needsVerification: { equals: true } },
    sort: ["department", "title"],
    page,
    limit,
    draft: true,
    ...readAs(user),
    select: { title: true, department: true, verificationNote: true },
  });
  const ids = [...new Set(result.docs.flatMap((d) => (typeof d.department === "number" ? [d.department] : [])))];
  const departments = ids.length
    ? await ctx.payload.find({
        collection: "departments",
        where: { id: { in: ids } },
        limit: ids.length,
        draft: true,
        ...readAs(user),
        select: { name: true },
      })
    : { docs: [] };
  const names = new Map(departments.docs.map((d) => [d.id, d.name]));
  const list = paged(result, (doc): VerifyRow => {
    const departmentId = typeof doc.department === "number" ? doc.department : null;
    return {
      ...entryRef("policies", doc),
      departmentId,
      departmentName: (departmentId !== null && names.get(departmentId)) || NO_DEPARTMENT,
      verificationNote: doc.verificationNote ?? "",
    };
  });
  const groups: VerifyGroup[] = [];
  for (const row of list.rows) {
    const last = groups.at(-1);
    if (last && last.departmentId === row.departmentId) last.rows.push(row);
    else groups.push({ departmentId: row.departmentId, departmentName: row.departmentName, rows: [row] });
  }
  return { ...list, rows: groups, count: list.rows.length };
}
