import { applicationPeriodSchema, policyStatusSchema, toKstDate } from "@lifewelfare/content-models";
import { siblingRule } from "../../fields/rules.ts";

/** Payload date values (ISO instants) → content-models KST dates `YYYY-MM-DD`. */
function datesToKst(sibling: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out = { ...sibling };
  for (const key of keys) {
    const value = out[key];
    if (typeof value === "string" && !Number.isNaN(Date.parse(value))) out[key] = toKstDate(value);
  }
  return out;
}

/** 신청기한: the start date may not be after the end date (content-models `applicationPeriodSchema`). */
export const applicationPeriodEndRule = siblingRule(applicationPeriodSchema, "endDate", (s) =>
  datesToKst(s, ["startDate", "endDate"]),
);

/** 상태: 시행일 may not be after 종료일 (content-models `policyStatusSchema`). */
export const statusUntilRule = siblingRule(policyStatusSchema, "effectiveUntil", (s) =>
  datesToKst(s, ["effectiveFrom", "effectiveUntil"]),
);

/**
 * 대표 생애주기 must be one of the chosen 생애주기 or 공통 (content-models `policySchema` refinement).
 * `data` is the whole document being validated.
 */
export function primaryChapterRule(value: unknown, data: Record<string, unknown>): true | string {
  const stages = Array.isArray(data.lifeStages) ? (data.lifeStages as string[]) : [];
  if (value === "common" || stages.includes(String(value))) return true;
  return "대표 생애주기는 선택한 생애주기 중 하나이거나 '공통'이어야 합니다.";
}

/**
 * A 시행예정 (scheduled) policy needs its 시행일 unless it is marked 확인 필요
 * (content-models `policySchema` refinement).
 */
export function scheduledNeedsDateRule(value: unknown, data: Record<string, unknown>): true | string {
  const status = (data.status ?? {}) as { value?: unknown };
  if (status.value === "scheduled" && !value && !data.needsVerification)
    return "시행예정 정책에는 시행 예정일을 입력하세요.";
  return true;
}
