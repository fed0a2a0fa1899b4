import { stripParticle, words } from "./korean-terms.ts";

/** One 검색어 사전 entry as the site uses it: the headword first, then its synonyms. */
export type TermGroup = string[];

/** Text without spaces and punctuation, for matching multi-word synonyms ("아이 맡길 곳"). */
export function compact(text: string): string {
  return words(text).join("");
}

/**
 * The groups (headword + synonyms of `snapshot.searchTerms`) as lists of words, each as written
 * and compacted: ["어르신", "노인", "할머니", …]. Empty or duplicate words are dropped.
 */
export function termGroups(entries: { term: string; synonyms: string[] }[]): TermGroup[] {
  return entries
    .map((e) => [...new Set([e.term, ...e.synonyms].map(compact).filter((w) => w.length > 0))])
    .filter((g) => g.length > 1);
}

/**
 * Index-time expansion: every word of every group one of whose words occurs in `text`. A word of
 * three or more characters may occur anywhere (출생축하금 holds 축하금; a multi-word synonym is
 * matched without its spaces); a shorter one must start or end a word (경로 in 경로당, 버스 in
 * 시내버스, not 어린 in 어린이). Returned compacted, so a multi-word synonym is one term. The
 * caller adds them to the policy's extra index terms.
 */
export function dictionaryTerms(text: string, groups: TermGroup[]): string[] {
  const haystack = compact(text);
  const textWords = words(text).map(stripParticle);
  const occurs = (w: string) =>
    w.length >= 3 ? haystack.includes(w) : textWords.some((t) => t.startsWith(w) || t.endsWith(w));
  const out = new Set<string>();
  for (const group of groups) {
    if (group.some(occurs)) for (const w of group) out.add(w);
  }
  return [...out];
}

/**
 * Query-time expansion of one query word (its particle stripped: 할머니께서 → 할머니): the groups
 * it belongs to, as `heads` (headwords other than the word, searched beside it) and `related`
 * (every word of those groups, used to rank titles and mark excerpts).
 */
export function expandWord(word: string, groups: TermGroup[]): { heads: string[]; related: string[] } {
  const stem = stripParticle(word);
  const heads = new Set<string>();
  const related = new Set<string>();
  for (const group of groups) {
    if (!group.includes(stem)) continue;
    if (group[0] !== stem) heads.add(group[0] as string);
    for (const w of group) related.add(w);
  }
  return { heads: [...heads], related: [...related] };
}
