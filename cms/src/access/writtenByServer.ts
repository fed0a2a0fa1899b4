import type { FieldAccess } from "payload";

/**
 * Field update access for values only server code writes (`stableId`, `previousSlugs`): refused
 * to every API caller, allowed while Payload restores a version — the version's own value, written
 * by that code when it was saved. (On a restore Payload drops a refused field instead of keeping
 * the document's value, and the restore then fails validation.)
 */
export const writtenByServer: FieldAccess = ({ req }) => req.context?.isRestoringVersion === true;
