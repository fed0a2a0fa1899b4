/**
 * Korean search terms. Pagefind splits text on spaces and matches query words as prefixes of
 * indexed words, so "버스" misses "시내버스" and "휴직" misses "육아휴직". These generic rules,
 * applied to every policy at index time (and particle stripping to queries), close that gap
 * without per-policy keywords:
 * - particles (조사) are stripped from word ends: 어르신에게 → 어르신;
 * - every suffix of at least two syllables is added: 시내버스 → 내버스, 버스;
 * - spaced compounds are joined: 육아 휴직 → 육아휴직.
 */

/** Particles, longest first so 에게서 wins over 에게 and 서. */
const PARTICLES = [
  "으로부터",
  "에게서",
  "께서는",
  "으로써",
  "으로서",
  "이라도",
  "에서는",
  "에서도",
  "에게는",
  "에게도",
  "까지는",
  "부터는",
  "으로",
  "에게",
  "에서",
  "까지",
  "부터",
  "처럼",
  "보다",
  "이나",
  "이랑",
  "이며",
  "한테",
  "께서",
  "에는",
  "에도",
  "와는",
  "과는",
  "로서",
  "로써",
  "만큼",
  "마다",
  "밖에",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "에",
  "의",
  "와",
  "과",
  "로",
  "도",
  "만",
  "께",
  "나",
  "랑",
];

const HANGUL = /^[\uAC00-\uD7A3]+$/;
const MIN_STEM = 2;
const MAX_JOINED = 8;

/** Words of a text: runs of Hangul syllables, Latin letters and digits. */
export function words(text: string): string[] {
  return text.normalize("NFC").match(/[\uAC00-\uD7A3A-Za-z0-9]+/g) ?? [];
}

/**
 * A word without its trailing particle, when at least two syllables remain: 어르신에게 → 어르신,
 * 임신을 → 임신; 부모 stays 부모 (one syllable would remain), non-Hangul words are unchanged.
 */
export function stripParticle(word: string): string {
  if (!HANGUL.test(word)) return word;
  for (const particle of PARTICLES) {
    if (word.length - particle.length >= MIN_STEM && word.endsWith(particle)) {
      return word.slice(0, -particle.length);
    }
  }
  return word;
}

/** Suffixes of at least two syllables, excluding the word itself: 시내버스 → 내버스, 버스. */
export function suffixes(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i + MIN_STEM <= word.length; i += 1) out.push(word.slice(i));
  return out;
}

/**
 * The extra terms that make a text findable by word parts: stems, their suffixes and joined
 * neighbours. Terms already present as words of the text are left out. Linear in the text length.
 */
export function expansionTerms(text: string): string[] {
  const all = words(text);
  const present = new Set(all);
  const terms = new Set<string>();
  const add = (term: string) => {
    if (term.length >= MIN_STEM && !present.has(term)) terms.add(term);
  };
  let previous: string | undefined;
  for (const word of all) {
    if (!HANGUL.test(word)) {
      previous = undefined;
      continue;
    }
    const stem = stripParticle(word);
    add(stem);
    for (const suffix of suffixes(stem)) add(suffix);
    if (previous && previous.length + stem.length <= MAX_JOINED) add(previous + stem);
    // Only the stem of the word before a space joins, and only when the left word had no particle.
    previous = stem === word ? stem : undefined;
  }
  return [...terms];
}

/** A query's words with particles stripped: "어르신에게 버스를" → ["어르신", "버스"]. */
export function queryTerms(query: string): string[] {
  return words(query).map(stripParticle);
}
