import { normalizeBasePath } from "@lifewelfare/content-models";

/** Settings of one `pnpm start` run (see `startOptionsFromEnv` for the variables and defaults). */
export type StartOptions = {
  /** Port of the static site server. */
  sitePort: number;
  /** Port of the CMS server (`next start -p`). */
  cmsPort: number;
  /** Address the site and CMS servers listen on (`next start -H`); loopback unless HOST says otherwise. */
  host: string;
  /** Public origin of the CMS admin (its CSRF allow-list and the printed links). */
  cmsUrl: string;
  /** Port of the loopback rebuild hook (`startHookServer`). */
  hookPort: number;
  /** Base path of the site, normalised (`/guide/`). */
  base: string;
  /** Origin of the site for links and the handbook; undefined: 안내서 설정's 누리집 주소. */
  origin: string | undefined;
  /** Quiet period the CMS waits after the last publish before calling the hook (ms, as text). */
  rebuildDebounceMs: string;
};

/**
 * How long `pnpm start`'s CMS waits after a publish for more (ms, as text). Short: the debounce only
 * gathers the writes of one bulk action (milliseconds apart) into one build, and a publish during
 * a build is folded into the one next build anyway (`RebuildQueue`), so a longer wait only delays
 * the site. The CMS's own default (30 s, for a remote webhook such as CI) is left as it is.
 */
export const START_REBUILD_DEBOUNCE_MS = "500";

/**
 * `pnpm start`'s settings from the environment: SITE_PORT (4321), CMS_PORT (3000), HOST (address
 * the site and the CMS listen on, default 127.0.0.1), CMS_SERVER_URL (default http://localhost:CMS_PORT),
 * REBUILD_HOOK_PORT (SITE_PORT + 1), SITE_BASE (/), SITE_ORIGIN (default 안내서 설정's 누리집 주소,
 * else http://localhost:SITE_PORT and a test-print handbook), REBUILD_DEBOUNCE_MS
 * (`START_REBUILD_DEBOUNCE_MS`).
 * Reads only `env`; nothing is validated here (the CMS validates its own variables).
 */
export function startOptionsFromEnv(env: NodeJS.ProcessEnv): StartOptions {
  const sitePort = Number(env.SITE_PORT ?? 4321);
  const cmsPort = Number(env.CMS_PORT ?? 3000);
  return {
    sitePort,
    cmsPort,
    host: env.HOST || "127.0.0.1",
    cmsUrl: env.CMS_SERVER_URL || `http://localhost:${cmsPort}`,
    hookPort: Number(env.REBUILD_HOOK_PORT ?? sitePort + 1),
    base: normalizeBasePath(env.SITE_BASE),
    origin: env.SITE_ORIGIN || undefined,
    rebuildDebounceMs: env.REBUILD_DEBOUNCE_MS ?? START_REBUILD_DEBOUNCE_MS,
  };
}
