import type { Eligibility, Policy } from "@lifewelfare/content-models";
import { label } from "../i18n/ko.ts";

/** What the finder needs per policy, and nothing more: id, title, slug, status note and eligibility. */
export type FinderPolicy = { i: string; t: string; s: string; n?: string; e: Eligibility };

/** Where the finder's data is published, relative to the site's base (`pages/finder-data.json.ts`). */
export const FINDER_DATA_PATH = "finder-data.json";

/**
 * The finder's data: policies residents can still apply for (not 중단 or 종료), with their
 * structured eligibility. Published as its own JSON file, which the finder page fetches after its
 * first paint (it grows with the number of policies: about 180 KB at 5,000).
 */
export function finderData(policies: Policy[]): FinderPolicy[] {
  return policies
    .filter((p) => p.status.value !== "ended" && p.status.value !== "suspended")
    .map((p) => ({
      i: p.id,
      t: p.title,
      s: p.slug,
      ...(p.status.value === "active" ? {} : { n: label.status(p.status.value) }),
      e: p.eligibility,
    }));
}
