import type { PayloadRequest } from "payload";
import { hasRole } from "./roles.ts";

/** Any logged-in staff member (관리자, 편집자, 검토자). */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, "admin", "editor", "publisher");
