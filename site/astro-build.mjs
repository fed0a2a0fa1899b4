// Runs one Astro build in its own process (spawned by build.ts). Settings come from the environment
// through astro.config.ts; a fresh process keeps builds from sharing Node's module cache.
import { build } from "astro";

await build({ root: import.meta.dirname, logLevel: process.env.SITE_LOG_LEVEL ?? "warn" });
