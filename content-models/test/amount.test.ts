import { describe, expect, it } from "vitest";
import { amountSchema, formatAmount, formatKrw } from "../src/index.ts";

const amount = (input: Record<string, unknown>) => amountSchema.parse(input);

describe("formatKrw (만/억 units)", () => {
  it.each([
    [300_000, "30만 원"],
    [1_000_000, "100만 원"],
    [1_500_000, "150만 원"],
    [10_000, "1만 원"],
    [12_345, "1만 2,345원"],
    [2_000, "2,000원"],
    [0, "0원"],
    [100_000_000, "1억 원"],
    [120_000_000, "1억 2,000만 원"],
    [30_000_000, "3,000만 원"],
    [100_005_000, "1억 5,000원"],
    [1_234_567_890, "12억 3,456만 7,890원"],
  ])("%d → %s", (krw, text) => {
    expect(formatKrw(krw)).toBe(text);
  });

  it("writes every digit with { digits: true }", () => {
    expect(formatKrw(1_500_000, { digits: true })).toBe("1,500,000원");
    expect(formatKrw(2_000, { digits: true })).toBe("2,000원");
  });

  it("throws RangeError on negative or fractional amounts", () => {
    expect(() => formatKrw(-1)).toThrow(RangeError);
    expect(() => formatKrw(1.5)).toThrow(RangeError);
    expect(() => formatKrw(Number.NaN)).toThrow(RangeError);
  });
});

describe("formatAmount", () => {
  it("puts the period first", () => {
    expect(formatAmount(amount({ amountKrw: 300_000, period: "month" }))).toBe("월 30만 원");
    expect(formatAmount(amount({ amountKrw: 2_000, period: "hour" }))).toBe("시간당 2,000원");
    expect(formatAmount(amount({ amountKrw: 1_000_000, period: "once" }))).toBe("100만 원");
    expect(formatAmount(amount({ amountKrw: 250_000, period: "year" }))).toBe("연 25만 원");
    expect(formatAmount(amount({ amountKrw: 80_000, period: "day" }))).toBe("일 8만 원");
  });

  it("says 최대 after the period", () => {
    expect(formatAmount(amount({ amountKrw: 3_000_000, period: "once", upTo: true }))).toBe("최대 300만 원");
    expect(formatAmount(amount({ amountKrw: 200_000, period: "month", upTo: true }))).toBe("월 최대 20만 원");
  });

  it("adds maxCount in the period's unit and maxTotal", () => {
    expect(formatAmount(amount({ amountKrw: 300_000, period: "month", maxCount: 3, maxTotalKrw: 900_000 }))).toBe(
      "월 30만 원 (최대 3개월, 총 90만 원 한도)",
    );
    expect(formatAmount(amount({ amountKrw: 200_000, period: "month", upTo: true, maxCount: 12 }))).toBe(
      "월 최대 20만 원 (최대 12개월)",
    );
    expect(formatAmount(amount({ amountKrw: 2_000_000, period: "year", maxCount: 5 }))).toBe("연 200만 원 (최대 5년)");
    expect(formatAmount(amount({ amountKrw: 100_000, period: "case", maxCount: 5 }))).toBe("건당 10만 원 (최대 5회)");
    expect(formatAmount(amount({ amountKrw: 80_000, period: "day", maxCount: 10 }))).toBe("일 8만 원 (최대 10일)");
    expect(formatAmount(amount({ amountKrw: 2_000, period: "hour", maxCount: 15 }))).toBe(
      "시간당 2,000원 (최대 15시간)",
    );
  });

  it("prefixes the label", () => {
    expect(
      formatAmount(amount({ label: "수도권 진료", amountKrw: 100_000, period: "case", maxTotalKrw: 500_000 })),
    ).toBe("수도권 진료: 건당 10만 원 (총 50만 원 한도)");
  });
});

describe("amountSchema", () => {
  it("refuses negative, fractional and string amounts, and an unknown period", () => {
    expect(amountSchema.safeParse({ amountKrw: -1, period: "once" }).success).toBe(false);
    expect(amountSchema.safeParse({ amountKrw: 1.5, period: "once" }).success).toBe(false);
    expect(amountSchema.safeParse({ amountKrw: "300000", period: "once" }).success).toBe(false);
    expect(amountSchema.safeParse({ amountKrw: 1, period: "week" }).success).toBe(false);
    expect(amountSchema.safeParse({ amountKrw: 1, period: "once", maxCount: 0 }).success).toBe(false);
  });
});
