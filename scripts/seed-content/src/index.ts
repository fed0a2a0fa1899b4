/**
 * `@lifewelfare/seed-content`: what `pnpm seed` loads into an empty CMS, as data typed by
 * content-models (rich text as `RichTextSource`). The seed script (`scripts/src/seed/seed.ts`) maps
 * it into the CMS through the codec; `seedSnapshot` (subpath `./snapshot`) turns it into a
 * snapshot without a CMS, for tests and the bench; `./search-eval` is the search evaluation set.
 */
export { seedDepartments } from "./departments.ts";
export { seedGuidebook } from "./guidebook.ts";
export { renderMascotPng, seedMascots } from "./mascot.ts";
export { seedPolicies } from "./policies/index.ts";
export { SEARCH_TERMS } from "./search-terms.ts";
export type { RichTextSource, SeedGuidebook, SeedPolicy } from "./types.ts";
