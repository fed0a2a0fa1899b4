import type { FieldAccess } from "payload";
import { hasRole } from "./roles.ts";

/** Field access: only 관리자 may set the field (e.g. a user's role). */
export const adminField: FieldAccess = ({ req }) => hasRole(req.user, "admin");
