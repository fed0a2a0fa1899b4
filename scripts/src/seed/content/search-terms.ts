import type { SearchTermInput } from "@lifewelfare/content-models";

/**
 * The seeded 검색어 사전: welfare vocabulary as residents type it, mapped to the words the
 * policies use. Curated from 복지로 service names and 공공서비스(혜택) vocabulary; each entry keeps
 * the page it was taken from in `sourceUrl`. Staff extend it in the CMS (검색어 사전).
 */
export const SEARCH_TERMS: SearchTermInput[] = [
  {
    id: "senior",
    term: "어르신",
    synonyms: ["노인", "고령자", "할머니", "할아버지", "경로"],
    note: "정책 제목은 '어르신'을, 주민은 '노인'·'할머니'를 흔히 씁니다.",
    sourceUrl: "https://www.bokjiro.go.kr/ssis-tbu/index.do",
  },
  {
    id: "basic-livelihood",
    term: "기초생활수급",
    synonyms: ["기초수급", "수급자", "기초생활보장"],
    sourceUrl: "https://www.bokjiro.go.kr/ssis-tbu/index.do",
  },
];
