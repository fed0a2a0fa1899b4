import { describe, expect, it } from "vitest";
import { ageInMonths, ageInYears } from "../src/index.ts";

describe("ageInYears (만 나이)", () => {
  it("counts a year on the birthday itself, not the day before", () => {
    expect(ageInYears("1959-03-02", "2026-03-01")).toBe(66);
    expect(ageInYears("1959-03-02", "2026-03-02")).toBe(67);
    expect(ageInYears("1959-03-02", "2026-03-03")).toBe(67);
  });

  it("is 0 on the day of birth and across the first year", () => {
    expect(ageInYears("2025-06-15", "2025-06-15")).toBe(0);
    expect(ageInYears("2025-06-15", "2026-06-14")).toBe(0);
    expect(ageInYears("2025-06-15", "2026-06-15")).toBe(1);
  });

  it("handles year ends: born 31 December", () => {
    expect(ageInYears("2000-12-31", "2025-12-30")).toBe(24);
    expect(ageInYears("2000-12-31", "2025-12-31")).toBe(25);
    expect(ageInYears("2000-12-31", "2026-01-01")).toBe(25);
  });

  it("born 29 February: a year older on 1 March in common years, on 29 February in leap years", () => {
    expect(ageInYears("2000-02-29", "2025-02-28")).toBe(24);
    expect(ageInYears("2000-02-29", "2025-03-01")).toBe(25);
    expect(ageInYears("2000-02-29", "2028-02-28")).toBe(27);
    expect(ageInYears("2000-02-29", "2028-02-29")).toBe(28);
    expect(ageInYears("2024-02-29", "2025-02-28")).toBe(0);
    expect(ageInYears("2024-02-29", "2025-03-01")).toBe(1);
  });

  it("throws RangeError on invalid dates or a day before the birth", () => {
    expect(() => ageInYears("2025-02-29", "2026-01-01")).toThrow(RangeError);
    expect(() => ageInYears("2000-01-01", "2026-13-01")).toThrow(RangeError);
    expect(() => ageInYears("2000/01/01", "2026-01-01")).toThrow(/Invalid KST date/);
    expect(() => ageInYears("2026-01-02", "2026-01-01")).toThrow(/before the birth date/);
  });
});

describe("ageInMonths (개월 수)", () => {
  it("completes a month on the same day of the month", () => {
    expect(ageInMonths("2024-11-20", "2026-11-19")).toBe(23);
    expect(ageInMonths("2024-11-20", "2026-11-20")).toBe(24);
    expect(ageInMonths("2026-01-15", "2026-02-14")).toBe(0);
    expect(ageInMonths("2026-01-15", "2026-02-15")).toBe(1);
  });

  it("born on the 31st: a short month completes on the 1st of the next month", () => {
    expect(ageInMonths("2025-01-31", "2025-02-28")).toBe(0);
    expect(ageInMonths("2025-01-31", "2025-03-01")).toBe(1);
    expect(ageInMonths("2025-03-31", "2025-04-30")).toBe(0);
    expect(ageInMonths("2025-03-31", "2025-05-01")).toBe(1);
    expect(ageInMonths("2025-01-31", "2025-03-30")).toBe(1);
    expect(ageInMonths("2025-01-31", "2025-03-31")).toBe(2);
  });

  it("born 29 February", () => {
    expect(ageInMonths("2024-02-29", "2024-03-28")).toBe(0);
    expect(ageInMonths("2024-02-29", "2024-03-29")).toBe(1);
    expect(ageInMonths("2024-02-29", "2025-02-28")).toBe(11);
    expect(ageInMonths("2024-02-29", "2025-03-01")).toBe(12);
  });

  it("counts across years", () => {
    expect(ageInMonths("2023-11-20", "2026-11-20")).toBe(36);
    expect(ageInMonths("2023-12-01", "2026-11-30")).toBe(35);
  });

  it("throws RangeError on invalid dates or a day before the birth", () => {
    expect(() => ageInMonths("2025-04-31", "2026-01-01")).toThrow(RangeError);
    expect(() => ageInMonths("2026-05-01", "2026-04-30")).toThrow(RangeError);
  });
});
