/** Paths (under the base) of the site's fixed pages, for the sitemap. Redirects and 404 are left out. */
export const STATIC_PAGES = [
  "",
  "stages/",
  "topics/",
  "situations/",
  "departments/",
  "policies/",
  "new/",
  "finder/",
  "search/",
  "open-data/",
  "about/",
  "guide/",
  "accessibility/",
  "privacy/",
] as const;
