import { formatKstDate, POLICY_STATUSES, type Policy, UI_WORDS } from "@lifewelfare/content-models";
import { htmlText } from "@lifewelfare/content-models/escape";

/** Kinds of printed marks; each has its own colour *and* its own words, never colour alone. */
export type MarkKind = "scheduled" | "stopped" | "pending" | "verifying" | "new" | "local";

/** One mark printed beside an entry's title, e.g. "시행예정 2026. 3. 1.". */
export type Mark = { kind: MarkKind; text: string };

const statusLabel = (value: Policy["status"]["value"]) =>
  POLICY_STATUSES.find((s) => s.value === value)?.label ?? value;

/**
 * The status of a policy as printed: 시행예정 with the expected start date, 종료 with the end date,
 * 중단, 사전공개, 협의 중; `undefined` for 시행중 (not marked).
 */
export function statusMark(policy: Policy): Mark | undefined {
  const { value, effectiveFrom, effectiveUntil } = policy.status;
  const label = statusLabel(value);
  if (value === "active") return undefined;
  if (value === "scheduled") {
    return { kind: "scheduled", text: effectiveFrom ? `${label} ${formatKstDate(effectiveFrom)}` : label };
  }
  if (value === "ended") {
    return { kind: "stopped", text: effectiveUntil ? `${label} ${formatKstDate(effectiveUntil)}` : label };
  }
  return { kind: value === "suspended" ? "stopped" : "pending", text: label };
}

/** The status label of a policy in words, "시행중" included. */
export function statusText(policy: Policy): string {
  return statusMark(policy)?.text ?? statusLabel(policy.status.value);
}

/** The marks of a policy, in reading order: its status mark, 확인 중, 신규, 광양형. */
export function policyMarks(policy: Policy): Mark[] {
  const status = statusMark(policy);
  const marks: Mark[] = status ? [status] : [];
  if (policy.needsVerification) marks.push({ kind: "verifying", text: UI_WORDS.verifying });
  if (policy.isNew) marks.push({ kind: "new", text: UI_WORDS.new });
  if (policy.isLocal) marks.push({ kind: "local", text: UI_WORDS.local });
  return marks;
}

/** A mark as an inline badge. */
export function markHtml(mark: Mark): string {
  return `<span class="mark mark--${mark.kind}">${htmlText(mark.text)}</span>`;
}
