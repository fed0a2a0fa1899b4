import type { PayloadRequest } from "payload";
import { hasRole } from "./roles.ts";

/** 관리자 only (users, settings, deployment status). */
export const isAdmin = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, "admin");
