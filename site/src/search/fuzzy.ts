import { convertQwertyToHangul, disassemble, getChoseong } from "es-hangul";
import { distance } from "fastest-levenshtein";
import { words } from "./korean-terms.ts";

const CHOSEONG_QUERY = /^[ㄱ-ㅎ]{2,}$/;
const HANGUL_ONLY = /^[\uAC00-\uD7A3]+$/;

/** Hangul syllables of a text joined (spaces, digits, Latin and punctuation dropped). */
function hangulOnly(text: string): string {
  return words(text)
    .filter((w) => HANGUL_ONLY.test(w))
    .join("");
}

/** The query (spaces removed) when it is only 초성 consonants (ㅊㅅㅊㅎㄱ), else undefined. */
export function choseongQuery(query: string): string | undefined {
  const compacted = query.normalize("NFC").replace(/\s+/g, "");
  return CHOSEONG_QUERY.test(compacted) ? compacted : undefined;
}

/** The 초성 of the Hangul syllables of a text (es-hangul `getChoseong`): 출생축하금 → ㅊㅅㅊㅎㄱ. */
export function choseongOf(text: string): string {
  return getChoseong(hangulOnly(text));
}

/**
 * A Latin word typed with the keyboard left in English mode, as the Hangul it stands for
 * (es-hangul `convertQwertyToHangul`: dlatls → 임신); undefined when it does not make whole
 * syllables (TOPIK, abc) or is not Latin.
 */
export function fromQwerty(word: string): string | undefined {
  if (!/^[A-Za-z]{2,}$/.test(word)) return undefined;
  const hangul = convertQwertyToHangul(word);
  return HANGUL_ONLY.test(hangul) ? hangul : undefined;
}

/**
 * The vocabulary words closest to a misspelt word by edit distance over jamo (es-hangul
 * `disassemble`: 어린이짐 → 어린이집 is one jamo away). Allowed distance: 1 for words of up to 3
 * syllables, 2 for longer ones. Only Hangul words of at least two syllables are corrected; the
 * word itself is never returned. Best first, at most `limit`.
 */
export function closestWords(word: string, vocabulary: Iterable<string>, limit = 3): string[] {
  if (!HANGUL_ONLY.test(word) || word.length < 2) return [];
  const jamo = disassemble(word);
  const allowed = word.length <= 3 ? 1 : 2;
  const found: { word: string; d: number }[] = [];
  for (const candidate of vocabulary) {
    if (candidate === word || Math.abs(candidate.length - word.length) > 1) continue;
    const d = distance(jamo, disassemble(candidate));
    if (d <= allowed) found.push({ word: candidate, d });
  }
  return found
    .sort((a, b) => a.d - b.d || a.word.localeCompare(b.word, "ko"))
    .slice(0, limit)
    .map((f) => f.word);
}
