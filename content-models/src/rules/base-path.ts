/**
 * A URL base path with exactly one leading and one trailing slash, the form page paths are joined
 * onto: `guide` → `/guide/`, `/guide//` → `/guide/`, `""`, `/` or `undefined` → `/`.
 * The one rule for `SITE_BASE`: the site build, the static server and the handbook's short
 * links all call it, so they agree on every address.
 */
export function normalizeBasePath(base: string | undefined): string {
  const trimmed = (base ?? "").replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
