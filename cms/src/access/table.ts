import type { PayloadRequest } from "payload";
import { hasRole } from "./roles.ts";

/**
 * Who may do what in the CMS: the single source of truth for access. Every collection and global
 * the API exposes (our own and those Payload adds) has a row; every operation Payload offers on it
 * is a column; each cell lists the actors allowed. The access of drafted content and media
 * (`derive.ts`), the draft-safety and restore guards (`hooks/draftSafety.ts`), the jobs collection,
 * the schedule guards and `payload-jobs-stats` (`jobs/`) and `POST /api/rebuild` are derived from
 * it with `may`; the rest (users, 배포 상태, Payload's own preferences and locks) keep their access
 * functions and are checked against it. `cms/test/access-matrix.test.ts` runs every cell over REST,
 * GraphQL and the Local API and fails on any Payload route or GraphQL field that no row names
 * (the routes and fields behind each operation are in `routes.ts`).
 * The promise it encodes: only 검토자 and 관리자 change what residents see.
 */

/** The actors: anonymous visitors and the three staff roles (see `roles.ts`). */
export const ACTORS = ["anonymous", "editor", "publisher", "admin"] as const;
export type Actor = (typeof ACTORS)[number];
/** The actors allowed to do an operation. */
export type Grant = readonly Actor[];

const ALL: Grant = ACTORS;
const STAFF: Grant = ["editor", "publisher", "admin"];
const PUBLISHERS: Grant = ["publisher", "admin"];
const ADMIN: Grant = ["admin"];
const NOBODY: Grant = [];

/** What each operation means, in Payload terms (the routes it covers are in `REST_ROUTES`). */
export const OPERATIONS = {
  read: "find/findByID/count of the live documents (anonymous, only with `publicRead`: published ones, for any `draft` flag)",
  readDrafts: "read the latest drafts (`draft=true`) and unpublished documents",
  readVersions: "list and read versions (`/versions`, `versions…` in GraphQL)",
  create: "create a document as a draft",
  update: "save a draft of a document (an update without `draft` becomes a draft save)",
  publish: "write `_status: published` (create, update, bulk update)",
  unpublish: "write `_status: draft` onto a published document (otherwise only a draft save)",
  delete: "delete one document",
  duplicate: "duplicate a document (the copy starts as a draft)",
  bulkUpdate: "update many documents by `where` (as draft saves)",
  bulkDelete: "delete many documents by `where`",
  restoreAsDraft: "restore a version with `draft=true`",
  restoreAsPublished: "restore a version as the live document",
  schedulePublish: "a `schedulePublish` job that publishes (runs as the user who scheduled it)",
  scheduleUnpublish: "a `schedulePublish` job that unpublishes",
  docAccess: "ask which operations the caller may do (`/access`)",
  updateUnused: "change the alt text or replace the file of an image no published document uses",
  updateLive: "change the alt text or replace the file of an image a published document uses",
  readFile: "download an uploaded file (`/file/:filename`)",
  pasteUrl: "fetch an image from a URL into an upload (`/paste-url`; off: `upload.pasteURL` is not set)",
  readOwn: "read one's own account or preferences",
  readOthers: "read other staff accounts",
  updateOwn: "update one's own account (name, password) or preferences",
  updateOthers: "update other staff accounts",
  changeRole: "set a user's role",
  unlock: "unlock an account locked after failed logins",
  login: "log in, log out, `me`, refresh the token, `init`",
  firstRegister: "create the first 관리자 (`first-register`); refused to everyone once any user exists",
  forgotPassword: "ask for or use a password reset token",
  verify: "verify an e-mail address (verification is off)",
  adminPanel: "open the admin (`access.admin`)",
  run: "run due jobs now (`/payload-jobs/run`, `/handle-schedules`)",
  queue: "queue a job through the Local API with `overrideAccess: false` (`payload.jobs.queue`)",
  cancel: "cancel queued jobs (`payload.jobs.cancel`)",
  trigger: "start a site rebuild now (`POST /api/rebuild`)",
  ogImage: "the admin's Open Graph preview image (`GET /api/og`)",
  requestReview: "검토 요청: ask for a review of a draft (`POST /:id/review` with `action: request`)",
  returnReview: "반려: send a requested entry back with a required comment (`action: return`)",
  approveReview: "게시 승인: publish now or schedule (`action: approve`); the same cell as `publish`",
  markChecked: "확인 완료: set `lastReviewedAt` to today (KST), clear 확인 중, keep a note (`POST /verify`)",
  preview: "ask for a 미리 보기 link to a policy's latest draft (`POST /api/preview/:id`)",
  previewView: "open one's own 미리 보기 link: the page, its files and the print previews (`GET /api/preview/:token…`)",
} as const;
export type Operation = keyof typeof OPERATIONS;

/** A row: the allowed actors for each operation that exists on the collection or global. */
export type Row = Partial<Record<Operation, Grant>>;

/** The review workflow on drafted content: 검토 요청 by any staff member, 반려 and 게시 승인 by 검토자/관리자. */
const reviewed: Row = { requestReview: STAFF, returnReview: PUBLISHERS, approveReview: PUBLISHERS };

/** Policies, departments, mascots, search terms: drafts by 편집자, publication by 검토자/관리자. */
const drafted: Row = {
  read: STAFF,
  readDrafts: STAFF,
  readVersions: STAFF,
  create: STAFF,
  update: STAFF,
  publish: PUBLISHERS,
  unpublish: PUBLISHERS,
  delete: PUBLISHERS,
  duplicate: STAFF,
  bulkUpdate: STAFF,
  bulkDelete: PUBLISHERS,
  restoreAsDraft: PUBLISHERS,
  restoreAsPublished: PUBLISHERS,
  schedulePublish: PUBLISHERS,
  scheduleUnpublish: PUBLISHERS,
  docAccess: ALL,
  ...reviewed,
};

/** Payload registers version routes on every collection; those without versions answer none. */
const noVersions: Row = { readVersions: NOBODY, restoreAsDraft: NOBODY, restoreAsPublished: NOBODY };

/** A collection only server code writes: read by `read`, no write for any API caller, no versions. */
function serverWritten(read: Grant): Row {
  const refused = { create: NOBODY, update: NOBODY, delete: NOBODY, bulkUpdate: NOBODY, bulkDelete: NOBODY };
  return { ...noVersions, ...refused, duplicate: NOBODY, read, docAccess: ALL };
}

/** The table: one row per collection or global the API exposes, `@root` for root endpoints. */
export const ACCESS_TABLE = {
  /** 정책 also take the verification action (확인 완료), one or many at a time. */
  policies: { ...drafted, markChecked: PUBLISHERS },
  departments: drafted,
  mascots: drafted,
  "search-terms": drafted,
  /**
   * Images: the public site and the handbooks get them from the export snapshot, never from the
   * CMS, so anonymous callers read none (a draft's poster stays private). 편집자 upload new images
   * and may change those no published document uses; an image residents see changes only by
   * 검토자/관리자 (M2).
   */
  media: {
    ...noVersions,
    read: STAFF,
    readFile: STAFF,
    create: STAFF,
    duplicate: STAFF,
    pasteUrl: NOBODY,
    updateUnused: STAFF,
    updateLive: PUBLISHERS,
    // Reaches only the images the actor may update one by one (a `where` on the id for 편집자).
    bulkUpdate: STAFF,
    delete: PUBLISHERS,
    bulkDelete: PUBLISHERS,
    docAccess: ALL,
  },
  users: {
    ...noVersions,
    readOwn: STAFF,
    readOthers: ADMIN,
    create: ADMIN,
    updateOwn: STAFF,
    updateOthers: ADMIN,
    changeRole: ADMIN,
    bulkUpdate: ADMIN,
    delete: ADMIN,
    bulkDelete: ADMIN,
    unlock: ADMIN,
    login: ALL,
    firstRegister: NOBODY,
    forgotPassword: ALL,
    verify: NOBODY,
    adminPanel: STAFF,
    docAccess: ALL,
  },
  "payload-jobs": {
    ...noVersions,
    read: PUBLISHERS,
    create: NOBODY,
    update: NOBODY,
    delete: NOBODY,
    bulkUpdate: NOBODY,
    bulkDelete: NOBODY,
    duplicate: NOBODY,
    run: STAFF,
    queue: PUBLISHERS,
    cancel: PUBLISHERS,
    docAccess: ALL,
  },
  /** Admin preferences (columns, open groups): each staff member's own; `create` is for oneself. */
  "payload-preferences": {
    ...noVersions,
    readOwn: STAFF,
    updateOwn: STAFF,
    create: STAFF,
    readOthers: NOBODY,
    updateOthers: NOBODY,
    bulkUpdate: NOBODY,
    delete: NOBODY,
    bulkDelete: NOBODY,
    duplicate: NOBODY,
    // `POST /access` is taken by the route that saves one's own preference of that key.
    docAccess: STAFF,
  },
  /** Document locks of the admin (any staff member may take over a lock, as Payload's admin offers). */
  "payload-locked-documents": {
    ...noVersions,
    read: STAFF,
    create: STAFF,
    update: STAFF,
    delete: STAFF,
    bulkUpdate: STAFF,
    bulkDelete: STAFF,
    duplicate: STAFF,
    docAccess: ALL,
  },
  "payload-kv": serverWritten(NOBODY),
  guidebook: {
    read: STAFF,
    readDrafts: STAFF,
    readVersions: STAFF,
    update: STAFF,
    publish: PUBLISHERS,
    unpublish: PUBLISHERS,
    restoreAsDraft: PUBLISHERS,
    restoreAsPublished: PUBLISHERS,
    schedulePublish: PUBLISHERS,
    scheduleUnpublish: PUBLISHERS,
    docAccess: ALL,
    ...reviewed,
  },
  /** 검토 기록: each review transition, written only by the server; staff read the history. */
  "review-events": serverWritten(STAFF),
  "rebuild-status": { read: STAFF, update: ADMIN, docAccess: ALL, ...noVersions },
  "payload-jobs-stats": { read: ADMIN, update: NOBODY, docAccess: ALL, ...noVersions },
  /** Root endpoints: `POST /api/rebuild` (exports published content only) and 미리 보기 (staff only). */
  "@root": { trigger: STAFF, docAccess: ALL, ogImage: ALL, preview: STAFF, previewView: STAFF },
} as const satisfies Record<string, Row>;

export type Target = keyof typeof ACCESS_TABLE;

/**
 * Settings of the CMS that change cells (`CMS_PUBLIC_READ`; `access/derive.ts` passes the running
 * CMS's). `publicRead` off (the default): nobody reads the CMS without logging in; residents and
 * third parties read the site's static read API (`/api/v1/`) and never load the staff server.
 */
export type AccessSettings = { publicRead: boolean };

/**
 * The rows whose `read` anonymous callers also get while `publicRead` is on: the published
 * documents only (drafts, versions, images and accounts stay staff-only), limited per client
 * address (`server/publicReadLimit.ts`).
 */
export const PUBLIC_READ_TARGETS: readonly Target[] = [
  "policies",
  "departments",
  "mascots",
  "search-terms",
  "guidebook",
];

/** The actor a request acts as. */
export function actorOf(req: Pick<PayloadRequest, "user"> | { user?: unknown }): Actor {
  const user = req.user as Parameters<typeof hasRole>[0];
  if (hasRole(user, "admin")) return "admin";
  if (hasRole(user, "publisher")) return "publisher";
  if (hasRole(user, "editor")) return "editor";
  return "anonymous";
}

/**
 * True when the table lets `actor` do `operation` on `target` (a missing cell means nobody), with
 * `settings` applied (default: the defaults, anonymous read off).
 */
export function grants(
  target: Target,
  operation: Operation,
  actor: Actor,
  settings: AccessSettings = { publicRead: false },
): boolean {
  if (settings.publicRead && operation === "read" && actor === "anonymous" && PUBLIC_READ_TARGETS.includes(target))
    return true;
  const row: Row = ACCESS_TABLE[target];
  return (row[operation] ?? NOBODY).includes(actor);
}

/** `grants` for the actor of a request. */
export function may(req: Pick<PayloadRequest, "user">, target: Target, operation: Operation): boolean {
  return grants(target, operation, actorOf(req));
}
