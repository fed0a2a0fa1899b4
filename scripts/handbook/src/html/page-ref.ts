import { htmlAttr } from "@lifewelfare/content-models/escape";

/**
 * Page-number slot for the anchor `id`, filled in by the print loop (see print/page-numbers.ts).
 * The slot has a fixed width (CSS `.pg`), so filling it never reflows the text around it.
 */
export function pageRef(id: string): string {
  return `<span class="pg" data-page-of="${htmlAttr(id)}"></span>`;
}

/** Anchor id of a policy entry (its title heading). */
export const policyAnchor = (policyId: string) => `p-${policyId}`;

/** Anchor id of a chapter (its opener heading). */
export const chapterAnchor = (chapter: string) => `ch-${chapter}`;
