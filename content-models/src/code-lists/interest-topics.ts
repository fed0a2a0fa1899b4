/**
 * 관심주제 (interest topics): the 복지로 `intrsThemaArray` code list
 * (010–140, shared/docs/domain-research.md §2b).
 */
export const INTEREST_TOPICS = [
  { value: "physical-health", label: "신체건강", bokjiroCode: "010" },
  { value: "mental-health", label: "정신건강", bokjiroCode: "020" },
  { value: "living-support", label: "생활지원", bokjiroCode: "030" },
  { value: "housing", label: "주거", bokjiroCode: "040" },
  { value: "jobs", label: "일자리", bokjiroCode: "050" },
  { value: "culture-leisure", label: "문화·여가", bokjiroCode: "060" },
  { value: "safety-crisis", label: "안전·위기", bokjiroCode: "070" },
  { value: "pregnancy-birth", label: "임신·출산", bokjiroCode: "080" },
  { value: "childcare", label: "보육", bokjiroCode: "090" },
  { value: "education", label: "교육", bokjiroCode: "100" },
  { value: "adoption-foster", label: "입양·위탁", bokjiroCode: "110" },
  { value: "protection-care", label: "보호·돌봄", bokjiroCode: "120" },
  { value: "microfinance", label: "서민금융", bokjiroCode: "130" },
  { value: "legal", label: "법률", bokjiroCode: "140" },
] as const;

/** One interest topic value. */
export type InterestTopic = (typeof INTEREST_TOPICS)[number]["value"];
/** Interest topic values as a non-empty tuple for `z.enum`. */
export const INTEREST_TOPIC_VALUES = INTEREST_TOPICS.map((t) => t.value) as [InterestTopic, ...InterestTopic[]];
