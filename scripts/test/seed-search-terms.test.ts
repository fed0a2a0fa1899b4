import { searchTermToCms as toCms } from "@lifewelfare/cms/codec";
import { wordKey } from "@lifewelfare/cms/fields/searchWords";
import { SEARCH_TERMS } from "@lifewelfare/seed-content";
import { describe, expect, it } from "vitest";

/**
 * The seeded 검색어 사전 obeys the CMS's rules before `pnpm seed` meets them one entry at a time:
 * every entry passes the schema, ids are unique, and a word (compared as the CMS compares it,
 * `wordKey`) belongs to one entry only.
 */
describe("seed 검색어 사전", () => {
  it("passes the schema with unique ids", () => {
    const ids = SEARCH_TERMS.map((entry) => toCms(entry).stableId);
    expect(new Set(ids).size).toBe(SEARCH_TERMS.length);
  });

  it("puts each word in one entry only", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of SEARCH_TERMS) {
      for (const word of [entry.term, ...entry.synonyms]) {
        const seen = owner.get(wordKey(word));
        if (seen !== undefined) clashes.push(`${word}: ${seen} / ${entry.id}`);
        owner.set(wordKey(word), entry.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});
