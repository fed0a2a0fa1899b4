import type { Access } from "payload";
import { hasRole } from "./roles.ts";

/**
 * Create/update access for drafted content: any staff member may save drafts; only 검토자 and
 * 관리자 may write `_status: "published"`. Payload's admin asks this with `{ _status: "published" }`
 * to decide whether to show the publish and schedule buttons.
 */
export const draftsOrPublisher: Access = ({ req, data }) => {
  if (hasRole(req.user, "admin", "publisher")) return true;
  if (!hasRole(req.user, "editor")) return false;
  return (data as { _status?: unknown } | undefined)?._status !== "published";
};
