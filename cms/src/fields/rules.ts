import type { Validate } from "payload";
import type { z } from "zod";

/**
 * The first Korean message `schema` gives for `value`, or `true` when it passes.
 * Used to apply the content-models rules (phone, https URL, ids, KST dates) in Payload validators.
 */
export function ruleMessage(schema: z.ZodType, value: unknown): true | string {
  const result = schema.safeParse(value);
  return result.success ? true : (result.error.issues[0]?.message ?? "올바르지 않은 값입니다.");
}

/** A Payload validator for any field config (Payload's own validators are typed per field type). */
// biome-ignore lint/suspicious/noExplicitAny: matches Payload's per-field validator signatures
type FieldValidate<T> = Validate<T, any, any, any>;

/**
 * Wraps Payload's default validator `base` (required, length …) with a content-models rule that
 * runs on non-empty values only.
 */
export function withRule<T>(
  base: FieldValidate<T>,
  rule: (value: NonNullable<T>, siblingData: Record<string, unknown>, data: Record<string, unknown>) => true | string,
): FieldValidate<T> {
  return async (value, options) => {
    const baseResult = await base(value, options);
    if (baseResult !== true) return baseResult;
    if (value === null || value === undefined || (value as unknown) === "") return true;
    const { siblingData, data } = options as { siblingData?: Record<string, unknown>; data?: Record<string, unknown> };
    return rule(value as NonNullable<T>, siblingData ?? {}, data ?? {});
  };
}

/**
 * Runs an object rule of content-models (e.g. `ageCondition`, min ≤ max) on a field's siblings and
 * returns the message of the issue that points at `field`, if any. `toModel` maps Payload's sibling
 * data to the schema's input (nulls are dropped first).
 */
export function siblingRule(
  schema: z.ZodType,
  field: string,
  toModel: (sibling: Record<string, unknown>) => unknown = (s) => s,
): (value: unknown, siblingData: Record<string, unknown>) => true | string {
  return (_value, siblingData) => {
    const result = schema.safeParse(toModel(dropEmpty(siblingData)));
    if (result.success) return true;
    const issue = result.error.issues.find((i) => i.path[0] === field);
    return issue ? issue.message : true;
  };
}

/** A copy of `data` without null, undefined or empty-string values (Payload's "empty"). */
export function dropEmpty(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined && v !== ""));
}
