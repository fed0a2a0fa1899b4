import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CMS_ENV_NAMES } from "@lifewelfare/cms/env-schema";
import { childEnv } from "@lifewelfare/content-models/child-env";
import type { Payload } from "payload";
import { DATA_DIR } from "../lib/paths.ts";

/**
 * Variables the CMS server child (`next start`, started by `pnpm start`) receives besides the base
 * ones (`childEnv`): every variable the CMS reads (`CMS_ENV_NAMES`, from cms/src/env.ts, so a new
 * CMS setting cannot be forgotten here), Next's, and what pnpm needs to find itself. Nothing else
 * of the scripts' environment reaches it.
 */
export const CMS_SERVER_ENV = [
  ...CMS_ENV_NAMES,
  "LIFEWELFARE_ROOT",
  "HOST",
  "HOSTNAME",
  "NEXT_DIST_DIR",
  "NEXT_TELEMETRY_DISABLED",
  "NODE_OPTIONS",
  "PNPM_HOME",
  "NPM_CONFIG_PREFIX",
  "COREPACK_HOME",
];

/** Files in `.data/` only their owner may read (the secret, the database and its journal). */
const PRIVATE_FILES = ["payload-secret", "cms.db", "cms.db-wal", "cms.db-shm", "cms.db-journal"];

/**
 * Creates `.data/` readable by its owner only (0700) and tightens what earlier versions left
 * readable by everyone: the folder to 0700, the secret and the database files to 0600.
 */
export function secureDataDir(): void {
  mkdirSync(DATA_DIR, { recursive: true, mode: 0o700 });
  chmodSync(DATA_DIR, 0o700);
  for (const name of PRIVATE_FILES) {
    const file = join(DATA_DIR, name);
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}

/**
 * The environment of the CMS server child: `cmsEnvironment()` narrowed to `CMS_SERVER_ENV`, plus
 * `set` (e.g. the rebuild webhook).
 */
export function cmsServerEnv(set: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return childEnv({ source: cmsEnvironment(), pass: CMS_SERVER_ENV, set });
}

/**
 * Environment shared by every pipeline command and the CMS server they start: production mode
 * (committed migrations, never schema push, so the admin server, seed, export and rebuild can all
 * open the one embedded database `.data/cms.db`), the local secret kept in `.data/payload-secret`
 * (generated once, so staff stay logged in across restarts), the first-관리자 token file next to it,
 * and no job runner in scripts. `.data/` is made private on the way (`secureDataDir`).
 */
export function cmsEnvironment(): NodeJS.ProcessEnv {
  const secretFile = join(DATA_DIR, "payload-secret");
  secureDataDir();
  if (!process.env.PAYLOAD_SECRET && !existsSync(secretFile)) {
    try {
      // "wx": two first starts at once must not write two different secrets.
      writeFileSync(secretFile, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
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
