/**
 * 가구상황 (household situations): the 복지로 `trgterIndvdlArray` code list
 * (010–060, shared/docs/domain-research.md §2b).
 */
export const HOUSEHOLD_SITUATIONS = [
  { value: "multicultural", label: "다문화·탈북민", bokjiroCode: "010" },
  { value: "multi-child", label: "다자녀", bokjiroCode: "020" },
  { value: "veteran", label: "보훈대상자", bokjiroCode: "030" },
  { value: "disability", label: "장애인", bokjiroCode: "040" },
  { value: "low-income", label: "저소득", bokjiroCode: "050" },
  { value: "single-parent", label: "한부모·조손", bokjiroCode: "060" },
] as const;

/** One household situation value. */
export type HouseholdSituation = (typeof HOUSEHOLD_SITUATIONS)[number]["value"];
/** Household situation values as a non-empty tuple for `z.enum`. */
export const HOUSEHOLD_SITUATION_VALUES = HOUSEHOLD_SITUATIONS.map((s) => s.value) as [
  HouseholdSituation,
  ...HouseholdSituation[],
];
