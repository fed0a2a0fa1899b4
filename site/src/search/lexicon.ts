import { slugify } from "@lifewelfare/content-models";
import { stripParticle, suffixes, words } from "./korean-terms.ts";

/**
 * What the browser knows about the index besides Pagefind's own files, written at build time to
 * `pagefind/lexicon.json`: per policy record `[Pagefind page id, slug ("" when it is
 * `slugify(title)`, as for nearly every policy: see `entryUrl`), title, 1 when 광양형 (isLocal)
 * else 0]`, and the 검색어 사전 as word groups (headword first). 8.4 KB as brotli at 400 policies
 * (10.4 KB with every URL written out). It lets the page rank and list results without loading
 * Pagefind's fragments, match titles exactly, by 초성 and with typos.
 */
export type SearchLexicon = {
  entries: LexiconEntry[];
  groups: string[][];
};

/** One policy record of the lexicon (see `SearchLexicon`). */
export type LexiconEntry = [id: string, slug: string, title: string, local: 0 | 1];

/** A policy's lexicon entry as written at build time: the slug left out when the title gives it. */
export function lexiconEntry(id: string, policy: { slug: string; title: string; isLocal: boolean }): LexiconEntry {
  return [id, policy.slug === slugify(policy.title) ? "" : policy.slug, policy.title, policy.isLocal ? 1 : 0];
}

/** The site-relative URL of a lexicon entry's policy page: `/policies/<slug>/`. */
export function entryUrl([, slug, title]: LexiconEntry): string {
  return `/policies/${slug || slugify(title)}/`;
}

/** Title without spaces, punctuation and particles: "초·중·고등학생 100원 시내버스" → 초중고등학생100원시내버스. */
export function titleKey(text: string): string {
  return words(text).map(stripParticle).join("");
}

/**
 * The typo vocabulary: words of every title (particles stripped) with their tails of at least two
 * syllables (열린어린이집 → 어린이집), and every dictionary word.
 */
export function vocabulary(lexicon: SearchLexicon): Set<string> {
  const out = new Set<string>();
  for (const [, , title] of lexicon.entries) {
    for (const w of words(title).map(stripParticle)) {
      if (w.length < 2) continue;
      out.add(w);
      for (const tail of suffixes(w)) out.add(tail);
    }
  }
  for (const group of lexicon.groups) for (const w of group) out.add(w);
  return out;
}
