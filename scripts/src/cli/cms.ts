import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Payload } from "payload";
import { DATA_DIR } from "../lib/paths.ts";

/**
 * Environment shared by every pipeline command and the CMS server they start: production mode
 * (committed migrations, never schema push, so the admin server, seed, export and rebuild can all
 * open the one embedded database `.data/cms.db`), the local secret kept in `.data/payload-secret`
 * (generated once, so staff stay logged in across restarts), the first-관리자 token file next to it,
 * and no job runner in scripts.
 */
export function cmsEnvironment(): NodeJS.ProcessEnv {
  const secretFile = join(DATA_DIR, "payload-secret");
  if (!process.env.PAYLOAD_SECRET && !existsSync(secretFile)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(secretFile, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600 });
  }
  return {
    ...process.env,
    NODE_ENV: "production",
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || readFileSync(secretFile, "utf8").trim(),
    DATABASE_URI: process.env.DATABASE_URI || `file:${join(DATA_DIR, "cms.db")}`,
    MEDIA_DIR: process.env.MEDIA_DIR || join(DATA_DIR, "media"),
    FIRST_USER_TOKEN_FILE: process.env.FIRST_USER_TOKEN_FILE || join(DATA_DIR, "first-user-token"),
  };
}

/** True when DATABASE_URI is the embedded SQLite default (seeding is only automatic there). */
export function isEmbeddedDefault(env: NodeJS.ProcessEnv): boolean {
  return env.DATABASE_URI === `file:${join(DATA_DIR, "cms.db")}`;
}

/** Opens the CMS Local API with `cmsEnvironment()` (migrations applied). Close with `payload.destroy()`. */
export async function openCms(): Promise<Payload> {
  Object.assign(process.env, cmsEnvironment(), { JOBS_AUTORUN: "false" });
  const { getCmsPayload } = await import("@lifewelfare/cms/get-payload");
  return getCmsPayload();
}
