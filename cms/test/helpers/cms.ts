import path from "node:path";
import type { Payload } from "payload";

/** `<repo>` (this file is cms/test/helpers/cms.ts). */
export const REPO = path.resolve(import.meta.dirname, "../../..");

/** Creates staff users (관리자, 편집자, 검토자) with password `test-password-1`. */
export async function createStaff(payload: Payload) {
  const make = (role: "admin" | "editor" | "publisher") =>
    payload.create({
      collection: "users",
      data: { email: `${role}@example.kr`, password: "test-password-1", role, name: `${role} 담당자` },
      overrideAccess: true,
    });
  const admin = await make("admin");
  const editor = await make("editor");
  const publisher = await make("publisher");
  return {
    admin: { ...admin, collection: "users" as const },
    editor: { ...editor, collection: "users" as const },
    publisher: { ...publisher, collection: "users" as const },
  };
}
