import {
  type CollectionBeforeOperationHook,
  Forbidden,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
} from "payload";
import { may, type Target } from "../access/table.ts";

type WriteArgs = { draft?: boolean; data?: { _status?: unknown }; overrideAccess?: boolean };

/**
 * An update sent without the `draft` flag writes the live (published) document. Unless it
 * explicitly publishes or unpublishes (`_status` given, by an actor the access table lets
 * `unpublish`, or trusted server code), it is turned into a draft save, so it can neither
 * overwrite nor demote what residents see. An editor's `_status: "draft"` is a draft save too.
 * Publishing itself (`_status: "published"`) is left to the create/update access (`publish`).
 */
function guardUpdate<A>(incoming: A, req: PayloadRequest, target: Target): A {
  const args = incoming as A & WriteArgs;
  if (args.draft) return incoming;
  const status = args.data?._status;
  const trusted = args.overrideAccess === true && !req.user;
  const mayChangePublication = trusted || may(req, target, "unpublish");
  if (status === "published" || (status === "draft" && mayChangePublication)) return incoming;
  return { ...args, draft: true };
}

/**
 * Restoring a version writes the live document (as published, or — on globals even with
 * `draft=true` — as the restored draft), so it needs the table's `restoreAsDraft` /
 * `restoreAsPublished`. Payload asks only `access.update` with the restored `_status`, which lets
 * a 편집자 restore a draft over the live document; this refuses it on REST, GraphQL and the Local
 * API with `overrideAccess: false` (H3).
 * @throws Forbidden (403) when the actor may not restore.
 */
function guardRestore<A>(args: A, req: PayloadRequest, target: Target, overrideAccess: boolean | undefined): A {
  if (overrideAccess) return args;
  const operation = (args as WriteArgs).draft ? "restoreAsDraft" : "restoreAsPublished";
  if (!may(req, target, operation)) throw new Forbidden(req.t);
  return args;
}

/**
 * beforeOperation of drafted collections; keeps the published version safe from writes that were
 * not meant to publish (real Payload traps): `guardUpdate` for updates, `guardRestore` for
 * restores, and a duplicate always starts as a draft, whatever the status of the original.
 */
export const draftSafety: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  const target = collection.slug as Target;
  if (operation === "create" && args.duplicateFromID !== undefined && args.duplicateFromID !== null) {
    return { ...args, draft: true, data: { ...(args.data ?? {}), _status: "draft" } };
  }
  if (operation === "update" || operation === "updateByID") return guardUpdate(args, req, target);
  if (operation === "restoreVersion") return guardRestore(args, req, target, overrideAccess);
  return args;
};

/** beforeOperation of drafted globals: `guardUpdate` and `guardRestore`. */
export const draftSafetyGlobal: GlobalBeforeOperationHook = ({ args, global, operation, overrideAccess, req }) => {
  const target = global.slug as Target;
  if (operation === "update") return guardUpdate(args, req, target);
  if (operation === "restoreVersion") return guardRestore(args, req, target, overrideAccess);
  return args;
};
