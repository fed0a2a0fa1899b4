/**
 * Resident-facing words computed from a policy, the same in the site, the handbook, the open data
 * and the CMS: code-list labels, 신청기한, status lines and marks. Pure, no framework. `plainText`
 * (HTML to text) has its own subpath, `@lifewelfare/content-models/plain-text`.
 */
export * from "./code-label.ts";
export * from "./period.ts";
export * from "./status.ts";
