import { compact } from "./dictionary.ts";
import type { SearchLexicon } from "./lexicon.ts";
import type { QueryPlan } from "./query-plan.ts";

/** Pagefind's hits for one planned word: entry index → best score of any of its alternatives. */
export type WordHits = Map<number, number>;

/** Below this many entries matching every content word, entries matching some of them are listed too. */
export const ENOUGH_FULL_MATCHES = 3;

/**
 * Ranks entries for a planned query. Order: the exact title first; then by the number of content
 * words matched (a title match counts as all); then entries matched on their title; then by how
 * many query words their title holds: as typed, then as searched, then counting their dictionary
 * words (so a short local entry named for the query is not buried by long national ones); then
 * 광양형 (isLocal) first; then Pagefind's score, normalised per word.
 * When at least ENOUGH_FULL_MATCHES entries match every word, only those are listed; otherwise
 * every entry matching any word (any-word fallback for sentences).
 * @param allowed entry indices passing the page's filters, or undefined without filters.
 * @returns entry indices, best first.
 */
export function rankEntries(
  plan: QueryPlan,
  hits: WordHits[],
  lexicon: SearchLexicon,
  allowed?: Set<number>,
): number[] {
  const titleMatch = new Set(plan.titleMatches);
  const scores = new Map<number, { matched: number; relevance: number }>();
  const add = (entry: number, matched: number, relevance: number) => {
    if (allowed && !allowed.has(entry)) return;
    const current = scores.get(entry) ?? { matched: 0, relevance: 0 };
    scores.set(entry, { matched: current.matched + matched, relevance: current.relevance + relevance });
  };
  for (const wordHits of hits) {
    const best = Math.max(1e-9, ...wordHits.values());
    for (const [entry, score] of wordHits) add(entry, 1, score / best);
  }
  for (const entry of titleMatch) add(entry, 0, 0);
  const wordCount = Math.max(1, plan.words.length);
  const titleWords = (entry: number, of: "word" | "alternatives" | "related") => {
    const title = compact(lexicon.entries[entry]![2]);
    return plan.words.filter((w) => (of === "word" ? [w.word] : w[of]).some((a) => title.includes(a))).length;
  };
  const key = (entry: number) => {
    const s = scores.get(entry)!;
    const matched = titleMatch.has(entry) ? wordCount : Math.min(s.matched, wordCount);
    return [
      entry === plan.exact ? 1 : 0,
      matched,
      titleMatch.has(entry) ? 1 : 0,
      titleWords(entry, "word"),
      titleWords(entry, "alternatives"),
      titleWords(entry, "related"),
      lexicon.entries[entry]![3],
      s.relevance,
    ];
  };
  const keyed = [...scores.keys()].map((entry) => ({ entry, key: key(entry) }));
  const full = keyed.filter((k) => k.key[1] === wordCount);
  const listed = full.length >= ENOUGH_FULL_MATCHES ? full : keyed;
  return listed
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
      return a.entry - b.entry;
    })
    .map((k) => k.entry);
}
