import type { CollectionConfig } from "payload";
import { draftedCollectionAccess } from "../access/derive.ts";
import { reviewField } from "../fields/review.ts";
import { draftSafety } from "../hooks/draftSafety.ts";
import { normalizeNfc } from "../hooks/normalizeNfc.ts";
import { pruneDraftVersions } from "../hooks/pruneDrafts.ts";
import { rebuildAfterChange, rebuildAfterDelete, rememberLiveStatus } from "../rebuild/hooks.ts";

/**
 * The editorial workflow shared by every published collection (정책, 부서, 복지 캐릭터, 검색어 사전):
 * drafts with autosave and scheduled publishing, access from the access table (편집자 draft /
 * 검토자 publish, anonymous reads of published documents only, versions for staff only), NFC text,
 * the draft-safety guard, every published version kept (only drafts are pruned), the rebuild
 * trigger and the 검토 (review) state read by the work dashboard. Collection-specific hooks run after these.
 */
export function withPublication(
  config: CollectionConfig & { slug: "policies" | "departments" | "mascots" | "search-terms" },
): CollectionConfig {
  return {
    ...config,
    fields: [...config.fields, reviewField()],
    access: draftedCollectionAccess(config.slug),
    versions: {
      drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, schedulePublish: true },
      // Unlimited: Payload's cap would delete published versions too; `pruneDraftVersions` prunes drafts.
      maxPerDoc: 0,
    },
    hooks: {
      ...config.hooks,
      beforeOperation: [draftSafety, ...(config.hooks?.beforeOperation ?? [])],
      beforeValidate: [normalizeNfc, ...(config.hooks?.beforeValidate ?? [])],
      beforeChange: [rememberLiveStatus, ...(config.hooks?.beforeChange ?? [])],
      afterChange: [...(config.hooks?.afterChange ?? []), pruneDraftVersions, rebuildAfterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), rebuildAfterDelete],
    },
    indexes: [{ fields: ["_status", "updatedAt"] }, ...(config.indexes ?? [])],
  };
}
