import { defineCollection } from "astro:content";
import {
  departmentSchema,
  guidebookSettingsSchema,
  mascotAssetSchema,
  policySchema,
  type Snapshot,
} from "@lifewelfare/content-models";
import type { Loader } from "astro/loaders";
import { snapshotDir } from "./config/site-env.ts";
import { readSnapshot } from "./data/read-snapshot.ts";

/**
 * A content-layer loader for one part of the published snapshot.
 *
 * The whole snapshot is validated once with `snapshotSchema` (which also checks ids, slugs and
 * department references across documents), so entries are stored as parsed rather than parsed again
 * per entry. The store is cleared first: each build shows exactly the snapshot, and an entry
 * unpublished since the last build disappears even when Astro's data store survives.
 */
function snapshotLoader(name: string, entries: (snapshot: Snapshot) => { id: string; data: object }[]): Loader {
  return {
    name: `snapshot-${name}`,
    async load({ store, generateDigest, logger }) {
      const dir = snapshotDir();
      const snapshot = await readSnapshot(dir);
      store.clear();
      const items = entries(snapshot);
      for (const { id, data } of items) {
        store.set({
          id,
          data: data as Record<string, unknown>,
          digest: generateDigest(data as Record<string, unknown>),
        });
      }
      logger.info(`${items.length} ${name} from ${dir}`);
    },
  };
}

export const collections = {
  policies: defineCollection({
    loader: snapshotLoader("policies", (s) => s.policies.map((p) => ({ id: p.id, data: p }))),
    schema: policySchema,
  }),
  departments: defineCollection({
    loader: snapshotLoader("departments", (s) => s.departments.map((d) => ({ id: d.id, data: d }))),
    schema: departmentSchema,
  }),
  mascots: defineCollection({
    loader: snapshotLoader("mascots", (s) => s.mascots.map((m) => ({ id: m.id, data: m }))),
    schema: mascotAssetSchema,
  }),
  guidebook: defineCollection({
    loader: snapshotLoader("guidebook", (s) => [{ id: "guidebook", data: s.guidebook }]),
    schema: guidebookSettingsSchema,
  }),
};
