import type { CollectionConfig } from "payload";
import { draftedCollectionAccess } from "../access/derive.ts";
import { reviewField } from "../fields/review.ts";
import { reviewPanelField } from "../fields/reviewPanel.ts";
import { draftSafety } from "../hooks/draftSafety.ts";
import { normalizeNfc } from "../hooks/normalizeNfc.ts";
import { pruneDraftVersions } from "../hooks/pruneDrafts.ts";
import { rebuildAfterChange, rebuildAfterDelete, rememberDraftWrite, rememberLiveStatus } from "../rebuild/hooks.ts";
import { reviewEndpoint, verifyEndpoint } from "../review/endpoints.ts";
import { recordReviewOnSave, reviewStateOnSave } from "../review/hooks.ts";

/**
 * The editorial workflow shared by every published collection (정책, 부서, 복지 캐릭터, 검색어 사전):
 * drafts with autosave and scheduled publishing, access from the access table (편집자 draft /
 * 검토자 publish, anonymous reads of published documents only, versions for staff only), NFC text,
 * the draft-safety guard, every published version kept (only drafts are pruned), the rebuild
 * trigger, and the 검토 (review) workflow: the state read by the work dashboard, its endpoint
 * `POST /:id/review`, the state a save leads to and its record in 검토 기록 (정책 also get
 * `POST /verify`, 확인 완료). Collection-specific hooks run after these.
 */
export function withPublication(
  config: CollectionConfig & { slug: "policies" | "departments" | "mascots" | "search-terms" },
): CollectionConfig {
  return {
    ...config,
    fields: [reviewPanelField(), ...config.fields, reviewField()],
    endpoints: [
      ...(config.endpoints || []),
      reviewEndpoint(config.slug),
      ...(config.slug === "policies" ? [verifyEndpoint] : []),
    ],
    access: draftedCollectionAccess(config.slug),
    versions: {
      drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, schedulePublish: true },
      // Unlimited: Payload's cap would delete published versions too; `pruneDraftVersions` prunes drafts.
      maxPerDoc: 0,
    },
    hooks: {
      ...config.hooks,
      beforeOperation: [draftSafety, rememberDraftWrite, ...(config.hooks?.beforeOperation ?? [])],
      beforeValidate: [normalizeNfc, ...(config.hooks?.beforeValidate ?? [])],
      beforeChange: [rememberLiveStatus, reviewStateOnSave, ...(config.hooks?.beforeChange ?? [])],
      afterChange: [...(config.hooks?.afterChange ?? []), recordReviewOnSave, pruneDraftVersions, rebuildAfterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), rebuildAfterDelete],
    },
    indexes: [{ fields: ["_status", "updatedAt"] }, ...(config.indexes ?? [])],
  };
}
