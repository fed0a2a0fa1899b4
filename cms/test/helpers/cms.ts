import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import type { Payload } from "payload";

/** `<repo>` (this file is cms/test/helpers/cms.ts). */
export const REPO = path.resolve(import.meta.dirname, "../../..");

/**
 * Points the CMS environment at a fresh SQLite file and media folder under `<repo>/.tmp/` and
 * returns the directory. Must run before the config is imported (env is read once).
 */
export function prepareTempEnvironment(name: string, extra: Record<string, string> = {}): string {
  mkdirSync(path.join(REPO, ".tmp"), { recursive: true });
  const dir = mkdtempSync(path.join(REPO, ".tmp", `cms-${name}-`));
  Object.assign(process.env, {
    DATABASE_URI: `file:${path.join(dir, "cms.db")}`,
    MEDIA_DIR: path.join(dir, "media"),
    PAYLOAD_SECRET: "test-secret-0123456789abcdef0123456789abcdef",
    JOBS_AUTORUN: "false",
    SITE_REBUILD_COMMAND: "",
    SITE_REBUILD_WEBHOOK: "",
    ...extra,
  });
  for (const key of ["SITE_REBUILD_COMMAND", "SITE_REBUILD_WEBHOOK"]) if (!process.env[key]) delete process.env[key];
  return dir;
}

/** Starts the CMS Local API on a temporary database (see `prepareTempEnvironment`). */
export async function startCms(name: string): Promise<{ payload: Payload; dir: string; stop: () => Promise<void> }> {
  const dir = prepareTempEnvironment(name);
  const { getCmsPayload } = await import("../../src/get-payload.ts");
  const payload = await getCmsPayload();
  return {
    payload,
    dir,
    stop: async () => {
      await payload.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

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
