import { formatAmount, formatKstDate, type Policy } from "@lifewelfare/content-models";
import { label, T } from "../i18n/ko.ts";
import { htmlToText } from "./html-text.ts";

const MAX_GLANCE = 90;

/** Plain text cut at a word boundary near `max` characters, with "…" when cut. */
export function shorten(text: string, max = MAX_GLANCE): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

/** 신청기한 in words: kind, dates (KST) and the editor's description. */
export function periodText(policy: Policy): string {
  const p = policy.applicationPeriod;
  const dates = [p.startDate && formatKstDate(p.startDate), p.endDate && formatKstDate(p.endDate)];
  const range = dates[0] || dates[1] ? `${dates[0] ?? ""} ~ ${dates[1] ?? ""}`.trim() : "";
  return [label.periodKind(p.kind), range, p.description].filter(Boolean).join(" · ");
}

/** The four lines of the 한눈에 보기 box (대상 · 내용 · 신청 · 문의); 문의 is rendered with tel links. */
export function glance(policy: Policy): { who: string; what: string; how: string } {
  const who = shorten(htmlToText(policy.targetAudience));
  const what = policy.amounts.length
    ? policy.amounts.map(formatAmount).join(", ")
    : shorten(htmlToText(policy.benefits));
  const channels = policy.applicationMethod.channels.map(label.channel).join(", ");
  const how = [channels, policy.applicationMethod.receivingOrganization, periodText(policy)]
    .filter(Boolean)
    .join(" · ");
  return { who, what, how };
}

/**
 * The status line (시행예정 with its date, 중단/종료 marked, 시행중 with its end date or note), or
 * undefined for a plain 시행중. `policy.status` is already derived for the build's date.
 */
export function statusNotice(policy: Policy): { tone: "warning" | "ended"; lines: string[] } | undefined {
  const s = policy.status;
  const lines: string[] = [];
  if (s.value === "scheduled") {
    lines.push(s.effectiveFrom ? T.policy.scheduledFrom(formatKstDate(s.effectiveFrom)) : label.status(s.value));
  } else if (s.value === "ended") {
    lines.push(s.effectiveUntil ? T.policy.endedOn(formatKstDate(s.effectiveUntil)) : label.status(s.value));
    lines.push(T.policy.endedNote);
  } else if (s.value === "suspended") {
    lines.push(label.status(s.value), T.policy.suspendedNote);
  } else if (s.value !== "active") {
    lines.push(label.status(s.value));
  } else if (s.effectiveUntil || s.note) {
    // 시행중 is said in words whenever there is a notice, so a note written for a 시행예정 that has
    // since started (the status is derived for the build's date) reads under the right status.
    lines.push(
      s.effectiveUntil ? `${label.status(s.value)} · ${formatKstDate(s.effectiveUntil)}까지` : label.status(s.value),
    );
  }
  if (s.note) lines.push(s.note);
  if (!lines.length) return undefined;
  return { tone: s.value === "ended" || s.value === "suspended" ? "ended" : "warning", lines };
}
