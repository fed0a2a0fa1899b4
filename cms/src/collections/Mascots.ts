import { CHAPTERS, MASCOT_POSES, TEXT_MAX } from "@lifewelfare/content-models";
import type { CollectionConfig } from "payload";
import { codeListSelect } from "../fields/codeListSelect.ts";
import { label } from "../fields/label.ts";
import { stableIdField } from "../fields/stableId.ts";
import { refuseDeleteInUse } from "../hooks/refuseDeleteInUse.ts";
import { withPublication } from "./publication.ts";

/**
 * 복지 캐릭터: one pose of the welfare character (content-models `mascotAssetSchema`). The image is
 * an upload in 이미지; `alt` here describes the pose in this use and overrides the image's own.
 * The handbook's cover character is not deleted (`refuseDeleteInUse`).
 */
export const Mascots: CollectionConfig = withPublication({
  slug: "mascots",
  labels: { singular: label("mascots"), plural: label("mascots") },
  admin: { useAsTitle: "name", defaultColumns: ["name", "pose", "chapter", "image", "_status"], group: "콘텐츠" },
  hooks: { beforeDelete: [refuseDeleteInUse([{ global: "guidebook", field: "coverMascot" }])] },
  fields: [
    { name: "name", type: "text", label: label("name"), required: true, maxLength: TEXT_MAX.mascot.name },
    stableIdField(),
    codeListSelect("pose", MASCOT_POSES, { required: true, defaultValue: "default" }),
    codeListSelect("chapter", CHAPTERS, { admin: { condition: (_data, sibling) => sibling?.pose === "chapter" } }),
    { name: "image", type: "upload", relationTo: "media", required: true, label: label("image") },
    { name: "alt", type: "text", label: label("alt"), required: true, maxLength: TEXT_MAX.imageAlt },
    { name: "usageNotes", type: "textarea", label: label("usageNotes"), maxLength: TEXT_MAX.mascot.usageNotes },
  ],
});
