import type { Access, CollectionConfig, GlobalConfig } from "payload";
import { env } from "../env.ts";
import { admitPublicRead } from "../server/publicReadLimit.ts";
import { liveMediaIds } from "./liveMedia.ts";
import { ACCESS_TABLE, actorOf, grants, may, type Operation, type Target } from "./table.ts";

type DraftedTarget = "policies" | "departments" | "mascots" | "search-terms" | "guidebook";

/**
 * Payload asks one access function for several of the table's operations (bulk update uses
 * `update`, bulk delete `delete`, duplicate `create`); the table must then grant them alike.
 * @throws Error at config time when the table asks for a difference Payload cannot enforce.
 */
function requireSameGrant(target: Target, a: Operation, b: Operation): void {
  const row: Partial<Record<Operation, readonly string[]>> = ACCESS_TABLE[target];
  if ((row[a] ?? []).join() !== (row[b] ?? []).join())
    throw new Error(`access table: ${target}.${a} must grant the same actors as ${target}.${b}`);
}

/**
 * Read of drafted content: who may read drafts reads everything; who may only read gets the
 * documents whose main record is published, decided by `_status` in the query itself so it holds
 * whatever `draft` flag a REST, GraphQL or Local API caller sends. Anonymous callers read only while
 * `CMS_PUBLIC_READ` is on, each request spending one point of its address (429 past the limit).
 */
function draftedRead(target: DraftedTarget): Access {
  return async ({ req }) => {
    if (may(req, target, "readDrafts")) return true;
    const actor = actorOf(req);
    if (!grants(target, "read", actor, { publicRead: env.CMS_PUBLIC_READ })) return false;
    if (actor === "anonymous") await admitPublicRead(req);
    return { _status: { equals: "published" } };
  };
}

/**
 * Create/update of drafted content: writing `_status: "published"` needs `publish`, anything else
 * the draft operation. Payload's admin asks with `{ _status: "published" }` to decide whether to
 * show the publish and schedule buttons; a restore asks with the restored status (and is guarded
 * again by `draftSafety`).
 */
function draftedWrite(target: DraftedTarget, draftOperation: "create" | "update"): Access {
  return ({ req, data }) =>
    may(req, target, (data as { _status?: unknown } | undefined)?._status === "published" ? "publish" : draftOperation);
}

/** `access` of a drafted collection (정책, 부서, 복지 캐릭터, 검색어 사전), from `ACCESS_TABLE`. */
export function draftedCollectionAccess(target: Exclude<DraftedTarget, "guidebook">): CollectionConfig["access"] {
  requireSameGrant(target, "duplicate", "create");
  requireSameGrant(target, "bulkUpdate", "update");
  requireSameGrant(target, "bulkDelete", "delete");
  return {
    read: draftedRead(target),
    readVersions: ({ req }) => may(req, target, "readVersions"),
    create: draftedWrite(target, "create"),
    update: draftedWrite(target, "update"),
    delete: ({ req }) => may(req, target, "delete"),
  };
}

/** `access` of the drafted global 안내서 설정, from `ACCESS_TABLE`. */
export function draftedGlobalAccess(target: "guidebook"): GlobalConfig["access"] {
  return {
    read: draftedRead(target),
    readVersions: ({ req }) => may(req, target, "readVersions"),
    update: draftedWrite(target, "update"),
  };
}

/**
 * `access` of 이미지 (media), from `ACCESS_TABLE`: 편집자 change only images no published
 * document uses (a `where` on the id), 검토자/관리자 any (M2).
 */
export function mediaAccess(): CollectionConfig["access"] {
  requireSameGrant("media", "readFile", "read");
  requireSameGrant("media", "duplicate", "create");
  requireSameGrant("media", "bulkUpdate", "updateUnused");
  requireSameGrant("media", "bulkDelete", "delete");
  return {
    read: ({ req }) => may(req, "media", "read"),
    create: ({ req }) => may(req, "media", "create"),
    update: async ({ req }) => {
      if (may(req, "media", "updateLive")) return true;
      if (!may(req, "media", "updateUnused")) return false;
      const live = await liveMediaIds(req);
      return live.length === 0 ? true : { id: { not_in: live } };
    },
    delete: ({ req }) => may(req, "media", "delete"),
  };
}
