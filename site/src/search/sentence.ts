import { disassembleCompleteCharacter, removeLastCharacter } from "es-hangul";
import { stripParticle, words } from "./korean-terms.ts";

/**
 * Question words, function words and verbs that say nothing about the benefit ("…을 받을 수 있나요",
 * "…이 필요해요"), and the city's name (every entry is 광양's), dropped from sentence queries after
 * their ending is stripped.
 */
const FUNCTION_WORDS = new Set(
  (
    "곳 곳이 데 때 수 것 거 좀 더 꼭 잘 또 그 이 저 제 내 우리 저희 어디 어디서 어떻게 어떤 무슨 무엇 뭐 뭔가 언제 얼마 " +
    "얼마나 왜 누가 누구 있 있나 있나요 있어요 있는 있을 있으면 없 없나요 없어요 싶 싶어요 싶은데 싶은 필요 필요해 " +
    "하 하는 하고 하면 해 해요 해서 했 받 받을 받고 받는 받으려면 받나요 알려 알려주세요 궁금 궁금해요 주세요 가능 " +
    "가능한가요 되 되나요 돼요 부담 광양 광양시 방법 신청 신청하려면 지원 혜택 정책 제도 대해 관련 경우 요즘 지금 혹시 그냥 많이 너무"
  ).split(" "),
);

/** Verb and adjective endings, longest first; stripped from words of a sentence query. */
const ENDINGS = [
  "하고싶어요",
  "싶어요",
  "있나요",
  "없나요",
  "었어요",
  "았어요",
  "했어요",
  "해야",
  "하려면",
  "으려면",
  "려면",
  "인가요",
  "한가요",
  "해요",
  "돼요",
  "하면",
  "하는",
  "해서",
  "나요",
  "어요",
  "아요",
  "세요",
  "에요",
  "예요",
  "는데",
  "은데",
  "니까",
  "는지",
  "까요",
  "고요",
  "지요",
];

/** A word without its verb ending, when at least one syllable remains: 필요해요 → 필요. */
function stripEnding(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length > ending.length && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * Other forms a sentence word may stand for: a future/relative form ending in -ㄹ after ㅣ
 * (맡길, 다닐) also searched as its stem (맡기, 다니). Decomposed with es-hangul. A variant is
 * searched beside the word, never instead of it (생일 stays findable).
 */
export function stemVariants(word: string): string[] {
  const last = word.at(-1);
  const parts = last ? disassembleCompleteCharacter(last) : undefined;
  if (word.length < 2 || !parts || parts.jongseong !== "ㄹ" || parts.jungseong !== "ㅣ") return [];
  return [removeLastCharacter(word)];
}

/**
 * The content words of a query. One word: only its particle is stripped (임신을 → 임신). Several
 * words (a sentence): particles, verb endings and function words go too —
 * "아이를 맡길 곳이 필요해요" → ["아이", "맡길"]. Falls back to the particle-stripped words when
 * nothing would remain ("어디 있나요" keeps its words).
 */
export function contentWords(query: string): string[] {
  const all = words(query).map(stripParticle);
  if (all.length < 2) return all;
  const kept: string[] = [];
  for (const word of all) {
    const stem = stripEnding(word);
    if (FUNCTION_WORDS.has(stem) || FUNCTION_WORDS.has(word)) continue;
    if (stem.length < 2 && /[\uAC00-\uD7A3]/.test(stem)) continue;
    if (!kept.includes(stem)) kept.push(stem);
  }
  return kept.length ? kept : all;
}
