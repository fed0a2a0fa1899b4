import { resolve } from "node:path";
import { build } from "astro";
import { normalizeBase, SITE_ROOT, siteOrigin } from "./src/config/site-env.ts";

/** Options of one site build; every one falls back to the environment (see README.md). */
export type BuildSiteOptions = {
  /** Folder with `snapshot.json` (+ `media/`, `policies.json`, `policies.csv`). */
  snapshotDir?: string;
  /** Output folder; replaced by the build. */
  outDir?: string;
  /** Base path, e.g. `/guide/` (default `/`). */
  base?: string;
  /** Absolute origin for the sitemap and canonical URLs (default: the snapshot's `guidebook.siteOrigin`). */
  origin?: string;
};

/**
 * Builds the static site from a snapshot: Astro pages, then (in the same build) the open-data and
 * media copies and the Pagefind index. The settings reach Astro's config, content loader and
 * integration through the environment for the duration of the build, then are restored.
 * Builds must not run concurrently in one process.
 * @throws ContentValidationError when the snapshot is invalid; Error when Astro or Pagefind fails.
 */
export async function buildSite(options: BuildSiteOptions = {}): Promise<{ outDir: string; base: string }> {
  const previous = { ...process.env };
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined) process.env[key] = value;
  };
  set("SNAPSHOT_DIR", options.snapshotDir && resolve(options.snapshotDir));
  set("SITE_OUT_DIR", options.outDir && resolve(options.outDir));
  set("SITE_BASE", options.base);
  set("SITE_ORIGIN", options.origin);
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  const base = normalizeBase(process.env.SITE_BASE);
  const outDir = resolve(process.env.SITE_OUT_DIR || resolve(SITE_ROOT, "dist"));
  try {
    await build({
      root: SITE_ROOT,
      outDir,
      base,
      site: siteOrigin(),
      logLevel: (process.env.SITE_LOG_LEVEL as "info" | undefined) ?? "warn",
    });
    return { outDir, base };
  } finally {
    for (const key of ["SNAPSHOT_DIR", "SITE_OUT_DIR", "SITE_BASE", "SITE_ORIGIN", "ASTRO_TELEMETRY_DISABLED"]) {
      if (previous[key] === undefined) delete process.env[key];
      else process.env[key] = previous[key];
    }
  }
}
