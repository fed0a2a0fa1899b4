/**
 * Where the seeded 검색어 사전 wording comes from (`sourceUrl` of each entry):
 * - BOKJIRO: 복지로 service names and its search (어르신, 기초생활수급, 첫만남이용권 …);
 * - BOKJIRO_CODES: 복지로 open API code lists (생애주기, 가구상황, 관심주제), data.go.kr 15083429;
 * - GOV24_BENEFITS: 행정안전부 「대한민국 공공서비스(혜택) 정보」 서비스분야 and 지원대상 terms,
 *   data.go.kr 15113968 (see shared domain research §2a–2b).
 */
export const BOKJIRO = "https://www.bokjiro.go.kr/ssis-tbu/index.do";
export const BOKJIRO_CODES = "https://www.data.go.kr/data/15083429/openapi.do";
export const GOV24_BENEFITS = "https://www.data.go.kr/data/15113968/openapi.do";
