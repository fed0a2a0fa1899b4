import { isKstDate, kstDate, toKstDate } from "@lifewelfare/content-models";
import type { DateField } from "payload";
import { date } from "payload/shared";
import { type LabelledName, label } from "./label.ts";
import { ruleMessage, withRule } from "./rules.ts";

/**
 * A calendar date in Korea (KST). The admin picks a day; the value is stored as the instant of
 * 12:00 KST that day (e.g. `2025-01-01` → `2025-01-01T03:00:00.000Z`), so `toKstDate(value)`
 * from content-models gives back `2025-01-01` on any server, and browsers from UTC−3 to UTC+14
 * display the same day. `YYYY-MM-DD` strings
 * (imports, API) are checked to be real dates.
 */
export function kstDateField(
  name: LabelledName,
  overrides: Partial<Omit<DateField, "type">> = {},
  /** A further rule on the value (may be empty) with its siblings and the whole document. */
  rule?: (value: unknown, siblingData: Record<string, unknown>, data: Record<string, unknown>) => true | string,
): DateField {
  return {
    name,
    type: "date",
    label: label(name),
    admin: { date: { pickerAppearance: "dayOnly", displayFormat: "yyyy. M. d." } },
    hooks: { beforeValidate: [({ value }) => normalizeKstDate(value)] },
    validate: async (value, options) => {
      const base = await withRule(date, realDay)(value, options);
      if (base !== true || !rule) return base;
      const { siblingData, data } = options as {
        siblingData?: Record<string, unknown>;
        data?: Record<string, unknown>;
      };
      return rule(value, siblingData ?? {}, data ?? {});
    },
    ...overrides,
  } as DateField;
}

/** A `YYYY-MM-DD…` string must name a real calendar day (JavaScript accepts 2025-02-30). */
function realDay(value: unknown): true | string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(value)) return true;
  return isKstDate(value.slice(0, 10)) ? true : ruleMessage(kstDate, value.slice(0, 10));
}

/** `2025-01-01` or any instant on that KST day → `2025-01-01T12:00:00+09:00` as ISO UTC. */
export function normalizeKstDate(value: unknown): unknown {
  if (value instanceof Date) value = value.toISOString();
  if (typeof value !== "string" || !value.trim()) return value;
  const trimmed = value.trim();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(trimmed)
    ? trimmed
    : Number.isNaN(Date.parse(trimmed))
      ? null
      : toKstDate(trimmed);
  if (!day || !isKstDate(day)) return trimmed;
  return new Date(`${day}T12:00:00+09:00`).toISOString();
}
