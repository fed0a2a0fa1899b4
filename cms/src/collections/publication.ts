import type { CollectionConfig } from "payload";
import { canPublish } from "../access/canPublish.ts";
import { draftsOrPublisher } from "../access/draftsOrPublisher.ts";
import { isStaff } from "../access/isStaff.ts";
import { publishedOrStaff } from "../access/publishedOrStaff.ts";
import { draftSafety } from "../hooks/draftSafety.ts";
import { normalizeNfc } from "../hooks/normalizeNfc.ts";
import { rebuildAfterChange, rebuildAfterDelete, rememberLiveStatus } from "../rebuild/hooks.ts";

/**
 * The editorial workflow shared by every published collection (정책, 부서, 복지 캐릭터):
 * drafts with autosave and scheduled publishing, 편집자 draft / 검토자 publish access, anonymous
 * reads of published documents only, versions for staff only, NFC text, the draft-safety guard
 * and the rebuild trigger. Collection-specific hooks run after these.
 */
export function withPublication(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    access: {
      read: publishedOrStaff,
      readVersions: isStaff,
      create: draftsOrPublisher,
      update: draftsOrPublisher,
      delete: canPublish,
      ...config.access,
    },
    versions: {
      drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, schedulePublish: true },
      maxPerDoc: 100,
    },
    hooks: {
      ...config.hooks,
      beforeOperation: [draftSafety, ...(config.hooks?.beforeOperation ?? [])],
      beforeValidate: [normalizeNfc, ...(config.hooks?.beforeValidate ?? [])],
      beforeChange: [rememberLiveStatus, ...(config.hooks?.beforeChange ?? [])],
      afterChange: [...(config.hooks?.afterChange ?? []), rebuildAfterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), rebuildAfterDelete],
    },
    indexes: [{ fields: ["_status", "updatedAt"] }, ...(config.indexes ?? [])],
  };
}
