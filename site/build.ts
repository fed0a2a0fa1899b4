import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { type KstDate, normalizeBasePath, todayKst } from "@lifewelfare/content-models";
import { childEnv } from "@lifewelfare/content-models/child-env";
import { buildDate, SITE_ROOT, siteOrigin, snapshotDir } from "./src/config/site-env.ts";
import { PAGE_ERROR_PREFIX } from "./src/lib/build-error.ts";

/**
 * Variables of ours the Astro build child receives (see `childEnv` for the base ones): its settings
 * (site-env.ts), its log level, and Node's own options (e.g. a larger heap for a big site).
 */
export const SITE_BUILD_ENV = [
  "SNAPSHOT_DIR",
  "SITE_OUT_DIR",
  "SITE_BASE",
  "SITE_ORIGIN",
  "SITE_BUILD_DATE",
  "SITE_LOG_LEVEL",
  "NODE_OPTIONS",
];

/** Options of one site build; every one falls back to the environment (see README.md). */
export type BuildSiteOptions = {
  /** Folder with `snapshot.json` (+ `media/`, `policies.json`, `policies.schema.json`, `policies.csv`, `policies.xlsx`). */
  snapshotDir?: string;
  /** Output folder; replaced by the build. */
  outDir?: string;
  /** Base path, e.g. `/guide/` (default `/`). */
  base?: string;
  /** Absolute origin for the sitemap and canonical URLs (default: the snapshot's `guidebook.siteOrigin`). */
  origin?: string;
  /**
   * The build's KST date, for the statuses derived from dates (`deriveStatus`): default
   * `SITE_BUILD_DATE`, else today in Korea, read once here for the whole build.
   */
  today?: KstDate;
  /**
   * Stops the build: the Astro child gets SIGTERM, and once it has exited `buildSite` rejects
   * with the signal's reason (the output folder is left to the caller, who made it).
   */
  signal?: AbortSignal;
};

/**
 * Builds the static site from a snapshot: Astro pages and (in the same build) the open-data and
 * media copies, then the Pagefind index. Astro runs in a child process (`astro-build.mjs`), so
 * repeated builds in one process never reuse stale modules, and the index in another
 * (`search-index-build.mjs`) once Astro's has exited, so that their memory never adds up; settings travel as environment
 * variables (SNAPSHOT_DIR, SITE_OUT_DIR, SITE_BASE, SITE_ORIGIN, SITE_BUILD_DATE); the child gets no other variable
 * of ours (`SITE_BUILD_ENV`).
 * @throws Error with Astro's output when the build fails (e.g. a snapshot that fails validation,
 *   naming the document and field); for a hand-written page, the message starts with
 *   `누리집 페이지를 만들 수 없습니다: <file> <n>번째 줄: …` and what to do (src/lib/build-error.ts).
 */
export async function buildSite(options: BuildSiteOptions = {}): Promise<{ outDir: string; base: string }> {
  // Only what the build reads (SITE_BUILD_ENV): never the CMS's secret or database address, nor
  // the import.meta.env values (BASE_URL, MODE …) a caller under Vite or vitest exports.
  const env: NodeJS.ProcessEnv = childEnv({
    pass: SITE_BUILD_ENV,
    set: { ASTRO_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  // Always passed, so the child reads the folder this process resolved (DATA_DIR included).
  env.SNAPSHOT_DIR = options.snapshotDir ? resolve(options.snapshotDir) : snapshotDir();
  if (options.outDir) env.SITE_OUT_DIR = resolve(options.outDir);
  if (options.base !== undefined) env.SITE_BASE = options.base;
  if (options.origin) env.SITE_ORIGIN = options.origin;
  env.SITE_BUILD_DATE = options.today ?? env.SITE_BUILD_DATE ?? todayKst();
  buildDate(env); // fail early on a malformed date
  const base = normalizeBasePath(env.SITE_BASE);
  const outDir = resolve(env.SITE_OUT_DIR || join(SITE_ROOT, "dist"));
  siteOrigin(env.SNAPSHOT_DIR, env); // fail early, with a clear message, when no origin is known
  const astro = await runChild(["astro-build.mjs"], env, options.signal);
  if (astro.code !== 0) {
    const pageError = astro.stderr.lastIndexOf(PAGE_ERROR_PREFIX);
    if (pageError >= 0) throw new Error(astro.stderr.slice(pageError).trim());
    throw new Error(`Site build failed (exit ${astro.code}):\n${astro.stderr.slice(-4000)}`);
  }
  // The search index in a process of its own, once Astro's has exited: their memory never adds up.
  // With tsx: the workspace's TypeScript uses syntax Node cannot strip (Astro compiles its own).
  const index = await runChild(
    ["--import", "tsx", "search-index-build.mjs"],
    { ...env, SITE_OUT_DIR: outDir },
    options.signal,
  );
  if (index.code !== 0) throw new Error(`Search index failed (exit ${index.code}):\n${index.stderr.slice(-4000)}`);
  return { outDir, base };
}

/**
 * Runs Node with `args` (a script in the site's folder last) and `env`; its stderr is echoed and kept.
 * On `signal`'s abort the child gets SIGTERM, and once it has exited the signal's reason is thrown.
 */
async function runChild(
  args: string[],
  env: NodeJS.ProcessEnv,
  signal: AbortSignal | undefined,
): Promise<{ code: number | null; stderr: string }> {
  signal?.throwIfAborted();
  const child = spawn(process.execPath, args, {
    cwd: SITE_ROOT,
    env,
    stdio: ["ignore", "inherit", "pipe"],
  });
  const stop = () => child.kill("SIGTERM");
  signal?.addEventListener("abort", stop, { once: true });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  const code = await new Promise<number | null>((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  }).finally(() => signal?.removeEventListener("abort", stop));
  signal?.throwIfAborted();
  return { code, stderr };
}
