import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  PayloadRequest,
} from "payload";
import { rebuildFor } from "./index.ts";
import { ACTION_WORDS, recordRebuildStatus } from "./status.ts";
import type { PublicationChange } from "./types.ts";

type Doc = { id?: number | string; _status?: string | null; title?: string; name?: string; term?: string };

const stashKey = (entity: string, id: unknown) => `rebuild:mainStatus:${entity}:${String(id ?? "")}`;

/**
 * beforeChange: remembers whether the live (main) document was published before this write, so
 * that afterChange can tell a draft save from an unpublish.
 */
export const rememberLiveStatus: CollectionBeforeChangeHook = async ({ operation, originalDoc, req, collection }) => {
  if (operation !== "update" || !originalDoc?.id) return;
  const live = (await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    req,
  })) as Doc | null;
  req.context[stashKey(collection.slug, originalDoc.id)] = live?._status ?? null;
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
  if (context.skipRebuild) return doc;
  const d = doc as Doc;
  const wasPublished = operation === "update" && req.context[stashKey(collection.slug, d.id)] === "published";
  const action = await publicationAction(d._status, wasPublished, async () => {
    const live = (await req.payload.db.findOne({
      collection: collection.slug,
      where: { id: { equals: d.id } },
      req,
    })) as Doc | null;
    return live?._status === "published";
  });
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
