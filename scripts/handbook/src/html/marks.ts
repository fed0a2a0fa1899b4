import type { PolicyMark } from "@lifewelfare/content-models";
import { htmlText } from "@lifewelfare/content-models/escape";

/**
 * One mark printed beside an entry's title or in the legend, e.g. "시행예정 2026. 3. 1.". The
 * marks of a policy come from content-models `policyMarks`; each `kind` has its own colour
 * (`mark--{kind}` in handbook.css) and its own words.
 */
export type Mark = Pick<PolicyMark, "kind" | "text">;

/** A mark as an inline badge. */
export function markHtml(mark: Mark): string {
  return `<span class="mark mark--${mark.kind}">${htmlText(mark.text)}</span>`;
}
