import { describe, expect, it } from "vitest";
import { checkCondition, type Eligibility, eligibility, match, residentProfile } from "../src/index.ts";
import { loadFixture, policyByTitle } from "./helpers/fixture.ts";

/** All matching happens on the fixture's review day (KST). */
const ON = "2026-11-20";
const snapshot = loadFixture();
const policy = (title: string) => policyByTitle(snapshot, title);
const outcomeOf = (title: string, profile: ReturnType<typeof residentProfile.parse>) =>
  match(policy(title).eligibility, profile, ON);

/** 만 67세, 광양시 거주 24개월. */
const senior = residentProfile.parse({ birthDate: "1959-03-02", monthsResident: 24 });
/** 만 32세 여성, 쌍둥이 임신 20주, 거주 24개월, 자녀 없음. */
const pregnantWithTwins = residentProfile.parse({
  birthDate: "1994-05-10",
  sex: "female",
  pregnancy: { weeks: 20, babies: 2 },
  monthsResident: 24,
});
/** 한부모 아빠, 외동 자녀가 다음 3월 전에 만 7세 (2020-01-10생, 2027년 3월 초등학교 입학), 소득 모름. */
const singleFather = residentProfile.parse({
  birthDate: "1988-07-01",
  sex: "male",
  householdSituations: ["single-parent"],
  children: [{ birthDate: "2020-01-10" }],
  monthsResident: 24,
});

describe("match on the fixture policies", () => {
  it("65세 이상 어르신 시내버스 무료 applies to a 67-year-old resident", () => {
    const result = outcomeOf("65세 이상 어르신 시내버스 무료", senior);
    expect(result.outcome).toBe("applies");
    expect(result.reasons).toContain("만 67세로 65세 이상 조건을 충족합니다.");
  });

  it("the bus does not apply to a 32-year-old, and names the age", () => {
    const result = outcomeOf("65세 이상 어르신 시내버스 무료", pregnantWithTwins);
    expect(result.outcome).toBe("does-not-apply");
    expect(result.reasons).toContain("만 32세로 65세 이상 조건에 해당하지 않습니다.");
  });

  it("a woman 20 weeks pregnant with twins gets 임신축하금 and 다태아 안심단체보험", () => {
    expect(outcomeOf("임신축하금", pregnantWithTwins).outcome).toBe("applies");
    const insurance = outcomeOf("다태아 안심단체보험", pregnantWithTwins);
    expect(insurance.outcome).toBe("applies");
    expect(insurance.rule?.label).toBe("다태아를 임신 중");
    expect(insurance.rules.map((r) => r.outcome)).toEqual(["applies", "does-not-apply"]);
  });

  it("태아 정밀건강검진비 applies or may apply in pregnancy, and not otherwise", () => {
    expect(["applies", "may-apply"]).toContain(outcomeOf("태아 정밀건강검진비 지원", pregnantWithTwins).outcome);
    expect(outcomeOf("태아 정밀건강검진비 지원", senior).outcome).toBe("does-not-apply");
  });

  it("임신축하금 waits for week 20 and for 6 months of residency", () => {
    const week19 = residentProfile.parse({ pregnancy: { weeks: 19 }, monthsResident: 24 });
    const result19 = outcomeOf("임신축하금", week19);
    expect(result19.outcome).toBe("does-not-apply");
    expect(result19.reasons).toContain("임신 19주로 임신 20주 이상 조건에 아직 해당하지 않습니다.");
    const weeksUnknown = residentProfile.parse({ pregnancy: {}, monthsResident: 24 });
    expect(outcomeOf("임신축하금", weeksUnknown).outcome).toBe("may-apply");
  });

  it("다태아 안심단체보험 does not apply to a single pregnancy, but applies to twins up to 36 months", () => {
    const single = residentProfile.parse({ pregnancy: { weeks: 30, babies: 1 }, monthsResident: 24 });
    expect(outcomeOf("다태아 안심단체보험", single).outcome).toBe("does-not-apply");
    const twinsAt36 = residentProfile.parse({
      children: [{ birthDate: "2023-11-20" }, { birthDate: "2023-11-20" }],
      monthsResident: 24,
    });
    expect(outcomeOf("다태아 안심단체보험", twinsAt36).outcome).toBe("applies");
    const twinsAt37 = residentProfile.parse({
      children: [{ birthDate: "2023-10-19" }, { birthDate: "2023-10-19" }],
      monthsResident: 24,
    });
    expect(outcomeOf("다태아 안심단체보험", twinsAt37).outcome).toBe("does-not-apply");
    const siblingsNotTwins = residentProfile.parse({
      children: [{ birthDate: "2024-01-05" }, { birthDate: "2025-06-30" }],
      monthsResident: 24,
    });
    expect(outcomeOf("다태아 안심단체보험", siblingsNotTwins).outcome).toBe("does-not-apply");
  });

  it("초등입학기 10시 출근제 applies or may apply to the single father of a child entering school", () => {
    const result = outcomeOf("초등입학기 10시 출근제", singleFather);
    expect(["applies", "may-apply"]).toContain(result.outcome);
    expect(result.reasons[0]).toBe("자녀가 초등학교 입학 예정 또는 초등학교 1학년입니다.");
  });

  it("광양형 한부모가족 지원 may apply to the single father and names the missing income", () => {
    const result = outcomeOf("광양형 한부모가족 지원", singleFather);
    expect(["applies", "may-apply"]).toContain(result.outcome);
    expect(result.outcome).toBe("may-apply");
    const unknown = result.rule?.conditions.filter((c) => c.outcome === "unknown") ?? [];
    expect(unknown.map((c) => c.condition.kind)).toEqual(["income"]);
    expect(result.reasons.at(-1)).toBe("소득 수준(기준중위소득 65~150%)을 알면 확인할 수 있습니다.");
  });

  it("광양형 한부모가족 지원 applies within the income band and not above it", () => {
    const within = residentProfile.parse({ ...singleFather, incomePercentOfMedian: 120 });
    expect(outcomeOf("광양형 한부모가족 지원", within).outcome).toBe("applies");
    const above = residentProfile.parse({ ...singleFather, incomePercentOfMedian: 151 });
    const result = outcomeOf("광양형 한부모가족 지원", above);
    expect(result.outcome).toBe("does-not-apply");
    expect(result.reasons).toContain("소득이 기준중위소득 65~150% 조건에 해당하지 않습니다.");
    const twoParents = residentProfile.parse({ ...singleFather, householdSituations: [] });
    expect(outcomeOf("광양형 한부모가족 지원", twoParents).outcome).toBe("does-not-apply");
  });

  it("아빠 육아휴직 장려금 may apply to a father (leave benefit unknown) and not to a mother", () => {
    const father = outcomeOf("아빠 육아휴직 장려금", singleFather);
    expect(father.outcome).toBe("may-apply");
    expect(father.reasons).toContain("확인 필요: 고용보험 육아휴직급여를 받는 근로자여야 합니다.");
    const mother = outcomeOf("아빠 육아휴직 장려금", pregnantWithTwins);
    expect(mother.outcome).toBe("does-not-apply");
    expect(mother.reasons).toContain("남성(아빠)이어야 합니다.");
  });

  it("시민안전보험 (appliesToAll) applies to everyone", () => {
    for (const profile of [senior, pregnantWithTwins, singleFather, residentProfile.parse({})]) {
      expect(outcomeOf("시민안전보험", profile)).toMatchObject({
        outcome: "applies",
        reasons: ["모든 시민이 대상입니다."],
      });
    }
  });

  it("고등학생 인터넷 강의 수강료 지원 applies to a high-school student and to the parent of one", () => {
    const student = residentProfile.parse({ birthDate: "2009-05-01", monthsResident: 100 });
    expect(outcomeOf("고등학생 인터넷 강의 수강료 지원", student).outcome).toBe("applies");
    const parent = residentProfile.parse({ children: [{ birthDate: "2010-09-09" }], monthsResident: 100 });
    expect(outcomeOf("고등학생 인터넷 강의 수강료 지원", parent).outcome).toBe("applies");
    expect(outcomeOf("고등학생 인터넷 강의 수강료 지원", singleFather).outcome).toBe("does-not-apply");
  });

  it("every fixture policy gives an answer for every profile, without throwing", () => {
    const empty = residentProfile.parse({});
    for (const p of snapshot.policies) {
      for (const profile of [senior, pregnantWithTwins, singleFather, empty]) {
        const result = match(p.eligibility, profile, ON);
        expect(["applies", "may-apply", "does-not-apply"]).toContain(result.outcome);
        expect(result.reasons.length).toBeGreaterThan(0);
      }
      // Nothing known: a policy never "applies" unless it is for all residents.
      const result = match(p.eligibility, empty, ON);
      if (!p.eligibility.appliesToAll) expect(result.outcome).not.toBe("applies");
    }
  });
});

describe("match rules", () => {
  const rule = (...conditions: unknown[]): Eligibility => eligibility.parse({ rules: [{ conditions }] });

  it("a baby of exactly 24 months is not 생후 24개월 미만", () => {
    const under24 = rule({ kind: "age", unit: "months", max: 23, subject: "child" });
    const at24 = residentProfile.parse({ children: [{ birthDate: "2024-11-20" }] });
    const result = match(under24, at24, ON);
    expect(result.outcome).toBe("does-not-apply");
    expect(result.reasons).toEqual(["생후 24개월 미만 자녀가 있어야 합니다."]);
    const dayBefore = residentProfile.parse({ children: [{ birthDate: "2024-11-21" }] });
    expect(match(under24, dayBefore, ON).outcome).toBe("applies");
  });

  it("3 months of residency fails a 6-month rule, naming the residency", () => {
    const result = match(rule({ kind: "residency", minMonths: 6 }), residentProfile.parse({ monthsResident: 3 }), ON);
    expect(result.outcome).toBe("does-not-apply");
    expect(result.reasons).toEqual(["거주 3개월로 광양시 거주 6개월 이상 조건에 해당하지 않습니다."]);
    expect(
      match(rule({ kind: "residency", minMonths: 6 }), residentProfile.parse({ monthsResident: 6 }), ON).outcome,
    ).toBe("applies");
  });

  it("unknown income may apply and names the income", () => {
    const result = match(rule({ kind: "income", maxPercentOfMedian: 100 }), residentProfile.parse({}), ON);
    expect(result.outcome).toBe("may-apply");
    expect(result.reasons).toEqual(["소득 수준(기준중위소득 100% 이하)을 알면 확인할 수 있습니다."]);
  });

  it("income bounds are inclusive", () => {
    const band = rule({ kind: "income", minPercentOfMedian: 65, maxPercentOfMedian: 150 });
    expect(match(band, residentProfile.parse({ incomePercentOfMedian: 65 }), ON).outcome).toBe("applies");
    expect(match(band, residentProfile.parse({ incomePercentOfMedian: 150 }), ON).outcome).toBe("applies");
    expect(match(band, residentProfile.parse({ incomePercentOfMedian: 64.9 }), ON).outcome).toBe("does-not-apply");
  });

  it("age uses 만 나이 on the KST day: 65 from the 65th birthday itself", () => {
    const over65 = rule({ kind: "age", unit: "years", min: 65 });
    expect(match(over65, residentProfile.parse({ birthDate: "1961-11-20" }), ON).outcome).toBe("applies");
    expect(match(over65, residentProfile.parse({ birthDate: "1961-11-21" }), ON).outcome).toBe("does-not-apply");
    expect(match(over65, residentProfile.parse({ ageYears: 70 }), ON).outcome).toBe("applies");
    const unknown = match(over65, residentProfile.parse({}), ON);
    expect(unknown.outcome).toBe("may-apply");
    expect(unknown.reasons).toEqual(["나이(65세 이상)를 입력하면 확인할 수 있습니다."]);
  });

  it("ageYears cannot answer a months condition", () => {
    const result = match(rule({ kind: "age", unit: "months", max: 23 }), residentProfile.parse({ ageYears: 1 }), ON);
    expect(result.outcome).toBe("may-apply");
  });

  it("a birth date after the matching day is unknown, not a crash", () => {
    const over65 = rule({ kind: "age", unit: "years", min: 65 });
    const result = match(over65, residentProfile.parse({ birthDate: "2027-01-01" }), ON);
    expect(result.outcome).toBe("may-apply");
    const grade = rule({ kind: "schoolGrade", subject: "applicant", grades: ["h1"] });
    expect(match(grade, residentProfile.parse({ birthDate: "2027-01-01" }), ON).outcome).toBe("does-not-apply");
  });

  it("an unborn child (birth date after the day) does not count", () => {
    const child = rule({ kind: "age", subject: "child", unit: "months", max: 23 });
    expect(match(child, residentProfile.parse({ children: [{ birthDate: "2027-01-01" }] }), ON).outcome).toBe(
      "does-not-apply",
    );
  });

  it("takes the best rule (OR of ANDs) and lists met reasons first", () => {
    const policy = eligibility.parse({
      rules: [
        { label: "A", conditions: [{ kind: "sex", value: "female" }] },
        {
          label: "B",
          conditions: [
            { kind: "residency", minMonths: 12 },
            { kind: "income", maxPercentOfMedian: 100 },
          ],
        },
      ],
    });
    const result = match(policy, residentProfile.parse({ sex: "male", monthsResident: 24 }), ON);
    expect(result.outcome).toBe("may-apply");
    expect(result.rule?.label).toBe("B");
    expect(result.reasons).toEqual([
      "거주 24개월로 광양시 거주 12개월 이상 조건을 충족합니다.",
      "소득 수준(기준중위소득 100% 이하)을 알면 확인할 수 있습니다.",
    ]);
  });

  it("without rules, policies for everyone apply and text-only ones may apply", () => {
    const profile = residentProfile.parse({});
    expect(match(eligibility.parse({ appliesToAll: true }), profile, ON).outcome).toBe("applies");
    const textOnly = match(eligibility.parse({}), profile, ON);
    expect(textOnly.outcome).toBe("may-apply");
    expect(textOnly.reasons[0]).toContain("지원대상");
  });

  it("household conditions: any or all of the listed situations", () => {
    const anyOf = rule({ kind: "household", situations: ["single-parent", "low-income"] });
    const allOf = rule({ kind: "household", situations: ["single-parent", "low-income"], match: "all" });
    const single = residentProfile.parse({ householdSituations: ["single-parent"] });
    expect(match(anyOf, single, ON).outcome).toBe("applies");
    expect(match(allOf, single, ON).outcome).toBe("does-not-apply");
    expect(match(allOf, single, ON).reasons).toEqual(["한부모·조손·저소득 가구여야 합니다."]);
  });

  it("school grade follows the March school year", () => {
    const e1 = rule({ kind: "schoolGrade", grades: ["e1"] });
    const child = residentProfile.parse({ children: [{ birthDate: "2019-12-31" }] });
    expect(match(e1, child, "2026-02-28").outcome).toBe("does-not-apply");
    expect(match(e1, child, "2026-03-01").outcome).toBe("applies");
  });

  it("checkCondition explains one condition", () => {
    const result = checkCondition({ kind: "other", description: "고용보험 가입자" }, residentProfile.parse({}), ON);
    expect(result).toMatchObject({ outcome: "unknown", reason: "확인 필요: 고용보험 가입자" });
  });

  it("is pure: the same inputs give the same result", () => {
    const p = policy("광양형 한부모가족 지원");
    expect(match(p.eligibility, singleFather, ON)).toEqual(match(p.eligibility, singleFather, ON));
  });
});
