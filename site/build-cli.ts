/**
 * `pnpm --filter @lifewelfare/site build`: builds the site from SNAPSHOT_DIR into SITE_OUT_DIR under
 * SITE_BASE (see README.md). Example: `SITE_BASE=/guide/ pnpm --filter @lifewelfare/site build`.
 */
import { buildSite } from "./build.ts";

const started = performance.now();
const { outDir, base } = await buildSite();
console.log(`Site built in ${((performance.now() - started) / 1000).toFixed(1)} s → ${outDir} (base ${base})`);
