/**
 * Realistic resident queries and the policy each must find in the first 10 results.
 * `kind` says which generic rule the query exercises: a particle (조사), the head or tail of a
 * compound, a spacing variant, or a resident's word for a category the city files the policy under
 * (found through the policy's code-list labels). `required` queries are asserted; all are counted
 * in recall@10.
 */
export type SearchQuery = {
  query: string;
  expected: string;
  kind: "plain" | "particle" | "compound" | "spacing" | "category" | "synonym";
  required?: boolean;
};

export const SEARCH_QUERIES: SearchQuery[] = [
  { query: "버스", expected: "65세 이상 어르신 시내버스 무료", kind: "compound", required: true },
  { query: "임신", expected: "임신축하금", kind: "compound", required: true },
  { query: "육아휴직", expected: "아빠 육아휴직 장려금", kind: "plain", required: true },
  { query: "어린이병원", expected: "공공심야 달빛어린이병원", kind: "compound", required: true },
  { query: "한부모", expected: "광양형 한부모가족 지원", kind: "compound", required: true },
  { query: "수강료", expected: "고등학생 인터넷 강의 수강료 지원", kind: "plain", required: true },
  { query: "교통비", expected: "어린이 중증환자 교통비 지원", kind: "plain", required: true },
  { query: "시내버스를", expected: "65세 이상 어르신 시내버스 무료", kind: "particle" },
  { query: "어르신에게", expected: "65세 이상 어르신 시내버스 무료", kind: "particle" },
  { query: "고등학생에게", expected: "고등학생 인터넷 강의 수강료 지원", kind: "particle" },
  { query: "임신축하금을", expected: "임신축하금", kind: "particle" },
  { query: "휴직", expected: "아빠 육아휴직 장려금", kind: "compound" },
  { query: "축하금", expected: "임신축하금", kind: "compound" },
  { query: "검진비", expected: "태아 정밀건강검진비 지원", kind: "compound" },
  { query: "건강검진", expected: "태아 정밀건강검진비 지원", kind: "compound" },
  { query: "단체보험", expected: "다태아 안심단체보험", kind: "compound" },
  { query: "안전보험", expected: "시민안전보험", kind: "compound" },
  { query: "어린이집", expected: "24시 열린어린이집", kind: "compound" },
  { query: "입학", expected: "초등입학기 10시 출근제", kind: "compound" },
  { query: "출근", expected: "초등입학기 10시 출근제", kind: "compound" },
  { query: "결혼식", expected: "작은결혼식(스몰웨딩) 지원", kind: "compound" },
  { query: "스몰웨딩", expected: "작은결혼식(스몰웨딩) 지원", kind: "compound" },
  { query: "도서", expected: "청년 도서구입비 지원", kind: "compound" },
  { query: "중증환자", expected: "어린이 중증환자 교통비 지원", kind: "plain" },
  { query: "육아 휴직", expected: "아빠 육아휴직 장려금", kind: "spacing" },
  { query: "인터넷강의", expected: "고등학생 인터넷 강의 수강료 지원", kind: "spacing" },
  { query: "임신 축하금", expected: "임신축하금", kind: "spacing" },
  { query: "버스 무료", expected: "65세 이상 어르신 시내버스 무료", kind: "spacing" },
  { query: "노년", expected: "65세 이상 어르신 시내버스 무료", kind: "category" },
  { query: "영유아", expected: "24시 열린어린이집", kind: "category" },
  { query: "보육", expected: "24시 열린어린이집", kind: "category" },
  { query: "출산", expected: "임신축하금", kind: "category" },
  { query: "난임", expected: "난임부부 교통비 지원", kind: "compound" },
  { query: "은퇴", expected: "은퇴자 생애 재설계 프로그램", kind: "compound" },
  { query: "노인", expected: "65세 이상 어르신 시내버스 무료", kind: "synonym" },
  { query: "쌍둥이", expected: "다태아 안심단체보험", kind: "synonym" },
  { query: "책값", expected: "청년 도서구입비 지원", kind: "synonym" },
];
