/**
 * 정책 상태 (policy status), in the city's real sequence: a new policy is pre-published for
 * comment (사전공개), agreed with 보건복지부 (사회보장제도 신설 협의), given a 조례, then launched.
 * `suspended` (중단) may resume; `ended` (종료) does not.
 * @see shared/docs/domain-research.md §1.0 "Policy lifecycle"
 */
export const POLICY_STATUSES = [
  { value: "preview", label: "사전공개", isActive: false },
  { value: "consulting", label: "협의 중", isActive: false },
  { value: "scheduled", label: "시행예정", isActive: false },
  { value: "active", label: "시행중", isActive: true },
  { value: "suspended", label: "중단", isActive: false },
  { value: "ended", label: "종료", isActive: false },
] as const;

/** One policy status value. */
export type PolicyStatus = (typeof POLICY_STATUSES)[number]["value"];
/** Policy status values as a non-empty tuple for `z.enum`. */
export const POLICY_STATUS_VALUES = POLICY_STATUSES.map((s) => s.value) as [PolicyStatus, ...PolicyStatus[]];
