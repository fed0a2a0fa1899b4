import { z } from "zod";
import { koreanMultilineText, koreanText } from "./rules/text.ts";
import { sourceUrl } from "./rules/url.ts";

/**
 * 검색어 사전 entry: a headword residents or policies use, and the words that mean the same
 * (synonyms, everyday words, abbreviations, slang). Staff manage entries in the CMS (검색어 사전);
 * the export publishes them in the snapshot, the site applies them when it indexes policies and
 * when it reads a query, in both directions (a query for any word of the entry also finds the
 * others).
 *
 * Sources of the seeded vocabulary: 복지로 (bokjiro.go.kr) service names and 공공서비스(혜택) open
 * API 서비스분야/지원대상 terms; `sourceUrl` keeps the page an entry was taken from.
 */
export const searchTermSchema = z.object({
  /** Stable id, e.g. `senior` (lower-case letters, digits, hyphens). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,47}$/, { message: "영문 소문자·숫자·하이픈 2~48자여야 합니다." }),
  /** 대표어 as written in the policies, e.g. 어르신. */
  term: koreanText({ max: 40 }),
  /** 같은 뜻의 말 (at least one), e.g. 노인, 할머니, 할아버지. Each ≤ 40 characters. */
  synonyms: z.array(koreanText({ max: 40 })).min(1, { message: "같은 뜻의 말을 하나 이상 입력하세요." }),
  /** 메모 for staff (why the entry exists); never shown to residents. */
  note: koreanMultilineText({ max: 500 }).optional(),
  /** 출처: where the wording was taken from. */
  sourceUrl: sourceUrl.optional(),
});
/** A parsed 검색어 사전 entry (NFC, trimmed). */
export type SearchTerm = z.infer<typeof searchTermSchema>;
/** Input accepted by `searchTermSchema`. */
export type SearchTermInput = z.input<typeof searchTermSchema>;
