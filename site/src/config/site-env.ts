import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isKstDate, type KstDate, normalizeBasePath, todayKst } from "@lifewelfare/content-models";
import { snapshotDir } from "@lifewelfare/content-models/paths";

/**
 * Build settings of the site, all from the environment (see site/README.md):
 * - `SNAPSHOT_DIR` — folder holding `snapshot.json`, `media/`, `policies.json`, `policies.schema.json`, `policies.csv`, `policies.xlsx`
 *   (default `<DATA_DIR, default <repo>/.data>/snapshot`: `snapshotDir`, the project's one paths rule);
 * - `SITE_OUT_DIR` — output folder (default `site/dist`);
 * - `SITE_BASE` — base path the site is served under, e.g. `/guide/` (default `/`);
 * - `SITE_ORIGIN` — absolute origin for the sitemap and canonical URLs (default: the snapshot's
 *   `guidebook.siteOrigin`, else `http://localhost:<SITE_PORT>` while a city has no address yet);
 * - `SITE_BUILD_DATE` — the build's KST date `YYYY-MM-DD` for date-driven statuses (set by
 *   `buildSite`, default today in Korea).
 */
export const SITE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The snapshot folder, absolute (content-models' paths rule, shared with the CMS and the scripts). */
export { snapshotDir };

/** The output folder, absolute. */
export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.SITE_OUT_DIR || join(SITE_ROOT, "dist"));
}

/** The base path from `SITE_BASE`, normalised. */
export function siteBase(env: NodeJS.ProcessEnv = process.env): string {
  return normalizeBasePath(env.SITE_BASE);
}

/**
 * The site origin (`https://host`, no path): `SITE_ORIGIN`, else the snapshot's
 * `guidebook.siteOrigin`, else `http://localhost:<SITE_PORT, default 4321>` (no address set yet:
 * the handbook is then a test print too). The pipeline passes the address `resolveBuildOrigin`
 * chose as `SITE_ORIGIN`, so the site and the handbook always use the same one. Reads only that
 * one field; the full snapshot is validated by the loader.
 * @throws Error when the snapshot cannot be read and `SITE_ORIGIN` is not set.
 */
export function siteOrigin(dir: string = snapshotDir(), env: NodeJS.ProcessEnv = process.env): string {
  if (env.SITE_ORIGIN) return new URL(env.SITE_ORIGIN).origin;
  const file = join(dir, "snapshot.json");
  let raw: { guidebook?: { siteOrigin?: unknown } };
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`Cannot read the snapshot at ${file}: set SNAPSHOT_DIR or run the export first.`, {
      cause: error,
    });
  }
  const configured = raw.guidebook?.siteOrigin;
  if (typeof configured === "string" && configured) return new URL(configured).origin;
  return `http://localhost:${Number(env.SITE_PORT) || 4321}`;
}

/**
 * The build's KST date (`SITE_BUILD_DATE`, else today in Korea): the one "today" every page of a
 * build derives statuses for (`deriveStatus`).
 * @throws Error naming the variable when it is not a real `YYYY-MM-DD` date.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env): KstDate {
  const value = env.SITE_BUILD_DATE?.trim();
  if (!value) return todayKst();
  if (!isKstDate(value)) throw new Error(`SITE_BUILD_DATE must be a KST date YYYY-MM-DD, got "${value}".`);
  return value;
}
