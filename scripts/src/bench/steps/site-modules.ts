import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "../../lib/paths.ts";

/** The site package's folder: Astro and Pagefind are taken from its installation (same versions). */
export const SITE_ROOT = join(REPO_ROOT, "site");

/** The subset of the Pagefind Node API the benchmark calls. */
export type PagefindApi = {
  createIndex: (config?: Record<string, unknown>) => Promise<{ index?: PagefindIndex; errors: string[] }>;
  close: () => Promise<void>;
};
type PagefindIndex = {
  addDirectory: (options: { path: string; glob?: string }) => Promise<{ errors: string[]; page_count: number }>;
  writeFiles: (options: { outputPath: string }) => Promise<{ errors: string[] }>;
};

/** Pagefind as installed for the site. */
export async function importPagefind(): Promise<PagefindApi> {
  return import(pathToFileURL(join(SITE_ROOT, "node_modules/pagefind/lib/index.js")).href);
}

/** Astro's programmatic `build` as installed for the site. */
export async function importAstroBuild(): Promise<(config: Record<string, unknown>) => Promise<void>> {
  const astro = await import(pathToFileURL(join(SITE_ROOT, "node_modules/astro/dist/index.js")).href);
  return astro.build;
}
