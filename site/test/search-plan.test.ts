import { SEARCH_TERMS } from "@lifewelfare/seed-content";
import { describe, expect, test } from "vitest";
import { dictionaryTerms, expandWord, termGroups } from "../src/search/dictionary.ts";
import { choseongOf, choseongQuery, closestWords, fromQwerty } from "../src/search/fuzzy.ts";
import { type SearchLexicon, titleKey, vocabulary } from "../src/search/lexicon.ts";
import { planQuery } from "../src/search/query-plan.ts";
import { rankEntries } from "../src/search/rank.ts";
import { contentWords, stemVariants } from "../src/search/sentence.ts";

const groups = termGroups(SEARCH_TERMS);
const lexicon: SearchLexicon = {
  entries: [
    ["a", "", "출생축하금", 1],
    ["b", "", "24시 열린어린이집", 1],
    ["c", "", "초·중·고등학생 100원 시내버스", 1],
    ["d", "", "65세 이상 어르신 시내버스 무료", 1],
    ["e", "", "임신축하금", 1],
  ],
  groups,
};
const vocab = vocabulary(lexicon);

describe("sentences", () => {
  test("drop endings, particles and function words; keep one-word queries as typed", () => {
    expect(contentWords("아이를 맡길 곳이 필요해요")).toEqual(["아이", "맡길"]);
    expect(contentWords("임신하면 받을 수 있는 지원이 있나요")).toEqual(["임신"]);
    expect(contentWords("임신을")).toEqual(["임신"]);
    expect(contentWords("어디 있나요")).toEqual(["어디", "있나요"]);
    expect(stemVariants("맡길")).toEqual(["맡기"]);
    expect(stemVariants("마을")).toEqual([]);
  });
});

describe("es-hangul: 초성, 한/영, typos", () => {
  test("reads 초성, keyboard mistakes and near spellings", () => {
    expect(choseongQuery("ㅊㅅ ㅊㅎㄱ")).toBe("ㅊㅅㅊㅎㄱ");
    expect(choseongQuery("출생")).toBeUndefined();
    expect(choseongOf("24시 열린어린이집")).toBe("ㅇㄹㅇㄹㅇㅈ");
    expect(fromQwerty("dlatls")).toBe("임신");
    expect(fromQwerty("TOPIK")).toBeUndefined();
    expect(closestWords("어린이짐", vocab)).toContain("어린이집");
    expect(closestWords("버스", vocab)).toEqual([]);
  });
});

describe("the 검색어 사전", () => {
  test("index time: a policy holding any word of a group gets the whole group; short words only at word edges", () => {
    expect(dictionaryTerms("65세 이상 어르신은 무료", groups)).toEqual(expect.arrayContaining(["노인", "할머니"]));
    expect(dictionaryTerms("출생축하금을 드려요", groups)).toContain("출산장려금");
    expect(dictionaryTerms("어린이가 다니는", groups)).not.toContain("노인");
  });

  test("query time: a synonym brings its headword; every group has a headword and a synonym", () => {
    expect(expandWord("할머니께서", groups).heads).toContain("어르신");
    expect(groups.length).toBeGreaterThanOrEqual(150);
    expect(groups.every((g) => g.length > 1)).toBe(true);
  });
});

describe("query plan and ranking", () => {
  test("an exact title (punctuation and particles ignored) comes first even with no Pagefind hit", () => {
    expect(titleKey("초·중·고등학생 100원 시내버스를")).toBe(titleKey("초·중·고등학생 100원 시내버스"));
    const plan = planQuery("초·중·고등학생 100원 시내버스", lexicon, vocab);
    expect(plan.exact).toBe(2);
    expect(
      rankEntries(
        plan,
        plan.words.map(() => new Map()),
        lexicon,
      )[0],
    ).toBe(2);
  });

  test("초성 finds titles; a keyboard mistake and a typo are searched as corrected and suggested", () => {
    expect(planQuery("ㅊㅅㅊㅎㄱ", lexicon, vocab).titleMatches).toEqual([0]);
    const keyboard = planQuery("dlatls", lexicon, vocab);
    expect(keyboard.words[0]?.alternatives).toContain("임신");
    expect(keyboard.suggestions).toContain("임신");
    const typo = planQuery("어린이짐", lexicon, vocab);
    expect(typo.corrected).toBe(true);
    expect(typo.words[0]?.alternatives).toContain("어린이집");
  });

  test("few entries matching every word: the ones matching more words come first", () => {
    const plan = planQuery("버스 무료", lexicon, vocab);
    const hits = [
      new Map([
        [2, 1],
        [3, 1],
      ]),
      new Map([
        [3, 1],
        [0, 1],
      ]),
    ];
    expect(rankEntries(plan, hits, lexicon)).toEqual([3, 2, 0]);
  });
});
