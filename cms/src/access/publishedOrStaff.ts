import type { Access } from "payload";
import { hasRole } from "./roles.ts";

/**
 * Read access for drafted content: staff read everything; everyone else only documents whose
 * main record is published. Decided by `_status` in the query itself, so it holds whatever
 * `draft` flag a REST, GraphQL or Local API caller sends.
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (hasRole(req.user, "admin", "editor", "publisher")) return true;
  return { _status: { equals: "published" } };
};
