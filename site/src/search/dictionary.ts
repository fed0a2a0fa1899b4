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
 * Index-time expansion: every word of every group one of whose words occurs in `text` (inside a
 * word too: 출생축하금 contains 축하금). Returned compacted, so a multi-word synonym is one term.
 * The caller adds them to the policy's extra index terms.
 */
export function dictionaryTerms(text: string, groups: TermGroup[]): string[] {
  const haystack = compact(text);
  const out = new Set<string>();
  for (const group of groups) {
    if (group.some((w) => haystack.includes(w))) for (const w of group) out.add(w);
  }
  return [...out];
}

/**
 * Query-time expansion of one query word: the headwords of the groups it belongs to (the word
 * equals a group word, or starts with one of at least two syllables: 할머니께서 → 어르신).
 */
export function headwordsFor(word: string, groups: TermGroup[]): string[] {
  const stem = stripParticle(word);
  const out = new Set<string>();
  for (const group of groups) {
    const head = group[0] as string;
    if (group.some((w) => w === stem || (w.length >= 2 && stem.startsWith(w) && stem.length - w.length <= 2))) {
      if (head !== stem) out.add(head);
    }
  }
  return [...out];
}
