import type { PolicyStatus } from "../code-lists/policy-statuses.ts";
import type { Policy } from "../policy.ts";
import { codeLabel } from "../present/code-label.ts";
import type { Snapshot } from "../snapshot.ts";
import { type KstDate, parseKstDate } from "./kst-date.ts";

/**
 * 신청 상태 (application state) as residents see it on a given day:
 * - `upcoming` 신청 예정 — a 정해진 기간 (`fixed`) whose start date is still ahead;
 * - `open` 신청 중 — inside a fixed period, or 연중 상시 (`always`) while the policy is in force
 *   (an `always` period of a 시행예정 policy is `upcoming`);
 * - `closed` 신청 마감 — after a fixed period's end date, or the policy has ended;
 * - `none` — nothing to show from dates: 신청 불필요, 사유 발생 후 기한 내, 확인 중, or a fixed
 *   period without dates (its description says it in words).
 */
export const APPLICATION_STATES = [
  { value: "upcoming", label: "신청 예정" },
  { value: "open", label: "신청 중" },
  { value: "closed", label: "신청 마감" },
  { value: "none", label: "" },
] as const;
/** One application state value. */
export type ApplicationState = (typeof APPLICATION_STATES)[number]["value"];

/** What residents see of a policy on `on`: see `deriveStatus`. */
export type DerivedStatus = {
  /** 상태 as shown (may differ from the stored one). */
  status: PolicyStatus;
  /** 신청 상태 as shown. */
  application: ApplicationState;
  /** The KST date this was derived for. */
  on: KstDate;
  /** The first KST date after `on` on which `status` or `application` changes, or null if never. */
  nextChangeOn: KstDate | null;
};

/** The Korean label of the application state of `policy` on `on` ("" for `none`): `deriveStatus`. */
export function applicationStateLabel(policy: StatusInput, on: KstDate): string {
  const { application } = deriveStatus(policy, on);
  return codeLabel(APPLICATION_STATES, application);
}

/** The policy fields the derivation reads. */
export type StatusInput = Pick<Policy, "status" | "applicationPeriod">;

/** The KST calendar date `days` after `date` (negative goes back); leap years included. */
export function addKstDays(date: KstDate, days: number): KstDate {
  const { year, month, day } = parseKstDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * Derives the status and application state residents see on the KST calendar date `on`
 * (`YYYY-MM-DD` strings compare in calendar order). All dates are KST calendar days and every
 * stored date is inclusive:
 * - 시행예정 (`scheduled`) becomes 시행중 on `effectiveFrom` (from 00:00 KST that day);
 * - 시행예정 or 시행중 becomes 종료 the day after `effectiveUntil` (the last day in force);
 * - a stored 종료 or 중단, and 사전공개/협의 중 (not yet decided), are shown as stored: dates never
 *   move them;
 * - a `fixed` 신청기한 is 신청 예정 before `startDate`, 신청 중 from `startDate` through `endDate`,
 *   신청 마감 from the day after `endDate` (a missing date leaves that side open); an `always`
 *   period is 신청 중; an ended (derived or stored) policy is 신청 마감 unless it needs no application.
 *
 * `nextChangeOn` is the first date after `on` on which the result differs, for scheduling the daily
 * rebuild. Source of the rule: the README's promise that the daily rebuild turns 시행예정 into 시행중
 * and closes a passed 신청기한 (issue 17).
 * @throws RangeError when `on` is not a real `YYYY-MM-DD` date.
 */
export function deriveStatus(policy: StatusInput, on: KstDate): DerivedStatus {
  parseKstDate(on);
  const status = statusOn(policy, on);
  const application = applicationOn(policy, status, on);
  // Every change happens on a stored date or the day after one; the earliest candidate after `on`
  // that changes the result is the next change.
  const { effectiveFrom, effectiveUntil } = policy.status;
  const { startDate, endDate } = policy.applicationPeriod;
  const candidates = [
    effectiveFrom,
    effectiveUntil && addKstDays(effectiveUntil, 1),
    startDate,
    endDate && addKstDays(endDate, 1),
  ]
    .filter((d): d is KstDate => typeof d === "string" && d > on)
    .sort();
  const nextChangeOn =
    candidates.find((d) => {
      const later = statusOn(policy, d);
      return later !== status || applicationOn(policy, later, d) !== application;
    }) ?? null;
  return { status, application, on, nextChangeOn };
}

function statusOn(policy: StatusInput, on: KstDate): PolicyStatus {
  const { value, effectiveFrom, effectiveUntil } = policy.status;
  if (value !== "scheduled" && value !== "active") return value;
  if (effectiveUntil && on > effectiveUntil) return "ended";
  if (value === "scheduled" && effectiveFrom && on >= effectiveFrom) return "active";
  return value;
}

function applicationOn(policy: StatusInput, status: PolicyStatus, on: KstDate): ApplicationState {
  const { kind, startDate, endDate } = policy.applicationPeriod;
  if (kind === "none") return "none";
  if (status === "ended") return "closed";
  if (kind === "always") return status === "active" ? "open" : status === "scheduled" ? "upcoming" : "none";
  if (kind !== "fixed" || (!startDate && !endDate)) return "none";
  if (startDate && on < startDate) return "upcoming";
  if (endDate && on > endDate) return "closed";
  return "open";
}

/** `policy` with `status.value` replaced by the one derived for `on` (see `deriveStatus`). */
export function withDerivedStatus<P extends StatusInput>(policy: P, on: KstDate): P {
  const { status } = deriveStatus(policy, on);
  return status === policy.status.value ? policy : { ...policy, status: { ...policy.status, value: status } };
}

/**
 * The snapshot as residents see it on `on`: every policy's status derived (`withDerivedStatus`).
 * Site, handbook and open data call this once per build with the build's KST date.
 */
export function snapshotOn(snapshot: Snapshot, on: KstDate): Snapshot {
  return { ...snapshot, policies: snapshot.policies.map((p) => withDerivedStatus(p, on)) };
}

/**
 * A key of every derived state on `on` (`id:status:application`, sorted by id): two dates with the
 * same key give the same output, so a build whose key and content are unchanged can be skipped.
 */
export function derivedStatesKey(policies: (StatusInput & { id: string })[], on: KstDate): string {
  return policies
    .map((p) => {
      const d = deriveStatus(p, on);
      return `${p.id}:${d.status}:${d.application}`;
    })
    .sort()
    .join("\n");
}
