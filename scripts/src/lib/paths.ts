import { resolve } from "node:path";
import { dataDir, repoRoot, snapshotDir } from "@lifewelfare/content-models/paths";

/*
 * The scripts' folders, fixed when this module is first imported. The root, the data folder and
 * the snapshot follow content-models' one paths rule (`LIFEWELFARE_ROOT`, `DATA_DIR`,
 * `SNAPSHOT_DIR`; relative values from the repository root), shared with the CMS and the site.
 */

/** The repository root (absolute). */
export const REPO_ROOT = repoRoot();

/** Runtime data folder, git-ignored: database, secret, snapshot, releases. Env `DATA_DIR` overrides. */
export const DATA_DIR = dataDir();

/** The published snapshot folder (`snapshot.json`, `media/`, open data). Env `SNAPSHOT_DIR` overrides. */
export const SNAPSHOT_DIR = snapshotDir();

/** Built site releases, one folder per content hash; `current` is a symlink to the live one. */
export const RELEASES_DIR = resolve(DATA_DIR, "releases");
export const CURRENT_RELEASE_LINK = resolve(DATA_DIR, "current");

/** Parts of the handbook printed by the last build, reused by the next (pdf/print/part-cache.ts). */
export const HANDBOOK_CACHE_DIR = resolve(DATA_DIR, "handbook-cache");

/** Where `pnpm build` puts its output when no release folder is given. Env `SITE_OUT_DIR` overrides. */
export const SITE_OUT_DIR = resolve(process.env.SITE_OUT_DIR || resolve(REPO_ROOT, "site/dist"));

/** Status of the last pipeline run, read by the CMS admin's 배포 상태 view. */
export const PIPELINE_STATUS_FILE = resolve(DATA_DIR, "pipeline-status.json");
