import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (absolute). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Runtime data folder, git-ignored: database, secret, snapshot, releases. Env `DATA_DIR` overrides. */
export const DATA_DIR = resolve(process.env.DATA_DIR || resolve(REPO_ROOT, ".data"));

/** The published snapshot folder (`snapshot.json`, `media/`, open data). Env `SNAPSHOT_DIR` overrides. */
export const SNAPSHOT_DIR = resolve(process.env.SNAPSHOT_DIR || resolve(DATA_DIR, "snapshot"));

/** Built site releases, one folder per content hash; `current` is a symlink to the live one. */
export const RELEASES_DIR = resolve(DATA_DIR, "releases");
export const CURRENT_RELEASE_LINK = resolve(DATA_DIR, "current");

/** Parts of the handbook printed by the last build, reused by the next (pdf/print/part-cache.ts). */
export const HANDBOOK_CACHE_DIR = resolve(DATA_DIR, "handbook-cache");

/** Where `pnpm build` puts its output when no release folder is given. Env `SITE_OUT_DIR` overrides. */
export const SITE_OUT_DIR = resolve(process.env.SITE_OUT_DIR || resolve(REPO_ROOT, "site/dist"));

/** Status of the last pipeline run, read by the CMS admin's 배포 상태 view. */
export const PIPELINE_STATUS_FILE = resolve(DATA_DIR, "pipeline-status.json");
