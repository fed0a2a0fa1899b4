import type { Access } from "payload";
import { hasRole } from "./roles.ts";

/** 관리자 reach every user; other staff only their own account. Anonymous: nothing. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, "admin")) return true;
  if (req.user?.collection === "users") return { id: { equals: req.user.id } };
  return false;
};
