import type { CollectionBeforeChangeHook } from "payload";

/**
 * Stamps 게시일 (`publishedAt`, ISO UTC) whenever a version is published. An import of a published
 * edition (`context.keepPublishedAt`, set by `pnpm import`) keeps the edition's own publish times,
 * so that export → import → export gives the same snapshot.
 */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, context }) => {
  if (data._status !== "published") return data;
  if (context.keepPublishedAt && typeof data.publishedAt === "string" && data.publishedAt) return data;
  data.publishedAt = new Date().toISOString();
  return data;
};
