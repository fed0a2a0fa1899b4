import { z } from "zod";
import { departmentSchema } from "./department.ts";
import { guidebookSettingsSchema } from "./guidebook.ts";
import { mascotAssetSchema } from "./mascot.ts";
import { policySchema } from "./policy.ts";

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
  })
  .superRefine((snapshot, ctx) => {
    const departmentIds = new Set(snapshot.departments.map((d) => d.id));
    const seenIds = new Set<string>();
    const seenSlugs = new Set<string>();
    snapshot.policies.forEach((policy, index) => {
      if (seenIds.has(policy.id)) {
        ctx.addIssue({ code: "custom", path: ["policies", index, "id"], message: `고유 ID가 중복됩니다: ${policy.id}` });
      }
      seenIds.add(policy.id);
      for (const slug of [policy.slug, ...policy.previousSlugs]) {
        if (seenSlugs.has(slug)) {
          ctx.addIssue({ code: "custom", path: ["policies", index, "slug"], message: `주소(슬러그)가 중복됩니다: ${slug}` });
        }
        seenSlugs.add(slug);
      }
      if (policy.departmentId && !departmentIds.has(policy.departmentId)) {
        ctx.addIssue({
          code: "custom",
          path: ["policies", index, "departmentId"],
          message: `없는 부서를 가리킵니다: ${policy.departmentId}`,
        });
      }
    });
  });
export type Snapshot = z.infer<typeof snapshotSchema>;
export type SnapshotInput = z.input<typeof snapshotSchema>;
