import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook, PayloadRequest } from "payload";
import { hasRole } from "../access/roles.ts";

type WriteArgs = { draft?: boolean; data?: { _status?: unknown }; overrideAccess?: boolean };

/**
 * An update sent without the `draft` flag writes the live (published) document. Unless it
 * explicitly publishes or unpublishes (`_status` given, by 검토자/관리자 or trusted server code),
 * it is turned into a draft save, so it can neither overwrite nor demote what residents see.
 * An editor's `_status: "draft"` is a draft save too (editors cannot unpublish). Publishing itself
 * (`_status: "published"`) is left to the create/update access, which refuses editors.
 */
function guardUpdate<A>(incoming: A, req: PayloadRequest): A {
  const args = incoming as A & WriteArgs;
  if (args.draft) return incoming;
  const status = args.data?._status;
  const trusted = args.overrideAccess === true && !req.user;
  const mayChangePublication = trusted || hasRole(req.user, "admin", "publisher");
  if (status === "published" || (status === "draft" && mayChangePublication)) return incoming;
  return { ...args, draft: true };
}

/**
 * beforeOperation of drafted collections; keeps the published version safe from writes that were
 * not meant to publish (real Payload traps): `guardUpdate` for updates, and a duplicate always
 * starts as a draft, whatever the status of the original.
 */
export const draftSafety: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === "create" && args.duplicateFromID !== undefined && args.duplicateFromID !== null) {
    return { ...args, draft: true, data: { ...(args.data ?? {}), _status: "draft" } };
  }
  if (operation === "update" || operation === "updateByID") return guardUpdate(args, req);
  return args;
};

/** beforeOperation of drafted globals: `guardUpdate`. */
export const draftSafetyGlobal: GlobalBeforeOperationHook = ({ args, operation, req }) =>
  operation === "update" ? guardUpdate(args, req) : args;
