/**
 * Staff roles: 관리자 manages users and settings and can do everything; 편집자 writes drafts;
 * 검토자 reviews and publishes.
 */
export const ROLES = [
  { value: "admin", label: "관리자" },
  { value: "editor", label: "편집자" },
  { value: "publisher", label: "검토자" },
] as const;

export type Role = (typeof ROLES)[number]["value"];
export const ROLE_VALUES = ROLES.map((r) => r.value) as [Role, ...Role[]];

/** A request's user as far as access control cares (staff users carry a `role`). */
type MaybeUser = { collection?: string; role?: unknown } | null | undefined;

/** True when `user` is a staff user holding one of `roles`. */
export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user && user.collection === "users" && roles.includes(user.role as Role));
}
