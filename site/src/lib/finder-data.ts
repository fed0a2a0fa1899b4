import type { Eligibility, Policy } from "@lifewelfare/content-models";
import { jsonInScript } from "@lifewelfare/content-models/escape";
import { label } from "../i18n/ko.ts";

/** What the finder needs per policy, and nothing more: id, title, slug, status note and eligibility. */
export type FinderPolicy = { i: string; t: string; s: string; n?: string; e: Eligibility };

/**
 * The finder's data: policies residents can still apply for (not 중단 or 종료), with their
 * structured eligibility. Serialised by `jsonInScript` (`< > &` escaped) so it can sit inside a
 * `<script type="application/json">` element.
 */
export function finderJson(policies: Policy[]): string {
  const data: FinderPolicy[] = policies
    .filter((p) => p.status.value !== "ended" && p.status.value !== "suspended")
    .map((p) => ({
      i: p.id,
      t: p.title,
      s: p.slug,
      ...(p.status.value === "active" ? {} : { n: label.status(p.status.value) }),
      e: p.eligibility,
    }));
  return jsonInScript(data);
}
