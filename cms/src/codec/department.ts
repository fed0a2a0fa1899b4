import type { DepartmentInput } from "@lifewelfare/content-models";
import type { RequiredDataFromCollectionSlug } from "payload";
import type { Department } from "../payload-types.ts";
import { compact, type Exhaustive, type SameNamed, text } from "./values.ts";

/** What `payload.create({ collection: "departments" })` takes. */
export type DepartmentCmsData = RequiredDataFromCollectionSlug<"departments">;

/** Domain department → `departments` data: the stable `id` becomes `stableId`, the rest is stored as is. */
export function departmentToCms(department: DepartmentInput): DepartmentCmsData {
  const { id, ...same } = department;
  const fields: SameNamed<typeof same, DepartmentCmsData> = same;
  return { ...fields, stableId: id };
}

/** A `departments` document → department input (blank text dropped, `order` 0 by default). */
export function departmentFromCms(doc: Department): DepartmentInput {
  const department: Exhaustive<DepartmentInput> = {
    id: doc.stableId ?? undefined,
    name: doc.name,
    team: text(doc.team),
    organization: text(doc.organization),
    phone: text(doc.phone),
    location: text(doc.location),
    description: text(doc.description),
    order: doc.order ?? 0,
  };
  // A document without a stable id keeps `id` undefined; `snapshotSchema` names it on export.
  return compact(department) as DepartmentInput;
}
