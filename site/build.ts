import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { normalizeBase, SITE_ROOT, siteOrigin, snapshotDir } from "./src/config/site-env.ts";

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
 * media copies and the Pagefind index. Astro runs in a child process (`astro-build.mjs`), so
 * repeated builds in one process never reuse stale modules; settings travel as environment
 * variables (SNAPSHOT_DIR, SITE_OUT_DIR, SITE_BASE, SITE_ORIGIN).
 * @throws Error with Astro's output when the build fails (e.g. a snapshot that fails validation,
 *   naming the document and field).
 */
export async function buildSite(options: BuildSiteOptions = {}): Promise<{ outDir: string; base: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  // A caller running under Vite or vitest exports import.meta.env values (BASE_URL, MODE, DEV …) to
  // process.env; the build must not inherit them.
  for (const key of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "TEST"]) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  if (options.snapshotDir) env.SNAPSHOT_DIR = resolve(options.snapshotDir);
  if (options.outDir) env.SITE_OUT_DIR = resolve(options.outDir);
  if (options.base !== undefined) env.SITE_BASE = options.base;
  if (options.origin) env.SITE_ORIGIN = options.origin;
  const base = normalizeBase(env.SITE_BASE);
  const outDir = resolve(env.SITE_OUT_DIR || join(SITE_ROOT, "dist"));
  siteOrigin(snapshotDir(env), env); // fail early, with a clear message, when no origin is known
  const child = spawn(process.execPath, [join(SITE_ROOT, "astro-build.mjs")], {
    cwd: SITE_ROOT,
    env,
    stdio: ["ignore", "inherit", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  const code = await new Promise<number | null>((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  });
  if (code !== 0) throw new Error(`Site build failed (exit ${code}):\n${stderr.slice(-4000)}`);
  return { outDir, base };
}
