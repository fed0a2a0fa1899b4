import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  formatKstDate,
  formatKstDateLong,
  isKstDate,
  kstDate,
  parseKstDate,
  todayKst,
  toKstDate,
} from "../src/index.ts";

describe("KST dates", () => {
  let savedTz: string | undefined;
  beforeEach(() => {
    savedTz = process.env.TZ;
  });
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it("a 2025-01-01 date stays 2025-01-01 on a machine set to UTC (and to Los Angeles)", () => {
    for (const tz of ["UTC", "America/Los_Angeles", "Asia/Seoul"]) {
      process.env.TZ = tz;
      expect(kstDate.parse("2025-01-01")).toBe("2025-01-01");
      expect(formatKstDate("2025-01-01")).toBe("2025. 1. 1.");
      expect(formatKstDateLong("2025-01-01")).toBe("2025년 1월 1일");
      expect(parseKstDate("2025-01-01")).toEqual({ year: 2025, month: 1, day: 1 });
    }
  });

  it("toKstDate takes the calendar day in Korea", () => {
    process.env.TZ = "UTC";
    expect(toKstDate("2024-12-31T15:30:00Z")).toBe("2025-01-01");
    expect(toKstDate("2024-12-31T14:59:59Z")).toBe("2024-12-31");
    expect(toKstDate("2024-12-31T15:00:00Z")).toBe("2025-01-01");
    expect(toKstDate(new Date("2024-12-31T15:30:00Z"))).toBe("2025-01-01");
    expect(toKstDate("2025-01-01T00:10:00+09:00")).toBe("2025-01-01");
  });

  it("toKstDate reads a date-time without offset as KST, whatever the machine's zone", () => {
    for (const tz of ["UTC", "America/Los_Angeles", "Asia/Seoul"]) {
      process.env.TZ = tz;
      expect(toKstDate("2025-01-01T00:30:00")).toBe("2025-01-01");
      expect(toKstDate("2024-12-31T23:59")).toBe("2024-12-31");
    }
  });

  it("todayKst uses the injected clock", () => {
    expect(todayKst(new Date("2026-02-28T16:00:00Z"))).toBe("2026-03-01");
  });

  it("toKstDate refuses an invalid instant", () => {
    expect(() => toKstDate("not a date")).toThrow(RangeError);
    expect(() => toKstDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("accepts only real dates written YYYY-MM-DD", () => {
    expect(isKstDate("2024-02-29")).toBe(true);
    expect(isKstDate("2025-02-29")).toBe(false);
    expect(isKstDate("2025-04-31")).toBe(false);
    expect(isKstDate("2025-1-1")).toBe(false);
    expect(isKstDate("2025-01-01T00:00:00Z")).toBe(false);
    expect(isKstDate("2025.01.01")).toBe(false);
    expect(kstDate.parse(" 2025-01-01 ")).toBe("2025-01-01");
    const result = kstDate.safeParse("2025-02-29");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("날짜는 YYYY-MM-DD 형식의 실제 날짜여야 합니다. 예: 2025-01-01");
  });

  it("parseKstDate throws RangeError on an invalid date", () => {
    expect(() => parseKstDate("2025-13-01")).toThrow(RangeError);
  });
});
