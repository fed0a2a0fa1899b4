import {
  applicationPeriodSchema,
  CHAPTER_VALUES,
  type Chapter,
  hasScheduledDate,
  isPrimaryChapterAllowed,
  PRIMARY_CHAPTER_MESSAGE,
  policyStatusSchema,
  SCHEDULED_DATE_MESSAGE,
  toKstDate,
} from "@lifewelfare/content-models";
import { siblingRule } from "../../fields/rules.ts";
import type { Policy } from "../../payload-types.ts";

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
 * 대표 생애주기 must be one of the chosen 생애주기 or 공통 (content-models `isPrimaryChapterAllowed`).
 * `data` is the whole document being validated.
 */
export function primaryChapterRule(value: unknown, data: Partial<Policy>): true | string {
  if (!isChapter(value)) return true; // an unknown chapter is the select field's own error
  return isPrimaryChapterAllowed(value, data.lifeStages ?? []) || PRIMARY_CHAPTER_MESSAGE;
}

/**
 * A 시행예정 (scheduled) policy needs its 시행일 unless it is marked 확인 필요
 * (content-models `hasScheduledDate`). `value` is the 시행일 being validated.
 */
export function scheduledNeedsDateRule(value: unknown, data: Partial<Policy>): true | string {
  if (!data.status) return true;
  const status = { value: data.status.value, effectiveFrom: typeof value === "string" ? value : null };
  return hasScheduledDate({ status, needsVerification: data.needsVerification }) || SCHEDULED_DATE_MESSAGE;
}

const isChapter = (value: unknown): value is Chapter =>
  typeof value === "string" && (CHAPTER_VALUES as readonly string[]).includes(value);
