import type { CollectionBeforeChangeHook, CollectionConfig } from "payload";
import { adminField } from "../access/adminField.ts";
import { adminOrSelf } from "../access/adminOrSelf.ts";
import { isAdmin } from "../access/isAdmin.ts";
import { isStaff } from "../access/isStaff.ts";
import { ROLES } from "../access/roles.ts";
import { enforcePasswordRule } from "../auth/enforcePasswordRule.ts";
import { finishFirstUser, guardFirstUser, releaseFirstUserClaim } from "../auth/firstUserGuard.ts";
import { env } from "../env.ts";
import { label } from "../fields/label.ts";

/** The very first account (created through 첫 번째 사용자 생성) is 관리자. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== "create") return data;
  const { totalDocs } = await req.payload.count({ collection: "users", overrideAccess: true, req });
  if (totalDocs === 0) data.role = "admin";
  return data;
};

/**
 * 사용자: staff accounts with one role — 관리자, 편집자 or 검토자. Only 관리자 manage accounts and roles.
 * The first 관리자 needs the one-time token (`auth/firstUserGuard.ts`); passwords follow
 * `auth/passwordRule.ts`. Payload's per-account lockout is off (`maxLoginAttempts: 0`): anyone could
 * keep an account locked with it; the API routes limit attempts per address and per (address, account)
 * instead (`server/authRateLimit.ts`). The login cookie is SameSite=Strict, and Secure in production.
 */
export const Users: CollectionConfig = {
  slug: "users",
  labels: { singular: "사용자", plural: "사용자" },
  auth: {
    tokenExpiration: 8 * 60 * 60,
    maxLoginAttempts: 0,
    cookies: { secure: env.isProduction, sameSite: "Strict" },
  },
  admin: { useAsTitle: "email", defaultColumns: ["name", "email", "role"], group: "관리" },
  access: { admin: isStaff, read: adminOrSelf, create: isAdmin, update: adminOrSelf, delete: isAdmin, unlock: isAdmin },
  hooks: {
    beforeOperation: [guardFirstUser, enforcePasswordRule],
    afterOperation: [finishFirstUser],
    afterError: [releaseFirstUserClaim],
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    { name: "name", type: "text", label: label("name") },
    {
      name: "role",
      type: "select",
      label: "역할",
      required: true,
      defaultValue: "editor",
      saveToJWT: true,
      options: ROLES.map((r) => ({ value: r.value, label: r.label })),
      access: { create: adminField, update: adminField },
      admin: { description: "관리자: 사용자·설정 관리 / 편집자: 초안 작성 / 검토자: 검토와 게시" },
    },
  ],
};
