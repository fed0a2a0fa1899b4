import type { CollectionAfterChangeHook, GlobalAfterChangeHook, PayloadRequest, Where } from "payload";

/** Draft versions kept per document (the newest ones); published versions are all kept. */
export const DRAFTS_KEPT_PER_DOC = 100;
/** Draft versions kept of 안내서 설정. */
export const DRAFTS_KEPT_GUIDEBOOK = 50;

const notPublished: Where = { "version._status": { not_equals: "published" } };

/**
 * The `updatedAt` of the newest draft beyond the `keep` newest (it and every older draft go), or
 * undefined when there are at most `keep` drafts. `count` counts the draft versions (one cheap
 * query: most saves stop here); `find` lists them newest first, one per page, and reads the whole
 * version, so it runs only when there is something to prune.
 */
async function firstSurplus(
  count: () => Promise<{ totalDocs: number }>,
  find: (page: number) => Promise<{ docs: { updatedAt?: string }[] }>,
  keep: number,
): Promise<string | undefined> {
  if ((await count()).totalDocs <= keep) return undefined;
  const { docs } = await find(keep + 1);
  return docs[0]?.updatedAt;
}

/**
 * afterChange of drafted collections: Payload's `maxPerDoc` deletes the oldest versions whatever
 * their status, so an often-edited entry loses what residents were told and when. With
 * `maxPerDoc: 0` (unlimited) this prunes instead only draft versions older than the newest
 * `DRAFTS_KEPT_PER_DOC`; no version with `_status: "published"` is ever deleted.
 */
export const pruneDraftVersions: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const parent: Where = { parent: { equals: doc.id } };
  const drafts: Where = { and: [parent, notPublished] };
  const cutoff = await firstSurplus(
    () => req.payload.db.countVersions({ collection: collection.slug, where: drafts, req }),
    (page) =>
      req.payload.db.findVersions({
        collection: collection.slug,
        where: drafts,
        sort: "-updatedAt",
        limit: 1,
        page,
        pagination: true,
        req,
      }),
    DRAFTS_KEPT_PER_DOC,
  );
  if (cutoff) await deleteOlderDrafts(req, { collection: collection.slug }, [parent], cutoff);
  return doc;
};

/** afterChange of 안내서 설정: `pruneDraftVersions` for a global (keeps `DRAFTS_KEPT_GUIDEBOOK`). */
export const pruneGlobalDraftVersions: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  const cutoff = await firstSurplus(
    () => req.payload.db.countGlobalVersions({ global: global.slug, where: notPublished, req }),
    (page) =>
      req.payload.db.findGlobalVersions({
        global: global.slug,
        where: notPublished,
        sort: "-updatedAt",
        limit: 1,
        page,
        pagination: true,
        req,
      }),
    DRAFTS_KEPT_GUIDEBOOK,
  );
  if (cutoff) await deleteOlderDrafts(req, { globalSlug: global.slug }, [], cutoff);
  return doc;
};

/** Deletes the draft versions (of `owner`, matching `scope`) updated at or before `cutoff`. */
async function deleteOlderDrafts(
  req: PayloadRequest,
  owner: { collection: string } | { globalSlug: string },
  scope: Where[],
  cutoff: string,
): Promise<void> {
  await req.payload.db.deleteVersions({
    ...owner,
    req,
    where: { and: [...scope, notPublished, { updatedAt: { less_than_equal: cutoff } }] },
  } as Parameters<typeof req.payload.db.deleteVersions>[0]);
}
