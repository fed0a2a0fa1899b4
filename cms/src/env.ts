import { type CmsEnv, loadEnv } from "./load-env.ts";

/**
 * The validated environment of this CMS process (`loadEnv(process.env)`), read once on first
 * import: what the config, the collections and the server code read. Anything that only needs
 * the rules (scripts, tests, instrumentation) imports `load-env.ts`, which has no side effect.
 */
export const env: CmsEnv = loadEnv();
