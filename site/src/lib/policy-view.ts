import { formatAmount, type Policy, periodText } from "@lifewelfare/content-models";
import { plainText } from "@lifewelfare/content-models/plain-text";
import { label } from "../i18n/ko.ts";

const MAX_GLANCE = 90;

/** Plain text cut at a word boundary near `max` characters, with "…" when cut. */
export function shorten(text: string, max = MAX_GLANCE): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

/**
 * The three text lines of the 한눈에 보기 box (대상 · 내용 · 신청); 문의 is rendered with tel links.
 * 신청 carries content-models `periodText` without the 신청 상태, which the badges show.
 */
export function glance(policy: Policy): { who: string; what: string; how: string } {
  const who = shorten(plainText(policy.targetAudience, { oneLine: true }));
  const what = policy.amounts.length
    ? policy.amounts.map(formatAmount).join(", ")
    : shorten(plainText(policy.benefits, { oneLine: true }));
  const channels = policy.applicationMethod.channels.map(label.channel).join(", ");
  const how = [channels, policy.applicationMethod.receivingOrganization, periodText(policy)]
    .filter(Boolean)
    .join(" · ");
  return { who, what, how };
}
