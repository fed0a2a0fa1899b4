import type { Operation } from "./table.ts";

/**
 * Which operations of the access table (`table.ts`) each API route and GraphQL field performs.
 * `cms/test/access-matrix.test.ts` walks every route and field Payload registers and fails on one
 * these maps do not name, or whose operations the target's row lacks.
 */

/**
 * The table's operations behind each REST route Payload (or this project) registers, by
 * `method path` relative to the collection, global or API root. A route is covered when the row of
 * its target has at least one of these operations; the matrix test fails on any route missing here.
 */
export const REST_ROUTES: Record<string, readonly Operation[]> = {
  "get /": ["read", "readOwn"],
  "get /:id": ["read", "readOwn"],
  "get /count": ["read", "readOwn"],
  "post /": ["create", "update"],
  "patch /": ["bulkUpdate"],
  "patch /:id": ["update", "updateOwn", "updateUnused"],
  "delete /": ["bulkDelete"],
  "delete /:id": ["delete"],
  "post /:id/duplicate": ["duplicate"],
  "get /versions": ["readVersions"],
  "get /versions/:id": ["readVersions"],
  "post /versions/:id": ["restoreAsDraft", "restoreAsPublished"],
  "post /access/:id?": ["docAccess"],
  "post /access": ["docAccess"],
  "get /access": ["docAccess"],
  "get /file/:filename": ["readFile"],
  "get /paste-url/:id?": ["pasteUrl"],
  "post /login": ["login"],
  "post /logout": ["login"],
  "get /me": ["login"],
  "post /refresh-token": ["login"],
  "get /init": ["login"],
  "post /first-register": ["firstRegister"],
  "post /forgot-password": ["forgotPassword"],
  "post /reset-password": ["forgotPassword"],
  "post /unlock": ["unlock"],
  "post /verify/:id": ["verify"],
  "get /run": ["run"],
  "get /handle-schedules": ["run"],
  "get /:key": ["readOwn"],
  "post /:key": ["updateOwn"],
  "delete /:key": ["updateOwn"],
  "post /rebuild": ["trigger"],
  "get /og": ["ogImage"],
  "post /:id/review": ["requestReview", "returnReview", "approveReview"],
  "post /review": ["requestReview", "returnReview", "approveReview"],
  "post /verify": ["markChecked"],
  "post /preview/:id": ["preview"],
  "get /preview/:token": ["previewView"],
  "get /preview/:token/:file": ["previewView"],
  "get /preview/:token/:folder/:file": ["previewView"],
};

/**
 * The table's operations behind each GraphQL field, by the field name with the collection's or
 * global's GraphQL name (singular `S`, plural `P`) substituted; the matrix test fails on any
 * Query or Mutation field missing here.
 */
export const GRAPHQL_FIELDS: Record<string, readonly Operation[]> = {
  S: ["read", "readOwn"],
  P: ["read", "readOwn"],
  countP: ["read", "readOwn"],
  docAccessS: ["docAccess"],
  versionS: ["readVersions"],
  versionsP: ["readVersions"],
  createS: ["create"],
  updateS: ["update", "updateOwn", "updateUnused"],
  deleteS: ["delete"],
  duplicateS: ["duplicate"],
  restoreVersionS: ["restoreAsDraft", "restoreAsPublished"],
  meS: ["login"],
  initializedS: ["login"],
  refreshTokenS: ["login"],
  logoutS: ["login"],
  loginS: ["login"],
  unlockS: ["unlock"],
  forgotPasswordS: ["forgotPassword"],
  resetPasswordS: ["forgotPassword"],
  verifyEmailS: ["verify"],
  Access: ["docAccess"],
};

/** Payload's own bookkeeping with no REST or GraphQL route (checked by the matrix test). */
export const INTERNAL_COLLECTIONS = ["payload-migrations"] as const;
