import { compact, expandWord } from "./dictionary.ts";
import { choseongOf, choseongQuery, closestWords, fromQwerty } from "./fuzzy.ts";
import { words } from "./korean-terms.ts";
import { type SearchLexicon, titleKey } from "./lexicon.ts";
import { contentWords, stemVariants } from "./sentence.ts";

/**
 * One content word of a query: the words searched for it (`alternatives`, any of them counts as a
 * match) and the words that count as it in a title or an excerpt (`related`: its dictionary groups).
 */
export type PlannedWord = { word: string; alternatives: string[]; related: string[] };

/**
 * How a query is searched: the content words with their alternatives (Pagefind is asked for each
 * alternative), entries matched on their titles alone (`titleMatches`, indices into
 * `lexicon.entries`, strongest first; `exact` is the one whose title equals the query), and the
 * "이런 말로 찾아 보세요" suggestions (corrected spellings, dictionary and 초성 matches); `corrected`
 * when the query was read as something else (a typo, 한/영 or 초성), so the page says so.
 */
export type QueryPlan = {
  words: PlannedWord[];
  exact?: number;
  titleMatches: number[];
  suggestions: string[];
  corrected: boolean;
};

const MAX_SUGGESTIONS = 6;

/**
 * Plans a query against the lexicon: 한/영 mistakes (dlatls → 임신), 초성 (ㅊㅅㅊㅎㄱ), sentences
 * (endings and function words dropped), the 검색어 사전 (노인 → 어르신: ranks titles holding any word
 * of the group, suggests the headword) and typos (어린이짐 → 어린이집, jamo edit distance). Pure:
 * no Pagefind call.
 */
export function planQuery(query: string, lexicon: SearchLexicon, vocab: Set<string>): QueryPlan {
  const q = query.normalize("NFC").trim();
  const suggestions = new Set<string>();
  const titles = lexicon.entries.map(([, , title]) => titleKey(title));
  const choseong = choseongQuery(q);
  if (choseong) {
    const titleMatches = titles.flatMap((_, i) => (choseongOf(lexicon.entries[i]![2]).includes(choseong) ? [i] : []));
    const dictionary = [...vocab].filter((w) => choseongOf(w) === choseong);
    for (const i of titleMatches) suggestions.add(lexicon.entries[i]![2]);
    for (const w of dictionary) suggestions.add(w);
    const planned = dictionary.length ? [{ word: choseong, alternatives: dictionary, related: dictionary }] : [];
    return { words: planned, titleMatches, suggestions: [...suggestions].slice(0, MAX_SUGGESTIONS), corrected: true };
  }
  const converted = words(q)
    .map((w) => fromQwerty(w) ?? w)
    .join(" ");
  const key = titleKey(q);
  const convertedKey = titleKey(converted);
  const exactIndex = titles.findIndex((t) => t === key || t === convertedKey);
  const titleMatches = key.length >= 3 ? titles.flatMap((t, i) => (t.includes(key) ? [i] : [])) : [];
  if (exactIndex >= 0 && !titleMatches.includes(exactIndex)) titleMatches.unshift(exactIndex);
  let corrected = false;
  // A spaced query that is one dictionary word without its spaces (이사 지원금) is searched as that word.
  const joined = compact(q);
  const phrase = words(q).length > 1 && expandWord(joined, lexicon.groups).related.length > 0;
  const planned = (phrase ? [joined] : contentWords(q)).map((word) => {
    const alternatives = new Set([word, ...stemVariants(word)]);
    const hangul = fromQwerty(word);
    if (hangul) {
      alternatives.add(hangul);
      if (known(hangul, vocab)) {
        suggestions.add(hangul);
        corrected = true;
      }
    } else if (!known(word, vocab)) {
      for (const fixed of closestWords(word, vocab)) {
        alternatives.add(fixed);
        suggestions.add(fixed);
        corrected = true;
      }
    }
    // Headwords are not searched: the index already gives every policy holding a word of a group
    // all its words (policy-record.ts), so another search would only fetch another index chunk.
    const related = new Set(alternatives);
    for (const w of [...alternatives]) {
      const expanded = expandWord(w, lexicon.groups);
      for (const head of expanded.heads) suggestions.add(head);
      for (const r of expanded.related) related.add(r);
    }
    return { word, alternatives: [...alternatives], related: [...related] };
  });
  return {
    words: planned,
    ...(exactIndex >= 0 ? { exact: exactIndex } : {}),
    titleMatches,
    suggestions: [...suggestions].filter((s) => s !== q).slice(0, MAX_SUGGESTIONS),
    corrected,
  };
}

/** Whether a word is, or is part of, a title word or dictionary word. */
function known(word: string, vocab: Set<string>): boolean {
  if (vocab.has(word)) return true;
  for (const v of vocab) if (v.includes(word)) return true;
  return false;
}

/**
 * Suggestions when nothing better is known: dictionary headwords sharing the most syllables with
 * the query, else the first headwords of the dictionary. Never empty while the dictionary is not.
 */
export function relatedWords(query: string, lexicon: SearchLexicon, limit = 4): string[] {
  const syllables = new Set(words(query).join(""));
  const scored = lexicon.groups
    .map((g) => ({ head: g[0]!, shared: Math.max(...g.map((w) => [...w].filter((c) => syllables.has(c)).length)) }))
    .filter((s) => s.shared > 0)
    .sort((a, b) => b.shared - a.shared);
  const heads = (scored.length ? scored : lexicon.groups.map((g) => ({ head: g[0]! }))).map((s) => s.head);
  return [...new Set(heads)].slice(0, limit);
}
