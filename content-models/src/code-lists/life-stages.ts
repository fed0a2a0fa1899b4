/**
 * 생애주기 (life stages), in display order.
 *
 * `bokjiroCode` is the 복지로 `lifeArray` code (중앙부처/지자체 복지서비스 API request code list,
 * see shared/docs/domain-research.md §2b). Age spans are 만 나이 in whole years, inclusive, and are
 * only a guide for navigation: a policy's eligibility decides who it applies to.
 * `pregnancy` (임신·출산) includes 태아기; its span is empty because it is a situation, not an age.
 */
export const LIFE_STAGES = [
  {
    value: "pregnancy",
    label: "임신·출산",
    description: "태아기부터 출산까지",
    bokjiroCode: "007",
    ageMin: null,
    ageMax: null,
    order: 1,
  },
  { value: "infant", label: "영유아", description: "0~5세", bokjiroCode: "001", ageMin: 0, ageMax: 5, order: 2 },
  { value: "child", label: "아동", description: "6~12세", bokjiroCode: "002", ageMin: 6, ageMax: 12, order: 3 },
  { value: "teen", label: "청소년", description: "13~18세", bokjiroCode: "003", ageMin: 13, ageMax: 18, order: 4 },
  { value: "youth", label: "청년", description: "19~39세", bokjiroCode: "004", ageMin: 19, ageMax: 39, order: 5 },
  {
    value: "middle-aged",
    label: "중장년",
    description: "40~64세",
    bokjiroCode: "005",
    ageMin: 40,
    ageMax: 64,
    order: 6,
  },
  { value: "senior", label: "노년", description: "65세 이상", bokjiroCode: "006", ageMin: 65, ageMax: null, order: 7 },
] as const;

/** One life stage value. */
export type LifeStage = (typeof LIFE_STAGES)[number]["value"];
/** Life stage values in display order, as a non-empty tuple for `z.enum`. */
export const LIFE_STAGE_VALUES = LIFE_STAGES.map((s) => s.value) as [LifeStage, ...LifeStage[]];

/**
 * The chapter a policy is printed in: one life stage, or `common` (공통) for policies for all
 * residents. The handbook prints `common` last.
 */
export const CHAPTERS = [
  ...LIFE_STAGES.map(({ value, label, description, order }) => ({ value, label, description, order })),
  { value: "common", label: "공통", description: "모든 시민", order: 8 },
] as const;

/** A handbook chapter: a life stage or `common`. */
export type Chapter = LifeStage | "common";
/** Chapter values in print order, as a non-empty tuple for `z.enum`. */
export const CHAPTER_VALUES = CHAPTERS.map((c) => c.value) as [Chapter, ...Chapter[]];
