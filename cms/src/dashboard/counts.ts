import { LIFE_STAGES } from "@lifewelfare/content-models";
import { type DashboardContext, readAs, staffUser } from "./query.ts";

/** A count of policies under one heading (a 생애주기 or a 부서) and a link to that filtered list. */
export type CountRow = { label: string; count: number; href: string };

/** The admin's policy list filtered by `field` = `value` (Payload's `where` query string). */
function listHref(field: string, operator: string, value: string | number): string {
  return `/admin/collections/policies?${encodeURIComponent(`where[${field}][${operator}]`)}=${encodeURIComponent(String(value))}`;
}

/**
 * Policies per 생애주기 (a policy counts under each of its stages) and per 부서 (the departments
 * the user can read, by name), as live documents the user can read (`overrideAccess: false`).
 * One `count` query per heading: 8 stages and one per department, never the documents themselves.
 */
export async function policyCounts(
  ctx: DashboardContext,
): Promise<{ lifeStages: CountRow[]; departments: CountRow[] }> {
  const user = staffUser(ctx.user);
  const count = async (where: Parameters<typeof ctx.payload.count>[0]["where"]) =>
    (await ctx.payload.count({ collection: "policies", where, ...readAs(user) })).totalDocs;
  const departments = await ctx.payload.find({
    collection: "departments",
    sort: "name",
    limit: 0,
    pagination: false,
    ...readAs(user),
    select: { name: true },
  });
  const [lifeStages, perDepartment] = await Promise.all([
    Promise.all(
      LIFE_STAGES.map(async ({ value, label }) => ({
        label,
        count: await count({ lifeStages: { in: [value] } }),
        href: listHref("lifeStages", "in", value),
      })),
    ),
    Promise.all(
      departments.docs.map(async (d) => ({
        label: d.name,
        count: await count({ department: { equals: d.id } }),
        href: listHref("department", "equals", d.id),
      })),
    ),
  ]);
  return { lifeStages, departments: perDepartment };
}
