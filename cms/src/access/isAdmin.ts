import type { Access } from "payload";
import { hasRole } from "./roles.ts";

/** 관리자 only (users, settings, deployment status). */
export const isAdmin: Access = ({ req }) => hasRole(req.user, "admin");
