import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  PayloadRequest,
} from "payload";
import { rebuildFor } from "./index.ts";
import { ACTION_WORDS, recordRebuildStatus } from "./status.ts";
import type { PublicationChange } from "./types.ts";

type Doc = { id?: number | string; _status?: string | null; title?: string; name?: string; term?: string };

const stashKey = (entity: string, id: unknown) => `rebuild:mainStatus:${entity}:${String(id ?? "")}`;
const draftKey = (entity: string, id: unknown) => `rebuild:draftWrite:${entity}:${String(id ?? "")}`;

/**
 * beforeOperation (after `draftSafety`, which may turn an update into one): notes whether an update
 * of one document is a draft write (`draft: true`). Payload writes only a version then, never the
 * live document, so a draft save that does not publish needs no read of the live status.
 */
export const rememberDraftWrite: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { id, draft } = args as { id?: number | string; draft?: boolean };
  if (operation === "update" && id !== undefined) req.context[draftKey(collection.slug, id)] = Boolean(draft);
  return args;
};

/** True when this write of `id` is a draft save that leaves the live document as it was. */
const isDraftSave = (req: PayloadRequest, entity: string, id: unknown, status: unknown) =>
  status !== "published" && req.context[draftKey(entity, id)] === true;

/**
 * `_status` of the live (main) document, read alone: reading the whole document (every array,
 * block and relation table) twice was a quarter of a draft save's time (`pnpm bench --only saves`).
 */
async function liveStatus(req: PayloadRequest, collection: string, id: unknown): Promise<string | null> {
  const live = (await req.payload.db.findOne({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    select: { _status: true },
    req,
  })) as Doc | null;
  return live?._status ?? null;
}

/**
 * beforeChange: remembers whether the live (main) document was published before this write, so
 * that afterChange can tell a draft save from an unpublish (not needed for a `rememberDraftWrite`
 * draft save).
 */
export const rememberLiveStatus: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
  collection,
}) => {
  if (operation !== "update" || !originalDoc?.id) return;
  if (isDraftSave(req, collection.slug, originalDoc.id, data?._status)) return;
  req.context[stashKey(collection.slug, originalDoc.id)] = await liveStatus(req, collection.slug, originalDoc.id);
};

/** Global variant of `rememberLiveStatus`. */
export const rememberLiveGlobalStatus: GlobalBeforeChangeHook = async ({ global, req }) => {
  const live = (await req.payload.db.findGlobal({ slug: global.slug, req })) as Doc | null;
  req.context[stashKey(global.slug, global.slug)] = live?._status ?? null;
};

/**
 * afterChange: when the live document was published (new content on the site) or unpublished,
 * records the change and notifies the debounced rebuild. Draft saves change nothing.
 * Never throws: a failure here must not undo or block the edit.
 */
export const rebuildAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req, collection, context }) => {
  const d = doc as Doc;
  if (context.skipRebuild || isDraftSave(req, collection.slug, d.id, d._status)) return doc;
  const wasPublished = operation === "update" && req.context[stashKey(collection.slug, d.id)] === "published";
  const action = await publicationAction(
    d._status,
    wasPublished,
    async () => (await liveStatus(req, collection.slug, d.id)) === "published",
  );
  if (action)
    await notify(req, {
      entity: collection.slug,
      documentId: String(d.id),
      title: titleOf(d, collection.slug),
      action,
      at: new Date().toISOString(),
    });
  return doc;
};

/** afterDelete: deleting a published document also changes the site. */
export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection, context }) => {
  const d = doc as Doc;
  if (context.skipRebuild || d._status !== "published") return doc;
  await notify(req, {
    entity: collection.slug,
    documentId: String(d.id),
    title: titleOf(d, collection.slug),
    action: "delete",
    at: new Date().toISOString(),
  });
  return doc;
};

/** Global variant of `rebuildAfterChange`. */
export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req, global, context }) => {
  if (context.skipRebuild) return doc;
  const d = doc as Doc;
  const action = await publicationAction(
    d._status,
    req.context[stashKey(global.slug, global.slug)] === "published",
    async () => {
      const live = (await req.payload.db.findGlobal({ slug: global.slug, req })) as Doc | null;
      return live?._status === "published";
    },
  );
  if (action)
    await notify(req, {
      entity: global.slug,
      documentId: global.slug,
      title: String(global.label ?? global.slug),
      action,
      at: new Date().toISOString(),
    });
  return doc;
};

/**
 * A write that leaves `_status: "published"` is a publish (see `draftSafety`: nothing else writes
 * "published"). A "draft" write is an unpublish only when the live document was published before
 * and is not any more; otherwise it was a draft save, invisible on the site.
 */
async function publicationAction(
  status: string | null | undefined,
  wasPublished: boolean,
  isLiveNow: () => Promise<boolean>,
): Promise<PublicationChange["action"] | null> {
  if (status === "published") return "publish";
  if (status === "draft" && wasPublished && !(await isLiveNow())) return "unpublish";
  return null;
}

function titleOf(doc: Doc, entity: string): string {
  return String(doc.title ?? doc.name ?? doc.term ?? `${entity} ${doc.id ?? ""}`).trim();
}

async function notify(req: PayloadRequest, change: PublicationChange): Promise<void> {
  try {
    await recordRebuildStatus(
      req.payload,
      {
        state: "pending",
        step: "변경 기록",
        message: `${ACTION_WORDS[change.action]}: ${change.title} — 잠시 후 사이트를 다시 만듭니다.`,
        at: change.at,
        changes: [change],
      },
      req,
    );
  } catch (error) {
    req.payload.logger.error({ err: error }, "[rebuild] could not record the change");
  }
  try {
    rebuildFor(req.payload).notify(change);
  } catch (error) {
    req.payload.logger.error({ err: error }, "[rebuild] could not schedule the rebuild");
  }
}
