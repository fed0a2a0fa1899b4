import { describe, expect, it } from "vitest";
import { SCHOOL_GRADE_VALUES, schoolGradeOn, schoolYearOf } from "../src/index.ts";

describe("schoolYearOf (the Korean school year starts on 1 March)", () => {
  it("puts January and February in the previous school year", () => {
    expect(schoolYearOf("2027-02-10")).toBe(2026);
    expect(schoolYearOf("2027-02-28")).toBe(2026);
    expect(schoolYearOf("2027-03-01")).toBe(2027);
    expect(schoolYearOf("2026-12-31")).toBe(2026);
  });

  it("throws on an invalid date", () => {
    expect(() => schoolYearOf("2026-02-30")).toThrow(RangeError);
  });
});

describe("schoolGradeOn", () => {
  it("enters 초등학교 1학년 in the March after the year the child turns 6", () => {
    // Born 2020: turns 6 in 2026, enters school on 2027-03-01 (초·중등교육법 제13조 ①).
    expect(schoolGradeOn("2020-01-10", "2026-11-20")).toBe("pre-e1");
    expect(schoolGradeOn("2020-01-10", "2027-02-28")).toBe("pre-e1");
    expect(schoolGradeOn("2020-01-10", "2027-03-01")).toBe("e1");
    expect(schoolGradeOn("2020-12-31", "2027-03-01")).toBe("e1");
  });

  it("January and December births of the same year are in the same grade", () => {
    expect(schoolGradeOn("2019-01-01", "2026-05-01")).toBe(schoolGradeOn("2019-12-31", "2026-05-01"));
    expect(schoolGradeOn("2019-01-01", "2026-05-01")).toBe("e1");
  });

  it("walks through elementary, middle and high school", () => {
    const grades = Array.from({ length: 13 }, (_, i) => schoolGradeOn("2010-06-01", `${2016 + i}-09-01`));
    expect(grades).toEqual(SCHOOL_GRADE_VALUES);
    expect(schoolGradeOn("2009-05-01", "2026-11-20")).toBe("h2");
  });

  it("returns null before the pre-entry year and after 고3", () => {
    expect(schoolGradeOn("2021-06-01", "2026-11-20")).toBeNull();
    expect(schoolGradeOn("2007-06-01", "2026-03-01")).toBeNull();
    expect(schoolGradeOn("2007-06-01", "2026-02-28")).toBe("h3");
  });
});
