import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository root: the nearest folder holding `pnpm-workspace.yaml`, searched upwards from the
 * working directory (Next, the Payload CLI and the scripts all run inside the repo), then from this
 * file. Source paths cannot be trusted inside Next's server bundle, hence the working directory first.
 * `LIFEWELFARE_ROOT` overrides the search (e.g. for a deployment outside the checkout).
 */
export function repoRoot(): string {
  if (process.env.LIFEWELFARE_ROOT) return path.resolve(process.env.LIFEWELFARE_ROOT);
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

/** `<repo>/.data`: runtime data (database, secret, media, snapshot). */
export function dataDir(): string {
  return path.join(repoRoot(), ".data");
}

/** `<repo>/cms/src/migrations`: the committed SQLite migrations. */
export function migrationsDir(): string {
  return path.join(repoRoot(), "cms", "src", "migrations");
}
