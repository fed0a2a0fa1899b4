/**
 * `Cache-Control` of the built site's files, by path: sent by `npm start`'s server
 * (scripts/src/serve/static-server.ts) and listed for other static hosts in site/README.md
 * ("Hosting the static output").
 */

/** Content-hashed files: a new content gets a new name, so a copy never goes stale. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

/** Files each publish replaces in place (HTML, search, open data, PDFs): revalidate by ETag every time. */
export const REVALIDATE_CACHE = "no-cache";

/**
 * The static read API (`api/v1/`): one minute, then revalidated by ETag. Each publish replaces its
 * files in place (their names carry no hash), so a client sees an edit within a minute.
 */
export const API_CACHE = "public, max-age=60";

/** The site's icons: fixed names, rarely changed; a day. */
export const ICON_CACHE = "public, max-age=86400";

/**
 * Names that carry a hash of their content: Astro's `_astro/` (styles, scripts, font slices,
 * images) and Pagefind's index, fragment and filter chunks and its metadata
 * (`pagefind/index/ko_8a1b2c3.pf_index`, `pagefind/pagefind.ko_19d0eeaedc.pf_meta`).
 */
const HASHED = [
  /^_astro\//,
  /^pagefind\/(index|fragment|filter)\/[\w-]+_[0-9a-f]{7,}\.pf_\w+$/,
  /^pagefind\/pagefind\.[\w-]+_[0-9a-f]{7,}\.pf_meta$/,
];

/**
 * The `Cache-Control` for a file at `relativePath` (relative to the site root, `/`-separated, no
 * leading slash): a year and `immutable` for content-hashed names, a minute for the read API's
 * JSON, a day for the icons, `no-cache` for everything else.
 */
export function cacheControlFor(relativePath: string): string {
  if (HASHED.some((pattern) => pattern.test(relativePath))) return IMMUTABLE_CACHE;
  if (relativePath.startsWith("api/v1/") && relativePath.endsWith(".json")) return API_CACHE;
  if (relativePath === "favicon.ico" || relativePath === "favicon.svg") return ICON_CACHE;
  return REVALIDATE_CACHE;
}
