import type { PayloadRequest } from "payload";
import { hasRole } from "./roles.ts";

/** 검토자 or 관리자: may publish, unpublish and delete content. */
export const canPublish = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, "admin", "publisher");
