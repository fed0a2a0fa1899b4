import path from "node:path";
import { repoRoot } from "@lifewelfare/content-models/paths";

/*
 * The CMS's folders. The repository root and the data folder follow content-models' one paths
 * rule (`LIFEWELFARE_ROOT`, `DATA_DIR`), shared with the scripts and the site.
 */
export { dataDir, repoRoot } from "@lifewelfare/content-models/paths";

/** `<repo>/cms/src/migrations`: the committed SQLite migrations. */
export function migrationsDir(): string {
  return path.join(repoRoot(), "cms", "src", "migrations");
}
