import type { CollectionBeforeChangeHook } from "payload";

/** Stamps 게시일 (`publishedAt`, ISO UTC) whenever a version is published. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === "published") data.publishedAt = new Date().toISOString();
  return data;
};
