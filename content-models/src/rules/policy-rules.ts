import type { Chapter, LifeStage } from "../code-lists/life-stages.ts";
import type { PolicyStatus } from "../code-lists/policy-statuses.ts";

/**
 * The two rules of a policy that span fields, each a predicate with its Korean message, called by
 * `policySchema` (content-models/src/policy.ts) and by the CMS's field validators
 * (cms/src/collections/Policies/rules.ts), so both say the same thing.
 */

/** Message when 대표 생애주기 is neither one of the chosen 생애주기 nor 공통. */
export const PRIMARY_CHAPTER_MESSAGE = "대표 생애주기는 선택한 생애주기 중 하나이거나 '공통'이어야 합니다.";

/** True when the chapter the handbook prints the policy in is one of its life stages or `common`. */
export function isPrimaryChapterAllowed(primaryChapter: Chapter, lifeStages: readonly LifeStage[]): boolean {
  return primaryChapter === "common" || lifeStages.includes(primaryChapter);
}

/** Message when a 시행예정 policy has no 시행 예정일. */
export const SCHEDULED_DATE_MESSAGE = "시행예정 정책에는 시행 예정일을 입력하세요.";

/**
 * True unless the policy is 시행예정 (`scheduled`) without its expected start date, which is
 * allowed only while it is marked 확인 필요 (`needsVerification`).
 */
export function hasScheduledDate(policy: {
  status: { value: PolicyStatus; effectiveFrom?: string | null };
  needsVerification?: boolean | null;
}): boolean {
  return (
    policy.status.value !== "scheduled" || Boolean(policy.status.effectiveFrom) || Boolean(policy.needsVerification)
  );
}
