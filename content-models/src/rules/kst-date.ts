import { z } from "zod";

/**
 * Dates are KST calendar dates written `YYYY-MM-DD` (Asia/Seoul has no DST, UTC+9). They are
 * kept as strings so that a 2025-01-01 start stays 2025-01-01 on a machine set to UTC.
 */
export const KST_OFFSET_MINUTES = 9 * 60;

/** A valid calendar date `YYYY-MM-DD` (KST). */
export const kstDate = z
  .string()
  .trim()
  .refine(isKstDate, { message: "날짜는 YYYY-MM-DD 형식의 실제 날짜여야 합니다. 예: 2025-01-01" });

/** A KST calendar date `YYYY-MM-DD` (a plain string; validate with `kstDate` or `isKstDate`). */
export type KstDate = string;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isKstDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An ISO date-time without `Z` or an offset, which `Date.parse` would read in the machine's zone. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * The KST calendar date of an instant: `2024-12-31T15:30:00Z` → `2025-01-01`.
 * Accepts a Date or an ISO timestamp string; a date-time written without `Z` or an offset is read
 * as KST (never as the machine's local time), so the result is the same on every machine.
 * @throws RangeError on an invalid instant.
 */
export function toKstDate(instant: Date | string): KstDate {
  const text =
    typeof instant === "string" && LOCAL_DATE_TIME.test(instant.trim()) ? `${instant.trim()}+09:00` : instant;
  const time = typeof text === "string" ? Date.parse(text) : text.getTime();
  if (Number.isNaN(time)) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return new Date(time + KST_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

/** Today's date in Korea. `now` is injectable for tests. */
export function todayKst(now: Date = new Date()): KstDate {
  return toKstDate(now);
}

/** Splits a KST date into numbers. Throws RangeError on an invalid date. */
export function parseKstDate(value: KstDate): { year: number; month: number; day: number } {
  if (!isKstDate(value)) throw new RangeError(`Invalid KST date: ${value}`);
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** `2025-01-01` → `2025. 1. 1.` — the usual Korean way to print a date. */
export function formatKstDate(value: KstDate): string {
  const { year, month, day } = parseKstDate(value);
  return `${year}. ${month}. ${day}.`;
}

/** `2025-01-01` → `2025년 1월 1일`. */
export function formatKstDateLong(value: KstDate): string {
  const { year, month, day } = parseKstDate(value);
  return `${year}년 ${month}월 ${day}일`;
}
