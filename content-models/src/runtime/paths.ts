import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/*
 * Where the project keeps its files at run time: the one rule for the CMS, the scripts and the
 * site (node only; subpath export `@lifewelfare/content-models/paths`). Each function reads its
 * variables from `env` (default `process.env`) when called, never at import. Relative values are
 * resolved against the repository root, not the working directory, so `pnpm start` (run in
 * `scripts/`), `next dev` (in `cms/`) and the site build (in `site/`) agree on one folder.
 */

/** The environment variables the paths read (`LIFEWELFARE_ROOT`, `DATA_DIR`, `SNAPSHOT_DIR`). */
export type PathEnv = Record<string, string | undefined>;

/**
 * The repository root (absolute): `LIFEWELFARE_ROOT` when set (e.g. a deployment outside the
 * checkout), else the nearest folder holding `pnpm-workspace.yaml`, searched upwards from the
 * working directory (Next, the Payload CLI and the scripts all run inside the repository) and
 * then from this file. Source paths cannot be trusted inside Next's server bundle, hence the
 * working directory first. Falls back to the working directory.
 */
export function repoRoot(env: PathEnv = process.env): string {
  if (env.LIFEWELFARE_ROOT) return path.resolve(env.LIFEWELFARE_ROOT);
  for (const start of [process.cwd(), path.dirname(fileURLToPath(import.meta.url))]) {
    let dir = path.resolve(start);
    for (;;) {
      if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return process.cwd();
}

/**
 * The runtime data folder (absolute, git-ignored): database, local secret, first-관리자 token,
 * media, snapshot, releases. `DATA_DIR` when set, else `<repo>/.data`.
 */
export function dataDir(env: PathEnv = process.env): string {
  return path.resolve(repoRoot(env), env.DATA_DIR || ".data");
}

/**
 * The published snapshot folder (absolute): `snapshot.json`, `media/` and the open data.
 * `SNAPSHOT_DIR` when set, else `<data folder>/snapshot`.
 */
export function snapshotDir(env: PathEnv = process.env): string {
  return env.SNAPSHOT_DIR ? path.resolve(repoRoot(env), env.SNAPSHOT_DIR) : path.join(dataDir(env), "snapshot");
}
