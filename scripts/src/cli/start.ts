/**
 * pnpm start — the main job on the embedded default: builds everything, then serves the site and
 * the CMS admin and rebuilds on every publish (see `start` in src/start/start.ts for the parts,
 * and `startOptionsFromEnv` in src/start/options.ts for the variables: SITE_PORT, CMS_PORT, HOST,
 * CMS_SERVER_URL, REBUILD_HOOK_PORT, SITE_BASE, SITE_ORIGIN, REBUILD_DEBOUNCE_MS). Ctrl+C exits 0.
 */
import { startOptionsFromEnv } from "../start/options.ts";
import { start } from "../start/start.ts";

await start(startOptionsFromEnv(process.env));
