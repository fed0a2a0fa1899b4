import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { CMS_ENV_NAMES } from "@lifewelfare/cms/env-schema";
import { loadEnv, localSecret } from "@lifewelfare/cms/load-env";
import { childEnv } from "@lifewelfare/content-models/child-env";
import { dataDir } from "@lifewelfare/content-models/paths";
import type { Payload } from "payload";

/**
 * Variables the CMS server child (`next start`, started by `pnpm start`) receives besides the base
 * ones (`childEnv`): every variable the CMS reads (`CMS_ENV_NAMES`, from cms/src/env-schema.ts, so
 * a new CMS setting, DATA_DIR and LIFEWELFARE_ROOT included, cannot be forgotten here), Next's, and
 * what pnpm needs to find itself. Nothing else of the scripts' environment reaches it.
 */
export const CMS_SERVER_ENV = [
  ...CMS_ENV_NAMES,
  "HOST",
  "HOSTNAME",
  "NEXT_DIST_DIR",
  "NEXT_TELEMETRY_DISABLED",
  "NODE_OPTIONS",
  "PNPM_HOME",
  "NPM_CONFIG_PREFIX",
  "COREPACK_HOME",
];

/** Files in the data folder only their owner may read (the secret, the database and its journal). */
const PRIVATE_FILES = ["payload-secret", "cms.db", "cms.db-wal", "cms.db-shm", "cms.db-journal"];

/**
 * Creates the data folder (`DATA_DIR`, default `.data/`) readable by its owner only (0700) and
 * tightens what earlier versions left readable by everyone: the folder to 0700, the secret and the
 * database files to 0600.
 */
export function secureDataDir(): void {
  const dir = dataDir();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  for (const name of PRIVATE_FILES) {
    const file = join(dir, name);
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
 * Environment shared by every pipeline command and the CMS server they start: the CMS's own
 * `loadEnv` applied in production mode (committed migrations, never schema push, so the admin
 * server, seed, export and rebuild can all open the one embedded database `<data folder>/cms.db`),
 * with the checkout's local secret when PAYLOAD_SECRET is unset (the CMS's race-safe
 * `localSecret`, so staff stay logged in across restarts). DATABASE_URI, PAYLOAD_SECRET, MEDIA_DIR
 * and FIRST_USER_TOKEN_FILE are set to what the CMS resolved (defaults in the data folder, see
 * content-models' paths), so every process opens the same files. The data folder is made
 * private on the way (`secureDataDir`).
 * @throws CmsEnvError (from `loadEnv`) naming a variable the CMS would refuse.
 */
export function cmsEnvironment(): NodeJS.ProcessEnv {
  secureDataDir();
  const source: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  source.PAYLOAD_SECRET ||= localSecret(source);
  const env = loadEnv(source);
  return {
    ...source,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET,
    DATABASE_URI: env.DATABASE_URI,
    MEDIA_DIR: env.MEDIA_DIR,
    FIRST_USER_TOKEN_FILE: env.FIRST_USER_TOKEN_FILE,
  };
}

/** True when DATABASE_URI is the embedded SQLite default (seeding is only automatic there). */
export function isEmbeddedDefault(env: NodeJS.ProcessEnv): boolean {
  return env.DATABASE_URI === `file:${join(dataDir(), "cms.db")}`;
}

/** Opens the CMS Local API with `cmsEnvironment()` (migrations applied). Close with `payload.destroy()`. */
export async function openCms(): Promise<Payload> {
  Object.assign(process.env, cmsEnvironment(), { JOBS_AUTORUN: "false" });
  const { getCmsPayload } = await import("@lifewelfare/cms/get-payload");
  return getCmsPayload();
}
