/**
 * 지원유형 (support types), after the 공공서비스(혜택) API field 지원유형 and 복지로 `srvPvsnNm`
 * (제공방법: 현금, 현물, 바우처, 서비스 …), shared/docs/domain-research.md §2a–2b.
 */
export const SUPPORT_TYPES = [
  { value: "cash", label: "현금" },
  { value: "in-kind", label: "현물" },
  { value: "voucher", label: "이용권·바우처" },
  { value: "service", label: "서비스" },
  { value: "reduction", label: "감면" },
  { value: "insurance", label: "보험" },
  { value: "loan", label: "융자" },
  { value: "facility", label: "시설 이용" },
  { value: "counselling", label: "상담·정보" },
] as const;

/** One support type value. */
export type SupportType = (typeof SUPPORT_TYPES)[number]["value"];
/** Support type values as a non-empty tuple for `z.enum`. */
export const SUPPORT_TYPE_VALUES = SUPPORT_TYPES.map((t) => t.value) as [SupportType, ...SupportType[]];
