/**
 * Site URLs under the configured base path (`SITE_BASE`, e.g. `/guide/`). Every internal link and
 * asset goes through `href` so the site works under any base.
 */
const BASE = `${import.meta.env.BASE_URL.replace(/\/+$/, "")}/`;

/** `stages/senior/` → `/guide/stages/senior/`. */
export function href(path = ""): string {
  return BASE + path.replace(/^\/+/, "");
}

/** The page of a policy (current slug). */
export function policyHref(slug: string): string {
  return href(`policies/${slug}/`);
}

/** The permanent short URL of a policy. */
export function shortHref(id: string): string {
  return href(`p/${id}/`);
}

/** An absolute URL on the site's origin (`Astro.site`), percent-encoded for sitemaps and canonicals. */
export function absoluteUrl(site: URL | undefined, path: string): string {
  if (!site) throw new Error("The site origin is not configured (SITE_ORIGIN or guidebook.siteOrigin).");
  return new URL(encodeURI(href(path)), site).href;
}
