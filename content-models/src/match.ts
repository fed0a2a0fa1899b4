import { ageInMonths, ageInYears, schoolGradeOn } from "./age.ts";
import { HOUSEHOLD_SITUATIONS } from "./code-lists/household-situations.ts";
import { type Condition, type Eligibility, SCHOOL_GRADES } from "./eligibility.ts";
import { ELIGIBILITY_WORDS } from "./labels.ko.ts";
import { labeller } from "./present/code-label.ts";
import type { ResidentProfile } from "./profile.ts";
import type { KstDate } from "./rules/kst-date.ts";

/** The finder's verdict: 해당 / 해당 가능 / 해당 없음. */
export type MatchOutcome = "applies" | "may-apply" | "does-not-apply";
/** One condition checked against a profile: met, unmet, or unknown (the profile lacks the answer). */
export type ConditionOutcome = "met" | "unmet" | "unknown";

/** One condition checked against a profile, with the Korean reason. */
export type ConditionResult = {
  condition: Condition;
  outcome: ConditionOutcome;
  /** Korean, for residents: "만 67세로 65세 이상 조건을 충족합니다." */
  reason: string;
};

/** One rule checked: its outcome and each condition's result. */
export type RuleResult = { label?: string; outcome: MatchOutcome; conditions: ConditionResult[] };

/** The result of `match()` for one policy. */
export type MatchResult = {
  outcome: MatchOutcome;
  /** The rule that decided the outcome (the best one), or undefined when there are no rules. */
  rule?: RuleResult;
  /** Every rule checked. */
  rules: RuleResult[];
  /** Korean sentences that explain the outcome: met conditions, then failed or missing ones. */
  reasons: string[];
};

const RANK: Record<MatchOutcome, number> = { applies: 2, "may-apply": 1, "does-not-apply": 0 };
const situationLabel = labeller(HOUSEHOLD_SITUATIONS);
const gradeLabel = labeller(SCHOOL_GRADES);

/**
 * Whether a policy's structured eligibility applies to a resident on a KST day.
 *
 * A rule applies when all its conditions are met, does not apply when any is unmet, and may apply
 * otherwise (some answer is missing). The policy takes the best outcome of its rules. With no
 * rules, `appliesToAll` policies apply and the others may apply (eligibility in text only).
 * Pure: the same inputs always give the same result. `on` is required (pass `todayKst()`), so that
 * ages, months and school grades are computed for a KST day, never the machine's time zone.
 * Never throws for a profile that passed `residentProfile` (a birth date after `on` counts as no age).
 */
export function match(eligibility: Eligibility, profile: ResidentProfile, on: KstDate): MatchResult {
  if (eligibility.rules.length === 0) {
    return eligibility.appliesToAll
      ? { outcome: "applies", rules: [], reasons: ["모든 시민이 대상입니다."] }
      : {
          outcome: "may-apply",
          rules: [],
          reasons: ["자격 조건이 글로만 안내되어 있습니다. 지원대상을 확인하세요."],
        };
  }
  const rules = eligibility.rules.map((rule): RuleResult => {
    const conditions = rule.conditions.map((c) => checkCondition(c, profile, on));
    const outcome: MatchOutcome = conditions.some((c) => c.outcome === "unmet")
      ? "does-not-apply"
      : conditions.every((c) => c.outcome === "met")
        ? "applies"
        : "may-apply";
    return rule.label ? { label: rule.label, outcome, conditions } : { outcome, conditions };
  });
  const best = rules.reduce((a, b) => (RANK[b.outcome] > RANK[a.outcome] ? b : a));
  const order: Record<ConditionOutcome, number> = { met: 0, unmet: 1, unknown: 2 };
  const reasons = [...best.conditions].sort((a, b) => order[a.outcome] - order[b.outcome]).map((c) => c.reason);
  return { outcome: best.outcome, rule: best, rules, reasons };
}

/** Checks one condition. Exported for tests and for the finder's per-condition display. */
export function checkCondition(condition: Condition, profile: ResidentProfile, on: KstDate): ConditionResult {
  const result = (outcome: ConditionOutcome, reason: string): ConditionResult => ({ condition, outcome, reason });
  switch (condition.kind) {
    case "age": {
      const unit = condition.unit === "years" ? "세" : "개월";
      const range = describeRange(condition.min, condition.max, unit, condition.unit === "months");
      const ageOf = (birthDate: KstDate) =>
        condition.unit === "years" ? ageInYears(birthDate, on) : ageInMonths(birthDate, on);
      const inRange = (age: number) =>
        (condition.min === undefined || age >= condition.min) && (condition.max === undefined || age <= condition.max);
      if (condition.subject === "child") {
        const children = condition.multiplesOnly ? multiples(profile) : profile.children;
        const child = ELIGIBILITY_WORDS.subject.child;
        const what = condition.multiplesOnly ? `다태아 ${child}` : child;
        if (profile.children.length === 0)
          return result("unmet", `${range} ${what}가 있어야 합니다 (입력한 자녀 없음).`);
        const hit = children.find((c) => c.birthDate <= on && inRange(ageOf(c.birthDate)));
        return hit
          ? result("met", `${what}가 ${range} 조건을 충족합니다.`)
          : result("unmet", `${range} ${what}가 있어야 합니다.`);
      }
      let age: number | undefined;
      // A birth date after the matching day (a typing slip) gives no age rather than an error.
      if (profile.birthDate !== undefined && profile.birthDate <= on) age = ageOf(profile.birthDate);
      else if (profile.ageYears !== undefined && condition.unit === "years") age = profile.ageYears;
      if (age === undefined) return result("unknown", `나이(${range})를 입력하면 확인할 수 있습니다.`);
      return inRange(age)
        ? result("met", `만 ${age}${unit}로 ${range} 조건을 충족합니다.`)
        : result("unmet", `만 ${age}${unit}로 ${range} 조건에 해당하지 않습니다.`);
    }
    case "pregnancy": {
      const need = [
        condition.minWeeks !== undefined ? `임신 ${condition.minWeeks}주 이상` : "임신 중",
        condition.minBabies && condition.minBabies > 1 ? `태아 ${condition.minBabies}명 이상(다태아)` : "",
      ]
        .filter(Boolean)
        .join(", ");
      if (!profile.pregnancy) return result("unmet", `${need}이어야 합니다.`);
      if (condition.minBabies && profile.pregnancy.babies < condition.minBabies) {
        return result("unmet", `${need}이어야 합니다.`);
      }
      if (condition.minWeeks !== undefined) {
        if (profile.pregnancy.weeks === undefined)
          return result("unknown", `임신 주수를 입력하면 확인할 수 있습니다 (${need}).`);
        if (profile.pregnancy.weeks < condition.minWeeks) {
          return result("unmet", `임신 ${profile.pregnancy.weeks}주로 ${need} 조건에 아직 해당하지 않습니다.`);
        }
      }
      return result("met", `${need} 조건을 충족합니다.`);
    }
    case "residency": {
      const need = condition.minMonths > 0 ? `광양시 거주 ${condition.minMonths}개월 이상` : "광양시 거주";
      if (profile.monthsResident === undefined)
        return result("unknown", `거주 기간을 입력하면 확인할 수 있습니다 (${need}).`);
      return profile.monthsResident >= condition.minMonths
        ? result("met", `거주 ${profile.monthsResident}개월로 ${need} 조건을 충족합니다.`)
        : result("unmet", `거주 ${profile.monthsResident}개월로 ${need} 조건에 해당하지 않습니다.`);
    }
    case "income": {
      const need =
        condition.minPercentOfMedian !== undefined
          ? `기준중위소득 ${condition.minPercentOfMedian}~${condition.maxPercentOfMedian}%`
          : `기준중위소득 ${condition.maxPercentOfMedian}% 이하`;
      const income = profile.incomePercentOfMedian;
      if (income === undefined) return result("unknown", `소득 수준(${need})을 알면 확인할 수 있습니다.`);
      const ok =
        income <= condition.maxPercentOfMedian &&
        (condition.minPercentOfMedian === undefined || income >= condition.minPercentOfMedian);
      return ok
        ? result("met", `소득이 ${need} 조건을 충족합니다.`)
        : result("unmet", `소득이 ${need} 조건에 해당하지 않습니다.`);
    }
    case "household": {
      const labels = condition.situations.map(situationLabel);
      const need = condition.match === "all" ? labels.join("·") : labels.join(" 또는 ");
      const has = (s: string) => profile.householdSituations.includes(s as never);
      const ok = condition.match === "all" ? condition.situations.every(has) : condition.situations.some(has);
      return ok ? result("met", `${need} 가구입니다.`) : result("unmet", `${need} 가구여야 합니다.`);
    }
    case "schoolGrade": {
      const need = condition.grades.map(gradeLabel).join(" 또는 ");
      if (condition.subject === "child") {
        if (profile.children.length === 0) return result("unmet", `${need} 자녀가 있어야 합니다 (입력한 자녀 없음).`);
        const hit = profile.children.find((c) => {
          const grade = schoolGradeOn(c.birthDate, on);
          return grade !== null && condition.grades.includes(grade);
        });
        return hit ? result("met", `자녀가 ${need}입니다.`) : result("unmet", `${need} 자녀가 있어야 합니다.`);
      }
      if (!profile.birthDate) return result("unknown", `생년월일을 입력하면 학년(${need})을 확인할 수 있습니다.`);
      const grade = schoolGradeOn(profile.birthDate, on);
      return grade !== null && condition.grades.includes(grade)
        ? result("met", `${need}입니다.`)
        : result("unmet", `${need}이어야 합니다.`);
    }
    case "sex": {
      const need = `${ELIGIBILITY_WORDS.sex[condition.value]}(${ELIGIBILITY_WORDS.parent[condition.value]})`;
      if (!profile.sex) return result("unknown", `성별을 입력하면 확인할 수 있습니다 (${need}).`);
      return profile.sex === condition.value
        ? result("met", `${need} 조건을 충족합니다.`)
        : result("unmet", `${need}이어야 합니다.`);
    }
    case "other":
      return result("unknown", `확인 필요: ${condition.description}`);
  }
}

/** Children born on the same day as a sibling (다태아). */
function multiples(profile: ResidentProfile) {
  return profile.children.filter((c, i, all) => all.some((o, j) => j !== i && o.birthDate === c.birthDate));
}

/** "65세 이상", "생후 24개월 미만", "18~45세", "18세 이하". */
function describeRange(min: number | undefined, max: number | undefined, unit: string, isMonths: boolean): string {
  const pre = isMonths ? "생후 " : "";
  if (min !== undefined && max !== undefined) return `${pre}${min}~${max}${unit}`;
  if (min !== undefined) return `${pre}${min}${unit} 이상`;
  return isMonths ? `${pre}${(max ?? 0) + 1}${unit} 미만` : `${max}${unit} 이하`;
}
