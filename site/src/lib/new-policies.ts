import type { Policy } from "@lifewelfare/content-models";

/** How many 신규 정책 the home page lists; all of them are on the 신규 정책 page (`new/`). */
export const HOME_NEW_LIMIT = 6;

/** The policies marked 신규 정책, most recently published first (then by title, Korean order). */
export function newPolicies(policies: Policy[]): Policy[] {
  const collator = new Intl.Collator("ko");
  return policies
    .filter((p) => p.isNew)
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || collator.compare(a.title, b.title));
}
