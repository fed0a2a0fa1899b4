import { TEXT_MAX } from "@lifewelfare/content-models";
import type { CollectionConfig } from "payload";
import { mediaAccess } from "../access/derive.ts";
import { env } from "../env.ts";
import { label } from "../fields/label.ts";
import { normalizeNfc } from "../hooks/normalizeNfc.ts";
import { refuseDeleteInUse } from "../hooks/refuseDeleteInUse.ts";
import { ACCEPTED_IMAGE_TYPES, sanitizeUpload } from "../media/sanitizeUpload.ts";
import { dropServerOwnedFields, requireSafeFileNames } from "../media/serverOwnedFields.ts";

const webp = { format: "webp" as const, options: { quality: 82 } };

/**
 * 이미지: uploads for policies and the welfare character. Every stored file, the original included,
 * is upright and free of EXIF/GPS metadata (`sanitizeUpload`, which refuses hostile files with a
 * Korean 400); file names, sizes and dimensions are written by the server only (`serverOwnedFields`).
 * Web sizes are WebP at responsive widths; `print` is 2480 px wide — 300 dpi over a 210 mm page width, so any handbook column
 * gets at least 300 dpi. An image a policy or a character still shows is not deleted (`refuseDeleteInUse`;
 * images placed inside rich text are not searched).
 */
export const Media: CollectionConfig = {
  slug: "media",
  labels: { singular: label("image"), plural: label("images") },
  admin: { useAsTitle: "alt", group: "콘텐츠", defaultColumns: ["filename", "alt", "width", "height", "updatedAt"] },
  access: mediaAccess(),
  hooks: {
    beforeOperation: [dropServerOwnedFields, sanitizeUpload],
    beforeValidate: [normalizeNfc],
    beforeChange: [requireSafeFileNames],
    beforeDelete: [
      refuseDeleteInUse([
        { collection: "policies", fields: ["images"], titleField: "title" },
        { collection: "mascots", fields: ["image"], titleField: "name" },
      ]),
    ],
  },
  upload: {
    staticDir: env.MEDIA_DIR,
    mimeTypes: [...ACCEPTED_IMAGE_TYPES],
    adminThumbnail: "thumbnail",
    focalPoint: true,
    imageSizes: [
      { name: "thumbnail", width: 400, height: 300, position: "centre", formatOptions: webp },
      { name: "small", width: 640, formatOptions: webp },
      { name: "medium", width: 1024, formatOptions: webp },
      { name: "large", width: 1600, formatOptions: webp },
      { name: "print", width: 2480, formatOptions: { format: "webp", options: { quality: 90 } } },
    ],
  },
  fields: [
    {
      name: "alt",
      type: "text",
      label: label("alt"),
      required: true,
      maxLength: TEXT_MAX.imageAlt,
      admin: { description: "화면낭독기 사용자에게 읽어 주는 설명입니다. 그림의 내용을 한 문장으로 적어 주세요." },
    },
  ],
};
