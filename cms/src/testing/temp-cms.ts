import { mkdirSync, mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import type { Payload } from "payload";

/** `<repo>/.tmp` (git-ignored): temporary CMS folders live here, so a failed run's database can be opened. */
const SCRATCH = path.resolve(import.meta.dirname, "../../../.tmp");

/** A running temporary CMS: its Local API, its folder (database `cms.db`, uploads `media/`), `close()`. */
export type TempCms = { payload: Payload; dir: string; mediaDir: string; close: () => Promise<void> };

/**
 * Points the CMS environment at a fresh SQLite file `cms.db` and upload folder `media/` in a new
 * folder `<repo>/.tmp/cms-<name>-XXXXXX`, and returns that folder. Sets a test `PAYLOAD_SECRET`,
 * `NODE_ENV=test`, `JOBS_AUTORUN=false` and no rebuild command or webhook; `extra` wins over these
 * (an empty rebuild value means none). Must run before the CMS config is first imported: the
 * config reads the environment once per test file.
 */
export function prepareTempCms(name: string, extra: Record<string, string> = {}): string {
  mkdirSync(SCRATCH, { recursive: true });
  const dir = mkdtempSync(path.join(SCRATCH, `cms-${name}-`));
  Object.assign(process.env, {
    NODE_ENV: "test",
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

/**
 * A real Payload CMS (Local API, SQLite schema pushed as in development) on a temporary folder
 * made by `prepareTempCms(name, extra)`. Call in `beforeAll`; `close()` destroys Payload and
 * removes the folder.
 */
export async function startTempCms(name: string, extra: Record<string, string> = {}): Promise<TempCms> {
  const dir = prepareTempCms(name, extra);
  const { getCmsPayload } = await import("../get-payload.ts");
  const payload = await getCmsPayload();
  return {
    payload,
    dir,
    mediaDir: path.join(dir, "media"),
    close: async () => {
      await payload.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
