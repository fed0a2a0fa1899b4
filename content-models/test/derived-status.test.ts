import { describe, expect, it } from "vitest";
import { addKstDays, type DerivedStatus, deriveStatus, type StatusInput, todayKst } from "../src/index.ts";

const policy = (
  status: StatusInput["status"],
  applicationPeriod: StatusInput["applicationPeriod"] = { kind: "none" },
) => ({ status, applicationPeriod }) as StatusInput;
const pick = (d: DerivedStatus) => [d.status, d.application, d.nextChangeOn];

describe("deriveStatus: 시행일 (start date)", () => {
  const scheduled = policy({ value: "scheduled", effectiveFrom: "2026-01-01" });
  it("the day before the start date is still 시행예정, changing on the start date", () => {
    expect(pick(deriveStatus(scheduled, "2025-12-31"))).toEqual(["scheduled", "none", "2026-01-01"]);
  });
  it("on the start date a stored 시행예정 is 시행중", () => {
    expect(pick(deriveStatus(scheduled, "2026-01-01"))).toEqual(["active", "none", null]);
  });
  it("the day after the start date (and in March) it is 시행중", () => {
    expect(deriveStatus(scheduled, "2026-01-02").status).toBe("active");
    expect(deriveStatus(scheduled, "2026-03-15").status).toBe("active");
  });
});

describe("deriveStatus: 종료일 (end date, the last day in force)", () => {
  const active = policy({ value: "active", effectiveUntil: "2026-06-30" });
  it("the day before and the day of the end date it is 시행중; it changes the day after", () => {
    expect(pick(deriveStatus(active, "2026-06-29"))).toEqual(["active", "none", "2026-07-01"]);
    expect(pick(deriveStatus(active, "2026-06-30"))).toEqual(["active", "none", "2026-07-01"]);
  });
  it("the day after the end date it is 종료", () => {
    expect(pick(deriveStatus(active, "2026-07-01"))).toEqual(["ended", "none", null]);
  });
  it("a 시행예정 whose whole period has passed is 종료", () => {
    const both = policy({ value: "scheduled", effectiveFrom: "2026-01-01", effectiveUntil: "2026-01-31" });
    expect(deriveStatus(both, "2026-02-01").status).toBe("ended");
  });
});

describe("deriveStatus: stored states that dates never move", () => {
  it("a stored 종료 or 중단 wins over dates in force", () => {
    const dates = { effectiveFrom: "2026-01-01", effectiveUntil: "2026-12-31" };
    expect(pick(deriveStatus(policy({ value: "ended", ...dates }), "2026-03-01"))).toEqual(["ended", "none", null]);
    expect(deriveStatus(policy({ value: "suspended", ...dates }), "2026-03-01").status).toBe("suspended");
  });
  it("사전공개 and 협의 중 stay as stored after a planned date", () => {
    expect(deriveStatus(policy({ value: "preview", effectiveFrom: "2026-01-01" }), "2026-03-01").status).toBe(
      "preview",
    );
    expect(deriveStatus(policy({ value: "consulting", effectiveFrom: "2026-01-01" }), "2026-03-01").status).toBe(
      "consulting",
    );
  });
});

describe("deriveStatus: 신청기한 (application period)", () => {
  const fixed = policy({ value: "active" }, { kind: "fixed", startDate: "2026-03-02", endDate: "2026-03-31" });
  it("before the start date it is 신청 예정, opening on the start date", () => {
    expect(pick(deriveStatus(fixed, "2026-03-01"))).toEqual(["active", "upcoming", "2026-03-02"]);
  });
  it("from the start date through the deadline it is 신청 중, closing the day after the deadline", () => {
    expect(pick(deriveStatus(fixed, "2026-03-02"))).toEqual(["active", "open", "2026-04-01"]);
    expect(pick(deriveStatus(fixed, "2026-03-30"))).toEqual(["active", "open", "2026-04-01"]);
    expect(pick(deriveStatus(fixed, "2026-03-31"))).toEqual(["active", "open", "2026-04-01"]);
  });
  it("the day after the deadline it is 신청 마감", () => {
    expect(pick(deriveStatus(fixed, "2026-04-01"))).toEqual(["active", "closed", null]);
  });
  it("연중 상시 is open while in force, and closed once the policy has ended", () => {
    const always = policy(
      { value: "scheduled", effectiveFrom: "2026-01-01", effectiveUntil: "2026-12-31" },
      {
        kind: "always",
      },
    );
    expect(pick(deriveStatus(always, "2025-12-31"))).toEqual(["scheduled", "upcoming", "2026-01-01"]);
    expect(pick(deriveStatus(always, "2026-05-05"))).toEqual(["active", "open", "2027-01-01"]);
    expect(pick(deriveStatus(always, "2027-01-01"))).toEqual(["ended", "closed", null]);
  });
  it("a period given only in words (사유 발생 후, 확인 중, fixed without dates) derives nothing", () => {
    expect(deriveStatus(policy({ value: "active" }, { kind: "after-event" }), "2026-03-01").application).toBe("none");
    expect(deriveStatus(policy({ value: "active" }, { kind: "unknown" }), "2026-03-01").application).toBe("none");
    expect(deriveStatus(policy({ value: "active" }, { kind: "fixed" }), "2026-03-01").application).toBe("none");
  });
});

describe("deriveStatus: calendar and clock", () => {
  it("around midnight KST on a UTC machine: 14:59:59Z is the day before, 15:00:00Z the start date", () => {
    const scheduled = policy({ value: "scheduled", effectiveFrom: "2026-03-01" });
    expect(deriveStatus(scheduled, todayKst(new Date("2026-02-28T14:59:59Z"))).status).toBe("scheduled");
    expect(deriveStatus(scheduled, todayKst(new Date("2026-02-28T15:00:00Z"))).status).toBe("active");
  });
  it("leap day: a deadline of 2028-02-29 closes on 2028-03-01, and the next change is found across it", () => {
    const leap = policy({ value: "active" }, { kind: "fixed", startDate: "2028-02-01", endDate: "2028-02-29" });
    expect(pick(deriveStatus(leap, "2028-02-28"))).toEqual(["active", "open", "2028-03-01"]);
    expect(pick(deriveStatus(leap, "2028-02-29"))).toEqual(["active", "open", "2028-03-01"]);
    expect(deriveStatus(leap, "2028-03-01").application).toBe("closed");
    expect(addKstDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addKstDays("2027-02-28", 1)).toBe("2027-03-01");
  });
  it("an invalid date throws", () => {
    expect(() => deriveStatus(policy({ value: "active" }), "2026-02-30")).toThrow(RangeError);
  });
});
