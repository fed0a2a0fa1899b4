import { createRequire } from "node:module";
import { dirname } from "node:path";

const require = createRequire(import.meta.url);

/** The site package's folder (`@lifewelfare/site`'s entry, `build.ts`, sits at its root). */
export const SITE_ROOT = dirname(require.resolve("@lifewelfare/site"));

/** Folder of the Astro installation the benchmark uses (the site's version, a bench dependency). */
export const ASTRO_DIR = dirname(require.resolve("astro/package.json"));
