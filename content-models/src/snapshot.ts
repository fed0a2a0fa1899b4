import { z } from "zod";
import { departmentSchema } from "./department.ts";
import { guidebookSettingsSchema } from "./guidebook.ts";
import { mascotAssetSchema } from "./mascot.ts";
import { policySchema } from "./policy.ts";
import { searchTermSchema } from "./search-term.ts";

/** Bumped on any incompatible change of the snapshot shape. */
export const SNAPSHOT_SCHEMA_VERSION = 1;

/**
 * Snapshot: one published edition of all content, the contract between `cms` and everything
 * downstream (site, PDF, open data). Written by `pnpm export` as `snapshot.json` with a `media/`
 * folder beside it.
 *
 * - `generatedAt` is derived from the content (the newest publish time), so the same content
 *   gives the same bytes.
 * - Collections are sorted by stable id; references use stable ids, never database ids.
 * - Cross-document rules: policy and department ids and policy slugs (current and previous) are
 *   unique; every `departmentId` (policy or contact) names a department of the snapshot; the
 *   guidebook's `coverMascotId` names a mascot of the snapshot.
 * - Rich text is already converted to sanitised HTML.
 */
export const snapshotSchema = z
  .object({
    schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
    generatedAt: z.iso.datetime({ offset: true }),
    guidebook: guidebookSettingsSchema,
    departments: z.array(departmentSchema),
    mascots: z.array(mascotAssetSchema),
    policies: z.array(policySchema),
    /** 검색어 사전, sorted by id; absent in snapshots written before it existed. */
    searchTerms: z.array(searchTermSchema).default([]),
  })
  .superRefine((snapshot, ctx) => {
    const departmentIds = new Set<string>();
    snapshot.departments.forEach((department, index) => {
      if (departmentIds.has(department.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["departments", index, "id"],
          message: `부서 ID가 중복됩니다: ${department.id}`,
        });
      }
      departmentIds.add(department.id);
    });
    const mascotIds = new Set(snapshot.mascots.map((m) => m.id));
    const { coverMascotId } = snapshot.guidebook;
    if (coverMascotId !== undefined && !mascotIds.has(coverMascotId)) {
      ctx.addIssue({
        code: "custom",
        path: ["guidebook", "coverMascotId"],
        message: `없는 캐릭터를 가리킵니다: ${coverMascotId}`,
      });
    }
    const unknownDepartment = (departmentId: string | undefined, path: (string | number)[]) => {
      if (departmentId && !departmentIds.has(departmentId)) {
        ctx.addIssue({ code: "custom", path, message: `없는 부서를 가리킵니다: ${departmentId}` });
      }
    };
    const seenIds = new Set<string>();
    const seenSlugs = new Set<string>();
    snapshot.policies.forEach((policy, index) => {
      if (seenIds.has(policy.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["policies", index, "id"],
          message: `고유 ID가 중복됩니다: ${policy.id}`,
        });
      }
      seenIds.add(policy.id);
      // A policy may repeat its own slug in previousSlugs; only clashes between policies count.
      for (const slug of new Set([policy.slug, ...policy.previousSlugs])) {
        if (seenSlugs.has(slug)) {
          ctx.addIssue({
            code: "custom",
            path: ["policies", index, "slug"],
            message: `주소(슬러그)가 중복됩니다: ${slug}`,
          });
        }
        seenSlugs.add(slug);
      }
      unknownDepartment(policy.departmentId, ["policies", index, "departmentId"]);
      policy.contacts.forEach((contact, contactIndex) => {
        unknownDepartment(contact.departmentId, ["policies", index, "contacts", contactIndex, "departmentId"]);
      });
    });
  });
/** A parsed snapshot. */
export type Snapshot = z.infer<typeof snapshotSchema>;
/** Input accepted by `snapshotSchema`. */
export type SnapshotInput = z.input<typeof snapshotSchema>;
