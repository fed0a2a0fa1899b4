import { POLICY_STATUSES } from "../code-lists/policy-statuses.ts";
import { STATUS_WORDS, UI_WORDS } from "../labels.ko.ts";
import type { Policy } from "../policy.ts";
import { APPLICATION_STATES, deriveStatus } from "../rules/derived-status.ts";
import { formatKstDate, type KstDate } from "../rules/kst-date.ts";
import { codeLabel } from "./code-label.ts";

/** The policy fields the status wording reads. */
export type StatusWordsInput = Pick<Policy, "status" | "applicationPeriod">;

/**
 * The status of a policy on `on` (KST) in one line, 시행중 included: "시행예정 2027. 3. 1.",
 * "종료 2026. 6. 30.", "시행중 · 2026. 12. 31.까지", "중단", "사전공개", "협의 중", "시행중".
 * The status is derived for `on` (`deriveStatus`), so a stale stored 시행예정 reads 시행중.
 * @throws RangeError when `on` is not a real `YYYY-MM-DD` date.
 */
export function statusLine(policy: StatusWordsInput, on: KstDate): string {
  const { status } = deriveStatus(policy, on);
  const { effectiveFrom, effectiveUntil } = policy.status;
  const label = codeLabel(POLICY_STATUSES, status);
  if (status === "scheduled" && effectiveFrom) return `${label} ${formatKstDate(effectiveFrom)}`;
  if (status === "ended" && effectiveUntil) return `${label} ${formatKstDate(effectiveUntil)}`;
  if (status === "active" && effectiveUntil) return `${label} · ${STATUS_WORDS.until(formatKstDate(effectiveUntil))}`;
  return label;
}

/** The status notice of a policy page: its tone and its lines (the status line first). */
export type StatusNotice = { tone: "warning" | "ended"; lines: string[] };

/**
 * The notice under a policy's title on `on` (KST): the status line, what it means for residents
 * (종료 and 중단 say so) and the editor's status note; undefined for a plain 시행중 (no end date, no
 * note). 시행중 is named whenever there is a notice, so a note written for a 시행예정 that has since
 * started reads under the right status. Tone `ended` for 종료 and 중단, else `warning`.
 * @throws RangeError when `on` is not a real `YYYY-MM-DD` date.
 */
export function statusNotice(policy: StatusWordsInput, on: KstDate): StatusNotice | undefined {
  const { status } = deriveStatus(policy, on);
  const { note, effectiveUntil } = policy.status;
  if (status === "active" && !effectiveUntil && !note) return undefined;
  const lines = [statusLine(policy, on)];
  if (status === "ended") lines.push(STATUS_WORDS.endedNote);
  if (status === "suspended") lines.push(STATUS_WORDS.suspendedNote);
  if (note) lines.push(note);
  return { tone: status === "ended" || status === "suspended" ? "ended" : "warning", lines };
}

/**
 * Kinds of marks; each output gives each kind its own colour *and* its own words, never colour
 * alone (the handbook's `mark--{kind}` classes). `scheduled` is "not yet" (시행예정, 신청 예정),
 * `stopped` is "no longer" (종료, 중단, 신청 마감), `pending` is 사전공개 and 협의 중.
 */
export type MarkKind = "scheduled" | "stopped" | "pending" | "verifying" | "new" | "local";
/** The KRDS badge tone of a mark on the site (`krds-badge outline-{tone}`). */
export type MarkTone = "primary" | "secondary" | "warning" | "danger";
/** One mark beside a policy's title: "시행예정 2027. 3. 1.", "신청 마감", "확인 중", "신규", "광양형". */
export type PolicyMark = { kind: MarkKind; tone: MarkTone; text: string };

/**
 * The marks of a policy on `on` (KST), in reading order: its status unless 시행중 (`statusLine`),
 * 신청 예정 or 신청 마감 when the dates decide it (not beside 종료, which says it already), 확인 중,
 * 신규, 광양형. Shared by the site's badges and the handbook's marks.
 * @throws RangeError when `on` is not a real `YYYY-MM-DD` date.
 */
export function policyMarks(
  policy: StatusWordsInput & Pick<Policy, "needsVerification" | "isNew" | "isLocal">,
  on: KstDate,
): PolicyMark[] {
  const { status, application } = deriveStatus(policy, on);
  const marks: PolicyMark[] = [];
  if (status === "scheduled") marks.push({ kind: "scheduled", tone: "warning", text: statusLine(policy, on) });
  if (status === "ended" || status === "suspended")
    marks.push({ kind: "stopped", tone: "danger", text: statusLine(policy, on) });
  if (status === "preview" || status === "consulting")
    marks.push({ kind: "pending", tone: "warning", text: statusLine(policy, on) });
  if (application === "upcoming")
    marks.push({ kind: "scheduled", tone: "secondary", text: codeLabel(APPLICATION_STATES, application) });
  if (application === "closed" && status !== "ended")
    marks.push({ kind: "stopped", tone: "danger", text: codeLabel(APPLICATION_STATES, application) });
  if (policy.needsVerification) marks.push({ kind: "verifying", tone: "warning", text: UI_WORDS.verifying });
  if (policy.isNew) marks.push({ kind: "new", tone: "primary", text: UI_WORDS.new });
  if (policy.isLocal) marks.push({ kind: "local", tone: "secondary", text: UI_WORDS.local });
  return marks;
}
